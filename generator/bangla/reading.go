package bangla

import (
	"unicode"
	"unicode/utf8"
)

// wordsPerMinute is the reading speed of news prose in Bengali, at the
// middle of the usual 150–200 words a minute.
const wordsPerMinute = 180

// Words counts the words of text. A word is a run of text between white
// space that holds a letter, mark or digit, so a lone '।', '—' or Markdown
// '##' does not count. It runs over every article of a build, so Bengali
// letters are looked up in a table instead of Unicode's.
func Words(text string) int {
	n := 0
	wordy := false // the current run holds a word rune
	for i := 0; i < len(text); {
		c := text[i]
		var space, word bool
		if c < utf8.RuneSelf {
			i++
			space = asciiSpace[c]
			word = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '_'
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			if r >= bengaliFirst && r <= bengaliLast {
				word = bengaliWord[r-bengaliFirst]
			} else {
				space = unicode.IsSpace(r)
				word = !space && isWordRune(r)
			}
		}
		if space {
			if wordy {
				n++
			}
			wordy = false
			continue
		}
		wordy = wordy || word
	}
	if wordy {
		n++
	}
	return n
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

const bengaliFirst, bengaliLast = 0x0980, 0x09FF

// bengaliWord says which runes of the Bengali block are word runes.
var bengaliWord = func() (t [bengaliLast - bengaliFirst + 1]bool) {
	for r := rune(bengaliFirst); r <= bengaliLast; r++ {
		t[r-bengaliFirst] = isWordRune(r)
	}
	return t
}()

// ReadingMinutes returns how many minutes text takes to read, rounded to
// the nearest minute and at least 1.
func ReadingMinutes(text string) int { return MinutesFor(Words(text)) }

// MinutesFor returns the reading time of a text of the given number of
// words, rounded to the nearest minute and at least 1.
func MinutesFor(words int) int {
	return max(1, (words+wordsPerMinute/2)/wordsPerMinute)
}

// FormatReadingTime returns the reading-time note of an article:
// "৪ মিনিটে পড়া" for 4 minutes.
func FormatReadingTime(minutes int, latin bool) string {
	return FormatInt(minutes, latin) + " মিনিটে পড়া"
}
