package httpapi

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// problem is an RFC 9457 problem document. Type is a URI reference relative to the server
// ("/problems/invalid-input"), Title a short summary in the request's language, Errors every input error
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

// problemKind is one kind of problem the server answers with: its type, status and title in both
// languages.
type problemKind struct {
	typ    string
	status int
	title  message
}

var (
	invalidInput     = problemKind{"/problems/invalid-input", http.StatusBadRequest, message{"输入有误", "Invalid input"}}
	notFound         = problemKind{"/problems/not-found", http.StatusNotFound, message{"没有这个资源", "Not found"}}
	noSuchClause     = problemKind{"/problems/no-such-clause", http.StatusNotFound, message{"本办法没有这一条款", "The measure has no such provision"}}
	methodNotAllowed = problemKind{"/problems/method-not-allowed", http.StatusMethodNotAllowed, message{"不支持该请求方法", "Method not allowed"}}
	unsupportedType  = problemKind{"/problems/unsupported-media-type", http.StatusUnsupportedMediaType, message{"不支持该内容类型", "Unsupported media type"}}
	tooLarge         = problemKind{"/problems/body-too-large", http.StatusRequestEntityTooLarge, message{"请求体过大", "Request body too large"}}
	requestTimeout   = problemKind{"/problems/timeout", http.StatusRequestTimeout, message{"请求超时", "Request timeout"}}
	busy             = problemKind{"/problems/busy", http.StatusServiceUnavailable, message{"服务器繁忙，请稍后重试", "Too many evaluations at once; retry later"}}
	internalError    = problemKind{"/problems/internal", http.StatusInternalServerError, message{"服务器内部错误", "Internal server error"}}
)

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
