package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/sarakhon/digest/generator/gitdate"
)

// gitSite copies the sample site's settings, templates and static files
// into a git repository with an empty content folder, and returns the
// folder and a function that runs git in it.
func gitSite(t *testing.T) (string, func(args ...string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := copySite(t)
	content := filepath.Join(dir, "content")
	if err := os.RemoveAll(content); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(content, 0o755); err != nil {
		t.Fatal(err)
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	return dir, git
}

// TestURLStaysWhenTitleChanges follows an editor through issue 15's
// story: a text article is published, its derived title is fixed (in the
// text, then after convert --write in the front matter), and its URL never
// moves; a slug changed on purpose is caught by check, and an alias
// quiets check and writes a redirect page.
func TestURLStaysWhenTitleChanges(t *testing.T) {
	dir, git := gitSite(t)
	txt := filepath.Join(dir, "content", "2025-10-03-moscow.txt")
	writeFile(t, txt, "মস্কোয় বৈঠক\nদুই দেশের পররাষ্ট্রমন্ত্রী মস্কোয় বৈঠক করেছেন।\n#রাশিয়া\n")
	git("add", ".")
	git("commit", "-q", "-m", "publish")
	out := filepath.Join(dir, "public")
	build := func() {
		t.Helper()
		if code, _, stderr := runCmd(t, "build", "--site", dir); code != 0 {
			t.Fatalf("build exited %d: %s", code, stderr)
		}
	}
	exists := func(page string) bool {
		_, err := os.Stat(filepath.Join(out, filepath.FromSlash(page), "index.html"))
		return err == nil
	}
	build()
	const first = "মস্কোয়-বৈঠক"
	if !exists(first) {
		t.Fatalf("first build has no /%s/", first)
	}

	// The editor fixes the headline in the text file and commits it.
	writeFile(t, txt, "মস্কোয় যৌথ বিবৃতি\nদুই দেশের পররাষ্ট্রমন্ত্রী মস্কোয় বৈঠক করেছেন।\n#রাশিয়া\n")
	git("commit", "-q", "-am", "fix the title")
	build()
	if !exists(first) || exists("মস্কোয়-যৌথ-বিবৃতি") {
		t.Errorf("after the title fix: want the page at /%s/ only", first)
	}
	if data, err := os.ReadFile(filepath.Join(out, first, "index.html")); err != nil || !strings.Contains(string(data), "<h1>মস্কোয় যৌথ বিবৃতি</h1>") {
		t.Errorf("the page at the old URL does not show the new title: %v", err)
	}

	// convert --write pins that slug into the Markdown.
	if code, _, stderr := runCmd(t, "convert", "--site", dir, "--write", txt); code != 0 {
		t.Fatalf("convert exited %d: %s", code, stderr)
	}
	md := strings.TrimSuffix(txt, ".txt") + ".md"
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\nslug: "+first+"\n") {
		t.Fatalf("convert --write did not pin slug: %s:\n%s", first, data)
	}
	git("add", "-A")
	git("commit", "-q", "-m", "convert")
	if code, stdout, stderr := runCmd(t, "check", "--site", dir); code != 0 || strings.Contains(stderr, "warning") {
		t.Fatalf("check after convert: exit %d\n%s%s", code, stdout, stderr)
	}

	// A slug changed on purpose: check warns that the URL disappears...
	edited := strings.Replace(string(data), "slug: "+first, "slug: যৌথ-বিবৃতি", 1)
	writeFile(t, md, edited)
	code, _, stderr := runCmd(t, "check", "--site", dir)
	bn := "আগের বিল্ডের ঠিকানা /" + first + "/ এবার থাকবে না"
	if code != 0 || !strings.Contains(stderr, filepath.Join(out, first)+": "+bn) || !strings.Contains(stderr, "add aliases: [/"+first+"/]") {
		t.Errorf("check after a slug change: exit %d, want a warning in Bengali then English naming /%s/:\n%s", code, first, stderr)
	}
	if i, j := strings.Index(stderr, bn), strings.Index(stderr, "would disappear"); i < 0 || j < i {
		t.Errorf("the Bengali message must come first:\n%s", stderr)
	}

	// ...and an alias quiets it and writes the redirect page.
	writeFile(t, md, strings.Replace(edited, "slug: যৌথ-বিবৃতি", "slug: যৌথ-বিবৃতি\naliases: [/"+first+"/]", 1))
	if code, _, stderr := runCmd(t, "check", "--site", dir); code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("check with the alias: exit %d, want no warning:\n%s", code, stderr)
	}
	build()
	f, err := os.Open(filepath.Join(out, first, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	var refresh string
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "meta" {
			for _, a := range n.Attr {
				if a.Key == "content" && strings.HasPrefix(a.Val, "0; url=") {
					refresh = a.Val
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	if !strings.HasSuffix(refresh, "/%E0%A6%AF%E0%A7%8C%E0%A6%A5-%E0%A6%AC%E0%A6%BF%E0%A6%AC%E0%A7%83%E0%A6%A4%E0%A6%BF/") {
		t.Errorf("the old URL's page refreshes to %q, want the new URL", refresh)
	}
}

// TestNewPinsSlug shows that new writes the slug the article is
// published under, so that a later title fix keeps the URL.
func TestNewPinsSlug(t *testing.T) {
	dir := t.TempDir()
	p, err := newArticle(dir, "পুতিনের ভারত সফর: নতুন দিল্লি", "", time.Date(2025, 10, 3, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\nslug: পুতিনের-ভারত-সফর-নতুন-দিল্লি\n") {
		t.Errorf("new wrote no slug:\n%s", data)
	}
}

// TestSlugCacheAgreesWithGit edits a committed article between the
// preview's loads: the cache, which reads only files whose stamp moved,
// gives what asking git about every file gives.
func TestSlugCacheAgreesWithGit(t *testing.T) {
	dir, git := gitSite(t)
	content := filepath.Join(dir, "content")
	txt := filepath.Join(content, "2025-10-03-moscow.txt")
	first := "মস্কোয় বৈঠক\nদুই দেশের পররাষ্ট্রমন্ত্রী মস্কোয় বৈঠক করেছেন।\n"
	writeFile(t, txt, first)
	writeFile(t, filepath.Join(content, "2025-10-04-same.txt"), "দিল্লিতে আলোচনা\nআলোচনা চলছে।\n")
	git("add", ".")
	git("commit", "-q", "-m", "publish")
	blobs := gitdate.Read(content).Blobs
	var c slugCache
	mod := time.Now()
	for i, tc := range []struct{ text, want string }{
		{first, ""},
		{"মস্কোয় যৌথ বিবৃতি\nদুই দেশের পররাষ্ট্রমন্ত্রী মস্কোয় বৈঠক করেছেন।\n", "মস্কোয়-বৈঠক"},
		{"মস্কোয় নতুন শিরোনাম\nদুই দেশের পররাষ্ট্রমন্ত্রী মস্কোয় বৈঠক করেছেন।\n", "মস্কোয়-বৈঠক"},
		{first, ""},
	} {
		writeFile(t, txt, tc.text)
		mod = mod.Add(time.Second) // a new stamp even on a coarse clock
		if err := os.Chtimes(txt, mod, mod); err != nil {
			t.Fatal(err)
		}
		got, fromGit := c.firstSlugs(content, blobs), firstSlugs(content, blobs)
		if got["2025-10-03-moscow.txt"] != tc.want || len(got) != len(fromGit) || got["2025-10-03-moscow.txt"] != fromGit["2025-10-03-moscow.txt"] {
			t.Errorf("load %d: cache %v, git %v; want the slug %q", i, got, fromGit, tc.want)
		}
	}
}

// TestSlugCacheForget: an edit that keeps the file's size and time
// (touch -r) is seen once the preview's watcher names the file.
func TestSlugCacheForget(t *testing.T) {
	dir, git := gitSite(t)
	content := filepath.Join(dir, "content")
	txt := filepath.Join(content, "2025-10-03-moscow.txt")
	writeFile(t, txt, "মস্কোয় বৈঠক\nদুই দেশের পররাষ্ট্রমন্ত্রী বৈঠক করেছেন।\n")
	git("add", ".")
	git("commit", "-q", "-m", "publish")
	before, err := os.Stat(txt)
	if err != nil {
		t.Fatal(err)
	}
	blobs := gitdate.Read(content).Blobs
	var c slugCache
	if got := c.firstSlugs(content, blobs); len(got) != 0 {
		t.Fatalf("before the edit: %v", got)
	}
	// the same number of bytes: ক and ন are three bytes each in UTF-8
	writeFile(t, txt, "মস্কোয় বৈঠন\nদুই দেশের পররাষ্ট্রমন্ত্রী বৈঠক করেছেন।\n")
	if err := os.Chtimes(txt, before.ModTime(), before.ModTime()); err != nil {
		t.Fatal(err)
	}
	c.forget([]string{"2025-10-03-moscow.txt"})
	if got := c.firstSlugs(content, blobs); got["2025-10-03-moscow.txt"] != "মস্কোয়-বৈঠক" {
		t.Errorf("after an edit that kept size and time: %v, want the first slug", got)
	}
}
