package bijoy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestAvroCorpus decodes the Bijoy form of the corpus written by an
// independent encoder: testdata/avro/NAME.bijoy is the output of
// ConvertToANSI in Avro's ANSIconverter.js (github.com/sarim/ibus-avro,
// Apache-2.0, run with node on NAME.txt with য় ড় ঢ় precomposed, which is
// what it expects). Avro writes Bijoy 52 codes (ø for ্ল, « for ্র). The
// text is decoded pasted and as Windows-1252 bytes.
func TestAvroCorpus(t *testing.T) {
	var c, raw cer
	for _, f := range loadCorpus(t) {
		b, err := os.ReadFile(filepath.Join("testdata", "avro", f.name+".bijoy"))
		if err != nil {
			t.Fatal(err)
		}
		got := Convert(string(b))
		c.add(f.unicode, got)
		// Avro keeps the ZWJ of র‍্য and the ॥ it has no code for, which
		// Windows-1252 cannot hold.
		cp, err := charmap.Windows1252.NewEncoder().String(strings.NewReplacer("\u200D", "", "॥", "\\").Replace(string(b)))
		if err != nil {
			t.Fatalf("%s: not Windows-1252: %v", f.name, err)
		}
		r := Fix(cp)
		if !r.Windows1252 {
			t.Errorf("%s: raw bytes not taken for Bijoy", f.name)
		}
		raw.add(f.unicode, r.Text)
		if testing.Verbose() {
			wl, gl := strings.Split(f.unicode, "\n"), strings.Split(got, "\n")
			for i := range min(len(wl), len(gl)) {
				ww, gw := strings.Fields(wl[i]), strings.Fields(gl[i])
				for j := range min(len(ww), len(gw)) {
					if ww[j] != gw[j] {
						t.Logf("%s:%d: %s -> %s", f.name, i+1, ww[j], gw[j])
					}
				}
			}
		}
	}
	checkCER(t, "Avro's Bijoy form", c, raw)
}
