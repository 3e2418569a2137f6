package site

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sarakhon/digest/generator/content"
	"github.com/sarakhon/digest/generator/convert"
	"github.com/sarakhon/digest/generator/markdown"
)

// textLines makes a newsroom text file of n lines: a headline, then
// paragraphs with a subheading every tenth line, hashtags and a byline.
func textLines(n int) []byte {
	var b strings.Builder
	b.WriteString("বড় ফাইলের শিরোনাম\n")
	for i := 1; i < n-2; i++ {
		if i%10 == 5 {
			fmt.Fprintf(&b, "উপশিরোনাম %d\n", i)
			continue
		}
		fmt.Fprintf(&b, "অনুচ্ছেদ %d: রাশিয়া ও ভারতের কূটনৈতিক সম্পর্ক নিয়ে আলোচনা **চলছে** [লিংক](https://example.org/%d)।\n", i, i)
	}
	b.WriteString("#রাশিয়া #ভারত\nসারাক্ষণ রিপোর্ট\n")
	return []byte(b.String())
}

// markdownWithTags makes a Markdown article with n distinct tags, from
// number first on.
func markdownWithTags(first, n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: অনেক ট্যাগ %d\ndate: 2025-10-10\ntags:\n", first)
	for i := first; i < first+n; i++ {
		fmt.Fprintf(&b, "  - ট্যাগ%d\n", i)
	}
	b.WriteString("---\nলেখা।\n")
	return []byte(b.String())
}

// BenchmarkParseLines converts a text file of 1k, 10k and 100k lines and
// renders its body: time per line must stay flat (linear scaling).
func BenchmarkParseLines(b *testing.B) {
	md := markdown.New()
	for _, n := range []int{1_000, 10_000, 100_000} {
		src := textLines(n)
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				a, err := convert.Parse("big.txt", src)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := md.Render([]byte(a.Body())); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/line")
		})
	}
}

// BenchmarkParseMarkdownLines reads a Markdown article of 1k, 10k and 100k
// body lines through front matter and the renderer.
func BenchmarkParseMarkdownLines(b *testing.B) {
	md := markdown.New()
	for _, n := range []int{1_000, 10_000, 100_000} {
		body := string(textLines(n))
		src := []byte("---\ntitle: বড়\ndate: 2025-10-10\n---\n" + strings.ReplaceAll(body, "\n", "\n\n"))
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				a, _, err := content.Parse("big.md", src, time.UTC)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := md.Render([]byte(a.Body)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/line")
		})
	}
}

// BenchmarkBuildTags builds sites of 200, 2 000 and 20 000 tags, 20 to
// an article: a tag page and two feeds each, so time per tag must stay
// flat.
func BenchmarkBuildTags(b *testing.B) {
	for _, n := range []int{200, 2_000, 20_000} {
		src := source(b, "testdata/basic")
		fsys := fstest.MapFS{}
		for i := range n / 20 {
			fsys[fmt.Sprintf("2025-10-10-a%d.md", i)] = &fstest.MapFile{Data: markdownWithTags(i*20, 20)}
		}
		src.Content = fsys
		b.Run(fmt.Sprintf("tags=%d", n), func(b *testing.B) {
			for b.Loop() {
				stats, err := Build(src, Options{Now: buildNow}, discard{})
				if err != nil {
					b.Fatal(err)
				}
				if stats.Tags != n {
					b.Fatalf("%d tags, want %d", stats.Tags, n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/tag")
		})
	}
}

// TestLargeInputsAreBounded builds a 100 000-line file and an article
// with the most tags allowed (the benchmarks above show the scaling), and
// checks that 2 000 tags are refused by file and line.
func TestLargeInputsAreBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	src := source(t, "testdata/basic")
	src.Config.MaxFileSize = 64 << 20
	src.Content = fstest.MapFS{
		"2025-10-10-lines.txt": {Data: textLines(100_000)},
		"2025-10-11-tags.md":   {Data: markdownWithTags(0, content.MaxTags)},
	}
	start := time.Now()
	stats, err := Build(src, Options{Now: buildNow}, discard{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("100 000 lines and %d tags built in %s", content.MaxTags, time.Since(start))
	if stats.Articles != 2 || stats.Tags != content.MaxTags+2 {
		t.Errorf("stats %v, want 2 articles and %d tags", stats, content.MaxTags+2)
	}

	// 2 000 tags: a clear error naming the file and the tags line.
	src.Content = fstest.MapFS{"2025-10-11-tags.md": {Data: markdownWithTags(0, 2_000)}}
	_, err = Build(src, Options{Now: buildNow}, discard{})
	if err == nil || !strings.HasPrefix(err.Error(), "2025-10-11-tags.md:5: ") || !strings.Contains(err.Error(), "2000 hashtags, more than the limit of 100") {
		t.Errorf("2 000 tags: error %v", err)
	}
}

func TestMaxFileSize(t *testing.T) {
	dir := writeSite(t, nil)
	big := filepath.Join(dir, "content", "2025-10-12-huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// 50 MB, sparse: the build must refuse it from its size alone.
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out := filepath.Join(dir, "public")
	_, err = build(t, source(t, dir), Options{}, out)
	if err == nil {
		t.Fatal("a 50 MB file passed the default max_file_size")
	}
	for _, want := range []string{"2025-10-12-huge.txt", "52428800 bytes", "max_file_size (4194304)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("output written despite the error")
	}
}
