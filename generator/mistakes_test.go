package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestCommonMistakes builds articles with the front matter mistakes
// editors make most (testdata/mistakes/content/) and compares what the
// terminal shows, in each language of messages:, with
// testdata/mistakes/<lang>.golden: the messages an editor reads.
func TestCommonMistakes(t *testing.T) {
	for _, lang := range []string{"both", "bn", "en"} {
		t.Run(lang, func(t *testing.T) {
			dir := copySite(t)
			content := filepath.Join(dir, "content")
			if err := os.RemoveAll(content); err != nil {
				t.Fatal(err)
			}
			if err := os.CopyFS(content, os.DirFS("testdata/mistakes/content")); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(dir, "site.yaml"), "title: x\nsearch: false\nmessages: "+lang+"\n")
			code, stdout, stderr := runCLI("build", "--site", dir, "--out", filepath.Join(t.TempDir(), "public"))
			if code != 1 || stdout != "" {
				t.Errorf("exit %d, stdout %q", code, stdout)
			}
			testfs.Golden(t, filepath.Join("testdata", "mistakes", lang+".golden"), []byte(strings.ReplaceAll(stderr, dir, "SITE")), *update)
		})
	}
}
