package gitdate

import (
	"os"
	"path/filepath"
	"testing"
)

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
	const date = "2025-10-03T08:00:00+06:00"
	git(date, "add", ".")
	git(date, "commit", "-q", "-m", "first")
	write("committed.txt", "দ্বিতীয় শিরোনাম\n")
	git(date, "commit", "-q", "-am", "second")
	write("desk/edited.txt", "না-কমিট করা শিরোনাম\n")
	write("new.txt", "নতুন, কমিট হয়নি\n")

	first := Read(content).Blobs
	if len(first) != 3 {
		t.Fatalf("Read(…).Blobs = %v, want the three committed files", first)
	}
	if id := BlobID([]byte("একই আছে\n"), first["same.txt"]); id != first["same.txt"] {
		t.Errorf("BlobID of same.txt = %s, git says %s", id, first["same.txt"])
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
}

func TestChangedSinceFirstOutsideGit(t *testing.T) {
	dir := t.TempDir()
	if got := Read(dir).Blobs; len(got) != 0 {
		t.Errorf("got %v outside a git work tree", got)
	}
	if got := ChangedSinceFirst(dir, map[string]string{"a.txt": "0123"}); len(got) != 0 {
		t.Errorf("got %v outside a git work tree", got)
	}
}
