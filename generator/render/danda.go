package render

import "bytes"

// tightenDanda removes the white space an editor may type before a danda
// (। or ॥, or ৷ U+09F7, which several outlets type as the danda), also
// across closing tags, as in "কথা </em> ।" → "কথা</em>।".
// Bengali sets the danda close to its word like a full stop; a space
// before it also lets the browser start a line with it. White space is
// ASCII space, tab, newline, CR, form feed, U+00A0 and &nbsp;.
//
// It runs on every page, so it scans bytes instead of using a regular
// expression (which took most of a large build's time), and returns page
// itself when there is nothing to remove.
func tightenDanda(page []byte) []byte {
	var out []byte
	changed := false
	done := 0 // page[:done] is already in out
	alt := -2 // offset of the next ৷ at or after i; -2: not looked for yet
	for i := 0; ; {
		k := bytes.Index(page[i:], []byte("\xe0\xa5"))
		if k >= 0 {
			k += i
		}
		if alt != -1 && alt < i {
			if alt = bytes.Index(page[i:], []byte("\xe0\xa7\xb7")); alt >= 0 {
				alt += i
			}
		}
		if alt >= 0 && (k < 0 || alt < k) {
			k = alt
		}
		if k < 0 {
			break
		}
		i = k
		if !isDanda(page[i:]) {
			i += 2
			continue
		}
		start, spaced := spaceBefore(page[done:i])
		if spaced {
			start += done
			out = append(out, page[done:start]...)
			out = appendTags(out, page[start:i])
			done, changed = i, true
		}
		i += 3
	}
	if !changed {
		return page
	}
	return append(out, page[done:]...)
}

// spaceBefore returns where the run of white space and closing tags at the
// end of b starts, and whether the run holds any white space.
func spaceBefore(b []byte) (start int, spaced bool) {
	j := len(b)
	for j > 0 {
		switch {
		case isSpace(b[j-1]):
			j--
		case j >= 2 && b[j-2] == 0xc2 && b[j-1] == 0xa0:
			j -= 2
		case bytes.HasSuffix(b[:j], []byte("&nbsp;")):
			j -= len("&nbsp;")
		case b[j-1] == '>':
			lt := closingTagStart(b[:j])
			if lt < 0 {
				return j, spaced
			}
			j = lt
			continue
		default:
			return j, spaced
		}
		spaced = true
	}
	return j, spaced
}

// closingTagStart returns the index of the '<' of the closing tag </name>
// that b ends with, or -1.
func closingTagStart(b []byte) int {
	lt := bytes.LastIndexByte(b, '<')
	if lt < 0 || lt+3 >= len(b) || b[lt+1] != '/' || !isLetter(b[lt+2]) {
		return -1
	}
	for _, c := range b[lt+3 : len(b)-1] {
		if !isLetter(c) && (c < '0' || c > '9') {
			return -1
		}
	}
	return lt
}

// appendTags appends the closing tags of run, dropping its white space.
func appendTags(out, run []byte) []byte {
	for len(run) > 0 {
		if run[0] == '<' {
			gt := bytes.IndexByte(run, '>')
			out = append(out, run[:gt+1]...)
			run = run[gt+1:]
			continue
		}
		switch {
		case run[0] == 0xc2:
			run = run[2:]
		case run[0] == '&':
			run = run[len("&nbsp;"):]
		default:
			run = run[1:]
		}
	}
	return out
}

// isDanda reports whether b starts with ।, ॥ or ৷ in UTF-8.
func isDanda(b []byte) bool {
	return len(b) >= 3 && (b[1] == 0xa5 && (b[2] == 0xa4 || b[2] == 0xa5) || b[1] == 0xa7 && b[2] == 0xb7)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
