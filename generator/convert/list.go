package convert

import (
	"strings"
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

// listMarker reads the list marker at the start of s: up to three digits
// (Bengali or ASCII) and '.', ')', '।' or '৷'; a Bengali letter in
// parentheses or before ')'; or a bullet ("- ", "• ", "* ", "● ", "▪ ").
// A space and some text must follow the marker.
func listMarker(s string) marker {
	for _, b := range []string{"- ", "• ", "* ", "● ", "▪ ", "◦ "} {
		if rest, ok := strings.CutPrefix(s, b); ok && strings.TrimSpace(rest) != "" {
			return marker{family: bulleted, text: strings.TrimSpace(rest)}
		}
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
		for _, delim := range []string{". ", ") ", "। ", "৷ "} {
			if item, ok := strings.CutPrefix(rest, delim); ok && strings.TrimSpace(item) != "" {
				return marker{family: numbered, number: n, text: strings.TrimSpace(item)}
			}
		}
		return marker{}
	}
	rest := strings.TrimPrefix(s, "(")
	letter, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune(bengaliLetters, letter) || !strings.HasPrefix(rest[size:], ") ") {
		return marker{}
	}
	if item := strings.TrimSpace(rest[size+2:]); item != "" {
		return marker{family: lettered, text: s}
	}
	return marker{}
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
