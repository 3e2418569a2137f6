package bangla

import (
	"strconv"
	"strings"
)

// zero is the Bengali digit zero; ১–৯ follow it in order.
const zero = '০'

// Digits returns s with every ASCII digit 0–9 replaced by the Bengali
// digit ০–৯. Everything else, including invalid UTF-8, is kept as is.
func Digits(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		// ASCII bytes never occur inside a multi-byte UTF-8 sequence.
		if c := s[i]; '0' <= c && c <= '9' {
			b.WriteRune(zero + rune(c-'0'))
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// ASCIIDigits returns s with every Bengali digit ০–৯ replaced by the ASCII
// digit 0–9, so that a date or number typed in Bengali can be parsed.
func ASCIIDigits(s string) string {
	if !strings.ContainsFunc(s, isBengaliDigit) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBengaliDigit(r) {
			return '0' + (r - zero)
		}
		return r
	}, s)
}

func isBengaliDigit(r rune) bool { return zero <= r && r <= zero+9 }

// Itoa returns n in Bengali digits, without digit grouping: Itoa(2026) is
// "২০২৬".
func Itoa(n int) string {
	return Digits(strconv.Itoa(n))
}

// FormatInt returns n in Bengali digits, or in ASCII digits when latin is
// set; see the package doc for the latin flag.
func FormatInt(n int, latin bool) string {
	return number(strconv.Itoa(n), latin)
}

// number returns the ASCII digits of s as the reader should see them.
func number(s string, latin bool) string {
	if latin {
		return s
	}
	return Digits(s)
}
