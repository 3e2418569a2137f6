package searchtest

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// startServe runs the generator's preview server over siteDir with the
// given PATH and returns its URL and a channel of its output lines.
func startServe(t *testing.T, siteDir, path string) (string, <-chan string) {
	t.Helper()
	gen := filepath.Join(t.TempDir(), "generator")
	if out, err := exec.Command("go", "build", "-o", gen, "../..").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, gen, "serve", "--site", siteDir, "--port", "0")
	cmd.Env = append(os.Environ(), "PATH="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); cmd.Wait() })
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for line := range lines {
		t.Log("serve:", line)
		if u, ok := strings.CutPrefix(line, "Preview at "); ok {
			return strings.Fields(u)[0], lines
		}
	}
	t.Fatal("serve ended without a preview URL")
	return "", nil
}

// TestSearchInPreview searches the preview server's in-memory build: it
// indexes it with Pagefind after the build, and the search page finds
// the sample article.
func TestSearchInPreview(t *testing.T) {
	chromium, pagefind := need(t)
	base, lines := startServe(t, sampleSite(t), filepath.Dir(pagefind)+string(os.PathListSeparator)+os.Getenv("PATH"))
	for line := range lines {
		t.Log("serve:", line)
		if strings.Contains(line, "search index of") {
			break
		}
	}
	ctx := browser(t, chromium)
	const putin = "পুতিন"
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"search/?q="+putin)); err != nil {
		t.Fatal(err)
	}
	rs, status, err := waitResults(ctx, putin)
	if err != nil {
		t.Fatalf("searching the preview: %v", err)
	}
	if !has(rs, "/digest/brics-putin/") || !has(rs, "/digest/energy-deal/") {
		t.Errorf("search %s in the preview: %s %v", putin, status, hrefs(rs))
	}
}

// TestSearchInPreviewWithoutPagefind opens the preview's search page
// where no pagefind can be found: the page says why there is no search.
func TestSearchInPreviewWithoutPagefind(t *testing.T) {
	chromium, _ := need(t)
	base, _ := startServe(t, sampleSite(t), t.TempDir())
	ctx := browser(t, chromium)
	var msg string
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"search/"),
		chromedp.Poll[chromedp.Void](`document.querySelector(".search-fallback:not(noscript *)")`, chromedp.WithPollingTimeout(20*time.Second)),
	)
	if err == nil {
		msg, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("p.search-fallback").textContent`))
	}
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg, "Pagefind ইনস্টল করা নেই") || !strings.Contains(msg, "npm ci --prefix .ci/node") {
		t.Errorf("the search page says %q; want why search is missing and how to add it", msg)
	}
}
