package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/examples/internal/portfolio"
)

const (
	jsonType   = "application/json"
	ndjsonType = "application/x-ndjson"
	jsonlType  = "application/jsonl"
)

// evaluate is POST /v1/evaluate: one case (application/json) → its report; JSON Lines
// (application/x-ndjson or application/jsonl) → one line a case, one report a line, in order, streamed.
func (s *server) evaluate(w http.ResponseWriter, r *http.Request) {
	l, q, ok := s.query(w, r, param{"clauses", true})
	if !ok {
		return
	}
	compact := q.Get("clauses") == "false"
	mt, ok := mediaType(w, r, l, jsonType, ndjsonType, jsonlType)
	if !ok {
		return
	}
	if mt != jsonType {
		s.stream(w, r, l, compact)
		return
	}
	v, ok := s.oneCase(w, r, l)
	if !ok {
		return
	}
	out, err := v.reportJSON(l, compact)
	if err != nil {
		panic(err) // a report always writes; recover answers 500 and logs it
	}
	writeJSONBody(w, jsonType, out)
}

// calendar is POST /v1/calendar: one case → its deadlines as an iCalendar file.
func (s *server) calendar(w http.ResponseWriter, r *http.Request) {
	l, _, ok := s.query(w, r)
	if !ok {
		return
	}
	if _, ok := mediaType(w, r, l, jsonType); !ok {
		return
	}
	v, ok := s.oneCase(w, r, l)
	if !ok {
		return
	}
	var buf bytes.Buffer
	if err := s.eng.calendar(&buf, v, l); err != nil {
		panic(err)
	}
	w.Header().Set("Content-Disposition", `attachment; filename="cqpledge-deadlines.ics"`)
	writeJSONBody(w, "text/calendar; charset=utf-8", buf.Bytes())
}

// query reads a handler's query parameters (see params); on a problem it answers 400 naming each and
// reports false.
func (s *server) query(w http.ResponseWriter, r *http.Request, known ...param) (lang, url.Values, bool) {
	l, q, ps := params(r, known...)
	if ps != nil {
		writeProblem(w, l, invalidInput, queryDetail(ps), ps)
		return l, q, false
	}
	return l, q, true
}

// oneCase reads one case from the body and evaluates it; on a problem (the body, or the case's input
// errors) it answers and reports false.
func (s *server) oneCase(w http.ResponseWriter, r *http.Request, l lang) (evaluated, bool) {
	body, ok := s.readBody(w, r, l, s.cfg.MaxBody)
	if !ok {
		return evaluated{}, false
	}
	v, ps := s.eng.evaluate(body)
	if ps != nil {
		writeProblem(w, l, invalidInput, caseDetail(ps), ps)
		return evaluated{}, false
	}
	return v, true
}

func queryDetail(ps []problemItem) message {
	return message{Zh: fmt.Sprintf("查询参数有 %d 处错误", len(ps)), En: portfolio.Count(len(ps), "problem") + " with the query"}
}

func caseDetail(ps []problemItem) message {
	return message{Zh: fmt.Sprintf("案件有 %d 处输入错误", len(ps)), En: "the case has " + portfolio.Count(len(ps), "input error")}
}

// lineError is a bad line's record in a JSON Lines answer, in the line's place: its line number (counting
// every line of the body from 1), the case's id where it could be read, and every input error.
type lineError struct {
	Line   int           `json:"line"`
	ID     string        `json:"id,omitempty"`
	Errors []problemItem `json:"errors"`
}

// stream evaluates a JSON Lines body line by line: each answer line is written before the next line is
// read, and flushed whenever the body has nothing more buffered, so a client sending one case at a time
// gets each report at once. A blank line is skipped (it still counts). A bad line — not a valid case, or
// longer than MaxBody (read past without holding it) — gives its lineError record and the rest go on.
// The status is 200 once the first line is read: a body past MaxStream, or one that does not arrive
// within the timeout, ends the answer with a last record saying why.
func (s *server) stream(w http.ResponseWriter, r *http.Request, l lang, compact bool) {
	if r.ContentLength > s.cfg.MaxStream {
		s.tooLarge(w, l, s.cfg.MaxStream)
		return
	}
	rc := http.NewResponseController(w)
	// HTTP/1 stops reading the body once the answer begins unless told otherwise: a stream answers line
	// by line while the body is still coming.
	if err := rc.EnableFullDuplex(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		s.cfg.Log.Info("full duplex", "err", err)
	}
	br := bufio.NewReaderSize(&capReader{r: r.Body, left: s.cfg.MaxStream}, 64<<10)
	w.Header().Set("Content-Type", ndjsonType)
	// A stream may end before its body does (a limit, the timeout): the connection is not reused then,
	// and net/http must not read a next request from it while full duplex (so every stream closes it).
	w.Header().Set("Connection", "close")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_ = rc.Flush() // the stream has begun: the client sees the status before the first report
	bw := bufio.NewWriterSize(w, 32<<10)
	flush := func() error {
		if err := bw.Flush(); err != nil {
			return err
		}
		if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return err
		}
		return nil
	}
	record := func(e lineError) {
		b, _ := json.Marshal(e)
		bw.Write(b)
		bw.WriteByte('\n')
	}
	err := jsonl.Each(br, int(s.cfg.MaxBody), func(ln jsonl.Line) error {
		if err := r.Context().Err(); err != nil {
			return err
		}
		n, line := ln.N, ln.Bytes
		switch {
		case ln.TooLong:
			record(lineError{Line: n, Errors: []problemItem{lineTooLong(n, s.cfg.MaxBody)}})
		default:
			v, ps := s.eng.evaluate(line)
			if ps != nil {
				for i := range ps {
					ps[i].Line = n
				}
				record(lineError{Line: n, ID: idOf(line), Errors: ps})
				break
			}
			out, err := v.reportJSON(l, compact)
			if err != nil {
				panic(err)
			}
			bw.Write(out)
			bw.WriteByte('\n')
		}
		if br.Buffered() == 0 {
			return flush()
		}
		return nil
	})
	if err != nil {
		if p, ok := s.streamEnd(err); ok {
			record(lineError{Line: p.Line, Errors: []problemItem{p}})
		}
	}
	if err := flush(); err != nil {
		s.cfg.Log.Info("stream write failed", "err", err)
	}
}

func lineTooLong(n int, limit int64) problemItem {
	return problemItem{In: "body", Key: "(line)", Value: "", Code: "line_too_long", Line: n, Message: message{
		Zh: fmt.Sprintf("该行超过 %d 字节的上限", limit), En: fmt.Sprintf("the line is over the limit of %d bytes", limit)}}
}

// streamEnd is the last record of a stream that could not be read to its end: past MaxStream, past the
// deadline, or broken off. A failed write to the client has no record (there is no one to read it).
func (s *server) streamEnd(err error) (problemItem, bool) {
	n := 0
	var re *jsonl.ReadError
	if errors.As(err, &re) {
		n = re.Line
	}
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe), errors.Is(err, errStreamTooLarge):
		return problemItem{In: "body", Key: "(body)", Code: "body_too_large", Line: n, Message: message{
			Zh: fmt.Sprintf("请求体超过 %d 字节的上限，其余各行未评估", s.cfg.MaxStream),
			En: fmt.Sprintf("the body is over the limit of %d bytes; the rest was not evaluated", s.cfg.MaxStream)}}, true
	case isTimeout(err):
		return problemItem{In: "body", Key: "(body)", Code: "timeout", Line: n, Message: message{
			Zh: fmt.Sprintf("未能在 %s 内完成，其余各行未评估", s.cfg.Timeout),
			En: fmt.Sprintf("not done within %s; the rest was not evaluated", s.cfg.Timeout)}}, true
	case re != nil:
		return problemItem{In: "body", Key: "(body)", Code: "read", Line: n, Message: message{
			Zh: "请求体读取失败：" + re.Err.Error(), En: "the body could not be read: " + re.Err.Error()}}, true
	}
	return problemItem{}, false
}

// isTimeout reports a deadline passed: the request's context, or the connection's read deadline.
func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &t) && t.Timeout())
}

// errStreamTooLarge: a JSON Lines body went past MaxStream.
var errStreamTooLarge = errors.New("body past the stream limit")

// capReader reads at most left bytes of r and then fails with errStreamTooLarge. A stream uses it rather
// than http.MaxBytesReader, whose overrun handling does not combine with full duplex (net/http then
// reads the next request while the body is still being read: "invalid concurrent Body.Read call").
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// One byte more tells a body that ends exactly at the limit from one that goes past it.
		var one [1]byte
		n, err := c.r.Read(one[:])
		if n > 0 {
			return 0, errStreamTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
