package site

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestHostilePathsStayInside builds articles whose slugs and tags try to
// climb out of the output folder and checks that every written file is
// inside it and nothing appeared beside it.
func TestHostilePathsStayInside(t *testing.T) {
	names := []string{"../../etc", "/abs", `C:\x`, "%2e%2e", "..", ".", "a/../../b", `..\..\win`, "~root", "\\\\server\\share", "con", "nul.txt", ".git", ".digest-output", "%00", "x\u202e.html"}
	files := map[string]string{}
	for i, n := range names {
		q := strings.ReplaceAll(strings.ReplaceAll(n, `\`, `\\`), `"`, `\"`)
		files["2025-10-1"+string(rune('0'+i%10))+"-p"+string(rune('a'+i))+".md"] = "---\ntitle: \"পথ " + string(rune('a'+i)) + "\"\ndate: 2025-10-10\nslug: \"" + q + "\"\ntags: [\"" + q + "\", \"" + q + "/" + q + "\"]\n---\nলেখা।\n"
	}
	dir := writeSite(t, files)
	out := filepath.Join(dir, "sub", "public")
	before := listDir(t, dir)
	stats, err := build(t, source(t, dir), Options{}, out)
	if err != nil {
		// A clear refusal is also acceptable, but it must name the file.
		if !strings.Contains(err.Error(), ".md") {
			t.Fatalf("build failed without naming the file: %v", err)
		}
		t.Logf("refused: %v", err)
	} else if stats.Articles < 3+len(names) {
		t.Errorf("articles = %d, want %d", stats.Articles, 3+len(names))
	}
	written := checkInside(t, out)
	for _, f := range written {
		for _, part := range strings.Split(f, "/") {
			if part == ".." || part == "." || part == "" || strings.ContainsAny(part, "\\:\x00") {
				t.Errorf("written path %q has a bad part %q", f, part)
			}
		}
	}
	after := listDir(t, dir)
	for _, p := range after {
		if !slices.Contains(before, p) && !strings.HasPrefix(p, "sub") {
			t.Errorf("build wrote %s outside the output folder", p)
		}
	}
	sub, _ := os.ReadDir(filepath.Join(dir, "sub"))
	if len(sub) != 1 {
		t.Errorf("the output's parent holds %d entries, want only public", len(sub))
	}
	if _, err := os.Lstat("/abs"); err == nil {
		t.Log("note: /abs exists on this machine")
	}
	t.Logf("%d files written, all inside %s", len(written), out)
}

// listDir lists every path under dir, relative, with '/'.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
		if err == nil {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	return out
}

// TestSymlinksNotFollowed puts symbolic links in content/ that point at an
// article outside the site, at a folder outside it and at a relative path
// that climbs out; the build opens content/ with os.OpenRoot as the
// command does. No text of the outside files may reach the output.
func TestSymlinksNotFollowed(t *testing.T) {
	outside := t.TempDir()
	secret := "---\ntitle: গোপন SECRET-TITLE\ndate: 2025-10-10\n---\nSECRET-BODY লেখা।\n"
	if err := os.WriteFile(filepath.Join(outside, "secret.md"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(outside, "dir"), 0o755)
	os.WriteFile(filepath.Join(outside, "dir", "2025-10-11-inner.md"), []byte(secret), 0o644)
	os.WriteFile(filepath.Join(outside, "passwd.txt"), []byte("SECRET-TEXT শিরোনাম\nSECRET-TEXT অনুচ্ছেদ।\n"), 0o644)

	dir := writeSite(t, nil)
	content := filepath.Join(dir, "content")
	for link, target := range map[string]string{
		"leak.md":      filepath.Join(outside, "secret.md"),
		"leakdir":      filepath.Join(outside, "dir"),
		"relative.txt": "../../" + filepath.Base(outside) + "/passwd.txt",
		"desk/up.md":   "../../../" + filepath.Base(outside) + "/secret.md",
	} {
		if err := os.Symlink(target, filepath.Join(content, link)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	root, err := os.OpenRoot(content)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	src := source(t, dir)
	src.Content = root.FS()
	out := filepath.Join(dir, "public")
	stats, err := build(t, src, Options{}, out)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 3 {
		t.Errorf("articles = %d, want the 3 real ones", stats.Articles)
	}
	var warned int
	for _, w := range stats.Warnings {
		if strings.Contains(w.Error(), "symbolic link") {
			warned++
		}
	}
	if warned != 4 {
		t.Errorf("%d symbolic-link warnings, want 4: %v", warned, stats.Warnings)
	}
	for _, f := range checkInside(t, out) {
		if strings.Contains(string(mustRead(t, filepath.Join(out, f))), "SECRET") {
			t.Errorf("%s holds text from outside the site", f)
		}
	}
}

// TestPagerWindow checks the pager's numbers against their definition:
// the first, the last, and two either side of the current page.
func TestPagerWindow(t *testing.T) {
	for total := 1; total <= 9; total++ {
		for n := 1; n <= total; n++ {
			var want []int
			for k := 1; k <= total; k++ {
				if k == 1 || k == total || (k >= n-2 && k <= n+2) {
					want = append(want, k)
				}
			}
			if got := pagerWindow(n, total); !slices.Equal(got, want) {
				t.Errorf("pagerWindow(%d, %d) = %v, want %v", n, total, got, want)
			}
		}
	}
}
