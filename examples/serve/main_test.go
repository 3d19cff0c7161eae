package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var quickstartPath = filepath.Join("..", "..", "testdata", "cases", "quickstart.json")

// binary is the program built once for the tests that run it as a process (SIGTERM, the load test).
var binary struct {
	once sync.Once
	path string
	err  error
}

func build(t *testing.T) string {
	t.Helper()
	binary.once.Do(func() {
		dir, err := os.MkdirTemp("", "serve-test")
		if err != nil {
			binary.err = err
			return
		}
		binary.path = filepath.Join(dir, "serve")
		out, err := exec.Command("go", "build", "-o", binary.path, ".").CombinedOutput()
		if err != nil {
			binary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, binary.err)
	return binary.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binary.path != "" {
		os.RemoveAll(filepath.Dir(binary.path))
	}
	os.Exit(code)
}

// server is the program running on a free loopback port.
type server struct {
	cmd    *exec.Cmd
	url    string
	stderr *bytes.Buffer
	mu     *sync.Mutex
	exited chan error
}

var listening = regexp.MustCompile(`listening on (http://127\.0\.0\.1:[0-9]+)/`)

func startServer(t *testing.T, args ...string) server {
	t.Helper()
	cmd := exec.Command(build(t), append([]string{"-addr", "127.0.0.1:0"}, args...)...)
	pipe, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	s := server{cmd: cmd, stderr: &bytes.Buffer{}, mu: &sync.Mutex{}, exited: make(chan error, 1)}
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			s.mu.Lock()
			s.stderr.WriteString(sc.Text() + "\n")
			s.mu.Unlock()
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
		s.exited <- cmd.Wait()
	}()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	select {
	case s.url = <-urls:
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not say where it listens")
	}
	return s
}

func (s server) log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stderr.String()
}

// TestSIGTERM: the program stops on SIGTERM after finishing the request in flight, and exits 0.
func TestSIGTERM(t *testing.T) {
	s := startServer(t)
	quick, err := os.ReadFile(quickstartPath)
	require.NoError(t, err)
	var line bytes.Buffer
	require.NoError(t, compactJSON(&line, quick))

	pr, pw := io.Pipe()
	req, err := http.NewRequest("POST", s.url+"/v1/evaluate", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		done <- result{resp, err}
	}()
	var r result
	select {
	case r = <-done: // the stream's status comes at once: the request is in the handler
	case <-time.After(10 * time.Second):
		t.Fatal("no answer")
	}
	require.NoError(t, r.err)
	defer r.resp.Body.Close()

	require.NoError(t, s.cmd.Process.Signal(syscall.SIGTERM))
	time.Sleep(200 * time.Millisecond)
	select {
	case err := <-s.exited:
		t.Fatalf("exited with a request in flight: %v\n%s", err, s.log())
	default:
	}
	_, err = pw.Write(append(line.Bytes(), '\n'))
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	body, err := io.ReadAll(r.resp.Body)
	require.NoError(t, err)
	assert.Contains(t, string(body), `"outcome":"eligible"`, "the request in flight is answered")
	select {
	case err := <-s.exited:
		assert.NoError(t, err, "exit status 0")
	case <-time.After(10 * time.Second):
		t.Fatal("did not exit after SIGTERM")
	}
	assert.Contains(t, s.log(), "serve: stopped")
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-addr", "0.0.0.0:8080"}, "listens beyond this machine"},
		{[]string{"-addr", ":8080"}, "listens beyond this machine"},
		{[]string{"-timeout", "0s"}, "must be above zero"},
		{[]string{"-max-concurrent", "-1"}, "must be above zero"},
		{[]string{"-max-portfolio", "0"}, "must be above zero"},
		{[]string{"-max-unzipped", "-5"}, "must be above zero"},
		{[]string{"-max-portfolios", "0"}, "must be above zero"},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-nope"}, "flag provided but not defined"},
	} {
		var stderr bytes.Buffer
		status := run(context.Background(), tc.args, &stderr)
		assert.Equal(t, 2, status, "%v", tc.args)
		assert.Contains(t, stderr.String(), tc.want, "%v", tc.args)
	}
}

// TestLoad: evaluations from concurrent clients on loopback, all answered 200, with the latency
// percentiles, the rate and the server's peak RSS reported. By default a small run (2,000 evaluations,
// 8 clients) that keeps `go test ./...` quick; CQPLEDGE_LOAD=full runs the 20,000 evaluations
// from 32 clients (.ci/load). The figures go to the test log (-v); none is a pass mark, since the
// machine is shared: only errors and non-2xx fail.
func TestLoad(t *testing.T) {
	n, clients := 2000, 8
	if os.Getenv("CQPLEDGE_LOAD") == "full" {
		n, clients = 20000, 32
	} else if testing.Short() {
		n = 200
	}
	s := startServer(t)
	quick, err := os.ReadFile(quickstartPath)
	require.NoError(t, err)

	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	jobs := make(chan struct{}, n)
	for range n {
		jobs <- struct{}{}
	}
	close(jobs)
	lat := make([][]time.Duration, clients)
	var mu sync.Mutex
	errs, non2xx := 0, 0
	firstErr := ""
	var wg sync.WaitGroup
	began := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				t0 := time.Now()
				resp, err := client.Post(s.url+"/v1/evaluate", "application/json", bytes.NewReader(quick))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				d := time.Since(t0)
				mu.Lock()
				switch {
				case err != nil:
					errs++
					if firstErr == "" {
						firstErr = err.Error()
					}
				case resp.StatusCode/100 != 2:
					non2xx++
					if firstErr == "" {
						firstErr = resp.Status
					}
				}
				mu.Unlock()
				lat[c] = append(lat[c], d)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(began)
	rss := peakRSS(t, s.cmd.Process.Pid)

	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	pct := func(p float64) time.Duration { return all[int(p*float64(len(all)-1))] }
	t.Logf("%d evaluations from %d clients on loopback in %s: %.0f requests/s, p50 %s, p99 %s, max %s; server peak RSS %d MiB; %d errors, %d non-2xx",
		n, clients, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), pct(0.50).Round(10*time.Microsecond),
		pct(0.99).Round(10*time.Microsecond), all[len(all)-1].Round(10*time.Microsecond), rss>>20, errs, non2xx)
	require.Len(t, all, n)
	assert.Zero(t, errs, "first: %s", firstErr)
	assert.Zero(t, non2xx, "first: %s", firstErr)
}

// peakRSS reads a process's peak resident set size (VmHWM) from /proc, in bytes.
func peakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Logf("peak RSS not known: %v", err)
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

func compactJSON(w *bytes.Buffer, b []byte) error {
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		return err
	}
	w.Write(out.Bytes())
	return nil
}
