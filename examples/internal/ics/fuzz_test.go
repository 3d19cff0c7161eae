package ics_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/ics"
)

// FuzzParse: Parse never panics on any bytes.
func FuzzParse(f *testing.F) {
	f.Add("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20160101T000000Z\r\nDTSTART;VALUE=DATE:20160101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
	f.Add("BEGIN:VCALENDAR\r\n X\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ics.Parse(strings.NewReader(s))
	})
}

// FuzzWriteParse: any summary and description survive Write and Parse unchanged (CR aside, which TEXT
// cannot carry and Write turns into a line break).
func FuzzWriteParse(f *testing.F) {
	f.Add("登记截止", "第十四条，第一款；\\n")
	f.Add(strings.Repeat("é", 80), "")
	f.Fuzz(func(t *testing.T, summary, desc string) {
		if strings.Contains(summary+desc, "\r") {
			return
		}
		in := ics.Calendar{Stamp: deadlines.MustParseDate("2016-06-30"), Events: []ics.Event{{
			UID: "u@x", Date: deadlines.MustParseDate("2016-01-20"), Summary: summary, Description: desc,
		}}}
		var buf bytes.Buffer
		if err := ics.Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		out, err := ics.Parse(&buf)
		if err != nil {
			t.Fatalf("Parse(Write(%q, %q)): %v", summary, desc, err)
		}
		if out.Events[0].Summary != summary || out.Events[0].Description != desc {
			t.Fatalf("round trip: got %q %q, want %q %q", out.Events[0].Summary, out.Events[0].Description, summary, desc)
		}
	})
}
