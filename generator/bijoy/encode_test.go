package bijoy

import (
	"sort"
	"strings"

	"github.com/sarakhon/digest/generator/bangla"
)

// This file writes Unicode Bengali the way a Bijoy typist would, to make
// the Bijoy form of the test corpus. It reuses the decoding table, so it
// proves only that the two directions agree; the reference comparison
// (reference_test.go) is the independent check.

// style picks the codes of Bijoy 2000 (classic) or Bijoy 52.
type style int

const (
	classic style = iota
	b52
)

// encoder holds the decoding table inverted: Unicode sequence to code,
// the code with the smallest rune winning unless preferred says otherwise.
type encoder struct {
	full, half, phala map[string]string
	maxLen            int
	style             style
}

// preferred are the codes typists use where the font has several.
var preferred = map[string]string{"ে": "‡", "্ন": "œ", "জ্ঞ": "Á", "্র": "ª"}

func newEncoder(st style) *encoder {
	e := &encoder{full: map[string]string{}, half: map[string]string{}, phala: map[string]string{}, style: st}
	var rs []rune
	for r := range codes {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	for _, r := range rs {
		c := codes[r]
		if r == 'Í' || r == 'æ' || r == 'ø' { // ambiguous: typists spell these out
			continue
		}
		u := bangla.NFC(c.u)
		var m map[string]string
		switch c.k {
		case cons:
			m = e.full
		case half:
			m = e.half
		case phala:
			m = e.phala
		default:
			continue
		}
		if _, ok := m[u]; !ok {
			m[u] = string(r)
		}
		if p, ok := preferred[u]; ok {
			m[u] = p
		}
		e.maxLen = max(e.maxLen, len([]rune(u)))
	}
	return e
}

func isConsonant(r rune) bool { return (r >= 'ক' && r <= 'হ') || r == 'ৎ' } // NFC decomposes ড় ঢ় য়

// longest returns the longest key of m that starts rs, and its code.
func (e *encoder) longest(m map[string]string, rs []rune) (int, string) {
	for n := min(e.maxLen, len(rs)); n > 0; n-- {
		if c, ok := m[string(rs[:n])]; ok {
			return n, c
		}
	}
	return 0, ""
}

// cluster encodes consonants joined by virama.
func (e *encoder) cluster(rs []rune) string {
	var b strings.Builder
	joined := false // the last code was a half form
	for p := 0; p < len(rs); {
		if joined {
			if n, c := e.longest(e.phala, append([]rune{'্'}, rs[p:]...)); n > 1 {
				if e.style == b52 && c == "—" {
					c = "Í"
				}
				b.WriteString(c)
				p += n - 1
				joined = false
				continue
			}
		} else if p > 0 && rs[p] == '্' {
			if n, c := e.longest(e.phala, rs[p:]); n > 0 {
				if e.style == b52 && c == "¬" {
					c = "ø"
				}
				b.WriteString(c)
				p += n
				continue
			}
		}
		n, c := e.longest(e.full, rs[p:])
		hn, hc := e.longest(e.half, rs[p:])
		if n > 0 && hn > 0 && p+n+1 < len(rs) && rs[p+n] == '্' {
			if pn, _ := e.longest(e.phala, rs[p+n:]); pn == 0 {
				n = 0 // the conjunct does not take what follows: use the half form
			}
		}
		if hn > 0 && hn >= n && e.halfFirst(rs[p+hn:]) {
			b.WriteString(hc)
			p += hn
			joined = true
			continue
		}
		switch {
		case n > 0:
			b.WriteString(c)
			p += n
		case rs[p] == '্':
			b.WriteString("&")
			p++
		default:
			b.WriteRune(rs[p])
			p++
		}
		joined = false
	}
	return b.String()
}

// halfFirst reports whether a typist would write a half form before rest:
// before the second halves that exist only as phalas, and before a
// consonant that has no phala; else the full consonant takes the phala.
func (e *encoder) halfFirst(rest []rune) bool {
	n, c := e.longest(e.phala, append([]rune{'্'}, rest...))
	return n == 0 || strings.ContainsAny(c, "—‘’‹Œ¿ú¢£¥^")
}

var signCodes = map[rune]string{
	'া': "v", 'ী': "x", 'ু': "y", 'ূ': "~", 'ৃ': "„", 'ৗ': "Š",
	'ং': "s", 'ঃ': "t", 'ঁ': "u",
}

var letterCodes = map[rune]string{
	'অ': "A", 'আ': "Av", 'ই': "B", 'ঈ': "C", 'উ': "D", 'ঊ': "E", 'ঋ': "F",
	'এ': "G", 'ঐ': "H", 'ও': "I", 'ঔ': "J",
	'।': "|", '॥': "\\", '“': "Ò", '”': "Ó", '‘': "Ô", '’': "Õ", '—': "Ñ", '–': "Ð",
}

// kar are the consonant + vowel sign pairs with a code of their own.
var kar = map[string]string{"গু": "¸", "শু": "ï", "হু": "û", "হৃ": "ü"}

// encode writes NFC Unicode Bengali as Bijoy.
func (e *encoder) encode(s string) string {
	rs := []rune(bangla.NFC(s))
	var b strings.Builder
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r >= '০' && r <= '৯':
			b.WriteRune('0' + r - '০')
			i++
			continue
		case !isConsonant(r):
			if c, ok := letterCodes[r]; ok {
				b.WriteString(c)
			} else if c, ok := signCodes[r]; ok {
				b.WriteString(c)
			} else {
				b.WriteRune(r)
			}
			i++
			continue
		}
		rephed := false
		if r == 'র' && i+2 < len(rs) && rs[i+1] == '্' && isConsonant(rs[i+2]) {
			rephed = true
			i += 2
		}
		start := i
		for i < len(rs) {
			if !isConsonant(rs[i]) {
				break
			}
			i++
			if i < len(rs) && rs[i] == '়' {
				i++
			}
			if i+1 < len(rs) && rs[i] == bangla.ZWJ && rs[i+1] == '্' {
				i++
			}
			if i+1 < len(rs) && rs[i] == '্' && isConsonant(rs[i+1]) {
				i++
				continue
			}
			break
		}
		clusterRunes := []rune(strings.ReplaceAll(string(rs[start:i]), "\u200D", ""))
		var vs rune
		if i < len(rs) && ((rs[i] >= 'া' && rs[i] <= 'ৌ') || rs[i] == 'ৗ') && rs[i] != '্' {
			vs = rs[i]
			i++
		}
		cl := ""
		if c, ok := kar[string(clusterRunes)+string(vs)]; ok && !rephed {
			cl, vs = c, 0
		} else {
			cl = e.cluster(clusterRunes)
		}
		if i < len(rs) && rs[i] == '্' { // a virama after the cluster
			cl += "&"
			i++
		}
		switch vs {
		case 'ি':
			b.WriteString("w")
		case 'ে', 'ো', 'ৌ':
			b.WriteString("‡")
		case 'ৈ':
			b.WriteString("ˆ")
		}
		b.WriteString(cl)
		if rephed {
			b.WriteString("©")
		}
		lastR := clusterRunes[len(clusterRunes)-1]
		switch vs {
		case 'ো':
			b.WriteString("v")
		case 'ৌ':
			b.WriteString("Š")
		case 'ু':
			switch {
			case lastR == 'র' && e.style == b52:
				b.WriteString("æ")
			case lastR == 'র':
				b.WriteString("“")
			default:
				b.WriteString("y")
			}
		case 'ূ':
			if lastR == 'র' {
				b.WriteString("ƒ")
			} else {
				b.WriteString("~")
			}
		case 0, 'ি', 'ে', 'ৈ':
		default:
			b.WriteString(signCodes[vs])
		}
	}
	return b.String()
}
