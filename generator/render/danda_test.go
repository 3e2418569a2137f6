package render

import (
	"strings"
	"testing"
)

func TestTightenDanda(t *testing.T) {
	cases := []struct{ in, want string }{
		{"সফর চলছে।", "সফর চলছে।"},
		{"সফর চলছে ।", "সফর চলছে।"},
		{"সফর চলছে\n।", "সফর চলছে।"},
		{"সফর চলছে\u00A0।", "সফর চলছে।"},
		{"সফর চলছে&nbsp;।", "সফর চলছে।"},
		{"সফর <em>চলছে </em> ।", "সফর <em>চলছে</em>।"},
		{"সফর <a href=\"x\">চলছে</a>\n।", "সফর <a href=\"x\">চলছে</a>।"},
		{"শ্লোক  ॥ শেষ", "শ্লোক॥ শেষ"},
		{"সফর চলছে ৷ আবার ।", "সফর চলছে৷ আবার।"}, // ৷ U+09F7, issue 12
		{"এক ৷", "এক৷"},
		{"। শুরু", "। শুরু"},
		{"<p>এক।</p>\n<p>দুই।</p>", "<p>এক।</p>\n<p>দুই।</p>"},
		{"এক </em> </a> । দুই ॥", "এক</em></a>। দুই॥"},
		{"এক<br> ।", "এক<br>।"},
		{"a < ।", "a <।"},
		{"</1> ।", "</1>।"},
		{"কথা&nbsp;&nbsp; \u00A0।", "কথা।"},
		{" ।", "।"},
		{"\xe0\xa5", "\xe0\xa5"},
		{"এক \xe0\xa5", "এক \xe0\xa5"},
		{"ক्।", "ক्।"},
	}
	for _, c := range cases {
		if got := string(tightenDanda([]byte(c.in))); got != c.want {
			t.Errorf("tightenDanda(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzTightenDanda checks what tightenDanda may do to any page: remove
// white space and nothing else, leave no ASCII space right before a danda,
// and change nothing on a second run.
func FuzzTightenDanda(f *testing.F) {
	for _, s := range []string{"সফর <em>চলছে </em> ।", "কথা&nbsp;\u00A0॥", "</a\n ।", "<p>এক।</p>", "এক ৷ দুই ।"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := string(tightenDanda([]byte(in)))
		if again := string(tightenDanda([]byte(out))); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
		}
		if strings.Contains(out, " ।") || strings.Contains(out, " ॥") || strings.Contains(out, " ৷") {
			t.Fatalf("space left before a danda: %q -> %q", in, out)
		}
		if stripSpace(out) != stripSpace(in) {
			t.Fatalf("removed more than white space: %q -> %q", in, out)
		}
	})
}

func stripSpace(s string) string {
	return strings.NewReplacer(" ", "", "\t", "", "\n", "", "\r", "", "\f", "", "\u00A0", "", "&nbsp;", "").Replace(s)
}
