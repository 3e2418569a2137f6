package content

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sarakhon/digest/generator/diag"
)

var dhaka, _ = time.LoadLocation("Asia/Dhaka")

func TestParseFrontMatter(t *testing.T) {
	src := "---\n" +
		"title: \"পুতিনের ভারত সফর\"\n" +
		"date: 2025-10-03\n" +
		"updated: 2025-10-04T08:00:00+06:00\n" +
		"tags: [রাশিয়া, \"#ভারত\", রাশি\u09dfা]\n" +
		"author: সারাক্ষণ রিপোর্ট\n" +
		"summary: সফরের প্রস্তুতি চলছে।\n" +
		"slug: putin-india\n" +
		"draft: false\n" +
		"---\n" +
		"প্রথম অনুচ্ছেদ।\n"
	a, warns, err := Parse("a.md", []byte(src), dhaka)
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	if a.Title != "পুতিনের ভারত সফর" || a.Author != "সারাক্ষণ রিপোর্ট" || a.Slug != "putin-india" || a.Draft {
		t.Errorf("got %+v", a)
	}
	if want := time.Date(2025, 10, 3, 0, 0, 0, 0, dhaka); !a.Date.Equal(want) {
		t.Errorf("date %v, want %v", a.Date, want)
	}
	if !slices.Equal(a.Tags, []string{"রাশিয়া", "ভারত"}) {
		t.Errorf("tags %q: the two spellings of রাশিয়া are one tag", a.Tags)
	}
	if a.Body != "প্রথম অনুচ্ছেদ।\n" || a.BodyLine != 11 {
		t.Errorf("body %q at line %d", a.Body, a.BodyLine)
	}
}

// TestParseFrontMatterErrors gives each mistake an editor makes in front
// matter: the error names the line to fix and says, in Bengali and then
// in English, what to write.
func TestParseFrontMatterErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line      int
		bn, msg   string
	}{
		{"no front matter", "শুধু লেখা।\n", 1, "ফাইলটি --- লাইন দিয়ে শুরু হয়নি", "no front matter"},
		{"unclosed", "---\ntitle: x\n", 1, "ওপরের --- অংশ বন্ধ হয়নি", "front matter is not closed"},
		{"colon in the title", "---\ntitle: পুতিনের সফর: দিল্লিতে প্রস্তুতি\ndate: 2025-10-03\n---\n", 2,
			`title-এর লেখায় কোলন (:) আছে: পুরো লেখাটি উদ্ধৃতিচিহ্নে রাখুন: title: "পুতিনের সফর: দিল্লিতে প্রস্তুতি"`,
			"the value of title holds a colon (:): put the whole value in quotes"},
		{"colon after a quote", "---\ndate: 2025-10-03\ntitle: ল্যাভরভ বললেন: \"আলোচনা চলবে\"\n---\n", 3,
			`পুরো লেখাটি উদ্ধৃতিচিহ্নে রাখুন: title: 'ল্যাভরভ বললেন: "আলোচনা চলবে"'`, "holds a colon"},
		{"tags after #", "---\ntitle: x\ntags: #রাশিয়া #ভারত\n---\n", 3,
			"# ছাড়া লিখুন: tags: [রাশিয়া, ভারত]", "write tags: [রাশিয়া, ভারত]"},
		{"# in a [ ] list", "---\ntitle: x\ntags: [#রাশিয়া, #ভারত]\n---\n", 3,
			"tags-এর তালিকায় শব্দের আগে # দেবেন না (YAML # থেকে বাকিটা মন্তব্য ধরে): লিখুন tags: [রাশিয়া, ভারত]", "no # before the words"},
		{"# in a list item", "---\ntitle: x\ntags:\n  - #রাশিয়া\n---\n", 4,
			"তালিকার লাইনে # দিলে YAML লাইনটিকে মন্তব্য ধরে বাদ দেয়: # ছাড়া লিখুন:   - রাশিয়া", "so the item is empty"},
		{"title after #", "---\ntitle: #১ অংশীদার\n---\n", 2,
			`উদ্ধৃতিচিহ্নে রাখুন: title: "#১ অংশীদার"`, "so title is empty"},
		{"unclosed quote", "---\ntitle: \"পুতিনের সফর\ndate: 2025-10-03\ntags: [রাশিয়া]\n---\n", 2,
			`title-এর লেখা " দিয়ে শুরু হয়েছে কিন্তু শেষে " নেই: লাইনের শেষে " দিন`, "opens a quote"},
		{"quote inside", "---\ntitle: \"পুতিন\" বললেন\n---\n", 2,
			`পুরো লেখাটি অন্য উদ্ধৃতিচিহ্নে রাখুন: title: '"পুতিন" বললেন'`, "holds a quote"},
		{"tab", "---\ntitle: x\ntags:\n\t- রাশিয়া\n---\n", 4, "লাইনের শুরুতে ট্যাব আছে", "a tab at the start"},
		{"indented key", "---\ntitle: x\n  date: 2025-10-03\n---\n", 3, "date:-এর আগে ফাঁকা জায়গা আছে", "is indented"},
		{"no space after colon", "---\ntitle:পুতিন\ndate: 2025-10-03\n---\n", 2, "title:-এর পরে একটি স্পেস দিন: title: পুতিন", "put a space after title:"},
		{"only key without space", "---\ntitle:পুতিন\n---\n", 2, "title:-এর পরে একটি স্পেস দিন", "put a space"},
		{"unclosed list", "---\ntitle: x\ntags: [রাশিয়া, ভারত\ndate: 2025-10-03\n---\n", 3,
			"tags-এর তালিকা ] দিয়ে শেষ হয়নি", "not closed with ]"},
		{"list on the key's line", "---\ntitle: x\ntags: - রাশিয়া\n---\n", 3,
			"tags:-এর একই লাইনে - দিয়ে তালিকা লেখা যায় না", "a list cannot start with -"},
		{"list item without space", "---\ntitle: x\ntags:\n  -রাশিয়া\n  -ভারত\n---\n", 4,
			"- চিহ্নের পরে একটি স্পেস দিন", "put a space after each -"},
		{"other YAML", "---\ntitle: x\n@y: z\n---\n", 3, "key: value আকারে লিখুন", "front matter is not valid YAML"},
		{"no title", "---\ndate: 2025-10-03\n---\nলেখা\n", 1, "শিরোনাম নেই", "front matter has no title"},
		{"empty title", "---\ntitle: \"\"\n---\nলেখা\n", 2, "শিরোনাম ফাঁকা", "title is empty"},
		{"bad date", "---\ntitle: x\ndate: ৩ অক্টোবর\n---\n", 3, `date: "৩ অক্টোবর" তারিখ হিসেবে পড়া গেল না`, "date:"},
		{"draft type", "---\ntitle: x\ndraft: হ্যাঁ\n---\n", 3, "draft-এর মান true", "draft must be true or false"},
		{"tags type", "---\ntitle: x\ntags: {a: b}\n---\n", 3, "tags তালিকা হিসেবে লিখুন", "tags must be a list"},
		{"nested tag", "---\ntitle: x\ntags: [[a]]\n---\n", 3, "প্রতিটি হ্যাশট্যাগ একটি শব্দ হোক", "each tag"},
		{"title type", "---\ntitle: [a, b]\n---\n", 2, "title: এখানে এক লাইনের লেখা দিন", "title must be text"},
		{"placeholder of new", "---\ntitle: x\ndraft: false\n---\n" + Placeholder + "\n", 5,
			"এখানে এখনো নমুনা বাক্য", "the placeholder of new is still here"},
		{"duplicate key", "---\ntitle: x\ntitle: y\n---\n", 3, "title: দুবার লেখা আছে", "key \"title\" appears twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Parse("a.md", []byte(tc.src), dhaka)
			leaves := diag.Leaves(err)
			if len(leaves) != 1 {
				t.Fatalf("%d errors, want 1: %v", len(leaves), err)
			}
			var e *Error
			if !errors.As(leaves[0], &e) {
				t.Fatalf("%T: %v", leaves[0], leaves[0])
			}
			if e.Path != "a.md" || e.Line != tc.line || !strings.Contains(e.Bn, tc.bn) || !strings.Contains(e.Msg, tc.msg) {
				t.Errorf("got\n%v\nwant a.md:%d: …%s…\n    …%s…", e, tc.line, tc.bn, tc.msg)
			}
		})
	}
	// Encodings are convert's errors, with the path of the article.
	if _, _, err := Parse("a.md", []byte("---\ntitle: \xff\n---\n"), dhaka); err == nil || !strings.HasPrefix(err.Error(), "a.md") {
		t.Errorf("invalid UTF-8: %v", err)
	}
}

// TestParseFrontMatterWarnings: what YAML reads differently from what the
// editor meant, without an error, is said with the line to fix.
func TestParseFrontMatterWarnings(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line      int
		bn        string
		tags      []string
		title     string
	}{
		{"unknown key", "---\ntitle: x\nsubtitle: y\n---\n", 3, `অজানা কী "subtitle" বাদ দেওয়া হলো`, nil, "x"},
		{"# in the title", "---\ntitle: ভারত #১ অংশীদার\n---\n", 2,
			`title-এর লেখা " #"-এ কেটে গেছে (YAML এর পরের অংশকে মন্তব্য ধরে): পুরোটা চাইলে উদ্ধৃতিচিহ্নে রাখুন: title: "ভারত #১ অংশীদার"`, nil, "ভারত"},
		{"tags without brackets", "---\ntitle: x\ntags: রাশিয়া, ভারত\n---\n", 3,
			"tags [ ] ছাড়া লেখা: কমা ধরে ২টি হ্যাশট্যাগ পড়া হলো; লিখুন tags: [রাশিয়া, ভারত]", []string{"রাশিয়া", "ভারত"}, "x"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, warns, err := Parse("a.md", []byte(tc.src), dhaka)
			if err != nil {
				t.Fatal(err)
			}
			var e *Error
			if len(warns) != 1 || !errors.As(warns[0], &e) || e.Line != tc.line || !strings.Contains(e.Bn, tc.bn) || e.Msg == "" {
				t.Fatalf("warnings %v, want a.md:%d: …%s…", warns, tc.line, tc.bn)
			}
			if a.Title != tc.title || !slices.Equal(a.Tags, tc.tags) {
				t.Errorf("title %q, tags %q", a.Title, a.Tags)
			}
		})
	}
}

// TestPlaceholderInDraft: the article new starts is a draft, which may
// hold the placeholder while the editor writes.
func TestPlaceholderInDraft(t *testing.T) {
	a, _, err := Parse("a.md", []byte("---\ntitle: x\ndraft: true\n---\n"+Placeholder+"\n"), dhaka)
	if err != nil || !a.Draft {
		t.Errorf("draft with the placeholder: %v", err)
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"2025-10-03", time.Date(2025, 10, 3, 0, 0, 0, 0, dhaka)},
		{"2025-10-03 14:30", time.Date(2025, 10, 3, 14, 30, 0, 0, dhaka)},
		{"2025-10-03T14:30:00", time.Date(2025, 10, 3, 14, 30, 0, 0, dhaka)},
		{"2025-10-03T14:30:00Z", time.Date(2025, 10, 3, 14, 30, 0, 0, time.UTC)},
		{"2025-10-03T14:30:00+06:00", time.Date(2025, 10, 3, 14, 30, 0, 0, dhaka)},
		// Bengali digits (issue 12, pattern 10)
		{"২০২৫-১০-১২", time.Date(2025, 10, 12, 0, 0, 0, 0, dhaka)},
		{"২০২৫-১০-১২ ১৪:৩০", time.Date(2025, 10, 12, 14, 30, 0, 0, dhaka)},
		{"২০২৫-১০-১২T১৪:৩০:০০+০৬:০০", time.Date(2025, 10, 12, 14, 30, 0, 0, dhaka)},
	} {
		got, err := ParseDate(tc.in, dhaka)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	if _, err := ParseDate("২০২৫-১৩-০৩", dhaka); err == nil {
		t.Error("month ১৩ accepted")
	}
}

// TestParseNewsroomKeys reads the keys that text files of real newsrooms
// need (issue 12): kicker, dateline, caption, and a date in Bengali digits.
func TestParseNewsroomKeys(t *testing.T) {
	src := "---\n" +
		"title: ঢাকা-বেইজিং সম্পর্কে নতুন অধ্যায়\n" +
		"kicker: কূটনীতি\n" +
		"date: ২০২৫-১০-১২\n" +
		"dateline: 'ঢাকা, ১২ অক্টোবর (বাসস) :'\n" +
		"caption: 'ছবি: পিআইডি'\n" +
		"---\n" +
		"লেখা।\n"
	a, warns, err := Parse("a.md", []byte(src), dhaka)
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	if a.Kicker != "কূটনীতি" || a.Dateline != "ঢাকা, ১২ অক্টোবর (বাসস) :" || a.Caption != "ছবি: পিআইডি" {
		t.Errorf("kicker %q, dateline %q, caption %q", a.Kicker, a.Dateline, a.Caption)
	}
	if want := time.Date(2025, 10, 12, 0, 0, 0, 0, dhaka); !a.Date.Equal(want) {
		t.Errorf("date %v, want %v", a.Date, want)
	}
}

func TestFileDate(t *testing.T) {
	mod := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	git := map[string]time.Time{
		"desk/a.txt":            time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC),
		"desk/2025-10-03-c.txt": time.Date(2025, 10, 3, 4, 30, 0, 0, time.UTC), // 10:30 in Dhaka
		"desk/2025-10-03-d.txt": time.Date(2025, 10, 2, 20, 0, 0, 0, time.UTC), // 02:00 on the 3rd in Dhaka
		"desk/2025-10-03-e.txt": time.Date(2025, 10, 5, 9, 0, 0, 0, time.UTC),  // committed two days later
	}
	opts := Options{Location: dhaka, GitDates: git}
	for _, tc := range []struct {
		path string
		want time.Time
		warn bool
	}{
		{"desk/2025-10-03-x.txt", time.Date(2025, 10, 3, 12, 0, 0, 0, dhaka), false},
		{"desk/২০২৫-১০-১০-সফর.txt", time.Date(2025, 10, 10, 12, 0, 0, 0, dhaka), false},
		{"desk/2025-10-03-c.txt", git["desk/2025-10-03-c.txt"], false},
		{"desk/2025-10-03-d.txt", git["desk/2025-10-03-d.txt"], false},
		{"desk/2025-10-03-e.txt", time.Date(2025, 10, 3, 12, 0, 0, 0, dhaka), false},
		{"desk/a.txt", git["desk/a.txt"], false},
		{"desk/b.txt", mod, true},
	} {
		d, w := FileDate(tc.path, mod, opts)
		if !d.Equal(tc.want) || (w != nil) != tc.warn {
			t.Errorf("%s: %v, warning %v; want %v, warning %v", tc.path, d, w, tc.want, tc.warn)
		}
	}
	// Noon in Dhaka is the same day for a reader from UTC-6 (Chicago in
	// winter) to UTC+14; midnight was the day before anywhere west of
	// UTC+6.
	noon, _ := FileDate("2025-10-03-x.txt", mod, opts)
	for _, offset := range []int{-6, -5, 0, 1, 3, 6, 14} {
		if d := noon.In(time.FixedZone("", offset*3600)).Day(); d != 3 {
			t.Errorf("UTC%+d sees the %dth", offset, d)
		}
	}
}
