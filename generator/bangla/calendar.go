package bangla

import "time"

// BanglaDate is a date of the Bangla calendar (বঙ্গাব্দ) as revised in
// Bangladesh in 2019: Month runs from 1 (বৈশাখ) to 12 (চৈত্র), Day from 1.
type BanglaDate struct {
	Year, Month, Day int
}

var banglaMonthNames = [...]string{
	"বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন",
	"কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র",
}

// ToBangla returns the Bangla date of t's calendar date (t.Date() in t's
// own location), by the rules in force in Bangladesh since 1426 (2019),
// applied to every year: the year begins on 14 April, 593 years after the
// Gregorian year it begins in; বৈশাখ to আশ্বিন have 31 days, কার্তিক to মাঘ
// 30, ফাল্গুন 29, or 30 when it ends in a Gregorian leap year, and চৈত্র 30.
// So every month begins on the same Gregorian date each year, and the
// national days keep their Bangla dates: 21 February is ৮ ফাল্গুন, 26 March
// ১২ চৈত্র, 16 December ১ পৌষ.
func ToBangla(t time.Time) BanglaDate {
	y, m, d := t.Date()
	start := y // the Gregorian year in which t's Bangla year began
	if m < time.April || m == time.April && d < 14 {
		start--
	}
	// Count in UTC, where every day has 24 hours.
	since := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(time.Date(start, time.April, 14, 0, 0, 0, 0, time.UTC))
	day := int(since / (24 * time.Hour))
	leap := isLeap(start + 1) // ফাল্গুন ends on 14 March of the next year
	month := 1
	for day >= banglaMonthDays(month, leap) {
		day -= banglaMonthDays(month, leap)
		month++
	}
	return BanglaDate{Year: start - 593, Month: month, Day: day + 1}
}

// banglaMonthDays returns the length of Bangla month m in a year whose
// ফাল্গুন ends in a Gregorian leap year or not.
func banglaMonthDays(m int, leap bool) int {
	switch {
	case m <= 6:
		return 31
	case m == 11 && !leap:
		return 29
	}
	return 30
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// Format returns d as a reader sees it, day, month name and year:
// "১০ অগ্রহায়ণ ১৪৩৩", or "10 অগ্রহায়ণ 1433" when latin is set. Add the era
// name বঙ্গাব্দ in the template where it is wanted. A date before the era
// began (14 April 594, ১ বৈশাখ ১), whose Year is 0 or less, has no Bangla
// date: Format returns "" rather than a year such as -৫৯৩.
func (d BanglaDate) Format(latin bool) string {
	if d.Year < 1 {
		return ""
	}
	return FormatInt(d.Day, latin) + " " + nameAt(banglaMonthNames[:], d.Month-1) + " " + FormatInt(d.Year, latin)
}
