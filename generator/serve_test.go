package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/internal/testfs"
	"github.com/sarakhon/digest/generator/search"
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

// TestServeIndexesSearch edits an article in the preview: the search
// index it serves is the one of the build with the edit.
func TestServeIndexesSearch(t *testing.T) {
	dir := copySite(t)
	article := filepath.Join(dir, "content", "2025-10-10-preview.md")
	writeFile(t, article, strings.Replace(previewArticle, "%s", "প্রথম সংস্করণ।", 1))
	base := startPreview(t, dir)
	// find reads the served index and returns the paths of the articles
	// that query finds.
	find := func(query string) []string {
		t.Helper()
		files := map[string][]byte{}
		get := func(name string) []byte {
			status, body := fetch(t, base+"search/index/"+name)
			if status != 200 {
				t.Fatalf("search/index/%s: %d", name, status)
			}
			files[name] = []byte(body)
			return files[name]
		}
		var meta search.Meta
		if err := json.Unmarshal(get("meta.json"), &meta); err != nil {
			t.Fatal(err)
		}
		for _, c := range meta.Chunks {
			get(c[1].(string))
		}
		for n := 0; n*meta.Per < meta.Docs; n++ {
			get(meta.DocDir + strconv.Itoa(n) + ".json")
		}
		get(meta.Tags)
		ix, err := search.Read(files)
		if err != nil {
			t.Fatal(err)
		}
		var paths []string
		for _, d := range ix.Find(query, "") {
			paths = append(paths, ix.Docs[d][0])
		}
		return paths
	}
	if got := find("প্রথম"); !slices.Contains(got, "preview-test/") {
		t.Errorf("প্রথম finds %q, want preview-test/", got)
	}
	events := eventStream(t, base+"__digest/events")
	waitEvent(t, events, "state ")
	writeFile(t, article, strings.Replace(previewArticle, "%s", "দ্বিতীয় সংস্করণ।", 1))
	waitEvent(t, events, "reload ")
	if got := find("দ্বিতীয়"); !slices.Contains(got, "preview-test/") {
		t.Errorf("after the edit, দ্বিতীয় finds %q, want preview-test/", got)
	}
	if got := find("প্রথম"); slices.Contains(got, "preview-test/") {
		t.Errorf("after the edit, প্রথম still finds preview-test/")
	}
}
