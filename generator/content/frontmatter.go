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
	return a, warns, nil
}

// relabel puts path into a conversion error, which only knows a name.
func relabel(err error, path string) error {
	var ce *convert.Error
	if errors.As(err, &ce) {
		c := *ce
		c.Path = path
		return &c
	}
	return &Error{Path: path, Msg: err.Error()}
}

// split separates the front matter from the body.
func split(path, text string) (fm string, body string, bodyLine int, err error) {
	if !strings.HasPrefix(text, "---\n") {
		return "", "", 0, &Error{Path: path, Line: 1, Msg: "no front matter: a Markdown article must start with a line of three hyphens (---), the YAML keys (title, date, tags…), and another --- line"}
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
	return "", "", 0, &Error{Path: path, Line: 1, Msg: "front matter is not closed: add a line of three hyphens (---) after the last key"}
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decodeFrontMatter fills a from the YAML text fm, which starts on line 2.
func (a *Article) decodeFrontMatter(path, fm string, loc *time.Location) ([]error, error) {
	const first = 1 // line of the opening ---; YAML line 1 is file line 2
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(fm), &root); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		e := &Error{Path: path, Line: 1, Msg: "front matter is not valid YAML: " + msg}
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			e.Line, e.Msg = n+first, "front matter is not valid YAML: "+m[2]
		}
		return nil, e
	}
	if len(root.Content) == 0 {
		return nil, &Error{Path: path, Line: 1, Msg: "front matter is empty: add at least title: and date:"}
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, &Error{Path: path, Line: m.Line + first, Msg: "front matter must be key: value lines"}
	}
	var errs, warns []error
	fail := func(n *yaml.Node, format string, args ...any) {
		errs = append(errs, &Error{Path: path, Line: n.Line + first, Msg: fmt.Sprintf(format, args...)})
	}
	str := func(k, v *yaml.Node) string {
		if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
			fail(v, "%s must be text", k.Value)
			return ""
		}
		return v.Value
	}
	date := func(k, v *yaml.Node) time.Time {
		if v.Kind != yaml.ScalarNode {
			fail(v, "%s must be a date such as 2025-10-03 or 2025-10-03T10:00:00+06:00", k.Value)
			return time.Time{}
		}
		t, err := ParseDate(v.Value, loc)
		if err != nil {
			fail(v, "%s: %v", k.Value, err)
		}
		return t
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if seen[k.Value] {
			fail(k, "key %q appears twice: keep one", k.Value)
		}
		seen[k.Value] = true
		switch k.Value {
		case "title":
			a.Title, a.TitleLine = strings.TrimSpace(bangla.NFC(str(k, v))), v.Line+first
		case "date":
			a.Date = date(k, v)
		case "updated", "lastmod":
			a.Updated = date(k, v)
		case "slug":
			a.Slug, a.SlugLine = strings.TrimSpace(str(k, v)), v.Line+first
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
				fail(v, "draft must be true or false, not %q", v.Value)
				continue
			}
			a.Draft = v.Value == "true" || v.Value == "True" || v.Value == "TRUE"
		case "tags":
			a.TagsLine = v.Line + first
			var raw []*yaml.Node
			switch v.Kind {
			case yaml.SequenceNode:
				raw = v.Content
			case yaml.ScalarNode:
				if v.Tag != "!!null" {
					raw = []*yaml.Node{v}
				}
			default:
				fail(v, "tags must be a list, such as [রাশিয়া, ভারত]")
			}
			var tags []string
			for _, t := range raw {
				if t.Kind != yaml.ScalarNode || strings.TrimSpace(t.Value) == "" {
					fail(t, "each tag must be a word such as রাশিয়া; remove empty ones")
					continue
				}
				tags = append(tags, t.Value)
			}
			cleaned := Tags(tags)
			a.Tags = cleaned
		default:
			warns = append(warns, &Error{Path: path, Line: k.Line + first, Msg: fmt.Sprintf("unknown front matter key %q is ignored (known: title, kicker, date, updated, slug, tags, author, dateline, caption, summary, draft, image)", k.Value)})
		}
	}
	if a.Title == "" && !seen["title"] {
		errs = append(errs, &Error{Path: path, Line: 1, Msg: "front matter has no title: add a line such as title: \"পুতিনের ভারত সফর\""})
	} else if a.Title == "" {
		errs = append(errs, &Error{Path: path, Line: a.TitleLine, Msg: "title is empty: write the headline after title:"})
	}
	return warns, errors.Join(errs...)
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
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(bangla.ASCIIDigits(s))
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
	return time.Time{}, fmt.Errorf("%q is not a date: write it as 2025-10-03 or 2025-10-03T10:00:00+06:00", s)
}
