package render

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"maps"
	"net/url"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"text/template/parse"
	"time"

	"github.com/sarakhon/digest/generator/bangla"
)

// Templates holds one parsed template set per page kind.
type Templates struct {
	sets map[string]*template.Template
	site *Site
	loc  *time.Location
	base *url.URL
	// urls caches the url function: a tag's link appears on every page
	// of its articles, tens of thousands of times in a large site.
	urls sync.Map // site-relative path -> escaped root-relative URL
	// partials caches the cached function's output for this build: an
	// article's card appears on the home and day pages, its entry on the
	// pages of its tags, its byline and its month.
	partials partialCache
	// root holds the layout and partials; shared[set][name] says that the
	// named template runs the same in set as in root, so that its cached
	// output is made once for all such sets.
	root   *template.Template
	shared map[*template.Template]map[string]bool
}

// partialKey identifies one output of the cached function.
type partialKey struct {
	set  *template.Template
	name string
	data any
}

// Kind is a page kind whose template is <Name>.html. The site declares
// its kinds (see site.Outputs); render only reads their templates.
type Kind struct {
	Name string
	// Optional says that a templates folder without the kind's file
	// still builds, without pages of that kind: a folder made before
	// the kind existed keeps working.
	Optional bool
}

// Parse reads the templates folder: base.html holds the layout, optional
// files under partials/ are shared, and each of kinds has its own file
// that defines the blocks of the layout. Errors name the file and line.
// An optional kind without its file is left out: Has reports it.
func Parse(fsys fs.FS, site *Site, kinds []Kind) (*Templates, error) {
	t := &Templates{sets: map[string]*template.Template{}, site: site, loc: site.Location, base: site.Base,
		shared: map[*template.Template]map[string]bool{}}
	root := template.New("base.html").Funcs(t.funcs())
	src, err := fs.ReadFile(fsys, "base.html")
	if err != nil {
		return nil, fmt.Errorf("templates/base.html: %w (the layout template is required)", err)
	}
	if _, err := root.Parse(string(src)); err != nil {
		return nil, templateError(err)
	}
	partials, _ := fs.Glob(fsys, "partials/*.html")
	for _, p := range partials {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		if _, err := root.New(p).Parse(string(src)); err != nil {
			return nil, templateError(err)
		}
	}
	var errs []error
	for _, k := range kinds {
		kind, name := k.Name, k.Name+".html"
		src, err := fs.ReadFile(fsys, name)
		if k.Optional && errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("templates/%s: %w (every page kind needs its template)", name, err))
			continue
		}
		set, err := root.Clone()
		if err == nil {
			_, err = set.New(name).Parse(string(src))
		}
		if err != nil {
			errs = append(errs, templateError(err))
			continue
		}
		set.Funcs(template.FuncMap{"cached": t.cached(set)})
		t.sets[kind] = set
		t.shared[set] = sameAsRoot(root, set)
	}
	root.Funcs(template.FuncMap{"cached": t.cached(root)})
	t.root = root
	return t, errors.Join(errs...)
}

// Has reports whether the templates have the file of a page kind: an
// optional kind may have none.
func (t *Templates) Has(kind string) bool { return t.sets[kind] != nil }

var tmplPos = regexp.MustCompile(`^template: ([^:]+):(\d+)(?::\d+)?: (.*)$`)

// templateError rewrites html/template's "template: name:line: msg" as
// "templates/name:line: msg".
func templateError(err error) error {
	m := tmplPos.FindStringSubmatch(err.Error())
	if m == nil {
		return fmt.Errorf("templates: %w", err)
	}
	return fmt.Errorf("templates/%s:%s: %s", m[1], m[2], m[3])
}

// Execute renders p with the template of its kind.
func (t *Templates) Execute(p *Page) ([]byte, error) {
	var out []byte
	err := t.ExecuteFunc(p, func(page []byte) error {
		out = append([]byte{}, page...)
		return nil
	})
	return out, err
}

// ExecuteFunc renders p with the template of its kind and passes the
// page to use, which must not keep it after it returns: the buffer is
// reused for the next page. Writing a page straight to a file this way
// saves copying it.
func (t *Templates) ExecuteFunc(p *Page, use func([]byte) error) error {
	set := t.sets[p.Kind]
	if set == nil {
		return fmt.Errorf("templates: no template for page kind %q", p.Kind)
	}
	p.Site = t.site
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer pageBuffers.Put(buf)
	if err := named(set, buf, "title", p, &p.Title); err != nil {
		return err
	}
	if err := named(set, buf, "description", p, &p.Description); err != nil {
		return err
	}
	buf.Reset()
	if err := set.ExecuteTemplate(buf, "base.html", p); err != nil {
		return templateError(err)
	}
	return use(plainPlus(rawHrefs(tightenDanda(buf.Bytes()))))
}

// named sets *field, when it is empty, to the text of the template name
// that a kind's file may define: {{define "title"}}সব লেখক{{end}} names
// the page in its template, where the words a reader sees belong, not in
// Go.
func named(set *template.Template, buf *bytes.Buffer, name string, p *Page, field *string) error {
	tt := set.Lookup(name)
	if *field != "" || tt == nil {
		return nil
	}
	text, err := plainText(tt, buf, p)
	*field = text
	return err
}

// plainText executes tt with data into buf and returns the text as a
// reader sees it: html/template escaped it for HTML, and whoever writes
// it escapes it again for where it goes.
func plainText(tt *template.Template, buf *bytes.Buffer, data any) (string, error) {
	buf.Reset()
	if err := tt.Execute(buf, data); err != nil {
		return "", templateError(err)
	}
	return strings.TrimSpace(html.UnescapeString(buf.String())), nil
}

// Text returns the text of the template name, given the Site, that the
// layout or a partial defines for a file the build writes without a
// template, such as the title of the OPML list of feeds
// (partials/strings.html): "" when the templates do not define it.
func (t *Templates) Text(name string) (string, error) {
	tt := t.root.Lookup(name)
	if tt == nil {
		return "", nil
	}
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer pageBuffers.Put(buf)
	return plainText(tt, buf, t.site)
}

// pageBuffers are reused between pages: a page grown by doubling into a
// fresh buffer allocated about twice its size, most of a build's garbage.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func (t *Templates) funcs() template.FuncMap {
	latin := t.site.LatinDigits()
	return template.FuncMap{
		// url makes a site-relative path root-relative under the base path,
		// with each segment percent-encoded.
		"url": t.url,
		// abs makes a site-relative path an absolute URL.
		"abs": func(p string) string { return AbsURL(t.base, p) },
		"num": func(n int) string { return bangla.FormatInt(n, latin) },
		"date": func(d time.Time) string {
			return bangla.FormatDate(d.In(t.loc), latin)
		},
		"bangladate": func(d time.Time) string {
			return bangla.ToBangla(d.In(t.loc)).Format(latin)
		},
		"monthyear": func(d time.Time) string {
			return bangla.FormatMonth(d.In(t.loc), latin)
		},
		"readingtime": func(min int) string { return bangla.FormatReadingTime(min, latin) },
		"iso":         func(d time.Time) string { return d.In(t.loc).Format(time.RFC3339) },
		"isodate":     func(d time.Time) string { return d.In(t.loc).Format("2006-01-02") },
		"jsonld":      t.jsonLD,
		"site":        func() *Site { return t.site },
		"image":       t.image,
		"join":        strings.Join,
		"aftertitle":  bangla.AfterTitle,
		// cached is bound to each kind's set in Parse.
		"cached": func(string, any) (template.HTML, error) { return "", nil },
	}
}

// sameAsRoot reports, for each template of root, whether it and every
// template it calls have the same parse tree in set: a kind's file may
// redefine a partial. It must run before either is executed, which
// rewrites the trees.
func sameAsRoot(root, set *template.Template) map[string]bool {
	same := map[string]bool{}
	for _, rt := range root.Templates() {
		ok := true
		for _, n := range reachable(root, rt.Name()) {
			r, s := root.Lookup(n), set.Lookup(n)
			if r == nil || s == nil || r.Tree == nil || s.Tree == nil || r.Tree.Root.String() != s.Tree.Root.String() {
				ok = false
				break
			}
		}
		same[rt.Name()] = ok
	}
	return same
}

// reachable returns name and the names of the templates it calls,
// directly or not.
func reachable(set *template.Template, name string) []string {
	seen := map[string]bool{}
	var visit func(string)
	var walk func(parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.IfNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			visit(n.Name)
		}
	}
	visit = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		if t := set.Lookup(name); t != nil && t.Tree != nil {
			walk(t.Tree.Root)
		}
	}
	visit(name)
	return slices.Sorted(maps.Keys(seen))
}

// cached returns the template function {{cached "name" data}}: it
// executes the named template of set with data once per build and reuses
// the output, like Hugo's partialCached. Data is keyed by identity (such
// as an *Article pointer), so it must be comparable. An article's entry
// appears on about ten list pages of a large site (its tags', byline's
// and month's), its card on two; rendering each once takes half of the
// list pages' cost away. The output is the same bytes as {{template
// "name" data}} in HTML text.
func (t *Templates) cached(set *template.Template) func(string, any) (template.HTML, error) {
	return func(name string, data any) (template.HTML, error) {
		if data != nil && !reflect.TypeOf(data).Comparable() {
			return "", fmt.Errorf("cached %q: data of type %T cannot be a cache key: pass a pointer such as an article", name, data)
		}
		from := set // the closure's set serves every call: never assign it
		if t.shared[set][name] {
			from = t.root
		}
		key := partialKey{from, name, data}
		if out, ok := t.partials.get(key); ok {
			return out, nil
		}
		buf := pageBuffers.Get().(*bytes.Buffer)
		defer pageBuffers.Put(buf)
		buf.Reset()
		if err := from.ExecuteTemplate(buf, name, data); err != nil {
			return "", err
		}
		out := template.HTML(buf.String())
		t.partials.put(key, out)
		return out, nil
	}
}

// partialCacheSize bounds the outputs the cached function keeps, so that
// a build's memory does not grow with the number of articles: a card is
// a few kilobytes, and all the cards of 30 000 articles are 120 MB. The
// site renders its list pages newest first, so the cards a page needs
// are mostly those the pages just before it used.
const partialCacheSize = 4096

// partialCache keeps the newest outputs in two generations: when the
// current one is full it becomes the old one, and a hit in the old one
// moves the output back to the current one. It holds at most
// partialCacheSize outputs and drops the least recently used first,
// roughly, at the cost of one map operation.
type partialCache struct {
	mu       sync.Mutex
	cur, old map[partialKey]template.HTML
	hits     int // for tests and benchmarks
}

func (c *partialCache) get(k partialKey) (template.HTML, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if out, ok := c.cur[k]; ok {
		c.hits++
		return out, true
	}
	out, ok := c.old[k]
	if ok {
		c.hits++
		c.add(k, out)
	}
	return out, ok
}

func (c *partialCache) put(k partialKey, out template.HTML) {
	c.mu.Lock()
	c.add(k, out)
	c.mu.Unlock()
}

func (c *partialCache) add(k partialKey, out template.HTML) {
	if c.cur == nil || len(c.cur) >= partialCacheSize/2 {
		c.old, c.cur = c.cur, make(map[partialKey]template.HTML, partialCacheSize/2)
	}
	c.cur[k] = out
}

func (c *partialCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.cur)
	for k := range c.old {
		if _, dup := c.cur[k]; !dup {
			n++
		}
	}
	return n
}

// url makes a site-relative path root-relative under the base path, with
// each segment percent-encoded.
func (t *Templates) url(p string) string {
	if u, ok := t.urls.Load(p); ok {
		return u.(string)
	}
	u := t.site.BasePath() + EscapePath(p)
	t.urls.Store(p, u)
	return u
}

// EscapePath percent-encodes each segment of a slash-separated path, so
// that Bengali slugs make valid URLs in every context.
func EscapePath(p string) string {
	if p == "" {
		return ""
	}
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

// AbsURL joins a site-relative path to the base URL.
func AbsURL(base *url.URL, p string) string {
	u := *base
	u.Path = path.Join(base.Path, p)
	if strings.HasSuffix(p, "/") || p == "" {
		u.Path = strings.TrimSuffix(u.Path, "/") + "/"
	}
	u.RawPath = ""
	return u.String()
}
