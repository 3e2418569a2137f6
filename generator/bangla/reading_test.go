package bangla

import (
	"strings"
	"testing"
)

func TestReadingMinutes(t *testing.T) {
	words := func(n int) string { return strings.Repeat("কূটনৈতিক ", n) }
	tests := []struct {
		name string
		text string
		want int
	}{
		{"empty text still takes a minute", "", 1},
		{"punctuation is not a word", "। — ## ॥ “ ”", 1},
		{"the lead", lead, 1},
		{"one minute", words(180), 1},
		{"rounded down", words(269), 1},
		{"rounded up", words(270), 2},
		{"four minutes", words(720), 4},
		{"words split by any white space", strings.Repeat("ভারত\nসফর\t", 360), 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ReadingMinutes(tt.text); got != tt.want {
				t.Errorf("ReadingMinutes = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestWords(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"ভারত ও রাশিয়া", 3},
		{"## পুতিনের সফর", 2},
		{"সফর । — ॥ শেষ।", 2},
		{"ক্ষ\u00a0শ্র\u2003জ্ঞ\u3000x", 4},
		{"  ২০২৫ সালে\n\n১২টি  ", 3},
		{"\u200c\u200d ক\u200dষ", 1},
		{"e-mail, ৳ ৫০০", 2},
	} {
		if got, ref := Words(tt.text), refWords(tt.text); got != tt.want || ref != tt.want {
			t.Errorf("Words(%q) = %d, reference %d, want %d", tt.text, got, ref, tt.want)
		}
	}
}

// refWords is the plain definition of Words that the fast one must match.
func refWords(text string) int {
	n := 0
	for f := range strings.FieldsSeq(text) {
		if strings.IndexFunc(f, isWordRune) >= 0 {
			n++
		}
	}
	return n
}

func FuzzWords(f *testing.F) {
	f.Add("## পুতিনের সফর।\n\nভারত\u00a0ও — রাশিয়া ॥")
	f.Add("\xe0\xa6 ক\xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), refWords(s); got != want {
			t.Fatalf("Words(%q) = %d, want %d", s, got, want)
		}
	})
}

func TestFormatReadingTime(t *testing.T) {
	tests := []struct {
		minutes int
		latin   bool
		want    string
	}{
		{4, false, "৪ মিনিটে পড়া"},
		{12, false, "১২ মিনিটে পড়া"},
		{4, true, "4 মিনিটে পড়া"},
	}
	for _, tt := range tests {
		if got := FormatReadingTime(tt.minutes, tt.latin); got != tt.want {
			t.Errorf("FormatReadingTime(%d, %v) = %q, want %q", tt.minutes, tt.latin, got, tt.want)
		}
	}
}
