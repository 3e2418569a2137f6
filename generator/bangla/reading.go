package bangla

import "strings"

// wordsPerMinute is the reading speed of news prose in Bengali, at the
// middle of the usual 150–200 words a minute.
const wordsPerMinute = 180

// ReadingMinutes returns how many minutes text takes to read, rounded to
// the nearest minute and at least 1. A word is a run of text between white
// space that holds a letter, mark or digit, so a lone '।', '—' or Markdown
// '##' does not count.
func ReadingMinutes(text string) int {
	words := 0
	for f := range strings.FieldsSeq(text) {
		if strings.IndexFunc(f, isWordRune) >= 0 {
			words++
		}
	}
	return max(1, (words+wordsPerMinute/2)/wordsPerMinute)
}

// FormatReadingTime returns the reading-time note of an article:
// "৪ মিনিটে পড়া" for 4 minutes.
func FormatReadingTime(minutes int, latin bool) string {
	return FormatInt(minutes, latin) + " মিনিটে পড়া"
}
