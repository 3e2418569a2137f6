package convert

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestIntakeRules has a table per pattern of real newsroom files (issue
// 12, patterns 1–9; pattern 10, dates in Bengali digits, is tested in
// package content). Each case gives the article as describe prints it and
// the lines that the warnings name, in order.
func TestIntakeRules(t *testing.T) {
	type tc struct {
		name  string
		src   string
		want  string
		warns []int
	}
	rules := map[string][]tc{
		"1 header block": {
			{"headline, byline, lead",
				"পুতিনের ভারত সফর\nনিজস্ব প্রতিবেদক\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।",
				"title 1: পুতিনের ভারত সফর\np 3: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\nauthor: নিজস্ব প্রতিবেদক\n", []int{2}},
			{"headline, caption, lead: the headline is not the lead",
				"পুতিনের ভারত সফর\n(ছবি: পিআইডি)\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।",
				"title 1: পুতিনের ভারত সফর\ncaption: (ছবি: পিআইডি)\np 3: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\n", []int{2}},
			{"caption first, then headline",
				"ছবি: সংগৃহীত\nপুতিনের ভারত সফর\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।",
				"title 2: পুতিনের ভারত সফর\ncaption: ছবি: সংগৃহীত\np 3: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\n", []int{1}},
			{"kicker and headline",
				"কূটনীতি\nপুতিনের ভারত সফর\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।",
				"kicker: কূটনীতি\ntitle 2: পুতিনের ভারত সফর\np 3: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\n", []int{1}},
			{"headline, standfirst, byline with a date",
				"পুতিনের ভারত সফর\nসফরে জ্বালানি চুক্তি হতে পারে।\nডেস্ক রিপোর্ট | ০২ ফেব্রুয়ারি, ২০২৬\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।",
				"title 1: পুতিনের ভারত সফর\np 2: সফরে জ্বালানি চুক্তি হতে পারে।\np 4: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\nauthor: ডেস্ক রিপোর্ট\n", []int{3}},
			{"a long headline ending in '!'",
				"সীমান্তে হত্যা বন্ধে অবশেষে একমত ঢাকা ও দিল্লি, যৌথ টহল আর প্রাণঘাতী নয় এমন অস্ত্র ব্যবহারের সিদ্ধান্ত!\nসীমান্তে হত্যা শূন্যে নামিয়ে আনতে দুই বাহিনী যৌথ টহল বাড়াতে রাজি হয়েছে।",
				"title 1: সীমান্তে হত্যা বন্ধে অবশেষে একমত ঢাকা ও দিল্লি, যৌথ টহল আর প্রাণঘাতী নয় এমন অস্ত্র ব্যবহারের সিদ্ধান্ত!\np 2: সীমান্তে হত্যা শূন্যে নামিয়ে আনতে দুই বাহিনী যৌথ টহল বাড়াতে রাজি হয়েছে।\n", nil},
			{"a person's name under the headline",
				"বঙ্গোপসাগরে নতুন ভূরাজনীতি\nমো. রফিকুল ইসলাম\nবঙ্গোপসাগর ঘিরে বড় শক্তিগুলোর আগ্রহ বাড়ছে।",
				"title 1: বঙ্গোপসাগরে নতুন ভূরাজনীতি\np 3: বঙ্গোপসাগর ঘিরে বড় শক্তিগুলোর আগ্রহ বাড়ছে।\nauthor: মো. রফিকুল ইসলাম\n", []int{2}},
			{"a top byline wins over the last line, which stays",
				"পুতিনের ভারত সফর\nনিজস্ব প্রতিবেদক\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\nসারাক্ষণ রিপোর্ট",
				"title 1: পুতিনের ভারত সফর\np 3: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\np 4: সারাক্ষণ রিপোর্ট\nauthor: নিজস্ব প্রতিবেদক\n", []int{2, 4}},
			{"a date line with the time first is left out",
				"পুতিনের ভারত সফর\nপ্রকাশিত: ১২:৩০, অক্টোবর ৪, ২০২৫\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।",
				"title 1: পুতিনের ভারত সফর\np 3: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\n", []int{2}},
			{"a date line is left out",
				"পুতিনের ভারত সফর\nপ্রকাশ: ২ অক্টোবর ২০২৫, ১০:৩০\nক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।",
				"title 1: পুতিনের ভারত সফর\np 3: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\n", []int{2}},
		},
		"2 datelines": {
			{"in the lead",
				"ঢাকা, ৪ অক্টোবর (বাসস) : দুই দেশ নতুন প্রটোকল সই করেছে। পরে আরও কথা।",
				"title 0: দুই দেশ নতুন প্রটোকল সই করেছে\ndateline: ঢাকা, ৪ অক্টোবর (বাসস) :\np 1: দুই দেশ নতুন প্রটোকল সই করেছে। পরে আরও কথা।\n", []int{1, 1}},
			{"on its own line",
				"জাপোরিঝিয়া নিয়ে হুঁশিয়ারি\nমস্কো, ৫ অক্টোবর (রয়টার্স) :\nরাশিয়া বলেছে, হামলার কঠোর জবাব দেওয়া হবে।",
				"title 1: জাপোরিঝিয়া নিয়ে হুঁশিয়ারি\ndateline: মস্কো, ৫ অক্টোবর (রয়টার্স) :\np 3: রাশিয়া বলেছে, হামলার কঠোর জবাব দেওয়া হবে।\n", []int{2}},
			{"month before day, an agency and a dash",
				"ওয়াশিংটন, অক্টোবর ৪ (এপি) — যুক্তরাষ্ট্র নতুন শুল্ক ঘোষণা করেছে। আরও খবর আসছে।",
				"title 0: যুক্তরাষ্ট্র নতুন শুল্ক ঘোষণা করেছে\ndateline: ওয়াশিংটন, অক্টোবর ৪ (এপি) —\np 1: যুক্তরাষ্ট্র নতুন শুল্ক ঘোষণা করেছে। আরও খবর আসছে।\n", []int{1, 1}},
			{"a correspondent's dateline",
				"নিজস্ব সংবাদদাতা, যশোর॥ বেনাপোল দিয়ে রপ্তানি বেড়েছে। বন্দর এ তথ্য দিয়েছে।",
				"title 0: বেনাপোল দিয়ে রপ্তানি বেড়েছে\ndateline: নিজস্ব সংবাদদাতা, যশোর॥\np 1: বেনাপোল দিয়ে রপ্তানি বেড়েছে। বন্দর এ তথ্য দিয়েছে।\n", []int{1, 1}},
			{"a lead that is only a dateline",
				"মস্কো (রয়টার্স) :",
				"title 0: মস্কো (রয়টার্স)\np 1: মস্কো (রয়টার্স) :\n", []int{1, 1}},
			{"a colon after a name is no dateline",
				"পেসকভ বলেন: আমরা প্রস্তুত। আর কিছু নয়।",
				"title 0: পেসকভ বলেন: আমরা প্রস্তুত\np 1: পেসকভ বলেন: আমরা প্রস্তুত। আর কিছু নয়।\n", []int{1}},
		},
		"4 lists": {
			{"Bengali numbers",
				"প্রথম কথা।\n১. সীমান্তে টহল\n২. গঙ্গা চুক্তি\nশেষ কথা।",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\nl 2: ol 1: সীমান্তে টহল | গঙ্গা চুক্তি\np 4: শেষ কথা।\n", []int{1}},
			{"numbers with a danda, blank lines between, starting at ৩",
				"প্রথম কথা।\n৩। অনলাইনে নিবন্ধন\n\n৪। পরিচয় যাচাই",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\nl 2: ol 3: অনলাইনে নিবন্ধন | পরিচয় যাচাই\n", []int{1}},
			{"bullets of two kinds are one list",
				"প্রথম কথা।\n• বিদ্যুৎ\n- বাণিজ্য\n* শিক্ষা",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\nl 2: ul: বিদ্যুৎ | বাণিজ্য | শিক্ষা\n", []int{1}},
			{"letters keep their marks",
				"প্রথম কথা।\n(ক) বন্দি বিনিময়\n(খ) পর্যবেক্ষক দল",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\nl 2: ul: (ক) বন্দি বিনিময় | (খ) পর্যবেক্ষক দল\n", []int{1}},
			{"a single number is a paragraph",
				"প্রথম কথা।\n১. অগ্রাধিকার পাবে ওষুধ খাত।\nশেষ কথা।",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\np 2: ১. অগ্রাধিকার পাবে ওষুধ খাত।\np 3: শেষ কথা।\n", []int{1}},
			{"the last item is no subheading; a short line before a list is",
				"প্রথম কথা।\nতিন দাবি\n১. অর্থ ছাড়\n২. প্রযুক্তি\nদীর্ঘ একটি অনুচ্ছেদ যা তালিকার পরে আসে এবং উপশিরোনাম নয়, বরং সাধারণ লেখা।",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\nh 2: তিন দাবি\nl 3: ol 1: অর্থ ছাড় | প্রযুক্তি\np 5: দীর্ঘ একটি অনুচ্ছেদ যা তালিকার পরে আসে এবং উপশিরোনাম নয়, বরং সাধারণ লেখা।\n", []int{1}},
			{"the lead is never a list item",
				"১. প্রথম কথা।\n২. দ্বিতীয় কথা।",
				"title 0: ১. প্রথম কথা\np 1: ১. প্রথম কথা।\np 2: ২. দ্বিতীয় কথা।\n", []int{1}},
		},
		"5 soft breaks and invisible characters": {
			{"U+000B is a break inside the paragraph, not a subheading",
				"প্রথম কথা।\nনতুন নিয়ম\vনিয়োগকারীকে সরাসরি আবেদন করতে হবে।",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\np 2: নতুন নিয়ম⏎নিয়োগকারীকে সরাসরি আবেদন করতে হবে।\n", []int{1}},
			{"U+2028 too; empty parts go",
				"প্রথম কথা।\nঠিকানা:\u2028\u2028৩৪০ অ্যালবার্ট স্ট্রিট\u2028 ",
				"title 0: প্রথম কথা\np 1: প্রথম কথা।\np 2: ঠিকানা:⏎৩৪০ অ্যালবার্ট স্ট্রিট\n", []int{1}},
			{"invisible characters are removed with one warning",
				"পুতিনের\u200b ভারত সফর\nক্রেমলিন জানি\u00adয়েছে, প্রস্তুতি চলছে।\x07\uFEFF",
				"title 1: পুতিনের ভারত সফর\np 2: ক্রেমলিন জানিয়েছে, প্রস্তুতি চলছে।\n", []int{1}},
		},
		"6 the danda ৷": {
			{"ends a sentence, blocks a subheading and a byline",
				"প্রথম কথা৷ আরও কথা৷\nশেষে দাঁড়ি আছে৷\nকথা৷\nসারাক্ষণ রিপোর্ট৷",
				"title 0: প্রথম কথা\np 1: প্রথম কথা৷ আরও কথা৷\np 2: শেষে দাঁড়ি আছে৷\np 3: কথা৷\np 4: সারাক্ষণ রিপোর্ট৷\n", []int{1}},
		},
		"7 hashtag lines": {
			{"hyphen, trailing danda, space after '#', no space, full-width, lone '#'",
				"কথা।\n#বাংলাদেশ-ভারত\n#রাশিয়া #ভারত।\n# পুতিন\n#মোদি#কূটনীতি\n＃ব্রিকস # ＃জি২০",
				"title 0: কথা\np 1: কথা।\ntags 2: বাংলাদেশ-ভারত, রাশিয়া, ভারত, পুতিন, মোদি, কূটনীতি, ব্রিকস, জি২০\n", []int{1}},
			{"labels and commas",
				"কথা।\nহ্যাশট্যাগ: #রোহিঙ্গা, #মিয়ানমার\nট্যাগ: জাতিসংঘ, মানব অধিকার\nTags: ASEAN",
				"title 0: কথা\np 1: কথা।\ntags 2: রোহিঙ্গা, মিয়ানমার, জাতিসংঘ, মানব অধিকার, ASEAN\n", []int{1}},
			{"soft hyphen and zero-width space inside tags",
				"কথা।\n#সৌদি\u00adআরব #মধ্য\u200bপ্রাচ্য",
				"title 0: কথা\np 1: কথা।\ntags 2: সৌদিআরব, মধ্যপ্রাচ্য\n", []int{1, 2}},
			{"an unreadable hashtag line is a paragraph, never a byline",
				"কথা।\n#শ্রীলঙ্কা চীন সম্পর্ক #বন্দর",
				"title 0: কথা\np 1: কথা।\np 2: #শ্রীলঙ্কা চীন সম্পর্ক #বন্দর\n", []int{1, 2}},
			{"a line of only '#' is left out",
				"কথা।\n# #",
				"title 0: কথা\np 1: কথা।\n", []int{1, 2}},
			{"a #word in a sentence stays text",
				"কথা।\n#ভারত সফর নিয়ে কথা হবে।",
				"title 0: কথা\np 1: কথা।\np 2: #ভারত সফর নিয়ে কথা হবে।\n", []int{1}},
		},
		"8 bylines at the end": {
			{"above the hashtag line",
				"কথা।\nআন্তর্জাতিক ডেস্ক\n#আফগানিস্তান",
				"title 0: কথা\np 1: কথা।\ntags 3: আফগানিস্তান\nauthor: আন্তর্জাতিক ডেস্ক\n", []int{1}},
			{"বিস্তারিত আসছে stays a paragraph",
				"কথা।\nবিস্তারিত আসছে",
				"title 0: কথা\np 1: কথা।\np 2: বিস্তারিত আসছে\n", []int{1}},
			{"বিস্তারিত পরে stays a paragraph",
				"কথা।\nবিস্তারিত পরে\n#ভারত",
				"title 0: কথা\np 1: কথা।\np 2: বিস্তারিত পরে\ntags 3: ভারত\n", []int{1}},
		},
		"9 WhatsApp and Word marks": {
			{"around the headline and a subheading; inline marks stay",
				"*রাশিয়া-ভারত সম্পর্কে নতুন মোড়*\nদুই দেশ রুপিতে তেল বাণিজ্যের নতুন ব্যবস্থা চালু করেছে।\n_জ্বালানি চুক্তি_\nভারত প্রতিদিন *১০ লাখ ব্যারেল* তেল কিনবে।\n~সময়সূচি~\nপ্রথম চালান জানুয়ারিতে আসবে।",
				"title 1: রাশিয়া-ভারত সম্পর্কে নতুন মোড়\np 2: দুই দেশ রুপিতে তেল বাণিজ্যের নতুন ব্যবস্থা চালু করেছে।\nh 3: জ্বালানি চুক্তি\np 4: ভারত প্রতিদিন *১০ লাখ ব্যারেল* তেল কিনবে।\nh 5: সময়সূচি\np 6: প্রথম চালান জানুয়ারিতে আসবে।\n", nil},
			{"a bold sentence keeps its marks",
				"কথা।\n*গুরুত্বপূর্ণ: আজ ছুটি।*",
				"title 0: কথা\np 1: কথা।\np 2: *গুরুত্বপূর্ণ: আজ ছুটি।*\n", []int{1}},
			{"emoji stay in a title",
				"পুতিনের ভারত সফর 🇷🇺🇮🇳\nডিসেম্বরে দিল্লিতে শীর্ষ সম্মেলনে যোগ দেবেন পুতিন।",
				"title 1: পুতিনের ভারত সফর 🇷🇺🇮🇳\np 2: ডিসেম্বরে দিল্লিতে শীর্ষ সম্মেলনে যোগ দেবেন পুতিন।\n", nil},
		},
	}
	for rule, cases := range rules {
		for _, tt := range cases {
			t.Run(rule+"/"+tt.name, func(t *testing.T) {
				a, err := Parse("x.txt", []byte(tt.src))
				if err != nil {
					t.Fatal(err)
				}
				if got := describe(a); got != tt.want {
					t.Errorf("Parse(%q) =\n%s\nwant\n%s", tt.src, got, tt.want)
				}
				var lines []int
				var all strings.Builder
				for _, w := range a.Warnings {
					lines = append(lines, w.Line)
					fmt.Fprintln(&all, w)
				}
				if !slices.Equal(lines, tt.warns) {
					t.Errorf("warnings on lines %v, want %v:\n%s", lines, tt.warns, all.String())
				}
			})
		}
	}
}

// TestDerivedTitleCuts checks pattern 3: a long first sentence is cut at a
// clause or phrase boundary, never inside a name or a number, and the cut
// is marked.
func TestDerivedTitleCuts(t *testing.T) {
	tests := []struct{ lead, want string }{
		{ // at the comma, in the second half of the limit
			"সাংহাই সহযোগিতা সংস্থার শীর্ষ সম্মেলনে যোগ দিতে চীনের তিয়ানজিনে পৌঁছে ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদি বলেছেন, আঞ্চলিক নিরাপত্তা ও বাণিজ্য নিয়ে প্রতিবেশীদের সঙ্গে খোলামেলা আলোচনা চান তিনি।",
			"সাংহাই সহযোগিতা সংস্থার শীর্ষ সম্মেলনে যোগ দিতে চীনের তিয়ানজিনে পৌঁছে ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদি বলেছেন…",
		},
		{ // before the name, never "…ড. এ কে আব্দুল"
			"জাতিসংঘের মানবাধিকারবিষয়ক বিশেষ দূতের সঙ্গে বৈঠকে রোহিঙ্গাদের নিরাপদ প্রত্যাবাসনের বিষয়ে আলোচনা করেছেন সাবেক পররাষ্ট্রমন্ত্রী ড. এ কে আব্দুল মোমেন ও পররাষ্ট্রসচিব।",
			"জাতিসংঘের মানবাধিকারবিষয়ক বিশেষ দূতের সঙ্গে বৈঠকে রোহিঙ্গাদের নিরাপদ প্রত্যাবাসনের বিষয়ে আলোচনা করেছেন…",
		},
		{ // never between a number and its unit
			"পদ্মা সেতু রেল সংযোগ প্রকল্পে চীনের এক্সিম ব্যাংকের ঋণের কিস্তি পরিশোধে সরকার চলতি অর্থবছরে মোট ১০ হাজার কোটি টাকা বরাদ্দ রেখেছে বলে অর্থ মন্ত্রণালয় জানিয়েছে।",
			"পদ্মা সেতু রেল সংযোগ প্রকল্পে চীনের এক্সিম ব্যাংকের ঋণের কিস্তি পরিশোধে সরকার চলতি অর্থবছরে…",
		},
		{ // ৷ ends the first sentence like ।
			"ভুটান থেকে বিদ্যুৎ আসবে৷ চুক্তি হয়েছে৷",
			"ভুটান থেকে বিদ্যুৎ আসবে",
		},
	}
	for _, tt := range tests {
		if got := deriveTitle(tt.lead); got != tt.want {
			t.Errorf("deriveTitle(%q)\n = %q\nwant %q", tt.lead, got, tt.want)
		}
	}
}
