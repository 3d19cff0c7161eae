// Package jsonl reads JSON Lines for the example programs and the service: one line at a time, each held
// to a bound, so that a line past the bound is one bad line — read to its end without being held, its
// record standing in its place — and the lines after it are read as usual (issue 10: one hostile line
// must neither end a run nor take its memory). examples/evaluate, examples/whatif, the register's JSON
// Lines reader (examples/portfolio, POST /v1/portfolio) and POST /v1/evaluate all read lines here.
package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/ipfinance/cqpledge/pledge"
)

// MaxLine is the programs' bound on a line: 64 MiB, sixteen times the largest case file the library reads
// (pledge.MaxCaseBytes), so that any line a case could be is the library's to judge, and refuse.
const MaxLine = 64 << 20

// ErrTooLong is the cause of a line past MaxLine (TooLong).
var ErrTooLong = pledge.NewCause(
	fmt.Sprintf("a line longer than %d bytes: read past, not read as a case", MaxLine),
	fmt.Sprintf("该行超过 %d 字节：已跳过，未作为案件读取", MaxLine))

// Line is one line of the input.
type Line struct {
	N       int    // its number, from 1; blank lines count
	Bytes   []byte // the line trimmed of surrounding white space; nil where TooLong. Valid only during the call.
	Size    int64  // its length in bytes, without the line's end ("\n" or "\r\n")
	TooLong bool   // longer than the bound: read past, never held
}

// TooLong is the input error of a line past MaxLine: at pledge.RootField, its size as the value, ErrTooLong
// as the cause, so that a program writes it as it writes a bad case's problems, in its language.
func TooLong(l Line) error {
	return &pledge.InputError{Field: pledge.RootField, Value: strconv.FormatInt(l.Size, 10), Err: ErrTooLong}
}

// ReadError is input that could not be read (an I/O error, a directory given as a file): not bad input.
type ReadError struct {
	Line int // the line being read
	Err  error
}

func (e *ReadError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ReadError) Unwrap() error { return e.Err }

// Each calls fn for every line of r that is not blank, in order, with at most max bytes of a line held
// (a line whose length, without its end, passes max comes as TooLong, with no bytes). A last line with no
// newline is a line. A read error stops it as a *ReadError; fn's error stops it and comes back as it is.
func Each(r io.Reader, max int, fn func(Line) error) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	var buf []byte
	for n := 1; ; n++ {
		l := Line{N: n}
		buf = buf[:0]
		var err error
		var last, before byte // the line's last byte so far, and the one before its '\n' ('\r' is its end too)
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			l.Size += int64(len(frag))
			if len(frag) >= 2 {
				before = frag[len(frag)-2]
			} else if len(frag) == 1 {
				before = last
			}
			if len(frag) > 0 {
				last = frag[len(frag)-1]
			}
			if !l.TooLong {
				// The line's length so far without its end: less the newline and a '\r' before it once it
				// has ended; while it goes on, less a last '\r', which may yet turn out to be its end.
				held := len(buf) + len(frag)
				switch {
				case err == nil:
					held--
					if before == '\r' {
						held--
					}
				case errors.Is(err, bufio.ErrBufferFull) && last == '\r':
					held--
				}
				if held > max {
					l.TooLong, buf = true, buf[:0]
				} else {
					buf = append(buf, frag...)
				}
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return &ReadError{Line: n, Err: err}
		}
		if l.Size == 0 && err != nil { // the end, after the last line's newline (or of an empty input)
			return nil
		}
		if err == nil { // ended by a newline
			l.Size--
			if before == '\r' {
				l.Size--
			}
		}
		if !l.TooLong {
			l.Bytes = bytes.TrimSpace(buf)
		}
		if l.TooLong || len(l.Bytes) > 0 {
			if ferr := fn(l); ferr != nil {
				return ferr
			}
		}
		if err != nil {
			return nil
		}
	}
}
