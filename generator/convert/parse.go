package convert

import (
	"errors"
	"slices"
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
	List
)

// String returns "paragraph", "heading" or "list".
func (k Kind) String() string {
	switch k {
	case Heading:
		return "heading"
	case List:
		return "list"
	}
	return "paragraph"
}

// Block is one block of the body: a paragraph, a subheading or a list.
// Text is the trimmed text of a paragraph or subheading, as the editor
// typed it; a paragraph's soft line breaks are "\n" in it. A list has
// Items instead.
type Block struct {
	Kind    Kind
	Text    string
	Line    int    // 1-based line in the source file
	Items   []Item // the items of a List
	Ordered bool   // a List numbered with digits (১. or 1.), shown as <ol>
	Start   int    // the number of an ordered list's first item
}

// Item is one item of a list: its text without the number or bullet,
// except for lists lettered (ক), (খ)…, which keep their letters.
type Item struct {
	Text string
	Line int
}

// Article is a converted text file.
type Article struct {
	Title     string   // headline line, or derived from the lead's first sentence
	TitleLine int      // line of the headline; 0 when the title is derived
	Kicker    string   // short topic line above the headline, "" when none
	Dateline  string   // "ঢাকা, ৪ অক্টোবর (বাসস) :" taken from the lead, "" when none
	Caption   string   // photo caption or credit from the top of the file, "" when none
	Lead      string   // first paragraph: the summary
	Blocks    []Block  // the body in order, starting with the lead paragraph
	Tags      []string // display spellings in order of first appearance, one per bangla.TagKey
	TagLine   int      // line of the first hashtag line; 0 when there is none
	Author    string   // byline, "" when there is none
	// Warnings are the guesses and repairs an editor should look at, each
	// with the file name given to Parse and a line, Bengali first.
	Warnings []*diag.Error
	// Slug, when set by the caller, is written as slug: by Markdown, so
	// that the article's URL stays what it was when the title changes.
	Slug string
}

// Limits of the short lines that the format recognizes, in runes (code
// points; a Bengali letter with its vowel sign is two or more).
const (
	MaxHeadingRunes  = 80  // longest subheading
	MaxHeadlineRunes = 150 // longest headline on the first lines
	MaxBylineRunes   = 60  // longest byline
	MaxTitleRunes    = 120 // a derived title is cut to this length
	maxKickerRunes   = 30  // longest kicker
	maxKickerWords   = 3
)

// srcLine is a non-blank line of the source, trimmed, with what Parse
// found it to be.
type srcLine struct {
	text    string
	num     int
	tags    []string // the tags of a hashtag line, without '#'
	tagLine bool     // a hashtag line, even one that gave no tags
	tagLike bool     // looks like a hashtag line but could not be read
	soft    bool     // holds a soft line break ("\n")
	byline  bool     // the last line of text, taken as the author
	caption bool     // a photo caption or credit (see isCaption)
}

// reader holds the state of one Parse.
type reader struct {
	a      *Article
	lines  []srcLine
	byline int // index in lines of the byline at the end, -1 when none
	warn   func(line int, bn, msg string)
}

// Parse decodes src (see Decode) and reads it as the newsroom text format
// described in the package documentation. name is used only in errors,
// which are of type *Error, and in warnings.
func Parse(name string, src []byte) (*Article, error) {
	text, warns, err := Decode(src)
	if err != nil {
		if e, ok := errors.AsType[*Error](err); ok {
			e.Path = name
		}
		return nil, err
	}
	a := &Article{Warnings: warns}
	for _, w := range warns {
		w.Path = name
	}
	p := &reader{a: a, lines: splitLines(text), byline: -1}
	p.warn = func(line int, bn, msg string) {
		a.Warnings = append(a.Warnings, &diag.Error{Path: name, Line: line, Bn: bn, Msg: msg})
	}
	content := p.readTags()
	if len(content) == 0 {
		return nil, &Error{Path: name, Line: a.TagLine,
			Msg: "the file holds hashtags but no text: add the article, one paragraph per line"}
	}
	content = p.endByline(content)
	content = p.header(content)
	if p.byline >= 0 && !p.lines[p.byline].byline { // a top byline won
		content = append(content, p.byline)
	}
	p.body(content)
	p.lead()
	if a.Title == "" {
		p.deriveTitle()
	}
	slices.SortStableFunc(a.Warnings, func(x, y *diag.Error) int { return x.Line - y.Line })
	return a, nil
}

// splitLines returns the non-blank lines of text, trimmed of white space
// and invisible characters, with their 1-based numbers. A soft line break
// becomes "\n" between the trimmed parts; WhatsApp and Word marks around a
// whole short line (*…*, _…_, ~…~) are removed.
func splitLines(text string) []srcLine {
	var lines []srcLine
	for n, s := range strings.Split(text, "\n") {
		var parts []string
		for part := range strings.SplitSeq(s, string(softBreak)) {
			if part = strings.TrimFunc(part, isBlank); part != "" {
				parts = append(parts, part)
			}
		}
		if len(parts) == 0 {
			continue
		}
		l := srcLine{text: strings.Join(parts, "\n"), num: n + 1, soft: len(parts) > 1}
		if !l.soft {
			l.text = unwrapMarks(l.text)
			l.caption = isCaption(l.text)
		}
		lines = append(lines, l)
	}
	return lines
}

// unwrapMarks removes WhatsApp's and Word's formatting marks around a
// whole short line, "*শিরোনাম*", "**শিরোনাম**", "_শিরোনাম_",
// "~শিরোনাম~": a headline or subheading pasted from a chat. A line with a
// sentence inside, or with the mark inside too, keeps its marks.
func unwrapMarks(s string) string {
	for _, m := range []string{"**", "__", "*", "_", "~"} {
		inner, ok := strings.CutPrefix(s, m)
		if !ok {
			continue
		}
		if inner, ok = strings.CutSuffix(inner, m); !ok || strings.Contains(inner, m[:1]) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(inner)
		last, _ := utf8.DecodeLastRuneInString(inner)
		if inner != "" && !unicode.IsSpace(first) && !unicode.IsSpace(last) && isShort(inner, MaxHeadlineRunes, true) {
			return inner
		}
	}
	return s
}

// readTags reads the hashtag lines into the article and returns the
// indexes of the other lines.
func (p *reader) readTags() []int {
	a := p.a
	seen := make(map[string]bool)
	var content []int
	for i := range p.lines {
		l := &p.lines[i]
		tags, looks := hashtags(l.text)
		switch {
		case tags != nil:
			l.tags, l.tagLine = tags, true
		case looks && strings.IndexFunc(l.text, isWordRune) < 0:
			l.tagLine = true
			p.warn(l.num, "হ্যাশট্যাগের লাইনে কোনো ট্যাগ নেই; লাইনটি বাদ দেওয়া হয়েছে। # এর পরে শব্দ লিখুন, যেমন #রাশিয়া",
				"a hashtag line without a tag was left out: write a word after '#', such as #রাশিয়া")
		case looks:
			l.tagLike = true
			p.warn(l.num, "লাইনটি হ্যাশট্যাগের মতো, কিন্তু পুরোটা পড়া গেল না; অনুচ্ছেদ হিসেবে রাখা হয়েছে। ট্যাগগুলো এভাবে লিখুন: #রাশিয়া #ভারত",
				"this line looks like hashtags but cannot be read fully, so it is kept as a paragraph: write the tags as #রাশিয়া #ভারত")
		}
		if !l.tagLine {
			content = append(content, i)
			continue
		}
		if a.TagLine == 0 && tags != nil {
			a.TagLine = l.num
		}
		for _, t := range tags {
			if key := bangla.TagKey(t); !seen[key] {
				seen[key] = true
				a.Tags = append(a.Tags, t)
			}
		}
	}
	return content
}

// endByline takes the last line of text, when it is a byline, as the
// author, and returns the other lines. Only hashtag lines may follow it.
func (p *reader) endByline(content []int) []int {
	if len(content) < 2 {
		return content
	}
	last := p.lines[content[len(content)-1]]
	if last.soft || last.tagLike || !isShort(last.text, MaxBylineRunes, false) ||
		startsWithAny(strings.TrimLeft(last.text, "(["), NotBylines) ||
		listMarker(last.text).family != noList || last.caption {
		return content
	}
	author, date := splitCredit(last.text)
	if name, ok := creditOf(last.text); ok {
		author = name // without a label such as লিখেছেন:
	}
	if date != "" {
		p.warn(last.num, "লেখকের নামের পরের তারিখ ("+date+") বাদ দেওয়া হয়েছে: লেখার তারিখ আসে ফাইলের নাম বা date: থেকে",
			"the date after the byline ("+date+") was left out: an article's date comes from its file name or date:")
	}
	p.a.Author = author
	p.byline = content[len(content)-1]
	p.lines[p.byline].byline = true
	return content[:len(content)-1]
}

// isHeading reports whether lines[i] is a subheading: a short line (a
// question too) followed directly by a paragraph line (a line that is
// neither short nor a hashtag line) or by a list, and not by the end of
// the text. next is the index of that line, or -1.
func (p *reader) isHeading(i, next int) bool {
	l := p.lines[i]
	if l.soft || l.tagLike || next < 0 || !isShort(l.text, MaxHeadingRunes, true) || l.caption ||
		listMarker(l.text).family != noList {
		return false
	}
	n := p.lines[next]
	return !n.tagLine && (n.soft || !isShort(n.text, MaxHeadingRunes, true) ||
		next+1 < len(p.lines) && len(p.listRun([]int{next, next + 1})) > 1)
}

const (
	openingQuotes = "“‘\"'«‹„‚"
	closingQuotes = "”’\"'»›"
	finalPunct    = "।॥৷.!?:;,…”’\"'»›"
	sentenceEnds  = "।॥৷?!."
)

// isShort reports whether s has the shape of a heading or a byline: at
// most max runes, with a letter, not opening with a quote mark and not
// ending with sentence punctuation, except for a '?' when question is set.
func isShort(s string, max int, question bool) bool {
	if utf8.RuneCountInString(s) > max || strings.IndexFunc(s, unicode.IsLetter) < 0 || strings.Contains(s, "\n") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	// Formatting marks left around a sentence do not hide its full stop.
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "*_~"))
	if strings.ContainsRune(openingQuotes, first) {
		return false
	}
	if last == '?' {
		return question
	}
	return !strings.ContainsRune(finalPunct, last)
}

// isHeadline reports whether s has the shape of a headline: a short line
// of up to MaxHeadlineRunes that may also end with '!' or '?', and may
// open or end with a quotation (‘আমরা প্রস্তুত’, বললেন পেসকভ), as
// headlines often do.
func isHeadline(s string) bool {
	s = strings.TrimLeft(s, openingQuotes)
	if t := strings.TrimRight(s, closingQuotes); t != s {
		last, _ := utf8.DecodeLastRuneInString(t)
		if strings.ContainsRune("।॥৷.", last) {
			return false
		}
		s = t
	}
	return isShort(strings.TrimRight(s, "!"), MaxHeadlineRunes, true)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// startsWithAny reports whether s starts with one of the words (followed
// by a space, punctuation or the end).
func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !unicode.IsLetter(r) && !unicode.IsMark(r) {
				return true
			}
		}
	}
	return false
}
