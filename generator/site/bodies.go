package site

import (
	"errors"
	"hash"
	"html/template"
	"io/fs"
	"os"
	"sync"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/markdown"
	"github.com/sarakhon/digest/generator/search"
)

// bodies renders articles' Markdown as they are loaded and keeps what the
// build needs of it.
type bodies struct {
	md       *markdown.Renderer
	store    *bodyStore
	mem      *memo // nil without a Cache
	mu       sync.Mutex
	rendered map[*content.Article]body
}

func newBodies(store *bodyStore, mem *memo) *bodies {
	return &bodies{md: markdown.New(), store: store, mem: mem, rendered: map[*content.Article]body{}}
}

// render converts a's Markdown to HTML, puts the HTML in the store and
// drops the Markdown. It is content.Options.Process: it runs on the
// loading goroutines.
func (bs *bodies) render(a *content.Article) error {
	sum, b, ok := bs.mem.body(a)
	if !ok {
		html, err := bs.md.Render([]byte(a.Body))
		if err != nil {
			return renderError(a, err)
		}
		words := bangla.Words(a.Body)
		b = body{Words: words, Minutes: bangla.MinutesFor(words), sum: sum}
		// With a Cache, the terms of the search index are made here, once,
		// and kept for the next build; without one, the index makes them
		// from the HTML itself, so that they are never all in memory.
		if bs.mem != nil {
			b.Terms = search.BodyTerms(html)
		}
		// A cached body may serve an article without a summary later.
		if a.Summary == "" || bs.mem != nil {
			b.Summary = firstParagraph(html)
		}
		if b.html, b.content, err = bs.store.put(html); err != nil {
			return &content.Error{Path: a.Path, Msg: "keeping the HTML: " + err.Error()}
		}
		bs.mem.keepBody(sum, b)
	}
	// The Markdown is not needed again: let it go, so that a large site
	// is never in memory whole.
	a.Body = ""
	bs.mu.Lock()
	bs.rendered[a] = b
	bs.mu.Unlock()
	return nil
}

// renderError places an error of markdown.Render in a's file: its line
// counts from the start of the body, which is a line of the file only
// for Markdown (a text file's body is Markdown made from it).
func renderError(a *content.Article, err error) error {
	var d *diag.Error
	if !errors.As(err, &d) {
		return &content.Error{Path: a.Path, Err: err,
			Bn:  "লেখাটির Markdown থেকে পাতা তৈরি করা গেল না (" + err.Error() + "): লেখার যে অংশ শেষবার বদলেছেন সেটি দেখুন",
			Msg: "rendering Markdown: " + err.Error()}
	}
	placed := *d
	placed.Path = a.Path
	if placed.Line > 0 && a.Format == content.Markdown {
		placed.Line += a.BodyLine - 1
	} else {
		placed.Line = 0
	}
	return &placed
}

// of returns the bodies of articles, in their order.
func (bs *bodies) of(articles []*content.Article) []body {
	out := make([]body, len(articles))
	for i, a := range articles {
		out[i] = bs.rendered[a]
	}
	return out
}

// bodyStore keeps the rendered HTML of every article between the Markdown
// step and the pages and feeds that print it. A build with a spill folder
// keeps it in a temporary file there, so that its memory holds only the
// articles' metadata and does not grow with the text of the whole
// archive; the operating system's page cache makes the reads cheap.
// Without one (preview and check builds) it keeps the HTML in memory. A
// Cache kept on disk has a store of its own, whose file outlives the
// build (see OpenCache).
type bodyStore struct {
	mu   sync.Mutex
	f    *os.File // nil: in memory
	name string   // to remove when closed; "" when unlinked already or kept
	size int64
	hash hash.Hash // of the whole file, when kept
}

// span is where a store's file holds one article's HTML.
type span struct{ Off, Len int64 }

// newBodyStore returns a store spilling to a new file in dir, or an
// in-memory one when dir is "".
func newBodyStore(dir string) (*bodyStore, error) {
	if dir == "" {
		return &bodyStore{}, nil
	}
	f, err := os.CreateTemp(dir, ".tmp-bodies-")
	if err != nil {
		return nil, err
	}
	// Unlinked at once where the system allows it, so that nothing is
	// left behind even if the build is killed; close removes it elsewhere.
	name := f.Name()
	if os.Remove(name) == nil {
		name = ""
	}
	return &bodyStore{f: f, name: name}, nil
}

// put stores html and returns where and the function that reads it back.
func (s *bodyStore) put(html []byte) (span, func() (template.HTML, error), error) {
	if s.f == nil {
		h := template.HTML(html)
		return span{}, func() (template.HTML, error) { return h, nil }, nil
	}
	s.mu.Lock()
	at := span{s.size, int64(len(html))}
	n, err := s.f.WriteAt(html, at.Off)
	s.size += int64(n)
	if s.hash != nil {
		s.hash.Write(html[:n])
	}
	s.mu.Unlock()
	if err != nil {
		return span{}, nil, err
	}
	return at, s.reader(at), nil
}

// reader returns the function that reads the HTML at at.
func (s *bodyStore) reader(at span) func() (template.HTML, error) {
	f := s.f
	return func() (template.HTML, error) {
		buf := make([]byte, at.Len)
		if _, err := f.ReadAt(buf, at.Off); err != nil {
			return "", err
		}
		return template.HTML(buf), nil
	}
}

// close releases the file; the functions put returned fail after it.
func (s *bodyStore) close() error {
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	if s.name != "" {
		if rerr := os.Remove(s.name); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
	}
	return err
}
