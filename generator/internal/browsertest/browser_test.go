package browsertest

import (
	"context"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/sarakhon/digest/generator/config"
	"github.com/sarakhon/digest/generator/internal/testfs"
	"github.com/sarakhon/digest/generator/site"
)

// repo is the repository root, seen from this package's folder.
const repo = "../../.."

const basePath = "/digest/"

// skip skips the test, or fails it when BROWSER_TEST_REQUIRED is set (in CI).
func skip(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("BROWSER_TEST_REQUIRED") != "" {
		t.Fatal(why + " (BROWSER_TEST_REQUIRED is set)")
	}
	t.Skip(why)
}

// needBrowser returns the Chromium to test with, or skips the test: with
// -short, or when there is none and BROWSER_TEST_REQUIRED is not set.
func needBrowser(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("the browser test is slow; it runs without -short")
	}
	exe := findBrowser()
	if exe == "" {
		skip(t, "no Chromium found: install Debian's chromium or set CHROME_PATH to run the browser test")
	}
	return exe
}

// findBrowser returns $CHROME_PATH or the first Chromium on PATH.
func findBrowser() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// findAxe returns the source of axe.min.js, or "" when it is not installed.
func findAxe() string {
	paths := []string{
		os.Getenv("AXE_PATH"),
		filepath.Join(repo, ".ci/node/node_modules/axe-core/axe.min.js"),
		filepath.Join(repo, "node_modules/axe-core/axe.min.js"),
	}
	for _, p := range paths {
		if p == "" {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			return string(data)
		}
	}
	return ""
}

// serveSite builds the fixture site (testfs.FixtureSite, with the
// repository's templates and static files) with its base URL on a free port
// of 127.0.0.1 and serves it there. It returns the base URL and the slug
// path of the first article and first tag.
func serveSite(t *testing.T) (base string, article, tag string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base = "http://" + ln.Addr().String() + basePath
	src := fixtureSource(t, base)
	out := filepath.Join(t.TempDir(), "public")
	var stats site.Stats
	err = site.WriteDir(out, func(w site.Writer) error {
		stats, err = site.Build(src, site.Options{}, w)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}

	mux := http.NewServeMux()
	mux.Handle(basePath, http.StripPrefix(strings.TrimSuffix(basePath, "/"), http.FileServer(http.Dir(out))))
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	// The build names its article pages: the site's own pages (authors/,
	// archive/ …) are folders at the top too.
	pages := slices.Sorted(maps.Keys(stats.Sources))
	if len(pages) == 0 {
		t.Fatal("the fixture site has no article")
	}
	article = strings.TrimSuffix(pages[0], "index.html")
	tag = "tags/" + firstDir(t, filepath.Join(out, "tags"), "*", "index.html")
	return base, article, tag
}

// fixtureSource is the fixture site (testfs.FixtureSite, with the
// repository's templates and static files) served from base.
func fixtureSource(t *testing.T, base string) site.Source {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repo, testfs.FixtureSite, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse("site.yaml", data, config.WithBaseURL(base))
	if err != nil {
		t.Fatal(err)
	}
	return site.Source{
		Config:    cfg,
		Content:   os.DirFS(filepath.Join(repo, testfs.FixtureSite, "content")),
		Templates: os.DirFS(filepath.Join(repo, "templates")),
		Static:    os.DirFS(filepath.Join(repo, "static")),
	}
}

// firstDir returns "<name>/" of the first folder under dir that holds
// file.
func firstDir(t *testing.T, dir, pattern, file string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(dir, pattern, file))
	if len(matches) == 0 {
		t.Fatalf("no %s in a folder of %s", file, dir)
	}
	return filepath.Base(filepath.Dir(matches[0])) + "/"
}

// browser starts headless Chromium with a fresh profile and records every
// URL that any page requests.
func browser(t *testing.T, exe string) (context.Context, func() []string) {
	t.Helper()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	var mu sync.Mutex
	var requests []string
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request.URL)
			mu.Unlock()
		}
	}))
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), requests...)
	}
}

// open loads u and waits until its fonts are ready.
func open(t *testing.T, ctx context.Context, u string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	err := chromedp.Do(ctx,
		chromedp.Navigate(u),
		chromedp.WaitReady(chromedp.CSS("body")),
	)
	if err == nil {
		_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`document.fonts.ready.then(() => true)`, chromedp.EvalAwaitPromise))
	}
	if err != nil {
		t.Fatalf("opening %s: %v", u, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %.60s…: %v", expr, err)
	}
	return v
}

// colorScheme emulates prefers-color-scheme: light or dark.
func colorScheme(t *testing.T, ctx context.Context, scheme string) {
	t.Helper()
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	if err != nil {
		t.Fatal(err)
	}
}

func viewport(t *testing.T, ctx context.Context, w, h int64) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, h)); err != nil {
		t.Fatal(err)
	}
}

// A violation is what axe-core reports for one rule.
type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

const runAxe = `axe.run(document, {resultTypes: ['violations']}).then(r => r.violations
	.filter(v => v.impact === 'serious' || v.impact === 'critical')
	.map(v => ({id: v.id, impact: v.impact, help: v.help,
		nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)})))`

func TestBrowser(t *testing.T) {
	exe := needBrowser(t)
	base, article, tag := serveSite(t)
	ctx, requests := browser(t, exe)
	pages := map[string]string{
		"home":      base,
		"article":   base + article,
		"tag":       base + tag,
		"tags":      base + "tags/",
		"subscribe": base + "subscribe/",
	}

	t.Run("font", func(t *testing.T) {
		viewport(t, ctx, 1280, 900)
		open(t, ctx, pages["article"])
		type face struct {
			Family, Status, UnicodeRange string
		}
		faces := eval[[]face](t, ctx, `[...document.fonts].map(f => ({Family: f.family, Status: f.status, UnicodeRange: f.unicodeRange}))`)
		bengaliLoaded := false
		for _, f := range faces {
			if strings.Trim(f.Family, `"`) == "Noto Sans Bengali" && strings.Contains(f.UnicodeRange, "U+980-9FE") && f.Status == "loaded" {
				bengaliLoaded = true
			}
		}
		t.Logf("font faces: %+v", faces)
		if !bengaliLoaded {
			t.Errorf("the Bengali face of Noto Sans Bengali is not loaded: %+v", faces)
		}
		for _, sel := range []string{".article h1", ".article-body p", ".brand", ".byline"} {
			ids, err := chromedp.Run(ctx, chromedp.QueryNodeIDs(chromedp.CSS(sel)))
			if err != nil || len(ids) == 0 {
				t.Fatalf("%s: %v", sel, err)
			}
			res, err := chromedp.Call(ctx, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: ids[0]})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Fonts) == 0 {
				t.Errorf("%s: no platform fonts reported", sel)
			}
			for _, f := range res.Fonts {
				t.Logf("%s: %.0f glyphs in %s (%s, custom font: %v)", sel, f.GlyphCount, f.FamilyName, f.PostScriptName, f.IsCustomFont)
				if f.FamilyName != "Noto Sans Bengali" || !f.IsCustomFont {
					t.Errorf("%s: %.0f glyphs drawn with %q (custom font: %v), want only the web font Noto Sans Bengali",
						sel, f.GlyphCount, f.FamilyName, f.IsCustomFont)
				}
			}
		}
	})

	t.Run("no overflow at 360px", func(t *testing.T) {
		viewport(t, ctx, 360, 800)
		for _, name := range []string{"home", "article", "tag", "tags", "subscribe"} {
			open(t, ctx, pages[name])
			w := eval[[2]int](t, ctx, `[document.documentElement.scrollWidth, document.documentElement.clientWidth]`)
			if w[0] > w[1] {
				t.Errorf("%s page scrolls sideways at 360px: scrollWidth %d > clientWidth %d", name, w[0], w[1])
			}
		}
	})

	t.Run("copy buttons", func(t *testing.T) {
		viewport(t, ctx, 360, 800)
		open(t, ctx, pages["subscribe"])
		shown := eval[[2]int](t, ctx, `[document.querySelectorAll(".feed-list button.copy:not([hidden])").length, document.querySelectorAll(".feed-list .feed-url").length]`)
		if shown[0] == 0 || shown[0] != shown[1] {
			t.Fatalf("%d copy buttons shown for %d feed addresses", shown[0], shown[1])
		}
		// Stand in for the system clipboard, which headless Chromium
		// may refuse, to see what the page copies.
		eval[chromedp.Void](t, ctx, `navigator.clipboard.writeText = async (s) => { window.copied = s; }`)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#tag ~ ul.feed-list li:first-child button.copy"))); err != nil {
			t.Fatal(err)
		}
		got := eval[[3]string](t, ctx, `new Promise(r => setTimeout(() => r([window.copied || "", document.querySelector("#tag ~ ul.feed-list .feed-url").textContent, document.getElementById("copy-status").textContent]), 200))`)
		if want, err := url.Parse(got[1]); err != nil || got[0] != want.String() || !strings.Contains(got[0], "/tags/%E0%A6") || !strings.Contains(got[2], "কপি হয়েছে") {
			t.Errorf("the first hashtag's button copied %q (address %q) and said %q; want the address, percent-encoded, and a Bengali confirmation", got[0], got[1], got[2])
		}
	})

	t.Run("dark mode", func(t *testing.T) {
		viewport(t, ctx, 360, 800)
		open(t, ctx, pages["article"])
		const bg = `getComputedStyle(document.body).backgroundColor + ' / ' + getComputedStyle(document.body).color`
		colorScheme(t, ctx, "light")
		light := eval[string](t, ctx, bg)
		colorScheme(t, ctx, "dark")
		dark := eval[string](t, ctx, bg)
		colorScheme(t, ctx, "light")
		if light == dark {
			t.Errorf("body colours are %s in both light and dark mode", light)
		}
	})

	t.Run("print", func(t *testing.T) {
		open(t, ctx, pages["article"])
		const hidden = `[...document.querySelectorAll('.site-header nav, .skip, .site-footer')].every(e => getComputedStyle(e).display === 'none')`
		if eval[bool](t, ctx, hidden) {
			t.Fatal("navigation hidden on screen")
		}
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		defer colorScheme(t, ctx, "light")
		if !eval[bool](t, ctx, hidden) {
			t.Error("the print stylesheet does not hide the navigation, skip link and footer")
		}
	})

	t.Run("skip link and focus", func(t *testing.T) {
		viewport(t, ctx, 360, 800)
		open(t, ctx, pages["article"])
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t")); err != nil {
			t.Fatal(err)
		}
		type focus struct {
			Class, Href, Outline string
			Top, Bottom          float64
		}
		f := eval[focus](t, ctx, `(() => { const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
			return {Class: e.className, Href: e.getAttribute('href') || '', Outline: s.outlineStyle + ' ' + s.outlineWidth, Top: r.top, Bottom: r.bottom}; })()`)
		if f.Class != "skip" || f.Href != "#main" {
			t.Fatalf("the first Tab focuses %+v, want the skip link to #main", f)
		}
		if f.Top < 0 || f.Bottom > 800 {
			t.Errorf("the focused skip link is off screen: %+v", f)
		}
		if strings.HasPrefix(f.Outline, "none") || strings.HasSuffix(f.Outline, " 0px") {
			t.Errorf("the focused skip link has no visible outline: %q", f.Outline)
		}
	})

	t.Run("axe", func(t *testing.T) {
		axe := findAxe()
		if axe == "" {
			skip(t, "axe-core not found: run `npm install --prefix .ci/node axe-core` or set AXE_PATH")
		}
		for _, scheme := range []string{"light", "dark"} {
			colorScheme(t, ctx, scheme)
			for _, w := range []int64{360, 1280} {
				viewport(t, ctx, w, 900)
				for _, name := range []string{"home", "article", "tag", "tags", "subscribe"} {
					open(t, ctx, pages[name])
					eval[chromedp.Void](t, ctx, axe)
					for _, v := range eval[[]violation](t, ctx, runAxe) {
						t.Errorf("%s page, %s, %dpx: axe %s (%s): %s\n\t%s",
							name, scheme, w, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
					}
				}
			}
		}
		colorScheme(t, ctx, "light")
	})

	t.Run("screenshots", func(t *testing.T) {
		dir := t.TempDir()
		if os.Getenv("UPDATE_SCREENSHOTS") != "" {
			dir = filepath.Join(repo, "docs", "screenshots")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		for _, s := range []struct {
			name  string
			width int64
		}{{"phone", 360}, {"desktop", 1280}} {
			for _, scheme := range []string{"light", "dark"} {
				viewport(t, ctx, s.width, 800)
				colorScheme(t, ctx, scheme)
				open(t, ctx, pages["article"])
				png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
				if err != nil {
					t.Fatal(err)
				}
				name := filepath.Join(dir, fmt.Sprintf("article-%s-%s.png", s.name, scheme))
				if err := os.WriteFile(name, png, 0o644); err != nil {
					t.Fatal(err)
				}
				t.Logf("wrote %s", name)
			}
		}
		colorScheme(t, ctx, "light")
	})

	t.Run("no third-party requests", func(t *testing.T) {
		reqs := requests()
		if len(reqs) == 0 {
			t.Fatal("no requests recorded")
		}
		for _, r := range reqs {
			u, err := url.Parse(r)
			if err != nil {
				t.Errorf("bad request URL %q", r)
				continue
			}
			switch u.Scheme {
			case "data", "blob", "about":
				continue
			}
			if u.Hostname() != "127.0.0.1" {
				t.Errorf("request left 127.0.0.1: %s", r)
			}
		}
	})
}
