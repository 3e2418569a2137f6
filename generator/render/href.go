package render

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// rawHrefs writes the Bengali letters of root-relative links as UTF-8
// instead of percent-encoded: href="/tags/%E0%A6%AD%E0%A6%BE…/" becomes
// href="/tags/ভা…/", 3 bytes a letter instead of 9. html/template encodes
// every non-ASCII byte of a URL attribute, so it is undone after the page
// is executed. Browsers encode the path back when they follow the link,
// so it leads to the same file; HTML allows such URLs. Absolute URLs
// (canonical links, og:url, feeds, sitemaps) are left encoded, for the
// programs that read them. Only letters, marks and digits are decoded:
// an encoded space, quote, ZWJ or bidi control stays encoded. It
// rewrites page and returns the part that holds the result.
func rawHrefs(page []byte) []byte {
	const attr = `href="/`
	// A decoded letter is shorter than its %XX triplets, so the page is
	// rewritten in place: page[:w] is the output so far, page[done:] what
	// is left to copy. A copy of every page was a sixth of a build's
	// allocations.
	w, done := 0, 0
	for i := 0; ; {
		k := bytes.Index(page[i:], []byte(attr))
		if k < 0 {
			break
		}
		i += k + len(attr)
		end := bytes.IndexByte(page[i:], '"')
		if end < 0 {
			break
		}
		end += i
		for j := i; j < end; {
			r, n := encodedRune(page[j:end])
			if n == 0 {
				j++
				continue
			}
			w += copy(page[w:], page[done:j])
			w += utf8.EncodeRune(page[w:], r)
			j += n
			done = j
		}
		i = end
	}
	if done == 0 {
		return page
	}
	w += copy(page[w:], page[done:])
	return page[:w]
}

// encodedRune decodes the percent-encoded UTF-8 letter, mark or digit at
// the start of b (2 to 4 %XX triplets) and returns it with the bytes it
// takes; n is 0 when b does not start with one.
func encodedRune(b []byte) (r rune, n int) {
	var buf [utf8.UTFMax]byte
	k := 0
	for k < utf8.UTFMax && len(b) >= 3*(k+1) && b[3*k] == '%' {
		hi, ok1 := unhex(b[3*k+1])
		lo, ok2 := unhex(b[3*k+2])
		if !ok1 || !ok2 {
			break
		}
		buf[k] = hi<<4 | lo
		k++
		if utf8.FullRune(buf[:k]) {
			break
		}
	}
	if k < 2 {
		return 0, 0
	}
	r, size := utf8.DecodeRune(buf[:k])
	if r == utf8.RuneError || size != k || !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)) {
		return 0, 0
	}
	return r, 3 * k
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
