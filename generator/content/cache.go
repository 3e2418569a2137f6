package content

import (
	"crypto/sha256"
	"encoding/binary"
	"sync"
	"time"
)

// Cache keeps parsed articles from one Load to the next, so that a
// preview server that rebuilds after every save parses only the files
// that changed. It is safe for sequential Loads, not concurrent ones.
//
// An entry is keyed by everything a parse reads: the file's path, bytes
// and modification time (a text file without a dated name may take its
// date from it), the site's time zone and the file's git date. Reading
// and hashing ten thousand small files is cheap next to parsing them, and
// a content hash cannot be fooled by a clock or an editor that keeps the
// modification time.
type Cache struct {
	prev map[[sha256.Size]byte]*cached // entries of the last Load
	mu   sync.Mutex
	next map[[sha256.Size]byte]*cached // entries used by the running Load
}

// cached is one parsed file: the article as parsed, never handed out
// itself, and its warnings.
type cached struct {
	a     *Article
	warns []error
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{} }

// cacheKey identifies the parse of src at path p.
func cacheKey(p string, src []byte, mod time.Time, opts Options) [sha256.Size]byte {
	h := sha256.New()
	var n [8]byte
	field := func(b []byte) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	field([]byte(p))
	field([]byte(opts.Location.String()))
	field(mod.AppendFormat(nil, time.RFC3339Nano))
	if t, ok := opts.GitDates[p]; ok {
		field(t.AppendFormat(nil, time.RFC3339Nano))
	}
	field(src)
	return [sha256.Size]byte(h.Sum(nil))
}

// start begins a Load: entries not used by it are dropped at its end.
func (c *Cache) start() {
	c.next = make(map[[sha256.Size]byte]*cached, len(c.prev))
}

// finish ends a Load.
func (c *Cache) finish() {
	c.prev, c.next = c.next, nil
}

// get returns a copy of the article cached under k. The copy is the
// caller's to change: a build drops an article's Body once it is
// rendered, which must not reach the cache.
func (c *Cache) get(k [sha256.Size]byte) (*Article, []error, bool) {
	e, ok := c.prev[k]
	if !ok {
		return nil, nil, false
	}
	c.put(k, e)
	return e.copy(), e.warns, true
}

// put records that the running Load uses the entry e under k.
func (c *Cache) put(k [sha256.Size]byte, e *cached) {
	c.mu.Lock()
	c.next[k] = e
	c.mu.Unlock()
}

func (e *cached) copy() *Article {
	a := *e.a
	a.Tags = append([]string(nil), e.a.Tags...)
	return &a
}
