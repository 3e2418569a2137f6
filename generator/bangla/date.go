package bangla

import "time"

var monthNames = [...]string{
	"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
	"জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
}

var weekdayNames = [...]string{
	"রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার",
}

// MonthName returns the Bengali name of a Gregorian month: নভেম্বর for
// time.November. It returns "" for a value outside January–December.
func MonthName(m time.Month) string {
	return nameAt(monthNames[:], int(m)-1)
}

// WeekdayName returns the Bengali name of a weekday: বুধবার for
// time.Wednesday. It returns "" for a value outside Sunday–Saturday.
func WeekdayName(d time.Weekday) string {
	return nameAt(weekdayNames[:], int(d))
}

// nameAt returns names[i], or "" when i is out of range.
func nameAt(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return ""
	}
	return names[i]
}

// FormatDate returns t's calendar date in the usual news style, day, month
// name and year: "২৫ নভেম্বর ২০২৬", or "25 নভেম্বর 2026" when latin is set.
func FormatDate(t time.Time, latin bool) string {
	return FormatInt(t.Day(), latin) + " " + FormatMonth(t, latin)
}

// FormatDateLong returns t's calendar date with its weekday, as a dateline
// reads: "বুধবার, ২৫ নভেম্বর ২০২৬".
func FormatDateLong(t time.Time, latin bool) string {
	return WeekdayName(t.Weekday()) + ", " + FormatDate(t, latin)
}

// FormatMonth returns t's month and year, the heading of a month archive:
// "নভেম্বর ২০২৬".
func FormatMonth(t time.Time, latin bool) string {
	return MonthName(t.Month()) + " " + FormatInt(t.Year(), latin)
}
