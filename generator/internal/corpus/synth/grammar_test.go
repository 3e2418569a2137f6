package synth

import "testing"

func TestInflection(t *testing.T) {
	for _, c := range []struct{ word, gen, loc string }{
		{"ভারত", "ভারতের", "ভারতে"},
		{"রাশিয়া", "রাশিয়ার", "রাশিয়ায়"},
		{"যুক্তরাষ্ট্র", "যুক্তরাষ্ট্রের", "যুক্তরাষ্ট্রে"},
		{"জার্মানি", "জার্মানির", "জার্মানিতে"},
		{"মেক্সিকো", "মেক্সিকোর", "মেক্সিকোতে"},
		{"টোকিও", "টোকিওর", "টোকিওতে"},
		{"মালে", "মালের", "মালেতে"},
		{"বেইজিং", "বেইজিংয়ের", "বেইজিংয়ে"},
		{"হ্যানয়", "হ্যানয়ের", "হ্যানয়ে"},
		{"পররাষ্ট্র মন্ত্রণালয়", "পররাষ্ট্র মন্ত্রণালয়ের", "পররাষ্ট্র মন্ত্রণালয়ে"},
		{"প্রধানমন্ত্রী", "প্রধানমন্ত্রীর", "প্রধানমন্ত্রীতে"},
		{"বিদ্যুৎ", "বিদ্যুতের", "বিদ্যুতে"},
	} {
		if got := genitive(c.word); got != c.gen {
			t.Errorf("genitive(%q) = %q, want %q", c.word, got, c.gen)
		}
		if got := locative(c.word); got != c.loc {
			t.Errorf("locative(%q) = %q, want %q", c.word, got, c.loc)
		}
	}
}

func TestDigits(t *testing.T) {
	for n, want := range map[int]string{0: "০", 7: "৭", 2026: "২০২৬", 9999: "৯৯৯৯"} {
		if got := digits(n); got != want {
			t.Errorf("digits(%d) = %q, want %q", n, got, want)
		}
	}
}
