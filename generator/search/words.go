// Package search builds the site's search index: a static index, written
// as ordinary files of the build, that static/js/search.js reads in the
// browser. The package is pure: articles' terms in, files out.
//
// Search is exact for Bengali. Both the index and the query go through
// Words, which static/js/search-words.js mirrors letter for
// letter (testdata/words.json is the table both are tested against), so
// a word is found only where it is spelled with the same letters, vowel
// signs, hasanta and nukta: পতন never finds পুতিন, সততা never finds সত্তা.
package search

import (
	"html"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sarakhon/digest/generator/bangla"
)

// normalize returns s as the index spells it, its words separated by one
// space: NFC, without ZWJ or ZWNJ (which only choose a glyph's shape), in
// lower case, with Bengali digits as ASCII digits, every run of
// separators (see Words) one space. Folding the digits lets ২০২৪ find
// 2024 and the other way round: a site may print either (digits: in
// site.yaml), editors type both, and a Bengali keyboard types Bengali
// digits. ASCII is the form kept because it takes one byte, not three.
//
// Unlike bangla.TagKey, ত + hasanta + ZWJ stays ত + hasanta: in running
// text it is more often a conjunct typed with a stray joiner than the old
// spelling of ৎ. Runs of runes that stay as they are, most of a Bengali
// text, are copied whole.
func normalize(s string) string {
	s = bangla.NFC(s)
	var b strings.Builder
	b.Grow(len(s))
	again := false // NFC is needed again: a joiner was removed or a letter lowered
	space := true  // the last byte written is a space (or nothing is)
	kept := 0      // s[kept:i] is to be copied as it is
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		c := class(r)
		if c == other {
			i += size
			space = false
			continue
		}
		b.WriteString(s[kept:i])
		switch c {
		case joiner:
			again = true
		case separator:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case digit:
			b.WriteByte(byte('0' + r - '০'))
			space = false
		case upper:
			lower := unicode.ToLower(r)
			again = again || r >= utf8.RuneSelf
			b.WriteRune(lower)
			space = false
		}
		i += size
		kept = i
	}
	b.WriteString(s[kept:])
	out := strings.TrimSuffix(b.String(), " ")
	if again {
		return bangla.NFC(out)
	}
	return out
}

// The classes of runes that normalize tells apart.
const (
	other     = iota // a letter, mark or number that stays as it is
	upper            // a letter that lower case changes
	separator        // not a letter, mark or number
	joiner           // ZWJ or ZWNJ
	digit            // a Bengali digit
)

// classes holds the class of every rune below U+0A00 (ASCII, Latin,
// Devanagari's danda, Bengali), looked up once: the unicode tables'
// search was most of the cost of an article's terms.
var classes = func() (t [0xA00]uint8) {
	for r := range rune(len(t)) {
		t[r] = classOf(r)
	}
	return t
}()

func class(r rune) uint8 {
	if r < rune(len(classes)) {
		return classes[r]
	}
	return classOf(r)
}

func classOf(r rune) uint8 {
	switch {
	case r == bangla.ZWJ || r == bangla.ZWNJ:
		return joiner
	case '০' <= r && r <= '৯':
		return digit
	case isSeparator(r):
		return separator
	case unicode.ToLower(r) != r:
		return upper
	}
	return other
}

// MaxWord is the longest word, in bytes, that the index holds: longer
// runs of letters are not words a reader types.
const MaxWord = 100

// Words returns the words of text, normalized, in order, repeats kept: the
// runs of letters, marks and numbers (Unicode L, M and N); anything else
// separates words.
func Words(text string) []string {
	var out []string
	for w := range strings.SplitSeq(normalize(text), " ") {
		if w != "" && len(w) <= MaxWord {
			out = append(out, w)
		}
	}
	return out
}

func isSeparator(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsNumber(r)
}

// TagTerm is the term that stands for a hashtag in the index: # and the
// tag's key, which no word can be, since Words splits at #. A tag is
// found only whole, by the tag filter.
func TagTerm(tag string) string { return "#" + bangla.TagKey(tag) }

// BodyTerms returns the distinct words of the text of rendered HTML, in
// the order they first appear, separated by spaces: one string per
// article, which costs the build's cache far less memory than a slice
// (16 bytes a word more). The text of tags' attributes (link URLs,
// heading ids) is not text.
func BodyTerms(htmlText []byte) string {
	seen := seenPool.Get().(map[string]struct{})
	defer func() {
		clear(seen)
		seenPool.Put(seen)
	}()
	var b strings.Builder
	for w := range strings.SplitSeq(normalize(htmlToText(htmlText)), " ") {
		if _, dup := seen[w]; dup || w == "" || len(w) > MaxWord {
			continue
		}
		seen[w] = struct{}{}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

var seenPool = sync.Pool{New: func() any { return map[string]struct{}{} }}

// htmlToText returns the text of an HTML fragment, each tag replaced by
// a space and character references decoded.
func htmlToText(h []byte) string {
	var b strings.Builder
	b.Grow(len(h))
	for len(h) > 0 {
		lt := slices.Index(h, '<')
		if lt < 0 {
			lt = len(h)
		}
		b.Write(h[:lt])
		h = h[lt:]
		if len(h) == 0 {
			break
		}
		gt := slices.Index(h, '>')
		if gt < 0 {
			break
		}
		b.WriteByte(' ')
		h = h[gt+1:]
	}
	s := b.String()
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}
