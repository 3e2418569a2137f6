// Package search builds the site's search index: a static index, written
// as ordinary files of the build, that static/js/search.js reads in the
// browser. The package is pure: articles' terms in, files out.
//
// Search is exact for Bengali. Both the index and the query go through
// Normalize and Words, which static/js/search-words.js mirrors letter for
// letter (testdata/words.json is the table both are tested against), so
// a word is found only where it is spelled with the same letters, vowel
// signs, hasanta and nukta: পতন never finds পুতিন, সততা never finds সত্তা.
package search

import (
	"html"
	"slices"
	"strings"
	"unicode"

	"github.com/sarakhon/digest/generator/bangla"
)

// Normalize returns s as the index spells it: NFC, without ZWJ or ZWNJ
// (which only choose a glyph's shape), in lower case, with Bengali digits
// as ASCII digits. Folding the digits lets ২০২৪ find 2024 and the other
// way round: a site may print either (digits: in site.yaml), editors type
// both, and a Bengali keyboard types Bengali digits. ASCII is the form
// kept because it takes one byte, not three.
//
// Unlike bangla.TagKey, ত + hasanta + ZWJ stays ত + hasanta: in running
// text it is more often a conjunct typed with a stray joiner than the old
// spelling of ৎ.
func Normalize(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == bangla.ZWJ || r == bangla.ZWNJ:
			return -1
		case '০' <= r && r <= '৯':
			return '0' + r - '০'
		}
		return unicode.ToLower(r)
	}, bangla.NFC(s))
	return bangla.NFC(s)
}

// MaxWord is the longest word, in bytes, that the index holds: longer
// runs of letters are not words a reader types.
const MaxWord = 100

// Words returns the words of text, normalized, in order, repeats kept: the
// runs of letters, marks and numbers (Unicode L, M and N); anything else
// separates words.
func Words(text string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(Normalize(text), isSeparator) {
		if len(w) <= MaxWord {
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
// byte order, separated by spaces: one string per article, which costs
// the build's cache far less memory than a slice (16 bytes a word more).
// The text of tags' attributes (link URLs, heading ids) is not text.
func BodyTerms(htmlText []byte) string {
	words := Words(htmlToText(htmlText))
	slices.Sort(words)
	return strings.Join(slices.Compact(words), " ")
}

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
