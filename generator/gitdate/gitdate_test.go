package gitdate

import (
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
