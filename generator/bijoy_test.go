package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
)

// bijoyArticle is a newsroom text in Bijoy (SutonnyMJ) and the Unicode it
// stands for.
const (
	bijoyArticle = "evsjv‡`k miKvi I fvi‡Zi ˆeVK\r\nXvKvq cÖavbgš¿xi m‡½ ˆeVK K‡i‡Qb fvi‡Zi ciivóªgš¿x| wZwb e‡jb, Ò`yB ‡`‡ki m¤úK© AviI Mfxi n‡e|Ó\r\n#K~UbxwZ #evsjv‡`k\r\nmviv¶Y wi‡cvU©\r\n"
	bijoyTitle   = "বাংলাদেশ সরকার ও ভারতের বৈঠক"
)

// TestBijoyFile builds, checks and converts an article saved as raw
// Windows-1252 bytes by a Bijoy-era program: it is published in Unicode
// with a warning, and convert --write saves it as Unicode.
func TestBijoyFile(t *testing.T) {
	raw, err := charmap.Windows1252.NewEncoder().String(bijoyArticle)
	if err != nil {
		t.Fatal(err)
	}
	dir := copySite(t)
	txt := filepath.Join(dir, "content", "2025-10-20-bijoy.txt")
	writeFile(t, txt, raw)
	warning := "2025-10-20-bijoy.txt:1: এই ফাইলটি বিজয় (SutonnyMJ) এনকোডিংয়ে লেখা"

	out := filepath.Join(t.TempDir(), "public")
	code, _, stderr := runCLI("build", "--site", dir, "--out", out)
	if code != 0 {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, warning) || !strings.Contains(stderr, "run `convert --write` to save it as Unicode") {
		t.Errorf("build gave no Bijoy warning:\n%s", stderr)
	}
	if !hasHeading(t, out, bijoyTitle) {
		t.Errorf("no page has the heading %q", bijoyTitle)
	}

	if code, stdout, stderr := runCLI("check", "--site", dir); code != 0 || !strings.Contains(stderr, warning) {
		t.Errorf("check: exit %d, %s%s; want 0 and the warning", code, stdout, stderr)
	}

	code, stdout, stderr := runCLI("convert", "--site", dir, txt)
	if code != 0 || !strings.Contains(stdout, "title: "+bijoyTitle) || !strings.Contains(stdout, "author: সারাক্ষণ রিপোর্ট") || !strings.Contains(stderr, "SutonnyMJ") {
		t.Errorf("convert: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if code, _, stderr := runCLI("convert", "--site", dir, "--write", txt); code != 0 {
		t.Fatalf("convert --write: exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(strings.TrimSuffix(txt, ".txt") + ".md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "title: "+bijoyTitle) || strings.Contains(string(md), "‡") {
		t.Errorf("convert --write did not save Unicode:\n%s", md)
	}
	if _, err := os.Stat(txt); err == nil {
		t.Error("the Bijoy .txt was kept")
	}
	if code, _, stderr := runCLI("check", "--site", dir); code != 0 || strings.Contains(stderr, "Bijoy") {
		t.Errorf("check after convert --write: exit %d, %s", code, stderr)
	}
}

// hasHeading reports whether an HTML page under dir has an h1 with text.
func hasHeading(t *testing.T, dir, text string) bool {
	t.Helper()
	found := false
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || found || d.Name() != "index.html" {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		doc, err := html.Parse(f)
		if err != nil {
			return err
		}
		for n := range doc.Descendants() {
			if n.Type == html.ElementNode && n.Data == "h1" && strings.TrimSpace(textOf(n)) == text {
				found = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// TestBijoyMarkdown converts a Markdown article typed in Bijoy in place,
// and refuses a Markdown article in Unicode.
func TestBijoyMarkdown(t *testing.T) {
	dir := copySite(t)
	md := filepath.Join(dir, "content", "2025-10-21-bijoy.md")
	writeFile(t, md, "---\ntitle: evsjv‡`k miKvi I fvi‡Zi ˆeVK\ndate: 2025-10-21\ntags: [K~UbxwZ]\n---\nXvKvq cÖavbgš¿xi m‡½ ˆeVK K‡i‡Qb fvi‡Zi ciivóªgš¿x|\n")
	code, stdout, stderr := runCLI("convert", "--site", dir, md)
	if code != 0 || !strings.Contains(stdout, "title: "+bijoyTitle) || !strings.Contains(stderr, "2025-10-21-bijoy.md:2: ") {
		t.Errorf("convert FILE.md: exit %d\n%s\n%s", code, stdout, stderr)
	}
	if code, _, stderr := runCLI("convert", "--site", dir, "--write", md); code != 0 {
		t.Fatalf("convert --write FILE.md: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if want := "---\ntitle: " + bijoyTitle + "\ndate: 2025-10-21\ntags: [কূটনীতি]\n---\nঢাকায় প্রধানমন্ত্রীর সঙ্গে বৈঠক করেছেন ভারতের পররাষ্ট্রমন্ত্রী।\n"; string(data) != want {
		t.Errorf("convert --write wrote\n%s\nwant\n%s", data, want)
	}
	if code, _, stderr := runCLI("convert", "--site", dir, "--write", md); code != 1 || !strings.Contains(stderr, "not in Bijoy") {
		t.Errorf("convert --write on Unicode Markdown: exit %d, %s; want a refusal", code, stderr)
	}
	if strings.Contains(listFiles(t, dir), ".convert-") {
		t.Error("a temporary file was left behind")
	}
}
