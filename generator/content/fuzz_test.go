package content

import (
	"errors"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/convert"

	"github.com/sarakhon/digest/generator/diag"
)

// FuzzParse checks, for any bytes: Parse never panics; it returns either
// an article with a title or an error whose every part is a *Error naming
// the file, with a line unless the bytes do not decode (convert.Decode). Seeds: below and testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: পুতিনের ভারত সফর\ndate: 2025-10-03\ntags: [রাশিয়া, ভারত]\n---\nএকটি অনুচ্ছেদ।\n",
		"---\ntitle: \"<script>alert(1)</script>\"\nauthor: '\" onload=x'\nsummary: javascript:alert(1)\n---\n<script>alert(1)</script>\n",
		"---\ntitle: a\ndate: nope\ndraft: maybe\ntags: {a: b}\nfoo: bar\n---\n",
		"---\ntitle: a\ntitle: b\n---\n",
		"---\n: :\n  - [\n---\n",
		"---\n",
		"no front matter",
		"",
		"\xff\xfe\x00-\x00-\x00-\x00\n\x00",
		"---\ntitle: &a [*a]\n---\n",
		"---\ntags: [../../etc, /abs, 'C:\\x', '%2e%2e']\ntitle: x\n---\n",
		"---\r\ntitle: crlf\r\n---\r\nbody\r\n",
		"---\ntitle: \x01\x02\n---\n",
	} {
		f.Add([]byte(s))
	}
	loc := time.FixedZone("BST", 6*3600)
	f.Fuzz(func(t *testing.T, src []byte) {
		a, _, err := Parse("fuzz.md", src, loc)
		if err == nil {
			if a == nil || a.Title == "" || a.Path != "fuzz.md" {
				t.Fatalf("no error but article %+v", a)
			}
			return
		}
		if a != nil {
			t.Fatalf("error %v with an article", err)
		}
		for _, e := range diag.Leaves(err) {
			ce, ok := errors.AsType[*Error](e)
			if !ok {
				t.Fatalf("error %T %v is not an *Error", e, e)
			}
			if ce.Path != "fuzz.md" {
				t.Fatalf("error %q lacks the file", e)
			}
			if _, _, derr := convert.Decode(src); ce.Line < 1 && derr == nil {
				t.Fatalf("error %q lacks the line", e)
			}
		}
	})
}

// leaves flattens errors.Join trees.
