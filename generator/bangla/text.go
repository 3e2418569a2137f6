// Package bangla holds the pure rules of Bengali text that the rest of the
// generator relies on: Unicode normalization and tag identity, URL slugs
// that keep Bengali letters, heading IDs, grapheme-safe truncation, Bengali
// digits, and Gregorian and Bangla calendar dates.
//
// Nothing here reads files or imports other packages of this module.
package bangla

import (
	"crypto/sha256"
	"encoding/hex"
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
	oldKhanda = "\u09A4\u09CD\u200D"
)

// NFC returns s in Unicode Normalization Form C. For Bengali this turns the
// precomposed nukta letters ড় ঢ় য় (U+09DC, U+09DD, U+09DF), which are
// composition exclusions, into base letter + nukta, so that text typed on
// different keyboards compares equal.
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// TagKey returns the identity of a hashtag: two spellings with the same key
// are one tag. The old khanda-ta spelling ত + ্ + ZWJ becomes ৎ, the text is
// NFC-normalized and every ZWJ and ZWNJ is removed. A leading '#' is dropped.
// Letter case is folded so that #BRICS and #brics are one tag.
func TagKey(tag string) string {
	tag = strings.TrimPrefix(tag, "#")
	tag = strings.ReplaceAll(tag, oldKhanda, string(KhandaTa))
	tag = NFC(tag)
	tag = strings.Map(func(r rune) rune {
		if r == ZWJ || r == ZWNJ {
			return -1
		}
		return unicode.ToLower(r)
	}, tag)
	return NFC(tag)
}

// IsTagRune reports whether r may appear in a hashtag: a Unicode letter,
// mark or digit, or '_'. ZWJ and ZWNJ are accepted too because Bengali
// keyboards type them inside words. Go's \w would drop Bengali vowel signs.
func IsTagRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) ||
		r == '_' || r == ZWJ || r == ZWNJ
}

// MaxSlugBytes bounds the length of a slug so that a file name built from it
// stays well under the 255-byte limit of common file systems. A Bengali
// letter takes 3 bytes in UTF-8.
const MaxSlugBytes = 180

// Slug turns a title or tag into one URL path segment that keeps Bengali
// letters: the text is normalized like a tag key, lower-cased, and every run
// of characters that is not a letter, mark or digit becomes a single '-'.
// Slugs never contain '/', '\', '.', control characters or NUL and are
// never empty. A slug longer than MaxSlugBytes is cut at a grapheme boundary
// and gets a short hash of the whole key, so two long texts never collide.
func Slug(s string) string {
	key := TagKey(s)
	var b strings.Builder
	dash := false
	for _, r := range key {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '_':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	slug := b.String()
	// A slug must not start with a mark (a vowel sign without its letter).
	for slug != "" {
		r, size := utf8.DecodeRuneInString(slug)
		if !unicode.IsMark(r) {
			break
		}
		slug = slug[size:]
	}
	if slug == "" {
		return "x-" + shortHash(key)
	}
	if len(slug) > MaxSlugBytes {
		slug = strings.TrimRight(cutGraphemes(slug, MaxSlugBytes-9), "-") + "-" + shortHash(key)
	}
	return slug
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:4])
}

// continues reports whether r continues the grapheme cluster before it:
// combining marks, joiners and variation selectors never start a cluster.
func continues(r rune) bool {
	return unicode.IsMark(r) || r == ZWJ || r == ZWNJ || unicode.Is(unicode.Variation_Selector, r)
}

// cutGraphemes returns the longest prefix of s of at most max bytes that
// ends on a grapheme-cluster boundary: never between a letter and its vowel
// sign, nor right after a virama (which joins the next consonant).
func cutGraphemes(s string, max int) string {
	if len(s) <= max {
		return s
	}
	end := 0
	prev := rune(0)
	for i, r := range s {
		if i > max {
			break
		}
		if i > 0 && !continues(r) && prev != Virama && prev != ZWJ {
			end = i
		}
		prev = r
	}
	if len(s) <= max {
		end = len(s)
	}
	return s[:end]
}

// Truncate shortens s to at most max runes, cutting at the last space that
// fits (never inside a word, so never inside a grapheme cluster) and
// trimming trailing punctuation such as '।', ',' or '—'. Text that has no
// space to cut at is cut at the last grapheme boundary that fits. It reports
// whether anything was removed.
func Truncate(s string, max int) (string, bool) {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= max {
		return s, false
	}
	// byte offset of the rune just after the limit
	limit := len(s)
	n := 0
	for i := range s {
		if n == max {
			limit = i
			break
		}
		n++
	}
	cut := strings.LastIndexFunc(s[:limit+1], unicode.IsSpace)
	if cut <= 0 {
		cut = len(cutGraphemes(s, limit))
	}
	return TrimEndPunct(s[:cut]), true
}

// TrimEndPunct removes trailing spaces and sentence punctuation (।, ॥, ',',
// ';', ':', '—', '-') from s.
func TrimEndPunct(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == Danda || r == '॥' || r == ',' || r == ';' ||
			r == ':' || r == '—' || r == '–' || r == '-'
	})
}
