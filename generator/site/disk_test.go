package site

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

// diskBuild builds s into out as the build command does with a cache
// folder: the Cache opened from dir, WriteDir, Save once the new output
// is in place. It returns the note of OpenCache.
func (s *editSite) diskBuild(out, dir string) (Stats, error, error) {
	s.t.Helper()
	src, err := s.source()
	if err != nil {
		s.t.Fatal(err)
	}
	c, note, err := OpenCache(dir)
	if err != nil {
		s.t.Fatal(err)
	}
	defer c.Close()
	var stats Stats
	err = WriteDir(out, func(w Writer) error {
		var err error
		stats, err = Build(src, Options{Drafts: true, Future: true, Now: buildNow, Cache: c, SpillDir: s.t.TempDir()}, w)
		return err
	})
	if err == nil {
		if err := c.Save(); err != nil {
			s.t.Fatal(err)
		}
	}
	return stats, note, err
}

// coldBuild builds s into out without a cache.
func (s *editSite) coldBuild(out string) {
	s.t.Helper()
	src, err := s.source()
	if err != nil {
		s.t.Fatal(err)
	}
	err = WriteDir(out, func(w Writer) error {
		_, err := Build(src, Options{Drafts: true, Future: true, Now: buildNow, SpillDir: s.t.TempDir()}, w)
		return err
	})
	if err != nil {
		s.t.Fatal(err)
	}
}

// readTree returns every file under dir by slash path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return files
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// sameTree reports every difference between the folders warm and cold.
func sameTree(t *testing.T, step, warm, cold string) {
	t.Helper()
	w, c := readTree(t, warm), readTree(t, cold)
	for name, data := range c {
		if got, ok := w[name]; !ok {
			t.Errorf("%s: %s missing from the warm build", step, name)
		} else if !bytes.Equal(got, data) {
			t.Errorf("%s: %s differs from the cold build", step, name)
		}
	}
	for name := range w {
		if _, ok := c[name]; !ok {
			t.Errorf("%s: the warm build wrote %s, which the cold build did not", step, name)
		}
	}
}

// TestDiskCacheMatchesColdBuild builds a site into a folder with a cache
// folder, step by step, each build in a new Cache as in a new process,
// and checks after every step that the output folder holds exactly the
// files of a cold build of the same input. A failing build leaves the
// output and the cache as they were.
func TestDiskCacheMatchesColdBuild(t *testing.T) {
	s := newEditSite(t, 36)
	root := t.TempDir()
	out, cold, dir := filepath.Join(root, "public"), filepath.Join(root, "cold"), filepath.Join(root, "cache")
	names := s.names()
	var md []string
	for _, n := range names {
		if strings.HasSuffix(n, ".md") {
			md = append(md, n)
		}
	}
	g, err := synth.New(synth.Options{Seed: 7, Tags: 14})
	if err != nil {
		t.Fatal(err)
	}
	var broken []byte
	steps := []struct {
		name    string
		edit    func()
		failing bool
	}{
		{"first build", func() {}, false},
		{"no change", func() {}, false},
		{"add an article", func() {
			d := g.Article(99)
			s.docs[d.MarkdownName()] = d.Markdown()
		}, false},
		{"edit a body", func() {
			s.edit(md[3], "\n## ", "\nএকটি নতুন অনুচ্ছেদ যোগ হলো।\n\n## ")
		}, false},
		{"edit a title", func() { s.edit(md[5], "title: \"", "title: \"হালনাগাদ: ") }, false},
		{"add a tag", func() { s.edit(md[7], "tags:\n", "tags:\n  - \"নতুনহ্যাশট্যাগ\"\n") }, false},
		{"remove an article", func() { delete(s.docs, md[11]) }, false},
		{"break an article", func() {
			broken = s.docs[md[2]]
			s.docs[md[2]] = []byte("---\ntitle: [ভাঙা\n---\n")
		}, true},
		{"fix it", func() { s.docs[md[2]] = broken }, false},
		{"change a template", func() {
			s.templates["article.html"].Data = bytes.Replace(s.templates["article.html"].Data, []byte("<h1>"), []byte(`<h1 class="headline">`), 1)
		}, false},
		{"change site.yaml", func() { s.yaml = strings.Replace(s.yaml, "title: ", "title: নতুন ", 1) }, false},
	}
	for _, step := range steps {
		step.edit()
		before := readTree(t, out)
		stats, note, err := s.diskBuild(out, dir)
		if note != nil {
			t.Errorf("%s: note %v", step.name, note)
		}
		if (err != nil) != step.failing {
			t.Fatalf("%s: error %v, want failing=%v", step.name, err, step.failing)
		}
		if step.failing {
			if after := readTree(t, out); !reflect.DeepEqual(before, after) {
				t.Errorf("%s: the failed build changed the output folder", step.name)
			}
			continue
		}
		s.coldBuild(cold)
		sameTree(t, step.name, out, cold)
		t.Logf("%s: %s", step.name, stats)
		for _, w := range stats.Warnings {
			if strings.Contains(w.Error(), "previous output") {
				t.Errorf("%s: %v", step.name, w)
			}
		}
		switch step.name {
		case "first build":
			if stats.Reused != 0 {
				t.Errorf("%s: %d files reused, want none", step.name, stats.Reused)
			}
		case "no change", "fix it":
			if stats.Rendered != 0 {
				t.Errorf("%s: %d files rendered, want none", step.name, stats.Rendered)
			}
		case "add an article", "edit a body":
			if stats.Reused < stats.Rendered {
				t.Errorf("%s: %d files rendered, %d reused; want most reused", step.name, stats.Rendered, stats.Reused)
			}
		}
	}
}

// TestDiskCacheDoubtful checks that a cache folder that cannot be
// trusted gives a note and a cold build, never a wrong page.
func TestDiskCacheDoubtful(t *testing.T) {
	for _, c := range []struct {
		name, note string
		spoil      func(t *testing.T, dir string)
	}{
		{"index with a byte changed", "damaged", func(t *testing.T, dir string) {
			flip(t, filepath.Join(dir, cacheIndex), 0.5)
		}},
		{"index cut short", "damaged", func(t *testing.T, dir string) {
			p := filepath.Join(dir, cacheIndex)
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(p, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		}},
		{"HTML with a byte changed", "damaged", func(t *testing.T, dir string) {
			flip(t, filepath.Join(dir, cacheBodies), 0.3)
		}},
		{"HTML missing", "damaged", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, cacheBodies)); err != nil {
				t.Fatal(err)
			}
		}},
		{"another generator", "another build of the generator", func(t *testing.T, dir string) {
			old := executableSum
			executableSum = func() (key, error) { return key{1}, nil }
			t.Cleanup(func() { executableSum = old })
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := newEditSite(t, 24)
			root := t.TempDir()
			out, cold, dir := filepath.Join(root, "public"), filepath.Join(root, "cold"), filepath.Join(root, "cache")
			if _, _, err := s.diskBuild(out, dir); err != nil {
				t.Fatal(err)
			}
			c.spoil(t, dir)
			s.edit(s.names()[4], "\n## ", "\nএকটি নতুন অনুচ্ছেদ যোগ হলো।\n\n## ")
			stats, note, err := s.diskBuild(out, dir)
			if err != nil {
				t.Fatal(err)
			}
			if note == nil || !strings.Contains(note.Error(), c.note) || strings.Contains(note.Error(), "\n") {
				t.Errorf("note %v, want one line saying %q", note, c.note)
			}
			if stats.Reused != 0 {
				t.Errorf("%d files reused from a cache that cannot be trusted", stats.Reused)
			}
			s.coldBuild(cold)
			sameTree(t, c.name, out, cold)
			// The next build trusts the cache it wrote.
			stats, note, err = s.diskBuild(out, dir)
			if err != nil || note != nil || stats.Rendered != 0 {
				t.Errorf("build after: error %v, note %v, %d rendered; want none", err, note, stats.Rendered)
			}
		})
	}
}

// flip changes the byte at the fraction at of the file p.
func flip(t *testing.T, p string, at float64) {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	data[int(float64(len(data))*at)] ^= 0x20
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDiskCacheTamperedOutput checks that files of the previous output
// that were changed, removed or replaced by a link since the cached build
// are made again, with a note, instead of being reused.
func TestDiskCacheTamperedOutput(t *testing.T) {
	s := newEditSite(t, 24)
	root := t.TempDir()
	out, cold, dir := filepath.Join(root, "public"), filepath.Join(root, "cold"), filepath.Join(root, "cache")
	if _, _, err := s.diskBuild(out, dir); err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{}
	for name := range readTree(t, out) {
		if strings.HasSuffix(name, "/index.html") && strings.Count(name, "/") == 1 && !strings.HasPrefix(name, "tags") {
			pages[name] = filepath.Join(out, filepath.FromSlash(name))
		}
		if len(pages) == 3 {
			break
		}
	}
	if len(pages) < 3 {
		t.Fatalf("found %d article pages", len(pages))
	}
	var changed []string
	for name, p := range pages {
		changed = append(changed, name)
		switch len(changed) {
		case 1: // same size, other bytes
			flip(t, p, 0.5)
		case 2:
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
		case 3: // a link to a file with the same bytes
			data := mustRead(t, p)
			other := filepath.Join(root, "elsewhere")
			if err := os.WriteFile(other, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(other, p); err != nil {
				t.Fatal(err)
			}
		}
	}
	stats, _, err := s.diskBuild(out, dir)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Rendered != 3 {
		t.Errorf("%d files rendered, want the 3 changed: %v", stats.Rendered, changed)
	}
	var said bool
	for _, w := range stats.Warnings {
		said = said || strings.Contains(w.Error(), "3 files of the previous output folder")
	}
	if !said {
		t.Errorf("no note of the 3 changed files in %v", stats.Warnings)
	}
	s.coldBuild(cold)
	sameTree(t, "tampered", out, cold)
	if fi, err := os.Lstat(filepath.Join(out, filepath.FromSlash(changed[2]))); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("%s is not a regular file after the build: %v", changed[2], err)
	}
}

// TestBodyCodec checks that the disk cache stores every field of body
// but those it keeps apart, and of content.Article: a field added to
// either must be one the codec can store (exported, of plain data), or
// this test fails, so that a cached article never comes back without it.
func TestBodyCodec(t *testing.T) {
	if bodyCodecErr != nil {
		t.Fatalf("the build cache cannot store body: %v", bodyCodecErr)
	}
	if articleErr != nil {
		t.Fatalf("the build cache cannot store content.Article: %v", articleErr)
	}
	bt := reflect.TypeFor[body]()
	for name := range bodyApart {
		if _, ok := bt.FieldByName(name); !ok {
			t.Errorf("bodyApart names %s, which body does not have", name)
		}
	}
	for _, c := range []struct {
		name  string
		codec codec
		v     reflect.Value
	}{
		{"body", bodyCodec, reflect.New(bt).Elem()},
		{"content.Article", articleCodec, reflect.New(reflect.TypeFor[content.Article]()).Elem()},
	} {
		for i := range c.v.NumField() {
			f := c.v.Type().Field(i)
			if bodyApart[f.Name] && c.name == "body" {
				continue
			}
			want := reflect.New(c.v.Type()).Elem()
			if !fill(want.Field(i)) {
				t.Errorf("%s.%s: the test cannot make a value of %s", c.name, f.Name, f.Type)
				continue
			}
			var data []byte
			c.codec.enc(&data, want)
			got := reflect.New(c.v.Type()).Elem()
			if err := c.codec.dec(&reader{data}, got); err != nil {
				t.Errorf("%s.%s: %v", c.name, f.Name, err)
			} else if !sameValue(got.Field(i), want.Field(i)) {
				t.Errorf("%s.%s does not come back from the cache: %v, want %v", c.name, f.Name, got.Field(i), want.Field(i))
			}
		}
	}
}

// fill sets v, a settable value, to something other than its zero value.
func fill(v reflect.Value) bool {
	if v.Type() == timeType {
		v.Set(reflect.ValueOf(time.Date(2026, 12, 1, 9, 30, 0, 5, time.FixedZone("BST", 6*3600))))
		return true
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(-7)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(7)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(0.5)
	case reflect.String:
		v.SetString("পুতিনের সফর")
	case reflect.Array:
		return v.Len() > 0 && fill(v.Index(v.Len()-1))
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		if !fill(s.Index(1)) {
			return false
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		if !fill(k) || !fill(e) {
			return false
		}
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && fill(v.Field(i)) {
				return true
			}
		}
		return false
	default:
		return false
	}
	return true
}

// TestCodecRefuses checks that what the cache cannot store exactly is an
// error naming it, not a field left out.
func TestCodecRefuses(t *testing.T) {
	for _, c := range []struct {
		t    reflect.Type
		want string
	}{
		{reflect.TypeFor[struct{ Terms func() []string }](), ".Terms is of kind func"},
		{reflect.TypeFor[struct{ terms []string }](), ".terms is unexported"},
		{reflect.TypeFor[struct{ Any any }](), ".Any is of kind interface"},
		{reflect.TypeFor[struct{ C chan int }](), ".C is of kind chan"},
		{reflect.TypeFor[struct{ Err error }](), ".Err is of kind interface"},
	} {
		_, err := newCodec(c.t)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("newCodec(%s) = %v, want an error with %q", c.t, err, c.want)
		}
	}
	if _, err := newCodec(reflect.TypeFor[struct {
		Terms map[string][]int32
		At    *time.Time
		N     [4]uint16
	}]()); err != nil {
		t.Errorf("newCodec of plain data: %v", err)
	}
}

// sameValue is reflect.DeepEqual but for times, which are the same when
// they are the same instant in a location of the same name and zone.
func sameValue(a, b reflect.Value) bool {
	if a.Type() == timeType {
		x, y := a.Interface().(time.Time), b.Interface().(time.Time)
		xn, xo := x.Zone()
		yn, yo := y.Zone()
		return x.Equal(y) && xn == yn && xo == yo && x.Location().String() == y.Location().String()
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// TestTimeCodec checks that times come back in their location.
func TestTimeCodec(t *testing.T) {
	dhaka, err := time.LoadLocation("Asia/Dhaka")
	if err != nil {
		t.Skip(err)
	}
	for _, want := range []time.Time{
		time.Date(2026, 12, 1, 9, 30, 0, 0, dhaka),
		time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC),
		time.Date(2026, 12, 1, 9, 30, 0, 0, time.FixedZone("", 5*3600+1800)),
		time.Date(2026, 12, 1, 9, 30, 0, 0, time.FixedZone("BST", 6*3600)),
		{},
	} {
		var data []byte
		timeCodec.enc(&data, reflect.ValueOf(want))
		got := reflect.New(timeType).Elem()
		if err := timeCodec.dec(&reader{data}, got); err != nil {
			t.Errorf("%v: %v", want, err)
		} else if !sameValue(got, reflect.ValueOf(want)) {
			t.Errorf("%v came back as %v", want, got)
		}
	}
}

// TestDiskCacheCompacts edits every article twice, so that most of the
// cache's HTML is of old versions, and checks that Save rewrites the
// file with only the current ones and that the next builds still match
// a cold build.
func TestDiskCacheCompacts(t *testing.T) {
	old := compactAbove
	compactAbove = 0
	t.Cleanup(func() { compactAbove = old })
	s := newEditSite(t, 12)
	root := t.TempDir()
	out, cold, dir := filepath.Join(root, "public"), filepath.Join(root, "cold"), filepath.Join(root, "cache")
	size := func() int64 {
		fi, err := os.Stat(filepath.Join(dir, cacheBodies))
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	if _, _, err := s.diskBuild(out, dir); err != nil {
		t.Fatal(err)
	}
	first := size()
	for round, word := range []string{"প্রথম", "দ্বিতীয়"} {
		for _, name := range s.names() {
			if strings.HasSuffix(name, ".md") {
				s.edit(name, "\n## ", "\n"+word+" সংশোধন।\n\n## ")
			}
		}
		stats, note, err := s.diskBuild(out, dir)
		if err != nil || note != nil {
			t.Fatalf("round %d: error %v, note %v", round+1, err, note)
		}
		s.coldBuild(cold)
		sameTree(t, word, out, cold)
		t.Logf("round %d: %s; HTML file %d bytes (first build %d)", round+1, stats, size(), first)
	}
	if got := size(); got > first*3/2 {
		t.Errorf("the HTML file is %d bytes after two rounds of edits, the first build's %d: not compacted", got, first)
	}
	stats, note, err := s.diskBuild(out, dir)
	if err != nil || note != nil || stats.Rendered != 0 {
		t.Errorf("build after compacting: error %v, note %v, %d rendered; want none", err, note, stats.Rendered)
	}
	// Every page again, every article's HTML read from the new file.
	s.templates["article.html"].Data = bytes.Replace(s.templates["article.html"].Data, []byte("<h1>"), []byte(`<h1 class="headline">`), 1)
	if _, _, err := s.diskBuild(out, dir); err != nil {
		t.Fatal(err)
	}
	s.coldBuild(cold)
	sameTree(t, "after compacting", out, cold)
}
