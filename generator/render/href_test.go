package render

import (
	"net/url"
	"regexp"
	"testing"
)

func TestRawHrefs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<a href="/digest/tags/%E0%A6%AD%E0%A6%BE%E0%A6%B0%E0%A6%A4/">#ভারত</a>`, `<a href="/digest/tags/ভারত/">#ভারত</a>`},
		// html/template's own encoding is lower case.
		{`<a href="/%e0%a6%b8%e0%a6%82%e0%a6%95%e0%a6%b2%e0%a6%a8/">`, `<a href="/সংকলন/">`},
		// য় as য + nukta, a hasanta, a Bengali digit.
		{`href="/tags/%E0%A6%B0%E0%A6%BE%E0%A6%B6%E0%A6%BF%E0%A6%AF%E0%A6%BC%E0%A6%BE-%E0%A7%A8%E0%A7%A6/"`, `href="/tags/রাশিয়া-২০/"`},
		// Absolute URLs and other attributes stay encoded.
		{`<link rel="canonical" href="https://example.org/%E0%A6%AD/">`, `<link rel="canonical" href="https://example.org/%E0%A6%AD/">`},
		{`<meta content="/%E0%A6%AD/">`, `<meta content="/%E0%A6%AD/">`},
		// ASCII escapes, ZWJ, bidi controls and broken sequences stay.
		{`href="/a%20b%22c/"`, `href="/a%20b%22c/"`},
		{`href="/%E0%A6%95%E2%80%8D/"`, `href="/ক%E2%80%8D/"`},
		{`href="/x%E2%80%AE/"`, `href="/x%E2%80%AE/"`},
		{`href="/%E0%A6/" href="/%E0%A6%ZZ/" href="/%"`, `href="/%E0%A6/" href="/%E0%A6%ZZ/" href="/%"`},
		{`href="/%E0%A6%AD`, `href="/%E0%A6%AD`}, // unclosed
		{`no links`, `no links`},
	} {
		if got := string(rawHrefs([]byte(c.in))); got != c.want {
			t.Errorf("rawHrefs(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

var hrefValue = regexp.MustCompile(`href="(/[^"]*)"`)

// FuzzRawHrefs checks that every link leads where it did: each href's
// decoded path is unchanged, nothing else changes, and a second pass
// changes nothing.
func FuzzRawHrefs(f *testing.F) {
	f.Add(`<a href="/digest/tags/%E0%A6%AD%E0%A6%BE%E0%A6%B0%E0%A6%A4/">x</a><a href="/a%20b">`)
	f.Add(`href="/%E0%A6%95%E2%80%8D%e0%a6%95/" href="/%F0%9F%98%80"`)
	f.Fuzz(func(t *testing.T, in string) {
		out := string(rawHrefs([]byte(in)))
		if again := string(rawHrefs([]byte(out))); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
		}
		a, b := hrefValue.FindAllStringSubmatch(in, -1), hrefValue.FindAllStringSubmatch(out, -1)
		if len(a) != len(b) {
			t.Fatalf("%q -> %q: %d links became %d", in, out, len(a), len(b))
		}
		for i := range a {
			pa, errA := url.PathUnescape(a[i][1])
			pb, errB := url.PathUnescape(b[i][1])
			if (errA == nil) != (errB == nil) || pa != pb {
				t.Fatalf("%q -> %q: link %q (%q) became %q (%q)", in, out, a[i][1], pa, b[i][1], pb)
			}
		}
		if hrefValue.ReplaceAllString(in, "") != hrefValue.ReplaceAllString(out, "") {
			t.Fatalf("%q -> %q: text outside links changed", in, out)
		}
	})
}
