package search

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// docs are articles newest first, with the look-alikes of issue 17.
var docs = []Doc{
	{Path: "fall/", Title: "মুদ্রার পতন ঠেকাতে বৈঠক", Date: "৩ নভেম্বর ২০২৫", Summary: "মুদ্রার পতন ঠেকাতে কাল সকালে বৈঠক বসবে।",
		Body: BodyTerms([]byte("<p>ব্যবসায়ী ভরত সাহা সততার জন্য পুরস্কার পেয়েছেন। মুডি নামের সংস্থা ঋণমান কমিয়েছে।</p>")), Tags: []string{"অর্থনীতি"}},
	{Path: "lap/", Title: "মায়ের কোলে শিশু", Date: "২ নভেম্বর ২০২৫", Fields: []string{"সমাজ", "ঢাকা, ২ নভেম্বর (বাসস) :", "ছবি: বাসস", "রহিম উদ্দিন"},
		Body: BodyTerms([]byte("<p>ভারত থেকে আসা অধ্যাপক মানুষের সত্তা নিয়ে বললেন। পথের ধারে মুড়ি বিক্রি হচ্ছে।</p>")), Tags: []string{"সমাজ", "#সমাজ"}},
	{Path: "brics-putin/", Title: "ব্রিকস বৈঠকে পুতিনের বার্তা", Date: "১ নভেম্বর ২০২৫",
		Body: BodyTerms([]byte("<p>ব্রিকস বৈঠকে পুতিন বাণিজ্য বাড়ানোর আহ্বান জানান। স\u09dfাবিন রপ্তানি ২০২৫ সালে।</p>")), Tags: []string{"ব্রিকস", "জ্বালানি"}},
	{Path: "energy/", Title: "জ্বালানি চুক্তি", Date: "৩১ অক্টোবর ২০২৫",
		Body: BodyTerms([]byte(`<p>পুতিন প্রশাসন <a href="https://example.com/রাশিয়া">সম্মতি</a> দিয়েছে, 2025।</p>`)), Tags: []string{"জ্বালানি"}},
}

func TestFind(t *testing.T) {
	ix, err := Read(Build(docs))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		query, tag string
		want       []int
	}{
		{"পতন", "", []int{0}},
		{"পুতিন", "", []int{2, 3}},
		{"কাল", "", []int{0}},
		{"কোল", "", []int{1}},
		{"ভরত", "", []int{0}},
		{"ভারত", "", []int{1}},
		{"সততা", "", []int{0}},
		{"সত্তা", "", []int{1}},
		{"সত্\u200dতা", "", []int{1}},
		{"মুডি", "", []int{0}},
		{"মুড়ি", "", []int{1}},
		{"মু\u09dcি", "", []int{1}},
		{"মুড", "", []int{0}},
		{"সয়াবিন", "", []int{2}},
		{"ক\u09c7\u09beল", "", []int{1}},
		{"২০২৫", "", []int{2, 3}},
		{"2025", "", []int{2, 3}},
		{"রহিম", "", []int{1}}, // author
		{"বাসস", "", []int{1}}, // dateline and caption
		{"রাশিয়া", "", nil},   // only in a link's URL
		{"অক্টোবর", "", nil},   // the date is shown, not searched
		{"পুতিন বাণিজ্য", "", []int{2}},
		{"পুতিন", "জ্বালানি", []int{2, 3}},
		{"পুতিন", "ব্রিকস", []int{2}},
		{"বৈঠক", "#অর্থনীতি", []int{0}},
		{"সমাজ", "", []int{1}}, // a kicker: words, not the tag
		{"অর্থনীতি", "", nil},  // a tag is not a word
	} {
		if got := ix.Find(c.query, c.tag); !slices.Equal(got, c.want) {
			t.Errorf("Find(%q, %q) = %v, want %v", c.query, c.tag, got, c.want)
		}
	}
}

func TestBuildFiles(t *testing.T) {
	files := Build(docs)
	ix, err := Read(files)
	if err != nil {
		t.Fatal(err)
	}
	// Title words carry the title bit; the others do not.
	for _, c := range []struct {
		term string
		want []Posting
	}{
		{"পুতিনের", []Posting{{2, true}}},
		{"পুতিন", []Posting{{2, false}, {3, false}}},
		{"বৈঠক", []Posting{{0, true}}},
		{"বৈঠকে", []Posting{{2, true}}},
		{"#জ্বালানি", []Posting{{2, false}, {3, false}}},
		{"#সমাজ", []Posting{{1, false}}}, // two spellings of one tag: the article once
	} {
		if got := ix.Terms[c.term]; !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.term, got, c.want)
		}
	}
	if want := []TagCount{{"জ্বালানি", 2}, {"অর্থনীতি", 1}, {"সমাজ", 1}, {"ব্রিকস", 1}}; !slices.Equal(ix.Tags, want) {
		t.Errorf("tags %v, want %v", ix.Tags, want)
	}
	if got, want := ix.Docs[1], [4]string{"lap/", "মায়ের কোলে শিশু", "২ নভেম্বর ২০২৫", ""}; got != want {
		t.Errorf("doc 1 = %q, want %q", got, want)
	}
	// Every file but meta.json is named by its content, and meta.json
	// names them all.
	hashed := regexp.MustCompile(`^(w-[0-9a-f]{16}\.bin|tags-[0-9a-f]{16}\.json|d-[0-9a-f]{16}/[0-9]+\.json|meta\.json)$`)
	for name := range files {
		if !hashed.MatchString(name) {
			t.Errorf("file %q is not named by its hash", name)
		}
	}
	if n := len(ix.Meta.Chunks) + (len(docs)+DocsPerChunk-1)/DocsPerChunk + 2; n != len(files) {
		t.Errorf("%d files, meta.json names %d", len(files), n)
	}
	again := Build(docs)
	if !maps.EqualFunc(files, again, func(a, b []byte) bool { return string(a) == string(b) }) {
		t.Error("two builds of the same articles differ")
	}
}

// TestChunks builds an index of more words than one chunk holds: the
// chunks are in word order, cut near ChunkBytes, and every word reads
// back with its articles.
func TestChunks(t *testing.T) {
	var many []Doc
	want := map[string][]int{}
	for i := range 3000 {
		var words []string
		for j := range 12 {
			w := fmt.Sprintf("শব্দ%dক%d", (i*7+j*131)%9000, j%3)
			words = append(words, w)
			if d := want[w]; len(d) == 0 || d[len(d)-1] != i {
				want[w] = append(want[w], i)
			}
		}
		many = append(many, Doc{Path: fmt.Sprintf("a%d/", i), Title: "শিরোনাম", Body: BodyTerms([]byte(strings.Join(words, " ")))})
	}
	files := Build(many)
	ix, err := Read(files)
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.Meta.Chunks) < 4 {
		t.Fatalf("%d chunks, want several", len(ix.Meta.Chunks))
	}
	var firsts []string
	for i, c := range ix.Meta.Chunks {
		first, name, size := c[0].(string), c[1].(string), int(c[2].(float64))
		firsts = append(firsts, first)
		if size != len(files[name]) {
			t.Errorf("chunk %s: meta says %d bytes, has %d", name, size, len(files[name]))
		}
		if i+1 < len(ix.Meta.Chunks) && (size < ChunkBytes || size > 2*ChunkBytes) {
			t.Errorf("chunk %s: %d bytes, want about %d", name, size, ChunkBytes)
		}
	}
	if !slices.IsSorted(firsts) {
		t.Errorf("chunks out of order: %q", firsts)
	}
	for w, docs := range want {
		var got []int
		for _, p := range ix.Terms[w] {
			got = append(got, p.Doc)
		}
		if !slices.Equal(got, docs) {
			t.Fatalf("%s: %v, want %v", w, got, docs)
		}
	}
	if got := ix.Terms["শিরোনাম"]; len(got) != len(many) || !got[0].Title {
		t.Errorf("শিরোনাম: %d articles, want %d in the title", len(got), len(many))
	}
}

// FuzzBuild builds an index of articles made from the fuzzer's text and
// reads it back: every word of an article finds it.
func FuzzBuild(f *testing.F) {
	f.Add("পুতিন মস্কোয় বললেন।", "সত্\u200dতা ২০২৪ মুড়ি", "ব্রিকস")
	f.Add("", "a b c", "#")
	f.Fuzz(func(t *testing.T, title, body, tag string) {
		ds := []Doc{
			{Path: "a/", Title: title, Body: BodyTerms([]byte(body)), Tags: []string{tag}},
			{Path: "b/", Title: body, Summary: title},
		}
		ix, err := Read(Build(ds))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range Words(title + " " + htmlToText([]byte(body))) {
			if got := ix.Find(w, ""); !slices.Contains(got, 0) || !slices.Contains(got, 1) {
				t.Fatalf("%q finds %v, want both articles", w, got)
			}
		}
		if _, err := json.Marshal(ix.Docs); err != nil {
			t.Fatal(err)
		}
	})
}

// TestBuilder builds a sequence of indexes with one Builder, as the
// preview does: each is byte for byte the index Build makes from
// nothing, and the word chunks an edit does not touch keep their names.
func TestBuilder(t *testing.T) {
	var many []Doc
	for i := range 2000 {
		body := fmt.Sprintf("পুতিন ভারত শব্দ%d শব্দ%d সফর%d", i, i%97, i%13)
		many = append(many, Doc{Path: fmt.Sprintf("a%d/", i), Title: fmt.Sprintf("শিরোনাম %d", i%50),
			Body: BodyTerms([]byte(body)), Tags: []string{fmt.Sprintf("ট্যাগ%d", i%30)}})
	}
	edit := func(docs []Doc, f func(d *Doc)) []Doc {
		out := slices.Clone(docs)
		f(&out[len(out)/2])
		return out
	}
	steps := []struct {
		name string
		docs []Doc
	}{
		{"first build", many},
		{"nothing changed", slices.Clone(many)},
		{"a body gains a new word", edit(many, func(d *Doc) { d.Body = BodyTerms([]byte("পুতিন সম্পাদনা ১")) })},
		{"the word changes", edit(many, func(d *Doc) { d.Body = BodyTerms([]byte("পুতিন সম্পাদনা ২")) })},
		{"a title word moves to the body", edit(many, func(d *Doc) {
			d.Title = "নতুন"
			d.Body = BodyTerms([]byte("শিরোনাম পুতিন"))
		})},
		{"a tag and the summary change", edit(many, func(d *Doc) {
			d.Tags = []string{"ট্যাগ৯৯", "ট্যাগ1"}
			d.Summary = "সারাংশ"
		})},
		{"an article is added", append([]Doc{{Path: "new/", Title: "নতুন লেখা", Body: "পুতিন"}}, many...)},
		{"back to the first", many},
	}
	var b Builder
	var last map[string][]byte
	for _, s := range steps {
		got := b.Build(s.docs)
		want := Build(s.docs)
		if !maps.EqualFunc(got, want, func(a, b []byte) bool { return string(a) == string(b) }) {
			t.Fatalf("%s: the Builder's index differs from Build's", s.name)
		}
		if last != nil && s.name != "an article is added" {
			kept, chunks := 0, 0
			for name := range got {
				if strings.HasPrefix(name, "w-") {
					chunks++
					if _, ok := last[name]; ok {
						kept++
					}
				}
			}
			if kept < chunks-4 {
				t.Errorf("%s: %d of %d word chunks kept their names", s.name, kept, chunks)
			}
		}
		last = got
	}
}
