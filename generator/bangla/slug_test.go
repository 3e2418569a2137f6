package bangla

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkSlug reports every way slug breaks the promises of Slug for input in.
func checkSlug(t *testing.T, in, slug string) {
	t.Helper()
	switch {
	case slug == "":
		t.Errorf("Slug(%+q) is empty", in)
	case len(slug) > MaxSlugBytes:
		t.Errorf("Slug(%+q) = %+q has %d bytes, more than %d", in, slug, len(slug), MaxSlugBytes)
	case !utf8.ValidString(slug):
		t.Errorf("Slug(%+q) = %+q is not UTF-8", in, slug)
	case !norm.NFC.IsNormalString(slug):
		t.Errorf("Slug(%+q) = %+q is not NFC", in, slug)
	case strings.ContainsAny(slug, "/\\.\x00"):
		t.Errorf("Slug(%+q) = %+q holds '/', '\\', '.' or NUL", in, slug)
	case strings.ContainsFunc(slug, unicode.IsControl):
		t.Errorf("Slug(%+q) = %+q holds a control character", in, slug)
	case strings.HasPrefix(slug, "-") || strings.HasSuffix(slug, "-") || strings.Contains(slug, "--"):
		t.Errorf("Slug(%+q) = %+q has a stray '-'", in, slug)
	case strings.ContainsFunc(slug, func(r rune) bool { return r != '-' && !isWordRune(r) }):
		t.Errorf("Slug(%+q) = %+q holds a rune other than a word rune or '-'", in, slug)
	}
	if first, _ := utf8.DecodeRuneInString(slug); unicode.IsMark(first) {
		t.Errorf("Slug(%+q) = %+q starts with a mark", in, slug)
	}
	if again := Slug(slug); again != slug {
		t.Errorf("Slug(%+q) = %+q, but Slug of that is %+q", in, slug, again)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"words joined", "ডিসেম্বরেই পুতিনের সফরের সম্ভাবনা", "ডিসেম্বরেই-পুতিনের-সফরের-সম্ভাবনা"},
		{"hyphen kept once", "রাশিয়া-ভারত সহযোগিতা", "রাশিয়া-ভারত-সহযোগিতা"},
		{"conjuncts", "ক্ষমতা ও স্বার্থ", "ক্ষমতা-ও-স্বার্থ"},
		{"reph and ya-phala", "কর্মকর্তারা আন্তর্জাতিক", "কর্মকর্তারা-আন্তর্জাতিক"},
		{"nukta precomposed", "বা\u09DCি আষা\u09DD", "বা\u09A1\u09BCি-আষা\u09A2\u09BC"},
		{"nukta decomposed", "বা\u09A1\u09BCি আষা\u09A2\u09BC", "বা\u09A1\u09BCি-আষা\u09A2\u09BC"},
		{"ZWJ dropped", "র\u200D\u09CDযাব", "র্যাব"},
		{"ZWNJ dropped", "ক\u09CD\u200Cষমতা", "ক্ষমতা"},
		{"old khanda ta", "বিদ্যু\u09A4\u09CD\u200Dকেন্দ্র", "বিদ্যুৎকেন্দ্র"},
		{"danda", "চুক্তি সই। ঢাকা", "চুক্তি-সই-ঢাকা"},
		{"double danda at the end", "স্তোত্র॥", "স্তোত্র"},
		{"em dash and comma", "মোদি—পুতিন, ভারত", "মোদি-পুতিন-ভারত"},
		{"quotes and question mark", "“কী হবে?”", "কী-হবে"},
		{"Bengali digits kept", "২০২৬ সালের বাজেট", "২০২৬-সালের-বাজেট"},
		{"Latin lower-cased", "এসসিও (SCO) Summit", "এসসিও-sco-summit"},
		{"underscore kept", "#জ্বালানি_বাণিজ্য", "জ্বালানি_বাণিজ্য"},
		{"taka sign", "৳৫০০ কোটি", "৫০০-কোটি"},
		{"orphan vowel sign at the start", "ি শুরু", "শুরু"},
		{"orphan vowel sign after a space", "মোদি ি পুতিন", "মোদি-পুতিন"},
		{"orphan nukta after a hyphen", "বড-\u09BCকথা", "বড-কথা"},
		{"parent directories", "../../etc/passwd", "etc-passwd"},
		{"absolute path", "/abs", "abs"},
		{"Windows path", `C:\x`, "c-x"},
		{"percent-encoded dots", "%2e%2e%2f", "2e-2e-2f"},
		{"control characters and NUL", "\x00ভারত\tসফর\r\n\x7f", "ভারত-সফর"},
		{"invalid UTF-8", "ভারত\xffসফর", "ভারত-সফর"},
		// Emoji never show in a slug (issue 12, pattern 9).
		{"flags", "পুতিনের ভারত সফর 🇷🇺🇮🇳", "পুতিনের-ভারত-সফর"},
		{"emoji with a variation selector", "ভারত ❤️ রাশিয়া", "ভারত-রাশিয়া"},
		{"keycap", "1️⃣ নম্বর", "1-নম্বর"},
		{"skin tone and ZWJ sequence", "👍🏽 👨\u200d👩\u200d👧 পরিবার", "পরিবার"},
		{"variation selector after a letter", "ক\uFE0Fখ", "কখ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Slug(tt.in)
			if got != tt.want {
				t.Errorf("Slug(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
			checkSlug(t, tt.in, got)
		})
	}
}

func TestSlugWithoutWords(t *testing.T) {
	for _, in := range []string{"", "।", "...", "#", "—", "\u09BF", "../", "\x00"} {
		got := Slug(in)
		if !strings.HasPrefix(got, "x-") || len(got) != len("x-")+hashLen {
			t.Errorf("Slug(%+q) = %+q, want x- and a hash", in, got)
		}
		checkSlug(t, in, got)
	}
	if Slug("।") == Slug("—") {
		t.Errorf("Slug(%q) == Slug(%q): different keys should not share a slug", "।", "—")
	}
}

func TestSlugLong(t *testing.T) {
	words := strings.Repeat("আন্তর্জাতিকসম্পর্ক পারমাণবিকবিদ্যুৎকেন্দ্র ", 10)
	tests := []struct{ name, in string }{
		{"many words", words},
		{"one long word", strings.Repeat("পারমাণবিকবিদ্যুৎকেন্দ্র", 10)},
		{"conjunct at the cut", strings.Repeat("ক্ষ", 100)},
		{"Latin", strings.Repeat("a", 300)},
		{"same beginning, other end", words + "চীন"},
	}
	seen := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Slug(tt.in)
			checkSlug(t, tt.in, got)
			head, hash, ok := cutLast(got, "-")
			if !ok || len(hash) != hashLen {
				t.Fatalf("Slug(long) = %+q does not end with a hash", got)
			}
			full := slugWords(tt.in)
			if !strings.HasPrefix(full, head) {
				t.Fatalf("Slug(long) = %+q does not start with the text", got)
			}
			if next, _ := utf8.DecodeRuneInString(full[len(head):]); unicode.IsMark(next) {
				t.Errorf("Slug(long) = %+q cuts before %+q", got, next)
			}
			if other, ok := seen[got]; ok {
				t.Errorf("Slug(%q) == Slug(%q)", tt.in, other)
			}
			seen[got] = tt.in
		})
	}
}

// slugWords is the slug of a text before it is bounded: what Slug keeps of
// it for a short text.
func slugWords(s string) string {
	var words []string
	for w := range strings.FieldsFuncSeq(TagKey(s), func(r rune) bool { return !isWordRune(r) }) {
		words = append(words, w)
	}
	return strings.Join(words, "-")
}

func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func TestSlugOneHugeCluster(t *testing.T) {
	in := "ক" + strings.Repeat("\u09BC", 100) // one grapheme cluster of 303 bytes
	got := Slug(in)
	if !strings.HasPrefix(got, "x-") {
		t.Errorf("Slug(%+q) = %+q, want x- and a hash", in, got)
	}
	checkSlug(t, in, got)
	if id := HeadingID(in); id != "heading" {
		t.Errorf("HeadingID(%+q) = %+q, want heading", in, id)
	}
}

func TestSlugIsAFunctionOfTagKey(t *testing.T) {
	same := [][]string{
		{"#রাশি\u09DFা", "রাশি\u09AF\u09BCা", "##রাশিয়া"},
		{"বিদ্যু\u09A4\u09CD\u200Dকেন্দ্র", "বিদ্যুৎকেন্দ্র"},
		{"ক\u09CD\u200Cষমতা", "ক্ষমতা", "ক্\u200Dষমতা"},
		{"BRICS", "brics", "Brics"},
		{strings.Repeat("রাশি\u09DFা ", 40), strings.Repeat("রাশি\u09AF\u09BCা ", 40)},
	}
	for _, group := range same {
		want := Slug(group[0])
		for _, s := range group[1:] {
			if got := Slug(s); got != want {
				t.Errorf("Slug(%+q) = %+q, Slug(%+q) = %+q: want equal", group[0], want, s, got)
			}
		}
	}
}

func TestHeadingID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ডিসেম্বরেই পুতিনের সফরের সম্ভাবনা", "ডিসেম্বরেই-পুতিনের-সফরের-সম্ভাবনা"},
		{"যুক্তরাষ্ট্রের চাপ, ভারতের দৃঢ় অবস্থান", "যুক্তরাষ্ট্রের-চাপ-ভারতের-দৃঢ়-অবস্থান"},
		{"ইউক্রেন যুদ্ধের পর প্রথম ভারত সফর", "ইউক্রেন-যুদ্ধের-পর-প্রথম-ভারত-সফর"},
		{"মোদি-পুতিনের সাম্প্রতিক যোগাযোগ", "মোদি-পুতিনের-সাম্প্রতিক-যোগাযোগ"},
		{"নতুন পারমাণবিক প্রকল্পে রাশিয়া-ভারত সহযোগিতা", "নতুন-পারমাণবিক-প্রকল্পে-রাশিয়া-ভারত-সহযোগিতা"},
		{"২০২৬: কী ঘটল?", "২০২৬-কী-ঘটল"},
		{"#১ অগ্রাধিকার", "১-অগ্রাধিকার"},
		{"—", "heading"},
		{"", "heading"},
	}
	for _, tt := range tests {
		if got := HeadingID(tt.in); got != tt.want {
			t.Errorf("HeadingID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIDs(t *testing.T) {
	var ids IDs // the zero value is ready to use
	ids.Put("সূচি")
	steps := []struct{ text, want string }{
		{"ভারত", "ভারত"},
		{"ভারত", "ভারত-1"},
		{"ভারত ১", "ভারত-১"},
		{"ভারত-1", "ভারত-1-1"},
		{"ভারত।", "ভারত-2"},
		{"সূচি", "সূচি-1"},
		{"—", "heading"},
		{"", "heading-1"},
	}
	for _, s := range steps {
		if got := ids.Generate(s.text); got != s.want {
			t.Errorf("Generate(%q) = %q, want %q", s.text, got, s.want)
		}
	}
}

// TestIDsManyEqualHeadings: the n-th equal heading costs no more than
// the first; it used to try "-1" to "-(n-1)" first, a quadratic cost
// for a document of equal headings.
func TestIDsManyEqualHeadings(t *testing.T) {
	var ids IDs
	for range 2000 {
		ids.Generate("ভারত")
	}
	if n := testing.AllocsPerRun(10, func() { ids.Generate("ভারত") }); n > 10 {
		t.Errorf("Generate allocates %.0f times after 2 000 equal headings, want a few", n)
	}
}

var fuzzSeeds = []string{
	"",
	"#রাশি\u09DFা",
	"রাশি\u09AF\u09BCা",
	"বিদ্যু\u09A4\u09CD\u200Dকেন্দ্র",
	"ক\u09CD\u200Cষমতা",
	"র\u200D\u09CDযাব",
	"চুক্তি সই। ঢাকা॥",
	"মোদি ি পুতিন",
	"../../etc/passwd",
	"/abs",
	`C:\x`,
	"%2e%2e%2f",
	"\x00\x01\x7f",
	"ভারত\xffসফর",
	"ক\u09C7\u09BE \u09C7\u09D7",
	"ক" + strings.Repeat("\u09BC", 100),
	strings.Repeat("আন্তর্জাতিকসম্পর্ক ", 12),
	"##" + strings.Repeat("a", 200),
	"\u200D#x",
	"İSTANBUL ǅ Σ",
}

func FuzzTagKey(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key := TagKey(s)
		if !utf8.ValidString(key) || !norm.NFC.IsNormalString(key) {
			t.Fatalf("TagKey(%+q) = %+q is not NFC UTF-8", s, key)
		}
		if strings.HasPrefix(key, "#") || strings.ContainsAny(key, "\u200C\u200D") {
			t.Fatalf("TagKey(%+q) = %+q keeps '#', ZWJ or ZWNJ", s, key)
		}
		if again := TagKey(key); again != key {
			t.Fatalf("TagKey(%+q) = %+q, but TagKey of that is %+q", s, key, again)
		}
		if !utf8.ValidString(s) {
			return // normal forms are defined for text only
		}
		for _, form := range []norm.Form{norm.NFC, norm.NFD} {
			if other := TagKey(form.String(s)); other != key {
				t.Fatalf("TagKey(%+q) = %+q, but the canonically equivalent %+q gives %+q", s, key, form.String(s), other)
			}
		}
	})
}

func FuzzSlug(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slug(s)
		checkSlug(t, s, slug)
		if other := Slug(TagKey(s)); other != slug {
			t.Fatalf("Slug(%+q) = %+q, but Slug(TagKey) = %+q", s, slug, other)
		}
		if id := HeadingID(s); id != slug && id != "heading" {
			t.Fatalf("HeadingID(%+q) = %+q, Slug = %+q", s, id, slug)
		}
	})
}
