package convert

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/bangla"
	"gopkg.in/yaml.v3"
)

// FuzzParse checks, for any bytes: Parse never panics and fails only with
// an *Error; the body renders back to exactly the block texts; every word
// of the text shows on the page (title, body, byline) or, on a hashtag
// line, among the tags; and the front matter reads back unchanged.
// Seeds: the golden inputs and testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, in := range goldenInputs(f) {
		src, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := Parse("fuzz.txt", src)
		if err != nil {
			if _, ok := errors.AsType[*Error](err); !ok {
				t.Fatalf("Parse error %T %v is not an *Error", err, err)
			}
			return
		}
		if a.Title == "" || len(a.Blocks) == 0 || a.Blocks[0].Kind != Paragraph ||
			a.Lead != strings.ReplaceAll(a.Blocks[0].Text, "\n", " ") {
			t.Fatalf("malformed article %+v", a)
		}
		body := a.Body()
		var page strings.Builder
		page.WriteString(strings.Join([]string{a.Title, a.Kicker, a.Author, a.Dateline, a.Caption, ""}, "\n"))
		for _, r := range renderers {
			got := render(t, r.md, body)
			if want := blockPage(a.Blocks); !slices.Equal(got, want) {
				t.Fatalf("%s renders %q as\n%v\nwant\n%v", r.name, body, got, want)
			}
			if r.name == "gfm" {
				for _, el := range got {
					page.WriteString(el.text + "\n")
				}
			}
		}
		checkWords(t, src, a, page.String())
		checkFrontMatter(t, a)
	})
}

// checkWords checks that every word of the source is on the page, and that
// every tag of a hashtag line is one of the article's tags. Parse may
// leave out, with a warning, a date line (also after a byline's '|') and
// a line of only '#'; list
// markers and the formatting marks around a whole line are not words.
func checkWords(t *testing.T, src []byte, a *Article, page string) {
	text, _, err := Decode(src)
	if err != nil {
		t.Fatalf("Parse succeeded but Decode fails: %v", err)
	}
	keys := make(map[string]bool)
	for _, tag := range a.Tags {
		keys[bangla.TagKey(tag)] = true
	}
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimFunc(line, isBlank)
		if isDateLine(line) {
			continue
		}
		if credit, date := splitCredit(line); date != "" {
			line = credit
		}
		if d, rest, ok := datelineAt(line); ok && d == a.Dateline {
			line = rest // the dateline is on the page on its own
		}
		tags, looks := hashtags(line)
		if looks && tags == nil && strings.IndexFunc(line, isWordRune) < 0 {
			continue // a hashtag line without a tag is left out
		}
		if tags != nil {
			for _, tag := range tags {
				if !keys[bangla.TagKey(tag)] {
					t.Fatalf("tag %q of line %q is missing from %q", tag, line, a.Tags)
				}
			}
			continue
		}
		for _, w := range strings.Fields(strings.ReplaceAll(line, string(softBreak), " ")) {
			w = strings.Trim(w, "*_~")
			if w == "" || listMarker(w+" x").family != noList {
				continue
			}
			if !strings.Contains(page, w) {
				t.Fatalf("word %q of line %q is missing from the page:\n%s", w, line, page)
			}
		}
	}
}

// checkFrontMatter reads the front matter back with yaml.v3.
func checkFrontMatter(t *testing.T, a *Article) {
	date := time.Date(2025, 10, 3, 12, 30, 15, 999, time.FixedZone("", 6*60*60))
	md := string(a.Markdown(date))
	rest, ok := strings.CutPrefix(md, "---\n")
	yamlText, body, ok2 := strings.Cut(rest, "\n---\n\n")
	if !ok || !ok2 || body != a.Body() {
		t.Fatalf("Markdown is not front matter + body:\n%s", md)
	}
	var fm struct {
		Title   string
		Date    time.Time
		Tags    []string
		Author  string
		Summary string
	}
	if err := yaml.Unmarshal([]byte(yamlText), &fm); err != nil {
		t.Fatalf("front matter does not read back: %v\n%s", err, yamlText)
	}
	tags := a.Tags
	if tags == nil {
		tags = []string{}
	}
	if fm.Title != a.Title || !fm.Date.Equal(date.Truncate(time.Second)) || !slices.Equal(fm.Tags, tags) ||
		fm.Author != a.Author || fm.Summary != a.Lead {
		t.Fatalf("front matter reads back as %+v\n%s", fm, yamlText)
	}
}
