package serve

import (
	"bufio"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/diag"
)

var site = map[string][]byte{
	"index.html":                  []byte("<!doctype html><html><body><h1>home</h1></body></html>"),
	"ভারত/index.html":             []byte("<!doctype html><html><body><h1>ভারত</h1></body></html>"),
	"404.html":                    []byte("<!doctype html><html><body><h1>not found</h1></body></html>"),
	"feed.xml":                    []byte(`<?xml version="1.0"?><rss></rss>`),
	"feed.json":                   []byte(`{}`),
	"fonts/a.woff2":               []byte("wOF2"),
	"manifest.webmanifest":        []byte(`{}`),
	"css/site.css":                []byte("body{}"),
	"robots.txt":                  []byte("User-agent: *\n"),
	"secret/../../etc/index.html": []byte("never"),
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	s := New("/repo/")
	s.Publish(site, nil)
	ts := httptest.NewServer(s)
	t.Cleanup(func() { s.Close(); ts.Close() })
	return ts
}

func get(t *testing.T, method, url string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

func TestServe(t *testing.T) {
	ts := newServer(t)
	for _, tc := range []struct {
		method, path string
		status       int
		ctype        string
		contains     string
		script       bool
	}{
		{"GET", "/repo/", 200, "text/html; charset=utf-8", "<h1>home</h1>", true},
		{"GET", "/repo/index.html", 200, "text/html; charset=utf-8", "<h1>home</h1>", true},
		{"GET", "/repo/%E0%A6%AD%E0%A6%BE%E0%A6%B0%E0%A6%A4/", 200, "text/html; charset=utf-8", "ভারত", true},
		{"GET", "/repo/feed.xml", 200, "application/xml; charset=utf-8", "<rss>", false},
		{"GET", "/repo/feed.json", 200, "application/json", "{}", false},
		{"GET", "/repo/fonts/a.woff2", 200, "font/woff2", "wOF2", false},
		{"GET", "/repo/manifest.webmanifest", 200, "application/manifest+json", "{}", false},
		{"GET", "/repo/css/site.css", 200, "text/css; charset=utf-8", "body{}", false},
		{"GET", "/repo/missing/", 404, "text/html; charset=utf-8", "not found", true},
		{"GET", "/elsewhere/", 404, "text/html; charset=utf-8", "not found", true},
		{"HEAD", "/repo/", 200, "text/html; charset=utf-8", "", false},
		{"POST", "/repo/", 405, "", "", false},
		{"PUT", "/repo/index.html", 405, "", "", false},
		{"DELETE", "/repo/index.html", 405, "", "", false},
		// Traversal: never anything outside the build, never the odd key.
		{"GET", "/repo/../../etc/passwd", 404, "", "not found", true},
		{"GET", "/repo/%2e%2e/%2e%2e/etc/passwd", 404, "", "not found", true},
		{"GET", "/repo/%2e%2e%2f%2e%2e%2fetc%2fpasswd", 404, "", "not found", true},
		{"GET", "/repo/..%5c..%5cetc%5cpasswd", 404, "", "not found", true},
		{"GET", "/repo/secret/../../etc/", 404, "", "not found", true},
		{"GET", "/repo/secret/%2e%2e/%2e%2e/etc/index.html", 404, "", "not found", true},
		{"GET", "/repo/index.html%00.txt", 404, "", "not found", true},
		{"GET", "/repo//etc/passwd", 404, "", "not found", true},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			resp, body := get(t, tc.method, ts.URL+tc.path)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			if tc.status == 405 {
				if resp.Header.Get("Allow") != "GET, HEAD" {
					t.Errorf("Allow = %q", resp.Header.Get("Allow"))
				}
				return
			}
			if tc.ctype != "" && resp.Header.Get("Content-Type") != tc.ctype {
				t.Errorf("Content-Type = %q, want %q", resp.Header.Get("Content-Type"), tc.ctype)
			}
			if resp.Header.Get("Cache-Control") != "no-cache" {
				t.Errorf("Cache-Control = %q", resp.Header.Get("Cache-Control"))
			}
			if !strings.Contains(body, tc.contains) {
				t.Errorf("body %q does not contain %q", body, tc.contains)
			}
			if strings.Contains(body, "never") {
				t.Errorf("served a file outside the site: %q", body)
			}
			if got := strings.Contains(body, "data-digest-preview"); got != tc.script {
				t.Errorf("reload script injected: %v, want %v", got, tc.script)
			}
			if tc.script && !strings.HasSuffix(body, "</body></html>") {
				t.Errorf("script not injected before </body>: %q", body)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	ts := newServer(t)
	for path, want := range map[string]string{
		"/repo": "/repo/",
		"/repo/%E0%A6%AD%E0%A6%BE%E0%A6%B0%E0%A6%A4": "/repo/%E0%A6%AD%E0%A6%BE%E0%A6%B0%E0%A6%A4/",
	} {
		resp, _ := get(t, "GET", ts.URL+path)
		if loc := resp.Header.Get("Location"); resp.StatusCode/100 != 3 || loc != want {
			t.Errorf("%s: %d to %q, want a redirect to %q", path, resp.StatusCode, loc, want)
		}
	}
}

// TestHostHeader: the preview answers requests for localhost and IP
// addresses only. It used to answer any Host, so that a DNS-rebinding
// page in the editor's browser could read the drafts (issue 13).
func TestHostHeader(t *testing.T) {
	ts := newServer(t)
	for host, status := range map[string]int{
		"127.0.0.1:1313":         http.StatusOK,
		"localhost:1313":         http.StatusOK,
		"LocalHost.":             http.StatusOK,
		"preview.localhost:1313": http.StatusOK,
		"[::1]:1313":             http.StatusOK,
		"192.168.1.5:1313":       http.StatusOK, // --bind 0.0.0.0, from a phone
		"evil.example":           http.StatusMisdirectedRequest,
		"evil.example:1313":      http.StatusMisdirectedRequest,
		"localhost.evil.example": http.StatusMisdirectedRequest,
		"127.0.0.1.nip.io:1313":  http.StatusMisdirectedRequest,
		"সারাক্ষণ.example:1313":  http.StatusMisdirectedRequest,
	} {
		req, err := http.NewRequest("GET", ts.URL+"/repo/", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != status {
			t.Errorf("Host %q: %d, want %d", host, resp.StatusCode, status)
		}
	}
}

func TestInject(t *testing.T) {
	for in, want := range map[string]string{
		"<html><body>x</body></html>":           "<html><body>x<s></body></html>",
		"<HTML><BODY>x</BODY></HTML>":           "<HTML><BODY>x<s></BODY></HTML>",
		"<p></body> in text</p><p>x</p></body>": "<p></body> in text</p><p>x</p><s></body>",
		"no body":                               "no body<s>",
		// Issue 13: lower-casing İ or Ⱥ changes their length, which
		// cut the page before "r>" or past its end.
		"<body><p>İstanbul</p><footer>x</footer></body>": "<body><p>İstanbul</p><footer>x</footer><s></body>",
		"<title>Ⱥ</title><body>Ⱥ</BoDy>":                 "<title>Ⱥ</title><body>Ⱥ<s></BoDy>",
		"<body>ſ</body>":                                 "<body>ſ<s></body>",
		"<body>K</body>":                                 "<body>K<s></body>",
	} {
		if got := string(Inject([]byte(in), []byte("<s>"))); got != want {
			t.Errorf("Inject(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzInject checks, for any page: Inject never panics, keeps the page
// whole with the script in one place, and puts it before the last
// </body> (in any ASCII case) or at the end. Seeds: below and
// testdata/fuzz/FuzzInject.
func FuzzInject(f *testing.F) {
	for _, s := range []string{"<body>İstanbul</body>", "Ⱥ</body>", "</BODY>ȺȺȺ", "</body", "ſ</body>ı</body>"} {
		f.Add(s)
	}
	const script = "<s>"
	f.Fuzz(func(t *testing.T, page string) {
		out := string(Inject([]byte(page), []byte(script)))
		// The page may hold the script's text itself ("<s>" gives
		// "<s><s>"): any place where taking the script out leaves the
		// page will do, if it is the right one.
		last := strings.LastIndex(asciiLower(page), "</body>")
		whole, placed := false, false
		for i := strings.Index(out, script); i >= 0; {
			if out[:i]+out[i+len(script):] == page {
				whole = true
				rest := page[i:]
				placed = placed || ((rest == "" || strings.HasPrefix(asciiLower(rest), "</body>")) && (last == i || last < 0 && i == len(page)))
			}
			j := strings.Index(out[i+1:], script)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		if !whole {
			t.Fatalf("Inject(%q) = %q: not the page with the script in one place", page, out)
		}
		if !placed {
			t.Errorf("Inject(%q) = %q: the script is not before the last </body> (at %d) nor at the end", page, out, last)
		}
	})
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte in
// place.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestErrorOverlay shows a failed build in every page and over the event
// stream, keeps the last good files, and clears once a build succeeds.
func TestErrorOverlay(t *testing.T) {
	s := New("/")
	s.Publish(site, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()
	defer s.Close()

	resp, err := http.Get(ts.URL + "/" + EventsPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events Content-Type %q", ct)
	}
	events := make(chan string, 10)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		var ev string
		for sc.Scan() {
			line := sc.Text()
			if e, ok := strings.CutPrefix(line, "event: "); ok {
				ev = e
			}
			if d, ok := strings.CutPrefix(line, "data: "); ok {
				events <- ev + " " + d
			}
		}
	}()
	next := func() string {
		select {
		case e := <-events:
			return e
		case <-time.After(5 * time.Second):
			t.Fatal("no event")
			return ""
		}
	}
	if e := next(); e != `state {"gen":1}` {
		t.Errorf("first event %q", e)
	}
	s.Publish(nil, errors.New("content/a.md:3: date: not a date"))
	if e := next(); !strings.HasPrefix(e, "builderror ") || !strings.Contains(e, "content/a.md:3") {
		t.Errorf("error event %q", e)
	}
	_, body := get(t, "GET", ts.URL+"/")
	if !strings.Contains(body, "<h1>home</h1>") || !strings.Contains(body, `<summary><b>⚠ ১টি ভুল</b><span> · content/a.md:3: date: not a date</span></summary>`) {
		t.Errorf("page during a failed build: %q", body)
	}
	s.Publish(site, nil)
	if e := next(); e != `reload {"gen":2}` {
		t.Errorf("event after the fix %q", e)
	}
	_, body = get(t, "GET", ts.URL+"/")
	if strings.Contains(body, "not a date") {
		t.Errorf("error still shown after the fix")
	}
}

// TestMessageBox: the box is a <details> element, collapsed to one line
// that counts the problems and gives the first one's place and Bengali
// message; opened, it lists every problem in full, escaped.
func TestMessageBox(t *testing.T) {
	err := errors.Join(
		&diag.Error{Path: "content/a.md", Line: 2, Bn: "title-এর লেখায় কোলন (:) আছে", Msg: "the value of title holds a colon"},
		errors.New(`templates/base.html:3: <script> is "not" allowed`),
	)
	box := string(messageBox(err, true))
	for _, want := range []string{
		`<details id="digest-preview-error" lang="bn" data-digest-preview>`,
		`<summary><b>⚠ ২টি ভুল</b><span> · content/a.md:2: title-এর লেখায় কোলন (:) আছে</span></summary>`,
		`<li>content/a.md:2: title-এর লেখায় কোলন (:) আছে<span lang="en">the value of title holds a colon</span></li>`,
		`<li>templates/base.html:3: &lt;script&gt; is &#34;not&#34; allowed</li>`,
		`font:15px/1.6 var(--font,"Noto Sans Bengali",sans-serif)`,
		"white-space:nowrap;overflow:hidden;text-overflow:ellipsis",
	} {
		if !strings.Contains(box, want) {
			t.Errorf("box lacks %s:\n%s", want, box)
		}
	}
	if strings.Contains(box, "<details open") || strings.Contains(box, "<script") {
		t.Error("the box is open, or needs a script")
	}
	if first := string(messageBox(err, false)); strings.Contains(first, "last good build") || !strings.Contains(first, "fix these and save") {
		t.Errorf("before any good build, the box speaks of one:\n%s", first)
	}
}
