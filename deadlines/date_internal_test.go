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
