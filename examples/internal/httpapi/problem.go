package httpapi

import (
	"bytes"
	"encoding/json"
	"html/template"
	"net/http"
	"strconv"
)

// problem is an RFC 9457 problem document. Type is a URI reference relative to the server
// ("/problems/invalid-input"), which the server documents at that URI (GET /problems/{name}), Title a short summary in the request's language, Errors every input error
// found, all at once.
type problem struct {
	Type   string        `json:"type"`
	Title  string        `json:"title"`
	Status int           `json:"status"`
	Detail string        `json:"detail,omitempty"`
	Errors []problemItem `json:"errors,omitempty"`
}

// problemItem is one input error: where it is (In: body, query, path or header; Key: the key path as the
// case file names it, "loan.amount"; Pointer: the same as a JSON Pointer, for the body), the value as
// given, a stable code and the message in Chinese and English. Line is the line of a JSON Lines body;
// Sheet, Row and Column where a register's cell is (the sheet or CSV file as named in it, the row as a
// spreadsheet shows it, the column's header as written).
type problemItem struct {
	In      string  `json:"in"`
	Key     string  `json:"key"`
	Pointer *string `json:"pointer,omitempty"`
	Value   string  `json:"value"`
	Code    string  `json:"code"`
	Message message `json:"message"`
	Line    int     `json:"line,omitempty"`
	Sheet   string  `json:"sheet,omitempty"`
	Row     int     `json:"row,omitempty"`
	Column  string  `json:"column,omitempty"`
}

type message struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

func (m message) in(l lang) string {
	if l == en {
		return m.En
	}
	return m.Zh
}

// problemKind is one kind of problem the server answers with: its type, status, title in both languages,
// and what it means and what to do, in both languages, which GET /problems/{name} (the type's own URI)
// shows.
type problemKind struct {
	typ    string
	status int
	title  message
	about  message
}

var (
	invalidInput = problemKind{"/problems/invalid-input", http.StatusBadRequest, message{"输入有误", "Invalid input"}, message{
		"请求的内容（案件、登记表、查询参数或路径）有误。errors 列出每一处错误：位置（in）、键路径（key）及其 JSON Pointer（pointer）、原值（value）、稳定的错误码（code）和中英文说明（message）。请逐一改正后重新提交。",
		"Something the request holds (a case, a register, a query parameter or the path) is wrong. \"errors\" lists every error: where it is (in), the key path (key) and its JSON Pointer (pointer), the value as given, a stable code and the message in Chinese and English. Correct each and send it again."}}
	notFound = problemKind{"/problems/not-found", http.StatusNotFound, message{"没有这个资源", "Not found"}, message{
		"该路径不存在。可用的操作见 /openapi.json。",
		"Nothing is at this path. The operations are listed in /openapi.json."}}
	noSuchClause = problemKind{"/problems/no-such-clause", http.StatusNotFound, message{"本办法没有这一条款", "The measure has no such provision"}, message{
		"引用的格式正确，但《重庆市知识产权质押融资管理办法（试行）》没有这一条、款或项。",
		"The citation is well formed, but the measure (渝科委发〔2015〕84号) has no such article, paragraph or item."}}
	methodNotAllowed = problemKind{"/problems/method-not-allowed", http.StatusMethodNotAllowed, message{"不支持该请求方法", "Method not allowed"}, message{
		"该路径不接受这一请求方法；响应头 Allow 列出它接受的方法。",
		"The path does not take this method; the Allow header lists those it takes."}}
	unsupportedType = problemKind{"/problems/unsupported-media-type", http.StatusUnsupportedMediaType, message{"不支持该内容类型", "Unsupported media type"}, message{
		"请求体的 Content-Type 或 Content-Encoding 不是该操作所接受的。响应头 Accept-Post 列出接受的内容类型；请求体须不经压缩发送（Accept-Encoding: identity）。请以正确的类型、不经压缩重新发送。",
		"The body's Content-Type or Content-Encoding is not one the operation takes. The Accept-Post header lists the media types it takes; a body is sent uncompressed (Accept-Encoding: identity). Send it again with the right type, uncompressed."}}
	tooLarge = problemKind{"/problems/body-too-large", http.StatusRequestEntityTooLarge, message{"请求体过大", "Request body too large"}, message{
		"请求体（或其解压后的内容）超过服务器的上限；detail 给出上限。请拆分后分批提交。",
		"The body (or what it unzips to) is over the server's limit, which detail gives. Split it and send the parts."}}
	requestTimeout = problemKind{"/problems/timeout", http.StatusRequestTimeout, message{"请求超时", "Request timeout"}, message{
		"未能在每个请求的时限内收到完整的请求体或完成评估。请检查网络，或将大的登记表拆分后重试。",
		"The body did not arrive, or was not judged, within the per-request timeout. Check the connection, or split a large register, and retry."}}
	busy = problemKind{"/problems/busy", http.StatusServiceUnavailable, message{"服务器繁忙，请稍后重试", "Too many evaluations at once; retry later"}, message{
		"同时进行的评估已达上限；请在响应头 Retry-After 给出的秒数后重试。",
		"As many evaluations as the server runs at once are running; retry after the seconds the Retry-After header gives."}}
	internalError = problemKind{"/problems/internal", http.StatusInternalServerError, message{"服务器内部错误", "Internal server error"}, message{
		"服务器自身出错（不是请求内容的问题），已记录。",
		"The server failed (nothing the request held is the cause); it has been logged."}}
)

// problemKinds are every kind of problem the server answers with, each documented at its type's URI.
var problemKinds = []problemKind{invalidInput, notFound, noSuchClause, methodNotAllowed, unsupportedType, tooLarge,
	requestTimeout, busy, internalError}

// problemPage is GET /problems/{name}: a problem type's documentation (RFC 9457 §3.1.1: a type URI,
// dereferenced, gives human-readable documentation), in Chinese and English on one page.
func (s *server) problemPage(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	for _, k := range problemKinds {
		if k.typ == "/problems/"+name {
			var b bytes.Buffer
			if err := problemPageHTML.Execute(&b, k); err != nil {
				panic(err)
			}
			writeJSONBody(w, "text/html; charset=utf-8", b.Bytes())
			return
		}
	}
	writeProblem(w, langOf(r), notFound, message{Zh: "没有这一问题类型：" + name, En: "no such problem type: " + name}, nil)
}

var problemPageHTML = template.Must(template.New("problem").Funcs(template.FuncMap{
	"title": func(k problemKind) message { return k.title },
	"about": func(k problemKind) message { return k.about },
	"type":  func(k problemKind) string { return k.typ },
	"status": func(k problemKind) string {
		return strconv.Itoa(k.status) + " " + http.StatusText(k.status)
	},
}).Parse(`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{{(title .).Zh}} / {{(title .).En}}</title>
</head>
<body>
<h1>{{(title .).Zh}}</h1>
<p>HTTP {{status .}} · <code>{{type .}}</code></p>
<p>{{(about .).Zh}}</p>
<section lang="en">
<h2>{{(title .).En}}</h2>
<p>{{(about .).En}}</p>
</section>
<p><a href="/openapi.json">/openapi.json</a></p>
</body>
</html>
`))

// writeProblem writes a problem document of kind k, its detail in l.
func writeProblem(w http.ResponseWriter, l lang, k problemKind, detail message, items []problemItem) {
	p := problem{Type: k.typ, Title: k.title.in(l), Status: k.status, Detail: detail.in(l), Errors: items}
	body, err := json.Marshal(p)
	if err != nil { // a problem document always marshals; never leave the client without an answer
		body = []byte(`{"type":"/problems/internal","title":"Internal server error","status":500}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Del("Content-Disposition")
	w.WriteHeader(k.status)
	w.Write(body)
}

func strp(s string) *string { return &s }
