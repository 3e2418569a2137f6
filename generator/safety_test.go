package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

// siteCopy copies the repository's site (site.yaml, content, templates,
// static) into a new folder with search off, and returns it.
func siteCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"content", "templates", "static"} {
		if err := os.CopyFS(filepath.Join(dir, d), os.DirFS(filepath.Join("..", d))); err != nil {
			t.Fatal(err)
		}
	}
	yaml, err := os.ReadFile(filepath.Join("..", "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	yaml = bytes.Replace(yaml, []byte("search: true"), []byte("search: false"), 1)
	if err := os.WriteFile(filepath.Join(dir, "site.yaml"), yaml, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFailedBuildKeepsOutputCommand breaks a template, site.yaml or the
// output setting after a good build: the command exits 1 with a message
// naming the problem, and the previous output is byte-for-byte intact.
func TestFailedBuildKeepsOutputCommand(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		spoil func(t *testing.T, dir string)
		want  string
	}{
		{"broken template", nil, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "templates", "article.html")
			data, _ := os.ReadFile(p)
			os.WriteFile(p, append(data, []byte("{{if}}")...), 0o644)
		}, "article.html"},
		{"template runtime error", nil, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "templates", "article.html")
			data, _ := os.ReadFile(p)
			data = bytes.Replace(data, []byte(`{{define "main"}}`), []byte(`{{define "main"}}{{index .NoSuchField 3}}`), 1)
			os.WriteFile(p, data, 0o644)
		}, "NoSuchField"},
		{"unknown key", nil, func(t *testing.T, dir string) {
			p := filepath.Join(dir, "site.yaml")
			data, _ := os.ReadFile(p)
			os.WriteFile(p, append(data, []byte("titel: ভুল\n")...), 0o644)
		}, "site.yaml:"},
		{"bad site.yaml", nil, func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "site.yaml"), []byte("title: [ভাঙা\n"), 0o644)
		}, "site.yaml:"},
		{"output is content", []string{"--out", "content"}, func(*testing.T, string) {}, "overlaps the source folder"},
		{"output is the site", []string{"--out", "."}, func(*testing.T, string) {}, "which a build would replace"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := siteCopy(t)
			out := filepath.Join(dir, "public")
			var stdout, stderr bytes.Buffer
			if code := run([]string{"build", "--site", dir, "--out", out}, &stdout, &stderr); code != 0 {
				t.Fatalf("first build: exit %d: %s", code, stderr.String())
			}
			before, site := testfs.Hash(t, out), testfs.Hash(t, filepath.Join(dir, "content"))
			c.spoil(t, dir)
			args := []string{"build", "--site", dir, "--out", out}
			if c.args != nil {
				args = append([]string{"build", "--site", dir}, c.args...)
				args[len(args)-1] = filepath.Join(dir, args[len(args)-1])
			}
			stderr.Reset()
			if code := run(args, &stdout, &stderr); code != 1 {
				t.Fatalf("exit %d, want 1; stderr: %s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), c.want) {
				t.Errorf("stderr %q lacks %q", stderr.String(), c.want)
			}
			t.Logf("user sees: %s", strings.ReplaceAll(stderr.String(), dir, "SITE"))
			if testfs.Hash(t, out) != before {
				t.Error("the failed build changed the previous output")
			}
			if testfs.Hash(t, filepath.Join(dir, "content")) != site {
				t.Error("the failed build changed content/")
			}
			if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
				t.Errorf("left behind: %q", left)
			}
		})
	}
}
