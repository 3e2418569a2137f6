// Package testfs holds helpers that tests of several packages share: a
// hash of an output tree, golden-file comparison, and a copy of the
// fixture site.
package testfs

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Hash returns a hash of the folder dir: every path under it and every
// file's bytes, so that two equal hashes mean byte-identical trees. Tests
// use it to show that a failed build left the output as it was.
func Hash(t testing.TB, dir string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		h.Write([]byte(rel + "\x00"))
		if !d.IsDir() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			h.Write(data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Manifest lists the files under dir, one "sha256  path" line each in
// path order, so that a golden copy of it shows in a diff which files of
// an output changed, were added or went away.
func Manifest(t testing.TB, dir string) []byte {
	t.Helper()
	var out bytes.Buffer
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		sum := sha256.Sum256(data)
		out.WriteString(hex.EncodeToString(sum[:]) + "  " + filepath.ToSlash(rel) + "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// Golden compares got with the golden file at path or, when update is
// set (the -update flag of the calling test), rewrites the file with it.
func Golden(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: output changed; if that is intended, run go test -update and review the diff; got:\n%s", path, got)
	}
}

// FixtureSite is the folder of the site tests build, relative to the
// repository root: a site.yaml and a content/ folder whose text the tests
// control. The repository's own content/ and site.yaml belong to the
// newsroom, which adds articles every day; a test that read them would
// fail on the next article.
const FixtureSite = "generator/testdata/site"

// Site copies a site into a new folder and returns it: site.yaml and
// content/ from FixtureSite, and the repository's templates/ and static/,
// which are the code under test. repo is the repository root, relative
// to the calling test's package folder.
func Site(t testing.TB, repo string) string {
	t.Helper()
	dir := t.TempDir()
	from := map[string]string{
		"content":   filepath.Join(repo, FixtureSite, "content"),
		"templates": filepath.Join(repo, "templates"),
		"static":    filepath.Join(repo, "static"),
	}
	for name, src := range from {
		if err := os.CopyFS(filepath.Join(dir, name), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(filepath.Join(repo, FixtureSite, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "site.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}
