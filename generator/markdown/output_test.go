package markdown

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	r := New()
	for _, tc := range []struct{ name, in, want, not string }{
		{"bengali heading id", "## ডিসেম্বরেই পুতিনের সফর\n", `<h2 id="ডিসেম্বরেই-পুতিনের-সফর">`, ""},
		{"repeated heading", "## সফর\n\n## সফর\n", `<h2 id="সফর-1">`, ""},
		{"raw html dropped", "লেখা <script>alert(1)</script>\n", "লেখা", "<script>"},
		{"html block dropped", "<div onclick=\"x()\">লেখা</div>\n", "", "onclick"},
		{"javascript link", "[ক্লিক](javascript:alert(1))\n", "<a href=\"\">", "javascript:"},
		{"no typographer", "\"উদ্ধৃতি\" -- আর ---\n", "&quot;উদ্ধৃতি&quot; -- আর ---", "“"},
		{"table", "| ক | খ |\n|---|---|\n| ১ | ২ |\n", "<table>", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := r.Render([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), tc.want) {
				t.Errorf("%q: output %q lacks %q", tc.in, out, tc.want)
			}
			if tc.not != "" && strings.Contains(string(out), tc.not) {
				t.Errorf("%q: output %q contains %q", tc.in, out, tc.not)
			}
		})
	}
}

// TestDeepNesting: quotes and lists nested past maxNesting (and up to
// the limit maxMarkers) keep their text and lose the extra levels, so
// that the HTML stays parseable.
func TestDeepNesting(t *testing.T) {
	r := New()
	var list strings.Builder
	for i := range 100 {
		list.WriteString(strings.Repeat("  ", i) + "- স্তর\n")
	}
	for _, tc := range []struct{ name, in, open string }{
		{"quotes", strings.Repeat(">", maxMarkers) + " গভীর উদ্ধৃতি।\n", "<blockquote>"},
		{"quotes with text on each level", strings.Repeat("> ", maxMarkers) + "শেষ।\n", "<blockquote>"},
		{"lists", list.String(), "<li>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := r.Render([]byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(string(out), tc.open); n == 0 || n > 2*maxNesting {
				t.Errorf("%d %s elements, want 1 to %d", n, tc.open, 2*maxNesting)
			}
			if msg := unsafeHTML(out); msg != "" {
				t.Errorf("%s", msg)
			}
			for _, w := range []string{"গভীর উদ্ধৃতি", "শেষ", "স্তর"} {
				if strings.Contains(tc.in, w) && !strings.Contains(string(out), w) {
					t.Errorf("text %q lost", w)
				}
			}
		})
	}
}
