package gitdate

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// repo makes a git repository in a temporary folder and returns it with a
// function that runs git in it with fixed names and dates.
func repo(t *testing.T) (string, func(args ...string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE=2025-10-03T08:00:00+06:00", "GIT_COMMITTER_DATE=2025-10-03T08:00:00+06:00",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	return dir, git
}

func TestChangedSinceFirst(t *testing.T) {
	dir, git := repo(t)
	content := filepath.Join(dir, "content")
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(content, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("committed.txt", "প্রথম শিরোনাম\n")
	write("desk/edited.txt", "ডেস্কের প্রথম শিরোনাম\n")
	write("same.txt", "একই আছে\n")
	git("add", ".")
	git("commit", "-q", "-m", "first")
	write("committed.txt", "দ্বিতীয় শিরোনাম\n")
	git("commit", "-q", "-am", "second")
	write("desk/edited.txt", "না-কমিট করা শিরোনাম\n")
	write("new.txt", "নতুন, কমিট হয়নি\n")

	first := FirstBlobs(content)
	if len(first) != 3 {
		t.Fatalf("FirstBlobs = %v, want the three committed files", first)
	}
	got := ChangedSinceFirst(content, first)
	want := map[string]string{"committed.txt": "প্রথম শিরোনাম\n", "desk/edited.txt": "ডেস্কের প্রথম শিরোনাম\n"}
	if len(got) != len(want) {
		t.Errorf("changed files %q, want %q", got, want)
	}
	for p, w := range want {
		if string(got[p]) != w {
			t.Errorf("%s: first version %q, want %q", p, got[p], w)
		}
	}
	var c BlobCache
	if got := c.FirstBlobs(content); len(got) != 3 {
		t.Errorf("BlobCache.FirstBlobs = %v, want the three committed files", got)
	}
}

func TestFirstBlobsOutsideGit(t *testing.T) {
	dir := t.TempDir()
	if got := FirstBlobs(dir); len(got) != 0 {
		t.Errorf("got %v outside a git work tree", got)
	}
	if got := ChangedSinceFirst(dir, map[string]string{"a.txt": "0123"}); len(got) != 0 {
		t.Errorf("got %v outside a git work tree", got)
	}
}
