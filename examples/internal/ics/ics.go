// Package ics writes iCalendar files (RFC 5545) of a case's deadlines, so that a finance officer's calendar
// reminds them of each filing, supplement, annual fee and ban: the Art. 14 filings (registration, each
// change, release), the Art. 16 supplement deadline, the annual fees of each pledged patent due up to the
// loan's maturity (with their grace periods), and the last day of each Art. 21¶1 ban on the case's parties.
//
// Both examples/evaluate (-format ics) and examples/serve (POST /v1/calendar) write their files with it,
// so the two give the same bytes for the same case.
//
// Decisions where RFC 5545 leaves a choice:
//   - Every deadline is an all-day event (DTSTART;VALUE=DATE, DTEND the next day): a legal last day has no
//     hour, and an all-day event is never moved by the reader's time zone.
//   - DTSTAMP (required) is the case's as_of date at 00:00:00 UTC, not the clock: the file is a function
//     of the case, so the program and the server write the same bytes, and a test can compare them.
//   - UIDs are derived from the case (its id, or a digest of its canonical JSON), the kind of deadline,
//     its index and the day, so evaluating the same case again updates the same events in a calendar
//     rather than adding copies.
//   - Each event carries two display alarms, seven days and one day before.
//   - A deadline the work calendar cannot compute (a year it does not cover) is not guessed: it is left
//     out and named in Calendar.Notes, which the writer puts in X-CQPLEDGE-NOTE lines.
package ics

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
)

// Calendar is one iCalendar object: its name, the day it is stamped with and its events, in order.
type Calendar struct {
	Name   string
	Stamp  deadlines.Date // DTSTAMP of every event, at 00:00:00 UTC
	Events []Event
	Notes  []string // deadlines left out, and why
}

// Event is one all-day event on Date.
type Event struct {
	UID         string
	Date        deadlines.Date
	Summary     string
	Description string
	// AlarmDays are the days before Date at which a display alarm fires (7 and 1 by default, see Deadlines).
	AlarmDays []int
}

// ContentType is the media type of what Write writes.
const ContentType = "text/calendar; charset=utf-8"

// Write writes c as an iCalendar object (RFC 5545): CRLF line ends, lines folded at 75 octets without
// splitting a UTF-8 character (§3.1), text escaped (§3.3.11).
func Write(w io.Writer, c Calendar) error {
	bw := bufio.NewWriter(w)
	l := lineWriter{w: bw}
	l.prop("BEGIN", "VCALENDAR")
	l.prop("VERSION", "2.0")
	l.prop("PRODID", "-//cqpledge//examples//ZH")
	l.prop("CALSCALE", "GREGORIAN")
	l.prop("METHOD", "PUBLISH")
	if c.Name != "" {
		l.prop("X-WR-CALNAME", escape(c.Name))
	}
	for _, n := range c.Notes {
		l.prop("X-CQPLEDGE-NOTE", escape(n))
	}
	stamp := basic(c.Stamp) + "T000000Z"
	for _, e := range c.Events {
		l.prop("BEGIN", "VEVENT")
		l.prop("UID", escape(e.UID))
		l.prop("DTSTAMP", stamp)
		l.prop("DTSTART;VALUE=DATE", basic(e.Date))
		l.prop("DTEND;VALUE=DATE", basic(e.Date.AddDays(1)))
		l.prop("SUMMARY", escape(e.Summary))
		if e.Description != "" {
			l.prop("DESCRIPTION", escape(e.Description))
		}
		l.prop("TRANSP", "TRANSPARENT")
		for _, d := range e.AlarmDays {
			l.prop("BEGIN", "VALARM")
			l.prop("ACTION", "DISPLAY")
			l.prop("TRIGGER", "-P"+itoa(d)+"D")
			l.prop("DESCRIPTION", escape(e.Summary))
			l.prop("END", "VALARM")
		}
		l.prop("END", "VEVENT")
	}
	l.prop("END", "VCALENDAR")
	if l.err != nil {
		return l.err
	}
	return bw.Flush()
}

// basic writes a date in the basic form RFC 5545 uses: 20160120.
func basic(d deadlines.Date) string { return strings.ReplaceAll(d.String(), "-", "") }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}

// escape escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
func escape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

type lineWriter struct {
	w   *bufio.Writer
	err error
}

// maxOctets is the longest a content line may be, CRLF excluded (RFC 5545 §3.1).
const maxOctets = 75

// prop writes "name:value" as one content line, folded: a line longer than 75 octets is broken before a
// character that would pass the limit, and each continuation begins with one space (which counts).
func (l *lineWriter) prop(name, value string) {
	if l.err != nil {
		return
	}
	line := name + ":" + value
	n := 0 // octets on the current physical line
	for len(line) > 0 {
		_, size := utf8.DecodeRuneInString(line)
		if n+size > maxOctets {
			l.w.WriteString("\r\n ")
			n = 1
		}
		l.w.WriteString(line[:size])
		n += size
		line = line[size:]
	}
	_, l.err = l.w.WriteString("\r\n")
}
