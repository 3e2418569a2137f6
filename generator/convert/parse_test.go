package convert

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// describe prints an article one fact per line, for table tests:
//
//	kicker: kicker       (only when set, like dateline and caption)
//	title 1: headline    (title 0: … when derived)
//	dateline: ঢাকা, ৪ অক্টোবর (বাসস) :
//	caption: ছবি: সংগৃহীত
//	p 2: paragraph text  (a soft line break shows as ⏎)
//	h 3: heading text
//	l 4: ol 1: item | item   (ul for bullets)
//	tags 5: a, b
//	author: byline
func describe(a *Article) string {
	var b strings.Builder
	if a.Kicker != "" {
		fmt.Fprintf(&b, "kicker: %s\n", a.Kicker)
	}
	fmt.Fprintf(&b, "title %d: %s\n", a.TitleLine, a.Title)
	for _, f := range []struct{ name, v string }{{"dateline", a.Dateline}, {"caption", a.Caption}} {
		if f.v != "" {
			fmt.Fprintf(&b, "%s: %s\n", f.name, f.v)
		}
	}
	for _, blk := range a.Blocks {
		if blk.Kind == List {
			var items []string
			for _, it := range blk.Items {
				items = append(items, it.Text)
			}
			kind := "ul"
			if blk.Ordered {
				kind = fmt.Sprintf("ol %d", blk.Start)
			}
			fmt.Fprintf(&b, "l %d: %s: %s\n", blk.Line, kind, strings.Join(items, " | "))
			continue
		}
		fmt.Fprintf(&b, "%c %d: %s\n", blk.Kind.String()[0], blk.Line, strings.ReplaceAll(blk.Text, "\n", "⏎"))
	}
	if a.Tags != nil {
		fmt.Fprintf(&b, "tags %d: %s\n", a.TagLine, strings.Join(a.Tags, ", "))
	}
	if a.Author != "" {
		fmt.Fprintf(&b, "author: %s\n", a.Author)
	}
	return b.String()
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{
			"headline",
			"পুতিনের ভারত সফর\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে। আরও খবর আসছে।\n",
			`title 1: পুতিনের ভারত সফর
p 2: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে। আরও খবর আসছে।
`,
		}, {
			"question headline",
			"পুতিন কি ভারতে আসছেন?\nক্রেমলিন বলছে, প্রস্তুতি চলছে।",
			`title 1: পুতিন কি ভারতে আসছেন?
p 2: ক্রেমলিন বলছে, প্রস্তুতি চলছে।
`,
		}, {
			"derived title",
			"ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে। আরও খবর আসছে।\nদ্বিতীয় অনুচ্ছেদ।",
			`title 0: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে
p 1: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে। আরও খবর আসছে।
p 2: দ্বিতীয় অনুচ্ছেদ।
`,
		}, {
			"derived title of a question",
			"পুতিন কি ভারতে আসছেন? ক্রেমলিন বলছে, হ্যাঁ।",
			`title 0: পুতিন কি ভারতে আসছেন?
p 1: পুতিন কি ভারতে আসছেন? ক্রেমলিন বলছে, হ্যাঁ।
`,
		}, {
			"derived title keeps abbreviations",
			"প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস বলেন, নির্বাচন হবে. পরে আরও কথা।",
			`title 0: প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস বলেন, নির্বাচন হবে
p 1: প্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস বলেন, নির্বাচন হবে. পরে আরও কথা।
`,
		}, {
			"derived title from a quotation",
			"“আমরা প্রস্তুত।” পেসকভ মস্কোতে এ কথা বলেন।",
			`title 0: “আমরা প্রস্তুত”
p 1: “আমরা প্রস্তুত।” পেসকভ মস্কোতে এ কথা বলেন।
`,
		}, {
			"derived title skips empty sentences",
			"। — ভারত সফর হবে। তারপর।",
			`title 0: — ভারত সফর হবে
p 1: । — ভারত সফর হবে। তারপর।
`,
		}, {
			"one line",
			"ভারত সফর",
			`title 0: ভারত সফর
p 1: ভারত সফর
`,
		}, {
			"punctuation only",
			"।।।",
			`title 0: ।।।
p 1: ।।।
`,
		}, {
			"subheading with and without blank line",
			"প্রথম কথা।\nডিসেম্বরেই সফর\nদ্বিতীয় কথা।\n\nযুক্তরাষ্ট্রের চাপ, ভারতের অবস্থান\n\nতৃতীয় কথা।",
			`title 0: প্রথম কথা
p 1: প্রথম কথা।
h 2: ডিসেম্বরেই সফর
p 3: দ্বিতীয় কথা।
h 5: যুক্তরাষ্ট্রের চাপ, ভারতের অবস্থান
p 7: তৃতীয় কথা।
`,
		}, {
			"question subheading and final questions",
			"প্রথম কথা।\nপুতিন কি আসছেন?\nক্রেমলিন বলছে, হ্যাঁ।\nতাহলে কী হবে?\n#রাশিয়া\nসারাক্ষণ রিপোর্ট",
			`title 0: প্রথম কথা
p 1: প্রথম কথা।
h 2: পুতিন কি আসছেন?
p 3: ক্রেমলিন বলছে, হ্যাঁ।
p 4: তাহলে কী হবে?
tags 5: রাশিয়া
author: সারাক্ষণ রিপোর্ট
`,
		}, {
			"question at the end",
			"প্রথম কথা।\nতাহলে কী হবে?",
			`title 0: প্রথম কথা
p 1: প্রথম কথা।
p 2: তাহলে কী হবে?
`,
		}, {
			"not subheadings",
			"প্রথম কথা।\n“আমরা প্রস্তুত” বললেন পুতিন\nকথা।\nশেষে দাঁড়ি আছে।\nকথা।\n***\nকথা।\n" +
				strings.Repeat("ক", MaxHeadingRunes+1) + "\nকথা।\nদুটি ছোট লাইন\nপরপর\nকথা।",
			`title 0: প্রথম কথা
p 1: প্রথম কথা।
p 2: “আমরা প্রস্তুত” বললেন পুতিন
p 3: কথা।
p 4: শেষে দাঁড়ি আছে।
p 5: কথা।
p 6: ***
p 7: কথা।
p 8: ` + strings.Repeat("ক", MaxHeadingRunes+1) + `
p 9: কথা।
p 10: দুটি ছোট লাইন
h 11: পরপর
p 12: কথা।
`,
		}, {
			"subheading before a hashtag line",
			"প্রথম কথা।\nশেষ কথা\n#ভারত",
			`title 0: প্রথম কথা
p 1: প্রথম কথা।
p 2: শেষ কথা
tags 3: ভারত
`,
		}, {
			"hashtag line first, in the middle and twice",
			"#রাশিয়া #ভারত\nপ্রথম কথা।\n#পুতিন\nদ্বিতীয় কথা।\n#ভারত #মোদি",
			`title 0: প্রথম কথা
p 2: প্রথম কথা।
p 4: দ্বিতীয় কথা।
tags 1: রাশিয়া, ভারত, পুতিন, মোদি
`,
		}, {
			"#word inside a paragraph",
			"পুতিন #রাশিয়া থেকে আসছেন।\n#ভারত সফর নিয়ে কথা হবে।\n#ক্রেমলিন:\n#রাশিয়া #ভারত।",
			`title 0: পুতিন #রাশিয়া থেকে আসছেন
p 1: পুতিন #রাশিয়া থেকে আসছেন।
p 2: #ভারত সফর নিয়ে কথা হবে।
p 3: #ক্রেমলিন:
tags 4: রাশিয়া, ভারত
`,
		}, {
			"hashtags separated by commas",
			"কথা।\n#রাশিয়া, #ভারত,#পুতিন,",
			`title 0: কথা
p 1: কথা।
tags 2: রাশিয়া, ভারত, পুতিন
`,
		}, {
			"tags are Unicode words",
			"কথা।\n#সারাক্ষণ_রিপোর্ট #২০২৫ #BRICS #বিদ্যুৎ\u200cকেন্দ্র",
			`title 0: কথা
p 1: কথা।
tags 2: সারাক্ষণ_রিপোর্ট, ২০২৫, BRICS, বিদ্যুৎ` + "\u200c" + `কেন্দ্র
`,
		}, {
			"hashtags with a space after '#', doubled '#' and a lone '#' (issue 12, rule 7)",
			"কথা।\n# শিরোনাম\nকথা।\n##ভারত\nকথা।\n#\u200d",
			`title 0: কথা
p 1: কথা।
p 3: কথা।
p 5: কথা।
tags 2: শিরোনাম, ভারত
`,
		}, {
			"duplicate tags in two spellings",
			"কথা।\n#রাশিয়া #রা\u09DFিশ্যা #রা\u09AF\u09BCিশ্যা #বিদ্যুত্\u200dকেন্দ্র #বিদ্যুৎকেন্দ্র #BRICS #brics #রাশিয়া",
			`title 0: কথা
p 1: কথা।
tags 2: রাশিয়া, রা` + "\u09AF\u09BC" + `িশ্যা, বিদ্যুত্` + "\u200d" + `কেন্দ্র, BRICS
`,
		}, {
			"byline",
			"কথা।\n#ভারত\nসারাক্ষণ রিপোর্ট  ",
			`title 0: কথা
p 1: কথা।
tags 2: ভারত
author: সারাক্ষণ রিপোর্ট
`,
		}, {
			"a byline above the hashtag line (issue 12, rule 8)",
			"কথা।\nসারাক্ষণ রিপোর্ট\n#ভারত",
			`title 0: কথা
p 1: কথা।
tags 3: ভারত
author: সারাক্ষণ রিপোর্ট
`,
		}, {
			"final line with a danda is no byline",
			"কথা।\n#ভারত\nসারাক্ষণ রিপোর্ট।",
			`title 0: কথা
p 1: কথা।
p 3: সারাক্ষণ রিপোর্ট।
tags 2: ভারত
`,
		}, {
			"long final line is no byline",
			"কথা।\n" + strings.Repeat("খ", MaxBylineRunes+1),
			`title 0: কথা
p 1: কথা।
p 2: ` + strings.Repeat("খ", MaxBylineRunes+1) + `
`,
		}, {
			"a file is never only a byline",
			"#ভারত\nসারাক্ষণ রিপোর্ট",
			`title 0: সারাক্ষণ রিপোর্ট
p 2: সারাক্ষণ রিপোর্ট
tags 1: ভারত
`,
		}, {
			"headline and byline only",
			"পুতিনের ভারত সফর\nসারাক্ষণ রিপোর্ট",
			`title 0: পুতিনের ভারত সফর
p 1: পুতিনের ভারত সফর
author: সারাক্ষণ রিপোর্ট
`,
		}, {
			"headline before a subheading is the lead",
			"পুতিনের ভারত সফর\nডিসেম্বরেই সফর\nকথা।",
			`title 0: পুতিনের ভারত সফর
p 1: পুতিনের ভারত সফর
h 2: ডিসেম্বরেই সফর
p 3: কথা।
`,
		}, {
			"CRLF, CR, BOM and blank lines keep line numbers",
			"\xEF\xBB\xBF\r\nপুতিনের ভারত সফর\r\n\r\nকথা।\rউপশিরোনাম\r\n\u200b\r\nআরও কথা।  \t\r\n",
			`title 2: পুতিনের ভারত সফর
p 4: কথা।
h 5: উপশিরোনাম
p 7: আরও কথা।
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.name, []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(a); got != tt.want {
				t.Errorf("Parse(%q) =\n%s\nwant\n%s", tt.src, got, tt.want)
			}
			if a.Lead != a.Blocks[0].Text || a.Blocks[0].Kind != Paragraph {
				t.Errorf("Lead = %q, first block %v %q", a.Lead, a.Blocks[0].Kind, a.Blocks[0].Text)
			}
		})
	}
}

func TestParseUTF16(t *testing.T) {
	src := "পুতিনের ভারত সফর\r\nক্রেমলিন জানিয়েছে।\r\n#রাশিয়া\r\nসারাক্ষণ রিপোর্ট\r\n"
	want := `title 1: পুতিনের ভারত সফর
p 2: ক্রেমলিন জানিয়েছে।
tags 3: রাশিয়া
author: সারাক্ষণ রিপোর্ট
`
	for _, big := range []bool{false, true} {
		a, err := Parse("utf16.txt", utf16Bytes(src, big))
		if err != nil {
			t.Fatal(err)
		}
		if got := describe(a); got != want {
			t.Errorf("big endian %v: got\n%s\nwant\n%s", big, got, want)
		}
	}
}

func TestDerivedTitleIsCut(t *testing.T) {
	lead := "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট ভ্লাদিমির পুতিনের ভারত সফরের জন্য জোর প্রস্তুতি চলছে বলে মস্কোর কূটনৈতিক সূত্রগুলো সাংবাদিকদের জানিয়েছে। পরের কথা।"
	const want = "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট ভ্লাদিমির পুতিনের ভারত সফরের জন্য জোর প্রস্তুতি চলছে বলে…"
	if got := deriveTitle(lead); got != want {
		t.Errorf("deriveTitle = %q, want %q", got, want)
	}
	long := strings.Repeat("ক্ষ", 90) // no space to cut at: cut between clusters
	got := deriveTitle(long)
	if n := utf8.RuneCountInString(got); n > MaxTitleRunes || n == 0 || !strings.HasSuffix(got, "ক্ষ…") {
		t.Errorf("deriveTitle(%q) = %q (%d runes)", long, got, n)
	}
}
