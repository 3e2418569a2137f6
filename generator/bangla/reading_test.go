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
