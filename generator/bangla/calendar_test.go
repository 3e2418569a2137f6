package bangla

import (
	"testing"
	"time"
)

// banglaCase is a Gregorian date in ISO form and its Bangla date.
type banglaCase struct {
	date string
	want BanglaDate
}

func checkToBangla(t *testing.T, tests []banglaCase) {
	t.Helper()
	for _, tt := range tests {
		if got := ToBangla(date(t, tt.date)); got != tt.want {
			t.Errorf("ToBangla(%s) = %v, want %v", tt.date, got, tt.want)
		}
	}
}

func TestToBanglaVectors(t *testing.T) {
	tests := []banglaCase{
		{"2026-04-14", BanglaDate{1433, 1, 1}},
		{"2026-11-25", BanglaDate{1433, 8, 10}}, // the 1987 rules give ১১ অগ্রহায়ণ
		{"2024-03-14", BanglaDate{1430, 11, 30}},
		{"2019-04-14", BanglaDate{1426, 1, 1}},
		{"2000-03-14", BanglaDate{1406, 11, 30}}, // 2000 is a leap year
		{"1900-03-14", BanglaDate{1306, 11, 29}}, // 1900 is not
		{"1900-03-15", BanglaDate{1306, 12, 1}},
	}
	checkToBangla(t, tests)
}

// TestToBanglaMonthBoundaries checks the last day of every month and the
// first day of the next, through a Bangla year whose ফাল্গুন ends in a leap
// year (1430) and one whose ফাল্গুন does not (1432).
func TestToBanglaMonthBoundaries(t *testing.T) {
	tests := []banglaCase{
		{"2023-04-13", BanglaDate{1429, 12, 30}},
		{"2023-04-14", BanglaDate{1430, 1, 1}},
		{"2023-05-14", BanglaDate{1430, 1, 31}},
		{"2023-05-15", BanglaDate{1430, 2, 1}},
		{"2023-06-14", BanglaDate{1430, 2, 31}},
		{"2023-06-15", BanglaDate{1430, 3, 1}},
		{"2023-07-15", BanglaDate{1430, 3, 31}},
		{"2023-07-16", BanglaDate{1430, 4, 1}},
		{"2023-08-15", BanglaDate{1430, 4, 31}},
		{"2023-08-16", BanglaDate{1430, 5, 1}},
		{"2023-09-15", BanglaDate{1430, 5, 31}},
		{"2023-09-16", BanglaDate{1430, 6, 1}},
		{"2023-10-16", BanglaDate{1430, 6, 31}},
		{"2023-10-17", BanglaDate{1430, 7, 1}},
		{"2023-11-15", BanglaDate{1430, 7, 30}},
		{"2023-11-16", BanglaDate{1430, 8, 1}},
		{"2023-12-15", BanglaDate{1430, 8, 30}},
		{"2023-12-16", BanglaDate{1430, 9, 1}},
		{"2024-01-14", BanglaDate{1430, 9, 30}},
		{"2024-01-15", BanglaDate{1430, 10, 1}},
		{"2024-02-13", BanglaDate{1430, 10, 30}},
		{"2024-02-14", BanglaDate{1430, 11, 1}},
		{"2024-02-28", BanglaDate{1430, 11, 15}},
		{"2024-02-29", BanglaDate{1430, 11, 16}},
		{"2024-03-01", BanglaDate{1430, 11, 17}},
		{"2024-03-14", BanglaDate{1430, 11, 30}},
		{"2024-03-15", BanglaDate{1430, 12, 1}},
		{"2024-04-13", BanglaDate{1430, 12, 30}},
		{"2024-04-14", BanglaDate{1431, 1, 1}},

		{"2025-04-13", BanglaDate{1431, 12, 30}},
		{"2025-04-14", BanglaDate{1432, 1, 1}},
		{"2025-05-14", BanglaDate{1432, 1, 31}},
		{"2025-05-15", BanglaDate{1432, 2, 1}},
		{"2025-06-14", BanglaDate{1432, 2, 31}},
		{"2025-06-15", BanglaDate{1432, 3, 1}},
		{"2025-07-15", BanglaDate{1432, 3, 31}},
		{"2025-07-16", BanglaDate{1432, 4, 1}},
		{"2025-08-15", BanglaDate{1432, 4, 31}},
		{"2025-08-16", BanglaDate{1432, 5, 1}},
		{"2025-09-15", BanglaDate{1432, 5, 31}},
		{"2025-09-16", BanglaDate{1432, 6, 1}},
		{"2025-10-16", BanglaDate{1432, 6, 31}},
		{"2025-10-17", BanglaDate{1432, 7, 1}},
		{"2025-11-15", BanglaDate{1432, 7, 30}},
		{"2025-11-16", BanglaDate{1432, 8, 1}},
		{"2025-12-15", BanglaDate{1432, 8, 30}},
		{"2025-12-16", BanglaDate{1432, 9, 1}},
		{"2026-01-14", BanglaDate{1432, 9, 30}},
		{"2026-01-15", BanglaDate{1432, 10, 1}},
		{"2026-02-13", BanglaDate{1432, 10, 30}},
		{"2026-02-14", BanglaDate{1432, 11, 1}},
		{"2026-02-28", BanglaDate{1432, 11, 15}},
		{"2026-03-01", BanglaDate{1432, 11, 16}},
		{"2026-03-14", BanglaDate{1432, 11, 29}},
		{"2026-03-15", BanglaDate{1432, 12, 1}},
		{"2026-04-13", BanglaDate{1432, 12, 30}},
		{"2026-04-14", BanglaDate{1433, 1, 1}},
	}
	checkToBangla(t, tests)
}

// TestToBanglaNationalDays checks the days the 2019 revision pinned to
// fixed Bangla dates, across leap and common years.
func TestToBanglaNationalDays(t *testing.T) {
	days := []struct {
		name       string
		month      time.Month
		day        int
		yearOffset int // Bangla year = Gregorian year - yearOffset
		want       BanglaDate
	}{
		{"International Mother Language Day", time.February, 21, 594, BanglaDate{Month: 11, Day: 8}},
		{"Independence Day", time.March, 26, 594, BanglaDate{Month: 12, Day: 12}},
		{"Pohela Boishakh", time.April, 14, 593, BanglaDate{Month: 1, Day: 1}},
		{"Victory Day", time.December, 16, 593, BanglaDate{Month: 9, Day: 1}},
	}
	for year := 2019; year <= 2032; year++ {
		for _, d := range days {
			want := d.want
			want.Year = year - d.yearOffset
			if got := ToBangla(time.Date(year, d.month, d.day, 0, 0, 0, 0, time.UTC)); got != want {
				t.Errorf("%s %d: ToBangla = %v, want %v", d.name, year, got, want)
			}
		}
	}
}

func TestToBanglaUsesTheLocationOfT(t *testing.T) {
	instant := time.Date(2026, time.April, 13, 20, 0, 0, 0, time.UTC)
	if got, want := ToBangla(instant), (BanglaDate{1432, 12, 30}); got != want {
		t.Errorf("ToBangla(UTC) = %v, want %v", got, want)
	}
	dhaka := time.FixedZone("BST", 6*60*60)
	if got, want := ToBangla(instant.In(dhaka)), (BanglaDate{1433, 1, 1}); got != want {
		t.Errorf("ToBangla(Dhaka) = %v, want %v", got, want)
	}
}

// TestToBanglaWalk walks ten years day by day: each Gregorian day must be
// the next Bangla day, and every month must have its length.
func TestToBanglaWalk(t *testing.T) {
	isLeap := func(year int) bool { return time.Date(year, time.February, 29, 0, 0, 0, 0, time.UTC).Day() == 29 }
	length := func(d BanglaDate) int {
		switch {
		case d.Month <= 6:
			return 31
		case d.Month == 11 && isLeap(d.Year+594):
			return 30
		case d.Month == 11:
			return 29
		}
		return 30
	}
	day := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC)
	prev := ToBangla(day)
	for range 10 * 366 {
		day = day.AddDate(0, 0, 1)
		got := ToBangla(day)
		want := prev
		switch {
		case prev.Day < length(prev):
			want.Day++
		case prev.Month < 12:
			want = BanglaDate{prev.Year, prev.Month + 1, 1}
		default:
			want = BanglaDate{prev.Year + 1, 1, 1}
		}
		if got != want {
			t.Fatalf("ToBangla(%s) = %v, want %v (the day after %v)", day.Format(time.DateOnly), got, want, prev)
		}
		newYear := day.Month() == time.April && day.Day() == 14
		if (got == BanglaDate{got.Year, 1, 1}) != newYear {
			t.Fatalf("ToBangla(%s) = %v: the year must begin on 14 April", day.Format(time.DateOnly), got)
		}
		prev = got
	}
}

func TestBanglaDateFormat(t *testing.T) {
	want := []string{
		"বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন",
		"কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র",
	}
	for i, name := range want {
		d := BanglaDate{Year: 1433, Month: i + 1, Day: 10}
		if got := d.Format(false); got != "১০ "+name+" ১৪৩৩" {
			t.Errorf("%v.Format(false) = %q, want %q", d, got, "১০ "+name+" ১৪৩৩")
		}
		if got := d.Format(true); got != "10 "+name+" 1433" {
			t.Errorf("%v.Format(true) = %q, want %q", d, got, "10 "+name+" 1433")
		}
	}
}

// TestBanglaDateBeforeTheEra: the era begins on 14 April 594 (১ বৈশাখ ১);
// an earlier date has no Bangla date and formats as "". Year 1 used to
// print as -৫৯৩ (issue 13).
func TestBanglaDateBeforeTheEra(t *testing.T) {
	for day, want := range map[string]string{
		"0001-01-01": "",
		"0594-04-13": "",
		"0594-04-14": "১ বৈশাখ ১",
		"2026-11-25": "১০ অগ্রহায়ণ ১৪৩৩",
	} {
		d, err := time.Parse(time.DateOnly, day)
		if err != nil {
			t.Fatal(err)
		}
		if got := ToBangla(d).Format(false); got != want {
			t.Errorf("ToBangla(%s).Format(false) = %q, want %q", day, got, want)
		}
	}
}
