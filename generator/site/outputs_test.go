package site

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestOutputManifest builds the basic site and compares the list of files
// it generates, with the hash of every file the Go encoders write (feeds,
// sitemaps, OPML, robots.txt), with testdata/basic.manifest, and its
// sitemap with testdata/basic.sitemap.xml. A change of the output shows in
// the golden file's diff, file by file: a refactoring of how the outputs
// are declared must leave it alone. HTML pages are listed without a hash:
// their bytes are the templates', which a newsroom may edit without
// breaking its tests. Files copied from static/ are left out: they are the
// static folder's, not the build's.
func TestOutputManifest(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, source(t, "testdata/basic"), Options{}, out); err != nil {
		t.Fatal(err)
	}
	var got []byte
	for _, line := range bytes.SplitAfter(testfs.Manifest(t, out), []byte("\n")) {
		if len(line) < 67 {
			continue
		}
		name := string(bytes.TrimSpace(line[66:]))
		if _, err := os.Stat(filepath.Join(staticDir, filepath.FromSlash(name))); err == nil {
			continue
		}
		if strings.HasSuffix(name, ".html") {
			line = []byte(fmt.Sprintf("%-64s  %s\n", "(made by a template)", name))
		}
		got = append(got, line...)
	}
	testfs.Golden(t, "testdata/basic.manifest", got, *update)
	testfs.Golden(t, "testdata/basic.sitemap.xml", mustRead(t, filepath.Join(out, "sitemap.xml")), *update)
}

// templatesWithout returns a copy of the repository's templates without
// the file name, as a site made before its kind existed has them.
func templatesWithout(t *testing.T, name string) fs.FS {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(templatesDir)); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
	return os.DirFS(dir)
}

// buildWithout builds the site in dir with the repository's templates but
// the file name into a folder that it returns.
func buildWithout(t *testing.T, dir, name string) string {
	t.Helper()
	src := source(t, dir)
	src.Templates = templatesWithout(t, name)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build(t, src, Options{}, out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestOptionalTemplateMissing: a templates folder made before month pages
// or the subscribe page existed builds the rest, warns, and lists no
// missing page in the sitemap.
func TestOptionalTemplateMissing(t *testing.T) {
	for _, tc := range []struct{ template, page, sitemap string }{
		{"month.html", "archive/2025/10/index.html", "archive/2025/10/<"},
		{"subscribe.html", "subscribe/index.html", "subscribe/<"},
	} {
		t.Run(tc.template, func(t *testing.T) {
			src := source(t, "testdata/basic")
			src.Templates = templatesWithout(t, tc.template)
			out := filepath.Join(t.TempDir(), "public")
			stats, err := build(t, src, Options{}, out)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(tc.page))); err == nil {
				t.Errorf("%s was built without %s", tc.page, tc.template)
			}
			if _, err := os.Stat(filepath.Join(out, "archive", "index.html")); err != nil {
				t.Error("no archive page")
			}
			var warned bool
			for _, w := range stats.Warnings {
				warned = warned || strings.Contains(w.Error(), "templates/"+tc.template+": missing")
			}
			if !warned {
				t.Errorf("warnings %v, want one for templates/%s", stats.Warnings, tc.template)
			}
			if strings.Contains(string(mustRead(t, filepath.Join(out, "sitemap.xml"))), tc.sitemap) {
				t.Errorf("the sitemap lists %s, which was not built", tc.page)
			}
		})
	}
}

// TestReservedFromOutputs: the first segments of the declared addresses
// and the static folder's top-level folders are reserved.
func TestReservedFromOutputs(t *testing.T) {
	got := reservedSegments(os.DirFS(staticDir))
	for _, seg := range []string{"tags", "page", "archive", "search", "subscribe", "css", "fonts", "js", "images"} {
		if !got[seg] {
			t.Errorf("%q is not reserved", seg)
		}
	}
	for _, seg := range []string{"", "<permalink>", "404.html", "feed.xml"} {
		if got[seg] {
			t.Errorf("%q is reserved", seg)
		}
	}
}

// outputsTable is the README's table of Outputs.
func outputsTable() string {
	var b strings.Builder
	b.WriteString("| Address | Made by | What it holds | In sitemap.xml | Feed items |\n|---|---|---|---|---|\n")
	for _, o := range Outputs {
		by := o.Render
		if o.Render == "template" {
			by = "`templates/" + o.Name + ".html`"
			if o.Optional {
				by += " (optional)"
			}
		}
		sitemap := ""
		if o.Sitemap {
			sitemap = "yes"
		}
		feeds := ""
		if o.Feeds {
			feeds = "yes"
		}
		url := "`" + strings.ReplaceAll(o.URL, ", ", "`, `") + "`"
		b.WriteString("| " + url + " | " + by + " | " + o.Shows + " | " + sitemap + " | " + feeds + " |\n")
	}
	return b.String()
}

// TestREADMEListsOutputs: the README's "What gets built" table is made
// from Outputs; go test -update rewrites it.
func TestREADMEListsOutputs(t *testing.T) {
	const readme = "../../README.md"
	const start, end = "<!-- outputs: made from site.Outputs by go test ./generator/site -update -->\n", "<!-- /outputs -->\n"
	data := string(mustRead(t, readme))
	i, j := strings.Index(data, start), strings.Index(data, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q … %q section", start, end)
	}
	got, want := data[i+len(start):j], outputsTable()
	if got == want {
		return
	}
	if !*update {
		t.Fatalf("README.md's table of outputs is not that of site.Outputs: run go test ./generator/site -update; want:\n%s", want)
	}
	if err := os.WriteFile(readme, []byte(data[:i+len(start)]+want+data[j:]), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSitemapIndex: past the protocol's limit sitemap.xml becomes an
// index of files of at most that many URLs each, and Vanished reads the
// URLs of the last build through the index.
func TestSitemapIndex(t *testing.T) {
	const base = "https://example.github.io/digest/"
	var lines []string
	for _, p := range []string{"", "ক/", "খ/", "tags/", "গ/"} {
		lines = append(lines, "  <url><loc>"+base+p+"</loc></url>\n")
	}
	abs := func(name string) string { return base + name }
	if got := sitemapFiles(lines, 5, abs); len(got) != 1 || got["sitemap.xml"] == nil {
		t.Errorf("5 URLs with a limit of 5: files %v, want sitemap.xml alone", slices.Sorted(maps.Keys(got)))
	}
	files := sitemapFiles(lines, 2, abs)
	if got, want := slices.Sorted(maps.Keys(files)), []string{"sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"}; !slices.Equal(got, want) {
		t.Fatalf("files %q, want %q", got, want)
	}
	for name, data := range files {
		if err := strictXML(data); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	var index struct {
		XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
		Locs    []string `xml:"sitemap>loc"`
	}
	if err := xml.Unmarshal(files["sitemap.xml"], &index); err != nil {
		t.Fatal(err)
	}
	if len(index.Locs) != 3 || index.Locs[2] != base+"sitemap-3.xml" {
		t.Errorf("index lists %q", index.Locs)
	}
	if n := strings.Count(string(files["sitemap-2.xml"]), "<url>"); n != 2 {
		t.Errorf("sitemap-2.xml has %d URLs, want 2", n)
	}
	read := func(name string) ([]byte, error) {
		if data, ok := files[name]; ok {
			return data, nil
		}
		return nil, fs.ErrNotExist
	}
	gone, err := Vanished(files["sitemap.xml"], read, map[string][]byte{"ক/index.html": nil, "খ/index.html": nil})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"গ/"}; !slices.Equal(gone, want) {
		t.Errorf("vanished %q, want %q", gone, want)
	}
}

// TestCheckedPages: what check reads comes from Outputs: the pages made
// by a template and the redirect pages, not the feeds or an HTML file of
// static/, and the search index written after the build counts as built.
func TestCheckedPages(t *testing.T) {
	src := source(t, "testdata/basic")
	static := t.TempDir()
	if err := os.CopyFS(static, os.DirFS(staticDir)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(static, "google1234.html"), []byte("google-site-verification"), 0o644); err != nil {
		t.Fatal(err)
	}
	src.Static = os.DirFS(static)
	stats, err := build(t, src, Options{}, filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"index.html", "404.html", "tags/index.html", "archive/2025/10/index.html", "brics-2025/index.html"} {
		if !slices.Contains(stats.Pages, want) {
			t.Errorf("Pages lacks %s", want)
		}
	}
	for _, not := range []string{"feed.xml", "sitemap.xml", "google1234.html", "css/site.css"} {
		if slices.Contains(stats.Pages, not) {
			t.Errorf("Pages has %s", not)
		}
	}
	if !slices.IsSorted(stats.Pages) {
		t.Error("Pages is not sorted")
	}
}
