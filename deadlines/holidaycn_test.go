package deadlines_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChinaAgreesWithHolidayCN checks China() day by day, 2015-01-01 to 2026-12-31, against the State
// Council's notices as transcribed by the data set NateScarlet/holiday-cn (one JSON file a year). It is
// opt-in: set CQPLEDGE_HOLIDAY_CN to the directory holding 2015.json … 2026.json; the project's tests
// never need that data otherwise.
//
// A day listed with isOffDay true must be a Holiday; a Saturday or Sunday listed with isOffDay false an
// AdjustedWorkday; a Monday to Friday listed with isOffDay false (2020-02-03, the day work resumed after
// the 2020 Spring Festival extension) an ordinary Workday, since DayKind keeps AdjustedWorkday for the
// weekend days the notices turn into working days; an unlisted day is a Weekend or a Workday by its
// weekday. A file's year is the notice's year: a few December days sit in the next year's file.
func TestChinaAgreesWithHolidayCN(t *testing.T) {
	t.Run("I-12/every day 2015–2026 agrees with holiday-cn", func(t *testing.T) {
		dir := os.Getenv("CQPLEDGE_HOLIDAY_CN")
		if dir == "" {
			t.Skip("CQPLEDGE_HOLIDAY_CN not set: the day-by-day check against holiday-cn is opt-in")
		}
		type day struct {
			Name     string `json:"name"`
			Date     string `json:"date"`
			IsOffDay bool   `json:"isOffDay"`
		}
		listed := map[deadlines.Date]day{}
		for y := deadlines.ChinaFirstYear; y <= deadlines.ChinaLastYear+1; y++ {
			b, err := os.ReadFile(filepath.Join(dir, strconv.Itoa(y)+".json"))
			if os.IsNotExist(err) && y == deadlines.ChinaLastYear+1 {
				continue // next year's notice not out yet
			}
			require.NoError(t, err)
			var f struct {
				Days []day `json:"days"`
			}
			require.NoError(t, json.Unmarshal(b, &f))
			for _, d := range f.Days {
				listed[deadlines.MustParseDate(d.Date)] = d
			}
		}
		cal := deadlines.China()
		first := deadlines.MustDate(deadlines.ChinaFirstYear, time.January, 1)
		last := deadlines.MustDate(deadlines.ChinaLastYear, time.December, 31)
		compared, mismatches, weekdayWork := 0, 0, 0
		for d := first; !d.After(last); d = d.AddDays(1) {
			weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
			want := deadlines.Workday
			l, ok := listed[d]
			switch {
			case ok && l.IsOffDay:
				want = deadlines.Holiday
			case ok && weekend:
				want = deadlines.AdjustedWorkday
			case ok:
				weekdayWork++ // a working weekday the notice names: still a Workday
			case weekend:
				want = deadlines.Weekend
			}
			got, err := cal.Kind(d)
			require.NoError(t, err, d.String())
			if !assert.Equalf(t, want, got, "%s (%s) listed=%v %q", d, d.Weekday(), ok, l.Name) {
				mismatches++
			}
			// A holiday has a name (lunar-go's: 春节, 国庆中秋, 抗战胜利日 …); no other day has one.
			assert.Equalf(t, want == deadlines.Holiday, cal.HolidayName(d) != "", "%s name %q", d, cal.HolidayName(d))
			compared++
		}
		t.Logf("compared %d days %s…%s with holiday-cn: %d mismatches (%d working weekdays named by a notice)",
			compared, first, last, mismatches, weekdayWork)
		assert.Equal(t, int(last.DaysSince(first))+1, compared)
	})
}
