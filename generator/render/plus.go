package render

import "bytes"

// plainPlus writes '+' where html/template wrote the reference &#43;: its
// escaper encodes every plus sign of an attribute value or text, such as
// the time zone of each <time datetime="2026-11-25T10:47:00&#43;06:00">,
// 4 bytes more each and up to twenty times on a list page. Outside raw
// text the reference and the character mean the same, so script and
// style elements (written in lower case, as templates and html/template
// write them) are left as they are. It returns page itself when there is
// nothing to change.
func plainPlus(page []byte) []byte {
	ref := []byte("&#43;")
	if !bytes.Contains(page, ref) {
		return page
	}
	out := make([]byte, 0, len(page))
	for {
		end, closing := len(page), []byte(nil)
		for _, raw := range [...]struct{ open, close string }{{"<script", "</script"}, {"<style", "</style"}} {
			if i := bytes.Index(page[:end], []byte(raw.open)); i >= 0 {
				end, closing = i, []byte(raw.close)
			}
		}
		for part := page[:end]; len(part) > 0; {
			i := bytes.Index(part, ref)
			if i < 0 {
				out = append(out, part...)
				break
			}
			out = append(append(out, part[:i]...), '+')
			part = part[i+len(ref):]
		}
		if closing == nil {
			return out
		}
		j := bytes.Index(page[end:], closing)
		if j < 0 {
			return append(out, page[end:]...)
		}
		j += end + len(closing)
		out = append(out, page[end:j]...)
		page = page[j:]
	}
}
