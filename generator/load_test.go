package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestServeLoad is a bounded loopback load test of the preview server:
// clients fetch pages while an editor rewrites an article and the site
// rebuilds. No request may get a 5xx or a half-written page. It runs only
// with DIGEST_LOAD=1 (DIGEST_LOAD_CLIENTS and DIGEST_LOAD_SECONDS change
// its size), and logs its counts and the memory in use before and after.
func TestServeLoad(t *testing.T) {
	if os.Getenv("DIGEST_LOAD") != "1" {
		t.Skip("set DIGEST_LOAD=1 to run the load test")
	}
	clients, seconds := envInt("DIGEST_LOAD_CLIENTS", 100), envInt("DIGEST_LOAD_SECONDS", 10)
	dir := copySite(t)
	article := filepath.Join(dir, "content", "2025-10-10-preview.md")
	version := func(n int) string {
		return strings.Replace(previewArticle, "%s", fmt.Sprintf("সংস্করণ-%d-শুরু\n\n%s\n\nসংস্করণ-%d-শেষ", n, strings.Repeat("দীর্ঘ অনুচ্ছেদ। ", 2000), n), 1)
	}
	writeFile(t, article, version(0))
	base := startPreview(t, dir)
	heap0 := heapInUse()

	stop := time.Now().Add(time.Duration(seconds) * time.Second)
	var edits int
	var wg sync.WaitGroup
	wg.Go(func() {
		for time.Now().Before(stop) {
			edits++
			writeFile(t, article, version(edits))
			time.Sleep(150 * time.Millisecond)
		}
	})
	var peak uint64
	wg.Go(func() {
		var m runtime.MemStats
		for time.Now().Before(stop) {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			time.Sleep(200 * time.Millisecond)
		}
	})
	urls := []string{base, base + "preview-test/", base + "tags/", base + "feed.xml", base + "archive/", base + "no-such-page/"}
	var requests, fiveXX, partial, other atomic.Int64
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 10 * time.Second}
	for c := range clients {
		wg.Go(func() {
			for i := c; time.Now().Before(stop); i++ {
				u := urls[i%len(urls)]
				resp, err := client.Get(u)
				if err != nil {
					other.Add(1)
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				requests.Add(1)
				switch {
				case err != nil:
					other.Add(1)
				case resp.StatusCode >= 500:
					fiveXX.Add(1)
				case resp.StatusCode != 200 && !strings.Contains(u, "no-such-page"):
					other.Add(1)
				case !whole(u, string(body)):
					partial.Add(1)
				}
			}
		})
	}
	wg.Wait()
	heap1 := heapInUse()
	t.Logf("%d clients, %d s: %d requests (%.0f/s), %d edits; 5xx %d, partial pages %d, other failures %d; heap in use %d MiB before, %d MiB peak, %d MiB after",
		clients, seconds, requests.Load(), float64(requests.Load())/float64(seconds), edits,
		fiveXX.Load(), partial.Load(), other.Load(), heap0>>20, peak>>20, heap1>>20)
	if fiveXX.Load() > 0 || partial.Load() > 0 || other.Load() > 0 {
		t.Errorf("5xx %d, partial %d, other %d; want none", fiveXX.Load(), partial.Load(), other.Load())
	}
	if heap1 > 2*heap0+64<<20 {
		t.Errorf("heap grew from %d to %d MiB", heap0>>20, heap1>>20)
	}
}

// whole reports whether body is a complete response for u: a page ends
// its HTML, and the edited article shows one version from start to end.
func whole(u, body string) bool {
	if strings.HasSuffix(u, ".xml") {
		return strings.HasSuffix(strings.TrimSpace(body), ">")
	}
	if !strings.Contains(body, "</html>") {
		return false
	}
	if !strings.HasSuffix(u, "preview-test/") {
		return true
	}
	i := strings.Index(body, "সংস্করণ-")
	if i < 0 {
		return false
	}
	n, _, _ := strings.Cut(body[i+len("সংস্করণ-"):], "-")
	return strings.Contains(body, "সংস্করণ-"+n+"-শেষ")
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

func envInt(name string, def int) int {
	var n int
	if _, err := fmt.Sscan(os.Getenv(name), &n); err != nil || n <= 0 {
		return def
	}
	return n
}
