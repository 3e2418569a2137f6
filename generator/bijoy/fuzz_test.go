package bijoy

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// FuzzFix checks what Fix promises on any input: it keeps the number of
// lines, changes only the lines it lists as converted (beyond decoding raw
// Windows-1252 bytes), gives valid UTF-8 NFC for them, and never converts
// a line with Bengali letters.
func FuzzFix(f *testing.F) {
	for _, s := range []string{
		"evsjv‡`k miKvi\nXvKvq ˆeVK K‡i‡Qb|",
		"ঢাকায় বৈঠক।\nXvKvq cÖavbgš¿xi mv‡_ ˆeVK K‡i‡Qb ciivóªgš¿x|",
		"---\ntitle: evsjv‡`k\ntags:\n  - K~UbxwZ\n---\n",
		"“Talks”—© 2026 Reuters, Müller, iPhone",
		"‡‡‡ ©© ¯¯ š— i¨ Av &&",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Fix(s)
		if r.Windows1252 {
			// Raw bytes: every line is decoded, the Bijoy ones converted.
			s, _ = charmap.Windows1252.NewDecoder().String(s)
		}
		in, out := strings.Split(s, "\n"), strings.Split(r.Text, "\n")
		if len(in) != len(out) {
			t.Fatalf("%d lines became %d", len(in), len(out))
		}
		for i := range in {
			converted := slices.Contains(r.Converted, i+1)
			switch {
			case !converted && in[i] != out[i]:
				t.Errorf("line %d changed without being listed: %q -> %q", i+1, in[i], out[i])
			case converted && hasBengali(in[i]):
				t.Errorf("line %d has Bengali letters and was converted: %q", i+1, in[i])
			case converted && utf8.ValidString(in[i]) && (!utf8.ValidString(out[i]) || !norm.NFC.IsNormalString(out[i])):
				t.Errorf("line %d converted to invalid or non-NFC text: %q", i+1, out[i])
			}
		}
	})
}
