package bijoy

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// FromWindows1252 reads the raw bytes of a file saved by a Bijoy-era
// program: it decodes them as Windows-1252 and reports whether the text is
// Bijoy (see IsBijoy), in which case it returns the text still in Bijoy
// codes, for Fix. Bytes that are valid UTF-8 are not Windows-1252 text
// and give false.
func FromWindows1252(b []byte) (string, bool) {
	if utf8.Valid(b) {
		return "", false
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	return string(s), IsBijoy(string(s))
}
