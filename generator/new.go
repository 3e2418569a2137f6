package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/diag"
)

func cmdNew(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("new", stderr)
	siteDir := fs.String("site", ".", "folder holding site.yaml and content/")
	if err := parseFlags(fs.FlagSet, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || strings.TrimSpace(fs.Arg(0)) == "" {
		return usageError{`new needs one title in quotes, such as: new "পুতিনের ভারত সফর"`}
	}
	cfg, err := siteConfig(*siteDir)
	if err != nil {
		return err
	}
	title := strings.TrimSpace(bangla.NFC(fs.Arg(0)))
	p, err := newArticle(filepath.Join(*siteDir, "content"), title, cfg.Author, time.Now().In(cfg.Location))
	if err != nil {
		return diag.Localize(err, cfg.MessageLang())
	}
	fmt.Fprintln(stdout, p)
	// The path alone goes to stdout, for $EDITOR "$(generator new …)".
	summary{
		bn: "খসড়া হিসেবে তৈরি হলো (draft: true): প্রিভিউতে দেখা যাবে, সাইটে যাবে না। নমুনা বাক্যের জায়গায় লেখাটি লিখে draft: false করুন।",
		en: "started as a draft (draft: true): the preview shows it, the site does not; write the article in place of the placeholder, then set draft: false",
	}.print(stderr, cfg.MessageLang())
	return nil
}

// newArticle writes dir/YYYY-MM-DD-slug.md for a new article and returns
// its path. It never overwrites a file. The article is a draft: the
// preview shows it, a build leaves it out, and content.Parse refuses its
// placeholder body once draft: false is set. The front matter pins slug:,
// so that the URL stays when the title is fixed after publishing.
func newArticle(dir, title, author string, now time.Time) (string, error) {
	name := now.Format("2006-01-02") + "-" + bangla.Slug(title) + ".md"
	p := filepath.Join(dir, name)
	fm, err := yaml.Marshal(struct {
		Title  string   `yaml:"title"`
		Slug   string   `yaml:"slug"`
		Date   string   `yaml:"date"`
		Tags   []string `yaml:"tags,flow"`
		Author string   `yaml:"author,omitempty"`
		Draft  bool     `yaml:"draft"`
	}{title, content.TitleSlug(title), now.Format("2006-01-02"), []string{}, author, true})
	if err != nil {
		return "", err
	}
	text := "---\n" + string(fm) + "---\n" + content.Placeholder + "\n"
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return "", &diag.Error{Path: p, Err: err,
			Bn:  "এই নামে একটি লেখা আগেই আছে: সেটিই খুলে লিখুন, বা অন্য শিরোনাম দিন",
			Msg: "already exists: edit it, or choose another title"}
	}
	if err != nil {
		return "", err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return "", err
	}
	return p, f.Close()
}
