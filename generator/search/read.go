package search

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Index is an index read back from its files: what the tests of the
// index, of the build and of the preview check, and what a tool that
// inspects a published site can query.
type Index struct {
	Meta Meta
	// Terms maps each word or hashtag term to its postings.
	Terms map[string][]Posting
	// Docs holds each article's [path, title, date, summary].
	Docs [][4]string
	// Tags holds each hashtag with its count, most used first.
	Tags []TagCount
}

// Posting is one article that has a term.
type Posting struct {
	Doc   int
	Title bool // the term is in the title
}

// TagCount is a hashtag as the search page's select lists it.
type TagCount struct {
	Name  string
	Count int
}

// Read decodes the files that Build wrote, named as Build names them.
func Read(files map[string][]byte) (*Index, error) {
	ix := &Index{Terms: map[string][]Posting{}}
	if err := json.Unmarshal(files["meta.json"], &ix.Meta); err != nil {
		return nil, fmt.Errorf("meta.json: %w", err)
	}
	for _, c := range ix.Meta.Chunks {
		name, _ := c[1].(string)
		data, ok := files[name]
		if !ok {
			return nil, fmt.Errorf("meta.json names %q, which is missing", name)
		}
		if err := ix.readChunk(data); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	for n := 0; n*ix.Meta.Per < ix.Meta.Docs; n++ {
		name := ix.Meta.DocDir + strconv.Itoa(n) + ".json"
		var rows [][4]string
		if err := json.Unmarshal(files[name], &rows); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		ix.Docs = append(ix.Docs, rows...)
	}
	var tags [][2]any
	if err := json.Unmarshal(files[ix.Meta.Tags], &tags); err != nil {
		return nil, fmt.Errorf("%s: %w", ix.Meta.Tags, err)
	}
	for _, t := range tags {
		name, _ := t[0].(string)
		count, _ := t[1].(float64)
		ix.Tags = append(ix.Tags, TagCount{name, int(count)})
	}
	return ix, nil
}

var errTruncated = errors.New("truncated entry")

func (ix *Index) readChunk(data []byte) error {
	var prev string
	uvarint := func() (int, error) {
		v, n := binary.Uvarint(data)
		if n <= 0 {
			return 0, errTruncated
		}
		data = data[n:]
		return int(v), nil
	}
	for len(data) > 0 {
		shared, err := uvarint()
		if err != nil {
			return err
		}
		rest, err := uvarint()
		if err != nil || shared > len(prev) || rest > len(data) {
			return errTruncated
		}
		word := prev[:shared] + string(data[:rest])
		data = data[rest:]
		size, err := uvarint()
		if err != nil || size > len(data) {
			return errTruncated
		}
		ps, ok := (&posting{bytes: data[:size]}).decode()
		if !ok {
			return errTruncated
		}
		data = data[size:]
		ix.Terms[word] = ps
		prev = word
	}
	return nil
}

// Find returns the articles that have every word of query, by the rule of
// the search page (static/js/search.js): a query word finds the indexed
// words that start with it, but not just before a nukta. With tag, only
// the articles of that hashtag. Newest first.
func (ix *Index) Find(query, tag string) []int {
	var sets [][]int
	for _, q := range Words(query) {
		var docs []int
		for w, ps := range ix.Terms {
			if finds(q, w) {
				for _, p := range ps {
					docs = append(docs, p.Doc)
				}
			}
		}
		sets = append(sets, docs)
	}
	if tag != "" {
		var docs []int
		for _, p := range ix.Terms[TagTerm(tag)] {
			docs = append(docs, p.Doc)
		}
		sets = append(sets, docs)
	}
	if len(sets) == 0 {
		return nil
	}
	count := map[int]int{}
	for _, set := range sets {
		slices.Sort(set)
		for _, d := range slices.Compact(set) {
			count[d]++
		}
	}
	var out []int
	for d, n := range count {
		if n == len(sets) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	return out
}

// finds reports whether the query word q finds the indexed word w: w
// starts with q, and not just before a nukta (ড় is another letter than ড,
// so মুড does not find মুড়ি). matches in static/js/search-words.js is the
// same rule.
func finds(q, w string) bool {
	return strings.HasPrefix(w, q) && !strings.HasPrefix(w[len(q):], "\u09bc")
}
