package ics

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
)

// Parse reads back an iCalendar object as Write writes it, strictly: CRLF line ends, content lines of at
// most 75 octets, folded lines unfolded, BEGIN and END balanced, every event with a UID, a DTSTAMP and an
// all-day DTSTART, text unescaped. It reads the properties Write writes and ignores others. The tests use
// it to check what the programs write; a client can use it to read a calendar back.
func Parse(r io.Reader) (Calendar, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Calendar{}, err
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		return Calendar{}, errors.New("ics: does not end with CRLF")
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	sc.Split(splitCRLF)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		if len(raw) > maxOctets {
			return Calendar{}, fmt.Errorf("ics: line %d: %d octets, past %d", n, len(raw), maxOctets)
		}
		if strings.ContainsAny(raw, "\r\n") {
			return Calendar{}, fmt.Errorf("ics: line %d: bare CR or LF", n)
		}
		if strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t") {
			if len(lines) == 0 {
				return Calendar{}, fmt.Errorf("ics: line %d: continuation with nothing before it", n)
			}
			lines[len(lines)-1] += raw[1:]
			continue
		}
		lines = append(lines, raw)
	}
	if err := sc.Err(); err != nil {
		return Calendar{}, err
	}

	var (
		c     Calendar
		stack []string
		ev    *Event
		stamp string
	)
	for i, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			return Calendar{}, fmt.Errorf("ics: property %d: no colon: %q", i+1, l)
		}
		switch name {
		case "BEGIN":
			if len(stack) == 0 && value != "VCALENDAR" {
				return Calendar{}, fmt.Errorf("ics: %s outside VCALENDAR", value)
			}
			stack = append(stack, value)
			if value == "VEVENT" {
				ev = &Event{}
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				return Calendar{}, fmt.Errorf("ics: END:%s does not close %v", value, stack)
			}
			stack = stack[:len(stack)-1]
			if value == "VEVENT" {
				if ev.UID == "" || ev.Date.IsZero() || stamp == "" {
					return Calendar{}, fmt.Errorf("ics: event %d lacks UID, DTSTART or DTSTAMP", len(c.Events)+1)
				}
				c.Events = append(c.Events, *ev)
				ev, stamp = nil, ""
			}
			continue
		}
		if len(stack) == 0 {
			return Calendar{}, fmt.Errorf("ics: %s outside VCALENDAR", name)
		}
		top := stack[len(stack)-1]
		switch {
		case top == "VCALENDAR" && name == "X-WR-CALNAME":
			c.Name = unescape(value)
		case top == "VCALENDAR" && name == "X-CQPLEDGE-NOTE":
			c.Notes = append(c.Notes, unescape(value))
		case top == "VEVENT" && name == "UID":
			ev.UID = unescape(value)
		case top == "VEVENT" && name == "DTSTAMP":
			stamp = value
			d, err := fromBasic(strings.TrimSuffix(value, "T000000Z"))
			if err != nil {
				return Calendar{}, fmt.Errorf("ics: DTSTAMP %q: %v", value, err)
			}
			c.Stamp = d
		case top == "VEVENT" && name == "DTSTART;VALUE=DATE":
			d, err := fromBasic(value)
			if err != nil {
				return Calendar{}, fmt.Errorf("ics: DTSTART %q: %v", value, err)
			}
			ev.Date = d
		case top == "VEVENT" && name == "SUMMARY":
			ev.Summary = unescape(value)
		case top == "VEVENT" && name == "DESCRIPTION":
			ev.Description = unescape(value)
		case top == "VALARM" && name == "TRIGGER":
			days, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(value, "-P"), "D"))
			if err != nil {
				return Calendar{}, fmt.Errorf("ics: TRIGGER %q", value)
			}
			ev.AlarmDays = append(ev.AlarmDays, days)
		}
	}
	if len(stack) != 0 {
		return Calendar{}, fmt.Errorf("ics: %v not closed", stack)
	}
	return c, nil
}

func splitCRLF(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.Index(data, []byte("\r\n")); i >= 0 {
		return i + 2, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return 0, nil, errors.New("ics: last line without CRLF")
	}
	return 0, nil, nil
}

func fromBasic(s string) (deadlines.Date, error) {
	if len(s) != 8 {
		return deadlines.Date{}, errors.New("not YYYYMMDD")
	}
	return deadlines.ParseDate(s[:4] + "-" + s[4:6] + "-" + s[6:])
}

func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
