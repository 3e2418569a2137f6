package convert

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// alternation returns the words as a regular expression alternation,
// longest first so that "ফাইল ছবি" wins over "ছবি".
func alternation(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	// Longest first: RE2 prefers the leftmost alternative.
	for i := range quoted {
		for j := i + 1; j < len(quoted); j++ {
			if len(quoted[j]) > len(quoted[i]) {
				quoted[i], quoted[j] = quoted[j], quoted[i]
			}
		}
	}
	return "(?:" + strings.Join(quoted, "|") + ")"
}

const (
	digit = `[0-9০-৯]`
	place = `[^\s,:;।॥|()“”"]+(?: [^\s,:;।॥|()“”"]+){0,2}`
)

var (
	months = alternation(Months)
	// A day: "৪ অক্টোবর", "৪ অক্টোবর ২০২৫", "অক্টোবর ৪, ২০২৫".
	day = `(?:` + digit + `{1,2}\s*` + months + `|` + months + `\s*` + digit + `{1,2})(?:,?\s*` + digit + `{4})?`
	// A dateline: "ঢাকা, ৪ অক্টোবর (বাসস) :", "মস্কো, ৫ অক্টোবর ২০২৫ —",
	// "মস্কো (রয়টার্স) :", "নিজস্ব সংবাদদাতা, যশোর॥", "ঢাকা॥"; and
	// "আগরতলা, ৪ অক্টোবর" as a whole line.
	datelineRE = regexp.MustCompile(`^(?:` +
		place + `,\s*` + day + `(?:\s*\([^()]{1,30}\))?\s*(?::|॥|\|\||—|–|-|$)` +
		`|` + place + `\s*\(` + alternation(Agencies) + `\)\s*(?::|॥|—|–|-)` +
		`|[^।॥|:]{1,50}॥` +
		`)\s*`)
	// A date line: "০২ ফেব্রুয়ারি, ২০২৬", "প্রকাশ: বৃহস্পতিবার, ২ অক্টোবর ২০২৫, ১০:৩০",
	// "প্রকাশিত: ১২:৩০, অক্টোবর ৪, ২০২৫", "২০২৫-১০-০৩".
	dateLineRE = regexp.MustCompile(`^(?:` + alternation(DateLabels) + `\s*[:：]?\s*)?[^।|]{0,25}?` +
		`(?:` + digit + `{1,2}\s*` + months + `,?\s*` + digit + `{4}|` + months + `\s*` + digit + `{1,2},?\s*` + digit + `{4}|` +
		digit + `{4}-` + digit + `{2}-` + digit + `{2})[^।]{0,25}$`)
	// A labelled line of a web page: "আপডেট: ১২ মিনিট আগে".
	dateLabelRE = regexp.MustCompile(`^` + alternation(DateLabels) + `\s*[:：]`)
	captions    = alternation(CaptionWords)
	captionRE   = regexp.MustCompile(`^\(?\s*` + captions + `\s*(?:[:：/]|\)?$)` +
		`|(?:[/(|—–-]\s*` + captions + `(?:\s*[:：]\s*[^।()]{1,40})?|\s` + captions + `\s*[:：]\s*[^।()]{1,40})\)?$`)
)

// maxCaptionRunes bounds a caption line: a longer line is a paragraph
// that happens to mention a photo.
const maxCaptionRunes = 250

// isCaption reports a photo caption or credit: a line that starts with
// "ছবি:" or "(ছবি:", or is only "ফাইল ছবি", or ends with "/ফাইল ছবি",
// "— ফাইল ছবি", "(ছবি: পিআইডি)" or "ছবি: সংগৃহীত" (see CaptionWords).
func isCaption(s string) bool {
	// Most lines hold no caption word: skip the regular expression.
	return slices.ContainsFunc(CaptionWords, func(w string) bool { return strings.Contains(s, w) }) &&
		utf8.RuneCountInString(s) <= maxCaptionRunes && captionRE.MatchString(s)
}

// datelineAt returns the dateline that s starts with, as typed and
// trimmed, and the text after it.
func datelineAt(s string) (dateline, rest string, ok bool) {
	m := datelineRE.FindString(s)
	if m == "" {
		return "", s, false
	}
	head := strings.TrimSpace(m)
	// "ঢাকা॥" alone is a dateline only when it is short: a place, or a
	// credit and a place.
	if strings.HasSuffix(head, "॥") && !datelineRE.MatchString(strings.TrimSuffix(head, "॥")+" :") &&
		len(strings.Fields(head)) > 4 {
		return "", s, false
	}
	return head, s[len(m):], true
}

// isDateLine reports a line that is only a date (and a time), such as a
// web page's "প্রকাশ: ২ অক্টোবর ২০২৫, ১০:৩০".
func isDateLine(s string) bool {
	return utf8.RuneCountInString(s) <= 60 && (dateLineRE.MatchString(s) || dateLabelRE.MatchString(s))
}

// splitCredit splits "ডেস্ক রিপোর্ট | ০২ ফেব্রুয়ারি, ২০২৬" into the
// credit and the date after the bar; date is "" when there is none.
func splitCredit(s string) (credit, date string) {
	if before, after, ok := strings.Cut(s, "|"); ok && isDateLine(strings.TrimSpace(after)) {
		return strings.TrimSpace(before), strings.TrimSpace(after)
	}
	return s, ""
}

// creditOf returns the author that a credit line names: a short line
// whose last word, or the word before a comma, starts with one of
// BylineWords ("নিজস্ব প্রতিবেদক", "কূটনৈতিক প্রতিবেদক, ঢাকা",
// "ডেস্ক রিপোর্ট | ০২ ফেব্রুয়ারি, ২০২৬"), or that is the name of a news
// agency (বাসস), or that opens with one of BylineLabels ("লিখেছেন: রহিম
// উদ্দিন", "By Jane Doe").
func creditOf(s string) (string, bool) {
	credit, _ := splitCredit(s)
	if !isShort(credit, MaxBylineRunes, false) {
		return "", false
	}
	for _, l := range BylineLabels {
		rest, ok := strings.CutPrefix(credit, l)
		colon := strings.HasPrefix(strings.TrimLeft(rest, " "), ":")
		// "লিখেছেন: …" needs its colon; "By …" a space.
		if ok && (colon || l[0] < utf8.RuneSelf && strings.HasPrefix(rest, " ")) {
			if name := strings.TrimLeft(rest, " :"); name != "" {
				return name, true
			}
		}
	}
	head, _, _ := strings.Cut(credit, ",")
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 4 {
		return "", false
	}
	if hasWordPrefix(words[len(words)-1], BylineWords) || slices.Contains(Agencies, strings.TrimSpace(head)) {
		return credit, true
	}
	return "", false
}

// hasWordPrefix reports whether word starts with one of prefixes.
func hasWordPrefix(word string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	return false
}

// isName reports a line that may be a person's name: two to four words
// of at most 40 runes without a digit that open with one of NameWords, or two or three
// words none of which ends like a phrase (see PhraseEnds) or with the
// particles -ই, -ও, -ে.
func isName(s string) bool {
	words := strings.Fields(s)
	if !isShort(s, 40, false) || len(words) < 2 || len(words) > 4 || strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	if startsWithAny(s, NameWords) {
		return true
	}
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if hasWordSuffix(w, PhraseEnds) || hasWordSuffix(w, []string{"ই", "ও", "ে"}) || hasWordPrefix(w, Postpositions) {
			return false
		}
	}
	return true
}

// hasWordSuffix reports whether word ends with one of suffixes.
func hasWordSuffix(word string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(word, s) {
			return true
		}
	}
	return false
}

// isKicker reports the shape of a kicker: at most three words and
// maxKickerRunes, no sentence punctuation, and shorter than the headline
// under it.
func isKicker(s, headline string) bool {
	n := utf8.RuneCountInString(s)
	return isShort(s, maxKickerRunes, false) && len(strings.Fields(s)) <= maxKickerWords &&
		n < utf8.RuneCountInString(headline)
}

// headerKind is what a line at the top of a file is.
type headerKind int

const (
	headerText     headerKind = iota // kicker, headline, standfirst or lead
	headerCaption                    // ছবি: সংগৃহীত
	headerDateline                   // ঢাকা, ৪ অক্টোবর (বাসস) : on its own line
	headerDate                       // ০২ ফেব্রুয়ারি, ২০২৬
	headerCredit                     // নিজস্ব প্রতিবেদক
)

func kindOf(l srcLine) headerKind {
	if l.soft {
		return headerText
	}
	switch d, rest, ok := datelineAt(l.text); {
	case l.caption:
		return headerCaption
	case isDateLine(l.text):
		return headerDate
	case ok && strings.TrimSpace(rest) == "" && d != "":
		return headerDateline
	}
	if _, ok := creditOf(l.text); ok {
		return headerCredit
	}
	return headerText
}

// maxHeaderLines bounds the header block: a caption or byline further
// down belongs to the body.
const maxHeaderLines = 8

// header reads the block of lines before the lead: kicker, headline,
// standfirst, byline, date line and photo caption, in any order and each
// optional. It returns the rest of content, which starts with the lead
// (or the standfirst, which then is the lead).
func (p *reader) header(content []int) []int {
	kinds := p.headerKinds(content)
	last, texts, sentence := -1, 0, false
	for j, kind := range kinds {
		if kind != headerText {
			last = j
			continue
		}
		if texts == 3 {
			break
		}
		if !isHeadline(p.lines[content[j]].text) {
			if texts == 0 || sentence {
				break
			}
			sentence = true
		}
		texts++
	}
	if last < 0 || last+1 == len(content) {
		return p.plainHeader(content)
	}
	var heads, rest []int
	for j, i := range content[:last+1] {
		l := p.lines[i]
		switch kinds[j] {
		case headerCaption:
			p.caption(l)
		case headerDateline:
			p.a.Dateline = l.text
			p.warn(l.num, "ডেটলাইন আলাদা লাইনে ছিল; সংবাদের শুরুর আগে দেখানো হবে (dateline:)। ভুল হলে লাইনটি প্রথম অনুচ্ছেদের শুরুতে জুড়ে দিন",
				"a dateline on its own line is shown before the lead (front matter dateline:); if that is wrong, join it to the first paragraph")
		case headerDate:
			p.warn(l.num, "ওপরের তারিখের লাইনটি বাদ দেওয়া হয়েছে: লেখার তারিখ আসে ফাইলের নাম (2025-10-03-…) বা date: থেকে",
				"the date line at the top was left out: an article's date comes from its file name (2025-10-03-…) or date:")
		case headerCredit:
			author, _ := creditOf(l.text)
			p.topByline(l, author)
		default:
			if len(rest) == 0 && isHeadline(l.text) && len(heads) < 2 {
				heads = append(heads, i)
			} else {
				rest = append(rest, i)
			}
		}
	}
	switch len(heads) {
	case 0:
		return p.plainHeader(append(rest, content[last+1:]...))
	case 1:
		p.title(heads[0])
	case 2:
		if h0, h1 := p.lines[heads[0]], p.lines[heads[1]]; isKicker(h0.text, h1.text) {
			p.kicker(h0)
			p.title(heads[1])
		} else {
			p.title(heads[0])
			rest = append([]int{heads[1]}, rest...)
		}
	}
	return append(rest, content[last+1:]...)
}

// headerKinds returns what each of the first maxHeaderLines lines of
// content is as a line of the header. Two lines are read in context: a
// first line that looks like a credit (জাতিসংঘের রিপোর্ট) but stands over
// a sentence is the headline, as first lines nearly always are; and a
// place of one or two words right under a credit (নিজস্ব সংবাদদাতা /
// কলকাতা) is a dateline.
func (p *reader) headerKinds(content []int) []headerKind {
	kinds := make([]headerKind, min(len(content), maxHeaderLines))
	for j := range kinds {
		l := p.lines[content[j]]
		kinds[j] = kindOf(l)
		switch {
		case j == 0 && kinds[j] == headerCredit && len(content) > 1 && !isHeadline(p.lines[content[1]].text):
			kinds[j] = headerText
		case j > 0 && kinds[j-1] == headerCredit && kinds[j] == headerText &&
			isShort(l.text, maxKickerRunes, false) && len(strings.Fields(l.text)) <= 2:
			kinds[j] = headerDateline
		}
	}
	return kinds
}

// plainHeader reads the top of a file without captions, bylines or
// datelines there: up to three short lines before the first paragraph
// line. One is the headline. Of two, the first is a kicker over a longer
// headline, or the second is a person's name under the headline. Of
// three, the last may be a name; the other two are a kicker and the
// headline, or the headline and a short label under it (বিশ্লেষণ), which
// is kept as the kicker. Other tops are left as they are: the first line
// is then the lead.
func (p *reader) plainHeader(content []int) []int {
	line := func(n int) srcLine { return p.lines[content[n]] }
	para := func(n int) bool {
		return n < len(content) && (line(n).soft || !isShort(line(n).text, MaxHeadingRunes, true))
	}
	n := 0 // short lines before the first paragraph line
	for n < len(content) && n < 3 && isHeadline(line(n).text) && !para(n) {
		n++
	}
	if n < len(content) && isHeadline(line(n).text) && n < 3 {
		n++ // a long headline is a paragraph line too
	}
	if n == 0 || !para(n) {
		return content
	}
	end := n // the tops that a header reading takes
	if n == 3 && isName(line(2).text) {
		p.topByline(line(2), line(2).text)
		n = 2
	} else if n == 2 && isName(line(1).text) {
		p.topByline(line(1), line(1).text)
		n = 1
	} else if n == 3 {
		// Only two of three short lines can be kicker and headline: the
		// third, not a name, starts the body rather than being lost.
		n, end = 2, 2
	}
	switch t0, t1 := line(0).text, line(min(1, n-1)).text; {
	case n == 1:
		p.title(content[0])
	case isKicker(t0, t1):
		p.kicker(line(0))
		p.title(content[1])
	case p.a.Author != "" && isKicker(t1, t0):
		p.title(content[0])
		p.kicker(line(1))
	default:
		return content
	}
	return content[end:]
}

func (p *reader) title(i int) {
	l := p.lines[i]
	p.a.Title, p.a.TitleLine = l.text, l.num
}

func (p *reader) kicker(l srcLine) {
	p.a.Kicker = l.text
	p.warn(l.num, "ছোট লাইনটি কিকার (বিষয়) হিসেবে নেওয়া হয়েছে, শিরোনামের ওপরে দেখাবে (kicker:)",
		"the short line is taken as the kicker, the topic line shown above the headline (front matter kicker:)")
}

func (p *reader) caption(l srcLine) {
	if p.a.Caption == "" {
		p.a.Caption = l.text
	} else {
		p.a.Caption += " · " + l.text
	}
	p.warn(l.num, "ছবির ক্যাপশন পাওয়া গেছে; শিরোনামের নিচে ক্যাপশন হিসেবে দেখানো হবে (caption:)",
		"a photo caption was found; it is shown under the headline as the caption (front matter caption:)")
}

func (p *reader) topByline(l srcLine, author string) {
	if p.byline >= 0 && p.lines[p.byline].byline && p.a.Author != author {
		end := p.lines[p.byline]
		p.lines[p.byline].byline = false
		p.warn(end.num, "ওপরে লেখকের নাম আছে, তাই শেষ লাইনটি ("+end.text+") অনুচ্ছেদ হিসেবে রাখা হয়েছে",
			"the byline at the top is the author, so the last line ("+end.text+") is kept as a paragraph")
	}
	p.a.Author = author
	p.warn(l.num, "শিরোনামের নিচের লাইনটি লেখকের নাম হিসেবে নেওয়া হয়েছে (author:)",
		"the line under the headline is taken as the byline (front matter author:)")
}

// isParagraphStart reports a lead that begins with a letter, a digit or a
// quote, so that a dateline cut from its start leaves a sentence.
func isParagraphStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(openingQuotes, r)
}
