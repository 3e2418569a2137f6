package convert

// The word lists that the converter reads newsroom files with, in one
// place so that a newsroom can extend them: add a word to a list, run
// `go test ./generator/convert/`, and every rule that uses the list
// follows. Words are matched in NFC, as Decode leaves the text. Each list
// says which rule reads it; the rules themselves are in the package
// documentation.

// BylineWords make a short line a credit: at the top of a file (between
// the headline and the lead) such a line is the author, and a dateline
// such as "নিজস্ব সংবাদদাতা, যশোর॥" is recognized by them. A line counts
// when one of its words starts with one of these (প্রতিবেদকের, ডেস্কের).
var BylineWords = []string{
	"প্রতিবেদক", "প্রতিনিধি", "ডেস্ক", "রিপোর্ট", "সংবাদদাতা", "সংবাদাতা",
	"Correspondent", "Reporter", "Desk", "Report", "Staff",
}

// BylineLabels open a credit line: "লিখেছেন: রহিম উদ্দিন" (with a colon),
// "By Jane Doe" (Latin labels: with a space).
var BylineLabels = []string{"লিখেছেন", "লেখা", "প্রতিবেদন", "By", "by"}

// NameWords open or make up a person's name in a credit line right under
// the headline: "মো. রফিকুল ইসলাম", "ড. সেলিনা হোসেন". A derived title
// is never cut right after one of them.
var NameWords = []string{
	"মো.", "মোঃ", "মোহাম্মদ", "মুহাম্মদ", "মোহাম্মাদ", "ড.", "ডা.", "ডঃ", "প্রফেসর", "অধ্যাপক",
	"শেখ", "সৈয়দ", "আবু", "আব্দুল", "আবদুল", "মীর", "কাজী", "খন্দকার", "চৌধুরী", "শ্রী", "শ্রীমতী",
	"বেগম", "Dr.", "Md.", "Prof.",
}

// NotBylines are short last lines that are plainly not a name: they stay
// paragraphs. A last line that starts with one of them is not a byline.
var NotBylines = []string{
	"বিস্তারিত", "চলবে", "আরও আসছে", "আরো আসছে", "শেষ", "সমাপ্ত", "আপডেট আসছে",
	"ধন্যবাদ", "সূত্র", "তথ্যসূত্র",
}

// CaptionWords mark a photo caption or credit: "ছবি: সংগৃহীত",
// "পররাষ্ট্রমন্ত্রী /ফাইল ছবি", "(ছবি: পিআইডি)", "Photo: Reuters". A line
// that starts or ends with one of them (after '/', '(' or a space, before
// ':' or the end) is a caption.
var CaptionWords = []string{
	"ফাইল ছবি", "ছবি সংগৃহীত", "ছবি", "ফটো", "আলোকচিত্র", "Photo", "File photo", "File Photo", "Photo credit",
}

// Agencies are news agencies that appear in datelines, in parentheses:
// "ঢাকা, ৪ অক্টোবর (বাসস) :". Any short text in parentheses is read as
// an agency in that position; these also make "মস্কো (রয়টার্স) :" a
// dateline without a date, and a line of only an agency's name under
// the headline a byline.
var Agencies = []string{
	"বাসস", "ইউএনবি", "রয়টার্স", "এএফপি", "এপি", "পিটিআই", "আইএএনএস", "বিবিসি", "আনাদোলু", "সিনহুয়া",
	"তাস", "স্পুটনিক", "আল জাজিরা", "বিডিনিউজ২৪", "নিউজবাংলা", "পিআইডি",
	"BSS", "UNB", "Reuters", "AFP", "AP", "PTI", "IANS", "Xinhua", "TASS",
}

// Months are the month names a dateline or a date line may hold:
// Gregorian months in the spellings Bengali papers use, the months of the
// Bangla calendar, and English names.
var Months = []string{
	"জানুয়ারি", "জানুয়ারী", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
	"আগস্ট", "আগষ্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
	"বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র",
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Oct", "Nov", "Dec",
}

// DateLabels open a date line at the top of a file: "প্রকাশ: ৩ অক্টোবর
// ২০২৫", "আপডেট: …". Such a line is dropped with a warning: the date of
// the article comes from its file name or front matter.
var DateLabels = []string{
	"প্রকাশ", "প্রকাশিত", "প্রকাশের সময়", "আপডেট", "হালনাগাদ", "সর্বশেষ আপডেট", "তারিখ",
	"Published", "Updated", "Date",
}

// TagLabels open a hashtag line: "হ্যাশট্যাগ: #রাশিয়া #ভারত",
// "ট্যাগ: রাশিয়া, ভারত". After a label the '#' is optional.
var TagLabels = []string{"হ্যাশট্যাগ", "হ্যাশট্যাগস", "ট্যাগ", "ট্যাগস", "Hashtags", "Hashtag", "Tags", "Tag"}

// PhraseEnds are word endings after which a derived title may be cut: the
// case endings and verb endings that close a phrase in Bengali
// (পুতিনের, ভারতে, অর্থবছরে, জানিয়েছে, বলেন). A word ending otherwise, such as
// the middle of a name (আব্দুল), is never the last word of a cut title.
var PhraseEnds = []string{"ের", "য়ের", "দের", "কে", "তে", "ে", "য়", "ছে", "ছেন", "বে", "বেন", "লেন", "লো", "ল"}

// Postpositions close a phrase too: a derived title may end after one.
var Postpositions = []string{
	"জন্য", "সঙ্গে", "সাথে", "নিয়ে", "থেকে", "পর্যন্ত", "বলে", "করে", "হয়ে", "দিয়ে", "মধ্যে",
	"ওপর", "উপর", "কাছে", "বিষয়ে", "সম্পর্কে", "প্রতি", "চেয়ে", "পরে", "আগে", "নাগাদ",
}

// NumberWords belong to the number before them (১০ হাজার, ৫ কোটি, ৩
// শতাংশ): a derived title is never cut between a number and them.
var NumberWords = []string{
	"হাজার", "লাখ", "লক্ষ", "কোটি", "শত", "শতাংশ", "মিলিয়ন", "বিলিয়ন", "ট্রিলিয়ন", "টাকা", "ডলার",
	"রুপি", "জন", "টি", "টা", "বছর", "মাস", "দিন", "ঘণ্টা", "কিলোমিটার", "মেগাওয়াট", "টন",
}
