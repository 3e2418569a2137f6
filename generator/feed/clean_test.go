package feed

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestClean compares clean with the rune-by-rune definition: a string of
// allowed characters is kept as it is (U+FFFD included), any other loses
// its disallowed characters and invalid bytes.
func TestClean(t *testing.T) {
	want := func(s string) string {
		ok := utf8.ValidString(s)
		for _, r := range s {
			ok = ok && xmlChar(r)
		}
		if ok {
			return s
		}
		return strings.Map(func(r rune) rune {
			if r == utf8.RuneError || !xmlChar(r) {
				return -1
			}
			return r
		}, s)
	}
	for _, s := range []string{
		"", "ঢাকা-দিল্লি বৈঠক।", "tab\tline\nret\r", "bell\a", "nul\x00",
		"\uFFFD", "\uFFFC", "\uFFFE", "\uFFFF", "\U0001F600", "\xef\xbf", "\xed\xa0\x80", "\xff", "del\x7f",
	} {
		if got := clean(s); got != want(s) {
			t.Errorf("clean(%+q) = %+q, want %+q", s, got, want(s))
		}
	}
}
