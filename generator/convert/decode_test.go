package convert

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune("\uFEFF" + s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		want string
	}{
		{"plain", []byte("ভারত সফর।\nরাশিয়া।\n"), "ভারত সফর।\nরাশিয়া।\n"},
		{"UTF-8 BOM", []byte("\xEF\xBB\xBFভারত সফর।"), "ভারত সফর।"},
		{"CRLF", []byte("ভারত।\r\nরাশিয়া।\r\n"), "ভারত।\nরাশিয়া।\n"},
		{"lone CR", []byte("ভারত।\rরাশিয়া।\r"), "ভারত।\nরাশিয়া।\n"},
		{"CR CRLF LF", []byte("ক।\r\rখ।\r\n\nগ।"), "ক।\n\nখ।\n\nগ।"},
		{"Unicode line breaks", []byte("ক।\u2028খ।\u2029গ।\fঘ।\vঙ।\u0085চ।"), "ক।\u2028খ।\nগ।\nঘ।\u2028ঙ।\nচ।"},
		{"invisible characters", []byte("ক\u00ADখ\u200Bগ\uFEFFঘ\x1B[31m\x7F"), "কখগঘ[31m"},
		{"trailing spaces kept", []byte("ভারত  \n"), "ভারত  \n"},
		{"UTF-16LE", utf16Bytes("পুতিনের ভারত সফর।\r\nরাশিয়া 😀", false), "পুতিনের ভারত সফর।\nরাশিয়া 😀"},
		{"UTF-16BE", utf16Bytes("পুতিনের ভারত সফর।\r\nরাশিয়া 😀", true), "পুতিনের ভারত সফর।\nরাশিয়া 😀"},
		{"NFC য়", []byte("\u09DFাদব আর বিদ্যুত্\u200Dকেন্দ্র"), "\u09AF\u09BCাদব আর বিদ্যুত্\u200Dকেন্দ্র"},
		{"NFC ো", []byte("ম\u09C7\u09BEদি"), "ম\u09CBদি"},
		{"tab", []byte("ক\tখ"), "ক\tখ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Decode(tt.src)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got != tt.want {
				t.Errorf("Decode = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name   string
		src    []byte
		line   int
		offset int
		msg    string // a part of the message
	}{
		{"empty", nil, 0, 0, "empty"},
		{"UTF-8 BOM only", []byte("\xEF\xBB\xBF"), 0, 0, "empty"},
		{"whitespace only", []byte("  \n\t\r\n\u00A0\u3000\n"), 0, 0, "only whitespace"},
		{"invisible only", []byte("\u200B\u200D\n\uFEFF"), 0, 0, "only whitespace"},
		{"UTF-16 whitespace only", utf16Bytes(" \r\n ", false), 0, 0, "only whitespace"},
		{"invalid UTF-8", []byte("ভারত।\nরা\xFFশিয়া"), 0, 22, "invalid UTF-8 on line 2"},
		{"invalid UTF-8 after BOM", []byte("\xEF\xBB\xBFক\xC0"), 0, 6, "invalid UTF-8 on line 1"},
		{"invalid UTF-8 first byte", []byte("\x80ক"), 0, 0, "invalid UTF-8 on line 1"},
		{"cut rune", []byte("ভারত\xE0\xA6"), 0, 12, "invalid UTF-8"},
		{"Windows-1252", []byte("caf\xE9"), 0, 3, "legacy"},
		{"NUL", []byte("ভারত\x00\x01\x02"), 0, 12, "binary"},
		{"UTF-16 without BOM", []byte("\x95\x09\x30\x09"), 0, 0, "invalid UTF-8"},
		{"UTF-16 ASCII without BOM", []byte("a\x00b\x00"), 0, 1, "without a byte-order mark"},
		{"NUL in UTF-16", utf16Bytes("ক\nখ\x00", false), 2, 0, "binary"},
		{"C1 control", []byte("ক।\nখ\u0093"), 2, 0, "U+0093"},
		{"PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0, 0, "invalid UTF-8"},
		{"ZIP (a .docx)", []byte("PK\x03\x04\x14\x00\x06\x00"), 0, 5, "binary"},
		{"UTF-16 odd length", append(utf16Bytes("ক", false), 'x'), 0, 4, "odd number of bytes"},
		{"UTF-16 lone high surrogate", append(utf16Bytes("ক", false), 0x3D, 0xD8, 'a', 0), 0, 4, "lone surrogate"},
		{"UTF-16 lone low surrogate", append(utf16Bytes("ক", true), 0xDC, 0x00), 0, 4, "lone surrogate"},
		{"UTF-16 high surrogate at end", append(utf16Bytes("ক", true), 0xD8, 0x3D), 0, 4, "lone surrogate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := Decode(tt.src)
			e, ok := errors.AsType[*Error](err)
			if !ok {
				t.Fatalf("Decode = %q, %v; want an *Error", got, err)
			}
			if e.Line != tt.line || e.Offset != tt.offset || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("Decode error = line %d, offset %d, %q; want line %d, offset %d, %q",
					e.Line, e.Offset, e.Msg, tt.line, tt.offset, tt.msg)
			}
		})
	}
}

func TestParseNamesTheFile(t *testing.T) {
	const name = "সারাক্ষণ/খবর.txt"
	tests := []struct{ src, want string }{
		{"", name + ": the file is empty: write the article text, one paragraph per line"},
		{"ক\n\xFF", name + ": byte 4: invalid UTF-8 on line 2: save the file as UTF-8 (Unicode) text, not in a legacy Bengali or Windows encoding"},
		{"\n\n#ক\n#খ #গ\n ", name + ":3: the file holds hashtags but no text: add the article, one paragraph per line"},
	}
	for _, tt := range tests {
		_, err := Parse(name, []byte(tt.src))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v\nwant %s", tt.src, err, tt.want)
		}
	}
}

// FuzzPlainText: text that the byte scan passes, the rune check passes.
func FuzzPlainText(f *testing.F) {
	for _, s := range []string{"ভারত\tও রাশিয়া\n", "a\x00b", "\u0085", "\xc2", "ক\u2028খ", "\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if plainText(s) {
			if err := checkRunes(s, 0, true); err != nil {
				t.Fatalf("plainText(%q) but checkRunes: %v", s, err)
			}
		}
	})
}

// FuzzInvisible: the byte scan of hasInvisible agrees with isInvisible.
func FuzzInvisible(f *testing.F) {
	for _, s := range []string{"ক\u00ADখ", "\u200B", "\u2060", "ক\uFEFF", "\x07", "\x7f", "ভারত\n\tসফর", "\u00A0\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasInvisible(s), strings.ContainsFunc(s, isInvisible); got != want {
			t.Fatalf("hasInvisible(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestDecodeInvisibleWarning: invisible characters give one warning that
// names the first line holding one, and never an error.
func TestDecodeInvisibleWarning(t *testing.T) {
	tests := []struct {
		src  string
		line int
		n    string // the count in the Bengali message
	}{
		{"ক।\r\nখ \x1B[31m\r\nগ\x07", 2, "২টি"},
		{"ক।\vখ\u00AD।\nগ\u200B", 1, "২টি"},
		{"ক।\nখ।\n\uFEFFগ", 3, "১টি"},
	}
	for _, tt := range tests {
		_, warns, err := Decode([]byte(tt.src))
		if err != nil {
			t.Fatalf("Decode(%q): %v", tt.src, err)
		}
		if len(warns) != 1 || warns[0].Line != tt.line || !strings.HasPrefix(warns[0].Bn, tt.n) {
			t.Errorf("Decode(%q) warnings %v, want one on line %d starting %s", tt.src, warns, tt.line, tt.n)
		}
	}
	if _, warns, _ := Decode([]byte("ক।\u200C\u200Dখ")); warns != nil {
		t.Errorf("ZWNJ and ZWJ are letters' business, not stray characters: %v", warns)
	}
}
