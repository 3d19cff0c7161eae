package httpapi_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
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
			var p struct{ Errors []json.RawMessage }
			if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || len(p.Errors) == 0 {
				t.Fatalf("400 without errors listed: %q", rec.Body.String())
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
