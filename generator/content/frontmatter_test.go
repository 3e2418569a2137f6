package content

import (
	"slices"
	"strings"
	"testing"
	"time"
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

func TestParseFrontMatterErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"no front matter", "শুধু লেখা।\n", "a.md:1: no front matter"},
		{"unclosed", "---\ntitle: x\n", "a.md:1: front matter is not closed"},
		{"yaml syntax", "---\ntitle: x\ntags: [a\n---\n", "a.md:"},
		{"no title", "---\ndate: 2025-10-03\n---\nলেখা\n", "a.md:1: front matter has no title"},
		{"empty title", "---\ntitle: \"\"\n---\nলেখা\n", "a.md:2: title is empty"},
		{"bad date", "---\ntitle: x\ndate: ৩ অক্টোবর\n---\n", "a.md:3: date:"},
		{"draft type", "---\ntitle: x\ndraft: হ্যাঁ\n---\n", "a.md:3: draft must be true or false"},
		{"tags type", "---\ntitle: x\ntags: {a: b}\n---\n", "a.md:3: tags must be a list"},
		{"nested tag", "---\ntitle: x\ntags: [[a]]\n---\n", "a.md:3: each tag"},
		{"title type", "---\ntitle: [a, b]\n---\n", "a.md:2: title must be text"},
		{"duplicate key", "---\ntitle: x\ntitle: y\n---\n", "a.md:3: key \"title\" appears twice"},
		{"invalid UTF-8", "---\ntitle: \xff\n---\n", "a.md: byte 11"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Parse("a.md", []byte(tc.src), dhaka)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

func TestParseUnknownKeyWarns(t *testing.T) {
	_, warns, err := Parse("a.md", []byte("---\ntitle: x\nsubtitle: y\n---\n"), dhaka)
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Error(), "a.md:3: unknown front matter key \"subtitle\"") {
		t.Errorf("warnings %v", warns)
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
	git := map[string]time.Time{"desk/a.txt": time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC)}
	opts := Options{Location: dhaka, GitDates: git}
	d, w := FileDate("desk/2025-10-03-x.txt", mod, opts)
	if w != nil || !d.Equal(time.Date(2025, 10, 3, 0, 0, 0, 0, dhaka)) {
		t.Errorf("prefix: %v %v", d, w)
	}
	d, w = FileDate("desk/২০২৫-১০-১০-সফর.txt", mod, opts)
	if w != nil || !d.Equal(time.Date(2025, 10, 10, 0, 0, 0, 0, dhaka)) {
		t.Errorf("Bengali prefix: %v %v", d, w)
	}
	d, w = FileDate("desk/a.txt", mod, opts)
	if w != nil || !d.Equal(git["desk/a.txt"]) {
		t.Errorf("git: %v %v", d, w)
	}
	d, w = FileDate("desk/b.txt", mod, opts)
	if w == nil || !d.Equal(mod) {
		t.Errorf("mtime: %v %v, want a warning", d, w)
	}
}
