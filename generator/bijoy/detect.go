package bijoy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Verdict is what detection says about a run of text.
type Verdict uint8

const (
	// NotBijoy is Unicode text, English or anything else: left alone.
	NotBijoy Verdict = iota
	// IsBijoyRun is Bijoy text: converted.
	IsBijoyRun
	// Unsure has some Bijoy evidence, too little to convert: left alone
	// and reported.
	Unsure
)

// Scores of the evidence. A word is Bijoy-like at wordBijoy, which takes
// two ASCII patterns or one strong code. A run on its own is Bijoy from
// runBijoy with a strong code, and worth a warning from runUnsure, when
// its Bijoy-like words outnumber its English ones and make a third of it
// (see verdict).
const (
	wordBijoy = 3
	runBijoy  = 6
	runUnsure = 4
)

// typographic are the Bijoy codes that are also common marks of Unicode
// and English text; they count little, and only inside a word.
const typographic = "“”‘’–—…©®™•°±·×÷¼½¾²³µ»"

// frequentWords are Bijoy spellings of the commonest words of Bengali
// news: with the pure-ASCII ones (Ges, wZwb, XvKv) a short ASCII run of
// Bijoy is told from an English one.
var frequentWords = map[string]bool{
	"Ges": true, "GKwU": true, "wZwb": true, "Zvi": true, "Zviv": true, "GB": true,
	"Kiv": true, "Kivi": true, "Avi": true, "nq": true, "wK": true, "XvKv": true,
	"XvKvq": true, "miKvi": true, "miKv‡ii": true, "fviZ": true, "Pxb": true, "welq": true,
	"mgq": true, "eQi": true, "MZ": true, "AvR": true, "bZyb": true, "w`b": true,
	"Avgiv": true, "Rb¨": true, "evsjv‡`k": true, "evsjv‡`‡ki": true, "K‡i‡Qb": true,
	"n‡q‡Q": true, "K‡i": true, "n‡e": true, "e‡jb": true, "Av‡Q": true, "wb‡q": true,
	"w`‡q": true, "Rvbvb": true, "Rvwb‡q‡Q": true, "bv": true, "Dci": true, "mn": true,
	"Kg©KZ©v": true, "gš¿x": true, "ciivóª": true, "hy³ivóª": true, "c‡i": true,
}

// englishWords are frequent English words, in lower case; none is a
// Bijoy word.
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "in": true, "is": true, "was": true,
	"for": true, "on": true, "with": true, "that": true, "said": true, "by": true,
	"at": true, "from": true, "as": true, "has": true, "have": true, "will": true,
	"be": true, "are": true, "it": true, "its": true, "an": true, "this": true,
	"which": true, "after": true, "minister": true, "president": true, "government": true,
	"talks": true, "would": true, "not": true, "but": true, "their": true, "they": true,
	"he": true, "she": true, "his": true, "her": true, "we": true, "our": true,
	"been": true, "were": true, "or": true, "more": true, "new": true, "also": true,
	"who": true, "about": true, "than": true, "over": true, "into": true, "year": true,
	"two": true, "foreign": true, "trade": true, "deal": true, "week": true, "on-line": true,
	"a": true, "there": true, "could": true, "should": true, "between": true, "other": true,
}

// scan reports, in one pass over the bytes, whether text may be Bijoy
// and whether it is valid UTF-8. It may be Bijoy when it has a Bijoy code
// above ASCII other than a typographic mark, a © after a letter, or a pair
// of ASCII letters that English words rarely have and Bijoy has everywhere
// (a lower-case letter before a capital, as in miKvi, or a capital
// consonant code before a vowel-sign code, as in Kv). Unicode Bengali and
// plain English text end here, at about the speed of utf8.ValidString.
func scan(text string) (maybe, valid bool) {
	var prev byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			if follows[prev]&class[c] != 0 {
				maybe = true
			}
			prev = c
			i++
			continue
		}
		prev = 0
		// Bengali letters, the bulk of a Unicode article, in a tight loop.
		for i+2 < len(text) && text[i] == 0xE0 && text[i+1]|1 == 0xA7 && text[i+2]&0xC0 == 0x80 {
			i += 3
		}
		if i == len(text) || text[i] < 0x80 {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			return maybe, false
		}
		// Bijoy codes above ASCII are in U+00A0–U+00FF, U+0152–U+02DC
		// and U+2013–U+2122.
		if r == '©' && i > 0 && class[text[i-1]]&letter != 0 || r < 0x100 && upperCodes[r] || r >= 0x100 && otherCodes[r] {
			maybe = true
		}
		i += size
	}
	return maybe, true
}

// Classes of ASCII bytes for scan.
const (
	letter   = 1 << iota // A–Z, a–z
	capital              // A–Z: after a lower-case letter, Bijoy (miKvi)
	signCode             // v x y z ~: after a consonant code, Bijoy (Kv)
)

// class holds the classes of each byte; follows, for each byte, the
// classes of the next byte that make the pair Bijoy.
var class, follows = func() (class, follows [256]uint8) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if isLower(b) || isUpper(b) {
			class[c] |= letter
		}
		if isUpper(b) {
			class[c] |= capital
		}
		if isSignCode(b) {
			class[c] |= signCode
		}
		if isLower(b) {
			follows[c] |= capital
		}
		if consonantCode(b) {
			follows[c] |= signCode
		}
	}
	return class, follows
}()

// upperCodes and otherCodes are the Bijoy codes above ASCII that are not
// typographic marks, for scan: those up to U+00FF in a table, the
// few above in a map.
var upperCodes, otherCodes = func() (t [256]bool, m map[rune]bool) {
	m = map[rune]bool{}
	for r := range codes {
		switch {
		case r < 0x80 || strings.ContainsRune(typographic, r):
		case r < 0x100:
			t[r] = true
		default:
			m[r] = true
		}
	}
	return t, m
}()

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// consonantCode reports the capitals that are Bijoy consonants (K–Z);
// A–J are the independent vowels.
func consonantCode(c byte) bool { return 'K' <= c && c <= 'Z' }

// isSignCode reports the codes of vowel signs drawn after a consonant.
func isSignCode(c byte) bool { return c == 'v' || c == 'x' || c == 'y' || c == 'z' || c == '~' }

// hasBengali reports a letter, sign or digit of the Bengali block.
func hasBengali(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE0 && (s[i+1] == 0xA6 || s[i+1] == 0xA7) {
			return true
		}
	}
	return false
}

// Classify judges one run of text (a line) on its own.
func Classify(run string) Verdict {
	return weigh(run).verdict(false)
}

// evidence is what weigh found in a run.
type evidence struct {
	score        int  // the sum of the word scores
	words        int  // words with a letter
	bijoyWords   int  // words scoring wordBijoy or more
	strongWords  int  // words with a strong code or a frequent Bijoy word
	englishWords int  // frequent English words and words with English letter pairs
	bengali      bool // the run has Bengali letters: it is Unicode
}

// verdict judges the evidence; inBijoy says the file around the run is
// Bijoy, which lowers the bar for short runs (a byline, a title). A run is
// Bijoy only when its Bijoy-like words outnumber its English ones.
func (e evidence) verdict(inBijoy bool) Verdict {
	more := e.bijoyWords > e.englishWords
	third := 3*e.bijoyWords >= e.words // a few look-alike names in a long line are not enough
	switch {
	case e.bengali && e.strongWords >= 2:
		return Unsure // Unicode Bengali with Bijoy pasted into the line
	case e.bengali:
		return NotBijoy
	case more && third && e.strongWords > 0 && e.score >= runBijoy:
		return IsBijoyRun
	case inBijoy && e.score >= wordBijoy && (more || e.englishWords == 0):
		return IsBijoyRun
	case e.englishWords == 0 && e.bijoyWords >= 2 && 2*e.bijoyWords >= e.words && e.score >= 4*e.words:
		return IsBijoyRun // pure ASCII, but dense: gvbevwaKvi hvPvB
	case more && third && e.score >= runUnsure:
		return Unsure
	}
	return NotBijoy
}

// weigh adds up the evidence of a run. Web and e-mail addresses do not
// count.
func weigh(run string) evidence {
	e := evidence{bengali: hasBengali(run)}
	for _, w := range strings.Fields(run) {
		if isAddress(w) {
			continue
		}
		s, strong, letters := wordScore(w)
		switch {
		case !letters:
			continue
		case s >= wordBijoy:
			e.bijoyWords++
		case s < 0:
			e.englishWords++
		}
		e.words++
		if strong {
			e.strongWords++
		}
		e.score += s
	}
	return e
}

// englishBigrams are letter pairs of English that Bijoy text has almost
// never (th would be ঃয, ou ড়ঁ).
var englishBigrams = []string{"th", "sh", "ou", "oo", "ee", "ck", "tion"}

// wordScore weighs one word (a run of non-space characters): its score,
// whether it has strong evidence, and whether it has a letter at all.
func wordScore(w string) (score int, strong, letters bool) {
	core := strings.Trim(w, `.,;:!?'"()[]{}<>*#@$%+=/-`)
	if core == "" {
		return 0, false, false
	}
	if frequentWords[strings.TrimRight(core, "|")] {
		return 4, true, true
	}
	lower := strings.ToLower(core)
	if englishWords[lower] {
		return -2, false, true
	}
	// English letter pairs in lower case, with a capital only first
	// (Thailand): Bijoy's capitals are letters of their own (cK is পক).
	plain := lower[:1] + core[1:]
	for _, bg := range englishBigrams {
		if strings.Contains(plain, bg) {
			return -1, false, true
		}
	}
	rs := []rune(core)
	for i, r := range rs {
		var prev, next rune
		if i > 0 {
			prev = rs[i-1]
		}
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if r < 0x80 {
			c, p := byte(r), byte(min(prev, 0x7F))
			letters = letters || isLower(c) || isUpper(c)
			switch {
			case isLower(p) && isUpper(c):
				score += 2 // miKvi, XvKv
			case consonantCode(p) && isSignCode(c):
				score += 2 // Kv, Zx, K~
			case c == 'q' && next != 'u' && prev != 0:
				score++ // য়: English has q only before u
			case c == '|' && next == 0 && prev != 0:
				score += 2 // a danda after a word
			case c == '`' && prev != 0:
				score += 2 // দ inside a word
			case (c == '_' || c == '^') && prev != 0:
				score++ // থ, ্ব
			}
			continue
		}
		c, ok := codes[r]
		if !ok || c.k == other {
			continue
		}
		letters = true
		switch {
		case c.k == half && next != 0 && codes[next].k == phala:
			score += 3 // š— is ন্ত, whatever š is in Czech
			strong = true
		case strings.ContainsRune(typographic, r) || european(r):
			// A letter of a European name or a typographic mark: a
			// little evidence inside a word (“ in i“), except the
			// marks English has inside words too (don’t, Dhaka—Delhi).
			if prev != 0 && next != 0 && !strings.ContainsRune("’‘–—", r) {
				score++
			}
			if r == '©' && prev != 0 && !unicode.IsDigit(prev) {
				score += 2 // reph after its consonant: Kvh©
			}
		case placed(c.k, prev, next):
			score += 3
			strong = true
		}
	}
	return score, strong, letters
}

// european reports the letters of European languages among the Bijoy
// codes (é ü š ø…): Bijoy conjuncts, but also letters of names.
func european(r rune) bool {
	return unicode.Is(unicode.Latin, r) && r != 'ª' && r != 'º' && r != 'ƒ'
}

// placed reports whether a code of kind k stands where Bijoy puts it: a
// sign drawn before its consonant and a half form have something after
// them, a phala or sign drawn after its consonant has a letter before it,
// a conjunct is inside a word.
func placed(k kind, prev, next rune) bool {
	switch k {
	case pre, half:
		return next != 0
	case phala, post, reph, sign:
		return prev != 0 && !unicode.IsDigit(prev)
	}
	return prev != 0 || next != 0
}

// IsBijoy reports whether text as a whole is Bijoy: whether its runs of
// Bijoy outnumber its other runs with letters.
func IsBijoy(text string) bool {
	if maybe, _ := scan(text); !maybe {
		return false
	}
	bijoy, others := 0, 0
	for _, line := range strings.Split(text, "\n") {
		e := weigh(line)
		switch {
		case e.words == 0:
		case e.verdict(false) == IsBijoyRun:
			bijoy++
		default:
			others++
		}
	}
	return bijoy > 0 && bijoy >= others
}
