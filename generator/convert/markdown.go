package convert

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Body returns the Markdown body: blocks separated by blank lines,
// subheadings as "## " headings, lists as Markdown lists, a soft line
// break as a hard line break ("\\" at the end of the line), and every
// text escaped so that it renders exactly as typed (see the package
// documentation). Body expects blocks as Parse makes them.
func (a *Article) Body() string {
	var b strings.Builder
	other := false // the list before used the other marker
	for i, blk := range a.Blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch blk.Kind {
		case Heading:
			b.WriteString("## ")
			b.WriteString(escape(blk.Text, Heading))
			b.WriteByte('\n')
		case List:
			// Two lists in a row with the same marker would be one
			// list: the second takes the other marker.
			prev := a.Blocks[max(i-1, 0)]
			other = i > 0 && prev.Kind == List && prev.Ordered == blk.Ordered && !other
			writeList(&b, blk, other)
			continue
		default:
			writeLines(&b, blk.Text, "")
		}
		other = false
	}
	return b.String()
}

// writeList writes a list, numbered "1." (or "1)" when other is set) or
// bulleted "-" (or "*").
func writeList(b *strings.Builder, blk Block, other bool) {
	for k, it := range blk.Items {
		m := "- "
		if other {
			m = "* "
		}
		if blk.Ordered {
			delim := ". "
			if other {
				delim = ") "
			}
			m = strconv.Itoa(blk.Start+k) + delim
		}
		b.WriteString(m)
		writeLines(b, it.Text, strings.Repeat(" ", len(m)))
	}
}

// writeLines writes the escaped text of a paragraph or list item; its
// soft line breaks become hard breaks, and continuation lines get indent.
func writeLines(b *strings.Builder, text, indent string) {
	if !strings.Contains(text, "\n") {
		b.WriteString(escape(text, Paragraph))
		b.WriteByte('\n')
		return
	}
	for k, line := range strings.Split(text, "\n") {
		if k > 0 {
			b.WriteString("\\\n")
			b.WriteString(indent)
			if strings.Trim(line, "= ") == "" {
				b.WriteByte('\\') // "===" under a line makes a heading
			}
		}
		// A line of '|' and '-' under another would make a table.
		b.WriteString(strings.ReplaceAll(escape(line, Paragraph), "|", "\\|"))
	}
	b.WriteByte('\n')
}

// frontMatter fixes the order of the keys that Markdown writes.
type frontMatter struct {
	Title    string    `yaml:"title"`
	Slug     string    `yaml:"slug,omitempty"`
	Kicker   string    `yaml:"kicker,omitempty"`
	Date     timestamp `yaml:"date"`
	Tags     []string  `yaml:"tags"`
	Author   string    `yaml:"author,omitempty"`
	Dateline string    `yaml:"dateline,omitempty"`
	Caption  string    `yaml:"caption,omitempty"`
	Summary  string    `yaml:"summary"`
}

// timestamp writes a time as an unquoted RFC 3339 YAML timestamp in its
// own location, to the second.
type timestamp time.Time

// MarshalYAML implements yaml.Marshaler.
func (t timestamp) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: time.Time(t).Format(time.RFC3339)}, nil
}

// Markdown returns the whole Markdown file: YAML front matter between
// "---" lines with title, slug (when a.Slug is set), kicker, date (RFC 3339 in date's location),
// tags, author, dateline and caption (each of kicker, author, dateline and
// caption only when there is one) and summary (the lead), then a blank
// line and Body.
// yaml.v3 quotes whatever needs quoting, so any title is safe.
func (a *Article) Markdown(date time.Time) []byte {
	fm := frontMatter{
		Title:    a.Title,
		Slug:     a.Slug,
		Kicker:   a.Kicker,
		Date:     timestamp(date),
		Tags:     a.Tags,
		Author:   a.Author,
		Dateline: a.Dateline,
		Caption:  a.Caption,
		Summary:  a.Lead,
	}
	if fm.Tags == nil {
		fm.Tags = []string{} // "tags: []" shows the editor where tags go
	}
	var buf bytes.Buffer
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		// Strings, a list of strings and a scalar node always encode.
		panic("convert: encoding front matter: " + err.Error())
	}
	if err := enc.Close(); err != nil {
		panic("convert: encoding front matter: " + err.Error())
	}
	buf.WriteString("---\n\n")
	buf.WriteString(a.Body())
	return buf.Bytes()
}
