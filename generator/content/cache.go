package content

import (
	"crypto/sha256"
	"encoding/binary"
	"io/fs"
	"sync"
	"time"
)

// Cache keeps parsed articles from one Load to the next, so that a
// preview server that rebuilds after every save parses only the files
// that changed. It is safe for sequential Loads, not concurrent ones.
//
// An entry is keyed by what a parse reads: the file's path and bytes, the
// site's time zone and the file's git date; an entry whose date came from
// the file's modification time also needs that time. A file
// whose size and modification time (to the nanosecond) are those of the
// last Load, with the same time zone and git date, is not even read:
// reading and hashing ten thousand files took most of a warm rebuild.
// Like make and Hugo, this trusts that an edit changes the modification
// time; a tool that writes new bytes of the same length and then sets
// the old time back (touch -r) would go unseen. Forget names the files
// to read whatever their stamps say: the preview passes those its file
// watcher saw change.
type Cache struct {
	prev map[[sha256.Size]byte]*cached // entries of the last Load
	mu   sync.Mutex
	next map[[sha256.Size]byte]*cached // entries used by the running Load

	prevStamps, nextStamps map[string]stamp // by path

	// noBodies: entries drop their Markdown, which the caller keeps
	// rendered elsewhere (see NewBodilessCache).
	noBodies bool
}

// stamp is what a Load saw of a file without reading it.
type stamp struct {
	size    int64
	mod     time.Time
	loc     string
	git     time.Time
	key     [sha256.Size]byte
	present bool
}

func stampOf(p string, info fs.FileInfo, opts Options, k [sha256.Size]byte) stamp {
	return stamp{size: info.Size(), mod: info.ModTime(), loc: opts.Location.String(), git: opts.GitDates[p], key: k, present: true}
}

// unchanged returns a copy of the article of the file at p when the file
// looks as it did in the last Load.
func (c *Cache) unchanged(p string, info fs.FileInfo, opts Options) (*Article, []error, bool) {
	old := c.prevStamps[p]
	now := stampOf(p, info, opts, old.key)
	if !old.present || !now.mod.Equal(old.mod) || now.size != old.size || now.loc != old.loc || !now.git.Equal(old.git) {
		return nil, nil, false
	}
	a, warns, ok := c.get(old.key, info.ModTime())
	if ok {
		c.stamp(p, info, opts, old.key)
	}
	return a, warns, ok
}

// Forget makes the next Load read the files at paths (slash-separated,
// relative to the content folder) even when their size and modification
// time are those it saw last. Call it between Loads.
func (c *Cache) Forget(paths []string) {
	for _, p := range paths {
		delete(c.prevStamps, p)
	}
}

// stamp records how the file at p looked when it was loaded as key k.
func (c *Cache) stamp(p string, info fs.FileInfo, opts Options, k [sha256.Size]byte) {
	s := stampOf(p, info, opts, k)
	c.mu.Lock()
	c.nextStamps[p] = s
	c.mu.Unlock()
}

// cached is one parsed file: the article as parsed, never handed out
// itself, and its warnings. byMod says that the article's date is the
// file's modification time mod, so that the entry serves only a file
// with that time.
type cached struct {
	a     *Article
	warns []error
	byMod bool
	mod   time.Time
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{} }

// NewBodilessCache returns an empty Cache whose articles come back
// without their Body: for a caller that keeps what it made of each
// Body under the article's Sum and needs only the front matter again,
// so that the Cache does not hold the Markdown of a whole archive.
func NewBodilessCache() *Cache { return &Cache{noBodies: true} }

// Kept returns the articles of the last Load that another process may
// reuse, by Sum: those parsed without a warning (a warning is not data
// that can be stored) and whose date is not their file's modification
// time (a checkout sets it anew). They are the Cache's own: do not
// change them.
func (c *Cache) Kept() map[[sha256.Size]byte]*Article {
	out := make(map[[sha256.Size]byte]*Article, len(c.prev))
	for k, e := range c.prev {
		if len(e.warns) == 0 && !e.byMod {
			out[k] = e.a
		}
	}
	return out
}

// Keep adds articles that Kept returned, in an earlier process, for the
// next Load: a file whose path, bytes, time zone and git date give one
// of their keys is not parsed again.
func (c *Cache) Keep(articles map[[sha256.Size]byte]*Article) {
	if c.prev == nil {
		c.prev = make(map[[sha256.Size]byte]*cached, len(articles))
	}
	for k, a := range articles {
		c.prev[k] = &cached{a: a}
	}
}

// cacheKey identifies the parse of src at path p, but for the file's
// modification time, which only an undated file reads (see cached).
func cacheKey(p string, src []byte, opts Options) [sha256.Size]byte {
	h := sha256.New()
	var n [8]byte
	field := func(b []byte) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	field([]byte(p))
	field([]byte(opts.Location.String()))
	if t, ok := opts.GitDates[p]; ok {
		field(t.AppendFormat(nil, time.RFC3339Nano))
	}
	field(src)
	return [sha256.Size]byte(h.Sum(nil))
}

// start begins a Load: entries not used by it are dropped at its end.
func (c *Cache) start() {
	c.next = make(map[[sha256.Size]byte]*cached, len(c.prev))
	c.nextStamps = make(map[string]stamp, len(c.prevStamps))
}

// finish ends a Load.
func (c *Cache) finish() {
	c.prev, c.next = c.next, nil
	c.prevStamps, c.nextStamps = c.nextStamps, nil
}

// get returns a copy of the article cached under k. The copy is the
// caller's to change: a build drops an article's Body once it is
// rendered, which must not reach the cache.
func (c *Cache) get(k [sha256.Size]byte, mod time.Time) (*Article, []error, bool) {
	e, ok := c.prev[k]
	if !ok || e.byMod && !e.mod.Equal(mod) {
		return nil, nil, false
	}
	c.put(k, e)
	return e.copy(), e.warns, true
}

// put records that the running Load uses the entry e under k.
func (c *Cache) put(k [sha256.Size]byte, e *cached) {
	if c.noBodies && e.a.Body != "" {
		a := *e.a
		a.Body = ""
		e = &cached{a: &a, warns: e.warns, byMod: e.byMod, mod: e.mod}
	}
	c.mu.Lock()
	c.next[k] = e
	c.mu.Unlock()
}

func (e *cached) copy() *Article {
	a := *e.a
	a.Tags = append([]string(nil), e.a.Tags...)
	return &a
}
