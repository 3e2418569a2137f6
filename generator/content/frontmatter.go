package content

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/convert"
)

// Parse reads a Markdown article with YAML front matter. path names the
// file in errors; loc is the time zone of dates written without one. It
// returns the article, warnings (unknown keys), and an error joining every
// problem found.
func Parse(path string, src []byte, loc *time.Location) (*Article, []error, error) {
	text, decodeWarns, err := convert.Decode(src)
	if err != nil {
		return nil, nil, relabel(err, path)
	}
	var warns []error
	for _, w := range decodeWarns {
		w.Path = path
		warns = append(warns, w)
	}
	fm, body, bodyLine, err := split(path, text)
	if err != nil {
		return nil, nil, err
	}
	a := &Article{Path: path, Format: Markdown, Body: body, BodyLine: bodyLine}
	fmWarns, err := a.decodeFrontMatter(path, fm, loc)
	warns = append(warns, fmWarns...)
	if err != nil {
		return nil, warns, err
	}
	if i := strings.Index(body, Placeholder); i >= 0 && !a.Draft {
		return nil, warns, &Error{Path: path, Line: bodyLine + strings.Count(body[:i], "\n"),
			Bn:  "এখানে এখনো নমুনা বাক্য \"" + Placeholder + "\": এর জায়গায় লেখাটি লিখুন, অথবা লেখা শেষ না হওয়া পর্যন্ত draft: true রাখুন",
			Msg: "the placeholder of new is still here: write the article in its place, or keep draft: true until it is done"}
	}
	return a, warns, nil
}

// Placeholder is the body of an article that the new command starts. An
// article that is not a draft may not hold it, so that it never reaches
// the published site.
const Placeholder = "প্রথম অনুচ্ছেদ এখানে লিখুন।"

// relabel puts path into a conversion error, which only knows a name.
func relabel(err error, path string) error {
	var ce *convert.Error
	if errors.As(err, &ce) {
		c := *ce
		c.Path = path
		return &c
	}
	return &Error{Path: path, Msg: err.Error(), Err: err}
}

// split separates the front matter from the body.
func split(path, text string) (fm string, body string, bodyLine int, err error) {
	if !strings.HasPrefix(text, "---\n") {
		return "", "", 0, &Error{Path: path, Line: 1,
			Bn:  "ফাইলটি --- লাইন দিয়ে শুরু হয়নি: .md লেখার প্রথম লাইনে তিনটি হাইফেন (---) দিন, তারপর title:, date:, tags: ইত্যাদি, তারপর আবার একটি --- লাইন",
			Msg: "no front matter: a Markdown article must start with a line of three hyphens (---), the YAML keys (title, date, tags…), and another --- line"}
	}
	rest := text[4:]
	line := 2
	for off := 0; off <= len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		var l string
		if end < 0 {
			l = rest[off:]
		} else {
			l = rest[off : off+end]
		}
		if strings.TrimRight(l, " \t") == "---" {
			b := ""
			if end >= 0 {
				b = rest[off+end+1:]
			}
			return rest[:off], b, line + 1, nil
		}
		if end < 0 {
			break
		}
		off += end + 1
		line++
	}
	return "", "", 0, &Error{Path: path, Line: 1,
		Bn:  "ওপরের --- অংশ বন্ধ হয়নি: শেষ কী-এর (যেমন tags:) পরের লাইনে তিনটি হাইফেন (---) দিন",
		Msg: "front matter is not closed: add a line of three hyphens (---) after the last key"}
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// knownKeys lists the front matter keys for the warning about others.
const knownKeys = "title, kicker, date, updated, slug, aliases, tags, author, dateline, caption, summary, draft, image"

// decodeFrontMatter fills a from the YAML text fm, which starts on line 2.
func (a *Article) decodeFrontMatter(path, fm string, loc *time.Location) ([]error, error) {
	const first = 1 // line of the opening ---; YAML line 1 is file line 2
	at := func(h *hint, cause error) *Error {
		return &Error{Path: path, Line: h.line + first, Bn: h.bn, Msg: h.msg, Err: cause}
	}
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &root); err != nil {
		if h := syntaxHint(fm); h != nil {
			return nil, at(h, err)
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		e := &Error{Path: path, Line: 1, Err: err}
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			e.Line, msg = n+first, m[2]
		}
		e.Bn = "ওপরের --- অংশের এই লাইন বা তার আগের লাইন পড়া গেল না: প্রতিটি লাইন key: value আকারে লিখুন, যেমন title: \"পুতিনের ভারত সফর\"; কোলন (:), # বা উদ্ধৃতিচিহ্ন থাকলে পুরো লেখা উদ্ধৃতিচিহ্নে রাখুন"
		e.Msg = "front matter is not valid YAML: " + msg + " (write each line as key: value; put a value holding a colon, # or quotes in quotes)"
		return nil, e
	}
	if len(root.Content) == 0 {
		return nil, &Error{Path: path, Line: 1,
			Bn:  "ওপরের --- অংশ ফাঁকা: অন্তত title: আর date: লিখুন",
			Msg: "front matter is empty: add at least title: and date:"}
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		if h := syntaxHint(fm); h != nil {
			return nil, at(h, nil)
		}
		return nil, &Error{Path: path, Line: m.Line + first,
			Bn:  "ওপরের --- অংশের প্রতিটি লাইন key: value আকারে লিখুন, যেমন title: পুতিনের ভারত সফর",
			Msg: "front matter must be key: value lines"}
	}
	var errs, warns []error
	for i, l := range strings.Split(fm, "\n") {
		h, lost := commentHint(l)
		if h == nil {
			continue
		}
		h.line = i + 1
		if lost {
			errs = append(errs, at(h, nil))
		} else {
			warns = append(warns, at(h, nil))
		}
	}
	lost := len(errs) > 0 // the value of a key was lost to a comment: said above
	fail := func(n *yaml.Node, bn, msg string) {
		if lost && n.Tag == "!!null" {
			return
		}
		errs = append(errs, &Error{Path: path, Line: n.Line + first, Bn: bn, Msg: msg})
	}
	str := func(k, v *yaml.Node) string {
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			fail(v, k.Value+": এখানে এক লাইনের লেখা দিন, তালিকা নয় বা ফাঁকা নয়", k.Value+" must be text")
			return ""
		}
		return v.Value
	}
	date := func(k, v *yaml.Node) time.Time {
		if v.Kind != yaml.ScalarNode {
			fail(v, k.Value+": তারিখ লিখুন, যেমন 2025-10-03 বা 2025-10-03T10:00:00+06:00",
				k.Value+" must be a date such as 2025-10-03 or 2025-10-03T10:00:00+06:00")
			return time.Time{}
		}
		t, err := ParseDate(v.Value, loc)
		if err != nil {
			fail(v, fmt.Sprintf("%s: %q তারিখ হিসেবে পড়া গেল না: লিখুন 2025-10-03 বা 2025-10-03T10:00:00+06:00 (অঙ্কগুলো ইংরেজিতে)", k.Value, v.Value),
				fmt.Sprintf("%s: %v", k.Value, err))
		}
		return t
	}
	seen := map[string]bool{}
	titleFailed := false // title: is there but not text: said already
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if seen[k.Value] {
			fail(k, fmt.Sprintf("%s: দুবার লেখা আছে: একটি রাখুন, অন্যটি মুছে দিন", k.Value),
				fmt.Sprintf("key %q appears twice: keep one", k.Value))
		}
		seen[k.Value] = true
		switch k.Value {
		case "title":
			n := len(errs)
			a.Title, a.TitleLine = strings.TrimSpace(bangla.NFC(str(k, v))), v.Line+first
			titleFailed = len(errs) > n || lost
		case "date":
			a.Date = date(k, v)
		case "updated", "lastmod":
			a.Updated = date(k, v)
		case "slug":
			a.Slug, a.SlugLine = strings.TrimSpace(str(k, v)), v.Line+first
		case "aliases":
			a.Aliases = decodeAliases(path, v, first, &errs)
		case "author":
			a.Author = strings.TrimSpace(bangla.NFC(str(k, v)))
		case "kicker":
			a.Kicker = strings.TrimSpace(bangla.NFC(str(k, v)))
		case "dateline":
			a.Dateline = strings.TrimSpace(bangla.NFC(str(k, v)))
		case "caption":
			a.Caption = strings.TrimSpace(bangla.NFC(str(k, v)))
		case "summary", "description":
			a.Summary = strings.TrimSpace(bangla.NFC(str(k, v)))
		case "image":
			a.Image = strings.TrimSpace(str(k, v))
		case "draft":
			if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
				fail(v, fmt.Sprintf("draft-এর মান true (খসড়া, প্রকাশ হবে না) বা false (প্রকাশ হবে) লিখুন, %q নয়", v.Value),
					fmt.Sprintf("draft must be true or false, not %q", v.Value))
				continue
			}
			a.Draft = v.Value == "true" || v.Value == "True" || v.Value == "TRUE"
		case "tags":
			a.TagsLine = v.Line + first
			tags, w := a.decodeTags(v, fail)
			if w != nil {
				warns = append(warns, &Error{Path: path, Line: a.TagsLine, Bn: w.bn, Msg: w.msg})
			}
			a.Tags = Tags(tags)
		default:
			warns = append(warns, &Error{Path: path, Line: k.Line + first,
				Bn:  fmt.Sprintf("অজানা কী %q বাদ দেওয়া হলো: বানান দেখুন (চেনা কী: %s)", k.Value, knownKeys),
				Msg: fmt.Sprintf("unknown front matter key %q is ignored (known: %s)", k.Value, knownKeys)})
		}
	}
	if a.Title == "" && !seen["title"] {
		errs = append(errs, &Error{Path: path, Line: 1,
			Bn:  "শিরোনাম নেই: ওপরের --- অংশে একটি লাইন দিন, যেমন title: \"পুতিনের ভারত সফর\"",
			Msg: "front matter has no title: add a line such as title: \"পুতিনের ভারত সফর\""})
	} else if a.Title == "" && !titleFailed {
		errs = append(errs, &Error{Path: path, Line: a.TitleLine,
			Bn:  "শিরোনাম ফাঁকা: title:-এর পরে শিরোনাম লিখুন",
			Msg: "title is empty: write the headline after title:"})
	}
	return warns, errors.Join(errs...)
}

// decodeTags reads the value of tags:. A list written without brackets
// (tags: রাশিয়া, ভারত) is read as one tag per comma, with a warning.
func (a *Article) decodeTags(v *yaml.Node, fail func(n *yaml.Node, bn, msg string)) ([]string, *hint) {
	var raw []*yaml.Node
	switch v.Kind {
	case yaml.SequenceNode:
		raw = v.Content
	case yaml.ScalarNode:
		if v.Tag != "!!null" {
			raw = []*yaml.Node{v}
		}
	default:
		fail(v, "tags তালিকা হিসেবে লিখুন, যেমন tags: [রাশিয়া, ভারত]", "tags must be a list, such as [রাশিয়া, ভারত]")
	}
	if v.Kind == yaml.ScalarNode && strings.HasPrefix(v.Value, "-") {
		fail(v, "তালিকার প্রতিটি লাইনে - চিহ্নের পরে একটি স্পেস দিন, যেমন   - রাশিয়া; বা এক লাইনে লিখুন tags: [রাশিয়া, ভারত]",
			"put a space after each - of the list, such as   - রাশিয়া; or write tags: [রাশিয়া, ভারত]")
		return nil, nil
	}
	var tags []string
	var w *hint
	for _, t := range raw {
		if t.Kind != yaml.ScalarNode || strings.TrimSpace(t.Value) == "" {
			fail(t, "প্রতিটি হ্যাশট্যাগ একটি শব্দ হোক, যেমন রাশিয়া; ফাঁকা হ্যাশট্যাগ মুছে দিন",
				"each tag must be a word such as রাশিয়া; remove empty ones")
			continue
		}
		if v.Kind == yaml.ScalarNode && t.Style == 0 && strings.Contains(t.Value, ",") {
			parts := strings.Split(t.Value, ",")
			list := "[" + strings.Join(trimAll(parts), ", ") + "]"
			w = &hint{
				bn:  fmt.Sprintf("tags [ ] ছাড়া লেখা: কমা ধরে %sটি হ্যাশট্যাগ পড়া হলো; লিখুন tags: %s", bangla.Itoa(len(parts)), list),
				msg: fmt.Sprintf("tags written without [ ]: read as %d tags split at the commas; write tags: %s", len(parts), list),
			}
			tags = append(tags, parts...)
			continue
		}
		tags = append(tags, t.Value)
	}
	return tags, w
}

// trimAll trims the space around each string.
func trimAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.TrimSpace(s)
	}
	return out
}

// decodeAliases reads the aliases: list, the earlier URLs of the article,
// as written: the site checks and cleans them, since only it knows the
// base path and the other pages.
func decodeAliases(path string, v *yaml.Node, first int, errs *[]error) []Alias {
	var raw []*yaml.Node
	switch {
	case v.Kind == yaml.SequenceNode:
		raw = v.Content
	case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
		raw = []*yaml.Node{v}
	case v.Kind != yaml.ScalarNode:
		*errs = append(*errs, &Error{Path: path, Line: v.Line + first,
			Bn:  "aliases: পুরোনো ঠিকানাগুলোর তালিকা হতে হবে, যেমন [/পুরোনো-ঠিকানা/]",
			Msg: "aliases must be a list of earlier URLs, such as [/old-address/]"})
	}
	var out []Alias
	for _, n := range raw {
		if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
			*errs = append(*errs, &Error{Path: path, Line: n.Line + first,
				Bn:  "aliases: প্রতিটি পুরোনো ঠিকানা একটি পথ হবে, যেমন /পুরোনো-ঠিকানা/; খালিগুলো মুছে দিন",
				Msg: "each alias must be a path such as /old-address/; remove empty ones"})
			continue
		}
		out = append(out, Alias{strings.TrimSpace(n.Value), n.Line + first})
	}
	return out
}

// Tags cleans a list of hashtags: strips '#' and surrounding space,
// NFC-normalizes, and drops duplicates by bangla.TagKey, keeping the first
// spelling and the order of first appearance.
func Tags(in []string) []string {
	seen := make(map[string]bool, len(in))
	tags := make([]string, 0, len(in))
	for _, t := range in {
		t = bangla.NFC(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "#")))
		k := bangla.TagKey(t)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		tags = append(tags, t)
	}
	return tags
}

var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"2006-01-02",
}

// ParseDate accepts RFC 3339, a plain date, or a date and time without a
// zone, which is read in loc. Bengali digits are read as ASCII digits:
// "২০২৫-১০-১২" is 2025-10-12.
func ParseDate(typed string, loc *time.Location) (time.Time, error) {
	s := strings.TrimSpace(bangla.ASCIIDigits(typed))
	for i, layout := range dateLayouts {
		var t time.Time
		var err error
		if i == 0 {
			t, err = time.Parse(layout, s)
		} else {
			t, err = time.ParseInLocation(layout, s, loc)
		}
		if err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date: write it as 2025-10-03 or 2025-10-03T10:00:00+06:00", strings.TrimSpace(typed))
}
