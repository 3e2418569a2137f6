package bijoy

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/bangla"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite the Bijoy forms of the corpus in testdata/corpus")

// corpusFile is one text of the corpus: the Unicode a writer meant (which
// is also the expected output) and its Bijoy form as a typist stores it.
type corpusFile struct {
	name           string
	unicode, bijoy string
}

// b52Files are written in Bijoy 52 codes; the rest in Bijoy 2000.
var b52Files = map[string]bool{"03-rohingya-un": true, "07-climate-cop": true, "15-tricky-sequences": true}

// loadCorpus reads testdata/corpus; with -update it first writes each
// NAME.bijoy from NAME.txt.
func loadCorpus(t testing.TB) []corpusFile {
	t.Helper()
	paths, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var out []corpusFile
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		u, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		bp := strings.TrimSuffix(p, ".txt") + ".bijoy"
		if *update {
			st := classic
			if b52Files[name] {
				st = b52
			}
			if err := os.WriteFile(bp, []byte(newEncoder(st).encode(string(u))), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		b, err := os.ReadFile(bp)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		out = append(out, corpusFile{name, bangla.NFC(string(u)), string(b)})
	}
	return out
}

// editDistance is the Levenshtein distance between two rune slices.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// isPunct reports the characters counted apart from letters, signs and
// conjuncts: everything outside the Bengali block except digits' Bengali
// forms, which are in the block.
func isPunct(r rune) bool { return r < 0x0980 || r > 0x09FF }

// cer measures the character error rate of got against want, line by
// line, apart for Bengali (letters, signs, conjuncts, digits) and for
// the rest (punctuation and spaces): edit distance over the length of
// want, after NFC.
type cer struct{ bnErr, bnLen, pErr, pLen int }

func (c *cer) add(want, got string) {
	wl, gl := strings.Split(bangla.NFC(want), "\n"), strings.Split(bangla.NFC(got), "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		split := func(s string, punct bool) []rune {
			var rs []rune
			for _, r := range s {
				if isPunct(r) == punct {
					rs = append(rs, r)
				}
			}
			return rs
		}
		wb, gb := split(w, false), split(g, false)
		wp, gp := split(w, true), split(g, true)
		c.bnErr += editDistance(wb, gb)
		c.bnLen += len(wb)
		c.pErr += editDistance(wp, gp)
		c.pLen += len(wp)
	}
}

// checkCER logs the error rates of both arrival forms and fails above 1 %
// for letters, signs and conjuncts.
func checkCER(t *testing.T, what string, pasted, raw cer) {
	t.Helper()
	for _, m := range []struct {
		name string
		c    cer
	}{{"pasted", pasted}, {"raw Windows-1252", raw}} {
		bn, p := m.c.rates()
		t.Logf("%s, %s: CER letters/signs/conjuncts %.3f%% (%d/%d), punctuation %.3f%% (%d/%d)",
			what, m.name, bn, m.c.bnErr, m.c.bnLen, p, m.c.pErr, m.c.pLen)
		if bn > 1 {
			t.Errorf("%s, %s: CER %.2f%% above 1%%", what, m.name, bn)
		}
	}
}

func (c cer) rates() (bn, punct float64) {
	return 100 * float64(c.bnErr) / float64(max(c.bnLen, 1)), 100 * float64(c.pErr) / float64(max(c.pLen, 1))
}

// TestCorpus converts the Bijoy form of every corpus text, pasted (as
// UTF-8) and as the raw Windows-1252 bytes of a Bijoy-era program, and
// measures the character error rate against the Unicode.
func TestCorpus(t *testing.T) {
	var pasted, raw cer
	words := 0
	for _, f := range loadCorpus(t) {
		words += len(strings.Fields(f.unicode))
		got := Convert(f.bijoy)
		pasted.add(f.unicode, got)
		if got != f.unicode {
			wl, gl := strings.Split(f.unicode, "\n"), strings.Split(got, "\n")
			for i := range min(len(wl), len(gl)) {
				if wl[i] != gl[i] {
					t.Errorf("%s:%d:\n got %s\nwant %s", f.name, i+1, gl[i], wl[i])
				}
			}
		}
		b, err := charmap.Windows1252.NewEncoder().String(f.bijoy)
		if err != nil {
			t.Fatalf("%s: the Bijoy form is not Windows-1252: %v", f.name, err)
		}
		r := Fix(b)
		if !r.Windows1252 {
			t.Errorf("%s: raw bytes not taken for Bijoy", f.name)
		}
		raw.add(f.unicode, r.Text)
	}
	if words < 5000 {
		t.Errorf("corpus has %d words, want at least 5000", words)
	}
	checkCER(t, fmt.Sprintf("%d words", words), pasted, raw)
}

// TestCorpusDetection checks that every text of the corpus is found: as a
// whole file, and line by line with each line judged on its own, as a
// paragraph pasted into a Unicode file is.
func TestCorpusDetection(t *testing.T) {
	lines, found, unsure := 0, 0, 0
	for _, f := range loadCorpus(t) {
		if !IsBijoy(f.bijoy) {
			t.Errorf("%s: not taken for Bijoy", f.name)
		}
		if r := Fix(f.bijoy); r.Text != Convert(f.bijoy) || len(r.Unsure) > 0 {
			t.Errorf("%s: Fix converts only lines %v, unsure %v", f.name, r.Converted, r.Unsure)
		}
		for i, l := range strings.Split(f.bijoy, "\n") {
			if strings.TrimSpace(l) == "" {
				continue
			}
			lines++
			switch Classify(l) {
			case IsBijoyRun:
				found++
			case Unsure:
				unsure++
				t.Logf("%s:%d: unsure on its own: %s", f.name, i+1, l)
			default:
				t.Logf("%s:%d: missed on its own: %s", f.name, i+1, l)
			}
		}
	}
	t.Logf("lines judged on their own: %d Bijoy, %d unsure, %d missed, of %d", found, unsure, lines-found-unsure, lines)
	// Lines of one or two words (subheadings) may need the file around
	// them; a paragraph pasted alone must be found.
	if 100*found < 98*lines {
		t.Errorf("only %d of %d lines found on their own", found, lines)
	}
}
