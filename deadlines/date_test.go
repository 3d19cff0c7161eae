package deadlines_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// d is MustParseDate, for tables.
func d(s string) deadlines.Date { return deadlines.MustParseDate(s) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		ref, name, in string
		wantErr       error // nil: parses, and formats back to in
		y             int
		m             time.Month
		day           int
	}{
		{"I-6", "an ordinary day", "2016-06-30", nil, 2016, time.June, 30},
		{"I-6", "29 February of a leap year", "2016-02-29", nil, 2016, time.February, 29},
		{"I-6", "29 February of 2000 (divisible by 400: leap)", "2000-02-29", nil, 2000, time.February, 29},
		{"I-6", "the first day a Date holds", "0001-01-01", nil, 1, time.January, 1},
		{"I-6", "the last day a Date holds", "9999-12-31", nil, 9999, time.December, 31},
		{"I-6", "31 December", "2015-12-31", nil, 2015, time.December, 31},
		{"I-6", "30 February: no such day", "2016-02-30", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "29 February of a common year", "2015-02-29", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "29 February 1900 (divisible by 100, not 400: common)", "1900-02-29", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "31 April", "2016-04-31", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "month 13", "2015-13-01", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "month 00", "2015-00-10", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "day 00", "2015-01-00", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "day 32", "2015-01-32", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "year 0000", "0000-01-01", deadlines.ErrDateRange, 0, 0, 0},
		{"I-6", "empty", "", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "slashes", "2016/06/30", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "no zero padding", "2016-6-30", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "a time of day", "2016-06-30T00:00:00Z", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "leading space", " 2016-06-30", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "a sign in the day", "2016-06-+3", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "a letter in the year", "2O16-06-30", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "five-digit year", "12016-06-30", deadlines.ErrDateSyntax, 0, 0, 0},
		{"I-6", "full-width digits", "２０１６-06-30", deadlines.ErrDateSyntax, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.ParseDate(tc.in)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				var de *deadlines.DateError
				require.ErrorAs(t, err, &de)
				assert.Equal(t, tc.in, de.Text)
				assert.Contains(t, err.Error(), tc.wantErr.Error())
				assert.True(t, got.IsZero())
				return
			}
			require.NoError(t, err)
			y, m, day := got.YMD()
			assert.Equal(t, []int{tc.y, int(tc.m), tc.day}, []int{y, int(m), day})
			assert.Equal(t, tc.y, got.Year())
			assert.Equal(t, tc.m, got.Month())
			assert.Equal(t, tc.day, got.Day())
			assert.Equal(t, tc.in, got.String())
			assert.Equal(t, got, deadlines.MustDate(tc.y, tc.m, tc.day))
		})
	}
}

func TestDateErrorMessage(t *testing.T) {
	t.Run("Date/a text that is no date says why", func(t *testing.T) {
		_, err := deadlines.ParseDate("2016-02-30")
		assert.EqualError(t, err, `"2016-02-30": no such day`)
		_, err = deadlines.NewDate(2015, time.February, 29)
		assert.EqualError(t, err, `"2015-02-29": no such day`)
		_, err = deadlines.NewDate(10000, time.January, 1)
		assert.ErrorIs(t, err, deadlines.ErrDateRange)
		// A year outside 1…9999 is written as the number it is; year 0 still takes four digits, as the
		// text "0000-01-01" a user would type for it.
		assert.EqualError(t, err, `"10000-01-01": no such day`)
		_, err = deadlines.NewDate(0, time.January, 1)
		assert.ErrorIs(t, err, deadlines.ErrDateRange)
		assert.EqualError(t, err, `"0000-01-01": no such day`)
		_, err = deadlines.NewDate(-1, time.January, 1)
		assert.EqualError(t, err, `"-1-01-01": no such day`)
		_, err = deadlines.NewDate(2015, 13, 1)
		assert.ErrorIs(t, err, deadlines.ErrDateRange)
		assert.EqualError(t, err, `"2015-13-01": no such day`)
		// A month or day that is negative or of three digits is written as the number it is too (it was
		// "2016-0--05", "2016-13-0+" and "2016-23-05" for these).
		_, err = deadlines.NewDate(2016, -3, 5)
		assert.EqualError(t, err, `"2016--3-05": no such day`)
		_, err = deadlines.NewDate(2016, 13, -5)
		assert.EqualError(t, err, `"2016-13--5": no such day`)
		_, err = deadlines.NewDate(2016, 123, 5)
		assert.EqualError(t, err, `"2016-123-05": no such day`)
		_, err = deadlines.NewDate(2016, 2, 100)
		assert.EqualError(t, err, `"2016-02-100": no such day`)
		assert.Panics(t, func() { deadlines.MustDate(2015, time.February, 29) })
		assert.Panics(t, func() { deadlines.MustParseDate("2015-02-29") })
	})
}

func TestZeroDate(t *testing.T) {
	t.Run("Date/the zero Date is not set", func(t *testing.T) {
		var z deadlines.Date
		assert.True(t, z.IsZero())
		assert.Equal(t, "", z.String())
		y, m, day := z.YMD()
		assert.Equal(t, []int{0, 0, 0}, []int{y, int(m), day})
		assert.True(t, z.AddDays(5).IsZero(), "adding to the zero Date gives the zero Date")
		assert.True(t, z.AddMonths(5).IsZero())
		assert.True(t, z.AddYears(5).IsZero())
		assert.True(t, z.Before(d("0001-01-01")), "the zero Date sorts first")
		assert.False(t, d("0001-01-01").IsZero())
	})
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		On  deadlines.Date `json:"on"`
		Off deadlines.Date `json:"off"`
	}
	t.Run("Date/JSON: a date, or null for the zero Date", func(t *testing.T) {
		b, err := json.Marshal(rec{On: d("2016-02-29")})
		require.NoError(t, err)
		assert.JSONEq(t, `{"on":"2016-02-29","off":null}`, string(b), "the zero Date is null")

		var r rec
		require.NoError(t, json.Unmarshal([]byte(`{"on":"2033-02-28","off":null}`), &r))
		assert.Equal(t, d("2033-02-28"), r.On)
		assert.True(t, r.Off.IsZero(), "null leaves the Date not set")

		bad := []struct {
			ref, name, in string
			want          error
		}{
			{"I-6", "impossible day", `{"on":"2016-02-30"}`, deadlines.ErrDateRange},
			{"I-6", "malformed", `{"on":"30/06/2016"}`, deadlines.ErrDateSyntax},
			{"I-6", "empty string", `{"on":""}`, deadlines.ErrDateSyntax},
			{"I-6", "a number", `{"on":20160630}`, deadlines.ErrDateSyntax},
			{"I-6", "true", `{"on":true}`, deadlines.ErrDateSyntax},
			{"I-6", "an object", `{"on":{}}`, deadlines.ErrDateSyntax},
		}
		for _, tc := range bad {
			t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
				var r rec
				err := json.Unmarshal([]byte(tc.in), &r)
				require.ErrorIs(t, err, tc.want)
				var de *deadlines.DateError
				require.ErrorAs(t, err, &de)
			})
		}
		// UnmarshalJSON called directly with a lone quote.
		var x deadlines.Date
		require.ErrorIs(t, x.UnmarshalJSON([]byte(`"`)), deadlines.ErrDateSyntax)
		// The empty JSON string names the empty text, as ParseDate("") does, not its two quotes.
		assert.EqualError(t, x.UnmarshalJSON([]byte(`""`)), `"": not a date of the form YYYY-MM-DD`)
		assert.EqualError(t, x.UnmarshalJSON([]byte(`"`)), `"\"": not a date of the form YYYY-MM-DD`)
	})
}

func TestDateText(t *testing.T) {
	t.Run("Date/text: YYYY-MM-DD", func(t *testing.T) {
		b, err := d("2015-08-31").MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "2015-08-31", string(b))
		b, err = deadlines.Date{}.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(b))

		var x deadlines.Date
		require.NoError(t, x.UnmarshalText([]byte("2015-08-31")))
		assert.Equal(t, d("2015-08-31"), x)
		err = x.UnmarshalText([]byte("2015-02-29"))
		require.ErrorIs(t, err, deadlines.ErrDateRange)
		assert.Equal(t, d("2015-08-31"), x, "a failed parse leaves the Date as it was")
		require.ErrorIs(t, x.UnmarshalText(nil), deadlines.ErrDateSyntax, "empty text is not a date")

		// As a map key (encoding.TextMarshaler).
		m := map[deadlines.Date]int{d("2016-01-08"): 1}
		b, err = json.Marshal(m)
		require.NoError(t, err)
		assert.JSONEq(t, `{"2016-01-08":1}`, string(b))
		var back map[deadlines.Date]int
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, m, back)
	})
}

func TestDateCompare(t *testing.T) {
	t.Run("Date/order", func(t *testing.T) {
		a, b := d("2016-01-08"), d("2017-01-08")
		assert.Equal(t, -1, a.Compare(b))
		assert.Equal(t, 1, b.Compare(a))
		assert.Equal(t, 0, a.Compare(d("2016-01-08")))
		assert.True(t, a.Before(b))
		assert.False(t, b.Before(a))
		assert.False(t, a.Before(a))
		assert.True(t, b.After(a))
		assert.False(t, a.After(a))
		assert.True(t, a == d("2016-01-08"), "comparable with ==")
		assert.Equal(t, 366, b.DaysSince(a), "2016 is a leap year: 366 days from 2016-01-08 to 2017-01-08")
		assert.Equal(t, -366, a.DaysSince(b))
	})
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		ref, name, day string
		want           time.Weekday
	}{
		{"I-12", "the measure's 印发 date (I-1), a Monday", "2015-08-31", time.Monday},
		{"I-12", "2016-02-29, a Monday", "2016-02-29", time.Monday},
		{"I-12", "2000-01-01, a Saturday", "2000-01-01", time.Saturday},
		{"I-12", "0001-01-01, a Monday (proleptic Gregorian)", "0001-01-01", time.Monday},
		{"I-12", "9999-12-31, a Friday", "9999-12-31", time.Friday},
		{"I-12", "2026-12-31, a Thursday", "2026-12-31", time.Thursday},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, d(tc.day).Weekday())
		})
	}
	t.Run("Date/every day agrees with the time package", func(t *testing.T) {
		// Every day 1900–2100, and every 97th day 0001–9999, agrees with the standard library's UTC calendar:
		// the same year, month, day and weekday, one day after the other.
		check := func(from, to deadlines.Date, step int) {
			tt := time.Date(from.Year(), from.Month(), from.Day(), 12, 0, 0, 0, time.UTC)
			for x := from; !x.After(to); x, tt = x.AddDays(step), tt.AddDate(0, 0, step) {
				y, m, day := x.YMD()
				if y != tt.Year() || m != tt.Month() || day != tt.Day() || x.Weekday() != tt.Weekday() {
					t.Fatalf("%s (%s): time says %s", x, x.Weekday(), tt.Format("2006-01-02 Monday"))
				}
				if back, err := deadlines.NewDate(y, m, day); err != nil || back != x {
					t.Fatalf("%s: NewDate(YMD) = %v, %v", x, back, err)
				}
			}
		}
		check(d("1900-01-01"), d("2100-12-31"), 1)
		check(d("0001-01-01"), d("9999-12-31").AddDays(-97), 97)
	})
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		ref, name, from string
		n               int
		want, how       string
	}{
		{"I-12", "15 days across a month end", "2016-01-20", 15, "2016-02-04", "11 days to 31 Jan, 4 more"},
		{"I-12", "into 29 February", "2016-02-14", 15, "2016-02-29", "2016 is leap"},
		{"I-12", "over 29 February", "2016-02-28", 2, "2016-03-01", "28 → 29 → 1 March"},
		{"I-12", "over 28 February of a common year", "2015-02-28", 1, "2015-03-01", "no 29th"},
		{"I-12", "over the year end", "2015-12-31", 1, "2016-01-01", ""},
		{"I-12", "backwards", "2016-03-01", -1, "2016-02-29", ""},
		{"I-12", "zero", "2016-03-01", 0, "2016-03-01", ""},
		{"I-12", "a leap year's length", "2016-01-01", 366, "2017-01-01", ""},
		{"I-12", "clamped at the last day", "9999-12-30", 5, "9999-12-31", "the range of Date"},
		{"I-12", "clamped at the first day", "0001-01-02", -5, "0001-01-01", "the range of Date"},
		// Far steps that stay inside the range are exact, not clamped: the dates are Python's datetime
		// (proleptic Gregorian, as Date is): date(1,1,1) + timedelta(3000000) and date(9999,12,31) −
		// timedelta(3000000); 3,652,058 days separate 0001-01-01 from 9999-12-31.
		{"I-12", "three million days from the first day", "0001-01-01", 3000000, "8214-09-22", "inside the range"},
		{"I-12", "three million days back from the last day", "9999-12-31", -3000000, "1786-04-11", "inside the range"},
		{"I-12", "the whole range exactly", "0001-01-01", 3652058, "9999-12-31", "the last day itself"},
		{"I-12", "one day past the whole range", "0001-01-01", 3652059, "9999-12-31", "clamped"},
		{"I-12", "a huge n does not overflow", "2016-01-01", int(^uint(0) >> 1), "9999-12-31", "clamped"},
		{"I-12", "a huge negative n does not overflow", "2016-01-01", -int(^uint(0)>>1) - 1, "0001-01-01", "clamped"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, d(tc.from).AddDays(tc.n).String(), tc.how)
		})
	}
}

func TestAddMonthsAndYears(t *testing.T) {
	tests := []struct {
		ref, name, from string
		months          int // AddMonths(months); when years != 0, AddYears(years) instead
		years           int
		want, how       string
	}{
		{"民法典 第二百零二条", "31 January + 1 month, leap year", "2016-01-31", 1, 0, "2016-02-29", "February has no 31st: its last day"},
		{"民法典 第二百零二条", "31 January + 1 month, common year", "2015-01-31", 1, 0, "2015-02-28", "its last day"},
		{"民法典 第二百零二条", "30 January + 1 month, common year", "2015-01-30", 1, 0, "2015-02-28", "no 30 February"},
		{"民法典 第二百零二条", "28 February + 1 month keeps the 28th", "2015-02-28", 1, 0, "2015-03-28", "the corresponding day, not the month end"},
		{"民法典 第二百零二条", "31 March + 1 month", "2016-03-31", 1, 0, "2016-04-30", "April has 30 days"},
		{"民法典 第二百零二条", "31 October + 1 month (time.AddDate would give 1 December)", "2015-10-31", 1, 0, "2015-11-30", ""},
		{"民法典 第二百零二条", "31 August + 6 months", "2015-08-31", 6, 0, "2016-02-29", "leap February"},
		{"民法典 第二百零二条", "over the year end", "2015-11-15", 3, 0, "2016-02-15", ""},
		{"民法典 第二百零二条", "backwards", "2016-03-31", -1, 0, "2016-02-29", ""},
		{"民法典 第二百零二条", "backwards over the year end", "2016-01-15", -2, 0, "2015-11-15", ""},
		{"民法典 第二百零二条", "zero months", "2016-01-31", 0, 0, "2016-01-31", ""},
		{"民法典 第二百零二条", "29 February + 1 year", "2016-02-29", 0, 1, "2017-02-28", "common year: the month's last day"},
		{"民法典 第二百零二条", "29 February + 4 years", "2016-02-29", 0, 4, "2020-02-29", "leap again"},
		{"民法典 第二百零二条", "29 February 2096 + 4 years: 2100 is common", "2096-02-29", 0, 4, "2100-02-28", ""},
		{"民法典 第二百零二条", "29 February − 1 year", "2016-02-29", 0, -1, "2015-02-28", ""},
		{"I-20", "3 years", "2017-06-15", 0, 3, "2020-06-15", ""},
		{"I-6", "clamped at the last year", "9999-06-15", 7, 0, "9999-12-31", "the range of Date"},
		{"I-6", "clamped at the first year", "0001-06-15", -7, 0, "0001-01-01", "the range of Date"},
		// Far steps inside the range are exact, not clamped (months counted by hand: 1000 = 83×12 + 4,
		// 119,970 = 9,997×12 + 6), and years 1 and 9999 are reached, not clamped, from one year away.
		{"I-6", "a thousand months", "2000-01-01", 1000, 0, "2083-05-01", "83 years and 4 months"},
		{"I-6", "a thousand months back", "2000-01-01", -1000, 0, "1916-09-01", "2000-01 − 4 months = 1999-09, − 83 years"},
		{"I-6", "from the first day to the last year", "0001-01-01", 119970, 0, "9998-07-01", "9,997 years and 6 months"},
		{"I-6", "into year 1 itself", "0002-03-15", -12, 0, "0001-03-15", "year 1 is in range"},
		{"I-6", "into year 9999 itself", "9998-03-15", 12, 0, "9999-03-15", "year 9999 is in range"},
		{"I-6", "9,998 years from the first day", "0001-01-01", 0, 9998, "9999-01-01", "inside the range"},
		{"I-6", "9,998 years back from the last day", "9999-12-31", 0, -9998, "0001-12-31", "inside the range"},
		{"I-6", "huge months", "2016-01-31", int(^uint(0) >> 1), 0, "9999-12-31", "no overflow"},
		{"I-6", "huge negative months", "2016-01-31", -int(^uint(0)>>1) - 1, 0, "0001-01-01", "no overflow"},
		{"I-6", "huge years", "2016-01-31", 0, int(^uint(0) >> 1), "9999-12-31", "no overflow"},
		{"I-6", "huge negative years", "2016-01-31", 0, -int(^uint(0)>>1) - 1, "0001-01-01", "no overflow"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			var got deadlines.Date
			if tc.years != 0 {
				got = d(tc.from).AddYears(tc.years)
			} else {
				got = d(tc.from).AddMonths(tc.months)
			}
			assert.Equal(t, tc.want, got.String(), tc.how)
		})
	}
}

// FuzzParseDate: no input panics; a text that parses formats back to itself, through String, MarshalText
// and MarshalJSON, and parses again to the same Date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2016-02-29", "2016-02-30", "0000-01-01", "9999-12-31", "", "2016-1-1", "abcd-ef-gh",
		"2015-13-01", "0001-01-01", "2016/02/29", "\x00\x00\x00\x00-\x00\x00-\x00\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := deadlines.ParseDate(s)
		if err != nil {
			if !got.IsZero() {
				t.Fatalf("%q: error %v with a non-zero Date %v", s, err, got)
			}
			return
		}
		if got.String() != s {
			t.Fatalf("%q formats as %q", s, got.String())
		}
		again, err := deadlines.ParseDate(got.String())
		if err != nil || again != got {
			t.Fatalf("%q: format→parse gave %v, %v", s, again, err)
		}
		b, _ := got.MarshalText()
		if string(b) != s {
			t.Fatalf("%q: MarshalText %q", s, b)
		}
		var viaJSON deadlines.Date
		j, _ := got.MarshalJSON()
		if err := viaJSON.UnmarshalJSON(j); err != nil || viaJSON != got {
			t.Fatalf("%q: JSON round trip %s gave %v, %v", s, j, viaJSON, err)
		}
		y, m, day := got.YMD()
		if nd, err := deadlines.NewDate(y, m, day); err != nil || nd != got {
			t.Fatalf("%q: NewDate(YMD) gave %v, %v", s, nd, err)
		}
	})
}

// FuzzAddMonths: the result is in the month counted, on the same day or (where that month is shorter)
// its last day, never later than the original day.
func FuzzAddMonths(f *testing.F) {
	f.Add(int32(2016), uint8(1), uint8(31), int16(1))
	f.Add(int32(2016), uint8(2), uint8(29), int16(12))
	f.Add(int32(2015), uint8(8), uint8(31), int16(-6))
	f.Fuzz(func(t *testing.T, y int32, m, day uint8, n int16) {
		from, err := deadlines.NewDate(int(y), time.Month(m), int(day))
		if err != nil {
			return
		}
		got := from.AddMonths(int(n))
		total := int(y)*12 + int(m) - 1 + int(n)
		wy, wm := total/12, time.Month(total%12+1)
		if total < 12 || wy > deadlines.MaxYear {
			return // clamped at the range of Date, tested elsewhere
		}
		gy, gm, gd := got.YMD()
		if gy != wy || gm != wm {
			t.Fatalf("%s %+d months = %s: want year %d month %d", from, n, got, wy, wm)
		}
		if gd > int(day) {
			t.Fatalf("%s %+d months = %s: day moved later", from, n, got)
		}
		if want := min(int(day), time.Date(wy, wm+1, 0, 0, 0, 0, 0, time.UTC).Day()); gd != want { // the time package's month length: an independent oracle
			t.Fatalf("%s %+d months = %s: want day %d", from, n, got, want)
		}
		if n%12 == 0 && from.AddYears(int(n)/12) != got {
			t.Fatalf("%s: AddYears(%d) != AddMonths(%d)", from, n/12, n)
		}
	})
}
