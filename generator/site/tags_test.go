package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
)

// TestTagURLKeepsItsTag: when a newer article's tag has the slug of an
// older tag ("ভারত চীন", "ভারত-চীন"), the older tag keeps its URL and
// feed, and the newer spelling joins it with a warning. The newer tag
// used to take the plain URL and push the older one to "-2/", so that
// subscribers got another tag's feed (issue 13).
func TestTagURLKeepsItsTag(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"2025-10-01-first.md": "---\ntitle: প্রথম বৈঠক\ndate: 2025-10-01\ntags: [\"ভারত-চীন\"]\n---\nসীমান্ত আলোচনা।\n",
	})
	out := filepath.Join(dir, "public")
	feedOf := func() *gofeed.Feed {
		t.Helper()
		data := mustRead(t, filepath.Join(out, "tags", "ভারত-চীন", "feed.xml"))
		f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	if _, err := build(t, source(t, dir), Options{}, out); err != nil {
		t.Fatal(err)
	}
	before := feedOf().Title

	newer := filepath.Join(dir, "content", "2025-10-09-second.md")
	if err := os.WriteFile(newer, []byte("---\ntitle: দ্বিতীয় বৈঠক\ndate: 2025-10-09\ntags: [\"ভারত চীন\", \"ভারত-চীন\"]\n---\nআবার আলোচনা।\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stats, err := build(t, source(t, dir), Options{}, out)
	if err != nil {
		t.Fatal(err)
	}
	f := feedOf()
	if f.Title != before || !strings.Contains(f.Title, "ভারত-চীন") {
		t.Errorf("tags/ভারত-চীন/feed.xml is now %q, was %q", f.Title, before)
	}
	if len(f.Items) != 2 {
		t.Errorf("the tag's feed has %d items, want both articles", len(f.Items))
	}
	if _, err := os.Stat(filepath.Join(out, "tags", "ভারত-চীন-2")); err == nil {
		t.Error("a second tag page tags/ভারত-চীন-2/ was made")
	}
	var warned bool
	for _, w := range stats.Warnings {
		warned = warned || strings.HasPrefix(w.Error(), "2025-10-09-second.md:4: ") && strings.Contains(w.Error(), `"ভারত চীন"`)
	}
	if !warned {
		t.Errorf("no warning at 2025-10-09-second.md:4 about the two spellings: %v", stats.Warnings)
	}
}
