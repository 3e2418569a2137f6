package convert

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/diag"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Error is a conversion error that knows where in which file it happened:
// at a Line, or for problems with the raw bytes of the file (Line 0) at a
// byte Offset. It prints as "path:line: msg" or "path: byte N: msg".
type Error = diag.Error

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// Decode turns the bytes of a text file into clean text: it strips a UTF-8
// byte-order mark, decodes UTF-16 that starts with a byte-order mark,
// rejects invalid UTF-8 (naming the byte offset), binary content (NUL
// bytes, C1 control characters) and files that are empty or hold only
// whitespace, turns every line ending (CRLF, CR, and the rarer Unicode
// ones: FF, NEL, U+2029) into "\n", and normalizes the text to NFC.
// Errors are of type *Error with an empty Path; Parse fills it in. Decode
// keeps trailing spaces, so it is safe for Markdown too.
//
// A soft line break (Word's Shift+Enter, U+000B, and U+2028) is not the
// end of a line: Decode writes both as U+2028, a break inside the
// paragraph. Invisible characters that only get in the way (the other
// C0 control characters, DEL, a byte-order mark inside the text, zero-width
// space U+200B, word joiner U+2060 and soft hyphen U+00AD) are removed, with
// one warning that names the first line holding one: a stray invisible
// character must not stop a publish.
//
// The warnings are *diag.Error values with an empty Path, about a line.
//
// Text in the legacy Bijoy (SutonnyMJ) encoding, as Windows-1252 bytes or
// pasted, is converted to Unicode first, with a warning (see package
// bijoy).
func Decode(src []byte) (string, []*diag.Error, error) {
	var text string
	utf8Input := true
	switch {
	case bytes.HasPrefix(src, bomUTF16LE), bytes.HasPrefix(src, bomUTF16BE):
		s, err := decodeUTF16(src)
		if err != nil {
			return "", nil, err
		}
		text, utf8Input = s, false
	case bytes.HasPrefix(src, bomUTF8):
		text = string(src[len(bomUTF8):])
	default:
		text = string(src)
	}
	base := len(src) - len(text) // bytes of BOM before text, for offsets
	text, warns := fromBijoy(text)
	if err := checkText(text, base, utf8Input); err != nil {
		return "", nil, err
	}
	text = normalizeNewlines(text)
	if w := removeInvisible(&text); w != nil {
		warns = append(warns, w)
	}
	if strings.TrimFunc(text, isBlank) == "" {
		if text == "" {
			return "", nil, &Error{Msg: "the file is empty: write the article text, one paragraph per line"}
		}
		return "", nil, &Error{Msg: "the file holds only whitespace: write the article text, one paragraph per line"}
	}
	return bangla.NFC(text), warns, nil
}

// decodeUTF16 decodes src, which starts with a UTF-16 byte-order mark, and
// rejects what the decoder would silently turn into U+FFFD.
func decodeUTF16(src []byte) (string, error) {
	big := bytes.HasPrefix(src, bomUTF16BE)
	if len(src)%2 != 0 {
		return "", &Error{Offset: len(src) - 1,
			Msg: "the UTF-16 file has an odd number of bytes, so it is cut short: save it again, preferably as UTF-8"}
	}
	unit := func(i int) rune {
		if big {
			return rune(src[i])<<8 | rune(src[i+1])
		}
		return rune(src[i+1])<<8 | rune(src[i])
	}
	for i := 2; i < len(src); i += 2 {
		u := unit(i)
		if u < 0xD800 || u >= 0xE000 {
			continue
		}
		if u < 0xDC00 && i+2 < len(src) {
			if low := unit(i + 2); 0xDC00 <= low && low < 0xE000 {
				i += 2
				continue
			}
		}
		return "", &Error{Offset: i, Msg: "invalid UTF-16 (a lone surrogate): save the file as UTF-8"}
	}
	endian := xunicode.LittleEndian
	if big {
		endian = xunicode.BigEndian
	}
	out, err := xunicode.UTF16(endian, xunicode.ExpectBOM).NewDecoder().Bytes(src)
	if err != nil {
		return "", &Error{Msg: "cannot decode UTF-16: " + err.Error() + ": save the file as UTF-8", Err: err}
	}
	return string(out), nil
}

// checkText rejects text that is not UTF-8 or that holds NUL bytes or C1
// control characters. base is the number of bytes before text in the
// file; offsets are reported only when text is the file's own bytes
// (utf8Input).
func checkText(text string, base int, utf8Input bool) error {
	if plainText(text) {
		return nil
	}
	return checkRunes(text, base, utf8Input)
}

// checkRunes is checkText rune by rune, with the line of the problem.
func checkRunes(text string, base int, utf8Input bool) error {
	line := 1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return &Error{Offset: base + i, Msg: fmt.Sprintf(
				"invalid UTF-8 on line %d: save the file as UTF-8 (Unicode) text, not in a legacy Bengali or Windows encoding", line)}
		case r == 0:
			e := &Error{Msg: "NUL byte: this is a binary file or UTF-16 without a byte-order mark; save the article as UTF-8 text"}
			if utf8Input {
				e.Offset = base + i
			} else {
				e.Line = line
			}
			return e
		case r == '\n', r == '\f', r == '\u0085', r == '\u2029':
			line++
		case r == '\r':
			if !strings.HasPrefix(text[i+1:], "\n") {
				line++
			}
		case 0x80 <= r && r <= 0x9F:
			// C1 controls come from text decoded with the wrong encoding.
			return &Error{Line: line, Msg: fmt.Sprintf(
				"control character U+%04X: the file was saved in a wrong encoding; save the article as UTF-8 text", r)}
		}
		i += size
	}
	return nil
}

// softBreak is the line break inside a paragraph: Decode writes Word's
// Shift+Enter (U+000B) and U+2028 as it.
const softBreak = '\u2028'

var newlines = strings.NewReplacer(
	"\r\n", "\n", "\r", "\n", "\f", "\n", "\u0085", "\n", "\u2029", "\n",
	"\v", string(softBreak),
)

func normalizeNewlines(s string) string {
	// Most files have only "\n": skip the Replacer, which copies the
	// whole text even when it replaces nothing.
	if strings.IndexAny(s, "\r\v\f") < 0 && !strings.Contains(s, "\u0085") && !strings.Contains(s, "\u2029") {
		return s
	}
	return newlines.Replace(s)
}

// plainText reports, scanning bytes, that text is valid UTF-8 without a
// control character other than tab and newline: what nearly every file
// is, so that checkText decodes runes (to name the line of a problem)
// only when there is one.
func plainText(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7F:
			return false
		case c == 0xC2 && i+1 < len(text) && text[i+1] < 0xA0: // U+0080–U+009F
			return false
		}
	}
	return utf8.ValidString(text)
}

// isInvisible reports the characters that removeInvisible drops: control
// characters other than tab and newline (it runs after normalizeNewlines,
// which has turned CR and FF into newlines and VT into softBreak), DEL,
// and the invisible format characters that word processors and web pages
// leave behind.
func isInvisible(r rune) bool {
	switch r {
	case '\t', '\n':
		return false
	case '\u00AD', '\u200B', '\u2060', '\uFEFF', 0x7F:
		return true
	}
	return r < 0x20
}

// hasInvisible reports, scanning bytes, whether s holds a rune that
// isInvisible reports: nearly no file does, so removeInvisible decodes
// runes only when one is there.
func hasInvisible(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7F:
			return true
		case c == 0xC2 && strings.HasPrefix(s[i+1:], "\xAD"),
			c == 0xE2 && (strings.HasPrefix(s[i+1:], "\x80\x8B") || strings.HasPrefix(s[i+1:], "\x81\xA0")),
			c == 0xEF && strings.HasPrefix(s[i+1:], "\xBB\xBF"):
			return true
		}
	}
	return false
}

// removeInvisible removes what isInvisible reports from *text and returns
// one warning naming the first line that held such a character, or nil.
func removeInvisible(text *string) *diag.Error {
	s := *text
	if !hasInvisible(s) {
		return nil
	}
	first := strings.IndexFunc(s, isInvisible)
	n := 0
	*text = strings.Map(func(r rune) rune {
		if isInvisible(r) {
			n++
			return -1
		}
		return r
	}, s)
	r, _ := utf8.DecodeRuneInString(s[first:])
	line := 1 + strings.Count(s[:first], "\n")
	return &diag.Error{Line: line,
		Bn:  fmt.Sprintf("%sটি অদৃশ্য অক্ষর (যেমন U+%04X) মুছে ফেলা হয়েছে; লেখা বদলায়নি, তবে ফাইলটি একবার দেখে নিন", bangla.Itoa(n), r),
		Msg: fmt.Sprintf("removed %d invisible character(s) (first U+%04X on this line: a control character, zero-width space, soft hyphen or byte-order mark); the text is unchanged, but check the file", n, r)}
}

// isBlank reports runes that show nothing on their own: white space and
// the invisible format characters that keyboards and word processors
// leave behind (zero-width space, joiners, marks of direction, BOM, soft
// hyphen). A line of only these is blank.
func isBlank(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', bangla.ZWNJ, bangla.ZWJ, '\u200E', '\u200F', '\u2060', '\uFEFF':
		return true
	}
	return unicode.IsSpace(r)
}
