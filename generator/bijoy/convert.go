package bijoy

import (
	"strings"

	"github.com/sarakhon/digest/generator/bangla"
)

// Convert turns a run of Bijoy (SutonnyMJ) text, as Unicode characters
// (pasted, or decoded from Windows-1252), into Unicode Bengali in NFC. It
// converts everything it is given: use Fix to convert only what is Bijoy.
// Characters that are not Bijoy codes (ASCII punctuation, spaces, line
// breaks, letters of other scripts) are kept.
func Convert(s string) string {
	toks := tokens(s)
	var b strings.Builder
	b.Grow(len(s) * 2)
	for i := 0; i < len(toks); {
		i = syllable(&b, toks, i)
	}
	return bangla.NFC(b.String())
}

// tokens reads s code by code. It joins "Av" into আ, gives Í, æ and ø
// their Bijoy 52 meaning where the code before them allows only that one,
// and keeps Unicode dashes where the Bijoy reading cannot be.
func tokens(s string) []code {
	rs := []rune(s)
	out := make([]code, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		c, ok := codes[r]
		if !ok {
			out = append(out, code{string(r), other})
			continue
		}
		var prev code
		if len(out) > 0 {
			prev = out[len(out)-1]
		}
		switch {
		case r == 'A' && i+1 < len(rs) && rs[i+1] == 'v':
			c = code{"আ", vowel}
			i++
		case r == '—' && prev.k != half, r == '–' && (i+1 == len(rs) || rs[i+1] == ' ' || prev.k == other):
			// Bijoy's ্ত and ু, but Unicode dashes typed by an editor's
			// autocorrect everywhere ্ত or ু cannot stand: ্ত comes
			// only after a half form (š—), ু never before a space.
			c = code{string(r), other}
		case r == 'Í' && prev.k == half:
			c = ta52
		case r == 'æ' && (prev.u == "র" || prev.u == "্র"):
			c = u52
		case r == 'ø' && (prev.k == cons || prev.k == phala):
			c = lphala
		}
		out = append(out, c)
	}
	return out
}

// syllable writes, in Unicode order, the syllable that starts at toks[i]
// and returns the index after it. In Bijoy order a syllable is: vowel
// signs drawn before the cluster, the cluster (consonants, half forms and
// phalas), reph, then the signs after it (reph may also come last).
// Unicode wants reph first, then the cluster, then every vowel sign, then
// ং ঃ ঁ.
func syllable(b *strings.Builder, toks []code, i int) int {
	start := i
	for i < len(toks) && toks[i].k == pre {
		i++
	}
	pres := toks[start:i]
	if i == len(toks) || (toks[i].k != cons && toks[i].k != half) {
		// A sign before no consonant: keep it; a reph on its own is
		// more likely a © typed in a Latin font.
		if len(pres) == 0 {
			t := toks[i]
			if t.k == reph {
				b.WriteString("©")
			} else {
				b.WriteString(t.u)
			}
			return i + 1
		}
		for _, p := range pres {
			b.WriteString(p.u)
		}
		return i
	}

	var cluster strings.Builder
	joins := true // the last code ends in virama, or there is none yet
	for i < len(toks) {
		t := toks[i]
		switch {
		case t.k == phala && cluster.Len() > 0:
			if cluster.String() == "র" && t.u == "্য" {
				cluster.WriteRune(bangla.ZWJ) // র‍্য, not reph on য
			}
		case (t.k == cons || t.k == half) && joins:
		case t.k == virama && !joins:
			// & joins consonants the font has no conjunct for (ষ্ণ).
			t.k = half
		default:
			goto tail
		}
		u := t.u
		if t.k == phala && joins {
			u = strings.TrimPrefix(u, "্") // half form + phala: one virama
		}
		cluster.WriteString(u)
		joins = t.k == half
		i++
	}
tail:
	hasReph := false
	var posts, signs []code
	for i < len(toks) {
		switch t := toks[i]; {
		case t.k == reph && !hasReph:
			hasReph = true
		case t.k == post:
			posts = append(posts, t)
		case t.k == sign:
			signs = append(signs, t)
		default:
			goto out
		}
		i++
	}
out:
	if hasReph {
		b.WriteString("র্")
	}
	b.WriteString(cluster.String())
	for _, p := range pres {
		switch {
		case p.u == "ে" && len(posts) > 0 && posts[0].u == "া":
			b.WriteString("ো")
			posts = posts[1:]
		case p.u == "ে" && len(posts) > 0 && posts[0].u == "ৗ":
			b.WriteString("ৌ")
			posts = posts[1:]
		default:
			b.WriteString(p.u)
		}
	}
	for _, p := range posts {
		b.WriteString(p.u)
	}
	for _, s := range signs {
		b.WriteString(s.u)
	}
	return i
}
