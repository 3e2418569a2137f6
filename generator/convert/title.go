package convert

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sarakhon/digest/generator/bangla"
)

// deriveTitle sets the title from the lead and warns: the editor should
// read a title the converter made up.
func (p *reader) deriveTitle() {
	p.a.Title = deriveTitle(p.a.Lead)
	p.warn(p.a.Blocks[0].Line, "শিরোনাম নেই; প্রথম বাক্য থেকে শিরোনাম তৈরি হয়েছে: «"+p.a.Title+"»। ফাইলের প্রথম লাইনে দাঁড়ি ছাড়া শিরোনাম লিখুন",
		"no headline: the title was made from the first sentence; write a headline without a full stop on the first line")
}

// ellipsis marks a derived title that was cut.
const ellipsis = "…"

// deriveTitle makes a title from the lead's first sentence, without a
// final '।'. A sentence longer than MaxTitleRunes is cut, and the cut
// marked with '…': at the last clause boundary (, ; : — –) in the second
// half of the limit; else after the last word that closes a phrase (see
// PhraseEnds and Postpositions) in its last two thirds; else at the last
// word boundary that is not inside a name or a number (see NameWords and
// NumberWords).
func deriveTitle(lead string) string {
	sentence := firstSentence(lead)
	if utf8.RuneCountInString(sentence) <= MaxTitleRunes {
		title := strings.TrimRight(bangla.TrimEndPunct(sentence), ".")
		if title == "" { // the lead is punctuation only
			title = cutRunes(lead, MaxTitleRunes)
		}
		return title
	}
	title := cutTitle(cutRunes(sentence, MaxTitleRunes))
	if title == "" {
		title, _ = bangla.Truncate(sentence, MaxTitleRunes-1)
	}
	if title == "" {
		title = cutRunes(sentence, MaxTitleRunes-1)
	}
	return title + ellipsis
}

// cutTitle returns head, which is one rune longer than a cut title may
// be, cut at a clause or phrase boundary as deriveTitle describes, or ""
// when there is none.
func cutTitle(head string) string {
	words := strings.Fields(head)
	atLeast := func(frac int) func(string) bool {
		return func(s string) bool { return utf8.RuneCountInString(s) >= MaxTitleRunes/frac }
	}
	// The last word of head may be cut in the middle: never end on it.
	cut := func(ok func(prefix, last, next string) bool, long func(string) bool) string {
		for n := len(words) - 1; n >= 1; n-- {
			prefix := strings.Join(words[:n], " ")
			if utf8.RuneCountInString(prefix) < MaxTitleRunes && ok(prefix, words[n-1], words[n]) && long(prefix) {
				return strings.TrimRightFunc(bangla.TrimEndPunct(prefix), unicode.IsSpace)
			}
		}
		return ""
	}
	clause := func(_, last, _ string) bool {
		return strings.ContainsAny(last[len(last)-1:], ",;:") || strings.HasSuffix(last, "—") ||
			strings.HasSuffix(last, "–")
	}
	inNumber := func(last, next string) bool {
		return strings.IndexFunc(last, unicode.IsDigit) >= 0 || startsWithAny(next, NumberWords)
	}
	phrase := func(_, last, next string) bool {
		return utf8.RuneCountInString(last) >= 3 && !inNumber(last, next) && !startsWithAny(last, NameWords) &&
			(hasWordSuffix(last, PhraseEnds) || startsWithAny(last, Postpositions))
	}
	word := func(_, last, next string) bool {
		return utf8.RuneCountInString(last) >= 3 && !inNumber(last, next) && !startsWithAny(last, NameWords)
	}
	if t := cut(clause, atLeast(2)); t != "" {
		return t
	}
	if t := cut(phrase, atLeast(3)); t != "" {
		return t
	}
	return cut(word, atLeast(3))
}

// firstSentence returns the first sentence of s that holds a letter or a
// digit. A sentence ends at '।', '৷', '॥', '?', '!' or '.' and the
// closing quotes after it, when white space or the end of s follows. A
// '.' after a short word (ড. মুহাম্মদ ইউনূস, Dr. Smith) or after an
// initial (U.S.) is an abbreviation. The final '।', '৷', '॥' or '.' is
// not part of the sentence, the closing quotes are.
func firstSentence(s string) string {
	start := 0
	for i, r := range s {
		if i < start || !strings.ContainsRune(sentenceEnds, r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		for end < len(s) {
			q, size := utf8.DecodeRuneInString(s[end:])
			if !strings.ContainsRune("”’\"'»›)", q) {
				break
			}
			end += size
		}
		if next, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && !unicode.IsSpace(next) {
			continue
		}
		if r == '.' && isAbbreviation(s[start:i]) {
			continue
		}
		sentence := s[start:end]
		if r != '?' && r != '!' { // drop the full stop, keep the quotes
			sentence = s[start:i] + s[i+utf8.RuneLen(r):end]
		}
		if strings.IndexFunc(sentence, isWordRune) >= 0 {
			return strings.TrimSpace(sentence)
		}
		start = end
	}
	return strings.TrimSpace(s[start:])
}

// isAbbreviation reports whether the text before a '.' ends with a word
// of at most two runes (ড, ডা, মো, Dr) or with initials like "U.S".
func isAbbreviation(before string) bool {
	word := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	return utf8.RuneCountInString(word) <= 2 || strings.Contains(word, ".")
}

// cutRunes returns s cut to at most max runes, never before a combining
// mark or joiner.
func cutRunes(s string, max int) string {
	n := 0
	for i, r := range s {
		if n >= max && !unicode.IsMark(r) && r != bangla.ZWJ && r != bangla.ZWNJ {
			return s[:i]
		}
		n++
	}
	return s
}
