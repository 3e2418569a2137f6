package convert

import (
	"bytes"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Body returns the Markdown body: one block per line, separated by blank
// lines, subheadings as "## " headings, and every text escaped so that it
// renders exactly as typed (see the package documentation). Body expects
// blocks as Parse makes them: each Text one trimmed line.
func (a *Article) Body() string {
	var b strings.Builder
	for i, blk := range a.Blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		if blk.Kind == Heading {
			b.WriteString("## ")
		}
		b.WriteString(escape(blk.Text, blk.Kind))
		b.WriteByte('\n')
	}
	return b.String()
}

// frontMatter fixes the order of the keys that Markdown writes.
type frontMatter struct {
	Title   string    `yaml:"title"`
	Date    timestamp `yaml:"date"`
	Tags    []string  `yaml:"tags"`
	Author  string    `yaml:"author,omitempty"`
	Summary string    `yaml:"summary"`
}

// timestamp writes a time as an unquoted RFC 3339 YAML timestamp in its
// own location, to the second.
type timestamp time.Time

// MarshalYAML implements yaml.Marshaler.
func (t timestamp) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: time.Time(t).Format(time.RFC3339)}, nil
}

// Markdown returns the whole Markdown file: YAML front matter between
// "---" lines with title, date (RFC 3339 in date's location), tags, author
// (when there is one) and summary (the lead), then a blank line and Body.
// yaml.v3 quotes whatever needs quoting, so any title is safe.
func (a *Article) Markdown(date time.Time) []byte {
	fm := frontMatter{
		Title:   a.Title,
		Date:    timestamp(date),
		Tags:    a.Tags,
		Author:  a.Author,
		Summary: a.Lead,
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
