package gitdate

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	// git log runs newest first: the last commit seen for a file is the
	// one that added it first (a file deleted and re-added keeps its
	// first date and version), and a rename gives the older commits' path
	// of a file.
	const z = "0000000000000000000000000000000000000000"
	add := func(id string) string { return "\n:000000 100644 " + z + " " + strings.Repeat(id, 40) + " A\x00" }
	out := "\x00@2025-10-07T09:00:00+06:00\x00\n:100644 100644 " + strings.Repeat("5", 40) + " " + strings.Repeat("5", 40) + " R100\x00content/খবর.txt\x00content/2025/খবর.txt\x00" +
		"\x00@2025-10-05T09:00:00+06:00\x00" + add("1") + "content/desk/\"উদ্ধৃতি\".txt\x00" + add("2") + "content/খবর.txt\x00" +
		"\x00@2025-10-03T08:00:00+06:00\x00" + add("3") + "content/a\tb.txt\x00" + add("4") + "content/desk/\"উদ্ধৃতি\".txt\x00" + add("6") + "other/x.txt\x00"
	got := parse([]byte(out), "content/")
	want := map[string]time.Time{
		"a\tb.txt":             time.Date(2025, 10, 3, 2, 0, 0, 0, time.UTC),
		"desk/\"উদ্ধৃতি\".txt": time.Date(2025, 10, 3, 2, 0, 0, 0, time.UTC),
		"2025/খবর.txt":         time.Date(2025, 10, 5, 3, 0, 0, 0, time.UTC),
	}
	if len(got.Dates) != len(want) {
		t.Fatalf("got %v, want %v", got.Dates, want)
	}
	for p, w := range want {
		if !got.Dates[p].Equal(w) {
			t.Errorf("%s: %v, want %v", p, got.Dates[p], w)
		}
	}
	for p, id := range map[string]string{"desk/\"উদ্ধৃতি\".txt": "4", "2025/খবর.txt": "2"} {
		if got.Blobs[p] != strings.Repeat(id, 40) {
			t.Errorf("first version of %s = %s, want the first added", p, got.Blobs[p])
		}
	}
}

// repo makes a git repository in a new folder and returns the folder and
// a function that runs git there with commits dated date.
func repo(t *testing.T) (string, func(date string, args ...string)) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := func(date string, args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date,
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("", "init", "-q")
	return dir, git
}

// TestReadFollowsRenames: a file moved with git mv keeps the date and
// the first version it was first committed with, and names with quotes
// or tabs get their date. Both used to fall back to the move's commit or
// to no date at all (issue 13).
func TestReadFollowsRenames(t *testing.T) {
	dir, git := repo(t)
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, "content", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const first, move, later = "2024-01-10T08:00:00+06:00", "2024-06-01T08:00:00+06:00", "2024-07-01T08:00:00+06:00"
	write("plain.txt", "পুতিনের ভারত সফর\nক্রেমলিন জানিয়েছে, সফর ডিসেম্বরে।\n")
	write(`"উদ্ধৃতি" সহ.txt`, "উদ্ধৃতি\nলেখা এক।\n")
	write("ট্যাব\tসহ.txt", "ট্যাব\nলেখা দুই।\n")
	git(first, "add", "-A")
	git(first, "commit", "-q", "-m", "add")
	if err := os.Mkdir(filepath.Join(dir, "content", "2024"), 0o755); err != nil {
		t.Fatal(err)
	}
	git(move, "mv", "content/plain.txt", "content/2024/plain.txt")
	git(move, "commit", "-q", "-m", "move")
	write("plain.txt", "নতুন লেখা\nআগের নামে, অন্য লেখা।\n")
	git(later, "add", "-A")
	git(later, "commit", "-q", "-m", "a new file under the old name")

	hist := Read(filepath.Join(dir, "content"))
	got := hist.Dates
	firstID, err := exec.Command("git", "-C", dir, "rev-parse", "HEAD~2:content/plain.txt").Output()
	if h := hist.Blobs["2024/plain.txt"]; err != nil || h != strings.TrimSpace(string(firstID)) {
		t.Errorf("the moved file's first version is %s, not the one first committed (%s, %v)", h, firstID, err)
	}
	for name, date := range map[string]string{
		"2024/plain.txt":   first,
		`"উদ্ধৃতি" সহ.txt`: first,
		"ট্যাব\tসহ.txt":    first,
		"plain.txt":        later,
	} {
		want, _ := time.Parse(time.RFC3339, date)
		if !got[name].Equal(want) {
			t.Errorf("%q: %v, want %v", name, got[name], want)
		}
	}
}

func TestReadOutsideGit(t *testing.T) {
	if got := Read(t.TempDir()).Dates; len(got) != 0 {
		t.Errorf("got %v outside a git work tree", got)
	}
}

func TestCacheFollowsHead(t *testing.T) {
	dir, git := repo(t)
	const date = "2025-10-03T08:00:00+06:00"
	add := func(name string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte("লেখা\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		git(date, "add", name)
		git(date, "commit", "-q", "-m", "add "+name)
	}
	var c Cache
	if got := c.Read(dir).Dates; len(got) != 0 {
		t.Fatalf("before any commit: %v", got)
	}
	add("a.txt")
	first := c.Read(dir).Dates
	if len(first) != 1 {
		t.Fatalf("after one commit: %v", first)
	}
	// an uncommitted edit moves no date: the same map comes back
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("নতুন\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if again := c.Read(dir).Dates; reflect.ValueOf(again).Pointer() != reflect.ValueOf(first).Pointer() {
		t.Error("git log ran again without a new commit")
	}
	add("b.txt")
	if got := c.Read(dir).Dates; len(got) != 2 {
		t.Errorf("after a second commit: %v, want a.txt and b.txt", got)
	}
}
