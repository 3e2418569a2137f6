package synth

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bengali inflection, just enough for the vocabulary of this corpus.
const (
	anusvara = 'ং'
	khandaTa = 'ৎ'
	aKar     = 'া'
)

// endsInVowel reports whether the last letter of w is pronounced with a
// written vowel: a vowel sign (া ি ী ু ূ ৃ ে ৈ ো ৌ) or an independent vowel
// (অ…ঔ), as in রাশিয়া, দিল্লি, টোকিও.
func endsInVowel(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return (r >= 'া' && r <= 'ৌ') || (r >= 'অ' && r <= 'ঔ')
}

// genitive returns the possessive form: ভারত → ভারতের, রাশিয়া → রাশিয়ার,
// বেইজিং → বেইজিংয়ের, বিদ্যুৎ → বিদ্যুতের.
func genitive(w string) string {
	r, size := utf8.DecodeLastRuneInString(w)
	switch {
	case endsInVowel(w):
		return w + "র"
	case r == anusvara:
		return w + "য়ের"
	case r == khandaTa:
		return w[:len(w)-size] + "তের"
	}
	return w + "ের"
}

// locative returns the "in/at" form: ভারত → ভারতে, ঢাকা → ঢাকায়,
// দিল্লি → দিল্লিতে, বেইজিং → বেইজিংয়ে.
func locative(w string) string {
	r, size := utf8.DecodeLastRuneInString(w)
	switch {
	case r == aKar:
		return w + "য়"
	case endsInVowel(w):
		return w + "তে"
	case r == anusvara:
		return w + "য়ে"
	case r == khandaTa:
		return w[:len(w)-size] + "তে"
	}
	return w + "ে"
}

// digits writes n with Bengali digits: 2025 → ২০২৫.
func digits(n int) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '০'
		}
		return r
	}, strconv.Itoa(n))
}
