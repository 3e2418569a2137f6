package search

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

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
	Tags []string // as the editor spelled them
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
	files := map[string][]byte{}
	meta := Meta{Version: 1, Docs: len(docs), Per: DocsPerChunk}
	post, tags := postings(docs)

	words := make([]string, 0, len(post))
	for w := range post {
		words = append(words, w)
	}
	slices.Sort(words)
	var chunk []byte
	var first, prev string
	flush := func() {
		name := "w-" + hashName(chunk) + ".bin"
		files[name] = chunk
		meta.Chunks = append(meta.Chunks, [3]any{first, name, len(chunk)})
		chunk = nil
	}
	for _, w := range words {
		if len(chunk) == 0 {
			first, prev = w, ""
		}
		shared := commonPrefix(prev, w)
		chunk = binary.AppendUvarint(chunk, uint64(shared))
		chunk = binary.AppendUvarint(chunk, uint64(len(w)-shared))
		chunk = append(chunk, w[shared:]...)
		p := post[w].bytes
		chunk = binary.AppendUvarint(chunk, uint64(len(p)))
		chunk = append(chunk, p...)
		prev = w
		if len(chunk) >= ChunkBytes {
			flush()
		}
	}
	if len(chunk) > 0 || len(meta.Chunks) == 0 {
		flush()
	}

	// The document chunks: their folder is named by the hash of them all,
	// since one more article renumbers every one of them anyway.
	var docFiles [][]byte
	h := sha256.New()
	for lo := 0; lo < len(docs); lo += DocsPerChunk {
		rows := make([][4]string, 0, DocsPerChunk)
		for _, d := range docs[lo:min(lo+DocsPerChunk, len(docs))] {
			sum, cut := bangla.Truncate(d.Summary, summaryRunes)
			if cut {
				sum += "…"
			}
			rows = append(rows, [4]string{d.Path, d.Title, d.Date, sum})
		}
		data := mustJSON(rows)
		h.Write(data)
		docFiles = append(docFiles, data)
	}
	meta.DocDir = "d-" + hex.EncodeToString(h.Sum(nil))[:16] + "/"
	for i, data := range docFiles {
		files[meta.DocDir+strconv.Itoa(i)+".json"] = data
	}

	tagData := mustJSON(tags)
	meta.Tags = "tags-" + hashName(tagData) + ".json"
	files[meta.Tags] = tagData
	files["meta.json"] = mustJSON(meta)
	return files
}

// posting is the encoded list of articles of one term.
type posting struct {
	bytes []byte
	last  int // the last article added, -1 for none
}

// postings returns the encoded postings of every term of docs, and each
// hashtag with its count, most used first.
func postings(docs []Doc) (map[string]*posting, [][2]any) {
	post := make(map[string]*posting, 1<<16)
	add := func(term string, doc int, title bool) {
		p := post[term]
		if p == nil {
			p = &posting{last: -1}
			post[term] = p
		}
		if p.last == doc {
			return // the title's words come first: their bit is set
		}
		gap := uint64(doc - max(p.last, 0))
		bit := uint64(0)
		if title {
			bit = 1
		}
		p.bytes = binary.AppendUvarint(p.bytes, gap<<1|bit)
		p.last = doc
	}
	type tagCount struct {
		name  string
		count int
	}
	var tagList []*tagCount
	byTerm := map[string]*tagCount{}
	for i, d := range docs {
		for _, w := range Words(d.Title) {
			add(w, i, true)
		}
		for _, f := range append(d.Fields, d.Summary) {
			for _, w := range Words(f) {
				add(w, i, false)
			}
		}
		for body := d.Body; body != ""; {
			w, rest, _ := strings.Cut(body, " ")
			add(w, i, false)
			body = rest
		}
		for _, t := range d.Tags {
			term := TagTerm(t)
			if post[term] != nil && post[term].last == i {
				continue
			}
			add(term, i, false)
			tc := byTerm[term]
			if tc == nil {
				tc = &tagCount{name: t}
				byTerm[term] = tc
				tagList = append(tagList, tc)
			}
			tc.count++
		}
	}
	slices.SortStableFunc(tagList, func(x, y *tagCount) int { return cmp.Compare(y.count, x.count) })
	tags := make([][2]any, len(tagList))
	for i, t := range tagList {
		tags[i] = [2]any{t.name, t.count}
	}
	return post, tags
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
