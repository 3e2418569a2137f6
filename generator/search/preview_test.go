package search

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// indexer is a fake pagefind that lists the pages it was given in its
// index, so that a test sees what IndexFiles wrote for it.
const indexer = `[ "$1" = --site ] || exit 2
mkdir -p "$2/pagefind/fragment"
cd "$2" && find . -name '*.html' -not -path './pagefind/*' | sort > pagefind/pages.txt
echo 'export const search = 1;' > pagefind/pagefind.js`

var site = map[string][]byte{
	"পুতিন-সফর/index.html": []byte(`<article data-pagefind-body><h1>পুতিনের সফর</h1></article>`),
	"index.html":           []byte(`<h1>প্রচ্ছদ</h1>`),
	"feed.xml":             []byte(`<rss/>`),
}

func TestIndexFiles(t *testing.T) {
	bin := fake(t, t.TempDir(), indexer)
	files, pages, err := IndexFiles(t.Context(), bin, site)
	if err != nil {
		t.Fatal(err)
	}
	if pages != 1 || string(files["pagefind/pages.txt"]) != "./পুতিন-সফর/index.html\n" {
		t.Errorf("pagefind saw %d pages: %q; want only the article, the one page it indexes", pages, files["pagefind/pages.txt"])
	}
	if _, ok := files["pagefind/pagefind.js"]; !ok {
		t.Errorf("the index's files are not returned under pagefind/: %v", files)
	}
}

// published collects what a Preview hands the server.
type published struct {
	mu    sync.Mutex
	files []map[string][]byte
	ended chan error
}

func (p *published) publish(f map[string][]byte) {
	p.mu.Lock()
	p.files = append(p.files, f)
	p.mu.Unlock()
}

func (p *published) last() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return string(p.files[len(p.files)-1][Bundle+"pagefind.js"])
}

func (p *published) report(pages int, took time.Duration, err error) { p.ended <- err }

func TestPreviewWithoutPagefind(t *testing.T) {
	p := &published{ended: make(chan error, 1)}
	x := NewPreview("", ErrNotFound, p.publish, p.report)
	x.Start(site)
	x.Stop()
	if js := p.last(); !strings.HasPrefix(js, "export const unavailable = ") || !strings.Contains(js, "Pagefind ইনস্টল করা নেই") || !strings.Contains(js, "npm ci --prefix .ci/node") {
		t.Errorf("the search page is not told why search is missing: %q", js)
	}
}

func TestPreviewIndexes(t *testing.T) {
	p := &published{ended: make(chan error, 1)}
	x := NewPreview(fake(t, t.TempDir(), indexer), nil, p.publish, p.report)
	if js := p.last(); !strings.Contains(js, "তৈরি হচ্ছে") {
		t.Errorf("before the first index the search page should say it is being made: %q", js)
	}
	x.Start(site)
	if err := <-p.ended; err != nil {
		t.Fatal(err)
	}
	if js := p.last(); js != "export const search = 1;\n" {
		t.Errorf("the index was not published: %q", js)
	}
}

// TestPreviewStopCancels shows that a rebuild does not wait for, nor
// share the processor with, an indexing that runs: Stop ends it and
// nothing of it is published.
func TestPreviewStopCancels(t *testing.T) {
	p := &published{ended: make(chan error, 1)}
	x := NewPreview(fake(t, t.TempDir(), "exec sleep 60"), nil, p.publish, p.report)
	x.Start(site)
	x.Stop()
	select {
	case err := <-p.ended:
		t.Errorf("a canceled indexing reported %v", err)
	default:
	}
	if n := len(p.files); n != 1 {
		t.Errorf("%d publications, want only the first stand-in", n)
	}
}

// TestIndexFilesCanceled shows that a rebuild that cancels indexing does
// not wait for the pages to be written out for Pagefind.
func TestIndexFilesCanceled(t *testing.T) {
	ran := filepath.Join(t.TempDir(), "ran")
	bin := fake(t, t.TempDir(), "touch "+ran)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, pages, err := IndexFiles(ctx, bin, site); !errors.Is(err, context.Canceled) || pages != 0 {
		t.Errorf("IndexFiles after cancel wrote %d pages and returned %v; want none and context.Canceled", pages, err)
	}
	if _, err := os.Stat(ran); err == nil {
		t.Error("pagefind ran after the cancel")
	}
}
