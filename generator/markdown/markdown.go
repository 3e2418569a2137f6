// Package markdown renders article bodies with one configured goldmark
// instance: CommonMark plus GitHub tables, strikethrough and autolinks;
// no typographic rewriting (editors' quotes and dashes stay as typed);
// raw HTML is never passed through; heading IDs keep Bengali letters.
// Limits (limits.go) keep the work and the HTML of an article in
// proportion to its size, whatever the Markdown asks for.
package markdown

import (
	"bytes"
	"errors"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/sarakhon/digest/generator/bangla"
)

// Renderer converts Markdown to HTML. It is safe for concurrent use.
type Renderer struct {
	md goldmark.Markdown
}

// New returns a Renderer. Raw HTML in Markdown is dropped (goldmark's
// default, which Hugo and Zola share), and dangerous link targets
// (javascript:, vbscript:, file:, data: except images) are removed.
func New() *Renderer {
	// goldmark's own parsers and GFM strikethrough, with the inline
	// parsers whose cost can grow faster than the text bounded (see
	// limits.go).
	inline := parser.DefaultInlineParsers()
	for i, p := range inline {
		switch p.Value {
		case parser.NewLinkParser():
			inline[i].Value = boundedLinks{p.Value.(parser.InlineParser)}
		case parser.NewEmphasisParser():
			inline[i].Value = delimiters{p.Value.(parser.InlineParser)}
		}
	}
	inline = append(inline, util.Prioritized(delimiters{extension.NewStrikethroughParser()}, 500))
	return &Renderer{md: goldmark.New(
		goldmark.WithParser(parser.NewParser(
			parser.WithBlockParsers(parser.DefaultBlockParsers()...),
			parser.WithInlineParsers(inline...),
			parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(extension.NewStrikethroughHTMLRenderer(), 500))),
		goldmark.WithExtensions(extension.Table, extension.Linkify),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(noDataLinks{}, 0), util.Prioritized(flatten{}, 1))),
	)}
}

// Render converts src to HTML. Markdown past one of the limits in
// limits.go is an error: a *diag.Error whose Line is the line of src to
// fix (0 when the error is about the whole text) and whose Path is empty.
func (r *Renderer) Render(src []byte) ([]byte, error) {
	if err := check(src); err != nil {
		return nil, err
	}
	ctx := parser.NewContext(parser.WithIDs(&ids{}))
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx))
	if err, _ := ctx.Get(limitKey).(error); err != nil {
		return nil, err
	}
	budget := htmlBudget(len(src))
	if err := checkLinks(doc, src, budget); err != nil {
		return nil, err
	}
	out := limitedBuffer{left: budget}
	out.buf.Grow(len(src) + len(src)/4)
	if err := r.md.Renderer().Render(&out, src, doc); err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, tooLargeError(budget)
		}
		return nil, err
	}
	return out.buf.Bytes(), nil
}

// maxNesting bounds how deep quotes and lists nest. Markdown allows any
// depth ("> > > …"), but HTML parsers do not: browsers and
// golang.org/x/net/html stop at 512 open elements, and no article needs
// more than a few levels.
const maxNesting = 32

// flatten replaces quotes and lists nested deeper than maxNesting by
// their contents, which keeps the text and drops the extra levels.
type flatten struct{}

func (flatten) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) { flattenDeep(doc, 0) }

// flattenDeep flattens the children of n, which is inside depth quotes
// and lists.
func flattenDeep(n ast.Node, depth int) {
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		switch c.Kind() {
		case ast.KindBlockquote, ast.KindList, ast.KindListItem:
			if depth < maxNesting {
				flattenDeep(c, depth+1)
				break
			}
			// Move c's children up in its place and look at them next.
			if first := c.FirstChild(); first != nil {
				next = first
			}
			for g := c.FirstChild(); g != nil; {
				after := g.NextSibling()
				n.InsertBefore(n, c, g)
				g = after
			}
			n.RemoveChild(n, c)
		default:
			flattenDeep(c, depth)
		}
		c = next
	}
}

// noDataLinks empties data: link targets, which goldmark allows for the
// image types (data:image/png…) in links as well as in images: a link is
// never a data: URL.
type noDataLinks struct{}

func (noDataLinks) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	isData := func(u []byte) bool {
		return len(u) >= 5 && bytes.EqualFold(u[:5], []byte("data:"))
	}
	var autolinks []*ast.AutoLink
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			if isData(bytes.TrimSpace(l.Destination)) {
				l.Destination = nil
			}
		case *ast.AutoLink:
			if isData(l.URL(src)) {
				autolinks = append(autolinks, l)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, l := range autolinks {
		l.Parent().ReplaceChild(l.Parent(), l, ast.NewString(l.Label(src)))
	}
}

// ids adapts bangla.IDs to goldmark's parser.IDs: heading IDs keep
// Bengali letters (goldmark's default drops every non-ASCII rune, so every
// Bengali heading would be "heading").
type ids struct{ bangla.IDs }

func (s *ids) Generate(value []byte, _ ast.NodeKind) []byte {
	return []byte(s.IDs.Generate(string(value)))
}

func (s *ids) Put(value []byte) { s.IDs.Put(string(value)) }
