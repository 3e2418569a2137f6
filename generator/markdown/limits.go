package markdown

import (
	"bytes"
	"errors"
	"fmt"
	"sort"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/sarakhon/digest/generator/bangla"
	"github.com/sarakhon/digest/generator/diag"
)

// Limits on what one article may ask goldmark to build. Markdown is a
// small text that can describe a huge page: a 43 KB GitHub table of
// 10 000 columns and 1 000 rows is ten million cells, because GFM fills
// every short row up to the header's width; and several constructs cost
// goldmark time proportional to the square of their size. Inside these
// limits the work and the HTML of an article grow in proportion to its
// text (BenchmarkBombs); past one, Render fails with the line to fix. No
// real article comes near them.
const (
	// maxCells bounds the table cells of an article, counting those GFM
	// adds to short rows.
	maxCells = 200_000
	// maxMarkers bounds the quote and list markers ('>', '-', '1.')
	// that open one line. maxNesting, below it, is how deep the page
	// shows them.
	maxMarkers = 64
	// maxIndent bounds the columns of white space among those markers:
	// lists nest by indentation too.
	maxIndent = 256
	// maxDefinitions bounds the link reference definitions
	// ("[name]: https://…") of an article: goldmark's cost for each
	// grows with the length of the paragraph it opens.
	maxDefinitions = 256
	// linkWindow is how far past a ']' goldmark may look for the
	// destination, title or label that makes it a link. A link whose
	// target runs on further is shown as text; without the window a
	// line of "[a](" repeated costs the square of its length.
	linkWindow = 4096
	// maxFailedLinks bounds the "](" and "][" after a '[' that make no
	// link: each costs goldmark a look through the window.
	maxFailedLinks = 1024
	// maxDelimiters bounds the runs of '*', '_' and '~' in one
	// paragraph, heading or table cell.
	maxDelimiters = 128
	// maxBrackets bounds the '[' open at once in one paragraph.
	maxBrackets = 32
)

// check returns an error naming the first line of src that is past a
// limit, or nil. It reads each line once, without parsing Markdown:
// what it counts is a little more than what goldmark would build (a
// table-like line in a code block counts), never less.
func check(src []byte) error {
	var cells, defs int
	cols := 0 // columns of the table being read; 0 outside tables
	for n := 1; len(src) > 0; n++ {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		rest, markers, indent := containerPrefix(line)
		if markers > maxMarkers && !thematicBreak(line) {
			return limitError(n, fmt.Sprintf("%s স্তরের বেশি গভীর উদ্ধৃতি বা তালিকা (এখানে %s)। স্তর কমান।", bangla.Itoa(maxMarkers), bangla.Itoa(markers)),
				fmt.Sprintf("quotes or lists nested deeper than %d levels (here %d): use fewer levels", maxMarkers, markers))
		}
		if indent > maxIndent {
			return limitError(n, fmt.Sprintf("লাইনের শুরুতে %s ঘরের বেশি ফাঁকা জায়গা (এখানে %s)। ফাঁকা কমান।", bangla.Itoa(maxIndent), bangla.Itoa(indent)),
				fmt.Sprintf("more than %d columns of indentation (here %d): indent less", maxIndent, indent))
		}
		rest = bytes.TrimSpace(rest)
		switch {
		case len(rest) == 0:
			cols = 0
		case cols > 0:
			cells += cols
		default:
			if cols = delimiterRow(rest); cols > 0 {
				cells += 2 * cols // the header and this row
			}
		}
		if cells > maxCells {
			return limitError(n, fmt.Sprintf("লেখার টেবিলগুলোতে সব মিলিয়ে %s টির বেশি ঘর (ছোট সারিও শিরোনাম-সারির সমান ঘর পায়)। টেবিল ছোট করুন বা ভাগ করুন।", bangla.Itoa(maxCells)),
				fmt.Sprintf("the tables of this article have more than %d cells (a short row gets as many as the header row): shrink or split them", maxCells))
		}
		if bytes.HasPrefix(rest, []byte("[")) && bytes.Contains(rest, []byte("]:")) {
			if defs++; defs > maxDefinitions {
				return limitError(n, fmt.Sprintf("%s টির বেশি লিংক-সংজ্ঞা ([নাম]: ঠিকানা)। লিংক সরাসরি লিখুন: [লেখা](ঠিকানা)।", bangla.Itoa(maxDefinitions)),
					fmt.Sprintf("more than %d link reference definitions ([name]: url): write links inline, [text](url)", maxDefinitions))
			}
		}
	}
	return nil
}

func limitError(line int, bn, msg string) error {
	return &diag.Error{Line: line, Bn: bn, Msg: msg}
}

// containerPrefix splits the quote and list markers and the white space
// that open line from the rest, and counts the markers and the columns
// of white space.
func containerPrefix(line []byte) (rest []byte, markers, indent int) {
	i := 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			indent++
		case c == '\t':
			indent += 4 - indent%4
		case c == '>':
			markers++
		case c == '-' || c == '*' || c == '+':
			if i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' {
				return line[i:], markers, indent
			}
			markers++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j == len(line) || (line[j] != '.' && line[j] != ')') || (j+1 < len(line) && line[j+1] != ' ' && line[j+1] != '\t') {
				return line[i:], markers, indent
			}
			markers++
			i = j
		default:
			return line[i:], markers, indent
		}
		i++
	}
	return nil, markers, indent
}

// thematicBreak reports whether line, past any quote markers, is a
// horizontal rule ("- - -", "* * *"), which containerPrefix counts as
// list markers.
func thematicBreak(line []byte) bool {
	line = bytes.TrimLeft(line, " \t>")
	if len(line) == 0 || bytes.IndexByte([]byte("-*_"), line[0]) < 0 {
		return false
	}
	return len(bytes.Trim(line, string(line[0])+" \t")) == 0
}

// delimiterRow returns the number of columns of a GFM table delimiter
// row ("| --- | :-: |"), or 0 when row is not one.
func delimiterRow(row []byte) int {
	if bytes.IndexByte(row, '|') < 0 || bytes.IndexByte(row, '-') < 0 {
		return 0
	}
	cols := 0
	for _, cell := range bytes.Split(row, []byte("|")) {
		if len(bytes.Trim(cell, "-: \t")) != 0 {
			return 0
		}
		if bytes.IndexByte(cell, '-') >= 0 {
			cols++
		}
	}
	return cols
}

// counts is what the inline parsers have met so far; they keep it in the
// parser context.
type counts struct {
	delimiters int // runs of '*', '_' and '~' in this block
	brackets   int // '[' and '![' not yet closed in this block
	failed     int // "](" and "][" in the article that made no link
}

var (
	countsKey = parser.NewContextKey()
	// limitKey holds the first limit error the inline parsers met.
	limitKey = parser.NewContextKey()
)

func countsOf(pc parser.Context) *counts {
	c, _ := pc.Get(countsKey).(*counts)
	if c == nil {
		c = &counts{}
		pc.Set(countsKey, c)
	}
	return c
}

// stop records a limit error at the reader's line, the first time, for
// Render, which fails with it.
func stop(pc parser.Context, block text.Reader, bn, msg string) {
	if pc.Get(limitKey) == nil {
		_, pos := block.Position()
		pc.Set(limitKey, limitError(lineAt(block.Source(), pos.Start), bn, msg))
	}
}

// lineAt returns the line of src at offset.
func lineAt(src []byte, offset int) int {
	return 1 + bytes.Count(src[:max(0, min(offset, len(src)))], []byte("\n"))
}

// delimiters is goldmark's emphasis or strikethrough parser, stopped at
// maxDelimiters runs in one block: goldmark matches each closing run
// against every run before it.
type delimiters struct{ parser.InlineParser }

func (d delimiters) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	c := countsOf(pc)
	if c.delimiters++; c.delimiters > maxDelimiters {
		stop(pc, block, fmt.Sprintf("একটি অনুচ্ছেদে %s বারের বেশি *, _ বা ~ চিহ্ন। অনুচ্ছেদ ভাগ করুন বা চিহ্ন কমান।", bangla.Itoa(maxDelimiters)),
			fmt.Sprintf("more than %d runs of *, _ or ~ in one paragraph: split it or use fewer", maxDelimiters))
		return nil
	}
	return d.InlineParser.Parse(parent, block, pc)
}

// boundedLinks is goldmark's link parser with at most maxBrackets
// brackets open at once in a block (goldmark walks them all at each ']'),
// and shown only linkWindow bytes after a ']'.
type boundedLinks struct{ parser.InlineParser }

func (l boundedLinks) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	c := countsOf(pc)
	if block.Peek() != ']' {
		if c.brackets >= maxBrackets {
			stop(pc, block, fmt.Sprintf("একটি অনুচ্ছেদে %s টির বেশি [ খোলা, বন্ধ হয়নি। বাড়তি [ মুছুন বা অনুচ্ছেদ ভাগ করুন।", bangla.Itoa(maxBrackets)),
				fmt.Sprintf("more than %d '[' open at once in one paragraph: remove the extra '[' or split the paragraph", maxBrackets))
			return nil
		}
		n := l.InlineParser.Parse(parent, block, pc)
		if n != nil {
			c.brackets++
		}
		return n
	}
	if c.brackets == 0 {
		return l.InlineParser.Parse(parent, block, pc) // text: no '[' to close
	}
	// This ']' closes the last '[', into a link or back into text.
	c.brackets--
	line, pos := block.PeekLine()
	end := pos.Start + linkWindow
	if c.failed > maxFailedLinks {
		end = pos.Start + 1 // Render fails: look no further than the ']'
	}
	n := l.InlineParser.Parse(parent, window{Reader: block, lines: parent.Lines(), end: end}, pc)
	switch n.(type) {
	case *ast.Link, *ast.Image:
	default:
		if len(line) > 1 && (line[1] == '(' || line[1] == '[') {
			if c.failed++; c.failed > maxFailedLinks {
				stop(pc, block, fmt.Sprintf("%s বারের বেশি ]( বা ][ আছে যা লিংক হয়নি (ঠিকানা বা বন্ধনী বন্ধ হয়নি)। লিংক লিখুন এভাবে: [লেখা](ঠিকানা)।", bangla.Itoa(maxFailedLinks)),
					fmt.Sprintf("more than %d '](' or '][' that make no link (the target or bracket is never closed): write links as [text](url)", maxFailedLinks))
			}
		}
	}
	return n
}

// CloseBlock passes on goldmark's clean-up of unclosed brackets and
// starts the counts of a block (delimiters' too) again for the next.
func (l boundedLinks) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	l.InlineParser.(parser.CloseBlocker).CloseBlock(parent, block, pc)
	c := countsOf(pc)
	c.delimiters, c.brackets = 0, 0
}

// window is a text.Reader over the lines of a block that ends at the
// source offset end: the link parser reads destinations with PeekLine
// and Peek, and titles and labels with FindClosure. It also finds the
// line of a Value by bisection, where goldmark's reader walks back from
// the block's last line, for each ']'.
type window struct {
	text.Reader
	lines *text.Segments
	end   int
}

// Value is goldmark's blockReader.Value, less its walk.
func (w window) Value(seg text.Segment) []byte {
	src := w.Source()
	n := w.lines.Len()
	line := max(0, sort.Search(n, func(i int) bool { return w.lines.At(i).Start > seg.Start })-1)
	out := make([]byte, 0, seg.Stop-seg.Start+1)
	for i := seg.Start; line < n; line++ {
		s := w.lines.At(line)
		if i < 0 {
			i = s.Start
		}
		out = s.ConcatPadding(out)
		for ; i < seg.Stop && i < s.Stop; i++ {
			out = append(out, src[i])
		}
		i = -1
		if s.Stop > seg.Stop {
			break
		}
	}
	return out
}

func (w window) PeekLine() ([]byte, text.Segment) {
	line, seg := w.Reader.PeekLine()
	if seg.Stop <= w.end {
		return line, seg
	}
	if seg.Start >= w.end {
		return nil, seg
	}
	keep := seg.Padding + w.end - seg.Start
	return line[:min(len(line), keep)], seg.WithStop(w.end)
}

func (w window) Peek() byte {
	if _, pos := w.Position(); pos.Start >= w.end {
		return text.EOF
	}
	return w.Reader.Peek()
}

// FindClosure lets goldmark look for closer only when it is in the
// window, not escaped, and before any opener that would stop the search.
func (w window) FindClosure(opener, closer byte, options text.FindClosureOptions) (*text.Segments, bool) {
	_, pos := w.Position()
	src := w.Source()
	depth := 1
	for i := pos.Start; i < min(w.end, len(src)); i++ {
		switch src[i] {
		case '\\':
			i++
		case closer:
			if depth--; depth == 0 {
				return w.Reader.FindClosure(opener, closer, options)
			}
		case opener:
			if !options.Nesting {
				return nil, false
			}
			depth++
		}
	}
	return nil, false
}

// htmlBudget is the most HTML an article of n bytes may render to: a
// few times its text (emphasis, links and headings add markup), plus
// room for GFM's filled-in table cells. Past it, a few bytes of Markdown
// were made to stand for much more: a reference link repeated
// ("[a]" for a long "[a]: https://…"), say.
func htmlBudget(n int) int { return 8*n + 8<<20 }

// checkLinks returns an error at the first link or image whose target,
// added to those before it, exceeds budget: goldmark writes a target for
// every use of a reference, and writing it is the cost, whether or not
// the writes are kept.
func checkLinks(doc ast.Node, src []byte, budget int) error {
	var err error
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		var size int
		switch l := n.(type) {
		case *ast.Link:
			size = len(l.Destination) + len(l.Title)
		case *ast.Image:
			size = len(l.Destination) + len(l.Title)
		default:
			return ast.WalkContinue, nil
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		if budget -= size; budget < 0 {
			line := 0
			if p, ok := n.(interface{ Pos() int }); ok && p.Pos() >= 0 {
				line = lineAt(src, p.Pos())
			}
			err = limitError(line, "লিংকের ঠিকানাগুলো সব মিলিয়ে লেখার তুলনায় অনেক বড় (একই লম্বা ঠিকানার লিংক বারবার)। লিংক কমান বা লেখাটি ভাগ করুন।",
				"the link targets add up to far more than the article's text (a long target used again and again): use fewer links or split the article")
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return err
}

// errTooLarge is limitedBuffer's write error.
var errTooLarge = errors.New("HTML budget exceeded")

func tooLargeError(budget int) error {
	return limitError(0, fmt.Sprintf("এই লেখা থেকে তৈরি পাতা %s বাইটের বেশি হয়ে যাচ্ছে। লেখাটি ভাগ করুন।", bangla.Itoa(budget)),
		fmt.Sprintf("this article would make more than %d bytes of HTML: split it", budget))
}

// limitedBuffer is a bytes.Buffer that fails a write past left bytes;
// goldmark's renderer then stops writing.
type limitedBuffer struct {
	buf  bytes.Buffer
	left int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if len(p) > b.left {
		b.left = -1
		return 0, errTooLarge
	}
	b.left -= len(p)
	return b.buf.Write(p)
}
