package httpapi_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

// FuzzEvaluate: whatever body a client sends, as one case or as JSON Lines, the answer is never a 500:
// one case gives 200 with a report or 400 with a problem listing at least one error; a stream gives
// 200 and lines that are each a JSON object.
func FuzzEvaluate(f *testing.F) {
	for _, name := range []string{"quickstart.json", "art18-capped-compensation.json", "art16-supplement-2027.json"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "cases", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, false)
		var c bytes.Buffer
		if err := json.Compact(&c, b); err == nil {
			f.Add(append(c.Bytes(), "\n{}\n"...), true)
		}
	}
	f.Add([]byte(`{"as_of":"2016-02-30","loan":{"amount":"-1"}}`), false)
	f.Add([]byte("\xff\xfe"), true)
	f.Add([]byte(strings.Repeat("[", 101)+strings.Repeat("]", 101)), false) // the pointer of a path that begins at an index
	f.Add([]byte(`{"rights":[{"":1,"a/b~c":2}]}`), false)                   // the empty key; the characters RFC 6901 escapes
	h := httpapi.New(httpapi.Config{})
	f.Fuzz(func(t *testing.T, body []byte, lines bool) {
		ct := "application/json"
		if lines {
			ct = "application/x-ndjson"
		}
		req := httptest.NewRequest("POST", "/v1/evaluate?clauses=false", bytes.NewReader(body))
		req.Header.Set("Content-Type", ct)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch {
		case rec.Code == http.StatusOK && !lines:
			if !json.Valid(rec.Body.Bytes()) {
				t.Fatalf("200 with a body that is not JSON: %q", rec.Body.String())
			}
		case rec.Code == http.StatusBadRequest && !lines:
			var p struct{ Errors []struct{ Pointer *string } }
			if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || len(p.Errors) == 0 {
				t.Fatalf("400 without errors listed: %q", rec.Body.String())
			}
			for _, e := range p.Errors {
				if e.Pointer != nil && !httpapi.ValidPointer(*e.Pointer) {
					t.Fatalf("pointer %q is no JSON Pointer (RFC 6901): %s", *e.Pointer, rec.Body.String())
				}
			}
		case rec.Code == http.StatusOK && lines:
			sc := bufio.NewScanner(rec.Body)
			sc.Buffer(nil, 16<<20)
			for sc.Scan() {
				var v map[string]any
				if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
					t.Fatalf("a line that is no JSON object: %q", sc.Text())
				}
			}
		default:
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body.String())
		}
	})
}

// FuzzPortfolio: whatever register a client sends — as a workbook, a ZIP of CSV files or JSON Lines —
// the answer is 200 with every item either judged or refused with its errors, or 400 with a problem
// listing at least one error; never a 500.
func FuzzPortfolio(f *testing.F) {
	h := httpapi.New(httpapi.Config{})
	for kind, path := range []string{"/v1/portfolio/template.xlsx", "/v1/portfolio/template.zip"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		f.Add(rec.Body.Bytes(), uint8(kind))
	}
	quick, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "cases", "quickstart.json"))
	if err != nil {
		f.Fatal(err)
	}
	var c bytes.Buffer
	if err := json.Compact(&c, quick); err != nil {
		f.Fatal(err)
	}
	f.Add(append(c.Bytes(), "\n{\"as_of\":\"2016-13-01\"}\n"...), uint8(2))
	f.Add([]byte("PK\x03\x04"), uint8(0))
	types := []string{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip", "application/x-ndjson"}
	f.Fuzz(func(t *testing.T, body []byte, kind uint8) {
		req := httptest.NewRequest("POST", "/v1/portfolio", bytes.NewReader(body))
		req.Header.Set("Content-Type", types[int(kind)%len(types)])
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK:
			var p struct {
				Cases []struct {
					Outcome *string
					Errors  []json.RawMessage
				}
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil {
				t.Fatalf("200 with a body that is not the answer: %v", err)
			}
			for i, c := range p.Cases {
				if (c.Outcome == nil) == (len(c.Errors) == 0) {
					t.Fatalf("item %d neither judged nor refused with its errors: %s", i, rec.Body.String())
				}
			}
		case http.StatusBadRequest:
			var p struct{ Errors []json.RawMessage }
			if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || len(p.Errors) == 0 {
				t.Fatalf("400 without errors listed: %q", rec.Body.String())
			}
		default:
			t.Fatalf("status %d: %s", rec.Code, rec.Body.String())
		}
	})
}
