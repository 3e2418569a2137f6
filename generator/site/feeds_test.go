package site

import "testing"

func TestAbsLinks(t *testing.T) {
	page := "https://user.github.io/digest/%E0%A6%95/"
	for _, tc := range []struct{ in, want string }{
		{`<p>লেখা</p>`, `<p>লেখা</p>`},
		{`<a href="../archive/">আর্কাইভ</a>`, `<a href="https://user.github.io/digest/archive/">আর্কাইভ</a>`},
		{`<a href="/digest/tags/">ট্যাগ</a>`, `<a href="https://user.github.io/digest/tags/">ট্যাগ</a>`},
		{`<img src="ছবি.png" alt="">`, `<img src="https://user.github.io/digest/%E0%A6%95/%E0%A6%9B%E0%A6%AC%E0%A6%BF.png" alt="">`},
		{`<a href="#সফর">`, `<a href="https://user.github.io/digest/%E0%A6%95/#%E0%A6%B8%E0%A6%AB%E0%A6%B0">`},
		{`<a href="https://example.org/?a=1&amp;b=2">`, `<a href="https://example.org/?a=1&amp;b=2">`},
		{`<a href="?a=1&amp;b=2">`, `<a href="https://user.github.io/digest/%E0%A6%95/?a=1&amp;b=2">`},
	} {
		if got := absLinks(tc.in, page); got != tc.want {
			t.Errorf("absLinks(%s)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
