package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

// copySite copies the fixture site (testfs.Site: site.yaml and content
// the tests control, the repository's templates and static files) into a
// temporary folder and returns it.
func copySite(t testing.TB) string {
	t.Helper()
	return testfs.Site(t, "..")
}

func writeFile(t testing.TB, p, text string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

const previewArticle = `---
title: প্রিভিউ পরীক্ষা
date: 2025-10-10
slug: preview-test
tags: [পরীক্ষা]
---
%s
`

// startPreview runs serve on a free port over dir and returns the site's
// preview URL; the server stops when the test ends.
func startPreview(t testing.TB, dir string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- servePreview(ctx, &siteFlags{dir: dir}, "127.0.0.1:0", io.Discard, io.Discard,
			func(u string) { ready <- u })
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop")
		}
	})
	select {
	case u := <-ready:
		return u
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	return ""
}

// eventStream reads server-sent events into a channel as "event data".
func eventStream(t testing.TB, u string) <-chan string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	ch := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		var ev string
		for sc.Scan() {
			if e, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
				ev = e
			}
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				ch <- ev + " " + d
			}
		}
	}()
	return ch
}

func waitEvent(t testing.TB, ch <-chan string, prefix string) string {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case e := <-ch:
			if strings.HasPrefix(e, prefix) {
				return e
			}
		case <-deadline:
			t.Fatalf("no %q event within 10 s", prefix)
		}
	}
}

func fetch(t testing.TB, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// TestServeRebuilds edits an article under a running preview and sees the
// reload event and the new page; a broken article shows as an overlay and
// clears once fixed.
func TestServeRebuilds(t *testing.T) {
	dir := copySite(t)
	article := filepath.Join(dir, "content", "2025-10-10-preview.md")
	writeFile(t, article, strings.Replace(previewArticle, "%s", "প্রথম সংস্করণ।", 1))
	base := startPreview(t, dir)
	if !strings.HasSuffix(base, "/digest/") {
		t.Fatalf("preview URL %q does not keep the production base path /digest/", base)
	}
	events := eventStream(t, base+"__digest/events")
	waitEvent(t, events, "state ")

	status, body := fetch(t, base+"preview-test/")
	if status != 200 || !strings.Contains(body, "প্রথম সংস্করণ") || !strings.Contains(body, "data-digest-preview") {
		t.Fatalf("article before the edit: %d %.300q", status, body)
	}
	writeFile(t, article, strings.Replace(previewArticle, "%s", "দ্বিতীয় সংস্করণ।", 1))
	waitEvent(t, events, "reload ")
	if _, body = fetch(t, base+"preview-test/"); !strings.Contains(body, "দ্বিতীয় সংস্করণ") {
		t.Fatalf("article after the edit does not show the new text")
	}

	writeFile(t, article, "---\ntitle: ভাঙা\ndate: not-a-date\n---\nলেখা\n")
	if e := waitEvent(t, events, "builderror "); !strings.Contains(e, "2025-10-10-preview.md:3") {
		t.Errorf("error event without file:line: %q", e)
	}
	status, body = fetch(t, base+"preview-test/")
	if status != 200 || !strings.Contains(body, "দ্বিতীয় সংস্করণ") || !strings.Contains(body, "2025-10-10-preview.md:3") {
		t.Errorf("page during a broken build should keep the last good build and show the error")
	}
	writeFile(t, article, strings.Replace(previewArticle, "%s", "তৃতীয় সংস্করণ।", 1))
	waitEvent(t, events, "reload ")
	if _, body = fetch(t, base+"preview-test/"); !strings.Contains(body, "তৃতীয় সংস্করণ") || strings.Contains(body, "not-a-date") {
		t.Errorf("page after the fix still shows the error or the old text")
	}
}

// TestServeSeesEditsThatKeepTheTime: an edit that keeps the file's size
// and modification time (touch -r) shows in the preview. The watcher
// sees it, but the rebuild used to trust the unchanged stamp and serve
// the old text (issue 13).
func TestServeSeesEditsThatKeepTheTime(t *testing.T) {
	dir := copySite(t)
	article := filepath.Join(dir, "content", "2025-10-10-preview.md")
	writeFile(t, article, strings.Replace(previewArticle, "%s", "সংস্করণ ক।", 1))
	before, err := os.Stat(article)
	if err != nil {
		t.Fatal(err)
	}
	base := startPreview(t, dir)
	events := eventStream(t, base+"__digest/events")
	waitEvent(t, events, "state ")
	writeFile(t, article, strings.Replace(previewArticle, "%s", "সংস্করণ খ।", 1))
	if err := os.Chtimes(article, before.ModTime(), before.ModTime()); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, events, "reload ")
	if _, body := fetch(t, base+"preview-test/"); !strings.Contains(body, "সংস্করণ খ") {
		t.Errorf("the page still shows the text before the edit")
	}
}

// pathWithGit returns a PATH that holds git and, when script is not
// empty, a pagefind that runs it, and nothing else: a pagefind installed
// on the machine does not change the test.
func pathWithGit(t *testing.T, script string) string {
	t.Helper()
	bin := t.TempDir()
	if g, err := exec.LookPath("git"); err == nil {
		if err := os.Symlink(g, filepath.Join(bin, "git")); err != nil {
			t.Fatal(err)
		}
	}
	if script != "" {
		writeFile(t, filepath.Join(bin, "pagefind"), "#!/bin/sh\n"+script+"\n")
		if err := os.Chmod(filepath.Join(bin, "pagefind"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return bin
}

// TestServeIndexesSearch runs the preview with a stand-in pagefind that
// lists the pages it indexed: after the build, the preview serves the
// index made from its in-memory pages, and after an edit, a new one.
func TestServeIndexesSearch(t *testing.T) {
	dir := copySite(t)
	article := filepath.Join(dir, "content", "2025-10-10-preview.md")
	writeFile(t, article, strings.Replace(previewArticle, "%s", "প্রথম সংস্করণ।", 1))
	t.Setenv("PATH", pathWithGit(t, `PATH=/usr/bin:/bin; [ "$1" = --site ] || exit 2
mkdir -p "$2/pagefind" && cd "$2" && find . -name '*.html' | sort > pagefind/pages.txt && echo '// index' > pagefind/pagefind.js`))
	base := startPreview(t, dir)
	// pages waits for an index made from a build with the page want.
	pages := func(want string) string {
		t.Helper()
		for range 300 {
			if status, body := fetch(t, base+"pagefind/pages.txt"); status == 200 && strings.Contains(body, want) {
				return body
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("the preview served no search index with %s", want)
		return ""
	}
	if got := pages("./preview-test/index.html"); strings.Contains(got, "./index.html") {
		t.Errorf("the index was made from %q; want the article pages only", got)
	}
	if _, js := fetch(t, base+"pagefind/pagefind.js"); js != "// index\n" {
		t.Errorf("pagefind.js = %q, want the index's", js)
	}
	writeFile(t, article, strings.Replace(strings.Replace(previewArticle, "%s", "দ্বিতীয় সংস্করণ।", 1), "preview-test", "preview-second", 1))
	pages("./preview-second/index.html")
}

// TestServeSaysWhySearchIsMissing runs the preview where no pagefind can
// be found: the search page's script gets a stand-in that says why.
func TestServeSaysWhySearchIsMissing(t *testing.T) {
	dir := copySite(t)
	t.Setenv("PATH", pathWithGit(t, ""))
	base := startPreview(t, dir)
	status, js := fetch(t, base+"pagefind/pagefind.js")
	if status != 200 || !strings.HasPrefix(js, "export const unavailable = ") || !strings.Contains(js, "Pagefind ইনস্টল করা নেই") {
		t.Errorf("pagefind.js: %d %q; want a stand-in that says Pagefind is not installed", status, js)
	}
}
