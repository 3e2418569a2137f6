package content

import (
	"reflect"
	"testing"
	"testing/fstest"
	"time"
)

// TestCacheReusesUnchangedFiles loads a folder three times with one
// Cache: the results must equal uncached loads, and a caller that clears
// Body (as the build does) must not reach the next load.
func TestCacheReusesUnchangedFiles(t *testing.T) {
	mod := time.Date(2025, 10, 3, 8, 0, 0, 0, time.UTC)
	fsys := fstest.MapFS{
		"a.md":             {Data: []byte("---\ntitle: পুতিনের ভারত সফর\ndate: 2025-10-03\ntags: [রাশিয়া, ভারত]\n---\nপ্রথম অনুচ্ছেদ।\n"), ModTime: mod},
		"2025-10-04-b.txt": {Data: []byte("শিরোনাম\n\nপ্রথম অনুচ্ছেদ।\n\n#ভারত\n"), ModTime: mod},
		"c.md":             {Data: []byte("---\ntitle: তারিখ ছাড়া\n---\nলেখা।\n"), ModTime: mod},
	}
	opts := Options{Location: time.UTC, Cache: NewCache()}
	check := func(step string) {
		t.Helper()
		got, gerr := Load(fsys, opts)
		want, werr := Load(fsys, Options{Location: time.UTC})
		for _, a := range got.Articles {
			if a.Sum == ([32]byte{}) {
				t.Fatalf("%s: %s has no Sum", step, a.Path)
			}
			a.Sum = [32]byte{}
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gerr, werr) {
			t.Fatalf("%s: cached load differs from an uncached one:\n%+v %v\n%+v %v", step, got, gerr, want, werr)
		}
		for _, a := range got.Articles {
			a.Body = ""
			if len(a.Tags) > 0 {
				a.Tags[0] = "changed by the caller"
			}
		}
	}
	check("first load")
	check("unchanged")
	fsys["a.md"] = &fstest.MapFile{Data: []byte("---\ntitle: নতুন শিরোনাম\ndate: 2025-10-03\ntags: [ভারত]\n---\nঅন্য লেখা।\n"), ModTime: mod}
	check("a.md edited")
	fsys["c.md"] = &fstest.MapFile{Data: fsys["c.md"].Data, ModTime: mod.Add(time.Hour)}
	check("c.md touched: its date comes from the modification time")
	delete(fsys, "2025-10-04-b.txt")
	check("b.txt deleted")
	if len(opts.Cache.prev) != 2 {
		t.Errorf("cache holds %d entries, want 2: a deleted or changed file's entry goes", len(opts.Cache.prev))
	}
}

// countFS counts the files read through it.
type countFS struct {
	fstest.MapFS
	reads map[string]int
}

func (c countFS) ReadFile(name string) ([]byte, error) {
	c.reads[name]++
	return c.MapFS.ReadFile(name)
}

// TestCacheSkipsUnchangedFiles: a file with the size and modification
// time of the last load is not read again; a touched one is.
func TestCacheSkipsUnchangedFiles(t *testing.T) {
	mod := time.Date(2025, 10, 3, 8, 0, 0, 0, time.UTC)
	fsys := countFS{fstest.MapFS{
		"a.md": {Data: []byte("---\ntitle: পুতিনের ভারত সফর\ndate: 2025-10-03\n---\nলেখা।\n"), ModTime: mod},
		"b.md": {Data: []byte("---\ntitle: মোদির সফর\ndate: 2025-10-04\n---\nলেখা।\n"), ModTime: mod},
	}, map[string]int{}}
	opts := Options{Location: time.UTC, Cache: NewCache()}
	for range 3 {
		if _, err := Load(fsys, opts); err != nil {
			t.Fatal(err)
		}
	}
	entry := opts.Cache.prev[opts.Cache.prevStamps["b.md"].key]
	fsys.MapFS["b.md"].ModTime = mod.Add(time.Second)
	res, err := Load(fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	if fsys.reads["a.md"] != 1 || fsys.reads["b.md"] != 2 {
		t.Errorf("reads %v, want a.md once and b.md twice", fsys.reads)
	}
	if opts.Cache.prev[opts.Cache.prevStamps["b.md"].key] != entry {
		t.Error("b.md, dated and touched but not changed, was parsed again")
	}
	if len(res.Articles) != 2 || res.Articles[0].Title != "পুতিনের ভারত সফর" {
		t.Errorf("articles %+v", res.Articles)
	}
}

// TestCacheForget: an edit that keeps the size and the modification time
// (touch -r) is unseen, as documented, until Forget names the file.
func TestCacheForget(t *testing.T) {
	mod := time.Date(2025, 10, 3, 8, 0, 0, 0, time.UTC)
	article := func(letter string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: সংস্করণ " + letter + "\ndate: 2025-10-03\n---\nলেখা।\n"), ModTime: mod}
	}
	fsys := fstest.MapFS{"desk/a.md": article("ক")}
	opts := Options{Location: time.UTC, Cache: NewCache()}
	title := func() string {
		t.Helper()
		res, err := Load(fsys, opts)
		if err != nil {
			t.Fatal(err)
		}
		return res.Articles[0].Title
	}
	title()
	fsys["desk/a.md"] = article("খ") // same length, same time
	if got := title(); got != "সংস্করণ ক" {
		t.Fatalf("before Forget: %q; the stamp shortcut should have kept the old parse", got)
	}
	opts.Cache.Forget([]string{"desk/a.md"})
	if got := title(); got != "সংস্করণ খ" {
		t.Errorf("after Forget: %q, want the new text", got)
	}
}
