package search

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path"
	"sync"
	"time"
)

// Bundle is the folder of the built site where Pagefind writes its index
// and scripts; static/js/search.js imports Bundle + "pagefind.js".
const Bundle = "pagefind/"

// IndexFiles runs Pagefind over a site held in memory (site-relative
// name -> bytes) and returns the files it wrote, named under Bundle. Only
// the pages Pagefind would index (those marked data-pagefind-body) are
// written to a temporary folder for it, which is removed after.
func IndexFiles(ctx context.Context, bin string, files map[string][]byte) (map[string][]byte, int, error) {
	dir, err := os.MkdirTemp("", "digest-search-")
	if err != nil {
		return nil, 0, err
	}
	defer os.RemoveAll(dir)
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, 0, err
	}
	defer root.Close()
	pages := 0
	for name, data := range files {
		if err := ctx.Err(); err != nil {
			return nil, pages, err // a rebuild waits for this: stop at once
		}
		if path.Ext(name) != ".html" || !bytes.Contains(data, []byte("data-pagefind-body")) {
			continue
		}
		if err := root.MkdirAll(path.Dir(name), 0o755); err != nil {
			return nil, 0, err
		}
		if err := root.WriteFile(name, data, 0o644); err != nil {
			return nil, 0, err
		}
		pages++
	}
	if err := Index(ctx, bin, dir, ""); err != nil { // only article pages are here
		return nil, pages, err
	}
	out := map[string][]byte{}
	err = fs.WalkDir(root.FS(), Bundle[:len(Bundle)-1], func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := root.ReadFile(p)
		out[p] = data
		return err
	})
	return out, pages, err
}

// Unavailable returns a stand-in for Pagefind's script that tells the
// search page, in words for the reader of the preview, why there is no
// index: search.js shows the text of its export unavailable.
func Unavailable(reason string) map[string][]byte {
	msg, _ := json.Marshal(reason)
	return map[string][]byte{Bundle + "pagefind.js": []byte("export const unavailable = " + string(msg) + ";\n")}
}

// Preview indexes the builds of the preview server in the background.
// Start begins indexing a build and Stop cancels it, so that Pagefind
// never competes with a rebuild for the processor: the preview server
// stops it before each rebuild and starts it after.
type Preview struct {
	bin     string
	publish func(files map[string][]byte)
	report  func(pages int, took time.Duration, err error)

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
	ready  bool // an index of some build is published
}

// NewPreview returns a Preview that runs bin (from Find; "" when none was
// found, with why the error) and hands what the search page should see
// to publish: the index, or a stand-in script that explains its absence.
// report is told how each indexing ended, canceled ones excepted.
func NewPreview(bin string, why error, publish func(map[string][]byte), report func(pages int, took time.Duration, err error)) *Preview {
	p := &Preview{bin: bin, publish: publish, report: report}
	if bin == "" {
		reason := "প্রিভিউতে খোঁজা চালু নেই, কারণ এই কম্পিউটারে Pagefind ইনস্টল করা নেই। চালু করতে টার্মিনালে npm ci --prefix .ci/node চালান, তারপর প্রিভিউ আবার চালু করুন।"
		if why != nil && !errors.Is(why, ErrNotFound) {
			reason = "প্রিভিউতে খোঁজা চালু নেই: " + why.Error()
		}
		publish(Unavailable(reason))
	} else {
		publish(Unavailable("খোঁজার সূচি তৈরি হচ্ছে; একটু পরে পাতাটি আবার খুলুন।"))
	}
	return p
}

// Start indexes files, a finished build that must not change, in the
// background, after stopping any indexing still running.
func (p *Preview) Start(files map[string][]byte) {
	if p == nil || p.bin == "" {
		return
	}
	p.Stop()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	p.mu.Lock()
	p.cancel, p.done = cancel, done
	p.mu.Unlock()
	go func() {
		defer close(done)
		start := time.Now()
		index, pages, err := IndexFiles(ctx, p.bin, files)
		if ctx.Err() != nil {
			return // a rebuild began: it starts a new index when it ends
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		if err != nil {
			if !p.ready {
				p.publish(Unavailable("খোঁজার সূচি তৈরি করা যায়নি; কারণ প্রিভিউয়ের টার্মিনালে দেখুন।"))
			}
		} else {
			p.ready = true
			p.publish(index)
		}
		p.report(pages, time.Since(start), err)
	}()
}

// Stop cancels the indexing that runs, if any, and waits for it to end.
func (p *Preview) Stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	cancel, done := p.cancel, p.done
	p.cancel, p.done = nil, nil
	p.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
}
