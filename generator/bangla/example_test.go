package bangla_test

import (
	"fmt"
	"time"

	"github.com/sarakhon/digest/generator/bangla"
)

func ExampleNFC() {
	typed := "রাশি\u09DFা" // য় as one code point, U+09DF
	fmt.Printf("%+q\n", bangla.NFC(typed))
	// Output: "\u09b0\u09be\u09b6\u09bf\u09af\u09bc\u09be"
}

func ExampleTagKey() {
	fmt.Println(bangla.TagKey("#রাশি\u09DFা") == bangla.TagKey("#রাশি\u09AF\u09BCা"))
	fmt.Println(bangla.TagKey("#বিদ্যু\u09A4\u09CD\u200Dকেন্দ্র"))
	fmt.Println(bangla.TagKey("#BRICS"))
	// Output:
	// true
	// বিদ্যুৎকেন্দ্র
	// brics
}

func ExampleIsTagRune() {
	for _, r := range "কি।" {
		fmt.Printf("%q %v\n", r, bangla.IsTagRune(r))
	}
	// Output:
	// 'ক' true
	// 'ি' true
	// '।' false
}

func ExampleSlug() {
	fmt.Println(bangla.Slug("নতুন পারমাণবিক প্রকল্পে রাশিয়া-ভারত সহযোগিতা"))
	fmt.Println(bangla.Slug("../../etc/passwd"))
	fmt.Println(bangla.Slug("।"))
	// Output:
	// নতুন-পারমাণবিক-প্রকল্পে-রাশিয়া-ভারত-সহযোগিতা
	// etc-passwd
	// x-8dcdfcb5
}

func ExampleHeadingID() {
	fmt.Println(bangla.HeadingID("যুক্তরাষ্ট্রের চাপ, ভারতের দৃঢ় অবস্থান"))
	fmt.Println(bangla.HeadingID("—"))
	// Output:
	// যুক্তরাষ্ট্রের-চাপ-ভারতের-দৃঢ়-অবস্থান
	// heading
}

func ExampleIDs() {
	var ids bangla.IDs
	ids.Put("সূচি") // an anchor the editor set by hand
	fmt.Println(ids.Generate("প্রেক্ষাপট"))
	fmt.Println(ids.Generate("প্রেক্ষাপট"))
	fmt.Println(ids.Generate("সূচি"))
	// Output:
	// প্রেক্ষাপট
	// প্রেক্ষাপট-1
	// সূচি-1
}

func ExampleTruncate() {
	lead := "রাশিয়ার ক্রেমলিন জানিয়েছে, চলতি বছরের শেষের আগে প্রেসিডেন্ট পুতিনের ভারত সফরের প্রস্তুতি চলছে।"
	fmt.Println(bangla.Truncate(lead, 30))
	fmt.Println(bangla.Truncate("ক্ষমতা", 4))
	// Output:
	// রাশিয়ার ক্রেমলিন জানিয়েছে true
	// ক্ষম true
}

func ExampleAfterTitle() {
	title := "পুতিন ডিসেম্বরে ভারত সফরে আসছেন"
	fmt.Println(bangla.AfterTitle(title+"। দুই দেশের কর্মকর্তারা প্রস্তুতি নিচ্ছেন।", title))
	// Output: দুই দেশের কর্মকর্তারা প্রস্তুতি নিচ্ছেন।
}

func ExampleTrimEndPunct() {
	fmt.Println(bangla.TrimEndPunct("চুক্তি সই হয়েছে।"))
	fmt.Println(bangla.TrimEndPunct("কী হবে?"))
	// Output:
	// চুক্তি সই হয়েছে
	// কী হবে?
}

func ExampleDigits() {
	fmt.Println(bangla.Digits("$40 থেকে $55"))
	// Output: $৪০ থেকে $৫৫
}

func ExampleASCIIDigits() {
	fmt.Println(bangla.ASCIIDigits("২০২৫-১০-১২"))
	// Output: 2025-10-12
}

func ExampleItoa() {
	fmt.Println(bangla.Itoa(2026))
	// Output: ২০২৬
}

func ExampleFormatInt() {
	fmt.Println(bangla.FormatInt(25, false), bangla.FormatInt(25, true))
	// Output: ২৫ 25
}

func ExampleMonthName() {
	fmt.Println(bangla.MonthName(time.February))
	// Output: ফেব্রুয়ারি
}

func ExampleWeekdayName() {
	fmt.Println(bangla.WeekdayName(time.Thursday))
	// Output: বৃহস্পতিবার
}

func ExampleFormatDate() {
	t := time.Date(2026, time.November, 25, 10, 30, 0, 0, time.UTC)
	fmt.Println(bangla.FormatDate(t, false))
	fmt.Println(bangla.FormatDate(t, true))
	// Output:
	// ২৫ নভেম্বর ২০২৬
	// 25 নভেম্বর 2026
}

func ExampleFormatDateLong() {
	t := time.Date(2026, time.November, 25, 10, 30, 0, 0, time.UTC)
	fmt.Println(bangla.FormatDateLong(t, false))
	// Output: বুধবার, ২৫ নভেম্বর ২০২৬
}

func ExampleFormatMonth() {
	t := time.Date(2026, time.November, 25, 10, 30, 0, 0, time.UTC)
	fmt.Println(bangla.FormatMonth(t, false))
	// Output: নভেম্বর ২০২৬
}

func ExampleToBangla() {
	dhaka := time.FixedZone("BST", 6*60*60) // Asia/Dhaka, without loading tzdata
	t := time.Date(2026, time.November, 24, 20, 0, 0, 0, time.UTC)
	fmt.Println(bangla.ToBangla(t))           // 24 November in UTC
	fmt.Println(bangla.ToBangla(t.In(dhaka))) // already 25 November in Dhaka
	// Output:
	// {1433 8 9}
	// {1433 8 10}
}

func ExampleBanglaDate_Format() {
	d := bangla.ToBangla(time.Date(2026, time.November, 25, 0, 0, 0, 0, time.UTC))
	fmt.Println(d.Format(false))
	fmt.Println(d.Format(true))
	// Output:
	// ১০ অগ্রহায়ণ ১৪৩৩
	// 10 অগ্রহায়ণ 1433
}

func ExampleReadingMinutes() {
	fmt.Println(bangla.ReadingMinutes("ভারত বর্তমানে রুশ তেল আমদানির অন্যতম বড় ক্রেতা।"))
	// Output: 1
}

func ExampleFormatReadingTime() {
	fmt.Println(bangla.FormatReadingTime(4, false))
	// Output: ৪ মিনিটে পড়া
}
