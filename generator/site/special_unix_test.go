//go:build unix

package site

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNamedPipesAreSkipped puts a named pipe called *.txt in content/ and
// one called *.css in static/: reading either would wait for a writer
// forever. The build skips both with a warning naming them.
func TestNamedPipesAreSkipped(t *testing.T) {
	dir := writeSite(t, nil)
	if err := syscall.Mkfifo(filepath.Join(dir, "content", "2025-10-20-pipe.txt"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	static := t.TempDir()
	os.WriteFile(filepath.Join(static, "site.css"), []byte("body{}"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(static, "pipe.css"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := source(t, dir)
	src.Static = os.DirFS(static)
	type result struct {
		stats Stats
		err   error
	}
	done := make(chan result, 1)
	go func() {
		stats, err := build(t, src, Options{}, filepath.Join(dir, "public"))
		done <- result{stats, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(time.Minute): // a liveness bound, not a timing claim
		t.Fatal("the build hangs on a named pipe")
	}
	if r.err != nil {
		t.Fatal(r.err)
	}
	var warns []string
	for _, w := range r.stats.Warnings {
		warns = append(warns, w.Error())
	}
	all := strings.Join(warns, "\n")
	for _, want := range []string{"2025-10-20-pipe.txt: সাধারণ ফাইল নয়", "not a regular file", "static/pipe.css: not a regular file"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}

// TestInvalidUTF8Names puts a file whose name is not UTF-8 (as a legacy
// program saves it) in content/ and in static/: no fs.FS can open it, and
// the build fails with the name quoted and what to do, in Bengali and
// English, instead of "stat …: invalid argument".
func TestInvalidUTF8Names(t *testing.T) {
	for _, c := range []struct{ folder, shown string }{
		{"content", `"2025-10-20-\xff\xfe.txt"`},
		{"static", `"static/2025-10-20-\xff\xfe.txt"`},
	} {
		t.Run(c.folder, func(t *testing.T) {
			dir := writeSite(t, nil)
			static := t.TempDir()
			os.WriteFile(filepath.Join(static, "site.css"), []byte("body{}"), 0o644)
			base := static
			if c.folder == "content" {
				base = filepath.Join(dir, "content")
			}
			if err := os.WriteFile(filepath.Join(base, "2025-10-20-\xff\xfe.txt"), []byte("শিরোনাম\nলেখা।\n"), 0o644); err != nil {
				t.Skipf("this file system refuses such names: %v", err)
			}
			src := source(t, dir)
			src.Static = os.DirFS(static)
			_, err := build(t, src, Options{}, filepath.Join(dir, "public"))
			if err == nil {
				t.Fatal("built a site without the file")
			}
			for _, want := range []string{c.shown, "বৈধ UTF-8 নয়", "rename it"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error lacks %q:\n%v", want, err)
				}
			}
		})
	}
}
