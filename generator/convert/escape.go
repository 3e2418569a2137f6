package convert

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// escape returns the one-line text of a block as Markdown that renders as
// exactly that text under CommonMark and GitHub Flavored Markdown
// (goldmark with extension.GFM), and under goldmark's heading attributes.
//
// It escapes minimally, with a backslash before the one character that
// would start Markdown syntax, so that the file stays pleasant to edit by
// hand: a '(' or '.' or '|' or '#' in the middle of a line is left alone.
// Each block is its own one-line paragraph or ATX heading, so constructs
// that need two lines (setext headings "===", tables "|") cannot form.
//
// At the start of a paragraph: '#', '>', '[' (link reference definitions),
// list markers ("- ", "* ", "+ ", "1. ", "1) "; "১. " is not one, only ASCII
// digits count) and thematic breaks ("---", "* * *").
// Anywhere: '`', '\' before punctuation, '*', '_' and '~' unless they sit
// between spaces (or, for '_', inside a word), '<' before an ASCII
// character (HTML, autolinks), '&' that starts an entity ("&amp;"), ']'
// before '(' (inline links and images; with no link definitions there are
// no other links), and the GFM autolinks: the ':' of "http://", "https://"
// and "ftp://", the '.' of "www." and the '@' of an e-mail address. URLs
// thus stay text, as typed, whichever extensions the site turns on.
// In a heading: a closing run of '#' and, when the heading ends with '}',
// every '{' (heading attributes such as "{#id}").
func escape(text string, kind Kind) string {
	esc := make([]bool, len(text)) // esc[i]: write a backslash before text[i]
	prev := rune(-1)               // -1 stands for the start or the end of the line
	for i, r := range text {
		next := rune(-1)
		if j := i + utf8.RuneLen(r); j < len(text) {
			next, _ = utf8.DecodeRuneInString(text[j:])
		}
		esc[i] = isInlineSyntax(text, i, prev, r, next, kind)
		prev = r
	}
	switch kind {
	case Paragraph:
		if i, ok := blockStart(text); ok {
			esc[i] = true
		}
	case Heading:
		if i, ok := closingHashes(text); ok {
			esc[i] = true
		}
	}
	var b strings.Builder
	for i := range len(text) {
		if esc[i] {
			b.WriteByte('\\')
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// isInlineSyntax reports whether r, at offset i of text between prev and
// next, would be read as Markdown syntax within a line.
func isInlineSyntax(text string, i int, prev, r, next rune, kind Kind) bool {
	switch r {
	case '\\':
		return next == -1 || isASCIIPunct(next)
	case '`':
		return true
	case '*', '~':
		return !(isSpaceOrEdge(prev) && isSpaceOrEdge(next))
	case '_':
		return !(isSpaceOrEdge(prev) && isSpaceOrEdge(next) || isWordChar(prev) && isWordChar(next))
	case '&':
		return startsEntity(text[i+1:])
	case '<':
		return next != -1 && next < utf8.RuneSelf && !unicode.IsSpace(next)
	case ']':
		return next == '('
	case '@':
		return prev != -1 && prev < utf8.RuneSelf && strings.ContainsRune(emailChars, prev) && isASCIIAlnum(next)
	case ':':
		before := strings.ToLower(text[max(0, i-5):i])
		return strings.HasPrefix(text[i+1:], "//") && (strings.HasSuffix(before, "http") ||
			strings.HasSuffix(before, "https") || strings.HasSuffix(before, "ftp"))
	case '.':
		return strings.EqualFold(text[max(0, i-3):i], "www")
	case '{':
		return kind == Heading && strings.HasSuffix(text, "}")
	}
	return false
}

// emailChars may end the local part of an e-mail address that GFM
// autolinks (goldmark util.FindEmailIndex).
const emailChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-"

// blockStart returns the offset of the character that makes text, at the
// start of a paragraph, begin a heading, quote, list, thematic break or
// link reference definition.
func blockStart(text string) (int, bool) {
	switch c := text[0]; c {
	case '#', '>', '[':
		return 0, true
	case '-', '+', '*', '_':
		if c != '_' && (len(text) == 1 || text[1] == ' ' || text[1] == '\t') {
			return 0, true // list item
		}
		if c != '+' && strings.Count(text, string(c)) >= 3 &&
			strings.Trim(text, string(c)+" \t") == "" {
			return 0, true // thematic break
		}
	}
	digits := len(text) - len(strings.TrimLeft(text, "0123456789"))
	if 0 < digits && digits <= 9 && digits < len(text) && (text[digits] == '.' || text[digits] == ')') {
		if rest := text[digits+1:]; rest == "" || rest[0] == ' ' || rest[0] == '\t' {
			return digits, true // ordered list item
		}
	}
	return 0, false
}

// closingHashes returns the offset of a run of '#' at the end of a heading
// that Markdown would take for the optional closing sequence.
func closingHashes(text string) (int, bool) {
	trimmed := strings.TrimRight(text, "#")
	if len(trimmed) == len(text) {
		return 0, false
	}
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	if trimmed == "" || unicode.IsSpace(last) {
		return len(trimmed), true
	}
	return 0, false
}

// startsEntity reports whether rest, the text after an '&', would make it
// an entity or numeric character reference.
func startsEntity(rest string) bool {
	if strings.HasPrefix(rest, "#") {
		return true
	}
	n := len(rest) - len(strings.TrimLeftFunc(rest, isASCIIAlnum))
	return n > 0 && n < len(rest) && rest[n] == ';'
}

func isSpaceOrEdge(r rune) bool { return r == -1 || unicode.IsSpace(r) }

// isWordChar reports runes that are neither white space nor punctuation
// in the sense of CommonMark's emphasis rules; '_' between two of them
// cannot open or close emphasis.
func isWordChar(r rune) bool {
	return r != -1 && !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r)
}

func isASCIIPunct(r rune) bool {
	return r < utf8.RuneSelf && unicode.IsPrint(r) && !isASCIIAlnum(r) && r != ' '
}

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}
