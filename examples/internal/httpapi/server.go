package httpapi

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/examples/internal/htmlreport"
)

// Config holds the server's limits. New fills a zero field with its default (Defaults).
type Config struct {
	// MaxBody is the most bytes one case may take: a POST /v1/evaluate or /v1/calendar body, and each line
	// of a JSON Lines body. Default 1 MiB (the quickstart case is 2 KB; a case with a thousand rights
	// about 600 KB).
	MaxBody int64
	// MaxStream is the most bytes of a JSON Lines body of POST /v1/evaluate (streamed). Default 32 MiB.
	MaxStream int64
	// MaxPortfolio is the most bytes of a POST /v1/portfolio body: a workbook, a ZIP of CSV files or JSON
	// Lines. Default 32 MiB.
	MaxPortfolio int64
	// MaxUnzipped is the most bytes a portfolio's workbook or ZIP may unzip to, all held in memory (never
	// spilled to a temporary file). Default 160 MiB: a workbook of 50,000 loans like the sample's (16 MB,
	// unzipping to 157 MB) fits, which is about as many as the default timeout lets this 2-core machine
	// read and judge (34 CPU-seconds measured; 590 MB peak RSS). A workbook unzips to about ten times its
	// size, so for a workbook this binds before MaxPortfolio, at about 16 MB.
	MaxUnzipped int64
	// Timeout bounds each request from its first byte: reading the body, evaluating and writing the
	// answer. Default 30 s. A body not read by then is answered 408; a stream is ended with a last
	// record saying why.
	Timeout time.Duration
	// MaxConcurrent is the most evaluation requests (evaluate, calendar, portfolio) served at once; one
	// more is answered 503 with Retry-After at once rather than queued. Default 64.
	MaxConcurrent int
	// MaxPortfolios is the most POST /v1/portfolio requests served at once, within MaxConcurrent: each
	// may hold MaxPortfolio and MaxUnzipped bytes and uses every core. One more is answered 503 with
	// Retry-After at once. Default 2.
	MaxPortfolios int
	// RetryAfter is the Retry-After of a 503, rounded up to whole seconds. Default 1 s.
	RetryAfter time.Duration
	// Log receives panics and the server's own errors; nil discards them.
	Log *slog.Logger
}

// Defaults returns the default limits.
func Defaults() Config {
	return Config{MaxBody: 1 << 20, MaxStream: 32 << 20, MaxPortfolio: 32 << 20, MaxUnzipped: 160 << 20,
		Timeout: 30 * time.Second, MaxConcurrent: 64, MaxPortfolios: 2, RetryAfter: time.Second}
}

func (c Config) withDefaults() Config {
	d := Defaults()
	orDefault(&c.MaxBody, d.MaxBody)
	orDefault(&c.MaxStream, d.MaxStream)
	orDefault(&c.MaxPortfolio, d.MaxPortfolio)
	orDefault(&c.MaxUnzipped, d.MaxUnzipped)
	orDefault(&c.Timeout, d.Timeout)
	orDefault(&c.MaxConcurrent, d.MaxConcurrent)
	orDefault(&c.MaxPortfolios, d.MaxPortfolios)
	orDefault(&c.RetryAfter, d.RetryAfter)
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	return c
}

// orDefault sets a limit that is not above zero to its default.
func orDefault[T int | int64 | time.Duration](v *T, d T) {
	if *v <= 0 {
		*v = d
	}
}

//go:embed web openapi.json
var assets embed.FS

type server struct {
	cfg        Config
	eng        engine
	sem        chan struct{} // evaluation requests
	portfolios chan struct{} // portfolio requests, within sem
	web        fs.FS
	form       []byte
	echarts    []byte
}

// New returns the service's handler: the API, the pages and their assets, every response with the
// security headers, every request bounded by cfg.
func New(cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	web, err := fs.Sub(assets, "web")
	if err != nil {
		panic(err) // the embedded tree is part of the binary
	}
	formJSON, err := json.Marshal(form())
	if err != nil {
		panic(err)
	}
	s := &server{cfg: cfg, eng: newEngine(), sem: make(chan struct{}, cfg.MaxConcurrent),
		portfolios: make(chan struct{}, cfg.MaxPortfolios), web: web, form: formJSON, echarts: []byte(htmlreport.ECharts())}

	mux := http.NewServeMux()
	methods := http.NewServeMux() // the same paths without methods: which methods a path allows (405)
	route := func(method, path string, h http.HandlerFunc) {
		if method == http.MethodPost {
			h = identityOnly(h)
		}
		mux.HandleFunc(method+" "+path, h)
		if method == http.MethodGet {
			method = "GET, HEAD"
		}
		methods.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { w.Header().Set("Allow", method) })
	}
	route("GET", "/{$}", s.page("index.html"))
	route("GET", "/portfolio", s.page("portfolio.html"))
	route("GET", "/assets/{name}", s.asset)
	route("GET", "/assets/echarts.min.js", s.echartsJS)
	route("GET", "/form.json", s.formJSON)
	route("GET", "/healthz", s.healthz)
	route("GET", "/openapi.json", s.openapi)
	route("GET", "/problems/{name}", s.problemPage)
	route("GET", "/v1/policy", s.policy)
	route("GET", "/v1/clauses/{ref}", s.clause)
	route("POST", "/v1/evaluate", s.limited(s.evaluate))
	route("POST", "/v1/calendar", s.limited(s.calendar))
	route("POST", "/v1/portfolio", s.limited(s.onePortfolioOf(s.portfolio)))
	route("GET", "/v1/portfolio/template.xlsx", s.template)
	route("GET", "/v1/portfolio/template.zip", s.template)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if h, pattern := methods.Handler(r); pattern != "" {
			rec := httpHeaderRecorder{h: w.Header()}
			h.ServeHTTP(&rec, r)
			writeProblem(w, langOf(r), methodNotAllowed, message{
				Zh: r.Method + " 不适用于 " + r.URL.Path + "；允许：" + w.Header().Get("Allow"),
				En: r.Method + " is not allowed on " + r.URL.Path + "; allowed: " + w.Header().Get("Allow")}, nil)
			return
		}
		writeProblem(w, langOf(r), notFound, message{Zh: "没有 " + r.URL.Path, En: "no " + r.URL.Path}, nil)
	})
	return s.secure(s.recover(s.bounded(mux)))
}

// httpHeaderRecorder lets the methods mux set Allow on the real response's headers and nothing else.
type httpHeaderRecorder struct{ h http.Header }

func (r *httpHeaderRecorder) Header() http.Header         { return r.h }
func (r *httpHeaderRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *httpHeaderRecorder) WriteHeader(int)             {}

// contentSecurityPolicy allows the page its own scripts, styles and API and nothing else: no inline
// script, no other origin, no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the security headers on every response.
func (s *server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// recover answers a panic with a 500 problem (when nothing was written yet) and logs it: a bug of the
// server, never of the client's input.
func (s *server) recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tw := &trackingWriter{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.cfg.Log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if !tw.wrote {
				writeProblem(w, langOf(r), internalError, message{Zh: "服务器出错，已记录", En: "the server failed; it has been logged"}, nil)
			}
		}()
		next.ServeHTTP(tw, r)
	})
}

type trackingWriter struct {
	http.ResponseWriter
	wrote bool
}

func (t *trackingWriter) WriteHeader(code int) { t.wrote = true; t.ResponseWriter.WriteHeader(code) }
func (t *trackingWriter) Write(b []byte) (int, error) {
	t.wrote = true
	return t.ResponseWriter.Write(b)
}
func (t *trackingWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }

// bounded gives every request the timeout: a context deadline for the work, and read and write deadlines
// on the connection for a client that sends or reads too slowly. The write deadline is a little later, so
// that a 408 can still be written when the body did not arrive in time.
func (s *server) bounded(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		deadline := time.Now().Add(s.cfg.Timeout)
		ctx, cancel := context.WithDeadline(r.Context(), deadline)
		defer cancel()
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(deadline) // not supported by every ResponseWriter (httptest's recorder)
		_ = rc.SetWriteDeadline(deadline.Add(writeGrace))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// writeGrace is how long after the request's deadline its answer may still be written.
const writeGrace = 5 * time.Second

// limited admits at most MaxConcurrent evaluation requests at once; the next is answered 503 at once.
func (s *server) limited(next http.HandlerFunc) http.HandlerFunc {
	return s.admit(s.sem, message{"评估", "evaluations"}, next)
}

// onePortfolioOf admits at most MaxPortfolios portfolio requests at once; the next is answered 503 at once.
func (s *server) onePortfolioOf(next http.HandlerFunc) http.HandlerFunc {
	return s.admit(s.portfolios, message{"组合评估", "portfolio runs"}, next)
}

// admit serves a request while sem has room, and answers 503 with Retry-After at once when it has none.
func (s *server) admit(sem chan struct{}, what message, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case sem <- struct{}{}:
			defer func() { <-sem }()
			next(w, r)
		default:
			secs := int((s.cfg.RetryAfter + time.Second - 1) / time.Second)
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			writeProblem(w, langOf(r), busy, message{
				Zh: fmt.Sprintf("同时进行的%s已达上限 %d 个，请 %d 秒后重试", what.Zh, cap(sem), secs),
				En: fmt.Sprintf("%d %s are already running; retry in %d s", cap(sem), what.En, secs)}, nil)
		}
	}
}

// langOf is the request's language where it is well formed, Chinese otherwise (for problems found before
// the query is read).
func langOf(r *http.Request) lang {
	if r.URL.Query().Get("lang") == "en" {
		return en
	}
	return zh
}

// param is a query parameter a handler takes besides lang: a yes/no (true or false) or text.
type param struct {
	key     string
	boolean bool
}

// params reads the query parameters a handler takes: lang (zh | en) and those it names. An unknown
// parameter, a parameter given twice or a yes/no that is neither true nor false is an input error naming
// it; all are reported at once.
func params(r *http.Request, known ...param) (l lang, q url.Values, problems []problemItem) {
	q = r.URL.Query()
	bad := func(key, value, code string, m message) {
		problems = append(problems, problemItem{In: "query", Key: key, Value: value, Code: code, Message: m})
	}
	for key, values := range q {
		ok := key == "lang" || slices.ContainsFunc(known, func(p param) bool { return p.key == key })
		switch {
		case !ok:
			bad(key, strings.Join(values, ","), "unknown_key", message{"未知的查询参数", "unknown query parameter"})
		case len(values) > 1:
			bad(key, strings.Join(values, ","), "duplicate_key", message{"查询参数重复出现", "query parameter given twice"})
		}
	}
	switch v := q.Get("lang"); v {
	case "", "zh":
		l = zh
	case "en":
		l = en
	default:
		l = zh
		bad("lang", v, "unknown_value", message{"语言须为 zh 或 en", "language must be zh or en"})
	}
	for _, p := range known {
		if v := q.Get(p.key); p.boolean && v != "" && v != "true" && v != "false" {
			bad(p.key, v, "unknown_value", message{p.key + " 须为 true 或 false", p.key + " must be true or false"})
		}
	}
	sortProblems(problems)
	return l, q, problems
}

// sortProblems orders query problems by key, so that the answer does not follow map order.
func sortProblems(ps []problemItem) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Key < ps[j-1].Key; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// mediaType reads the request's Content-Type and reports which of want it is ("" and a problem written
// where it is none of them, or has a charset other than UTF-8).
func mediaType(w http.ResponseWriter, r *http.Request, l lang, want ...string) (string, bool) {
	ct := r.Header.Get("Content-Type")
	mt, ps, err := mime.ParseMediaType(ct)
	if err == nil {
		if cs, ok := ps["charset"]; !ok || strings.EqualFold(cs, "utf-8") {
			for _, t := range want {
				if mt == t {
					return mt, true
				}
			}
		}
	}
	w.Header().Set("Accept-Post", strings.Join(want, ", "))
	writeProblem(w, l, unsupportedType, message{
		Zh: "Content-Type 须为 " + strings.Join(want, " 或 ") + "（UTF-8）",
		En: "Content-Type must be " + strings.Join(want, " or ") + " (UTF-8)"},
		[]problemItem{{In: "header", Key: "Content-Type", Value: ct, Code: "media_type",
			Message: message{"不支持的内容类型", "unsupported media type"}}})
	return "", false
}

// identityOnly refuses a request body with a content coding (Content-Encoding: gzip, br, …) with 415 and
// Accept-Encoding: identity (RFC 9110 §15.5.16): the server decodes none, and reading compressed bytes as
// JSON or as a register would only give a misleading problem.
func identityOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		values := r.Header.Values("Content-Encoding")
		for _, v := range values {
			for _, coding := range strings.Split(v, ",") {
				if c := strings.TrimSpace(coding); c != "" && !strings.EqualFold(c, "identity") {
					refuseEncoding(w, langOf(r), strings.Join(values, ", "))
					return
				}
			}
		}
		next(w, r)
	}
}

func refuseEncoding(w http.ResponseWriter, l lang, value string) {
	w.Header().Set("Accept-Encoding", "identity")
	writeProblem(w, l, unsupportedType, message{
		Zh: "不接受经压缩或编码的请求体（Content-Encoding: " + value + "）：请发送未压缩的内容，不带 Content-Encoding",
		En: "a compressed or encoded body is not accepted (Content-Encoding: " + value + "): send it uncompressed, without Content-Encoding"},
		[]problemItem{{In: "header", Key: "Content-Encoding", Value: value, Code: "content_encoding",
			Message: message{"不支持的内容编码：只接受 identity（不压缩）", "unsupported content coding: only identity (uncompressed) is accepted"}}})
}

// readBody reads a whole body of at most limit bytes; on failure it writes the problem (413 past the
// limit, 408 past the deadline, 400 for a body that broke off) and reports false.
func (s *server) readBody(w http.ResponseWriter, r *http.Request, l lang, limit int64) ([]byte, bool) {
	if r.ContentLength > limit {
		s.tooLarge(w, l, limit)
		return nil, false
	}
	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength))
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		s.readFailed(w, r, l, err, limit)
		return nil, false
	}
	return buf.Bytes(), true
}

func (s *server) tooLarge(w http.ResponseWriter, l lang, limit int64) {
	writeProblem(w, l, tooLarge, message{
		Zh: fmt.Sprintf("请求体超过 %d 字节的上限", limit),
		En: fmt.Sprintf("the body is over the limit of %d bytes", limit)}, nil)
}

// readFailed writes the problem for a body that could not be read.
func (s *server) readFailed(w http.ResponseWriter, r *http.Request, l lang, err error, limit int64) {
	var mbe *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &mbe):
		s.tooLarge(w, l, limit)
	case errors.As(err, &ne) && ne.Timeout(), errors.Is(err, context.DeadlineExceeded):
		w.Header().Set("Connection", "close")
		writeProblem(w, l, requestTimeout, message{
			Zh: fmt.Sprintf("未能在 %s 内收到完整的请求", s.cfg.Timeout),
			En: fmt.Sprintf("the request did not arrive in full within %s", s.cfg.Timeout)}, nil)
	default:
		writeProblem(w, l, invalidInput, message{Zh: "请求体读取失败：" + err.Error(), En: "the body could not be read: " + err.Error()},
			[]problemItem{{In: "body", Key: "(body)", Code: "read", Message: message{"请求体不完整", "the body broke off"}}})
	}
}

// writeJSONBody writes a 200 JSON answer.
func writeJSONBody(w http.ResponseWriter, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

func (s *server) page(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := fs.ReadFile(s.web, name)
		if err != nil {
			writeProblem(w, langOf(r), notFound, message{Zh: "没有该页面", En: "no such page"}, nil)
			return
		}
		writeJSONBody(w, "text/html; charset=utf-8", b)
	}
}

// assetTypes are the media types of the page's assets; a name with another extension is not served.
var assetTypes = map[string]string{
	".js":  "text/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".svg": "image/svg+xml",
	".png": "image/png",
}

// asset serves a file of the embedded web/assets folder. The name is one path segment (the pattern
// matches no "/"), so nothing outside that folder can be named; nothing is read from the disk.
func (s *server) asset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	i := strings.LastIndexByte(name, '.')
	ct, ok := "", false
	if i >= 0 {
		ct, ok = assetTypes[name[i:]]
	}
	var b []byte
	var err error
	if ok && fs.ValidPath("assets/"+name) {
		b, err = fs.ReadFile(s.web, "assets/"+name)
	}
	if !ok || err != nil {
		writeProblem(w, langOf(r), notFound, message{Zh: "没有 " + r.URL.Path, En: "no " + r.URL.Path}, nil)
		return
	}
	writeJSONBody(w, ct, b)
}

// echartsJS serves Apache ECharts to the portfolio page: the bytes the workbench's HTML report inlines
// (examples/internal/htmlreport), embedded in the binary.
func (s *server) echartsJS(w http.ResponseWriter, r *http.Request) {
	writeJSONBody(w, assetTypes[".js"], s.echarts)
}

func (s *server) formJSON(w http.ResponseWriter, r *http.Request) {
	writeJSONBody(w, "application/json", s.form)
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSONBody(w, "application/json", []byte(`{"status":"ok"}`))
}

func (s *server) openapi(w http.ResponseWriter, r *http.Request) {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		panic(err)
	}
	writeJSONBody(w, "application/json", b)
}
