package config

import (
	"errors"
	"testing"

	"github.com/sarakhon/digest/generator/diag"
)

// FuzzParse checks, for any bytes: Parse never panics; it returns a
// Config with the defaults filled in, or errors that are all *Error naming
// site.yaml and a line. Seeds: below and testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"title: সারাক্ষণ\nbaseURL: https://example.github.io/digest/\npaginate: 20\nfeed:\n  items: 50\n",
		"paginate: -1\nfeed:\n  items: -3\ntimezone: Mars/Base\ndigits: roman\n",
		"titel: typo\n",
		"baseURL: javascript:alert(1)\ncname: a/b\n",
		"permalink: :year/\n",
		"max_file_size: -1\n",
		"max_file_size: 99999999999999999999999\n",
		"title: [a\n",
		"- a\n- b\n",
		"title: \x01\n",
		"\xff\xfe",
		"title: a\ntitle: b\n",
		"feed: 3\n",
		"a: &a [*a, *a]\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("site.yaml", data)
		if err == nil {
			if c == nil || c.Location == nil || c.Base == nil || c.Paginate <= 0 || c.Feed.Items <= 0 || c.MaxFileSize == 0 {
				t.Fatalf("no error but config %+v", c)
			}
			return
		}
		for _, e := range diag.Leaves(err) {
			var ce *Error
			if !errors.As(e, &ce) {
				t.Fatalf("error %T %v is not a *config.Error", e, e)
			}
			if ce.Path != "site.yaml" || ce.Line < 1 {
				t.Fatalf("error %q lacks the file or the line", e)
			}
		}
	})
}
