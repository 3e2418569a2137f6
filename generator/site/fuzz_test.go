package site

import (
	"path"
	"strings"
	"testing"
)

// FuzzAliasPath checks that an alias, whatever an editor or an attacker
// writes, becomes a page inside the output folder or is refused: no
// "..", no absolute path, no backslash, drive letter or control
// character, and the same path when cleaned.
func FuzzAliasPath(f *testing.F) {
	for _, s := range []string{
		"/পুরোনো-শিরোনাম/", "https://example.github.io/digest/%E0%A6%AA%E0%A7%81/", "2025/10/08/x.html",
		"/digest/পুরোনো/", "../../etc/passwd", `..\..\win`, "C:\\x", "%2e%2e/%2e%2e/", "/./a/", "//host/x", ".git/", "a/.ssh/",
	} {
		f.Add(s, "/digest/")
	}
	f.Fuzz(func(t *testing.T, raw, basePath string) {
		p, ok := aliasPath(raw, basePath)
		if !ok {
			return
		}
		if p == "" || strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\:\x00") {
			t.Fatalf("aliasPath(%q) = %q: not a relative path inside the site", raw, p)
		}
		if !strings.HasSuffix(p, "/") && path.Ext(p) != ".html" {
			t.Fatalf("aliasPath(%q) = %q: neither a folder nor an .html file", raw, p)
		}
		trimmed := strings.TrimSuffix(p, "/")
		if path.Clean(trimmed) != trimmed {
			t.Fatalf("aliasPath(%q) = %q: not clean", raw, p)
		}
		for _, seg := range strings.Split(trimmed, "/") {
			if seg == ".." || strings.HasPrefix(seg, ".") || strings.ContainsFunc(seg, notURLRune) {
				t.Fatalf("aliasPath(%q) = %q: segment %q", raw, p, seg)
			}
		}
	})
}
