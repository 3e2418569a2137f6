package bangla

import "testing"

func TestDigits(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0123456789", "০১২৩৪৫৬৭৮৯"},
		{"25 November 2026", "২৫ November ২০২৬"},
		{"৩ অক্টোবর, 25 বছর", "৩ অক্টোবর, ২৫ বছর"},
		{"$40 থেকে $55", "$৪০ থেকে $৫৫"},
		{"-12.5%", "-১২.৫%"},
		{"১২3", "১২৩"},
		{"\xff9", "\xff৯"},
		{"ভারত", "ভারত"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Digits(tt.in); got != tt.want {
			t.Errorf("Digits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatInt(t *testing.T) {
	tests := []struct {
		n            int
		bengali, lat string
	}{
		{0, "০", "0"},
		{4, "৪", "4"},
		{1433, "১৪৩৩", "1433"},
		{2026, "২০২৬", "2026"},
		{-5, "-৫", "-5"},
		{1234567, "১২৩৪৫৬৭", "1234567"},
	}
	for _, tt := range tests {
		if got := FormatInt(tt.n, false); got != tt.bengali {
			t.Errorf("FormatInt(%d, false) = %q, want %q", tt.n, got, tt.bengali)
		}
		if got := Itoa(tt.n); got != tt.bengali {
			t.Errorf("Itoa(%d) = %q, want %q", tt.n, got, tt.bengali)
		}
		if got := FormatInt(tt.n, true); got != tt.lat {
			t.Errorf("FormatInt(%d, true) = %q, want %q", tt.n, got, tt.lat)
		}
	}
}
