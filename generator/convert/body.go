package convert

import "strings"

// body makes the blocks from the lines after the header: lists, then
// subheadings and paragraphs. The first block is a paragraph: the lead.
func (p *reader) body(content []int) {
	for n := 0; n < len(content); n++ {
		i := content[n]
		l := p.lines[i]
		if n > 0 {
			if run := p.listRun(content[n:]); len(run) > 1 {
				p.a.Blocks = append(p.a.Blocks, p.list(run))
				n += len(run) - 1
				continue
			}
		}
		b := Block{Kind: Paragraph, Text: l.text, Line: l.num}
		if n > 0 && p.isHeading(i, p.next(i)) {
			b.Kind = Heading
		}
		if n > 0 && l.caption {
			p.warn(l.num, "লাইনটি ছবির ক্যাপশনের মতো; অনুচ্ছেদ হিসেবে রাখা হয়েছে। দরকার না হলে মুছে দিন",
				"this line looks like a photo caption; it is kept as a paragraph: delete it if the photo is not on the page")
		}
		p.a.Blocks = append(p.a.Blocks, b)
	}
}

// next returns the index of the line after lines[i] when it may follow
// a subheading (a paragraph or hashtag line), or -1 at the end of the
// text or before the byline.
func (p *reader) next(i int) int {
	if i+1 == len(p.lines) || p.lines[i+1].byline {
		return -1
	}
	return i + 1
}

// listRun returns the lines at the start of content that are items of
// one list: lines next to each other in the file (blank lines between
// are fine) whose markers are of one family.
func (p *reader) listRun(content []int) []int {
	family := listMarker(p.lines[content[0]].text).family
	if family == noList {
		return nil
	}
	run := content[:1]
	for k := 1; k < len(content) && content[k] == content[k-1]+1; k++ {
		if listMarker(p.lines[content[k]].text).family != family {
			break
		}
		run = content[:k+1]
	}
	return run
}

// list makes a List block of the lines of run.
func (p *reader) list(run []int) Block {
	first := listMarker(p.lines[run[0]].text)
	b := Block{Kind: List, Line: p.lines[run[0]].num, Ordered: first.family == numbered, Start: first.number}
	for _, i := range run {
		b.Items = append(b.Items, Item{Text: listMarker(p.lines[i].text).text, Line: p.lines[i].num})
	}
	return b
}

// lead takes a dateline from the start of the first paragraph and sets the
// lead (the summary) to the rest.
func (p *reader) lead() {
	first := &p.a.Blocks[0]
	if d, rest, ok := datelineAt(first.Text); ok {
		if rest = strings.TrimSpace(rest); rest == "" || !isParagraphStart(rest) {
			p.warn(first.Line, "প্রথম অনুচ্ছেদে শুধু ডেটলাইন; সংবাদের মূল লেখা দিয়ে শুরু করুন",
				"the lead is only a dateline: start the article with its first paragraph")
		} else {
			if p.a.Dateline == "" {
				p.a.Dateline = d
			}
			first.Text = rest
			p.warn(first.Line, "প্রথম অনুচ্ছেদের শুরুর ডেটলাইন ("+d+") আলাদা করা হয়েছে (dateline:); সারাংশ ও শিরোনাম তার পর থেকে",
				"the dateline at the start of the lead ("+d+") is kept apart (front matter dateline:); the summary and title start after it")
		}
	}
	p.a.Lead = strings.ReplaceAll(first.Text, "\n", " ")
}
