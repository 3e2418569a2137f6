package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FuzzRender checks, for any Markdown: Render never panics, and the HTML
// it writes has no script, style, iframe, object or embed element, no
// event-handler attribute and no javascript:, vbscript: or data: link
// (data: images aside). Seeds: below and testdata/fuzz/FuzzRender.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"# শিরোনাম\n\nঅনুচ্ছেদ **মোটা** [লিংক](https://example.org)\n",
		"<script>alert(1)</script>\n\ntext <img src=x onerror=alert(1)>\n",
		"[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,<script>)\n",
		"![i](data:image/png;base64,AAAA) ![j](vbscript:msgbox)\n",
		"<a href=\"javascript:x\" onclick=\"y\">a</a>\n",
		"[x](&#106;avascript:alert(1))\n[y](java\tscript:x)\n",
		"| a | b |\n|---|---|\n| <b onmouseover=x>c</b> | d |\n",
		"<!-- comment --><iframe src=x></iframe>\n",
		"```html\n<script>ok in code</script>\n```\n",
		"www.example.org javascript:alert(1) https://x/\"onmouseover=\"a\n",
		"[a]: javascript:alert(1)\n\n[a]\n",
		"<dAtA:image/png;base64,AAAA> [g](data:image/gif;base64,R0) ![ok](data:image/png;base64,AA)\n",
	} {
		f.Add(s)
	}
	r := New()
	f.Fuzz(func(t *testing.T, src string) {
		out, err := r.Render([]byte(src))
		if err != nil {
			return
		}
		if msg := unsafeHTML(out); msg != "" {
			t.Fatalf("Render(%q) = %q: %s", src, out, msg)
		}
	})
}

// unsafeHTML returns what is unsafe in an HTML fragment, or "".
func unsafeHTML(b []byte) string {
	nodes, err := html.ParseFragment(bytes.NewReader(b), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return "does not parse: " + err.Error()
	}
	var bad string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if bad != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "iframe", "object", "embed", "base", "form", "meta", "link":
				bad = "element " + n.Data
				return
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") {
					bad = "attribute " + a.Key
					return
				}
				if k == "href" || k == "src" || k == "action" || k == "formaction" || k == "xlink:href" {
					if s := unsafeURL(a.Val, n.Data == "img" && k == "src"); s != "" {
						bad = k + "=" + a.Val
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return bad
}

// unsafeURL reports the scheme of a link a browser would run.
func unsafeURL(v string, image bool) string {
	var b strings.Builder
	for _, r := range strings.ToLower(v) {
		if r > ' ' && r != 0x7f {
			b.WriteRune(r)
		}
	}
	s := b.String()
	for _, p := range []string{"javascript:", "vbscript:", "data:"} {
		if strings.HasPrefix(s, p) {
			if p == "data:" && image && strings.HasPrefix(s, "data:image/") && !strings.HasPrefix(s, "data:image/svg") {
				return ""
			}
			return p
		}
	}
	return ""
}

// FuzzLimitsChangeNothing checks that the limits (limits.go) change
// nothing in Markdown that is within them and shorter than linkWindow:
// Render writes what goldmark with the same extensions writes.
func FuzzLimitsChangeNothing(f *testing.F) {
	for _, s := range []string{
		"[সূত্র](https://example.org \"শিরোনাম\") ![ছবি](/a.png 't')\n",
		"> [a](/u\n> \"title\nacross\") [b][c]\n>\n> [c]: /v\n",
		"- [a\n  b](</x y> (t)) [a][]\n\n[a\nb]: /r\n",
		"| ক | [খ](/u) |\n|---|:-:|\n| *গ* | ~~ঘ~~ |\n",
		"**ক *খ* গ** _ঘ_ ~ঙ~ [*a*](/b) \\[not](/a) `[c](d)`\n",
		"[a](\t/u\t\"t\"\t) [b]( /v ) [c](<>) [d]()\n",
		"[[a](/b)](/c) [a [b] c](/d) ![a ![b](/c)](/d)\n",
	} {
		f.Add(s)
	}
	r := New()
	plain := goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(noDataLinks{}, 0), util.Prioritized(flatten{}, 1))))
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) >= linkWindow {
			return
		}
		got, err := r.Render([]byte(src))
		if err != nil {
			return
		}
		var want bytes.Buffer
		if err := plain.Convert([]byte(src), &want, parser.WithContext(parser.NewContext(parser.WithIDs(&ids{})))); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("Render(%q) =\n%s\ngoldmark:\n%s", src, got, want.Bytes())
		}
	})
}
