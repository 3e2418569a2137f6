package bangla

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Code points with special meaning in Bengali text.
const (
	ZWNJ      = '\u200C' // zero width non-joiner: selects a non-conjunct shape
	ZWJ       = '\u200D' // zero width joiner: selects a half form
	Virama    = '\u09CD' // hasanta: joins consonants into conjuncts
	KhandaTa  = '\u09CE' // ৎ
	Ta        = '\u09A4' // ত
	Danda     = '\u0964' // ।
	oldKhanda = string(Ta) + string(Virama) + string(ZWJ)
)

// NFC returns s in Unicode Normalization Form C. For Bengali this turns the
// precomposed nukta letters ড় ঢ় য় (U+09DC, U+09DD, U+09DF), which are
// composition exclusions, into base letter + nukta, so that text typed on
// different keyboards compares equal.
func NFC(s string) string {
	if isNFC(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isNFC is a fast check for the common case, Bengali and ASCII text that
// is already in NFC: it reports true only when every rune is known to be
// unchanged by NFC in its context. norm's own check looks every rune up in
// its tables, which made NFC the largest single cost of loading a site.
func isNFC(s string) bool {
	var prev rune
	marks := 0 // Bengali signs in a row
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			prev, marks = rune(c), 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSign(r) {
			// norm keeps text stream-safe: past 30 non-starters in a row
			// it inserts U+034F. No word has that many; norm decides.
			if marks++; marks >= 30 {
				return false
			}
		} else {
			marks = 0
		}
		switch {
		case r == '\u09BC' || r == '\u09CD': // nukta, virama: combining marks
			if prev == '\u09BC' || prev == '\u09CD' {
				return false // two marks in a row may need reordering
			}
		case r == '\u09BE' || r == '\u09D7': // compose with a preceding e-kar
			if prev == '\u09C7' {
				return false
			}
		case r >= '\u0980' && r <= '\u09FF':
			if r == '\u09DC' || r == '\u09DD' || r == '\u09DF' || r == '\u09FE' {
				return false // composition exclusions; a mark above
			}
		case r == ZWNJ || r == ZWJ || r == Danda || r == '\u0965' ||
			r == '\u2013' || r == '\u2014' || r == '\u2018' || r == '\u2019' ||
			r == '\u201C' || r == '\u201D' || r == '\u2026':
		default:
			return false // including utf8.RuneError: let norm decide
		}
		prev = r
		i += size
	}
	return true
}

// isSign reports a Bengali vowel sign or other combining sign: the
// characters that may count as non-starters in norm's stream-safe limit.
func isSign(r rune) bool {
	return r >= '\u0981' && r <= '\u0983' || r == '\u09BC' || r >= '\u09BE' && r <= '\u09D7' || r == '\u09E2' || r == '\u09E3'
}

// TagKey returns the identity of a hashtag: two spellings with the same key
// are one tag. Leading '#' signs are dropped, the old khanda-ta spelling
// ত + ্ + ZWJ becomes ৎ, every ZWJ and ZWNJ is removed, letter case is
// folded (so #BRICS and #brics are one tag) and the result is in NFC.
// TagKey(TagKey(s)) == TagKey(s).
func TagKey(tag string) string {
	// Normalize first, so that canonically equivalent spellings are one
	// string before anything else looks at them: lower-casing U+0130 İ and
	// its decomposed form I + U+0307 gives different strings.
	tag = strings.ReplaceAll(NFC(tag), oldKhanda, string(KhandaTa))
	tag = strings.Map(func(r rune) rune {
		if r == ZWJ || r == ZWNJ {
			return -1
		}
		return unicode.ToLower(r)
	}, tag)
	return NFC(strings.TrimLeft(tag, "#"))
}

// IsTagRune reports whether r may appear in a hashtag: a Unicode letter,
// mark or digit, or '_'. ZWJ and ZWNJ are accepted too because Bengali
// keyboards type them inside words. Go's \w would drop Bengali vowel signs.
func IsTagRune(r rune) bool {
	return isWordRune(r) || r == ZWJ || r == ZWNJ
}

// isWordRune reports whether r belongs to a word: a letter, a mark (vowel
// sign, virama, nukta), a decimal digit of any script, or '_'.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '_'
}

// Truncate shortens s to at most maxRunes runes, cutting at the last space that
// fits (never inside a word, so never inside a grapheme cluster) and
// trimming trailing punctuation such as '।', ',' or '—'. A no-break space
// is part of a word. Text that has no space to cut at is cut at the last
// grapheme-cluster boundary that fits, which leaves nothing when the first
// cluster alone is longer than maxRunes. It reports whether anything was removed.
func Truncate(s string, maxRunes int) (string, bool) {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= maxRunes {
		return s, false
	}
	limit := 0 // byte offset of the first rune past maxRunes
	for range maxRunes {
		_, size := utf8.DecodeRuneInString(s[limit:])
		limit += size
	}
	head := s[:limit]
	if next, _ := utf8.DecodeRuneInString(s[limit:]); !isBreak(next) {
		if i := strings.LastIndexFunc(head, isBreak); i > 0 {
			head = head[:i]
		} else {
			head = cutGraphemes(s, limit)
		}
	}
	return TrimEndPunct(head), true
}

// isBreak reports whether a line may break at r: white space other than the
// no-break spaces, which editors type to keep a number with its unit.
func isBreak(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00A0' && r != '\u2007' && r != '\u202F'
}

// TrimEndPunct removes trailing white space and the punctuation that may
// close a clause (। ৷ ॥ , ; : — – -) from s; ৷ (U+09F7) is the danda of
// several outlets' fonts. Question and exclamation marks
// and closing quotes stay: they change the meaning.
func TrimEndPunct(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("।৷॥,;:—–-", r)
	})
}

// AfterTitle returns summary without the title it starts with: a lead
// whose first sentence is the headline (the converter makes the title
// from that sentence when a text has none) would show the headline twice
// under it on a card or in a search result. The title must be the whole
// first sentence: it is followed by the end of the text, or by a
// sentence end (। ৷ . ? !, or the title's own ? or !) and white space.
// Anything else, such as a title that is only the start of the first
// sentence, leaves summary as it is. "" means the summary is the title
// alone.
func AfterTitle(summary, title string) string {
	title = strings.TrimSpace(title)
	rest, ok := strings.CutPrefix(summary, title)
	if title == "" || !ok {
		return summary
	}
	if !strings.HasSuffix(title, "?") && !strings.HasSuffix(title, "!") {
		r, size := utf8.DecodeRuneInString(rest)
		if size > 0 && !strings.ContainsRune("।৷.?!", r) {
			return summary
		}
		rest = rest[size:]
	}
	if rest != "" {
		if r, _ := utf8.DecodeRuneInString(rest); !isBreak(r) {
			return summary
		}
	}
	return strings.TrimSpace(rest)
}

// cutGraphemes returns the longest prefix of s of at most maxBytes bytes
// that ends on a grapheme-cluster boundary.
func cutGraphemes(s string, maxBytes int) string {
	if len(s) <= maxBytes {
		return s
	}
	end := 0
	prev := rune(0)
	for i, r := range s {
		if i > maxBytes {
			break
		}
		if i > 0 && boundary(prev, r) {
			end = i
		}
		prev = r
	}
	return s[:end]
}

// boundary reports whether a grapheme cluster may end between prev and r.
// It is the part of Unicode's extended grapheme clusters (UAX #29) that
// Bengali text needs: a mark (vowel sign, virama, nukta), joiner or
// variation selector never starts a cluster; a virama joins the letter
// after it into a conjunct (ক্ষ is one cluster), and so does a ZWJ. A cut
// anywhere else would show a dotted circle or break a conjunct apart.
func boundary(prev, r rune) bool {
	switch {
	case unicode.IsMark(r), r == ZWJ, r == ZWNJ, unicode.Is(unicode.Variation_Selector, r):
		return false
	case prev == ZWJ:
		return false
	case prev == Virama:
		return !unicode.IsLetter(r)
	}
	return true
}
