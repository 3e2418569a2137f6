package linkcheck

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	base, _ := url.Parse("https://user.github.io/REPO/")
	files := map[string][]byte{
		"index.html": []byte(`<!doctype html>
<link rel="stylesheet" href="/REPO/css/site.css">
<a href="/REPO/%E0%A6%AD%E0%A6%BE%E0%A6%B0%E0%A6%A4/">ভারত</a>
<a href="ভারত/#top">ভারত</a> <a href="https://example.org/x">out</a> <a href="mailto:a@b.c">mail</a>
<a href="https://user.github.io/REPO/feed.xml">feed</a>
<img src="/REPO/missing.png">
<a href="/other/">escape</a>
<a href="../">up</a>
<script type="module" src="/REPO/js/search.js"></script>`),
		"ভারত/index.html": []byte(`<a href="../">home</a><a href="../nope/">x</a>`),
		"css/site.css":    []byte("body{}"),
		"js/search.js":    []byte("export {};"),
		"feed.xml":        []byte("<rss/>"),
		"google1234.html": []byte(`<a href="/REPO/not-read/">not a page of the build</a>`),
	}
	site := Site{Files: files, Pages: []string{"index.html", "ভারত/index.html"}}
	var got []string
	for _, p := range Check(site, base) {
		got = append(got, p.Error())
		if b, ok := errors.AsType[*BrokenLink](p); !ok || !strings.Contains(p.Msg, strconv.Quote(b.Link)) {
			t.Errorf("%v: cause %v, want the *BrokenLink it names", p, p.Err)
		}
	}
	want := []string{
		`index.html:6: link "/REPO/missing.png": no page or file /missing.png in the build`,
		`index.html:7: link "/other/" leaves the site's base path /REPO/`,
		`index.html:8: link "../" leaves the site's base path /REPO/`,
		`ভারত/index.html:1: link "../nope/": no page or file /nope/ in the build`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCheckInvalidURL checks that a link that is not a URL keeps
// url.Parse's error as its cause.
func TestCheckInvalidURL(t *testing.T) {
	base, _ := url.Parse("https://user.github.io/REPO/")
	files := map[string][]byte{"index.html": []byte("<p>খবর</p>\n<a href=\"/REPO/%zz\">ভাঙা</a>")}
	got := Check(Site{Files: files, Pages: []string{"index.html"}}, base)
	if len(got) != 1 {
		t.Fatalf("Check = %v, want one problem", got)
	}
	want := `index.html:2: link "/REPO/%zz" is not a valid URL: parse "/REPO/%zz": invalid URL escape "%zz"`
	if got[0].Error() != want {
		t.Errorf("Check = %q, want %q", got[0], want)
	}
	if _, ok := errors.AsType[*url.Error](got[0]); !ok {
		t.Errorf("%v does not wrap url.Parse's error", got[0])
	}
}
