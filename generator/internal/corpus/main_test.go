package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/sarakhon/digest/generator/internal/corpus/synth"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if code := run([]string{"-n", "12", "-format", "md", "-out", dir}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("exit %d", code)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.md"))
	if len(files) != 12 {
		t.Errorf("%d Markdown files, want 12", len(files))
	}
	g, err := synth.New(synth.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	d := g.Article(5)
	got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(d.MarkdownName())))
	if err != nil || !bytes.Equal(got, d.Markdown()) {
		t.Errorf("article 5 on disk differs from Article(5): %v", err)
	}
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"-n", "1", "-out", dir}, 1}, // not empty
		{[]string{"-n", "1"}, 2},
		{[]string{"-format", "html", "-out", dir}, 2},
		{[]string{"-tags", "5", "-out", dir}, 2},
	} {
		if code := run(c.args, io.Discard, io.Discard); code != c.want {
			t.Errorf("run(%q) = %d, want %d", c.args, code, c.want)
		}
	}
}
