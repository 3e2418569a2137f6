package bangla

import (
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// date returns midnight UTC of an ISO date such as "2026-11-25".
func date(t *testing.T, iso string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestMonthName(t *testing.T) {
	want := []string{
		"জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন",
		"জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
	}
	for i, w := range want {
		m := time.January + time.Month(i)
		if got := MonthName(m); got != w {
			t.Errorf("MonthName(%v) = %q, want %q", m, got, w)
		}
	}
	for _, m := range []time.Month{0, 13} {
		if got := MonthName(m); got != "" {
			t.Errorf("MonthName(%d) = %q, want empty", m, got)
		}
	}
}

func TestWeekdayName(t *testing.T) {
	// 22–28 November 2026 runs from Sunday to Saturday.
	want := []string{"রবিবার", "সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার"}
	for i, w := range want {
		d := date(t, "2026-11-22").AddDate(0, 0, i)
		if got := WeekdayName(d.Weekday()); got != w {
			t.Errorf("WeekdayName(%v) = %q, want %q", d.Weekday(), got, w)
		}
	}
	if got := WeekdayName(7); got != "" {
		t.Errorf("WeekdayName(7) = %q, want empty", got)
	}
}

func TestNamesAreNFC(t *testing.T) {
	for _, names := range [][]string{monthNames[:], weekdayNames[:], banglaMonthNames[:]} {
		for _, n := range names {
			if !norm.NFC.IsNormalString(n) {
				t.Errorf("%+q is not NFC", n)
			}
		}
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct {
		date                 string
		latin                bool
		short, long, monthYr string
	}{
		{"2026-11-25", false, "২৫ নভেম্বর ২০২৬", "বুধবার, ২৫ নভেম্বর ২০২৬", "নভেম্বর ২০২৬"},
		{"2026-11-25", true, "25 নভেম্বর 2026", "বুধবার, 25 নভেম্বর 2026", "নভেম্বর 2026"},
		{"2025-01-03", false, "৩ জানুয়ারি ২০২৫", "শুক্রবার, ৩ জানুয়ারি ২০২৫", "জানুয়ারি ২০২৫"},
		{"2024-02-29", false, "২৯ ফেব্রুয়ারি ২০২৪", "বৃহস্পতিবার, ২৯ ফেব্রুয়ারি ২০২৪", "ফেব্রুয়ারি ২০২৪"},
	}
	for _, tt := range tests {
		d := date(t, tt.date)
		if got := FormatDate(d, tt.latin); got != tt.short {
			t.Errorf("FormatDate(%s, %v) = %q, want %q", tt.date, tt.latin, got, tt.short)
		}
		if got := FormatDateLong(d, tt.latin); got != tt.long {
			t.Errorf("FormatDateLong(%s, %v) = %q, want %q", tt.date, tt.latin, got, tt.long)
		}
		if got := FormatMonth(d, tt.latin); got != tt.monthYr {
			t.Errorf("FormatMonth(%s, %v) = %q, want %q", tt.date, tt.latin, got, tt.monthYr)
		}
	}
}

func TestFormatDateUsesTheLocationOfT(t *testing.T) {
	dhaka := time.FixedZone("BST", 6*60*60)
	utc := time.Date(2026, time.November, 24, 20, 0, 0, 0, time.UTC)
	if got, want := FormatDate(utc, false), "২৪ নভেম্বর ২০২৬"; got != want {
		t.Errorf("FormatDate(UTC) = %q, want %q", got, want)
	}
	if got, want := FormatDate(utc.In(dhaka), false), "২৫ নভেম্বর ২০২৬"; got != want {
		t.Errorf("FormatDate(Dhaka) = %q, want %q", got, want)
	}
}
