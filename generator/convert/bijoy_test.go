package convert

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDecodeBijoy checks the warnings Decode gives for Bijoy text: one per
// converted file, at its first converted line, Bengali first; one per line
// left in doubt. The converted text itself is checked by the golden files
// testdata/bijoy-*.
func TestDecodeBijoy(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "bijoy-raw.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		src       []byte
		wantText  string // a part of the text
		wantLines []int  // the lines of the warnings
		wantMsg   []string
	}{
		{"raw Windows-1252", raw, "বাংলাদেশ সরকার", []int{1}, []string{"converted; run `convert --write`"}},
		{"pasted", []byte("ভারত সফর\nXvKvq cÖavbgš¿xi m‡½ ˆeVK K‡i‡Qb|\n"), "ঢাকায় প্রধানমন্ত্রীর সঙ্গে বৈঠক করেছেন।", []int{2}, []string{"converted; run `convert --write`"}},
		{"in doubt", []byte("মন্ত্রী বলেন evsjv‡`k miKvi K‡i‡Qb\n"), "evsjv‡`k miKvi", []int{1}, []string{"left as it is"}},
		{"English", []byte("“Talks went well,” the minister said — © 2026 Reuters"), "“Talks", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, warns, err := Decode(tt.src)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !strings.Contains(text, tt.wantText) {
				t.Errorf("Decode = %q, want it to hold %q", text, tt.wantText)
			}
			if len(warns) != len(tt.wantLines) {
				t.Fatalf("warnings %v, want lines %v", warns, tt.wantLines)
			}
			for i, w := range warns {
				if w.Line != tt.wantLines[i] || w.Bn == "" || !strings.Contains(w.Msg, tt.wantMsg[i]) {
					t.Errorf("warning %d: line %d, %q; want line %d, %q", i, w.Line, w.Error(), tt.wantLines[i], tt.wantMsg[i])
				}
			}
		})
	}
}
