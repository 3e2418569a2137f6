package browsertest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sarakhon/digest/generator/diag"
	"github.com/sarakhon/digest/generator/serve"
	"github.com/sarakhon/digest/generator/site"
)

// TestPreviewMessageBox opens a page of the preview on a 360 px phone and
// fails the build: the page reloads to show the message box, one line
// high, in the site's Bengali font, which opens by a tap (a <details>, no
// script needed) to every problem, no taller than 60 % of the screen,
// without sideways scrolling; the next good build takes the box away.
func TestPreviewMessageBox(t *testing.T) {
	exe := needBrowser(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String() + basePath
	var w serve.MemWriter
	if _, err := site.Build(fixtureSource(t, base), site.Options{Preview: true}, &w); err != nil {
		t.Fatal(err)
	}
	srv := serve.New(basePath)
	srv.Publish(w.Files(), nil)
	hs := &http.Server{Handler: srv}
	go hs.Serve(ln)
	t.Cleanup(func() { srv.Close(); hs.Close() })

	ctx, _ := browser(t, exe)
	viewport(t, ctx, 360, 800)
	open(t, ctx, base)
	const boxShown = `!!document.getElementById('digest-preview-error')`
	if eval[bool](t, ctx, boxShown) {
		t.Fatal("a message box after a good build")
	}
	srv.Publish(nil, errors.Join(
		&diag.Error{Path: "2025-10-03-putin.md", Line: 2,
			Bn:  `title-এর লেখায় কোলন (:) আছে: পুরো লেখাটি উদ্ধৃতিচিহ্নে রাখুন: title: "পুতিনের ভারত সফর: দিল্লিতে প্রস্তুতি তুঙ্গে"`,
			Msg: `the value of title holds a colon (:): put the whole value in quotes — title: "পুতিনের ভারত সফর: দিল্লিতে প্রস্তুতি তুঙ্গে"`},
		&diag.Error{Path: "2025-10-04-gas.md", Line: 4,
			Bn:  "tags-এ # চিহ্ন দিলে YAML বাকি লাইনটিকে মন্তব্য ধরে বাদ দেয়: # ছাড়া লিখুন: tags: [রাশিয়া, ভারত]",
			Msg: "YAML reads the rest of the line after # as a comment, so no tag is left: write tags: [রাশিয়া, ভারত]"},
		&diag.Error{Path: "2025-10-05-brics.md", Line: 3,
			Bn:  `date: "৩ অক্টোবর" তারিখ হিসেবে পড়া গেল না: লিখুন 2025-10-03 বা 2025-10-03T10:00:00+06:00 (অঙ্কগুলো ইংরেজিতে)`,
			Msg: `date: "৩ অক্টোবর" is not a date: write it as 2025-10-03 or 2025-10-03T10:00:00+06:00`},
	))
	// The open page learns of the failed build over its event stream and
	// reloads to show the box.
	waitFor(t, ctx, boxShown)
	open(t, ctx, base)
	type box struct {
		Open                  bool
		Height, Summary, Page int
		Font, Text            string
		ScrollWidth, Width    int
	}
	const measure = `(() => { const d = document.getElementById('digest-preview-error'), s = d.querySelector('summary');
		return {Open: d.open, Height: Math.round(d.getBoundingClientRect().height), Summary: Math.round(s.getBoundingClientRect().height),
			Page: innerHeight, Font: getComputedStyle(s).fontFamily, Text: s.textContent,
			ScrollWidth: document.documentElement.scrollWidth, Width: document.documentElement.clientWidth} })()`
	closed := eval[box](t, ctx, measure)
	t.Logf("closed: %+v", closed)
	if closed.Open || closed.Height > 48 || !strings.HasPrefix(closed.Text, "⚠ ৩টি ভুল · 2025-10-03-putin.md:2: title-এর লেখায় কোলন") {
		t.Errorf("the closed box is not one line of the first problem: %+v", closed)
	}
	if !strings.HasPrefix(closed.Font, `"Noto Sans Bengali"`) {
		t.Errorf("the box is in %s, not the site's font", closed.Font)
	}
	if closed.ScrollWidth > closed.Width {
		t.Errorf("the page scrolls sideways with the box: %d > %d", closed.ScrollWidth, closed.Width)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#digest-preview-error summary"))); err != nil {
		t.Fatal(err)
	}
	opened := eval[box](t, ctx, measure)
	t.Logf("open: %+v", opened)
	if !opened.Open || opened.Height <= closed.Height || opened.Height > opened.Page*6/10+1 {
		t.Errorf("the open box is %d px of a %d px screen: %+v", opened.Height, opened.Page, opened)
	}
	if opened.ScrollWidth > opened.Width {
		t.Errorf("the page scrolls sideways with the box open: %d > %d", opened.ScrollWidth, opened.Width)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#digest-preview-error li').length`); n != 3 {
		t.Errorf("%d problems listed, want 3", n)
	}
	if os.Getenv("UPDATE_SCREENSHOTS") != "" {
		for name, open := range map[string]bool{"preview-error-closed": false, "preview-error-open": true} {
			eval[bool](t, ctx, fmt.Sprintf(`document.getElementById('digest-preview-error').open = %v`, open))
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(repo, "docs", "screenshots", name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Once a build succeeds, the page reloads without the box.
	srv.Publish(w.Files(), nil)
	waitFor(t, ctx, "!"+boxShown)
}

// waitFor waits until the JavaScript expression cond is true in the page,
// for at most ten seconds.
func waitFor(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond)); err == nil && ok {
			return
		}
	}
	t.Fatalf("%s is still false after 10 s", cond)
}
