package searchtest

import (
	"bufio"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// startServe runs the generator's preview server over siteDir and
// returns its URL.
func startServe(t *testing.T, siteDir string) string {
	t.Helper()
	gen := filepath.Join(t.TempDir(), "generator")
	if out, err := exec.Command("go", "build", "-o", gen, "../..").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, gen, "serve", "--site", siteDir, "--port", "0")
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
			go func() {
				for range lines { // keep the server from blocking on its output
				}
			}()
			return strings.Fields(u)[0]
		}
	}
	t.Fatal("serve ended without a preview URL")
	return ""
}

// TestSearchInPreview searches the preview server's in-memory build,
// whose search index is written with the rest of it.
func TestSearchInPreview(t *testing.T) {
	chromium := need(t)
	base := startServe(t, sampleSite(t))
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
