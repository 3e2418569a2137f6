package render

import "testing"

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
		{"। শুরু", "। শুরু"},
		{"<p>এক।</p>\n<p>দুই।</p>", "<p>এক।</p>\n<p>দুই।</p>"},
	}
	for _, c := range cases {
		if got := string(tightenDanda([]byte(c.in))); got != c.want {
			t.Errorf("tightenDanda(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
