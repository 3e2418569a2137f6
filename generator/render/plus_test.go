package render

import "testing"

func TestPlainPlus(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<time datetime="2026-11-25T10:47:00&#43;06:00">২৫ নভেম্বর ২০২৬</time>`, `<time datetime="2026-11-25T10:47:00+06:00">২৫ নভেম্বর ২০২৬</time>`},
		{`<link rel="alternate" type="application/rss&#43;xml" href="/feed.xml">`, `<link rel="alternate" type="application/rss+xml" href="/feed.xml">`},
		{`<h2>জি&#43;৭ সম্মেলন</h2>`, `<h2>জি+৭ সম্মেলন</h2>`},
		// Raw text keeps the reference: it is not one there.
		{`a&#43;<script>x="&#43;"</script>b&#43;<style>p::before{content:"&#43;"}</style>c&#43;`, `a+<script>x="&#43;"</script>b+<style>p::before{content:"&#43;"}</style>c+`},
		{`<style>&#43;</style><script>&#43;</script>&#43;`, `<style>&#43;</style><script>&#43;</script>+`},
		{`&#43;<script>&#43;`, `+<script>&#43;`}, // unclosed
		{`&amp;#43; &#43 &#043;`, `&amp;#43; &#43 &#043;`},
		{`no plus`, `no plus`},
	} {
		if got := string(plainPlus([]byte(c.in))); got != c.want {
			t.Errorf("plainPlus(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}
