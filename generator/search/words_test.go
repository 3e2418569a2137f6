package search

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// table is testdata/words.json, which static/js/search-words.js is
// tested against too (generator/internal/searchtest).
type table struct {
	Words []struct {
		Name, Text string
		Words      []string
	}
	Tags []struct {
		Tag, Term string
	}
	Matches []struct {
		Query, Word string
		Match       bool
	}
}

func readTable(t *testing.T) table {
	t.Helper()
	data, err := os.ReadFile("testdata/words.json")
	if err != nil {
		t.Fatal(err)
	}
	var tb table
	if err := json.Unmarshal(data, &tb); err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestWords(t *testing.T) {
	for _, c := range readTable(t).Words {
		got := Words(c.Text)
		if !slices.Equal(got, c.Words) && (len(got) != 0 || len(c.Words) != 0) {
			t.Errorf("%s: Words(%+q) = %+q, want %+q", c.Name, c.Text, got, c.Words)
		}
	}
}

func TestTagTerm(t *testing.T) {
	for _, c := range readTable(t).Tags {
		if got := TagTerm(c.Tag); got != c.Term {
			t.Errorf("TagTerm(%+q) = %+q, want %+q", c.Tag, got, c.Term)
		}
	}
}

func TestMatches(t *testing.T) {
	for _, c := range readTable(t).Matches {
		if got := finds(c.Query, c.Word); got != c.Match {
			t.Errorf("query %s finds %s: %v, want %v", c.Query, c.Word, got, c.Match)
		}
	}
}

func TestBodyTerms(t *testing.T) {
	html := `<h2 id="পুতিনের-সফর">পুতিনের সফর</h2>
<p>ভারত ও <a href="https://example.com/রাশিয়া">রাশি&#x9df;া</a> &amp; <em>ভা</em>রত; ভারত ২০২৪</p>`
	want := "পুতিনের সফর ভারত ও রাশিয়া ভা রত 2024"
	if got := BodyTerms([]byte(html)); got != want {
		t.Errorf("BodyTerms = %+q, want %+q", got, want)
	}
}

// wordsReference is Words done the plain way, pass after pass: NFC,
// joiners out, digits folded and lower case, NFC, split at separators,
// long words dropped.
func wordsReference(text string) []string {
	normal := norm.NFC.String(strings.Map(func(r rune) rune {
		switch {
		case r == '\u200c' || r == '\u200d':
			return -1
		case '০' <= r && r <= '৯':
			return '0' + r - '০'
		}
		return unicode.ToLower(r)
	}, norm.NFC.String(text)))
	var out []string
	for w := range strings.FieldsFuncSeq(normal, isSeparator) {
		if len(w) <= MaxWord {
			out = append(out, w)
		}
	}
	return out
}

// FuzzWords checks what the index relies on: every word is non-empty,
// at most MaxWord bytes, NFC, without a separator; Words is what
// normalizing, then splitting gives, and Words of its own words gives
// them back.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"পুতিন মস্কোয় বললেন।", "স\u09dfাবিন ক\u09c7\u09beল", "সত্\u200dতা ২০২৪", "Cafe\u0301 İstanbul ΣΟΦΟΣ", "<p>a&amp;b</p>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		ws := Words(s)
		for _, w := range ws {
			if w == "" || len(w) > MaxWord || !norm.NFC.IsNormalString(w) || strings.IndexFunc(w, isSeparator) >= 0 {
				t.Fatalf("Words(%+q) has the word %+q", s, w)
			}
		}
		if ref := wordsReference(s); !slices.Equal(ws, ref) {
			t.Fatalf("Words(%+q) = %+q, but normalizing, then splitting gives %+q", s, ws, ref)
		}
		if again := Words(strings.Join(ws, " ")); !slices.Equal(again, ws) {
			t.Fatalf("Words(%+q) = %+q, but Words of those = %+q", s, ws, again)
		}
		BodyTerms([]byte(s))
	})
}
