package convert

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

var update = flag.Bool("update", false, "rewrite the golden testdata/*.md files")

// goldenDate is the date stamped into every golden file.
var goldenDate = time.Date(2025, 10, 3, 0, 0, 0, 0, time.FixedZone("Asia/Dhaka", 6*60*60))

// goldenInputs are the text files of the golden tests: testdata/*.txt
// and the intake corpus testdata/intake/*.txt, one or two patterns of
// real newsroom files each (issue 12).
func goldenInputs(t testing.TB) []string {
	var inputs []string
	for _, glob := range []string{"*.txt", "intake/*.txt"} {
		in, err := filepath.Glob(filepath.Join("testdata", glob))
		if err != nil || len(in) == 0 {
			t.Fatalf("no testdata/%s: %v", glob, err)
		}
		inputs = append(inputs, in...)
	}
	return inputs
}

// TestGolden converts every golden input and compares the result with the
// .md file beside it (the Markdown, or "error: …" for input that must
// fail) and the warnings with the .warn file, as an editor sees them.
// Rewrite them with go test ./generator/convert -update and read the diff.
func TestGolden(t *testing.T) {
	for _, in := range goldenInputs(t) {
		name := strings.TrimPrefix(strings.TrimSuffix(in, ".txt"), "testdata"+string(filepath.Separator))
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			var got []byte
			var warns strings.Builder
			if a, err := Parse(filepath.Base(in), src); err != nil {
				got = []byte("error: " + err.Error() + "\n")
			} else {
				got = a.Markdown(goldenDate)
				checkRendersLiterally(t, a)
				for _, w := range a.Warnings {
					warns.WriteString(w.Error() + "\n")
				}
			}
			testfs.Golden(t, strings.TrimSuffix(in, ".txt")+".md", got, *update)
			testfs.Golden(t, strings.TrimSuffix(in, ".txt")+".warn", []byte(warns.String()), *update)
		})
	}
}

// checkRendersLiterally renders the body with every renderer and checks
// that the reader sees each block's text as typed.
func checkRendersLiterally(t *testing.T, a *Article) {
	t.Helper()
	want := blockPage(a.Blocks)
	for _, r := range renderers {
		if got := render(t, r.md, a.Body()); !slices.Equal(got, want) {
			t.Errorf("%s renders the body as\n%v\nwant\n%v", r.name, got, want)
		}
	}
}

// TestSeed checks the facts the issue asks of the seed article.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("seed.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	var headings, paragraphs int
	for _, b := range a.Blocks {
		if b.Kind == Heading {
			headings++
		} else {
			paragraphs++
		}
	}
	wantTags := []string{"রাশিয়া", "ভারত", "পুতিন", "মোদি", "কূটনীতি", "আন্তর্জাতিকসম্পর্ক",
		"পারমাণবিকবিদ্যুৎকেন্দ্র", "জ্বালানিবাণিজ্য", "ইউক্রেনযুদ্ধ", "সারাক্ষণরিপোর্ট"}
	switch {
	case a.Title == "" || a.TitleLine != 0:
		t.Errorf("title %d %q, want one derived from the lead", a.TitleLine, a.Title)
	case headings != 5 || paragraphs != 10:
		t.Errorf("%d headings and %d paragraphs, want 5 and 10", headings, paragraphs)
	case !slices.Equal(a.Tags, wantTags) || a.TagLine != 18:
		t.Errorf("tags %v on line %d, want %v on line 18", a.Tags, a.TagLine, wantTags)
	case a.Author != "সারাক্ষণ রিপোর্ট":
		t.Errorf("author %q, want সারাক্ষণ রিপোর্ট", a.Author)
	case !strings.HasPrefix(a.Lead, "রাশিয়ার ক্রেমলিন জানিয়েছে,") || a.Blocks[0].Line != 1:
		t.Errorf("lead %q on line %d", a.Lead, a.Blocks[0].Line)
	}
	md := string(a.Markdown(goldenDate))
	if n := strings.Count(md, "\n## "); n != 5 {
		t.Errorf("Markdown has %d ## headings, want 5", n)
	}
}
