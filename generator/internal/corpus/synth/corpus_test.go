package synth

import (
	"bytes"
	"flag"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/internal/testfs"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func newGen(t testing.TB, seed uint64) *Generator {
	t.Helper()
	g, err := New(Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestDeterministic(t *testing.T) {
	a, b := newGen(t, 1), newGen(t, 1)
	for n := 1; n <= 50; n++ {
		da, db := a.Article(n), b.Article(n)
		if !bytes.Equal(da.Text(), db.Text()) || !bytes.Equal(da.Markdown(), db.Markdown()) {
			t.Fatalf("article %d differs between two generators with seed 1", n)
		}
	}
	// Order does not matter: article 7 is the same made alone.
	if !bytes.Equal(newGen(t, 1).Article(7).Text(), a.Article(7).Text()) {
		t.Error("article 7 depends on the articles made before it")
	}
	if bytes.Equal(newGen(t, 2).Article(1).Text(), a.Article(1).Text()) {
		t.Error("seeds 1 and 2 give the same article 1")
	}
}

// TestGolden pins article 1 of seed 1 in both formats, so that any change
// of output shows up in review. Rewrite with go test -update.
func TestGolden(t *testing.T) {
	d := newGen(t, 1).Article(1)
	for name, got := range map[string][]byte{
		"seed1-00001.txt": d.Text(),
		"seed1-00001.md":  d.Markdown(),
	} {
		testfs.Golden(t, filepath.Join("testdata", name), got, *update)
	}
}

func bodySize(d Doc) int {
	n := len(d.Lead) + 1
	for _, s := range d.Sections {
		n += len(s.Heading) + 1
		for _, p := range s.Paragraphs {
			n += len(p) + 1
		}
	}
	return n
}

func TestSize(t *testing.T) {
	g := newGen(t, 1)
	const n = 300
	total := 0
	for i := 1; i <= n; i++ {
		d := g.Article(i)
		size := bodySize(d)
		total += size
		if size < 3500 || size > 6500 {
			t.Errorf("article %d: body of %d bytes, want 5 KB ± 30%%", i, size)
		}
		if k := len(d.Sections); k < 3 || k > 6 {
			t.Errorf("article %d: %d subheadings, want 3–6", i, k)
		}
	}
	if mean := total / n; mean < 4500 || mean > 5500 {
		t.Errorf("mean body size %d bytes, want about 5 000", mean)
	}
}

func TestTags(t *testing.T) {
	g := newGen(t, 1)
	precomposed := 0
	for i := 1; i <= 1000; i++ {
		d := g.Article(i)
		if k := len(d.Tags); k < minTags || k > maxTags {
			t.Errorf("article %d: %d tags, want 3–10", i, k)
		}
		keys := map[string]bool{}
		for _, tag := range d.Tags {
			key := bangla.TagKey(tag)
			if keys[key] {
				t.Errorf("article %d: tag %q twice", i, tag)
			}
			keys[key] = true
			if !slices.Contains(g.Pool(), key) {
				t.Errorf("article %d: tag %q is not in the pool", i, tag)
			}
			for _, r := range tag {
				if !bangla.IsTagRune(r) {
					t.Errorf("article %d: tag %q has %U, not a tag rune", i, tag, r)
				}
			}
			if strings.ContainsRune(tag, '\u09DF') {
				precomposed++
			}
		}
	}
	if precomposed == 0 {
		t.Error("no tag spelled with precomposed য় (U+09DF) in 1 000 articles")
	}
}

// TestZipf checks that tag popularity is skewed: the most popular tag is
// in far more articles than the median tag of the pool.
func TestZipf(t *testing.T) {
	g := newGen(t, 1)
	count := map[string]int{}
	for i := 1; i <= 2000; i++ {
		for _, tag := range g.Article(i).Tags {
			count[bangla.TagKey(tag)]++
		}
	}
	counts := make([]int, len(g.Pool()))
	for i, tag := range g.Pool() {
		counts[i] = count[tag]
	}
	top := counts[0]
	slices.Sort(counts)
	median := max(counts[len(counts)/2], 1)
	if top != counts[len(counts)-1] || top < 20*median {
		t.Errorf("top tag %q in %d articles, median tag in %d: want the first tag of the pool most popular and ≥ 20× the median",
			g.Pool()[0], top, median)
	}
}

func TestPool(t *testing.T) {
	for _, size := range []int{10, DefaultTags, 1000} {
		pool := tagPool(size)
		if len(pool) != size {
			t.Errorf("tagPool(%d) has %d tags", size, len(pool))
		}
		keys := map[string]bool{}
		for _, tag := range pool {
			if keys[bangla.TagKey(tag)] {
				t.Errorf("tagPool(%d): %q twice", size, tag)
			}
			keys[bangla.TagKey(tag)] = true
		}
	}
	if _, err := New(Options{Tags: 9}); err == nil {
		t.Error("New accepted a pool of 9 tags; an article needs up to 10")
	}
}

// isFinalPunct reports whether r ends a sentence or clause, so that a
// line ending in it is not a subheading (see the text format in issue 3).
func isFinalPunct(r rune) bool { return strings.ContainsRune("।॥!.:;,”\"?", r) }

func TestTextFormat(t *testing.T) {
	g := newGen(t, 1)
	for i := 1; i <= 200; i++ {
		d := g.Article(i)
		text := string(d.Text())
		if !strings.HasSuffix(text, "\n") || strings.HasSuffix(text, "\n\n") {
			t.Fatalf("article %d: must end with exactly one newline", i)
		}
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		last, tagLine := lines[len(lines)-1], lines[len(lines)-2]
		if last != d.Byline || utf8.RuneCountInString(last) > 40 || isFinalPunct(lastRune(last)) {
			t.Errorf("article %d: last line %q is not a byline", i, last)
		}
		fields := strings.Fields(tagLine)
		if len(fields) != len(d.Tags) {
			t.Errorf("article %d: second-last line %q is not the hashtag line", i, tagLine)
		}
		for _, f := range fields {
			if !strings.HasPrefix(f, "#") || strings.IndexFunc(f[1:], func(r rune) bool { return !bangla.IsTagRune(r) }) >= 0 {
				t.Errorf("article %d: %q in the hashtag line is not a #tag", i, f)
			}
		}
		if lines[0] != d.Lead || !isParagraph(lines[0]) {
			t.Errorf("article %d: first line %q is not the lead", i, lines[0])
		}
		headings := 0
		body := lines[1 : len(lines)-2]
		for j, line := range body {
			switch {
			case line == "":
				continue
			case line != strings.TrimSpace(line):
				t.Errorf("article %d: line %q has surrounding space", i, line)
			case isParagraph(line):
				if k := strings.Count(line, "।"); k < 2 || k > 5 {
					t.Errorf("article %d: paragraph of %d sentences, want 2–5: %q", i, k, line)
				}
			default:
				headings++
				if isFinalPunct(lastRune(line)) || utf8.RuneCountInString(line) > 80 ||
					strings.ContainsAny(line[:1], "“\"") {
					t.Errorf("article %d: %q is neither a paragraph nor a subheading", i, line)
				}
				if j+1 == len(body) || !isParagraph(body[j+1]) {
					t.Errorf("article %d: subheading %q is not followed by a paragraph line", i, line)
				}
			}
		}
		if headings != len(d.Sections) {
			t.Errorf("article %d: %d subheading lines, want %d", i, headings, len(d.Sections))
		}
		if body := strings.Join(lines[:len(lines)-2], "\n"); !norm.NFC.IsNormalString(body) {
			t.Errorf("article %d: text is not NFC", i)
		}
	}
}

// isParagraph reports whether line ends a sentence: with । or, closing a
// quotation as in the seed, with ।”.
func isParagraph(line string) bool {
	return strings.HasSuffix(line, "।") || strings.HasSuffix(line, "।”")
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func TestMarkdown(t *testing.T) {
	g := newGen(t, 1)
	for i := 1; i <= 200; i++ {
		d := g.Article(i)
		md := string(d.Markdown())
		front, body, ok := strings.Cut(strings.TrimPrefix(md, "---\n"), "\n---\n")
		if !ok || !strings.HasPrefix(md, "---\n") {
			t.Fatalf("article %d: no front matter", i)
		}
		var fm struct {
			Title   string
			Date    time.Time
			Slug    string
			Tags    []string
			Author  string
			Summary string
		}
		dec := yaml.NewDecoder(strings.NewReader(front))
		dec.KnownFields(true)
		if err := dec.Decode(&fm); err != nil {
			t.Fatalf("article %d: front matter: %v\n%s", i, err, front)
		}
		if fm.Title != d.Title || !fm.Date.Equal(d.Date) || fm.Slug != d.Slug() ||
			!slices.Equal(fm.Tags, d.Tags) || fm.Author != d.Byline || fm.Summary != d.Lead {
			t.Errorf("article %d: front matter does not round-trip: %+v", i, fm)
		}
		if !strings.Contains(front, "+06:00\n") {
			t.Errorf("article %d: date is not RFC 3339 in +06:00", i)
		}
		if k := strings.Count(body, "\n## "); k != len(d.Sections) {
			t.Errorf("article %d: %d ## headings, want %d", i, k, len(d.Sections))
		}
		if strings.ContainsAny(strings.ReplaceAll(body, "\n## ", "\n"), "*_`[]<>&#|\\$") {
			t.Errorf("article %d: body has Markdown syntax characters", i)
		}
	}
}

// TestTitlesUnique checks that the (country, country, topic) triple that
// starts every title is unique over all article numbers up to titleKeys(),
// and short enough to survive a title cut at about 80 characters.
func TestTitlesUnique(t *testing.T) {
	g := newGen(t, 1)
	keys := titleKeys()
	if keys < 90000 {
		t.Errorf("only %d title keys; corpora of up to 90 000 articles need unique titles", keys)
	}
	nc := len(countries)
	seen := make([]bool, nc*nc*len(topics))
	for n := 1; n <= int(keys); n++ {
		c1, c2, topic := g.titleKey(n)
		if c1 == c2 {
			t.Fatalf("article %d: one country twice in the title key", n)
		}
		idx := (c1*nc+c2)*len(topics) + topic
		if seen[idx] {
			t.Fatalf("article %d repeats a title key", n)
		}
		seen[idx] = true
	}
	longest := func(ws []string) int {
		m := 0
		for _, w := range ws {
			m = max(m, utf8.RuneCountInString(w))
		}
		return m
	}
	if n := 2*longest(countries) + len(" ও ") + 1 + longest(topics); n > 70 {
		t.Errorf("a title key can take %d characters; a title cut at 80 could lose it", n)
	}
}

func TestVocabulary(t *testing.T) {
	lists := [][]string{countries, cities, topics, roles, ministries, organizations, months,
		bylines, leadEnds, headings, sentences, tagHeads, tagTails, onsets, surnames}
	for _, list := range lists {
		for _, s := range list {
			if !norm.NFC.IsNormalString(s) {
				t.Errorf("%q is not NFC", s)
			}
			if strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
				t.Errorf("%q has stray spaces", s)
			}
		}
	}
	for _, s := range sentences {
		if !isParagraph(s) {
			t.Errorf("sentence %q does not end with ।", s)
		}
	}
	for _, s := range headings {
		if isFinalPunct(lastRune(s)) {
			t.Errorf("heading %q ends with punctuation", s)
		}
	}
	for _, s := range bylines {
		if isFinalPunct(lastRune(s)) || unicode.IsSpace(lastRune(s)) {
			t.Errorf("byline %q ends with punctuation", s)
		}
	}
}

func TestNames(t *testing.T) {
	d := Doc{Number: 42, Date: time.Date(2025, time.March, 4, 14, 5, 0, 0, Dhaka)}
	for _, c := range []struct{ got, want string }{
		{d.TextName(), "2025-03-04-00042.txt"},
		{d.MarkdownName(), "2025/00042.md"},
		{d.Slug(), "a-00042"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	g := newGen(t, 1)
	first := End.AddDate(0, 0, -spanDays)
	perDay := map[string]int{}
	for i := 1; i <= 3000; i++ {
		d := g.Article(i).Date
		if d.Before(first) || !d.Before(End) {
			t.Errorf("article %d: date %v outside [%v, %v)", i, d, first, End)
		}
		perDay[d.Format(time.DateOnly)]++
	}
	busiest := 0
	for _, n := range perDay {
		busiest = max(busiest, n)
	}
	if busiest < 3 {
		t.Errorf("at most %d articles on one day, want several on some days", busiest)
	}
}

func BenchmarkArticle(b *testing.B) {
	g := newGen(b, 1)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Article(i%30000 + 1).Text()
	}
}

// TestOpenVocabulary checks that the open vocabulary's words are distinct
// NFC Bengali, and that inflection and names keep them NFC.
func TestOpenVocabulary(t *testing.T) {
	seen := map[string]uint64{}
	for rank := range uint64(200_000) {
		w := word(rank)
		if other, dup := seen[w]; dup {
			t.Fatalf("ranks %d and %d are both %q", other, rank, w)
		}
		seen[w] = rank
		if !norm.NFC.IsNormalString(w) {
			t.Fatalf("word(%d) = %q is not NFC", rank, w)
		}
	}
	l := newLexicon(rand.New(rand.NewPCG(1, 2)))
	for range 5000 {
		for _, w := range []string{l.word(), l.person(), l.place()} {
			if !norm.NFC.IsNormalString(w) || strings.Contains(w, "\u09be\u09be") {
				t.Fatalf("%q is not NFC Bengali", w)
			}
			for i, r := range w {
				if isVowelSign(r) && i+utf8.RuneLen(r) < len(w) && isVowelSign(firstRune(w[i+utf8.RuneLen(r):])) {
					t.Fatalf("%q has two vowel signs in a row", w)
				}
			}
		}
	}
}

// TestHeaps checks the calibration the corpus command states, at a size a
// test can afford: 1 000 articles have tens of thousands of word forms and
// hundreds of tags, as real news does, and bodies of about 5 KB.
func TestHeaps(t *testing.T) {
	c := Count(newGen(t, 1), 1000)
	if c.Forms < 15_000 || c.Tags < 500 || c.BodyBytes/1000 < 4500 || c.BodyBytes/1000 > 5500 {
		t.Errorf("1 000 articles: %d word forms, %d tags, %d bytes a body; want ≥ 15 000, ≥ 500, about 5 000",
			c.Forms, c.Tags, c.BodyBytes/1000)
	}
}
