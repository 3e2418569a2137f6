package bangla

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
)

// MaxSlugBytes bounds the length of a slug so that a file name built from it
// stays well under the 255-byte limit of common file systems. A Bengali
// letter takes 3 bytes in UTF-8.
const MaxSlugBytes = 180

// hashLen is the length of the hex hash that ends a shortened slug.
const hashLen = 8

// Slug turns a title or tag into one URL path segment that keeps Bengali
// letters. It is a function of TagKey(s): the text is normalized like a tag
// key, every run of characters other than letters, marks, digits and '_'
// becomes one '-', and a vowel sign or nukta whose letter was dropped goes
// with it. Emoji never show: pictographs are symbols, and their variation
// selectors and keycap marks are dropped (so 1️⃣ leaves 1). Slugs never contain '/', '\', '.', control characters or NUL,
// never start or end with '-' and are never empty: text without a letter or
// digit gets "x-" and a hash of its key. A slug longer than MaxSlugBytes is
// cut at a grapheme-cluster boundary and ends with a hash of the whole key,
// so long texts that share a beginning keep distinct slugs. Slug(Slug(s))
// == Slug(s): a slug is its own slug.
func Slug(s string) string {
	key := TagKey(s)
	if slug := slugify(key); slug != "" {
		return slug
	}
	return "x-" + shortHash(key)
}

// HeadingID returns the anchor of a Markdown heading: the heading text
// turned into a slug as by Slug, so that Bengali headings keep readable
// anchors instead of goldmark's "heading", "heading-1"… A heading without
// a letter or digit gets "heading". Use an IDs to keep the anchors of one
// page unique.
func HeadingID(text string) string {
	if id := slugify(TagKey(text)); id != "" {
		return id
	}
	return "heading"
}

// slugify joins the words of key with '-', bounded by MaxSlugBytes as Slug
// documents. It returns "" when key has no letter or digit to show.
func slugify(key string) string {
	var b strings.Builder
	gap := false
	for _, r := range key {
		// Emoji presentation selectors and enclosing keycaps belong to an
		// emoji (❤️, 1️⃣), never to a word: a slug shows no emoji.
		if unicode.Is(unicode.Variation_Selector, r) || unicode.Is(unicode.Me, r) {
			continue
		}
		// A mark after a gap lost its letter: alone it shows a dotted circle.
		if !isWordRune(r) || unicode.IsMark(r) && (gap || b.Len() == 0) {
			gap = true
			continue
		}
		if gap && b.Len() > 0 {
			b.WriteByte('-')
		}
		gap = false
		b.WriteRune(r)
	}
	slug := b.String()
	if len(slug) <= MaxSlugBytes {
		return slug
	}
	head := strings.TrimRight(cutGraphemes(slug, MaxSlugBytes-1-hashLen), "-")
	if head == "" {
		return ""
	}
	return head + "-" + shortHash(key)
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:hashLen/2])
}

// IDs hands out the heading anchors of one Markdown document, each unique:
// the markdown package adapts it to goldmark's parser.IDs. The zero value
// is ready to use; use a new IDs for every document.
type IDs struct {
	taken map[string]bool
	next  map[string]int // per base, the suffix to try first
}

// Generate returns HeadingID(text), with "-1", "-2"… appended when that
// anchor is taken already, and takes the result. It remembers where the
// search for each base stopped, so that a document of n equal headings
// costs n steps, not n²/2.
func (ids *IDs) Generate(text string) string {
	base := HeadingID(text)
	id := base
	i := ids.next[base]
	if i > 0 {
		id = base + "-" + strconv.Itoa(i)
	}
	for ; ids.taken[id]; id = base + "-" + strconv.Itoa(i) {
		i++
	}
	if ids.next == nil {
		ids.next = make(map[string]int)
	}
	ids.next[base] = i + 1
	ids.Put(id)
	return id
}

// Put takes id, so that Generate never returns it: an anchor the editor
// set by hand ({#id} in Markdown) is never given to another heading.
func (ids *IDs) Put(id string) {
	if ids.taken == nil {
		ids.taken = make(map[string]bool)
	}
	ids.taken[id] = true
}
