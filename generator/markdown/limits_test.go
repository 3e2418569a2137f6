package markdown

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/sarakhon/digest/generator/diag"
)

// repeat returns unit repeated to about n bytes.
func repeat(unit string, n int) []byte {
	return []byte(strings.Repeat(unit, max(1, n/len(unit))))
}

// lines returns n bytes of lines made by line(i), i = 0, 1, 2…
func lines(n int, line func(i int) string) []byte {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(line(i))
	}
	return []byte(b.String())
}

// bombs are Markdown texts of about n bytes that cost goldmark time or
// memory out of proportion to n: the reports of issue 13 and cmark's
// pathological tests (test/pathological_tests.py). Render either renders
// them or stops at a limit; either way its work must grow like n.
var bombs = []struct {
	name string
	src  func(n int) []byte
}{
	{"table of 10 000 columns", func(n int) []byte {
		return []byte(strings.Repeat("|ক", n/6) + "\n" + strings.Repeat("|-", n/6) + "\n" + strings.Repeat("খ\n", n/12))
	}},
	{"table of 10 columns", func(n int) []byte {
		return append([]byte("|ক|খ|গ|ঘ|ঙ|চ|ছ|জ|ঝ|ঞ|\n|-|-|-|-|-|-|-|-|-|-|\n"), lines(n, func(int) string { return "ট\n" })...)
	}},
	{"[a](", func(n int) []byte { return repeat("[a](", n) }},
	{"[a](<", func(n int) []byte { return repeat("[a](< ", n) }},
	{"[a](<b", func(n int) []byte { return repeat("[a](<b", n) }},
	{"[a](b", func(n int) []byte { return repeat("[a](b", n) }},
	{"![a](", func(n int) []byte { return repeat("![a](", n) }},
	{"[a](b \"title", func(n int) []byte { return repeat("[a](b \"\n", n) }},
	{"[a][", func(n int) []byte { return repeat("[a][\n", n) }},
	{"[ (](", func(n int) []byte { return repeat("[ (](", n) }},
	{"[ a_", func(n int) []byte { return repeat("[ a_", n) }},
	{"nested brackets", func(n int) []byte {
		return []byte(strings.Repeat("[", n/2) + "a" + strings.Repeat("]", n/2))
	}},
	{"a]", func(n int) []byte { return repeat("a]", n) }},
	{"[a", func(n int) []byte { return repeat("[a", n) }},
	{"nested emphasis", func(n int) []byte {
		return []byte(strings.Repeat("*a **a ", n/14) + "b" + strings.Repeat(" a** a*", n/14))
	}},
	{"emphasis closers", func(n int) []byte { return repeat("a_ ", n) }},
	{"emphasis openers", func(n int) []byte { return repeat("_a ", n) }},
	{"mismatched emphasis", func(n int) []byte { return repeat("*a_ ", n) }},
	{"emphasis multiple of 3", func(n int) []byte { return append([]byte("a**b"), repeat("c* ", n)...) }},
	{"backticks", func(n int) []byte {
		return lines(n, func(i int) string { return "e" + strings.Repeat("`", i%200+1) })
	}},
	{"unclosed comments", func(n int) []byte { return append([]byte("</"), repeat("<!--", n)...) }},
	{"- on one line", func(n int) []byte { return append(repeat("- ", n), 'x') }},
	{"> on one line", func(n int) []byte { return append(repeat("> ", n), 'x') }},
	{"lists at the nesting limit", func(n int) []byte { return repeat(strings.Repeat("- ", maxMarkers)+"ক\n", n) }},
	{"quotes at the nesting limit", func(n int) []byte { return repeat(strings.Repeat(">", maxMarkers)+" ক\n", n) }},
	{"ordered lists at the nesting limit", func(n int) []byte { return repeat(strings.Repeat("1. ", maxMarkers)+"ক\n", n) }},
	{"lists nested by indentation", func(n int) []byte {
		return lines(n, func(i int) string { return strings.Repeat("  ", i%(maxIndent/2)) + "- ক\n" })
	}},
	{"reference definitions", func(n int) []byte {
		return lines(n, func(i int) string { return fmt.Sprintf("[a%d]: /u%d\n", i, i) })
	}},
	{"reference definitions then a long paragraph", func(n int) []byte {
		return append(lines(maxDefinitions*10, func(i int) string { return fmt.Sprintf("[a%d]: /\n", i%maxDefinitions) }), repeat("ক\n", n)...)
	}},
	{"a long reference used again and again", func(n int) []byte {
		return append([]byte("[a]: /"+strings.Repeat("x", 4000)+"\n\n"), repeat("[a] ", n)...)
	}},
	{"emphasis at the limit, paragraph after paragraph", func(n int) []byte {
		return repeat(strings.Repeat("*a_ ", maxDelimiters/2-1)+"\n\n", n)
	}},
	{"brackets at the limit, paragraph after paragraph", func(n int) []byte {
		return repeat(strings.Repeat("[", maxBrackets)+"a"+strings.Repeat("]", maxBrackets)+"\n\n", n)
	}},
	{"equal headings", func(n int) []byte { return repeat("# ক\n", n) }},
}

// TestBombsGrowLinearly checks that the memory Render allocates for each
// bomb grows like its size: four times the text may cost at most eight
// times the bytes (a quadratic cost is sixteen). Memory, unlike time,
// does not depend on the machine; BenchmarkBombs measures time.
func TestBombsGrowLinearly(t *testing.T) {
	r := New()
	allocated := func(src []byte) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, _ = r.Render(src)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	const n = 32 << 10
	for _, b := range bombs {
		t.Run(b.name, func(t *testing.T) {
			small, large := allocated(b.src(n)), allocated(b.src(4*n))
			if large > 8*small+1<<20 {
				t.Errorf("%d bytes allocated for %d bytes of Markdown, %d for %d", small, n, large, 4*n)
			}
		})
	}
}

// BenchmarkBombs renders each bomb at three sizes, each four times the
// last: linear work shows as ns/op and B/op four times the last.
func BenchmarkBombs(b *testing.B) {
	r := New()
	for _, bomb := range bombs {
		for _, n := range []int{16 << 10, 64 << 10, 256 << 10} {
			src := bomb.src(n)
			b.Run(fmt.Sprintf("%s/%dKiB", bomb.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = r.Render(src)
				}
			})
		}
	}
}

// TestLimits: Markdown past a limit is a diag.Error at the line to fix,
// in Bengali and English.
func TestLimits(t *testing.T) {
	wideTable := strings.Repeat("|ক", 1000) + "|\n" + strings.Repeat("|-", 1000) + "|\n" + strings.Repeat("খ\n", 300)
	var defs strings.Builder
	for i := range maxDefinitions + 1 {
		fmt.Fprintf(&defs, "[সূত্র%d]: https://example.org/%d\n", i, i)
	}
	for _, tc := range []struct {
		name, src string
		line      int
	}{
		// 1 000 header cells and 1 000 for the delimiter row, then
		// 1 000 per row: row 199 (line 201) passes 200 000.
		{"table of 1 000 columns × 300 rows", wideTable, 201},
		{"quotes 65 deep", "প্রথম অনুচ্ছেদ।\n\n" + strings.Repeat(">", maxMarkers+1) + " উদ্ধৃতি\n", 3},
		{"lists 65 deep on one line", strings.Repeat("- ", maxMarkers+1) + "x", 1},
		{"ordered lists 65 deep", strings.Repeat("1. ", maxMarkers+1) + "x", 1},
		{"alternating list markers", strings.Repeat("- * ", maxMarkers), 1},
		{"indented 300 columns", "ক\n" + strings.Repeat(" ", 300) + "- খ\n", 2},
		{"257 reference definitions", defs.String(), maxDefinitions + 1},
		{"129 runs of emphasis", "ক\n\n" + strings.Repeat("*a_ ", 64) + "\n" + strings.Repeat("~a ", 10), 4},
		{"129 brackets open", "ক\n" + strings.Repeat("[ক ", maxBrackets+1), 2},
		{"1 025 unclosed link targets", "ক\n\n" + strings.Repeat("[ক](খ\n", maxFailedLinks) + "[a](", maxFailedLinks + 3},
		{"a long reference used 3 000 times", "লেখা\n\n[a]: /" + strings.Repeat("x", 4000) + "\n\n" + strings.Repeat("[a] ", 3000), 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New().Render([]byte(tc.src))
			var d *diag.Error
			if !errors.As(err, &d) {
				t.Fatalf("Render: %v, want a *diag.Error", err)
			}
			if d.Line != tc.line || d.Bn == "" || d.Msg == "" {
				t.Errorf("line %d, Bn %q, Msg %q; want line %d and both messages", d.Line, d.Bn, d.Msg, tc.line)
			}
		})
	}
}

// TestWithinLimits: what comes close to a limit renders as before.
func TestWithinLimits(t *testing.T) {
	url := "https://example.org/" + strings.Repeat("ক", 1300) // 3 920 bytes
	for _, tc := range []struct{ name, src, want string }{
		{"a rule of 100 dashes", strings.Repeat("- ", 100) + "\n", "<hr>"},
		{"a rule in a quote", "> " + strings.Repeat("* ", 100) + "\n", "<hr>"},
		{"a long link", "[সূত্র](" + url + ")", `<a href="https://example.org/%E0%A6%95`},
		{"a link title on the next line", "[সূত্র](/u\n\"শিরোনাম\")", `title="শিরোনাম"`},
		{"a table of 100 000 cells", "|ক|খ|\n|-|-|\n" + strings.Repeat("|গ|ঘ|\n", 49_998), "<td>ঘ</td>"},
		{"1 024 unclosed link targets", strings.Repeat("[ক](খ ", maxFailedLinks), "[ক](খ"},
		{"256 reference definitions", strings.Repeat("[a]: /u\n", maxDefinitions) + "\n[a]", `<a href="/u">a</a>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := New().Render([]byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), tc.want) {
				t.Errorf("output lacks %q:\n%.300s", tc.want, out)
			}
		})
	}
}

// TestLinkWindow: a link target that runs on past linkWindow is text, and
// the ']' before it costs no more than the window.
func TestLinkWindow(t *testing.T) {
	src := "[সূত্র](https://example.org/" + strings.Repeat("x", linkWindow) + ")"
	out, err := New().Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), ">সূত্র</a>") || !strings.Contains(string(out), "[সূত্র](") {
		t.Errorf("a link past the window: %.200s", out)
	}
}
