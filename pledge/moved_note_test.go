package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// weekendsOnly rests on Saturdays and Sundays and has no named holidays: a caller's own calendar.
type weekendsOnly struct{}

func (weekendsOnly) Kind(d deadlines.Date) (deadlines.DayKind, error) {
	if wd := d.Weekday(); wd == 0 || wd == 6 {
		return deadlines.Weekend, nil
	}
	return deadlines.Workday, nil
}

func TestMovedNote(t *testing.T) {
	china := deadlines.China()
	tests := []struct {
		ref, name string
		signed    string
		cal       deadlines.Calendar
		zh, en    string
	}{
		// 2016-01-05 + 15 = 2016-01-20, a Wednesday: not moved.
		{"I-12", "a working day stays", "2016-01-05", china, "", ""},
		// 2016-01-23 + 15 = 2016-02-07, 春节 (2016 notice: 2月7日至13日放假); 2016-02-14, a Sunday, was an adjusted working day.
		{"I-12", "a named holiday", "2016-01-23", china,
			"（2016-02-07为春节假日，顺延至2016-02-14）",
			" (2016-02-07 is a public holiday, 春节, so the last day moves to 2016-02-14)"},
		// 2016-06-03 + 15 = 2016-06-18, a Saturday and no holiday: the next working day is Monday 2016-06-20.
		{"I-12", "a weekend", "2016-06-03", china,
			"（2016-06-18为周末休息日，顺延至2016-06-20）",
			" (2016-06-18 is a weekend rest day, so the last day moves to 2016-06-20)"},
		// The same Saturday on a calendar that names no holidays.
		{"I-12", "a caller's calendar", "2016-06-03", weekendsOnly{},
			"（2016-06-18为周末休息日，顺延至2016-06-20）",
			" (2016-06-18 is a weekend rest day, so the last day moves to 2016-06-20)"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			due, err := deadlines.RegistrationDue(deadlines.MustParseDate(tc.signed), tc.cal)
			require.NoError(t, err)
			zh, en := pledge.MovedNote(due, tc.cal)
			assert.Equal(t, tc.zh, zh)
			assert.Equal(t, tc.en, en)
		})
	}
}
