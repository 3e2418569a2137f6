// Package markdown renders article bodies with one configured goldmark
// instance: CommonMark plus GitHub tables, strikethrough and autolinks;
// no typographic rewriting (editors' quotes and dashes stay as typed);
// raw HTML is never passed through; heading IDs keep Bengali letters.
package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
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
	return &Renderer{md: goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(noDataLinks{}, 0))),
	)}
}

// Render converts src to HTML.
func (r *Renderer) Render(src []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/4)
	ctx := parser.NewContext(parser.WithIDs(&ids{}))
	if err := r.md.Convert(src, &buf, parser.WithContext(ctx)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
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
