package bijoy

import (
	"regexp"
	"strings"
)

// Result is what Fix did to a text.
type Result struct {
	Text      string // the text with its Bijoy runs in Unicode
	Converted []int  // the lines converted, 1-based
	Unsure    []int  // the lines left as they were although they may be Bijoy
	// Windows1252 says the text was the raw bytes of a Bijoy-era program.
	Windows1252 bool
}

// Fix converts the runs of text that are Bijoy and leaves the rest as it
// is. A run is a line (a paragraph of the newsroom format, a line of
// front matter). Runs are judged on their own and, when most of the file
// is Bijoy, short runs (a byline, a name) need less evidence. A run with
// some Bijoy evidence but not enough is left and listed in Unsure. A text
// with nothing that could be Bijoy is returned after one scan of its
// bytes, without allocating.
//
// text may be the raw bytes of a file: when they are not UTF-8 but
// Windows-1252 Bijoy (see FromWindows1252), all of it is converted and
// Result.Windows1252 is set. Other bytes that are not UTF-8 are returned
// as they are.
//
// Within a converted run, a front-matter key ("title: "), the marks of a
// Markdown heading, list or quote, and web and e-mail addresses are kept
// as they are.
func Fix(text string) Result {
	maybe, valid := scan(text)
	if !valid {
		s, ok := FromWindows1252([]byte(text))
		if !ok {
			return Result{Text: text}
		}
		r := Fix(s)
		r.Windows1252 = true
		return r
	}
	if !maybe {
		return Result{Text: text}
	}
	lines := strings.SplitAfter(text, "\n")
	ev := make([]evidence, len(lines))
	bijoy, others := 0, 0
	for i, l := range lines {
		_, body := splitLine(l)
		ev[i] = weigh(body)
		switch {
		case ev[i].words == 0:
		case ev[i].verdict(false) == IsBijoyRun:
			bijoy++
		default:
			others++
		}
	}
	inBijoy := bijoy > 0 && bijoy >= others
	var r Result
	for i, l := range lines {
		switch ev[i].verdict(inBijoy) {
		case IsBijoyRun:
			lines[i] = convertLine(l)
			r.Converted = append(r.Converted, i+1)
		case Unsure:
			r.Unsure = append(r.Unsure, i+1)
		}
	}
	r.Text = strings.Join(lines, "")
	return r
}

// markup is what a line may start with that is syntax, not text: a
// front-matter key, a Markdown heading, list item or quote.
var markup = regexp.MustCompile(`^[ \t]*(?:[a-z][a-z_]*:[ \t]*|#{1,6}[ \t]+|[-*+>][ \t]+)`)

// splitLine separates the syntax at the start of a line from its text.
func splitLine(l string) (syntax, body string) {
	n := len(markup.FindString(l))
	return l[:n], l[n:]
}

// convertLine converts the text of a line, keeping its syntax, its
// addresses and its line end.
func convertLine(l string) string {
	syntax, body := splitLine(l)
	end := len(body) - len(strings.TrimRight(body, "\r\n"))
	body, eol := body[:len(body)-end], body[len(body)-end:]
	var b strings.Builder
	b.WriteString(syntax)
	run := 0 // start of the text not yet written
	for i := 0; i < len(body); {
		j := strings.IndexAny(body[i:], " \t")
		if j < 0 {
			j = len(body) - i
		}
		if w := body[i : i+j]; isAddress(w) {
			b.WriteString(Convert(body[run:i]))
			b.WriteString(w)
			run = i + j
		}
		i += j + 1
	}
	b.WriteString(Convert(body[min(run, len(body)):]))
	b.WriteString(eol)
	return b.String()
}

// isAddress reports a web or e-mail address, which Bijoy text keeps in
// Latin letters.
func isAddress(w string) bool {
	return strings.Contains(w, "://") || strings.HasPrefix(w, "www.") ||
		(strings.Contains(w, "@") && strings.Contains(w, "."))
}
