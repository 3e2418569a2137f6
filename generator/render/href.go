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
// an encoded space, quote, ZWJ or bidi control stays encoded.
func rawHrefs(page []byte) []byte {
	const attr = `href="/`
	var out []byte
	done := 0 // page[:done] is already in out
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
			if out == nil {
				out = make([]byte, 0, len(page))
			}
			out = append(out, page[done:j]...)
			out = utf8.AppendRune(out, r)
			j += n
			done = j
		}
		i = end
	}
	if out == nil {
		return page
	}
	return append(out, page[done:]...)
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
