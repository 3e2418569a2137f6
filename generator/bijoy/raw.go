package bijoy

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// FromWindows1252 reads the raw bytes of a file saved by a Bijoy-era
// program: it decodes them as Windows-1252 and reports whether the text is
// Bijoy (see IsBijoy), in which case it returns the text still in Bijoy
// codes, for Fix. Bytes that are valid UTF-8 are not Windows-1252 text,
// and bytes with UTF-8 Bengali in them are a Unicode file with a broken
// byte, which Windows-1252 would turn into look-alike Bijoy (à¦…): both
// give false.
func FromWindows1252(b []byte) (string, bool) {
	if utf8.Valid(b) || hasBengali(string(b)) {
		return "", false
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	return string(s), IsBijoy(string(s))
}
