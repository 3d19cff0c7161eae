package httpapi_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

// casePath is a case file of testdata/cases.
func casePath(name string) string {
	return filepath.Join("..", "..", "..", "testdata", "cases", name)
}

func readCase(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(casePath(name))
	require.NoError(t, err)
	return b
}

// compact writes a case file on one line, for JSON Lines.
func compact(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, json.Compact(&buf, b))
	return buf.Bytes()
}

// start serves the handler with cfg on loopback (httptest listens on 127.0.0.1).
func start(t testing.TB, cfg httpapi.Config) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(httpapi.New(cfg))
	t.Cleanup(srv.Close)
	return srv
}

type answer struct {
	status int
	header http.Header
	body   []byte
}

func do(t testing.TB, method, url, contentType string, body []byte) answer {
	t.Helper()
	return doReader(t, method, url, contentType, bytes.NewReader(body))
}

// doReader sends body as it is: a reader of unknown length (not a *bytes.Reader) is sent chunked.
func doReader(t testing.TB, method, url, contentType string, body io.Reader) answer {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return send(t, req)
}

// send sends req and reads the whole answer.
func send(t testing.TB, req *http.Request) answer {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return answer{resp.StatusCode, resp.Header, b}
}

// problemDoc is an RFC 9457 problem document as the server writes it.
type problemDoc struct {
	Type   string      `json:"type"`
	Title  string      `json:"title"`
	Status int         `json:"status"`
	Detail string      `json:"detail"`
	Errors []inputItem `json:"errors"`
}

type inputItem struct {
	In      string `json:"in"`
	Key     string `json:"key"`
	Pointer string `json:"pointer"`
	Value   string `json:"value"`
	Code    string `json:"code"`
	Line    int    `json:"line"`
	Sheet   string `json:"sheet"`
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message struct {
		Zh string `json:"zh"`
		En string `json:"en"`
	} `json:"message"`
}

func problemOf(t testing.TB, a answer) problemDoc {
	t.Helper()
	require.Equal(t, "application/problem+json", a.header.Get("Content-Type"), "body: %s", a.body)
	var p problemDoc
	require.NoError(t, json.Unmarshal(a.body, &p))
	require.Equal(t, a.status, p.Status, "the problem's status is the response's")
	return p
}
