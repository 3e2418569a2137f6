package convert

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderers are the Markdown configurations that Body must survive: plain
// CommonMark, and GFM (tables, strikethrough, autolinks, task lists) with
// heading attributes and IDs, which a site may turn on.
var renderers = []struct {
	name string
	md   goldmark.Markdown
}{
	{"commonmark", goldmark.New()},
	{"gfm", goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithHeadingAttribute(), parser.WithAutoHeadingID()),
	)},
}

// rendered is one top-level HTML element of a rendered page.
type rendered struct {
	tag  string // "p", "h2", …; "#text" for stray text
	text string // the text a reader sees; markup inside shows as "\x00<tag>"
}

func (r rendered) String() string { return fmt.Sprintf("<%s>%q", r.tag, r.text) }

// render renders Markdown src with md and returns its top-level elements.
// Any element or comment inside them shows up in text as "\x00<name>", so
// that a link or emphasis never passes for plain text: the input can hold
// no NUL (Decode rejects it).
func render(t testing.TB, md goldmark.Markdown, src string) []rendered {
	t.Helper()
	var out bytes.Buffer
	if err := md.Convert([]byte(src), &out); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(&out, body)
	if err != nil {
		t.Fatalf("parsing goldmark's HTML: %v", err)
	}
	var page []rendered
	for _, n := range nodes {
		switch {
		case n.Type == html.TextNode && strings.TrimSpace(n.Data) == "":
		case n.Type == html.ElementNode && (n.Data == "ol" || n.Data == "ul"):
			page = append(page, listElement(n))
		case n.Type == html.ElementNode:
			var b strings.Builder
			for c := range n.ChildNodes() {
				writeText(&b, c)
			}
			page = append(page, rendered{n.Data, b.String()})
		default:
			var b strings.Builder
			writeText(&b, n)
			page = append(page, rendered{"#text", b.String()})
		}
	}
	return page
}

// listElement returns a list as its tag (with its start number) and
// the text of its items, each after "\x00<li>".
func listElement(n *html.Node) rendered {
	tag := n.Data
	for _, at := range n.Attr {
		tag += " " + at.Key + "=" + at.Val
	}
	var b strings.Builder
	for c := range n.ChildNodes() {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		writeText(&b, c)
	}
	return rendered{tag, b.String()}
}

func writeText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
	case html.ElementNode:
		b.WriteString("\x00<" + n.Data + ">")
		for c := range n.ChildNodes() {
			writeText(b, c)
		}
	case html.CommentNode:
		b.WriteString("\x00<!-- " + n.Data + " -->")
	}
}

// blockPage is what Body should render to: a <p> per paragraph, an <h2>
// per heading, each with exactly the block's text, and an <ol> or <ul>
// per list with exactly its items; a soft line break is a <br>.
func blockPage(blocks []Block) []rendered {
	var page []rendered
	for _, b := range blocks {
		switch b.Kind {
		case Heading:
			page = append(page, rendered{"h2", b.Text})
		case List:
			tag := "ul"
			if b.Ordered {
				tag = "ol"
				if b.Start != 1 {
					tag += fmt.Sprintf(" start=%d", b.Start)
				}
			}
			var text strings.Builder
			for _, it := range b.Items {
				text.WriteString("\x00<li>" + withBreaks(it.Text))
			}
			page = append(page, rendered{tag, text.String()})
		default:
			page = append(page, rendered{"p", withBreaks(b.Text)})
		}
	}
	return page
}

// withBreaks is how a text with soft line breaks renders: a <br> and a
// newline for each.
func withBreaks(s string) string { return strings.ReplaceAll(s, "\n", "\x00<br>\n") }
