// Package synth generates a deterministic synthetic corpus of Bengali
// diplomacy-news articles: real vocabulary, Zipf-distributed hashtags,
// subheadings, in the newsroom text format and in Markdown. It is the
// library behind the corpus command and the benchmarks.
package synth

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// DefaultTags is the default size of the hashtag pool: large enough to be
// open, as a newsroom's tags are (new ones keep coming); see tags.
const DefaultTags = 200_000

// Dhaka is Bangladesh time, UTC+6 all year (no daylight saving), fixed here
// so that the generator needs no time zone database.
var Dhaka = time.FixedZone("+06", 6*60*60)

// End is the day after the newest article; dates go back about three years
// (1 096 days) from it.
var End = time.Date(2026, time.November, 1, 0, 0, 0, 0, Dhaka)

const spanDays = 1096

// Options configure a Generator.
type Options struct {
	Seed uint64 // the same seed gives the same corpus, byte for byte
	Tags int    // size of the hashtag pool; 0 means DefaultTags
}

// Doc is one synthetic article, the model both output formats render.
type Doc struct {
	Number   int       // 1-based; names the file and the slug
	Date     time.Time // in Dhaka time
	Title    string    // the lead's first sentence without its ।
	Lead     string    // first paragraph; the summary
	Sections []Section
	Tags     []string // as written, without '#'; a few in precomposed spelling
	Byline   string
}

// Section is a subheading and the paragraphs under it.
type Section struct {
	Heading    string
	Paragraphs []string
}

// Generator makes articles from a vocabulary and a hashtag pool. Article is
// a pure function of the options and the article number, so a Generator is
// safe for concurrent use and any subset of a corpus can be regenerated.
type Generator struct {
	seed       uint64
	pool       []string
	keyMul     uint64 // keyMul and keyAdd permute article numbers into
	keyAdd     uint64 // distinct (country, country, topic) title keys
	leadEnds   []template
	headings   []template
	sentences  []template
	countryGen []string
	countryLoc []string
	cityGen    []string
	cityLoc    []string
	topicGen   []string
	roleGen    []string
	orgGen     []string
	minGen     []string
}

// New returns a Generator for opts.
func New(opts Options) (*Generator, error) {
	if opts.Tags == 0 {
		opts.Tags = DefaultTags
	}
	if opts.Tags < maxTags {
		return nil, fmt.Errorf("a tag pool of %d is too small: an article has up to %d distinct tags, so use at least %d", opts.Tags, maxTags, maxTags)
	}
	keys := titleKeys()
	g := &Generator{
		seed:       opts.Seed,
		pool:       tagPool(opts.Tags),
		keyMul:     coprimeNear(keys, keys*618/1000),
		keyAdd:     rand.New(rand.NewPCG(opts.Seed, ^uint64(0))).Uint64N(keys),
		leadEnds:   parseAll(leadEnds),
		headings:   parseAll(headings),
		sentences:  parseAll(sentences),
		countryGen: mapWords(countries, genitive),
		countryLoc: mapWords(countries, locative),
		cityGen:    mapWords(cities, genitive),
		cityLoc:    mapWords(cities, locative),
		topicGen:   mapWords(topics, genitive),
		roleGen:    mapWords(roles, genitive),
		orgGen:     mapWords(organizations, genitive),
		minGen:     mapWords(ministries, genitive),
	}
	return g, nil
}

// Pool returns the hashtag pool, most popular first.
func (g *Generator) Pool() []string { return g.pool }

// Article returns article number n (1-based). Each article draws from its
// own PCG stream (seed, n), so it does not depend on how many articles are
// made or in which order.
func (g *Generator) Article(n int) Doc {
	r := rand.New(rand.NewPCG(g.seed, uint64(n)))
	d := Doc{Number: n}
	d.Date = time.Date(End.Year(), End.Month(), End.Day()-1-r.IntN(spanDays),
		6+r.IntN(18), r.IntN(60), 0, 0, Dhaka)

	ctx := g.context(r, n, d.Date.Year())
	deck := newDeck(r, len(g.sentences))

	var b strings.Builder
	ctx.reroll(r)
	b.WriteString(countries[ctx.c1] + " ও " + countries[ctx.c2] + " " + topics[ctx.t] + " ")
	g.expand(&b, g.leadEnds[r.IntN(len(g.leadEnds))], &ctx)
	d.Title = b.String()
	b.WriteString("। ")
	g.sentence(&b, r, deck, &ctx)
	d.Lead = b.String()

	// Aim the body (lead, subheadings, paragraphs) at 4.2–5.8 KB of UTF-8,
	// spread evenly over the sections.
	target := 4200 + r.IntN(1601)
	size := len(d.Lead) + 1
	d.Sections = make([]Section, 3+r.IntN(4))
	heads := r.Perm(len(g.headings))
	for i := range d.Sections {
		s := &d.Sections[i]
		goal := len(d.Lead) + (target-len(d.Lead))*(i+1)/len(d.Sections)
		b.Reset()
		ctx.reroll(r)
		g.expand(&b, g.headings[heads[i]], &ctx)
		s.Heading = b.String()
		size += len(s.Heading) + 1
		for len(s.Paragraphs) == 0 || size < goal {
			b.Reset()
			want := 2 + r.IntN(4)
			for k := 0; k < want && (k < 2 || size+b.Len() < goal); k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				g.sentence(&b, r, deck, &ctx)
			}
			s.Paragraphs = append(s.Paragraphs, b.String())
			size += b.Len() + 1
		}
	}

	d.Tags = g.tags(r)
	d.Byline = bylines[r.IntN(len(bylines))]
	return d
}

const (
	minTags = 3
	maxTags = 10
	// zipfS and zipfV shape tag popularity, calibrated so that the
	// default pool gives about 3 500 distinct tags in 10 000 articles and
	// 8 000 in 30 000 (the counts of real digests: see the corpus
	// command's doc).
	zipfS = 1.5
	zipfV = 3
	// precomposeOneIn: one tag occurrence in this many that contains য়, ড়
	// or ঢ় is written with the precomposed letter (U+09DF, U+09DC, U+09DD).
	precomposeOneIn = 20
)

// tags draws 3–10 distinct tags from the pool by Zipf rank.
func (g *Generator) tags(r *rand.Rand) []string {
	z := rand.NewZipf(r, zipfS, zipfV, uint64(len(g.pool)-1))
	n := minTags + r.IntN(maxTags-minTags+1)
	seen := make(map[uint64]bool, n)
	tags := make([]string, 0, n)
	for len(tags) < n {
		i := z.Uint64()
		if seen[i] {
			continue
		}
		seen[i] = true
		tag := g.pool[i]
		if r.IntN(precomposeOneIn) == 0 {
			tag = precompose(tag)
		}
		tags = append(tags, tag)
	}
	return tags
}

var precomposer = strings.NewReplacer("য়", "\u09DF", "ড়", "\u09DC", "ঢ়", "\u09DD")

// precompose writes the nukta letters of s in their precomposed code
// points, the spelling some keyboards type; NFC undoes it.
func precompose(s string) string { return precomposer.Replace(s) }

// Text renders d in the newsroom text format of the seed article: the lead
// line, each subheading line directly followed by its paragraph lines (a
// blank line before every second section, as in the seed), the hashtag line
// and the byline as the last line.
func (d Doc) Text() []byte {
	var b bytes.Buffer
	b.Grow(6500)
	b.WriteString(d.Lead)
	b.WriteByte('\n')
	for i, s := range d.Sections {
		if i%2 == 1 {
			b.WriteByte('\n')
		}
		b.WriteString(s.Heading)
		b.WriteByte('\n')
		for _, p := range s.Paragraphs {
			b.WriteString(p)
			b.WriteByte('\n')
		}
	}
	for i, t := range d.Tags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('#')
		b.WriteString(t)
	}
	b.WriteByte('\n')
	b.WriteString(d.Byline)
	b.WriteByte('\n')
	return b.Bytes()
}

// Markdown renders d as Markdown with YAML front matter (title, date,
// slug, tags, author, summary), the keys Hugo reads too. The vocabulary has
// no Markdown syntax characters, so the text needs no escaping.
func (d Doc) Markdown() []byte {
	var b bytes.Buffer
	b.Grow(7000)
	b.WriteString("---\ntitle: ")
	b.WriteString(strconv.Quote(d.Title))
	b.WriteString("\ndate: ")
	b.WriteString(d.Date.Format(time.RFC3339))
	b.WriteString("\nslug: ")
	b.WriteString(d.Slug())
	b.WriteString("\ntags:\n")
	for _, t := range d.Tags {
		b.WriteString("  - ")
		b.WriteString(strconv.Quote(t))
		b.WriteByte('\n')
	}
	b.WriteString("author: ")
	b.WriteString(strconv.Quote(d.Byline))
	b.WriteString("\nsummary: ")
	b.WriteString(strconv.Quote(d.Lead))
	b.WriteString("\n---\n\n")
	b.WriteString(d.Lead)
	b.WriteByte('\n')
	for _, s := range d.Sections {
		b.WriteString("\n## ")
		b.WriteString(s.Heading)
		b.WriteByte('\n')
		for _, p := range s.Paragraphs {
			b.WriteByte('\n')
			b.WriteString(p)
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// Slug is the article's unique URL slug, a-NNNNN.
func (d Doc) Slug() string { return fmt.Sprintf("a-%05d", d.Number) }

// TextName is the file name of the text format: YYYY-MM-DD-NNNNN.txt, the
// date prefix giving the article's date.
func (d Doc) TextName() string {
	return fmt.Sprintf("%s-%05d.txt", d.Date.Format(time.DateOnly), d.Number)
}

// MarkdownName is the slash-separated path of the Markdown format:
// YYYY/NNNNN.md.
func (d Doc) MarkdownName() string {
	return fmt.Sprintf("%d/%05d.md", d.Date.Year(), d.Number)
}

// context holds the words of one article: its two countries, host city and
// topic, and the words drawn afresh for each sentence.
type context struct {
	c1, c2, city, t int // fixed for the article
	year            int

	c3, t2, role, role2, min, org  int // redrawn for each sentence
	n, n2, big, pct, y, month, day int

	lex *lexicon // draws the open vocabulary's words as they are written
}

// titleKeys is the number of distinct (c1, c2, topic) triples.
func titleKeys() uint64 {
	return uint64(len(countries) * (len(countries) - 1) * len(topics))
}

// titleKey returns the two countries and the topic that start the title of
// article n. They come from a permutation of n, so titles are unique for up
// to titleKeys() consecutive article numbers.
func (g *Generator) titleKey(n int) (c1, c2, t int) {
	keys := titleKeys()
	x := (uint64(n)%keys*g.keyMul + g.keyAdd) % keys
	nc := uint64(len(countries))
	c1 = int(x % nc)
	x /= nc
	c2 = (c1 + 1 + int(x%(nc-1))) % len(countries)
	return c1, c2, int(x / (nc - 1))
}

// context picks the article's fixed words.
func (g *Generator) context(r *rand.Rand, n, year int) context {
	c := context{year: year, lex: newLexicon(r)}
	c.c1, c.c2, c.t = g.titleKey(n)
	c.city = r.IntN(len(cities))
	return c
}

// reroll draws the per-sentence words.
func (c *context) reroll(r *rand.Rand) {
	c.c3 = r.IntN(len(countries))
	for c.c3 == c.c1 || c.c3 == c.c2 {
		c.c3 = (c.c3 + 1) % len(countries)
	}
	c.t2 = (c.t + 1 + r.IntN(len(topics)-1)) % len(topics)
	c.role = r.IntN(len(roles))
	c.role2 = (c.role + 1 + r.IntN(len(roles)-1)) % len(roles)
	c.min = r.IntN(len(ministries))
	c.org = r.IntN(len(organizations))
	c.n = 2 + r.IntN(11)
	c.n2 = 3 + r.IntN(23)
	c.big = 100 + r.IntN(9900)
	c.pct = 3 + r.IntN(43)
	c.y = c.year - 1 - r.IntN(5)
	c.month = r.IntN(len(months))
	c.day = 1 + r.IntN(28)
}

// deck deals sentence templates in a shuffled order without repeats until
// all have been used.
type deck struct {
	order []int
	next  int
}

func newDeck(r *rand.Rand, n int) *deck { return &deck{order: r.Perm(n)} }

func (d *deck) deal() int {
	i := d.order[d.next%len(d.order)]
	d.next++
	return i
}

func (g *Generator) sentence(b *strings.Builder, r *rand.Rand, dk *deck, c *context) {
	c.reroll(r)
	g.expand(b, g.sentences[dk.deal()], c)
}

// slot is a placeholder in a template, written {name}.
type slot uint8

const (
	literal slot = iota
	sC1
	sC1r
	sC1e
	sC2
	sC2r
	sC2e
	sC3
	sC3r
	sCity
	sCityr
	sCitye
	sT
	sTr
	sT2
	sT2r
	sRole
	sRole2r
	sMin
	sMinr
	sOrg
	sOrgr
	sN
	sN2
	sBig
	sPct
	sY
	sMonth
	sDay
	sPerson
	sPlace
	sWord
)

var slotNames = map[string]slot{
	"c1": sC1, "c1r": sC1r, "c1e": sC1e, "c2": sC2, "c2r": sC2r, "c2e": sC2e,
	"c3": sC3, "c3r": sC3r, "city": sCity, "cityr": sCityr, "citye": sCitye,
	"t": sT, "tr": sTr, "t2": sT2, "t2r": sT2r, "role": sRole, "role2r": sRole2r,
	"min": sMin, "minr": sMinr, "org": sOrg, "orgr": sOrgr, "n": sN, "n2": sN2,
	"big": sBig, "pct": sPct, "y": sY, "month": sMonth, "day": sDay,
	"p": sPerson, "pl": sPlace, "w": sWord,
}

type segment struct {
	slot slot
	text string // for literal
}

type template []segment

// parse splits s into literal text and {slot} segments. An unknown or
// unclosed slot is a bug in the vocabulary, reported by panic at New.
func parse(s string) template {
	var t template
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			t = append(t, segment{text: s})
			break
		}
		if i > 0 {
			t = append(t, segment{text: s[:i]})
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			panic(fmt.Sprintf("corpus: unclosed slot in %q", s))
		}
		name := s[i+1 : i+j]
		sl, ok := slotNames[name]
		if !ok {
			panic(fmt.Sprintf("corpus: unknown slot {%s} in %q", name, s))
		}
		t = append(t, segment{slot: sl})
		s = s[i+j+1:]
	}
	return t
}

func parseAll(ss []string) []template {
	ts := make([]template, len(ss))
	for i, s := range ss {
		ts[i] = parse(s)
	}
	return ts
}

func (g *Generator) expand(b *strings.Builder, t template, c *context) {
	for _, seg := range t {
		switch seg.slot {
		case literal:
			b.WriteString(seg.text)
		case sC1:
			b.WriteString(countries[c.c1])
		case sC1r:
			b.WriteString(g.countryGen[c.c1])
		case sC1e:
			b.WriteString(g.countryLoc[c.c1])
		case sC2:
			b.WriteString(countries[c.c2])
		case sC2r:
			b.WriteString(g.countryGen[c.c2])
		case sC2e:
			b.WriteString(g.countryLoc[c.c2])
		case sC3:
			b.WriteString(countries[c.c3])
		case sC3r:
			b.WriteString(g.countryGen[c.c3])
		case sCity:
			b.WriteString(cities[c.city])
		case sCityr:
			b.WriteString(g.cityGen[c.city])
		case sCitye:
			b.WriteString(g.cityLoc[c.city])
		case sT:
			b.WriteString(topics[c.t])
		case sTr:
			b.WriteString(g.topicGen[c.t])
		case sT2:
			b.WriteString(topics[c.t2])
		case sT2r:
			b.WriteString(g.topicGen[c.t2])
		case sRole:
			b.WriteString(roles[c.role])
		case sRole2r:
			b.WriteString(g.roleGen[c.role2])
		case sMin:
			b.WriteString(ministries[c.min])
		case sMinr:
			b.WriteString(g.minGen[c.min])
		case sOrg:
			b.WriteString(organizations[c.org])
		case sOrgr:
			b.WriteString(g.orgGen[c.org])
		case sN:
			b.WriteString(digits(c.n))
		case sN2:
			b.WriteString(digits(c.n2))
		case sBig:
			b.WriteString(digits(c.big))
		case sPct:
			b.WriteString(digits(c.pct))
		case sY:
			b.WriteString(digits(c.y))
		case sMonth:
			b.WriteString(months[c.month])
		case sDay:
			b.WriteString(digits(c.day))
		case sPerson:
			b.WriteString(c.lex.person())
		case sPlace:
			b.WriteString(c.lex.place())
		case sWord:
			b.WriteString(c.lex.word())
		}
	}
}

func mapWords(ws []string, f func(string) string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = f(w)
	}
	return out
}

// tagJoiner writes a phrase as one hashtag word.
var tagJoiner = strings.NewReplacer(" ", "", "-", "", ",", "")

// tagPool returns size distinct hashtags, most popular first: tagHeads,
// then countries, topics, organizations and cities written as one word,
// then compounds such as ভারতসফর, then words of the open vocabulary
// (lexicon.go), alone and as compounds.
func tagPool(size int) []string {
	pool := make([]string, 0, size)
	seen := make(map[string]bool, size)
	add := func(tag string) {
		tag = tagJoiner.Replace(tag)
		if len(pool) < size && !seen[tag] {
			seen[tag] = true
			pool = append(pool, tag)
		}
	}
	for _, list := range [][]string{tagHeads, countries, topics, organizations, cities} {
		for _, w := range list {
			add(w)
		}
	}
	for _, tail := range tagTails {
		for _, c := range countries {
			add(c + tail)
		}
	}
	// Then the open vocabulary's words, alone and with a tail, as
	// newsrooms coin tags for people, places and events.
	for i := uint64(0); len(pool) < size; i++ {
		w := word(i)
		add(w)
		add(w + tagTails[i%uint64(len(tagTails))])
	}
	return pool
}

// coprimeNear returns the first number from start up that shares no factor
// with m, so that x -> x*a mod m is a permutation.
func coprimeNear(m, start uint64) uint64 {
	for a := max(start, 1); ; a++ {
		if gcd(a, m) == 1 {
			return a
		}
	}
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}
