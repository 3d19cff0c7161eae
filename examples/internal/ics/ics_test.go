package ics_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/ics"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

func calendarOf(t *testing.T, name string, lang pledge.Lang) ics.Calendar {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "cases", name+".json"))
	require.NoError(t, err)
	c, err := pledge.DecodeCase(data)
	require.NoError(t, err)
	p, cal := subsidy.Default2015(), deadlines.China()
	r, err := subsidy.Evaluate(c, p, cal)
	require.NoError(t, err)
	return ics.Deadlines(c, r, p, cal, lang)
}

type day struct{ date, summary string }

func days(c ics.Calendar) []day {
	out := make([]day, len(c.Events))
	for i, e := range c.Events {
		out[i] = day{e.Date.String(), e.Summary}
	}
	return out
}

// TestDeadlines checks the events gathered for the test cases; each day is worked out by hand in the row.
func TestDeadlines(t *testing.T) {
	tests := []struct {
		ref, name string
		file      string
		want      []day
		notes     []string // substrings, one per note expected
	}{
		{"Art. 14¶1", "quickstart: registration and the year-5 fee", "quickstart", []day{
			// Signed 2016-01-05; 15 days, the day not counted: 2016-01-20, a Wednesday and a working day.
			{"2016-01-20", "质押登记截止（第十四条第一款）"},
			// Filed 2013-03-01, paid through year 4: year 5 begins on the 4th anniversary, 2017-03-01
			// (a Wednesday), which is its due day; it is after the maturity 2017-01-08, so it is the last fee.
			{"2017-03-01", "201310123456.2 第5年年费缴纳期限"},
			// Grace: six months from 2017-03-01 is 2017-09-01, a Friday.
			{"2017-09-01", "201310123456.2 第5年年费滞纳期届满（未缴则专利权自2017-03-01终止）"},
		}, nil},
		{"Art. 14¶2", "late registration: change and release too", "art14-late-registration", []day{
			{"2016-01-20", "质押登记截止（第十四条第一款）"},
			// Changed 2016-05-03 + 15 days = 2016-05-18, a Wednesday.
			{"2016-05-18", "质押登记变更截止（第十四条第二款，第1项变更）"},
			// Ended 2017-01-08 + 30 days = 2017-02-07, a Tuesday (the Spring Festival break ended 2017-02-02).
			{"2017-02-07", "质押登记解押截止（第十四条第三款）"},
			{"2017-03-01", "201310123456.2 第5年年费缴纳期限"},
			{"2017-09-01", "201310123456.2 第5年年费滞纳期届满（未缴则专利权自2017-03-01终止）"},
		}, nil},
		{"Art. 16", "supplement requested 2016-03-04 for 10 days", "art16-supplement-missed", []day{
			{"2016-01-20", "质押登记截止（第十四条第一款）"},
			// 2016-03-04 + 10 days = 2016-03-14, a Monday.
			{"2016-03-14", "申请材料补充截止（第十六条）"},
			{"2017-03-01", "201310123456.2 第5年年费缴纳期限"},
			{"2017-09-01", "201310123456.2 第5年年费滞纳期届满（未缴则专利权自2017-03-01终止）"},
		}, nil},
		{"Art. 21¶1", "fraud decision 2015-12-01: the ban's last day", "art21-fraud-ban", []day{
			{"2016-01-20", "质押登记截止（第十四条第一款）"},
			{"2017-03-01", "201310123456.2 第5年年费缴纳期限"},
			{"2017-09-01", "201310123456.2 第5年年费滞纳期届满（未缴则专利权自2017-03-01终止）"},
			// The third anniversary of 2015-12-01, not moved though 2018-12-01 is a Saturday (I-20).
			{"2018-12-01", "某担保公司 三年内不予受理补助申请的最后一日（第二十一条第一款）"},
		}, nil},
		{"I-12", "deadlines past the calendar are named, not guessed", "art16-supplement-2027", []day{
			{"2016-01-20", "质押登记截止（第十四条第一款）"},
			// The supplement (2026-12-25 + 15 days) and the year-15 fee (due 2027-03-01) need 2027: left out.
		}, []string{"application.supplement_requested", "第15年年费的期限无法计算"}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := calendarOf(t, tc.file, pledge.Chinese)
			assert.Equal(t, tc.want, days(c))
			require.Len(t, c.Notes, len(tc.notes), "notes: %q", c.Notes)
			for i, n := range tc.notes {
				assert.Contains(t, c.Notes[i], n)
			}
			for _, e := range c.Events {
				assert.Equal(t, []int{7, 1}, e.AlarmDays)
				assert.NotEmpty(t, e.Description)
			}
		})
	}
}

func TestDeadlinesEnglish(t *testing.T) {
	c := calendarOf(t, "quickstart", pledge.English)
	require.Len(t, c.Events, 3)
	assert.Equal(t, "Pledge registration due (Art. 14¶1)", c.Events[0].Summary)
	assert.Equal(t, "201310123456.2: annual fee for year 5 due", c.Events[1].Summary)
	assert.Equal(t, "IP pledge financing deadlines: 重庆某科技有限公司", c.Name)
	assert.Contains(t, c.Events[0].Description, "filed 2016-01-15")
}

// TestWriteParse writes a calendar with long Chinese text and the characters TEXT escapes, checks the
// lines RFC 5545 asks for, and reads it back equal.
func TestWriteParse(t *testing.T) {
	long := strings.Repeat("知识产权质押融资，逗号；分号\\反斜杠", 8) + "\n第二行"
	in := ics.Calendar{
		Name:  "期限, test; calendar",
		Stamp: deadlines.MustParseDate("2016-06-30"),
		Notes: []string{"rights[0]: year not covered"},
		Events: []ics.Event{
			{UID: "a-1@cqpledge", Date: deadlines.MustParseDate("2016-01-20"), Summary: "登记", Description: long, AlarmDays: []int{7, 1}},
			{UID: "a-2@cqpledge", Date: deadlines.MustParseDate("2016-12-31"), Summary: "year end", AlarmDays: []int{7, 1}},
		},
	}
	var buf bytes.Buffer
	require.NoError(t, ics.Write(&buf, in))
	text := buf.String()
	for i, l := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
		assert.LessOrEqualf(t, len(l), 75, "line %d is %d octets", i+1, len(l))
		assert.Truef(t, utf8.ValidString(l), "line %d splits a character: %q", i+1, l)
		assert.NotContains(t, l, "\n")
	}
	assert.Contains(t, text, "DTSTAMP:20160630T000000Z\r\n")
	assert.Contains(t, text, "DTSTART;VALUE=DATE:20160120\r\n")
	assert.Contains(t, text, "DTEND;VALUE=DATE:20160121\r\n")
	assert.Contains(t, text, "DTEND;VALUE=DATE:20170101\r\n", "the day after 31 December is in the next year")
	assert.Contains(t, text, "X-WR-CALNAME:期限\\, test\\; calendar\r\n")
	assert.Contains(t, text, "TRIGGER:-P7D\r\n")
	assert.True(t, strings.HasPrefix(text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))

	out, err := ics.Parse(strings.NewReader(text))
	require.NoError(t, err)
	assert.Equal(t, in, out)
}

func TestParseRefuses(t *testing.T) {
	for name, text := range map[string]string{
		"LF only":        "BEGIN:VCALENDAR\nEND:VCALENDAR\n",
		"unbalanced":     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
		"no uid":         "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTAMP:20160101T000000Z\r\nDTSTART;VALUE=DATE:20160101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"line too long":  "BEGIN:VCALENDAR\r\nX-WR-CALNAME:" + strings.Repeat("x", 70) + "\r\nEND:VCALENDAR\r\n",
		"bad date":       "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20160101T000000Z\r\nDTSTART;VALUE=DATE:20161301\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"outside object": "UID:x\r\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ics.Parse(strings.NewReader(text))
			assert.Error(t, err)
		})
	}
}
