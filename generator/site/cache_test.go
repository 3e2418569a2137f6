package site

import (
	"bytes"
	"hash/fnv"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

// mapWriter keeps the files of a build in memory.
type mapWriter struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (w *mapWriter) WriteFile(name string, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.files == nil {
		w.files = map[string][]byte{}
	}
	w.files[name] = data
	return nil
}

// editSite is a small synthetic site in memory that a test edits between
// builds: Markdown and text articles from the corpus generator, the
// repository's templates, site.yaml with short pages and feeds, so that
// an edit moves articles across pages and in and out of feeds.
type editSite struct {
	t         *testing.T
	docs      map[string][]byte // content path -> file
	templates fstest.MapFS
	static    fstest.MapFS
	yaml      string
}

func newEditSite(t *testing.T, n int) *editSite {
	t.Helper()
	g, err := synth.New(synth.Options{Seed: 7, Tags: 14}) // a small pool: tags shared by many articles
	if err != nil {
		t.Fatal(err)
	}
	s := &editSite{t: t, docs: map[string][]byte{}, templates: fstest.MapFS{}, static: fstest.MapFS{
		"css/site.css": {Data: []byte("body{}\n")},
	}}
	for i := 1; i <= n; i++ {
		d := g.Article(i)
		if i%10 == 0 {
			s.docs[d.TextName()] = d.Text()
		} else {
			s.docs[d.MarkdownName()] = d.Markdown()
		}
	}
	err = fs.WalkDir(os.DirFS(templatesDir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(os.DirFS(templatesDir), p)
		s.templates[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	yaml, err := os.ReadFile("../testdata/site/site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s.yaml = strings.NewReplacer("paginate: 20", "paginate: 4\npaginate_lists: 4", "items: 50", "items: 6").Replace(string(yaml))
	return s
}

// names returns the content paths in order.
func (s *editSite) names() []string { return slices.Sorted(maps.Keys(s.docs)) }

// edit replaces old by new in the content file name, which must hold it.
func (s *editSite) edit(name, old, new string) {
	s.t.Helper()
	if !bytes.Contains(s.docs[name], []byte(old)) {
		s.t.Fatalf("%s does not contain %q", name, old)
	}
	s.docs[name] = bytes.Replace(s.docs[name], []byte(old), []byte(new), 1)
}

func (s *editSite) source() (Source, error) {
	cfg, err := config.Parse("site.yaml", []byte(s.yaml))
	if err != nil {
		return Source{}, err
	}
	content := fstest.MapFS{}
	for p, data := range s.docs {
		// As on a disk, a file's modification time changes when its
		// bytes do: the content cache trusts it.
		h := fnv.New64a()
		h.Write(data)
		mod := buildNow.Add(-time.Duration(h.Sum64() % uint64(time.Hour)))
		content[p] = &fstest.MapFile{Data: data, Mode: 0o644, ModTime: mod}
	}
	return Source{Config: cfg, Content: content, Templates: s.templates, Static: s.static}, nil
}

// build builds the site as serve does, with cache (nil for a cold build).
func (s *editSite) build(cache *Cache) (map[string][]byte, Stats, error) {
	src, err := s.source()
	if err != nil {
		s.t.Fatal(err)
	}
	var w mapWriter
	stats, err := Build(src, Options{Drafts: true, Future: true, Preview: true, Now: buildNow, Cache: cache}, &w)
	return w.files, stats, err
}

// TestCacheMatchesColdBuild edits a site step by step and checks after
// every step that a build reusing the cache of the previous builds writes
// exactly the files of a cold build: same names, same bytes.
func TestCacheMatchesColdBuild(t *testing.T) {
	s := newEditSite(t, 36)
	names := s.names()
	md := func(i int) string { // the i-th Markdown file
		for _, n := range names {
			if strings.HasSuffix(n, ".md") {
				if i == 0 {
					return n
				}
				i--
			}
		}
		t.Fatal("not enough Markdown files")
		return ""
	}
	var text string
	for _, n := range names {
		if strings.HasSuffix(n, ".txt") {
			text = n
		}
	}
	var broken []byte
	steps := []struct {
		name    string
		edit    func()
		failing bool
	}{
		{"first build", func() {}, false},
		{"no change", func() {}, false},
		{"edit a body", func() {
			s.edit(md(3), "\n## ", "\nএকটি নতুন অনুচ্ছেদ যোগ হলো।\n\n## ")
		}, false},
		{"edit a title", func() { s.edit(md(5), "title: \"", "title: \"হালনাগাদ: ") }, false},
		{"edit a summary", func() { s.edit(md(6), "summary: \"", "summary: \"সংশোধিত সারাংশ। ") }, false},
		{"add a tag", func() { s.edit(md(7), "tags:\n", "tags:\n  - \"নতুনহ্যাশট্যাগ\"\n") }, false},
		{"remove a tag", func() {
			f := s.docs[md(8)]
			i := bytes.Index(f, []byte("tags:\n")) + len("tags:\n")
			j := i + bytes.IndexByte(f[i:], '\n') + 1
			s.docs[md(8)] = append(f[:i:i], f[j:]...)
		}, false},
		{"swap a tag for another", func() {
			f := s.docs[md(10)]
			i := bytes.Index(f, []byte("tags:\n  - \"")) + len("tags:\n  - \"")
			j := i + bytes.IndexByte(f[i:], '"')
			s.docs[md(10)] = append(f[:i:i], append([]byte("অদলবদল"), f[j:]...)...)
		}, false},
		{"move an article in time", func() { s.edit(md(9), "date: 20", "date: 19") }, false},
		{"edit a text file", func() {
			s.docs[text] = append(s.docs[text], "\nশেষে একটি বাক্য যোগ হলো।\n"...)
		}, false},
		{"add an article", func() {
			g, _ := synth.New(synth.Options{Seed: 7, Tags: 14})
			d := g.Article(99)
			s.docs[d.MarkdownName()] = d.Markdown()
		}, false},
		{"delete an article", func() { delete(s.docs, md(11)) }, false},
		{"change a template", func() {
			f := s.templates["article.html"]
			s.templates["article.html"] = &fstest.MapFile{Data: bytes.Replace(f.Data, []byte("<h1>"), []byte(`<h1 class="headline">`), 1)}
		}, false},
		{"change a partial", func() {
			f := s.templates["partials/card.html"]
			s.templates["partials/card.html"] = &fstest.MapFile{Data: bytes.Replace(f.Data, []byte(`<article class="card">`), []byte(`<article class="card news">`), 1)}
		}, false},
		{"change the site title", func() {
			s.yaml = strings.Replace(s.yaml, "title: ", "title: নতুন ", 1)
		}, false},
		{"change paging", func() { s.yaml = strings.Replace(s.yaml, "paginate: 4", "paginate: 3", 1) }, false},
		{"change the paging of lists", func() { s.yaml = strings.Replace(s.yaml, "paginate_lists: 4", "paginate_lists: 3", 1) }, false},
		{"break an article", func() {
			broken = s.docs[md(2)]
			s.docs[md(2)] = []byte("---\ntitle: [ভাঙা\n---\n")
		}, true},
		{"edit while broken", func() {
			s.edit(md(4), "\n## ", "\nভাঙা অবস্থায় সম্পাদনা।\n\n## ")
		}, true},
		{"fix it", func() { s.docs[md(2)] = broken }, false},
		{"change a static file", func() { s.static["css/site.css"] = &fstest.MapFile{Data: []byte("body{margin:0}\n")} }, false},
		{"revert the title", func() { s.yaml = strings.Replace(s.yaml, "title: নতুন ", "title: ", 1) }, false},
	}
	cache := NewCache()
	for _, step := range steps {
		step.edit()
		warm, stats, werr := s.build(cache)
		cold, _, cerr := s.build(nil)
		if (werr != nil) != step.failing || (cerr != nil) != step.failing {
			t.Fatalf("%s: warm error %v, cold error %v; want failing=%v", step.name, werr, cerr, step.failing)
		}
		if step.failing {
			if werr.Error() != cerr.Error() {
				t.Errorf("%s: warm error %q, cold error %q", step.name, werr, cerr)
			}
			continue
		}
		for name, data := range cold {
			if w, ok := warm[name]; !ok {
				t.Errorf("%s: %s missing from the warm build", step.name, name)
			} else if !bytes.Equal(w, data) {
				t.Errorf("%s: %s differs from the cold build", step.name, name)
			}
		}
		for name := range warm {
			if _, ok := cold[name]; !ok {
				t.Errorf("%s: warm build wrote %s, which the cold build did not", step.name, name)
			}
		}
		t.Logf("%s: %s", step.name, stats)
		if step.name == "no change" && stats.Rendered != 0 {
			t.Errorf("no change: %d pages rendered again, want 0", stats.Rendered)
		}
	}
}

// TestCacheRendersFewPages checks that a body edit renders only the pages
// that show the article: its page and its neighbours', a home page, its
// tags' pages and feeds, its month, the archive and the site feeds.
func TestCacheRendersFewPages(t *testing.T) {
	s := newEditSite(t, 60)
	cache := NewCache()
	_, first, err := s.build(cache)
	if err != nil {
		t.Fatal(err)
	}
	if first.Reused != 0 || first.Rendered == 0 {
		t.Fatalf("first build: %d rendered, %d reused; want all rendered", first.Rendered, first.Reused)
	}
	name := s.names()[len(s.docs)/2]
	s.edit(name, "\n## ", "\nএকটি নতুন অনুচ্ছেদ যোগ হলো।\n\n## ")
	_, stats, err := s.build(cache)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first build: %s\nafter a body edit: %s", first, stats)
	if stats.Rendered+stats.Reused != first.Rendered {
		t.Errorf("%d rendered + %d reused, want the %d pages and feeds of the first build", stats.Rendered, stats.Reused, first.Rendered)
	}
	// article + 2 neighbours + 5 related ones that may list it + 1 home
	// page + up to 10 tags × (1 page + 2 feeds) + month + archive + 3
	// site feeds
	const most = 1 + 2 + 5 + 1 + 10*3 + 2 + 3
	if stats.Rendered == 0 || stats.Rendered > most {
		t.Errorf("%d pages rendered after one body edit, want 1 to %d", stats.Rendered, most)
	}
	if !strings.Contains(stats.String(), " pages rendered, ") {
		t.Errorf("Stats.String() = %q, want the counts", stats)
	}
}
