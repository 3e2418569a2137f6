package bijoy

import (
	"slices"
	"testing"
)

func TestFix(t *testing.T) {
	tests := []struct {
		name, in, want    string
		converted, unsure []int
	}{
		{"title and paragraph", "evsjv‡`k miKvi\nXvKvq cÖavbgš¿xi mv‡_ ˆeVK K‡i‡Qb ciivóªgš¿x|\n",
			"বাংলাদেশ সরকার\nঢাকায় প্রধানমন্ত্রীর সাথে বৈঠক করেছেন পররাষ্ট্রমন্ত্রী।\n", []int{1, 2}, nil},
		{"pure ASCII Bijoy", "Avgiv XvKvq Avi fviZ Pxb mdi Kiv",
			"আমরা ঢাকায় আর ভারত চীন সফর করা", []int{1}, nil},
		{"one word in a Bijoy file", "XvKv\nXvKvq cÖavbgš¿xi mv‡_ ˆeVK K‡i‡Qb ciivóªgš¿x|",
			"ঢাকা\nঢাকায় প্রধানমন্ত্রীর সাথে বৈঠক করেছেন পররাষ্ট্রমন্ত্রী।", []int{1, 2}, nil},
		{"mixed file", "ঢাকায় বৈঠক হয়েছে।\nXvKvq cÖavbgš¿xi mv‡_ ˆeVK K‡i‡Qb ciivóªgš¿x|\nSCO summit in Tianjin.",
			"ঢাকায় বৈঠক হয়েছে।\nঢাকায় প্রধানমন্ত্রীর সাথে বৈঠক করেছেন পররাষ্ট্রমন্ত্রী।\nSCO summit in Tianjin.", []int{2}, nil},
		{"front matter", "---\ntitle: evsjv‡`k miKvi\ntags:\n  - K~UbxwZ\n---\n",
			"---\ntitle: বাংলাদেশ সরকার\ntags:\n  - কূটনীতি\n---\n", []int{2, 4}, nil},
		{"hashtags and byline", "XvKvq cÖavbgš¿xi mv‡_ ˆeVK K‡i‡Qb ciivóªgš¿x|\n#K~UbxwZ #evsjv‡`k\niwdKzj Bmjvg",
			"ঢাকায় প্রধানমন্ত্রীর সাথে বৈঠক করেছেন পররাষ্ট্রমন্ত্রী।\n#কূটনীতি #বাংলাদেশ\nরফিকুল ইসলাম", []int{1, 2, 3}, nil},
		{"address kept", "we¯—vwiZ Rvb‡Z †`Lyb https://example.org/a_b ev wjLyb info@example.org wVKvbvq|",
			"বিস্তারিত জানতে দেখুন https://example.org/a_b বা লিখুন info@example.org ঠিকানায়।", []int{1}, nil},
		{"pasted into a Unicode line", "মন্ত্রী বলেন evsjv‡`k miKvi K‡i‡Qb",
			"মন্ত্রী বলেন evsjv‡`k miKvi K‡i‡Qb", nil, []int{1}},
		{"English", "Foreign Minister said “talks went well” — © 2026 Reuters",
			"Foreign Minister said “talks went well” — © 2026 Reuters", nil, nil},
		{"CRLF", "evsjv‡`k miKvi\r\nXvKvq ˆeVK K‡i‡Qb|\r\n", "বাংলাদেশ সরকার\r\nঢাকায় বৈঠক করেছেন।\r\n", []int{1, 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Fix(tt.in)
			if r.Text != tt.want {
				t.Errorf("Text:\n got %q\nwant %q", r.Text, tt.want)
			}
			if !slices.Equal(r.Converted, tt.converted) || !slices.Equal(r.Unsure, tt.unsure) {
				t.Errorf("Converted %v, Unsure %v; want %v, %v", r.Converted, r.Unsure, tt.converted, tt.unsure)
			}
		})
	}
}
