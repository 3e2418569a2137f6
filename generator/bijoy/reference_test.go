package bijoy

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAvroCorpus decodes the Bijoy form of the corpus written by an
// independent encoder: testdata/avro/NAME.bijoy is the output of
// ConvertToANSI in Avro's ANSIconverter.js (github.com/sarim/ibus-avro,
// Apache-2.0, run with node on NAME.txt with য় ড় ঢ় precomposed, which is
// what it expects). Avro writes Bijoy 52 codes (ø for ্ল, « for ্র).
func TestAvroCorpus(t *testing.T) {
	var c cer
	for _, f := range loadCorpus(t) {
		b, err := os.ReadFile(filepath.Join("testdata", "avro", f.name+".bijoy"))
		if err != nil {
			t.Fatal(err)
		}
		got := Convert(string(b))
		c.add(f.unicode, got)
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
	bn, p := c.rates()
	t.Logf("Avro's Bijoy form: CER letters/signs/conjuncts %.3f%% (%d/%d), punctuation %.3f%% (%d/%d)",
		bn, c.bnErr, c.bnLen, p, c.pErr, c.pLen)
	if bn > 1 {
		t.Errorf("CER %.2f%% above 1%%", bn)
	}
}
