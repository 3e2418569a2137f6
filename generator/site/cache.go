package site

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io/fs"
	"reflect"
	"sync"
	"time"

	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/render"
	"github.com/sarakhon/digest/generator/search"
)

// Cache carries what one build can reuse in the next, for the preview
// server that rebuilds after every save (NewCache) and, kept on disk,
// for command-line builds (OpenCache): parsed articles, rendered
// Markdown, and every page and feed with the fingerprint of the data
// they were made from. Pass it as Options.Cache to a sequence of builds,
// one at a time; a nil Cache builds everything.
//
// The output of a build with a Cache is byte for byte the output of a
// build without one: a file is reused only when its fingerprint matches,
// and the fingerprint covers everything its template or feed reads (see
// pageKey). A failed build keeps the bodies and files of the last good
// build for the next one.
type Cache struct {
	content *content.Cache
	bodies  map[key]body    // Markdown hash -> rendered body
	files   map[string]file // output name -> fingerprint and bytes
	related related
	site    key   // the site key of the last good build (see memo.setSite)
	disk    *disk // nil for a Cache kept in memory only
	// search keeps the last search index, which the next updates where
	// only some articles changed. Its output is Build's, so a failed
	// build may leave it ahead of the files: it needs no commit.
	search search.Builder
}

// related is the outcome of relate for the articles fingerprinted by
// key: idx[i] holds the positions of the related articles of article i.
type related struct {
	key key
	idx [][]int32
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{content: content.NewCache()} }

// key is a SHA-256 sum. Collisions are not a practical concern; a cheaper
// 64-bit hash would save little next to template execution.
type key = [sha256.Size]byte

// file is one output file of an earlier build: its fingerprint and, in a
// Cache kept in memory, its bytes; in one kept on disk, the size and
// SHA-256 of the bytes, which the previous output folder holds (see
// Reuser).
type file struct {
	fp   key
	data []byte
	size int64
	sum  key
}

// memo is a Cache in use by one build. A nil *memo reuses nothing.
type memo struct {
	c     *Cache
	site  key // templates, config, site data and options: in every fingerprint
	reuse bool
	own   map[any]key             // fingerprints in the shared state, by pointer
	sums  map[*render.Article]key // hash of each article's Markdown

	mu      sync.Mutex
	bodies  map[key]body
	files   map[string]file
	related related
}

// start begins a build with c, nil when c is nil.
func (c *Cache) start() *memo {
	if c == nil {
		return nil
	}
	return &memo{c: c, bodies: make(map[key]body, len(c.bodies)), files: make(map[string]file, len(c.files))}
}

// Forget makes the next build read the articles at paths (relative to the
// content folder, slash-separated) again, even if they look unchanged:
// see content.Cache.Forget.
func (c *Cache) Forget(paths []string) { c.content.Forget(paths) }

func (c *Cache) contentCache() *content.Cache {
	if c == nil {
		return nil
	}
	return c.content
}

// commit makes this build's entries the ones the next build reuses. Only
// a good build commits, so that a failed one cannot drop pages the next
// may reuse.
func (m *memo) commit() {
	if m != nil {
		m.c.bodies, m.c.files, m.c.related, m.c.site = m.bodies, m.files, m.related, m.site
	}
}

// body returns the key of a's Markdown and its rendered body when an
// earlier build rendered the same Markdown.
func (m *memo) body(a *content.Article) (key, body, bool) {
	if m == nil {
		return key{}, body{}, false
	}
	// The loader's Sum covers the whole file and so the body; hashing
	// the body again would cost a warm rebuild a pass over every text.
	k := a.Sum
	if k == (key{}) {
		k = sumString(a.Body)
	}
	b, ok := m.c.bodies[k]
	if ok {
		m.keepBody(k, b)
	}
	return k, b, ok
}

func (m *memo) keepBody(k key, b body) {
	if m == nil {
		return
	}
	b.sum = k
	m.mu.Lock()
	m.bodies[k] = b
	m.mu.Unlock()
}

// file returns what an earlier build wrote to name from data with the
// fingerprint fp. Call keep when the file is reused.
func (m *memo) file(name string, fp key) (file, bool) {
	f, ok := m.c.files[name]
	if !ok || f.fp != fp || !m.reuse {
		return file{}, false
	}
	return f, true
}

// keepFile records that this build wrote data to name from data with the
// fingerprint fp. A Cache on disk keeps the size and hash of the bytes,
// which stay in the output folder, and not the bytes.
func (m *memo) keepFile(name string, fp key, data []byte) {
	f := file{fp: fp, data: data}
	if m.c.disk != nil {
		f = file{fp: fp, size: int64(len(data)), sum: sha256.Sum256(data)}
	}
	m.keep(name, f)
}

// keep records that this build reused f for name.
func (m *memo) keep(name string, f file) {
	m.mu.Lock()
	m.files[name] = f
	m.mu.Unlock()
}

// bufs holds the buffers of sumString and fingerprint, so that hashing
// ten thousand bodies and fifteen thousand pages allocates little.
var bufs = sync.Pool{New: func() any { return new([]byte) }}

// sumString returns the SHA-256 of s without a []byte conversion per call.
func sumString(s string) key {
	bp := bufs.Get().(*[]byte)
	*bp = append((*bp)[:0], s...)
	k := sha256.Sum256(*bp)
	bufs.Put(bp)
	return k
}

// fingerprint collects typed, length-prefixed fields, so that two
// different sequences of fields never give the same bytes, and hashes
// them at the end.
type fingerprint struct{ b *[]byte }

func newFingerprint() fingerprint {
	bp := bufs.Get().(*[]byte)
	*bp = (*bp)[:0]
	return fingerprint{bp}
}

func (f fingerprint) int(n int) { *f.b = binary.LittleEndian.AppendUint64(*f.b, uint64(n)) }

func (f fingerprint) bool(b bool) {
	if b {
		f.int(1)
	} else {
		f.int(0)
	}
}

func (f fingerprint) bytes(b []byte) {
	f.int(len(b))
	*f.b = append(*f.b, b...)
}

func (f fingerprint) str(s string) {
	f.int(len(s))
	*f.b = append(*f.b, s...)
}

// time writes the instant and the zone, which a template printing a raw
// time.Time shows.
func (f fingerprint) time(t time.Time) { *f.b, _ = t.AppendBinary(*f.b) }

func (f fingerprint) key(k key) { *f.b = append(*f.b, k[:]...) }

// sum returns the hash of the fields; f must not be used after.
func (f fingerprint) sum() key {
	k := sha256.Sum256(*f.b)
	bufs.Put(f.b)
	return k
}

// setSite fingerprints what every page and feed may read besides its own
// data: every file of the templates folder, the render.Site that
// templates see (the whole configuration and what the build adds, as
// JSON, and the time zone, which JSON does not show) and the build's
// options. A template or site.yaml edit therefore renders every page
// again. It returns a warning when no file can be reused: when the
// templates cannot be read in full, read data the page fingerprints do
// not cover (see checkReach), or the Site holds a value JSON cannot
// write.
func (m *memo) setSite(templates fs.FS, site *render.Site, opts Options) error {
	if m == nil {
		return nil
	}
	f := newFingerprint()
	err := fs.WalkDir(templates, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(templates, p)
		f.str(p)
		f.bytes(data)
		return err
	})
	if err == nil {
		err = checkReach(templates)
	}
	c, jerr := json.Marshal(site)
	f.bytes(c)
	f.str(site.Location.String())
	f.bool(opts.Drafts)
	f.bool(opts.Future)
	f.bool(opts.Preview)
	m.site = f.sum()
	err = errors.Join(err, jerr)
	m.reuse = err == nil
	return err
}

// siteChanged returns a note when a Cache kept on disk was written with
// other templates, configuration or options: then no page is reused.
func (m *memo) siteChanged() error {
	if m == nil || m.c.disk == nil || m.c.site == (key{}) || m.c.site == m.site {
		return nil
	}
	return errors.New("build cache: the templates, site.yaml or the build's flags changed since the cached build, so every page is made again (the articles' Markdown is not)")
}

// setArticles fingerprints every article in the shared state (its own
// fields and tags, see follow), once for all pages and feeds that list
// it. bodies[i] is the rendered Markdown of in[i], as for newModel.
func (m *memo) setArticles(md *model, in []*content.Article, bodies []body) {
	if m == nil {
		return
	}
	sums := make(map[*content.Article]key, len(in))
	for i, c := range in {
		sums[c] = bodies[i].sum
	}
	m.sums = make(map[*render.Article]key, len(md.articles))
	for i, a := range md.articles {
		m.sums[a] = sums[md.sources[i]] // a.Content is rendered from it
	}
	m.share(pages.states[shared], md.articles)
}

// share fingerprints each of list, pointers to values of s's type, in
// the state s, for node to look up.
func (m *memo) share(s *state, list any) {
	v := reflect.ValueOf(list)
	m.own = make(map[any]key, v.Len())
	for i := range v.Len() {
		f := newFingerprint()
		m.fields(f, s, v.Index(i))
		m.own[v.Index(i).Interface()] = f.sum()
	}
}

// node writes v, a struct or a pointer to one, in the state s.
func (m *memo) node(f fingerprint, s *state, v reflect.Value) {
	if v.Kind() == reflect.Pointer {
		f.bool(!v.IsNil())
		if v.IsNil() {
			return
		}
		if s.name == shared {
			if k, ok := m.own[v.Interface()]; ok {
				f.key(k)
				return
			}
		}
	}
	m.fields(f, s, v)
}

// fields writes the fields of v, a struct or a non-nil pointer to one,
// that the state s covers, and for an article the hash of its body,
// which Content returns. A value whose fingerprint in s's base is known
// is written as that and the fields s follows besides.
func (m *memo) fields(f fingerprint, s *state, v reflect.Value) {
	if s.base != nil && v.Kind() == reflect.Pointer {
		if k, ok := m.own[v.Interface()]; ok {
			f.key(k)
			for _, fd := range s.extra {
				m.field(f, fd, v.Elem())
			}
			return
		}
	}
	if s.t == articleType {
		p := v
		if v.Kind() != reflect.Pointer && v.CanAddr() {
			p = v.Addr()
		}
		a, _ := p.Interface().(*render.Article)
		f.key(m.sums[a])
	}
	v = reflect.Indirect(v)
	for _, fd := range s.fields {
		m.field(f, fd, v)
	}
}

// field writes the field fd of the struct v.
func (m *memo) field(f fingerprint, fd *field, v reflect.Value) {
	fv := v.Field(fd.index)
	switch {
	case fd.next != nil && fd.many:
		f.int(fv.Len())
		for i := range fv.Len() {
			m.node(f, fd.next, fv.Index(i))
		}
	case fd.next != nil:
		m.node(f, fd.next, fv)
	case fd.hash != nil:
		fd.hash(f, fv)
	}
}

// pageKey fingerprints the page name made from p: the site key
// (templates, config, render.Site, options) and what the state "page" of
// follow covers. A template that read beyond it, such as
// .Article.Prev.Prev or .Tag.Articles, would be served stale: checkReach
// proves the templates do not, and turns reuse off when it cannot.
func (m *memo) pageKey(name string, p *render.Page) key {
	f := newFingerprint()
	f.key(m.site)
	f.str("page")
	f.str(name)
	m.node(f, pages.root, reflect.ValueOf(p))
	return f.sum()
}

// feedKey fingerprints the feed file name of the channel made from title,
// desc, page and the articles it lists (see builder.channel), each in the
// shared state: the channel also reads the configuration, which is in the
// site key.
func (m *memo) feedKey(name, title, desc, page string, list []*render.Article) key {
	f := newFingerprint()
	f.key(m.site)
	f.str("feed")
	f.str(name)
	f.str(title)
	f.str(desc)
	f.str(page)
	f.int(len(list))
	for _, a := range list {
		m.node(f, pages.states[shared], reflect.ValueOf(a))
	}
	return f.sum()
}

// relate sets the related articles of every article, as relate does, but
// takes them from the last build when nothing relate reads has changed:
// the order of the articles, their paths, dates and tags. It is a third
// of a warm rebuild of 10 000 articles otherwise.
func (m *memo) relate(articles []*render.Article) {
	if m == nil {
		relate(articles, relatedCount)
		return
	}
	f := newFingerprint()
	f.int(relatedCount)
	f.int(len(articles))
	for _, a := range articles {
		f.str(a.Path)
		f.time(a.Date)
		f.int(len(a.Tags))
		for _, t := range a.Tags {
			f.str(t.Slug) // unique per tag
		}
	}
	k := f.sum()
	if prev := m.c.related; prev.key == k && prev.idx != nil {
		for i, a := range articles {
			a.Related = nil
			for _, j := range prev.idx[i] {
				a.Related = append(a.Related, articles[j])
			}
		}
		m.related = prev
		return
	}
	relate(articles, relatedCount)
	pos := make(map[*render.Article]int32, len(articles))
	for i, a := range articles {
		pos[a] = int32(i)
	}
	idx := make([][]int32, len(articles))
	for i, a := range articles {
		for _, r := range a.Related {
			idx[i] = append(idx[i], pos[r])
		}
	}
	m.related = related{k, idx}
}
