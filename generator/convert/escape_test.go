package convert

import (
	"slices"
	"testing"
)

// escapeTests hold texts that Markdown would read as syntax, with the
// minimal escaping expected. Every one must also render literally.
var escapeTests = []struct {
	kind Kind
	text string
	want string
}{
	// Plain Bengali text, and punctuation that is no syntax here.
	{Paragraph, "ভারত (এসসিও) সম্মেলনে যোগ দেবে। ৩.৫ শতাংশ!", "ভারত (এসসিও) সম্মেলনে যোগ দেবে। ৩.৫ শতাংশ!"},
	{Paragraph, "মোদি-পুতিন বৈঠক — ১০০% নিশ্চিত", "মোদি-পুতিন বৈঠক — ১০০% নিশ্চিত"},
	{Paragraph, "$৪০ থেকে $৫৫ আর a -- b --- c", "$৪০ থেকে $৫৫ আর a -- b --- c"},
	{Paragraph, "AT&T ও R&D; ক & খ", "AT&T ও R\\&D; ক & খ"}, // &D; is no entity, but looks like one
	{Paragraph, "x < y আর y > z", "x < y আর y > z"},
	{Paragraph, "২ * ৩ = ৬, ৫ ~ ৬", "২ * ৩ = ৬, ৫ ~ ৬"},
	{Paragraph, "snake_case_name আর কূট_নীতি", "snake_case_name আর কূট_নীতি"},
	{Paragraph, "[১] দেখুন, [টীকা] আর ![ছবি]", "\\[১] দেখুন, [টীকা] আর ![ছবি]"},
	{Paragraph, "| ক | খ |", "| ক | খ |"},
	{Paragraph, "===", "==="},
	{Paragraph, "১. প্রথম কথা", "১. প্রথম কথা"},
	{Paragraph, "C:\\Users\\ফাইল আর \\ক", "C:\\Users\\ফাইল আর \\ক"},
	{Paragraph, "#রাশিয়া নিয়ে কথা", "\\#রাশিয়া নিয়ে কথা"},
	{Paragraph, "ভারত #রাশিয়া", "ভারত #রাশিয়া"},

	// Block syntax at the start of a paragraph.
	{Paragraph, "# শিরোনাম", "\\# শিরোনাম"},
	{Paragraph, "> উদ্ধৃতি", "\\> উদ্ধৃতি"},
	{Paragraph, "- তালিকা", "\\- তালিকা"},
	{Paragraph, "-৫ ডিগ্রি", "-৫ ডিগ্রি"},
	{Paragraph, "+ যোগ", "\\+ যোগ"},
	{Paragraph, "* তারকা", "\\* তারকা"},
	{Paragraph, "-", "\\-"},
	{Paragraph, "1. প্রথম", "1\\. প্রথম"},
	{Paragraph, "2025) সালে", "2025\\) সালে"},
	{Paragraph, "2025. সালে", "2025\\. সালে"},
	{Paragraph, "1234567890. বড় সংখ্যা", "1234567890. বড় সংখ্যা"},
	{Paragraph, "1.5 শতাংশ", "1.5 শতাংশ"},
	{Paragraph, "---", "\\---"},
	{Paragraph, "- - -", "\\- - -"},
	{Paragraph, "_ _ _", "\\_ _ _"},
	{Paragraph, "***", "\\*\\*\\*"},
	{Paragraph, "[১]: https://example.com", "\\[১]: https\\://example.com"},
	{Paragraph, "<!-- মন্তব্য -->", "\\<!-- মন্তব্য -->"},
	{Paragraph, "<script>alert(1)</script>", "\\<script>alert(1)\\</script>"},
	{Paragraph, "```", "\\`\\`\\`"},
	{Paragraph, "~~~", "\\~\\~\\~"},

	// Inline syntax.
	{Paragraph, "`কোড` আর ``", "\\`কোড\\` আর \\`\\`"},
	{Paragraph, "*জোর* **আরও** _তির্যক_ __মোটা__", "\\*জোর\\* \\*\\*আরও\\*\\* \\_তির্যক\\_ \\_\\_মোটা\\_\\_"},
	{Paragraph, "ক*খ*গ ক_খ_গ", "ক\\*খ\\*গ ক_খ_গ"},
	{Paragraph, "~~কাটা~~ ~এক~", "\\~\\~কাটা\\~\\~ \\~এক\\~"},
	{Paragraph, "[লিংক](https://example.com) ![ছবি](x.png)", "\\[লিংক\\](https\\://example.com) ![ছবি\\](x.png)"},
	{Paragraph, "<https://example.com> <a@b.co> <b>", "\\<https\\://example.com> \\<a\\@b.co> \\<b>"},
	{Paragraph, "&amp; &copy; &#2453; &#x995; &AMP;", "\\&amp; \\&copy; \\&#2453; \\&#x995; \\&AMP;"},
	{Paragraph, "ক\\*খ আর শেষে \\", "ক\\\\\\*খ আর শেষে \\\\"},
	{Paragraph, "দেখুন www.example.com ও WWW.EXAMPLE.COM", "দেখুন www\\.example.com ও WWW\\.EXAMPLE.COM"},
	{Paragraph, "https://example.com/a_b?x=1 ftp://x.org HTTP://X.ORG", "https\\://example.com/a_b?x=1 ftp\\://x.org HTTP\\://X.ORG"},
	{Paragraph, "লিখুন info@example.com বা (a.b+c@x.co)", "লিখুন info\\@example.com বা (a.b+c\\@x.co)"},
	{Paragraph, "@সারাক্ষণ আর ক@খ", "@সারাক্ষণ আর ক@খ"},
	{Paragraph, "ক\tখ", "ক\tখ"},

	// Headings: no block syntax inside, but a closing '#' run and
	// heading attributes.
	{Heading, "- তালিকা নয়", "- তালিকা নয়"},
	{Heading, "#রাশিয়া ও ভারত", "#রাশিয়া ও ভারত"},
	{Heading, "সংখ্যা #", "সংখ্যা \\#"},
	{Heading, "সংখ্যা ###", "সংখ্যা \\###"},
	{Heading, "সংখ্যা#", "সংখ্যা#"},
	{Heading, "#", "\\#"},
	{Heading, "শিরোনাম {#id .class}", "শিরোনাম \\{#id .class}"},
	{Heading, "{ক} আর {খ}", "\\{ক} আর \\{খ}"},
	{Heading, "{ক} আর খ", "{ক} আর খ"},
	{Heading, "*জোর* আর `কোড`", "\\*জোর\\* আর \\`কোড\\`"},
}

func TestEscape(t *testing.T) {
	for _, tt := range escapeTests {
		if got := escape(tt.text, tt.kind); got != tt.want {
			t.Errorf("escape(%q, %v)\n got %q\nwant %q", tt.text, tt.kind, got, tt.want)
		}
	}
}

// TestEscapeRendersLiterally renders each escaped text, alone and inside
// a whole Body, and checks that the reader sees exactly the text typed.
func TestEscapeRendersLiterally(t *testing.T) {
	a := &Article{}
	for i, tt := range escapeTests {
		a.Blocks = append(a.Blocks, Block{Kind: tt.kind, Text: tt.text, Line: i + 1})
	}
	for _, r := range renderers {
		t.Run(r.name, func(t *testing.T) {
			for _, b := range a.Blocks {
				one := &Article{Blocks: []Block{b}}
				if got, want := render(t, r.md, one.Body()), blockPage(one.Blocks); !slices.Equal(got, want) {
					t.Errorf("%q renders as %v, want %v", one.Body(), got, want)
				}
			}
			got, want := render(t, r.md, a.Body()), blockPage(a.Blocks)
			if !slices.Equal(got, want) {
				t.Errorf("the whole body renders as\n%v\nwant\n%v", got, want)
			}
		})
	}
}
