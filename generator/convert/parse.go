package convert

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/diag"
)

// Kind of a body block.
type Kind int

// The kinds of body blocks.
const (
	Paragraph Kind = iota
	Heading
)

// String returns "paragraph" or "heading".
func (k Kind) String() string {
	if k == Heading {
		return "heading"
	}
	return "paragraph"
}

// Block is one line of the body: a paragraph or a subheading. Text is a
// single trimmed line, as the editor typed it.
type Block struct {
	Kind Kind
	Text string
	Line int // 1-based line in the source file
}

// Article is a converted text file.
type Article struct {
	Title     string   // headline line, or derived from the lead's first sentence
	TitleLine int      // line of the headline; 0 when the title is derived
	Lead      string   // first paragraph: the summary
	Blocks    []Block  // the body in order, starting with the lead paragraph
	Tags      []string // display spellings in order of first appearance, one per bangla.TagKey
	TagLine   int      // line of the first hashtag line; 0 when there is none
	Author    string   // byline, "" when there is none
	// Warnings are the guesses and repairs an editor should look at, each
	// with the file name given to Parse and a line, Bengali first.
	Warnings []*diag.Error
}

// Limits of the short lines that the format recognizes, in runes (code
// points; a Bengali letter with its vowel sign is two or more).
const (
	MaxHeadingRunes = 80  // longest headline or subheading
	MaxBylineRunes  = 60  // longest byline
	MaxTitleRunes   = 120 // a derived title is cut to this length (code points: a Bengali letter with its signs takes 2–4)
)

// srcLine is a non-blank line of the source, trimmed.
type srcLine struct {
	text   string
	num    int
	tags   []string // the tags of a hashtag line, without '#'
	byline bool
}

// Parse decodes src (see Decode) and reads it as the newsroom text format
// described in the package documentation. name is used only in errors,
// which are of type *Error.
func Parse(name string, src []byte) (*Article, error) {
	text, warns, err := Decode(src)
	if err != nil {
		if e, ok := errors.AsType[*Error](err); ok {
			e.Path = name
		}
		return nil, err
	}
	lines := splitLines(text)
	a := &Article{Warnings: warns}
	for _, w := range warns {
		w.Path = name
	}
	seen := make(map[string]bool)
	var content []int // indexes into lines of the lines that are not hashtags
	for i := range lines {
		l := &lines[i]
		if l.tags = hashtags(l.text); l.tags == nil {
			content = append(content, i)
			continue
		}
		if a.TagLine == 0 {
			a.TagLine = l.num
		}
		for _, t := range l.tags {
			if key := bangla.TagKey(t); !seen[key] {
				seen[key] = true
				a.Tags = append(a.Tags, t)
			}
		}
	}
	if len(content) == 0 {
		return nil, &Error{Path: name, Line: a.TagLine,
			Msg: "the file holds hashtags but no text: add the article, one paragraph per line"}
	}
	if last := &lines[len(lines)-1]; last.tags == nil && len(content) > 1 && isShort(last.text, MaxBylineRunes, false) {
		last.byline = true
		a.Author = last.text
		content = content[:len(content)-1]
	}
	for n, i := range content {
		b := Block{Kind: Paragraph, Text: lines[i].text, Line: lines[i].num}
		if isHeading(lines, i) {
			b.Kind = Heading
		}
		if n == 0 && b.Kind == Heading {
			a.Title, a.TitleLine = b.Text, b.Line
			continue
		}
		a.Blocks = append(a.Blocks, b)
	}
	a.Lead = a.Blocks[0].Text
	if a.Title == "" {
		a.Title = deriveTitle(a.Lead)
	}
	return a, nil
}

// splitLines returns the non-blank lines of text, trimmed of white space
// and invisible characters, with their 1-based numbers.
func splitLines(text string) []srcLine {
	var lines []srcLine
	for n, s := range strings.Split(text, "\n") {
		if s = strings.TrimFunc(s, isBlank); s != "" {
			lines = append(lines, srcLine{text: s, num: n + 1})
		}
	}
	return lines
}

// hashtags returns the tags of a line made only of #tag tokens separated
// by white space or commas, and nil for any other line.
func hashtags(s string) []string {
	var tags []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		if !isTag(f) {
			return nil
		}
		tags = append(tags, f[1:])
	}
	return tags
}

// isTag reports whether f is '#' and a Unicode word (see bangla.IsTagRune)
// that is more than joiners.
func isTag(f string) bool {
	if len(f) < 2 || f[0] != '#' {
		return false
	}
	for _, r := range f[1:] {
		if !bangla.IsTagRune(r) {
			return false
		}
	}
	return bangla.TagKey(f) != ""
}

// isHeading reports whether lines[i] is a headline or subheading: a short
// line (a question too) followed directly by a paragraph line, that is by
// a line that is neither short, nor a hashtag line, nor the byline.
func isHeading(lines []srcLine, i int) bool {
	if !isShort(lines[i].text, MaxHeadingRunes, true) || i+1 == len(lines) {
		return false
	}
	next := lines[i+1]
	return next.tags == nil && !next.byline && !isShort(next.text, MaxHeadingRunes, true)
}

const (
	openingQuotes = "“‘\"'«‹„‚"
	finalPunct    = "।॥.!?:;,…”’\"'»›"
)

// isShort reports whether s has the shape of a heading or a byline: at
// most max runes, with a letter, not opening with a quote mark and not
// ending with sentence punctuation, except for a '?' when question is set.
func isShort(s string, max int, question bool) bool {
	if utf8.RuneCountInString(s) > max || strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(openingQuotes, first) {
		return false
	}
	if last == '?' {
		return question
	}
	return !strings.ContainsRune(finalPunct, last)
}

// deriveTitle makes a title from the lead's first sentence, cut at a word
// boundary to about MaxTitleRunes, without a final '।'.
func deriveTitle(lead string) string {
	title, _ := bangla.Truncate(firstSentence(lead), MaxTitleRunes)
	title = strings.TrimRight(bangla.TrimEndPunct(title), ".")
	if title == "" { // the lead is punctuation only
		title = cutRunes(lead, MaxTitleRunes)
	}
	return title
}

// firstSentence returns the first sentence of s that holds a letter or a
// digit. A sentence ends at '।', '॥', '?', '!' or '.' and the closing
// quotes after it, when white space or the end of s follows. A '.' after a
// short word (ড. মুহাম্মদ ইউনূস, Dr. Smith) or after an initial (U.S.) is an
// abbreviation. The final '।', '॥' or '.' is not part of the sentence,
// the closing quotes are.
func firstSentence(s string) string {
	start := 0
	for i, r := range s {
		if i < start || !strings.ContainsRune("।॥?!.", r) {
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

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

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
