package site

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestOutputManifest builds the basic site and compares the hash of every
// file it generates with testdata/basic.manifest, and its sitemap with
// testdata/basic.sitemap.xml. A change of the output
// shows in the golden file's diff, file by file: a refactoring of how the
// outputs are declared must leave it alone. Files copied from static/ are
// left out: they are the static folder's, not the build's.
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
		got = append(got, line...)
	}
	testfs.Golden(t, "testdata/basic.manifest", got, *update)
	testfs.Golden(t, "testdata/basic.sitemap.xml", mustRead(t, filepath.Join(out, "sitemap.xml")), *update)
}
