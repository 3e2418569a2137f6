// Package searchtest checks the search page in a real browser: the sample
// site and fixture articles are built with the generator, which writes
// the search index with the site, served on 127.0.0.1 under a base path,
// and searched in headless Chromium.
//
// The test is skipped when chromium is missing, unless
// SEARCH_TEST_REQUIRED=1 (set by .ci/checks/40-search.sh).
//
// With SEARCH_MEASURE_SITE=DIR (a site folder: site.yaml, content/,
// templates/, static/), TestMeasure builds that site instead and prints
// the index size, the bytes downloaded for one query and the time from
// keypress to results; see README.md, "Search". With
// SEARCH_MEASURE_PUBLIC=DIR it serves that built folder (built for a
// base path of /digest/, as docs/bench/weigh.sh does) instead of
// building one.
package searchtest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/sarakhon/digest/generator/internal/testfs"
)

const basePath = "/digest/"

// indexDir is the folder of the search index in the built site.
const indexDir = "search/index/"

var repo = filepath.Join("..", "..", "..")

// need returns the path of chromium, or skips the test.
func need(t *testing.T) string {
	t.Helper()
	chromium, err := exec.LookPath("chromium")
	if err == nil {
		return chromium
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	msg := "chromium is missing: install it (apt-get install chromium) or run .ci/checks/40-search.sh"
	if os.Getenv("SEARCH_TEST_REQUIRED") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// fixtures are two articles besides the sample one. The first is typed
// with য় as one code point (U+09DF), which the generator normalizes.
var fixtures = map[string]string{
	"2025-11-01-brics.md": `---
title: ব্রিকস বৈঠকে পুতিনের বার্তা
date: 2025-11-01
slug: brics-putin
tags: [ব্রিকস, কূটনীতি]
---
ব্রিকস বৈঠকে পুতিন সদস্য দেশগুলোর মধ্যে বাণিজ্য বাড়ানোর আহ্বান জানান। ` +
		"স\u09dfাবিন" + ` ও গম রপ্তানির কথাও উঠেছে। মস্কো থেকে এ খবর জানা গেছে।
`,
	"2025-11-02-energy.md": `---
title: জ্বালানি চুক্তি নিয়ে আলোচনা
date: 2025-11-02
slug: energy-deal
tags: [জ্বালানি]
---
জ্বালানি সরবরাহ নিয়ে নতুন চুক্তির খসড়া তৈরি হয়েছে। পুতিন প্রশাসন এতে সম্মতি দিয়েছে বলে জানা গেছে।
`,
	// The look-alikes: each word here shares its letters without vowel
	// signs, hasanta or nukta with a word of the next article or of the
	// sample article (পতন/পুতিন, কাল/কোলে, ভরত/ভারত, সততা/সত্তা,
	// মুডি/মুড়ি).
	"2025-11-03-fall.md": `---
title: মুদ্রার পতন ঠেকাতে বৈঠক
date: 2025-11-03
slug: fall
tags: [অর্থনীতি]
---
মুদ্রার পতন ঠেকাতে কাল সকালে বৈঠক বসবে। ব্যবসায়ী ভরত সাহা সততার জন্য পুরস্কার পেয়েছেন। মুডি নামের সংস্থা ঋণমান কমিয়েছে।
`,
	"2025-11-04-lap.md": `---
title: মায়ের কোলে শিশু
date: 2025-11-04
slug: lap
tags: [সমাজ]
---
মায়ের কোলে শিশু ঘুমিয়ে আছে। ভারত থেকে আসা দর্শনের অধ্যাপক মানুষের সত্তা নিয়ে বললেন। পথের ধারে মুড়ি বিক্রি হচ্ছে।
`,
	// পুতিনের only, never পুতিন: found by the prefix পুতিন. Its year is
	// typed in Bengali digits and found by ASCII ones.
	"2025-11-05-visit.md": `---
title: সফরের প্রস্তুতি
date: 2025-11-05
slug: visit
tags: [কূটনীতি]
---
পুতিনের সফরের প্রস্তুতি চলছে। পলাশীর যুদ্ধ হয়েছিল ১৭৫৭ সালে।
`,
}

// buildSite builds siteDir with the generator into a temporary folder for
// the base URL and returns the output folder.
func buildSite(t *testing.T, siteDir, baseURL string) string {
	t.Helper()
	tmp := t.TempDir()
	gen := filepath.Join(tmp, "generator")
	if out, err := exec.Command("go", "build", "-o", gen, "../..").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out := filepath.Join(tmp, "public")
	cmd := exec.Command(gen, "build", "--site", siteDir, "--out", out, "--base-url", baseURL)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("generator build: %v\n%s", err, msg)
	}
	t.Logf("generator build: %s", strings.TrimSpace(string(msg)))
	return out
}

// sampleSite copies the fixture site (testfs.Site) and adds the fixtures.
func sampleSite(t *testing.T) string {
	t.Helper()
	dir := testfs.Site(t, repo)
	for name, text := range fixtures {
		if err := os.WriteFile(filepath.Join(dir, "content", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// More look-alikes than a page of results: উদ্যান and উদযান differ
	// only by the hasanta.
	for i := range 2 * gardens {
		word := "উদযান"
		if i%2 == 1 {
			word = "উদ্যান"
		}
		text := fmt.Sprintf("---\ntitle: বাগান %d\ndate: 2025-10-%02d\nslug: garden-%d\n---\nশহরের %s নিয়ে প্রতিবেদন %d।\n", i, i+1, i, word, i)
		if err := os.WriteFile(filepath.Join(dir, "content", fmt.Sprintf("garden-%d.md", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// gardens is the number of fixture articles with উদযান, and of those
// with উদ্যান: more than a page of results (10).
const gardens = 12

// serve listens on 127.0.0.1 and returns the listener and the base URL.
func listen(t *testing.T) (net.Listener, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln, "http://" + ln.Addr().String() + basePath
}

// traffic counts the bytes the server sends: in all, of the search
// index's files, and of those its article data (one small chunk per few
// results shown).
type traffic struct{ all, index, docs atomic.Int64 }

// countingWriter adds what it writes to each of its counters.
type countingWriter struct {
	http.ResponseWriter
	counters []*atomic.Int64
}

func (w countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	for _, c := range w.counters {
		c.Add(int64(n))
	}
	return n, err
}

func serve(t *testing.T, ln net.Listener, dir string) *traffic {
	t.Helper()
	tr := &traffic{}
	files := http.StripPrefix(strings.TrimSuffix(basePath, "/"), http.FileServer(http.Dir(dir)))
	mux := http.NewServeMux()
	mux.HandleFunc(basePath, func(w http.ResponseWriter, r *http.Request) {
		cw := countingWriter{ResponseWriter: w, counters: []*atomic.Int64{&tr.all}}
		if strings.HasPrefix(r.URL.Path, basePath+indexDir) {
			cw.counters = append(cw.counters, &tr.index)
		}
		if strings.HasPrefix(r.URL.Path, basePath+indexDir+"d-") {
			cw.counters = append(cw.counters, &tr.docs)
		}
		files.ServeHTTP(cw, r)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return tr
}

// browser starts a fresh headless Chromium.
func browser(t *testing.T, chromium string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// result is one listed search result.
type result struct{ Href, Title string }

// waitResults waits until the page has rendered the results of query q
// (as the script cleaned it) and returns them with the status line.
func waitResults(ctx context.Context, q string) ([]result, string, error) {
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById("search-results").dataset.query === %q && document.getElementById("search-status").textContent !== "খোঁজা হচ্ছে…"`, q),
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		return nil, "", err
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[[]result](`[...document.querySelectorAll("#search-results li h2 a")].map(a => ({Href: a.getAttribute("href"), Title: a.textContent}))`))
	if err != nil {
		return nil, "", err
	}
	status, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("search-status").textContent`))
	return res, status, err
}

// searchURL opens the search page for query q, as a link to it would,
// and returns what it lists.
func searchURL(ctx context.Context, base, q string) ([]result, string, error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"search/?q="+url.QueryEscape(q))); err != nil {
		return nil, "", err
	}
	cleaned, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`%q.replace(/[\u200c\u200d]/g, "").normalize("NFC")`, q)))
	if err != nil {
		return nil, "", err
	}
	return waitResults(ctx, cleaned)
}

func hrefs(rs []result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Href)
	}
	sort.Strings(out)
	return out
}

func has(rs []result, href string) bool {
	for _, r := range rs {
		if r.Href == href {
			return true
		}
	}
	return false
}

// seedPath finds the URL path of the sample article in the built site.
func seedPath(t *testing.T, public string) string {
	t.Helper()
	entries, err := os.ReadDir(public)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		switch e.Name() {
		case "brics-putin", "energy-deal", "fall", "lap", "visit": // the fixtures, whose links may name the sample
			continue
		}
		b, err := os.ReadFile(filepath.Join(public, e.Name(), "index.html"))
		if err == nil && strings.Contains(string(b), `<article class="article"`) && strings.Contains(string(b), "ক্রেমলিন জানিয়েছে") {
			return basePath + e.Name() + "/"
		}
	}
	t.Fatal("the sample article is not in the built site")
	return ""
}

func TestSearch(t *testing.T) {
	chromium := need(t)
	ln, base := listen(t)
	public := buildSite(t, sampleSite(t), base)
	if _, err := os.Stat(filepath.Join(public, indexDir, "meta.json")); err != nil {
		t.Fatalf("no search index in the built site: %v", err)
	}
	serve(t, ln, public)
	ctx := browser(t, chromium)
	seed := seedPath(t, public)
	brics, energy, visit := basePath+"brics-putin/", basePath+"energy-deal/", basePath+"visit/"
	putins := []string{seed, brics, energy, visit}

	// The header form takes a query to /search/?q=… and the page reads it.
	const putin = "পুতিন"
	err := chromedp.Do(ctx,
		chromedp.Navigate(base),
		chromedp.WaitVisible(chromedp.ID("site-search-q")),
		chromedp.SendKeys(chromedp.ID("site-search-q"), putin),
	)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.RunResponse(ctx, chromedp.Submit(chromedp.ID("site-search-q"))); err != nil {
		t.Fatal(err)
	}
	rs, status, err := waitResults(ctx, putin)
	if err != nil {
		t.Fatalf("searching %s from the header: %v", putin, err)
	}
	t.Logf("%s: %s %v", putin, status, hrefs(rs))
	for _, want := range putins {
		if !has(rs, want) {
			t.Errorf("search %s: %s not listed; got %v", putin, want, hrefs(rs))
		}
	}
	if want := "৪টি ফল"; status != want {
		t.Errorf("status = %q, want %q", status, want)
	}

	// The same words in other Unicode spellings.
	spellings := []struct{ name, q, want string }{
		{"য় as U+09DF, text decomposed", "রাশি\u09dfা", seed},
		{"য় decomposed, text typed as U+09DF", "সয়াবিন", brics},
		{"য় as U+09DF, text typed as U+09DF", "স\u09dfাবিন", brics},
		{"ZWNJ inside the word", "ক্রেম\u200cলিন", seed},
		{"ZWJ after the virama", "ক্\u200dরেমলিন", seed},
	}
	for _, s := range spellings {
		err := chromedp.Do(ctx,
			chromedp.Navigate(base+"search/"),
			chromedp.WaitVisible(chromedp.CSS(".search-options:not([hidden])")),
			chromedp.SendKeys(chromedp.ID("search-q"), s.q),
		)
		if err != nil {
			t.Fatal(err)
		}
		cleaned, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`%q.replace(/[\u200c\u200d]/g, "").normalize("NFC")`, s.q)))
		if err != nil {
			t.Fatal(err)
		}
		rs, status, err := waitResults(ctx, cleaned)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		t.Logf("%s (%+q): %s %v", s.name, s.q, status, hrefs(rs))
		if !has(rs, s.want) {
			t.Errorf("%s: search %+q does not list %s; got %v", s.name, s.q, s.want, hrefs(rs))
		}
	}

	// Exact search: a word never finds a look-alike that differs in its
	// vowel signs, hasanta or nukta, whatever spelling was typed, and a
	// prefix still finds the longer word.
	fall, lap := basePath+"fall/", basePath+"lap/"
	exact := []struct {
		name, q string
		want    []string
	}{
		{"পতন is not পুতিন", "পতন", []string{fall}},
		{"পুতিন is not পতন, and finds পুতিনের", "পুতিন", putins},
		{"the prefix পুতিনে finds পুতিনের, not পুতিন", "পুতিনে", []string{seed, brics, visit}},
		{"a longer word is not found by its prefix", "পুতিনেরা", nil},
		{"Bengali digits find ASCII ones", "1757", []string{visit}},
		{"ASCII digits find Bengali ones", "১৭৫৭", []string{visit}},
		{"two words: every one must be there", "পুতিন জ্বালানি", []string{seed, energy}},
		{"কাল is not কোলে", "কাল", []string{fall}},
		{"কোল, a prefix of কোলে, is not কাল", "কোল", []string{lap}},
		{"ভরত is not ভারত", "ভরত", []string{fall}},
		{"ভারত is not ভরত", "ভারত", []string{seed, lap}},
		{"সততা (prefix of সততার) is not সত্তা: hasanta", "সততা", []string{fall}},
		{"সত্তা is not সততা: hasanta", "সত্তা", []string{lap}},
		{"মুডি is not মুড়ি: nukta", "মুডি", []string{fall}},
		{"মুড়ি is not মুডি: nukta", "মুড়ি", []string{lap}},
		{"the prefix মুড does not stop before a nukta", "মুড", []string{fall}},
		{"ড় as U+09DC", "মু\u09dcি", []string{lap}},
		{"ো typed as ে + া", "ক\u09c7\u09beল", []string{lap}},
		{"ZWJ after the hasanta", "সত্\u200dতা", []string{lap}},
		{"ZWNJ inside পুতিন", "পু\u200cতিন", putins},
	}
	for _, c := range exact {
		rs, status, err := searchURL(ctx, base, c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if got := hrefs(rs); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: search %+q lists %v (%s), want %v", c.name, c.q, got, status, want)
		}
	}

	// Look-alikes beyond the first page: ten are shown, and the rest when
	// asked for more.
	rs, status, err = searchURL(ctx, base, "উদযান")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("উদযান: %s, %d listed", status, len(rs))
	for _, r := range rs {
		var i int
		if _, err := fmt.Sscanf(r.Href, basePath+"garden-%d/", &i); err != nil || i%2 == 1 {
			t.Errorf("উদযান lists %s, an article with উদ্যান", r.Href)
		}
	}
	if len(rs) != 10 {
		t.Errorf("উদযান lists %d on its first page, want 10", len(rs))
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("search-more")),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll("#search-results li").length === %d`, gardens),
			chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Fatalf("উদযান, more results: %v", err)
	}
	status, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("search-status").textContent + (document.getElementById("search-more").hidden ? "" : " (more)")`))
	if want := "১২টি ফল"; err != nil || status != want {
		t.Errorf("উদযান after more: status %q, %v; want %q and no more button", status, err, want)
	}

	// The page's tokenizer is the index's: the same table as the Go test.
	table, err := os.ReadFile(filepath.Join(repo, "generator", "search", "testdata", "words.json"))
	if err != nil {
		t.Fatal(err)
	}
	bad, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`import(document.querySelector('script[src$="search.js"]').src.replace(/search\.js$/, "search-words.js")).then(s => {
	const t = `+string(table)+`;
	const bad = [];
	for (const c of t.words) if (JSON.stringify(s.words(c.text)) !== JSON.stringify(c.words)) bad.push("words: " + c.name + ": " + JSON.stringify(s.words(c.text)));
	for (const c of t.tags) if (s.tagTerm(c.tag) !== c.term) bad.push("tag " + c.tag + ": " + s.tagTerm(c.tag));
	const e = new TextEncoder();
	for (const c of t.matches) { const w = e.encode(c.word); if (s.matches(w, w.length, e.encode(c.query), false) !== c.match) bad.push("matches " + c.query + " " + c.word); }
	return bad;
})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad {
		t.Errorf("search-words.js disagrees with generator/search/testdata/words.json: %s", b)
	}

	// A tag filter narrows the results: choose #জ্বালানি in the select.
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"search/?q="+putin),
		chromedp.WaitVisible(chromedp.CSS(".search-options:not([hidden])")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if rs, _, err = waitResults(ctx, putin); err != nil || len(rs) != len(putins) {
		t.Fatalf("before the filter: %v, %v", hrefs(rs), err)
	}
	// The tag list is not there before the reader reaches for it.
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.getElementById("search-tag").options.length`)); err != nil || n != 1 {
		t.Errorf("the tag select has %d options before it is used, want 1 (all tags): %v", n, err)
	}
	err = chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search-results").dataset.query = ""`),
		chromedp.Click(chromedp.ID("search-tag")),
		chromedp.Poll[chromedp.Void](`[...document.getElementById("search-tag").options].some(o => o.value === "জ্বালানি")`,
			chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.SetValue(chromedp.ID("search-tag"), "জ্বালানি"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search-tag").dispatchEvent(new Event("change"))`),
	)
	if err != nil {
		t.Fatal(err)
	}
	rs, status, err = waitResults(ctx, putin)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s with #জ্বালানি: %s %v", putin, status, hrefs(rs))
	if len(rs) != 1 || rs[0].Href != energy {
		t.Errorf("search %s with tag জ্বালানি = %v, want only %s", putin, hrefs(rs), energy)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(loc, "tag=") {
		t.Errorf("the URL %s does not keep the tag filter", loc)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(loc)); err != nil {
		t.Fatal(err)
	}
	if rs, _, err := waitResults(ctx, putin); err != nil || len(rs) != 1 || rs[0].Href != energy {
		t.Errorf("reloading %s lists %v, %v; want only %s", loc, hrefs(rs), err, energy)
	}

	// List pages are not indexed: a word only in the tag index finds nothing.
	if rs, status, err := func() ([]result, string, error) {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"search/?q=হ্যাশট্যাগ")); err != nil {
			return nil, "", err
		}
		return waitResults(ctx, "হ্যাশট্যাগ")
	}(); err != nil || len(rs) != 0 {
		t.Errorf("search হ্যাশট্যাগ = %v (%s), %v; want no results: only articles are indexed", hrefs(rs), status, err)
	}
}

// TestMeasure builds SEARCH_MEASURE_SITE, then types one query in the
// search page and reports what it cost.
func TestMeasure(t *testing.T) {
	siteDir, public := os.Getenv("SEARCH_MEASURE_SITE"), os.Getenv("SEARCH_MEASURE_PUBLIC")
	if siteDir == "" && public == "" {
		t.Skip("set SEARCH_MEASURE_SITE=DIR or SEARCH_MEASURE_PUBLIC=DIR to measure search on a built site")
	}
	queries := strings.Split(os.Getenv("SEARCH_MEASURE_QUERY"), ",")
	if queries[0] == "" {
		queries = []string{"পুতিন"}
	}
	chromium := need(t)
	ln, base := listen(t)
	if public == "" {
		start := time.Now()
		public = buildSite(t, siteDir, base)
		t.Logf("build: %s", time.Since(start).Round(time.Millisecond))
	}
	var indexBytes int64
	var indexFiles int
	filepath.Walk(filepath.Join(public, indexDir), func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			indexBytes += fi.Size()
			indexFiles++
		}
		return nil
	})
	du, _ := exec.Command("du", "-sh", filepath.Join(public, indexDir)).Output()
	t.Logf("index: %d files, %d bytes (du: %s)", indexFiles, indexBytes, strings.Fields(string(du) + " ?")[0])
	tr := serve(t, ln, public)
	type sizes struct{ all, index, docs int64 }
	mark := func() sizes { return sizes{tr.all.Load(), tr.index.Load(), tr.docs.Load()} }
	for _, query := range queries {
		// A fresh browser for each query: the page keeps the index chunks
		// it fetched, so a second query on one page would look cheap.
		ctx := browser(t, chromium)
		if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
			t.Fatal(err)
		}
		start := mark()
		err := chromedp.Do(ctx,
			chromedp.Navigate(base+"search/"),
			chromedp.WaitVisible(chromedp.CSS(".search-options:not([hidden])")),
			chromedp.Sleep(time.Second),
		)
		if err != nil {
			t.Fatal(err)
		}
		loaded := mark()
		// Type the query but its last letter, then time the last keypress.
		runes := []rune(query)
		err = chromedp.Do(ctx,
			chromedp.Evaluate[chromedp.Void](`document.getElementById("search-q").addEventListener("keydown", () => { window.keyAt = performance.now() }, {capture: true})`),
			chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`{ const i = document.getElementById("search-q"); i.value = %q; }`, string(runes[:len(runes)-1]))),
			chromedp.SendKeys(chromedp.ID("search-q"), string(runes[len(runes)-1:])),
		)
		if err != nil {
			t.Fatal(err)
		}
		rs, status, err := waitResults(ctx, query)
		if err != nil {
			t.Fatal(err)
		}
		took, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`Number(document.getElementById("search-results").dataset.renderedAt) - window.keyAt`))
		if err != nil {
			t.Fatal(err)
		}
		searched, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`Number(document.getElementById("search-results").dataset.searchedAt) - window.keyAt`))
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(500 * time.Millisecond) // let the last responses finish
		end := mark()
		t.Logf("query %s: %s, %d listed", query, status, len(rs))
		t.Logf("  opening /search/: %d bytes sent, %d of them the index's (meta.json)", loaded.all-start.all, loaded.index-start.index)
		t.Logf("  the query: %d bytes sent, %d of them the index's, %d of those article data; with meta.json %d", end.all-loaded.all, end.index-loaded.index, end.docs-loaded.docs, end.index-start.index)
		t.Logf("  keypress to results rendered: %.0f ms (results found at %.0f ms; 100 ms of it is the wait for a pause in typing)", took, searched)
	}
}

// TestSearchStaleMeta serves, the first time, a meta.json whose word
// chunks are gone, as a CDN that cached the last build's meta.json does:
// the page loads meta.json again, once, and finds the results.
func TestSearchStaleMeta(t *testing.T) {
	chromium := need(t)
	ln, base := listen(t)
	public := buildSite(t, sampleSite(t), base)
	fresh, err := os.ReadFile(filepath.Join(public, indexDir, "meta.json"))
	if err != nil {
		t.Fatal(err)
	}
	stale := regexp.MustCompile(`"w-[0-9a-f]{16}\.bin"`).ReplaceAll(fresh, []byte(`"w-0000000000000000.bin"`))
	var metas atomic.Int64
	files := http.StripPrefix(strings.TrimSuffix(basePath, "/"), http.FileServer(http.Dir(public)))
	srv := &http.Server{ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == basePath+indexDir+"meta.json" && metas.Add(1) == 1 {
			w.Header().Set("Content-Type", "application/json")
			w.Write(stale)
			return
		}
		files.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	ctx := browser(t, chromium)
	rs, status, err := searchURL(ctx, base, "পুতিন")
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 4 || metas.Load() != 2 {
		t.Errorf("with a stale meta.json: %s %v after %d loads of meta.json; want 4 results after 2", status, hrefs(rs), metas.Load())
	}
}
