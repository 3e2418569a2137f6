package bangla

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNFC(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"already NFC", "রাশিয়া", "রাশিয়া"},
		{"precomposed ya with nukta", "রাশি\u09DFা", "রাশি\u09AF\u09BCা"},
		{"precomposed rra", "বা\u09DCি", "বা\u09A1\u09BCি"},
		{"precomposed rha", "আষা\u09DD", "আষা\u09A2\u09BC"},
		{"e + aa composes to o", "ক\u09C7\u09BEন", "ক\u09CBন"},
		{"e + au length mark composes to au", "ক\u09C7\u09D7শল", "ক\u09CCশল"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NFC(tt.in); got != tt.want {
				t.Errorf("NFC(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTagKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "ভারত", "ভারত"},
		{"hash sign dropped", "#কূটনীতি", "কূটনীতি"},
		{"every leading hash sign dropped", "##ভারত", "ভারত"},
		{"ya with nukta precomposed U+09DF", "#রাশি\u09DFা", "রাশিয়া"},
		{"ya with nukta decomposed U+09AF U+09BC", "#রাশি\u09AF\u09BCা", "রাশিয়া"},
		{"old khanda ta at word end", "বিদ্যু\u09A4\u09CD\u200D", "বিদ্যুৎ"},
		{"old khanda ta inside a word", "উ\u09A4\u09CD\u200Dসব", "উৎসব"},
		{"khanda ta U+09CE kept", "উৎসব", "উৎসব"},
		{"ZWJ in ya-phala dropped", "র\u200D\u09CDযাব", "র্যাব"},
		{"ZWNJ dropped", "ক\u09CD\u200Cষমতা", "ক্ষমতা"},
		{"ZWJ between letters dropped", "ভা\u200Dরত", "ভারত"},
		{"e + aa composed", "মো\u09C7\u09BE", "মোো"},
		{"Latin case folded", "#BRICS", "brics"},
		{"mixed scripts", "#SCO_সম্মেলন", "sco_সম্মেলন"},
		{"empty", "", ""},
		{"only hash signs", "###", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TagKey(tt.in)
			if got != tt.want {
				t.Errorf("TagKey(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
			if again := TagKey(got); again != got {
				t.Errorf("TagKey(%+q) = %+q, not idempotent", got, again)
			}
		})
	}
}

func TestTagKeyDistinct(t *testing.T) {
	// Spellings that look alike but are different words or letters.
	pairs := [][2]string{
		{"ত্", "ৎ"},          // ta with a visible hasanta is not khanda ta
		{"কি", "কী"},         // short and long i
		{"বড়", "বড"},        // with and without nukta
		{"ভারত", "ভারত২০২৬"}, // a digit is part of the tag
	}
	for _, p := range pairs {
		if TagKey(p[0]) == TagKey(p[1]) {
			t.Errorf("TagKey(%+q) == TagKey(%+q) == %+q, want distinct", p[0], p[1], TagKey(p[0]))
		}
	}
}

func TestIsTagRune(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'ক', true},
		{'ি', true},      // vowel sign i, a spacing mark
		{'ু', true},      // vowel sign u, a non-spacing mark
		{Virama, true},   // hasanta
		{'\u09BC', true}, // nukta
		{'ৎ', true},
		{'৫', true},
		{'7', true},
		{'_', true},
		{'a', true},
		{ZWJ, true},
		{ZWNJ, true},
		{Danda, false},
		{'॥', false},
		{'#', false},
		{'-', false},
		{'—', false},
		{' ', false},
		{'৳', false}, // taka sign is a currency symbol
	}
	for _, tt := range tests {
		if got := IsTagRune(tt.r); got != tt.want {
			t.Errorf("IsTagRune(%q) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestTrimEndPunct(t *testing.T) {
	tests := []struct{ in, want string }{
		{"চুক্তি সই হয়েছে।", "চুক্তি সই হয়েছে"},
		{"স্তোত্র॥", "স্তোত্র"},
		{"মোদি ও পুতিন, ", "মোদি ও পুতিন"},
		{"সফর শুরু হওয়ার কয়েক মাস আগে—", "সফর শুরু হওয়ার কয়েক মাস আগে"},
		{"বিষয়: ", "বিষয়"},
		{"মোদি-", "মোদি"},
		{"কী হবে?", "কী হবে?"},
		{"“আমরা প্রস্তুত।”", "“আমরা প্রস্তুত।”"},
		{"।।", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := TrimEndPunct(tt.in); got != tt.want {
			t.Errorf("TrimEndPunct(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAfterTitle(t *testing.T) {
	const title = "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট ভ্লাদিমির পুতিনের ভারত সফরের জন্য জোর প্রস্তুতি চলছে"
	const second = "রাশিয়ান কর্মকর্তারা আশা করছেন, এই সফর হবে ফলপ্রসূ ও তাৎপর্যপূর্ণ।"
	tests := []struct{ name, summary, title, want string }{
		{"the seed: the title is the lead's first sentence", title + "। " + second, title, second},
		{"the summary is the title's sentence alone", title + "।", title, ""},
		{"the summary is the title without its danda", title, title, ""},
		{"a danda of U+09F7 and a line break", title + "৷\n" + second, title, second},
		{"a question: the title keeps its ?", "কী হবে? " + second, "কী হবে?", second},
		{"an exclamation without a space after it", "যুদ্ধ থামল!" + second, "যুদ্ধ থামল!", "যুদ্ধ থামল!" + second},
		{"a headline the lead does not start with", second, "পুতিন আসছেন ডিসেম্বরে", second},
		{"the title is only the start of the first sentence", "চুক্তি সই হয়েছে। " + second, "চুক্তি সই", "চুক্তি সই হয়েছে। " + second},
		{"a title cut with … by the converter", title + "। " + second, "রাশিয়ার ক্রেমলিন জানিয়েছে…", title + "। " + second},
		{"no danda or space after the title", title + "ই। " + second, title, title + "ই। " + second},
		{"no title", second, "", second},
		{"no summary", "", title, ""},
	}
	for _, tt := range tests {
		if got := AfterTitle(tt.summary, tt.title); got != tt.want {
			t.Errorf("%s: AfterTitle(%q, %q) = %q, want %q", tt.name, tt.summary, tt.title, got, tt.want)
		}
	}
}

const lead = "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট ভ্লাদিমির পুতিনের ভারত সফরের জন্য জোর প্রস্তুতি চলছে।"

func TestTruncate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
		cut  bool
	}{
		{"fits", "ভারত সফর", 8, "ভারত সফর", false},
		{"fits after trimming spaces", "  ভারত সফর\n", 8, "ভারত সফর", false},
		{"cut at a space", "ভারত সফর শুরু", 10, "ভারত সফর", true},
		{"space right after the limit", "ভারত সফর শুরু", 8, "ভারত সফর", true},
		{"comma trimmed after the cut", lead, 30, "রাশিয়ার ক্রেমলিন জানিয়েছে", true},
		{"lead to a title", lead, 60, "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে", true},
		{"no-break space joins a number and its unit", "খরচ ৪০\u00A0ডলার", 8, "খরচ", true},
		{"one word: conjunct স্ত not split", "প্রস্তুতি", 6, "প্র", true},
		{"one word: never between a letter and its vowel sign", "কোথায়", 1, "", true},
		{"one word: o vowel stays with its letter", "কোথায়", 2, "কো", true},
		{"one word: conjunct kept whole", "ক্ষমতা", 4, "ক্ষম", true},
		{"one word: conjunct not split after hasanta", "ক্ষমতা", 2, "", true},
		{"zero", "ভারত", 0, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := Truncate(tt.in, tt.max)
			if got != tt.want || cut != tt.cut {
				t.Errorf("Truncate(%q, %d) = %q, %v; want %q, %v", tt.in, tt.max, got, cut, tt.want, tt.cut)
			}
		})
	}
}

// TestTruncateGraphemes cuts real text at every length and checks that no
// cut falls inside a grapheme cluster.
func TestTruncateGraphemes(t *testing.T) {
	texts := []string{
		lead,
		"পারমাণবিকবিদ্যুৎকেন্দ্রেরস্পেসিফিকেশন",
		"যুক্তরাষ্ট্রেরদৃঢ়অবস্থান",
		"র\u200D\u09CDযাবেরক\u09CD\u200Cষমতা",
		"উ\u09A4\u09CD\u200Dসবেরশুভেচ্ছা",
		"ক্\u200Cষ ক্ ষ ক্—খ",
	}
	for _, text := range texts {
		for max := range utf8.RuneCountInString(text) + 2 {
			got, cut := Truncate(text, max)
			if n := utf8.RuneCountInString(got); n > max {
				t.Errorf("Truncate(%q, %d) = %q has %d runes", text, max, got, n)
			}
			if !strings.HasPrefix(text, got) {
				t.Fatalf("Truncate(%q, %d) = %q is not a prefix", text, max, got)
			}
			if cut != (got != text) {
				t.Errorf("Truncate(%q, %d) reports cut = %v for %q", text, max, cut, got)
			}
			if got == "" || !cut {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(got)
			next, _ := utf8.DecodeRuneInString(text[len(got):])
			if unicode.IsMark(next) || next == ZWJ || next == ZWNJ {
				t.Errorf("Truncate(%q, %d) = %q cuts before %+q", text, max, got, next)
			}
			if last == ZWJ || last == Virama && unicode.IsLetter(next) {
				t.Errorf("Truncate(%q, %d) = %q cuts a conjunct before %+q", text, max, got, next)
			}
		}
	}
}

// TestNFCFastPath checks that the fast check never accepts a string that
// NFC would change, on Bengali edge cases and on every pair of runes from
// the Bengali block and its neighbours.
func TestNFCFastPath(t *testing.T) {
	cases := []string{
		"", "ascii only", "ঢাকা-দিল্লি বৈঠক।", "কো", "\u09C7\u09BE", "\u09C7\u09D7",
		"য়", "\u09DF", "\u09DC", "\u09AF\u09BC", "ক\u09CD\u09BC", "ক\u09BC\u09CD",
		"e\u0301", "\u2000", "\xff", "ত\u09CD\u200D", "“উদ্ধৃতি” — …",
		// Past 30 signs in a row norm inserts U+034F (found by the Bijoy
		// converter's fuzzer): the fast path must not call it NFC.
		strings.Repeat("\u09CD\u09D7", 15) + "\u09CD\u09AC", "ক" + strings.Repeat("\u09BE", 31),
	}
	var runes []rune
	for r := rune(0x0970); r <= 0x0A05; r++ {
		runes = append(runes, r)
	}
	runes = append(runes, 'a', ' ', ZWJ, ZWNJ, 0x2013, 0x2026, 0x0301, 0x2000)
	for _, a := range runes {
		for _, b := range runes {
			cases = append(cases, string([]rune{a, b}), string([]rune{'\u0995', a, b}))
		}
	}
	marks := []rune{'\u0995', '\u0981', '\u09BC', '\u09BE', '\u09C1', '\u09C7', '\u09CB', '\u09CD', '\u09D7', ZWJ}
	for _, a := range marks {
		for _, b := range marks {
			for _, c := range marks {
				cases = append(cases, string([]rune{a, b, c}))
			}
		}
	}
	for _, s := range cases {
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%+q) = %+q, want %+q", s, got, want)
		}
	}
}
