package deadlines

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestLeapAndDaysIn(t *testing.T) {
	// The Gregorian rule: every fourth year, but not centuries, unless divisible by 400.
	tests := []struct {
		name string
		year int
		leap bool
		feb  int
	}{
		{"2016: divisible by 4", 2016, true, 29},
		{"2000: a century divisible by 400", 2000, true, 29},
		{"1900: a century not divisible by 400", 1900, false, 28},
		{"2015: not divisible by 4", 2015, false, 28},
	}
	for _, tc := range tests {
		t.Run("民法典 第二百零二条/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.leap, isLeap(tc.year))
			assert.Equal(t, tc.feb, daysIn(tc.year, time.February))
		})
	}
	t.Run("民法典 第二百零二条/30 and 31 days", func(t *testing.T) {
		assert.Equal(t, 30, daysIn(2015, time.April))
		assert.Equal(t, 31, daysIn(2015, time.December))
	})
}

func TestHolidayNameTag(t *testing.T) {
	// Interpretation I-12: a day lunar-go calls a holiday is a holiday whatever its name; tag 0 means "no
	// holiday name", so no name, not even an empty one, may be given tag 0.
	t.Run("I-12/a known name gets its place in lunar-go's table", func(t *testing.T) {
		assert.Equal(t, uint8(2), nameTag("春节")) // holidayNames[2]
		assert.Equal(t, uint8(9), nameTag("抗战胜利日"))
	})
	t.Run("I-12/an unknown or empty name is an unnamed holiday, never tag 0", func(t *testing.T) {
		assert.Equal(t, uint8(len(holidayNames)), nameTag("植树节"))
		assert.Equal(t, uint8(len(holidayNames)), nameTag(""))
	})
}

func TestAnniversary(t *testing.T) {
	// Interpretation I-6: the n-th anniversary is the same month and day n years on; 29 February in a
	// common year is 1 March. Only 29 February moves: the 29th of any other month exists every year.
	tests := []struct {
		name, from string
		n          int
		want       string
	}{
		{"a plain day", "2016-06-15", 20, "2036-06-15"},
		{"29 January into a common year stays the 29th", "2016-01-29", 1, "2017-01-29"},
		{"29 February into a common year is 1 March", "2016-02-29", 1, "2017-03-01"},
		{"29 February into a leap year stays", "2016-02-29", 4, "2020-02-29"},
		{"into year 9999 itself: 2016 + 7983", "2016-06-15", 7983, "9999-06-15"},
		{"past year 9999: the last day of Date's range", "2016-06-15", 7984, "9999-12-31"},
	}
	for _, tc := range tests {
		t.Run("I-6/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, anniversary(MustParseDate(tc.from), tc.n).String())
		})
	}
}

func TestHolidayNameOfAnUnnamedHoliday(t *testing.T) {
	// A holiday whose name lunar-go gives but the table does not know (nameTag's last tag) is still
	// named as a public holiday; lunar-go v1.4.7 has no such name, so the table is built by hand here.
	tbl := &chinaTable{first: MustDate(ChinaFirstYear, time.January, 1).n}
	day := MustDate(ChinaFirstYear, time.January, 3) // index 2
	tbl.kind[2], tbl.tag[2] = Holiday, nameTag("植树节")
	tbl.kind[1], tbl.tag[1] = Holiday, nameTag("元旦节")
	c := ChinaCalendar{t: tbl}
	t.Run("I-12/an unknown name reads as 法定节假日", func(t *testing.T) {
		assert.Equal(t, "法定节假日", c.HolidayName(day))
	})
	t.Run("I-12/a known name reads as itself", func(t *testing.T) {
		assert.Equal(t, "元旦节", c.HolidayName(day.AddDays(-1)))
	})
	t.Run("I-12/a day with no tag has no name", func(t *testing.T) {
		assert.Equal(t, "", c.HolidayName(day.AddDays(1)))
	})
}
