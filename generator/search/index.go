package search

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"maps"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sarakhon/digest/generator/bangla"
)

// Doc is one article as the index sees it. Docs are numbered in the
// order given, which is the site's, newest first: "newest first" is then
// the order of the numbers, and the lists of numbers are short to write.
type Doc struct {
	Path  string // site-relative, such as "পুতিন-সফর/"
	Title string
	Date  string // as the site prints it, in its digits
	// Summary is shown under the title of a result, shortened, and is
	// searched whole.
	Summary string
	// Fields are the other texts searched: kicker, dateline, caption,
	// author.
	Fields []string
	// Body is the article's text as BodyTerms returns it.
	Body string
	// Terms, when not nil, makes Body instead: the index then asks for
	// the terms of a few hundred articles at a time, from several
	// goroutines at once, so that a build that keeps no cache never holds
	// every article's terms (some 300 MB at 30 000 articles). A Builder
	// updates nothing for docs with Terms: it builds anew.
	Terms func() string
	Tags  []string // as the editor spelled them
}

// Sizes of the index's files. A query fetches the word chunks its words
// fall in and one document chunk per result shown: small chunks keep a
// query light, many chunks make the meta file that lists them heavier.
const (
	// ChunkBytes is the size past which a word chunk is cut. A word's
	// list of articles is never split, so a chunk can be larger.
	ChunkBytes = 24 << 10
	// DocsPerChunk is the number of articles in one document chunk.
	DocsPerChunk = 8
	// summaryRunes is the most a result's summary shows.
	summaryRunes = 140
)

// Meta is the index's entry point, meta.json: the only file with a fixed
// name. Every other file is named by a hash of its content, so that a
// browser or CDN that kept an older meta.json never mixes it with newer
// chunks: it finds the chunks it names gone (404) and reloads meta.json.
type Meta struct {
	Version int `json:"v"`
	Docs    int `json:"docs"` // the number of articles
	Per     int `json:"per"`  // DocsPerChunk
	// DocDir is the folder of the document chunks, <n>.json holding the
	// articles n*Per to n*Per+Per-1 as [path, title, date, summary].
	DocDir string `json:"docDir"`
	Tags   string `json:"tags"` // the file of [tag, count] pairs, most used first
	// Chunks lists the word chunks in word order, each as [its first
	// word, file name, size in bytes].
	Chunks [][3]any `json:"chunks"`
}

// Build returns the files of the index of docs, named relative to the
// index's folder.
//
// A word chunk is a sequence of entries, one per word in byte order:
// uvarint(bytes shared with the previous word), uvarint(length of the
// rest), the rest (UTF-8), uvarint(length of the postings), postings.
// The postings are the numbers of the articles that have the word, each
// as uvarint((number - previous number) << 1 | 1 if the word is in the
// title), the first counted from 0. Hashtags are the terms TagTerm makes.
func Build(docs []Doc) map[string][]byte {
	return new(Builder).Build(docs)
}

// Builder builds the index of a sequence of builds, such as the preview
// server's, and keeps what the next build can reuse: when the articles
// are the same, in the same order, and only some changed, it updates the
// postings of the words those gained or lost instead of making them all
// again, and reuses the chunks that hold none of those words. Its output
// is byte for byte Build's. Its zero value is ready to use; one build at
// a time.
type Builder struct {
	docs   []Doc
	post   map[string]*posting
	words  []string // the keys of post, sorted
	dirty  []string // the words whose postings the last update changed, sorted
	chunks []chunk  // the word chunks of the last build, in order
	rows   [][]byte // the document chunks of the last build
	docDir string
	tags   []byte // the hashtag list of the last build
	files  map[string][]byte
}

// chunk is one word chunk of a build.
type chunk struct {
	first, name string
	words       int // how many words it holds
	data        []byte
}

// Build returns the files of the index of docs, as the function Build.
func (b *Builder) Build(docs []Doc) map[string][]byte {
	changed, same := b.changed(docs)
	if same && len(changed) == 0 && b.files != nil {
		return b.files
	}
	b.dirty = nil
	if same {
		b.update(docs, changed)
	} else {
		b.post = postings(docs)
		b.words = slices.Sorted(maps.Keys(b.post))
		b.chunks, b.rows, b.tags = nil, nil, nil
	}
	// The hashtag list and the article data change only with what they show.
	rowsChanged, tagsChanged := b.rows == nil, b.tags == nil
	for _, i := range changed {
		d, old := docs[i], b.docs[i]
		rowsChanged = rowsChanged || d.Title != old.Title || d.Date != old.Date || d.Summary != old.Summary
		tagsChanged = tagsChanged || !slices.Equal(d.Tags, old.Tags)
	}
	b.docs = slices.Clone(docs) // the caller may change docs for the next build

	files := map[string][]byte{}
	meta := Meta{Version: 1, Docs: len(docs), Per: DocsPerChunk}
	b.chunks = b.encodeChunks()
	for _, c := range b.chunks {
		files[c.name] = c.data
		meta.Chunks = append(meta.Chunks, [3]any{c.first, c.name, len(c.data)})
	}

	// The document chunks: their folder is named by the hash of them all,
	// since one more article renumbers every one of them anyway.
	if rowsChanged {
		b.rows = docRows(docs, b.rows, changed)
		h := sha256.New()
		for _, data := range b.rows {
			h.Write(data)
		}
		b.docDir = "d-" + hex.EncodeToString(h.Sum(nil))[:16] + "/"
	}
	meta.DocDir = b.docDir
	for i, data := range b.rows {
		files[meta.DocDir+strconv.Itoa(i)+".json"] = data
	}

	if tagsChanged {
		b.tags = mustJSON(tagCounts(docs))
	}
	meta.Tags = "tags-" + hashName(b.tags) + ".json"
	files[meta.Tags] = b.tags
	files["meta.json"] = mustJSON(meta)
	b.files = files
	return files
}

// changed returns the positions of the articles of docs that differ from
// the last build's, and whether the two are the same articles in the same
// order, so that the postings can be updated.
func (b *Builder) changed(docs []Doc) ([]int, bool) {
	if b.post == nil || len(docs) != len(b.docs) {
		return nil, false
	}
	var changed []int
	for i, d := range docs {
		old := b.docs[i]
		if d.Path != old.Path || d.Terms != nil {
			return nil, false
		}
		if d.Title != old.Title || d.Date != old.Date || d.Summary != old.Summary || d.Body != old.Body ||
			!slices.Equal(d.Fields, old.Fields) || !slices.Equal(d.Tags, old.Tags) {
			changed = append(changed, i)
		}
	}
	return changed, true
}

// update changes the postings of the terms that the articles at changed
// gained, lost, or now have in their title or no longer, and notes those
// terms in dirty.
func (b *Builder) update(docs []Doc, changed []int) {
	dirty := map[string]bool{}
	for _, i := range changed {
		before, after := docTerms(b.docs[i]), docTerms(docs[i])
		for term, title := range before {
			if t, ok := after[term]; !ok || t != title {
				b.post[term].remove(i)
				dirty[term] = true
			}
		}
		for term, title := range after {
			if t, ok := before[term]; ok && t == title {
				continue
			}
			p := b.post[term]
			if p == nil {
				p = &posting{last: -1}
				term = strings.Clone(term) // not a piece of the article's terms
				b.post[term] = p
				at, _ := slices.BinarySearch(b.words, term)
				b.words = slices.Insert(b.words, at, term)
			}
			p.insert(i, title)
			dirty[term] = true
		}
	}
	for term := range dirty {
		if len(b.post[term].bytes) == 0 {
			delete(b.post, term)
			at, _ := slices.BinarySearch(b.words, term)
			b.words = slices.Delete(b.words, at, at+1)
		}
	}
	b.dirty = slices.Sorted(maps.Keys(dirty))
}

// encodeChunks cuts the sorted words into chunks. A chunk of the last
// build that starts where a new one starts and holds no dirty word is the
// same chunk: it is kept as it is.
func (b *Builder) encodeChunks() []chunk {
	old := make(map[string]int, len(b.chunks))
	for i, c := range b.chunks {
		old[c.first] = i
	}
	var out []chunk
	var data []byte
	var first, prev string
	var n int
	flush := func() {
		out = append(out, chunk{first: first, name: "w-" + hashName(data) + ".bin", words: n, data: data})
		data, n = nil, 0
	}
	for k := 0; k < len(b.words); k++ {
		w := b.words[k]
		if len(data) == 0 {
			if i, ok := old[w]; ok && b.clean(i) {
				out = append(out, b.chunks[i])
				k += b.chunks[i].words - 1
				continue
			}
			first, prev = w, ""
		}
		shared := commonPrefix(prev, w)
		data = binary.AppendUvarint(data, uint64(shared))
		data = binary.AppendUvarint(data, uint64(len(w)-shared))
		data = append(data, w[shared:]...)
		p := b.post[w].bytes
		data = binary.AppendUvarint(data, uint64(len(p)))
		data = append(data, p...)
		prev = w
		n++
		if len(data) >= ChunkBytes {
			flush()
		}
	}
	if len(data) > 0 || len(out) == 0 {
		flush()
	}
	return out
}

// clean reports whether the last build's chunk i holds no dirty word,
// between its first word and the next chunk's.
func (b *Builder) clean(i int) bool {
	at, _ := slices.BinarySearch(b.dirty, b.chunks[i].first)
	return at == len(b.dirty) || (i+1 < len(b.chunks) && b.dirty[at] >= b.chunks[i+1].first)
}

// docRows returns the document chunks of docs: those of old, the last
// build's, where no article at changed is in them, else made anew. A nil
// old makes them all.
func docRows(docs []Doc, old [][]byte, changed []int) [][]byte {
	redo := map[int]bool{}
	for _, i := range changed {
		redo[i/DocsPerChunk] = true
	}
	var out [][]byte
	for n, lo := 0, 0; lo < len(docs); n, lo = n+1, lo+DocsPerChunk {
		if old != nil && !redo[n] {
			out = append(out, old[n])
			continue
		}
		rows := make([][4]string, 0, DocsPerChunk)
		for _, d := range docs[lo:min(lo+DocsPerChunk, len(docs))] {
			sum, cut := bangla.Truncate(d.Summary, summaryRunes)
			if cut {
				sum += "…"
			}
			rows = append(rows, [4]string{d.Path, d.Title, d.Date, sum})
		}
		out = append(out, mustJSON(rows))
	}
	return out
}

// posting is the encoded list of articles of one term.
type posting struct {
	bytes []byte
	last  int // the last article added, -1 for none
}

// add appends doc, which comes after every article of p.
func (p *posting) add(doc int, title bool) {
	gap := uint64(doc - max(p.last, 0))
	bit := uint64(0)
	if title {
		bit = 1
	}
	p.bytes = binary.AppendUvarint(p.bytes, gap<<1|bit)
	p.last = doc
}

// decode returns the articles of p with their title bits, and false if
// its bytes end inside a number.
func (p *posting) decode() ([]Posting, bool) {
	var out []Posting
	doc := 0
	for data := p.bytes; len(data) > 0; {
		v, n := binary.Uvarint(data)
		if n <= 0 {
			return out, false
		}
		data = data[n:]
		doc += int(v >> 1)
		out = append(out, Posting{doc, v&1 == 1})
	}
	return out, true
}

// encode makes p the list ps, in order.
func (p *posting) encode(ps []Posting) {
	p.bytes, p.last = p.bytes[:0], -1
	for _, e := range ps {
		p.add(e.Doc, e.Title)
	}
}

// without returns the articles of p but doc; p's bytes are its own.
func (p *posting) without(doc int) []Posting {
	ps, _ := p.decode()
	return slices.DeleteFunc(ps, func(e Posting) bool { return e.Doc == doc })
}

func (p *posting) remove(doc int) { p.encode(p.without(doc)) }

func (p *posting) insert(doc int, title bool) {
	ps := p.without(doc)
	at, _ := slices.BinarySearchFunc(ps, doc, func(e Posting, d int) int { return cmp.Compare(e.Doc, d) })
	p.encode(slices.Insert(ps, at, Posting{doc, title}))
}

// postings returns the postings of every term of docs. The title's words
// come first, so that a word's first mention in an article sets its bit.
func postings(docs []Doc) map[string]*posting {
	post := make(map[string]*posting, 1<<16)
	const batch = 256
	bodies := make([]string, batch)
	for i, d := range docs {
		if i%batch == 0 {
			makeTerms(docs[i:min(i+batch, len(docs))], bodies)
		}
		if d.Terms != nil {
			d.Body = bodies[i%batch]
		}
		forTerms(d, func(term string, title bool) {
			p := post[term]
			if p == nil {
				p = &posting{last: -1}
				// A copy: the term is a piece of the article's terms,
				// which the map would otherwise keep whole.
				post[strings.Clone(term)] = p
			}
			if p.last != i {
				p.add(i, title)
			}
		})
	}
	return post
}

// makeTerms sets bodies[i] to docs[i].Terms() where it is not nil, on
// every processor.
func makeTerms(docs []Doc, bodies []string) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(docs); i = int(next.Add(1) - 1) {
				if docs[i].Terms != nil {
					bodies[i] = docs[i].Terms()
				}
			}
		})
	}
	wg.Wait()
}

// forTerms calls f with every term of d, the title's words first (with
// title true), repeats included.
func forTerms(d Doc, f func(term string, title bool)) {
	for _, w := range Words(d.Title) {
		f(w, true)
	}
	for _, text := range append(d.Fields, d.Summary) {
		for _, w := range Words(text) {
			f(w, false)
		}
	}
	for body := d.Body; body != ""; {
		w, rest, _ := strings.Cut(body, " ")
		f(w, false)
		body = rest
	}
	for _, t := range d.Tags {
		f(TagTerm(t), false)
	}
}

// docTerms returns the terms of d, each with whether it is in the title.
func docTerms(d Doc) map[string]bool {
	terms := map[string]bool{}
	forTerms(d, func(term string, title bool) {
		if _, ok := terms[term]; !ok {
			terms[term] = title
		}
	})
	return terms
}

// tagCounts returns each hashtag of docs with the number of its articles,
// most used first, under the spelling of its first article.
func tagCounts(docs []Doc) [][2]any {
	type tagCount struct {
		name  string
		count int
	}
	var list []*tagCount
	byTerm := map[string]*tagCount{}
	for _, d := range docs {
		var seen []string // an article's few tags
		for _, t := range d.Tags {
			term := TagTerm(t)
			if slices.Contains(seen, term) {
				continue
			}
			seen = append(seen, term)
			tc := byTerm[term]
			if tc == nil {
				tc = &tagCount{name: t}
				byTerm[term] = tc
				list = append(list, tc)
			}
			tc.count++
		}
	}
	slices.SortStableFunc(list, func(x, y *tagCount) int { return cmp.Compare(y.count, x.count) })
	out := make([][2]any, len(list))
	for i, t := range list {
		out[i] = [2]any{t.name, t.count}
	}
	return out
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// hashName returns the first 16 hex digits of data's SHA-256.
func hashName(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

// mustJSON encodes v, which is made of strings and numbers only.
func mustJSON(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return data
}
