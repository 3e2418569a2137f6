package convert

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listFamily is the kind of marker a list item starts with; items of one
// family in a row make one list.
type listFamily int

const (
	noList   listFamily = iota
	numbered            // ১. ২. or 1. 2. or ১) or ১।
	lettered            // (ক) (খ) or ক) খ)
	bulleted            // - • * ● ▪
)

// marker is what listMarker found at the start of a line.
type marker struct {
	family listFamily
	number int    // the value of a numbered item
	text   string // the item's text: without its marker, except for lettered items
}

// bengaliLetters are the letters that label lettered lists, in order.
const bengaliLetters = "কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ"

// bullets start the items of a bulleted list; "·" and "▪" are what Word's
// bullets become when its text is copied, the emoji what WhatsApp
// forwards use.
const bullets = "-•*●▪◦·➤►■◆✓✔✅👉🔹🔸➡"

// listMarker reads the list marker at the start of s: up to three digits
// (Bengali or ASCII) and '.', ')', '।' or '৷'; a Bengali letter in
// parentheses or before ')'; a keycap emoji (1️⃣ 2️⃣); or one of bullets.
// White space (a space, or the tab Word writes) and some text must follow
// the marker.
func listMarker(s string) marker {
	if b, size := utf8.DecodeRuneInString(s); strings.ContainsRune(bullets, b) {
		if item, ok := afterMarker(s[size:]); ok {
			return marker{family: bulleted, text: item}
		}
		return marker{}
	}
	n, digits := 0, 0
	for _, r := range s {
		d := digitValue(r)
		if d < 0 || digits == 3 {
			break
		}
		n, digits = n*10+d, digits+1
	}
	if digits > 0 {
		rest := s[digitBytes(s, digits):]
		delim, size := utf8.DecodeRuneInString(rest)
		if keycap, ok := strings.CutPrefix(strings.TrimPrefix(rest, "\uFE0F"), "\u20E3"); ok {
			delim, rest, size = '.', keycap, 0 // WhatsApp's 1️⃣
		}
		if item, ok := afterMarker(rest[size:]); ok && strings.ContainsRune(".)।৷", delim) {
			return marker{family: numbered, number: n, text: item}
		}
		return marker{}
	}
	rest := strings.TrimPrefix(s, "(")
	letter, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune(bengaliLetters, letter) || !strings.HasPrefix(rest[size:], ")") {
		return marker{}
	}
	if _, ok := afterMarker(rest[size+1:]); ok {
		return marker{family: lettered, text: s}
	}
	return marker{}
}

// afterMarker returns the text of an item after its marker: rest must
// start with white space and hold some text.
func afterMarker(rest string) (string, bool) {
	rest = strings.TrimPrefix(rest, "\uFE0F") // the emoji form of ▪️ or ➡️
	r, _ := utf8.DecodeRuneInString(rest)
	item := strings.TrimSpace(rest)
	return item, unicode.IsSpace(r) && item != ""
}

// digitValue returns the value of an ASCII or Bengali digit, or -1.
func digitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case '০' <= r && r <= '৯':
		return int(r - '০')
	}
	return -1
}

// digitBytes returns the length in bytes of the first n runes of s.
func digitBytes(s string, n int) int {
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
