package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sarakhon/digest/generator/bangla"
)

// The open vocabulary: words and names that real news has in the tens of
// thousands (people, places, companies, rare nouns) and that a fixed list
// cannot give. Each is made from syllables as a pure function of its rank,
// so the vocabulary has no end: a bigger corpus meets new words as real
// news does (Heaps' law), and ranks are drawn with Zipf's law, so a few
// words are everywhere and most are rare.
//
// The words are Bengali-looking, not Bengali: they exist to give the
// search index, the tag pages and the feeds the size of real text, not to
// be read.

// syllables are an onset (a consonant or a common conjunct) and a vowel
// sign (or the inherent vowel). None has a nukta, so every word is NFC.
var (
	onsets = []string{
		"ক", "খ", "গ", "ঘ", "চ", "ছ", "জ", "ঝ", "ট", "ঠ", "ড", "ত", "থ", "দ", "ধ", "ন",
		"প", "ফ", "ব", "ভ", "ম", "র", "ল", "শ", "ষ", "স", "হ",
		"ক্ষ", "প্র", "স্ত", "ন্ত", "দ্র", "ম্ব", "ল্প", "স্থ", "ত্র", "শ্র", "ক্র",
	}
	vowelSigns = []string{"", "া", "ি", "ী", "ু", "ূ", "ে", "ো", "ৃ"}
	// nameEnds make a generated word a name: a person's, a place's, an
	// organization's.
	personEnds = []string{"", "", "", "উদ্দিন", "ুল", "া", "ী", "েশ", "ান"}
	surnames   = []string{
		"রহমান", "হোসেন", "আহমেদ", "চৌধুরী", "খান", "ইসলাম", "সরকার", "দাস", "রায়",
		"বসু", "মিত্র", "শেখ", "মিয়া", "তালুকদার", "ভট্টাচার্য", "সেন", "গুপ্ত", "সাহা",
	}
	placeEnds = []string{"পুর", "গঞ্জ", "নগর", "াবাদ", "হাট", "ডাঙা", "স্তান", "িয়া", ""}
	// suffixes are the inflections a noun takes, with how often (of 100).
	suffixes = []struct {
		s    string
		freq int
	}{
		{"", 40}, {"ের", 18}, {"কে", 7}, {"ে", 7}, {"ও", 5}, {"ই", 5}, {"রা", 4},
		{"দের", 4}, {"টি", 3}, {"গুলো", 3}, {"সহ", 2}, {"েরও", 2},
	}
)

// word returns the rank-th word of the open vocabulary (rank ≥ 0): two
// syllables for the first few thousand ranks, then three, then four.
func word(rank uint64) string {
	var b strings.Builder
	n := uint64(len(onsets) * len(vowelSigns))
	// The number of syllables grows with the rank, so that ranks map to
	// distinct words: 2 syllables for ranks < n², 3 below n²+n³…
	syl, base := 2, uint64(0)
	for span := n * n; rank >= base+span; span *= n {
		base += span
		syl++
	}
	x := rank - base
	for range syl {
		s := x % n
		x /= n
		b.WriteString(onsets[s/uint64(len(vowelSigns))])
		b.WriteString(vowelSigns[s%uint64(len(vowelSigns))])
	}
	return b.String()
}

// lexicon draws the words of one article.
type lexicon struct {
	r     *rand.Rand
	words *rand.Zipf // ranks of common nouns and rare words
	names *rand.Zipf // ranks of people and places
}

// Zipf parameters of the open vocabulary; see the calibration in the
// corpus command's doc.
const (
	wordS, wordV = 1.2, 4
	nameS, nameV = 1.05, 20
	maxRank      = 1 << 22
)

func newLexicon(r *rand.Rand) *lexicon {
	return &lexicon{
		r:     r,
		words: rand.NewZipf(r, wordS, wordV, maxRank),
		names: rand.NewZipf(r, nameS, nameV, maxRank),
	}
}

// inflect adds a suffix drawn by its frequency.
func (l *lexicon) inflect(w string) string {
	x := l.r.IntN(100)
	for _, s := range suffixes {
		if x < s.freq {
			switch s.s {
			case "ের":
				return genitive(w)
			case "েরও":
				return genitive(w) + "ও"
			case "ে":
				return locative(w)
			}
			return w + s.s
		}
		x -= s.freq
	}
	return w
}

// join writes end after w; an end that starts with a vowel sign replaces
// the vowel sign w ends with, as কবি + আবাদ is written কবাবাদ.
func join(w, end string) string {
	if end != "" && isVowelSign(firstRune(end)) && endsInVowel(w) {
		_, size := utf8.DecodeLastRuneInString(w)
		w = w[:len(w)-size]
	}
	return w + end
}

func isVowelSign(r rune) bool { return r >= 'া' && r <= 'ৌ' }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// word draws a common noun, inflected.
func (l *lexicon) word() string { return l.inflect(word(l.words.Uint64())) }

// person draws a person's name, the surname inflected.
func (l *lexicon) person() string {
	rank := l.names.Uint64()
	given := join(word(rank/3), personEnds[rank%uint64(len(personEnds))])
	return given + " " + l.inflect(surnames[(rank/7)%uint64(len(surnames))])
}

// place draws a place name, inflected.
func (l *lexicon) place() string {
	rank := l.names.Uint64()
	return l.inflect(join(word(rank+1000), placeEnds[rank%uint64(len(placeEnds))]))
}

// Counts describe a corpus for its calibration.
type Counts struct {
	Words, Forms, Tags int // running words, distinct word forms, distinct tags
	BodyBytes          int // UTF-8 bytes of the bodies (lead, subheadings, paragraphs)
}

// Count makes articles 1..n and counts their words and tags. A word is a
// run of letters and marks, as a search index splits text.
func Count(g *Generator, n int) Counts {
	var c Counts
	forms := map[string]bool{}
	tags := map[string]bool{}
	for i := 1; i <= n; i++ {
		d := g.Article(i)
		texts := []string{d.Lead}
		for _, s := range d.Sections {
			texts = append(texts, s.Heading)
			texts = append(texts, s.Paragraphs...)
		}
		for _, t := range texts {
			c.BodyBytes += len(t) + 1
			for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
				c.Words++
				forms[w] = true
			}
		}
		for _, t := range d.Tags {
			tags[bangla.TagKey(t)] = true
		}
	}
	c.Forms, c.Tags = len(forms), len(tags)
	return c
}
