package site

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"

	"github.com/sarakhon/digest/generator/content"
)

// A Cache kept on disk (OpenCache) lets a command-line build reuse the
// work of the last one, as the preview server's Cache does in memory:
// after one article is added to a large site, the pages whose
// fingerprints are unchanged are taken from the output folder the build
// replaces, and the Markdown of unchanged articles is not rendered again.
// The folder holds two files:
//
//   - cacheIndex: the format, the SHA-256 of the generator's executable,
//     the site key, the rendered body of every article (keyed by the hash
//     of its file, not by its modification time, which a git checkout
//     sets anew), the fingerprint, size and SHA-256 of every output file,
//     and the related articles; it ends with its own SHA-256;
//   - cacheBodies: the articles' HTML, one after the other, which the
//     build reads instead of a spill file.
//
// Anything doubtful (another format or executable, a damaged or
// truncated file) empties the Cache with a one-line note: the build is
// then a cold one. An output file is reused only when the previous
// output folder still holds the bytes the last build wrote there.
const (
	cacheIndex  = "digest-cache.index"
	cacheBodies = "digest-cache.bodies"
)

// cacheMagic starts cacheIndex, followed by the SHA-256 of the
// generator's executable; its number changes with the layout of index.
const cacheMagic = "digest build cache 1\n"

// disk is what a Cache kept on disk adds: its folder and lock, and the
// file of the articles' HTML.
type disk struct {
	dir    string
	unlock func()
	store  *bodyStore
	exe    key
}

// index is the content of cacheIndex after cacheMagic and the
// executable's hash, written with a codec derived from its type.
type index struct {
	Site       key
	Bodies     []diskBody
	Articles   []diskArticle // parsed, for the bodies' keys
	BodiesSize int64         // of cacheBodies
	BodiesSum  key
	Files      map[string]diskFile
	Related    diskRelated
}

type diskBody struct {
	Key  key
	HTML span
	Data []byte // the body's own fields, by bodyCodec
}

type diskArticle struct {
	Key  key
	Data []byte // by articleCodec, without the Markdown
}

type diskFile struct {
	FP   key
	Size int64
	Sum  key
}

type diskRelated struct {
	Key key
	Idx [][]int32
}

// bodyApart names the fields of body that a Cache on disk stores by
// other means: the HTML in cacheBodies (content and html) and the key
// under which the body is stored (sum). Every other field is stored by
// bodyCodec.
var bodyApart = map[string]bool{"content": true, "html": true, "sum": true}

var (
	bodyCodec, bodyCodecErr   = compileFields(reflect.TypeFor[body](), "body", bodyApart, map[reflect.Type]bool{})
	indexCodec, indexCodecErr = newCodec(reflect.TypeFor[index]())
	articleCodec, articleErr  = newCodec(reflect.TypeFor[content.Article]())
)

// executableSum identifies the generator: a cache written by another
// build of it (another version, a local change) is not trusted. It is a
// variable for tests.
var executableSum = sync.OnceValues(func() (key, error) {
	exe, err := os.Executable()
	if err != nil {
		return key{}, err
	}
	f, err := os.Open(exe)
	if err != nil {
		return key{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return key{}, err
	}
	return key(h.Sum(nil)), nil
})

// OpenCache opens the build cache kept in the folder dir, making it if
// needed, for one build at a time (a second waits for the first, as for
// an output folder). Pass it as Options.Cache to a build whose Writer is
// a Reuser, such as WriteDir's; call Save once the build succeeded, and
// Close in any case.
//
// The Cache returned is never nil when err is nil. A note, when not nil,
// says in one line why the Cache starts empty (the build is then a cold
// one): it is for the user, not a failure.
func OpenCache(dir string) (c *Cache, note, err error) {
	if indexCodecErr != nil {
		return nil, nil, indexCodecErr
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("build cache: %w", err)
	}
	unlock, err := lockOutput(dir, LockWait)
	if err != nil {
		return nil, nil, fmt.Errorf("build cache: %w", err)
	}
	c = &Cache{content: content.NewBodilessCache(), disk: &disk{dir: dir, unlock: unlock}}
	if c.disk.exe, err = executableSum(); err == nil {
		note, err = c.load()
	}
	if err == nil && note != nil {
		err = c.reset()
	}
	if err != nil {
		unlock()
		if c.disk.store != nil {
			c.disk.store.close()
		}
		return nil, nil, fmt.Errorf("build cache %s: %w", dir, err)
	}
	if note != nil {
		note = fmt.Errorf("build cache %s: %w; building without it", dir, note)
	} else if err := errors.Join(bodyCodecErr, articleErr); err != nil {
		// A code change TestBodyCodec catches: keep nothing rather than
		// articles without a field.
		note = fmt.Errorf("build cache %s: %w; every article is rendered again", dir, err)
	}
	return c, note, nil
}

// load reads the folder's index and opens its bodies. It returns a note
// when they cannot be trusted, and an error only when the bodies' file
// cannot be opened.
func (c *Cache) load() (note, err error) {
	data, err := os.ReadFile(filepath.Join(c.disk.dir, cacheIndex))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, c.reset() // a first build: nothing to say
	}
	if err != nil {
		return err, nil
	}
	n := len(data) - sha256.Size
	if n < len(cacheMagic)+sha256.Size || sha256.Sum256(data[:n]) != key(data[n:]) {
		return fmt.Errorf("%s is damaged", cacheIndex), nil
	}
	head, payload := data[:len(cacheMagic)+sha256.Size], data[len(cacheMagic)+sha256.Size:n]
	if string(head[:len(cacheMagic)]) != cacheMagic || key(head[len(cacheMagic):]) != c.disk.exe {
		return errors.New("written by another build of the generator"), nil
	}
	var ix index
	if err := indexCodec.dec(&reader{payload}, reflect.ValueOf(&ix).Elem()); err != nil {
		return fmt.Errorf("%s is damaged (%v)", cacheIndex, err), nil
	}
	f, err := os.OpenFile(filepath.Join(c.disk.dir, cacheBodies), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	c.disk.store = &bodyStore{f: f, hash: sha256.New()}
	// What a failed build appended after BodiesSize is not in the index.
	if n, err := io.Copy(c.disk.store.hash, io.NewSectionReader(f, 0, ix.BodiesSize)); err != nil || n != ix.BodiesSize || key(c.disk.store.hash.Sum(nil)) != ix.BodiesSum {
		return fmt.Errorf("%s is damaged", cacheBodies), nil
	}
	if err := f.Truncate(ix.BodiesSize); err != nil {
		return nil, err
	}
	c.disk.store.size = ix.BodiesSize
	if bodyCodecErr == nil {
		c.bodies = make(map[key]body, len(ix.Bodies))
		for _, db := range ix.Bodies {
			b := body{html: db.HTML, sum: db.Key, content: c.disk.store.reader(db.HTML)}
			if err := bodyCodec.dec(&reader{db.Data}, reflect.ValueOf(&b).Elem()); err != nil {
				return fmt.Errorf("%s is damaged (%v)", cacheIndex, err), nil
			}
			if db.HTML.Off+db.HTML.Len > ix.BodiesSize {
				return fmt.Errorf("%s is damaged", cacheIndex), nil
			}
			c.bodies[db.Key] = b
		}
	}
	// An article is parsed again unless its body is here: the parse
	// cache hands it out without its Markdown.
	if articleErr == nil {
		kept := make(map[key]*content.Article, len(ix.Articles))
		for _, da := range ix.Articles {
			if _, ok := c.bodies[da.Key]; !ok {
				continue
			}
			a := new(content.Article)
			if err := articleCodec.dec(&reader{da.Data}, reflect.ValueOf(a).Elem()); err != nil || a.Sum != da.Key {
				return fmt.Errorf("%s is damaged", cacheIndex), nil
			}
			kept[da.Key] = a
		}
		c.content.Keep(kept)
	}
	c.files = make(map[string]file, len(ix.Files))
	for name, f := range ix.Files {
		c.files[name] = file{fp: f.FP, size: f.Size, sum: f.Sum}
	}
	c.related = related{key: ix.Related.Key, idx: ix.Related.Idx}
	c.site = ix.Site
	return nil, nil
}

// reset empties c and its bodies' file.
func (c *Cache) reset() error {
	d := c.disk
	*c = Cache{content: content.NewBodilessCache(), disk: d}
	if d.store != nil {
		d.store.close()
	}
	f, err := os.Create(filepath.Join(d.dir, cacheBodies))
	if err != nil {
		return err
	}
	d.store = &bodyStore{f: f, hash: sha256.New()}
	return nil
}

// Save writes what the last good build left in c to its folder, for the
// next build. It may run while that build's output is swapped in: should
// the swap fail, the files the index names are not in the output folder
// the next build replaces, and that build makes them again, as it does
// any file that is not what the index says.
func (c *Cache) Save() error {
	d := c.disk
	if d == nil {
		return nil
	}
	if err := c.compact(); err != nil {
		return fmt.Errorf("build cache %s: %w", d.dir, err)
	}
	ix := index{
		Site:       c.site,
		BodiesSize: d.store.size, BodiesSum: key(d.store.hash.Sum(nil)),
		Files:   make(map[string]diskFile, len(c.files)),
		Related: diskRelated{c.related.key, c.related.idx},
	}
	if bodyCodecErr == nil {
		for k, b := range c.bodies {
			var data []byte
			bodyCodec.enc(&data, reflect.ValueOf(b))
			ix.Bodies = append(ix.Bodies, diskBody{Key: k, HTML: b.html, Data: data})
		}
		slices.SortFunc(ix.Bodies, func(x, y diskBody) int { return cmp.Compare(x.HTML.Off, y.HTML.Off) })
	}
	if articleErr == nil {
		for k, a := range c.content.Kept() {
			if _, ok := c.bodies[k]; ok {
				var data []byte
				articleCodec.enc(&data, reflect.ValueOf(a).Elem())
				ix.Articles = append(ix.Articles, diskArticle{k, data})
			}
		}
	}
	for name, f := range c.files {
		ix.Files[name] = diskFile{FP: f.fp, Size: f.size, Sum: f.sum}
	}
	// The index is written whole with its checksum at the end. Its
	// buffer is sized first: grown by doubling from nothing, it left
	// 300 MB of garbage at the end of a 30 000-article build, the peak of
	// its memory.
	size := len(cacheMagic) + len(d.exe) + sha256.Size + 1<<16
	for _, b := range ix.Bodies {
		size += len(b.Data) + 64
	}
	for _, a := range ix.Articles {
		size += len(a.Data) + 64
	}
	for name := range ix.Files {
		size += len(name) + 128
	}
	for _, r := range ix.Related.Idx {
		size += 4*len(r) + 8
	}
	data := make([]byte, 0, size)
	data = append(append(data, cacheMagic...), d.exe[:]...)
	indexCodec.enc(&data, reflect.ValueOf(ix))
	sum := sha256.Sum256(data)
	data = append(data, sum[:]...)
	tmp := filepath.Join(d.dir, cacheIndex+".tmp")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("build cache %s: %w", d.dir, err)
	}
	if err := os.Rename(tmp, filepath.Join(d.dir, cacheIndex)); err != nil {
		return fmt.Errorf("build cache %s: %w", d.dir, err)
	}
	return nil
}

// compactAbove is the least waste in the bodies' file that compact
// removes: a variable for tests.
var compactAbove int64 = 1 << 20

// compact rewrites the bodies' file with only the HTML of c's bodies
// when more than half of it (and more than compactAbove) is of articles
// changed or removed since.
func (c *Cache) compact() error {
	d := c.disk
	var live int64
	for _, b := range c.bodies {
		live += b.html.Len
	}
	if d.store.size-live <= max(live, compactAbove) {
		return nil
	}
	keys := slices.SortedFunc(func(yield func(key) bool) {
		for k := range c.bodies {
			if !yield(k) {
				return
			}
		}
	}, func(x, y key) int { return cmp.Compare(c.bodies[x].html.Off, c.bodies[y].html.Off) })
	name := filepath.Join(d.dir, cacheBodies)
	f, err := os.Create(name + ".tmp")
	if err != nil {
		return err
	}
	next := &bodyStore{f: f, hash: sha256.New()}
	for _, k := range keys {
		b := c.bodies[k]
		html, err := b.content()
		if err == nil {
			b.html, b.content, err = next.put([]byte(html))
		}
		if err != nil {
			next.close()
			return err
		}
		c.bodies[k] = b
	}
	if err := os.Rename(name+".tmp", name); err != nil {
		next.close()
		return err
	}
	d.store.close()
	d.store = next
	return nil
}

// Close releases the folder and the bodies' file. The Cache cannot be
// used after it.
func (c *Cache) Close() error {
	d := c.disk
	if d == nil {
		return nil
	}
	err := d.store.close()
	d.unlock()
	return err
}

// sameFile reports whether f, a regular file, holds size bytes
// with the SHA-256 sum, reading it with buf.
func sameFile(f *os.File, size int64, sum key, buf []byte) bool {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != size {
		return false
	}
	h := sha256.New()
	// Only Read, so that CopyBuffer uses buf: os.File's WriteTo would
	// allocate a buffer for every file.
	if _, err := io.CopyBuffer(h, struct{ io.Reader }{f}, buf); err != nil {
		return false
	}
	return bytes.Equal(h.Sum(nil), sum[:])
}

// store returns the store of a build's HTML and whether the build owns
// it, and so closes it: a Cache on disk has one that outlives the build;
// a Cache in memory keeps the HTML in memory for the next build; else it
// waits in a temporary file in spill, or in memory when spill is "".
func (c *Cache) store(spill string) (*bodyStore, bool, error) {
	switch {
	case c == nil:
	case c.disk != nil:
		return c.disk.store, false, nil
	default:
		spill = ""
	}
	s, err := newBodyStore(spill)
	return s, true, err
}
