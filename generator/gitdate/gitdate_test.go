package gitdate

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	// git log runs newest first: the last date seen for a path is the
	// commit that added it first (a file deleted and re-added keeps its
	// first date).
	out := "\x002025-10-05T09:00:00+06:00\n\ncontent/desk/খবর.txt\n" +
		"\x002025-10-03T08:00:00+06:00\n\ncontent/a.txt\ncontent/desk/খবর.txt\nother/x.txt\n"
	got := parse([]byte(out), "content/")
	want := map[string]time.Time{
		"a.txt":        time.Date(2025, 10, 3, 2, 0, 0, 0, time.UTC),
		"desk/খবর.txt": time.Date(2025, 10, 3, 2, 0, 0, 0, time.UTC),
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for p, w := range want {
		if !got[p].Equal(w) {
			t.Errorf("%s: %v, want %v", p, got[p], w)
		}
	}
}

func TestFirstAddedOutsideGit(t *testing.T) {
	if got := FirstAdded(t.TempDir()); len(got) != 0 {
		t.Errorf("got %v outside a git work tree", got)
	}
}

func TestCacheFollowsHead(t *testing.T) {
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
	add := func(name string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte("লেখা\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		git("add", name)
		git("commit", "-q", "-m", "add "+name)
	}
	git("init", "-q")
	var c Cache
	if got := c.FirstAdded(dir); len(got) != 0 {
		t.Fatalf("before any commit: %v", got)
	}
	add("a.txt")
	first := c.FirstAdded(dir)
	if len(first) != 1 {
		t.Fatalf("after one commit: %v", first)
	}
	// an uncommitted edit moves no date: the same map comes back
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("নতুন\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again := c.FirstAdded(dir); reflect.ValueOf(again).Pointer() != reflect.ValueOf(first).Pointer() {
		t.Error("git log ran again without a new commit")
	}
	add("b.txt")
	if got := c.FirstAdded(dir); len(got) != 2 {
		t.Errorf("after a second commit: %v, want a.txt and b.txt", got)
	}
}
