package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

// onlyReader hides a reader's length, so the client sends the body chunked (no Content-Length).
type onlyReader struct{ io.Reader }

func doChunked(t *testing.T, url, ct string, body []byte) answer {
	t.Helper()
	return doReader(t, "POST", url, ct, onlyReader{bytes.NewReader(body)})
}

// TestBodyLimit: a case over MaxBody is 413, whether its length is declared or not.
func TestBodyLimit(t *testing.T) {
	srv := start(t, httpapi.Config{MaxBody: 1024})
	quick := readCase(t, "quickstart.json") // 1.9 KB
	require.Greater(t, len(quick), 1024)
	for name, a := range map[string]answer{
		"declared": do(t, "POST", srv.URL+"/v1/evaluate", "application/json", quick),
		"chunked":  doChunked(t, srv.URL+"/v1/evaluate", "application/json", quick),
		"calendar": doChunked(t, srv.URL+"/v1/calendar", "application/json", quick),
	} {
		assert.Equal(t, http.StatusRequestEntityTooLarge, a.status, name)
		assert.Equal(t, "/problems/body-too-large", problemOf(t, a).Type, name)
	}
	small := do(t, "POST", srv.URL+"/v1/evaluate", "application/json", []byte(`{"as_of":"2016-06-30"}`))
	assert.Equal(t, http.StatusBadRequest, small.status, "a body within the limit is read and judged")
}

// TestStreamLimits: a line over MaxBody is one bad line, read past, and the rest go on; a body over
// MaxStream ends the stream with a record saying so (or is 413 when its length says so at once).
func TestStreamLimits(t *testing.T) {
	quick := compact(t, readCase(t, "quickstart.json")) // 1,373 bytes
	srv := start(t, httpapi.Config{MaxBody: 4096, MaxStream: 16 << 10})

	long := []byte(`{"id":"` + strings.Repeat("x", 10000) + `"}`)
	body := bytes.Join([][]byte{long, quick}, []byte("\n"))
	a := doChunked(t, srv.URL+"/v1/evaluate", "application/x-ndjson", body)
	require.Equal(t, http.StatusOK, a.status)
	lines := strings.Split(strings.TrimSpace(string(a.body)), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"code":"line_too_long"`)
	assert.Contains(t, lines[0], `"line":1`)
	assert.Contains(t, lines[1], `"outcome":"eligible"`)

	// Twelve lines of 1,374 bytes (with the newline) are 16,488 bytes, past 16,384: eleven lines (15,114
	// bytes) are read whole; the twelfth breaks the limit 1,270 bytes in.
	body = bytes.Repeat(append(quick, '\n'), 12)
	a = doChunked(t, srv.URL+"/v1/evaluate", "application/x-ndjson", body)
	require.Equal(t, http.StatusOK, a.status)
	lines = strings.Split(strings.TrimSpace(string(a.body)), "\n")
	require.Len(t, lines, 12)
	for _, l := range lines[:11] {
		assert.Contains(t, l, `"outcome":"eligible"`)
	}
	assert.Contains(t, lines[11], `"code":"body_too_large"`)
	assert.Contains(t, lines[11], `"line":12`)

	a = do(t, "POST", srv.URL+"/v1/evaluate", "application/x-ndjson", body)
	assert.Equal(t, http.StatusRequestEntityTooLarge, a.status, "declared too long: refused before reading")
}

// startSlow begins a POST whose body is a pipe: the test writes it when it chooses.
func startSlow(t *testing.T, url, ct string) (*io.PipeWriter, <-chan *http.Response) {
	t.Helper()
	pr, pw := io.Pipe()
	req, err := http.NewRequest("POST", url, pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", ct)
	// Its own client, so that its connection is its own: with a shared pool, a freshly dialled connection
	// may be handed to another request of the test first.
	client := &http.Client{Transport: &http.Transport{}}
	t.Cleanup(client.CloseIdleConnections)
	done := make(chan *http.Response, 1)
	go func() {
		resp, err := client.Do(req)
		if err != nil {
			done <- nil
			return
		}
		done <- resp
	}()
	t.Cleanup(func() { pw.Close() })
	return pw, done
}

func wait(t *testing.T, done <-chan *http.Response, within time.Duration) *http.Response {
	t.Helper()
	select {
	case resp := <-done:
		require.NotNil(t, resp, "the request failed")
		t.Cleanup(func() { resp.Body.Close() })
		return resp
	case <-time.After(within):
		t.Fatalf("no answer within %s", within)
		return nil
	}
}

// TestTimeout: a body that does not arrive within the timeout is 408; a stream whose next line does not
// arrive ends with a timeout record after the reports already made.
func TestTimeout(t *testing.T) {
	srv := start(t, httpapi.Config{Timeout: 300 * time.Millisecond})
	quick := readCase(t, "quickstart.json")

	pw, done := startSlow(t, srv.URL+"/v1/evaluate", "application/json")
	_, err := pw.Write(quick[:100])
	require.NoError(t, err)
	begun := time.Now()
	resp := wait(t, done, 5*time.Second)
	assert.Equal(t, http.StatusRequestTimeout, resp.StatusCode)
	assert.GreaterOrEqual(t, time.Since(begun), 200*time.Millisecond, "not before the timeout")
	var p problemDoc
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&p))
	assert.Equal(t, "/problems/timeout", p.Type)

	pw, done = startSlow(t, srv.URL+"/v1/evaluate", "application/x-ndjson")
	_, err = pw.Write(append(compact(t, quick), '\n'))
	require.NoError(t, err)
	resp = wait(t, done, 5*time.Second)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	br := bufio.NewReader(resp.Body)
	first, err := br.ReadString('\n')
	require.NoError(t, err)
	assert.Contains(t, first, `"outcome":"eligible"`)
	last, err := br.ReadString('\n') // nothing more is sent: the timeout ends the stream
	require.NoError(t, err)
	assert.Contains(t, last, `"code":"timeout"`)
	assert.Contains(t, last, `"line":2`)
}

// TestConcurrencyCap: past MaxConcurrent evaluations at once, 503 with Retry-After at once; served again
// when one finishes. Reading the pages is not capped. The request holding the only slot is a stream: its
// answer's headers come as soon as it is in the handler, so the test knows it holds the slot.
func TestConcurrencyCap(t *testing.T) {
	srv := start(t, httpapi.Config{MaxConcurrent: 1, RetryAfter: 2 * time.Second, Timeout: 10 * time.Second})
	quick := readCase(t, "quickstart.json")

	pw, done := startSlow(t, srv.URL+"/v1/evaluate", "application/x-ndjson")
	held := wait(t, done, 5*time.Second)
	require.Equal(t, http.StatusOK, held.StatusCode)

	a := do(t, "POST", srv.URL+"/v1/evaluate", "application/json", quick)
	require.Equal(t, http.StatusServiceUnavailable, a.status, "a second evaluation while the first holds the slot")
	assert.Equal(t, "2", a.header.Get("Retry-After"))
	assert.Equal(t, "/problems/busy", problemOf(t, a).Type)
	for _, path := range []string{"/v1/calendar", "/v1/portfolio"} {
		assert.Equal(t, http.StatusServiceUnavailable, do(t, "POST", srv.URL+path, "application/json", quick).status, path)
	}
	assert.Equal(t, http.StatusOK, do(t, "GET", srv.URL+"/healthz", "", nil).status, "health is not an evaluation")

	_, err := pw.Write(append(compact(t, quick), '\n'))
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	body, err := io.ReadAll(held.Body)
	require.NoError(t, err)
	assert.Contains(t, string(body), `"outcome":"eligible"`, "the first request finishes")
	// The slot is released as the first handler returns, which may be a moment after its answer reached
	// the client.
	status := 0
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline) && status != http.StatusOK; time.Sleep(5 * time.Millisecond) {
		status = do(t, "POST", srv.URL+"/v1/evaluate", "application/json", quick).status
	}
	assert.Equal(t, http.StatusOK, status, "the slot is free again")
}

// TestGracefulShutdown: when Serve's context ends, a request in flight still gets its answer, Serve
// returns nil, and no new connection is taken. The request in flight is a stream, whose headers tell
// that it is in the handler.
func TestGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	cfg := httpapi.Config{Timeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- httpapi.Serve(ctx, ln, httpapi.New(cfg), cfg) }()

	quick := compact(t, readCase(t, "quickstart.json"))
	pw, done := startSlow(t, url+"/v1/evaluate", "application/x-ndjson")
	resp := wait(t, done, 5*time.Second)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	cancel()
	time.Sleep(100 * time.Millisecond)
	select {
	case err := <-served:
		t.Fatalf("Serve returned with a request in flight: %v", err)
	default:
	}
	_, err = pw.Write(append(quick, '\n'))
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Contains(t, string(body), `"outcome":"eligible"`, "the request in flight is answered in full")
	select {
	case err := <-served:
		assert.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after the last request")
	}
	_, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	assert.Error(t, err, "no new connections after shutdown")
}

func TestCheckAddr(t *testing.T) {
	for _, tc := range []struct {
		addr   string
		expose bool
		ok     bool
	}{
		{"127.0.0.1:8080", false, true},
		{"127.1.2.3:8080", false, true},
		{"[::1]:8080", false, true},
		{"localhost:8080", false, true},
		{":8080", false, false},
		{"0.0.0.0:8080", false, false},
		{"[::]:8080", false, false},
		{"192.168.1.10:8080", false, false},
		{"example.org:80", false, false},
		{"0.0.0.0:8080", true, true},
		{"127.0.0.1", false, false}, // no port
	} {
		err := httpapi.CheckAddr(tc.addr, tc.expose)
		assert.Equal(t, tc.ok, err == nil, "%s expose=%v: %v", tc.addr, tc.expose, err)
	}
}
