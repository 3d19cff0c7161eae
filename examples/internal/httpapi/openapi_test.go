package httpapi_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

func init() {
	// JSON Lines bodies are described as arrays, one element a line (the document says so).
	openapi3filter.RegisterBodyDecoder("application/x-ndjson", func(r io.Reader, _ http.Header, _ *openapi3.SchemaRef, _ openapi3filter.EncodingFn) (any, error) {
		var out []any
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 8<<20)
		for sc.Scan() {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			var v any
			if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, sc.Err()
	})
	// Registers and templates are files: their bytes, as a string (the document's schema is a string).
	openapi3filter.RegisterBodyDecoder(xlsxType, openapi3filter.FileBodyDecoder)
	openapi3filter.RegisterBodyDecoder(zipType, openapi3filter.FileBodyDecoder)
	// Calendars and the problem types' pages are text: a string.
	text := func(r io.Reader, _ http.Header, _ *openapi3.SchemaRef, _ openapi3filter.EncodingFn) (any, error) {
		b, err := io.ReadAll(r)
		return string(b), err
	}
	openapi3filter.RegisterBodyDecoder("text/calendar", text)
	openapi3filter.RegisterBodyDecoder("text/html", text)
}

// wantStatus is the status each example of the document should get: the examples that show bad input
// are named for it.
var wantStatus = map[string]int{
	"negative_amount":    http.StatusBadRequest,
	"not_in_the_measure": http.StatusNotFound,
}

// TestOpenAPI loads /openapi.json with kin-openapi, validates it as OpenAPI 3.1, sends every example in it
// to the running server, and checks each request and response against the document.
func TestOpenAPI(t *testing.T) {
	srv := start(t, httpapi.Config{})
	a := do(t, "GET", srv.URL+"/openapi.json", "", nil)
	require.Equal(t, http.StatusOK, a.status)

	ctx := context.Background()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(a.body)
	require.NoError(t, err)
	require.Equal(t, "3.1.0", doc.OpenAPI)
	require.True(t, doc.IsOpenAPI31OrLater())
	require.NoError(t, doc.Validate(ctx, openapi3.EnableExamplesValidation()))

	doc.Servers = openapi3.Servers{{URL: srv.URL}}
	router, err := legacy.NewRouter(doc)
	require.NoError(t, err)

	// The evaluate example is the quickstart case itself.
	ex := doc.Paths.Find("/v1/evaluate").Post.RequestBody.Value.Content["application/json"].Examples["quickstart"].Value.Value
	exJSON, err := json.Marshal(ex)
	require.NoError(t, err)
	assert.JSONEq(t, string(readCase(t, "quickstart.json")), string(exJSON), "the document's example is testdata/cases/quickstart.json")

	// Every operation has an example: of its request, or (where it takes none) of its answer.
	for _, path := range doc.Paths.InMatchingOrder() {
		for method, op := range doc.Paths.Value(path).Operations() {
			n := 0
			if op.RequestBody != nil {
				for _, mt := range op.RequestBody.Value.Content {
					n += len(mt.Examples)
				}
			}
			for _, pr := range op.Parameters {
				n += len(pr.Value.Examples)
			}
			if ok := op.Responses.Value("200"); ok != nil {
				for _, mt := range ok.Value.Content {
					n += len(mt.Examples)
				}
			}
			assert.Positive(t, n, "%s %s has no example", method, path)
		}
	}

	sent := 0
	paths := doc.Paths.InMatchingOrder()
	sort.Strings(paths)
	for _, path := range paths {
		item := doc.Paths.Value(path)
		for method, op := range item.Operations() {
			for _, req := range exampleRequests(t, srv.URL, path, method, op) {
				t.Run(op.OperationID+"/"+req.name, func(t *testing.T) {
					resp, err := http.DefaultClient.Do(req.build())
					require.NoError(t, err)
					body, err := io.ReadAll(resp.Body)
					resp.Body.Close()
					require.NoError(t, err)
					want := http.StatusOK
					if s, ok := wantStatus[req.name]; ok {
						want = s
					}
					require.Equal(t, want, resp.StatusCode, "%s", body)

					r := req.build()
					route, params, err := router.FindRoute(r)
					require.NoError(t, err)
					in := &openapi3filter.RequestValidationInput{Request: r, PathParams: params, Route: route,
						Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
					require.NoError(t, openapi3filter.ValidateRequest(ctx, in), "the example request")
					out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode,
						Header: resp.Header, Body: io.NopCloser(bytes.NewReader(body)), Options: in.Options}
					require.NoError(t, openapi3filter.ValidateResponse(ctx, out), "the response: %.400s", body)
				})
				sent++
			}
		}
	}
	// 10 operations; evaluate has 3 examples, portfolio 3 (a workbook, a ZIP, JSON Lines), clause 4,
	// calendar 1, problemType 1, the rest none (one plain request each).
	assert.Equal(t, 3+1+3+1+1+4+1+1+1+1, sent)
}

type exampleRequest struct {
	name  string
	build func() *http.Request
}

// exampleRequests makes a request of every example of op: each request body example in each media type
// (a JSON Lines body from an array example, a line per element; a file's bytes fetched from the server
// at its externalValue), each path parameter example, or one plain request where the operation has none.
func exampleRequests(t *testing.T, base, path, method string, op *openapi3.Operation) []exampleRequest {
	t.Helper()
	var out []exampleRequest
	mk := func(name, p, ct string, body []byte) {
		out = append(out, exampleRequest{name, func() *http.Request {
			r, err := http.NewRequest(method, base+p, bytes.NewReader(body))
			require.NoError(t, err)
			if ct != "" {
				r.Header.Set("Content-Type", ct)
			}
			return r
		}})
	}
	for _, pr := range op.Parameters {
		if pr.Value.In != "path" {
			continue
		}
		for name, ex := range pr.Value.Examples {
			v := ex.Value.Value.(string)
			mk(name, strings.Replace(path, "{"+pr.Value.Name+"}", url.PathEscape(v), 1), "", nil)
		}
	}
	if op.RequestBody != nil {
		for ct, mt := range op.RequestBody.Value.Content {
			for name, ex := range mt.Examples {
				var body []byte
				if ext := ex.Value.ExternalValue; ext != "" {
					require.True(t, strings.HasPrefix(ext, "/"), "%s: an example file the server serves", ext)
					a := do(t, "GET", base+ext, "", nil)
					require.Equal(t, http.StatusOK, a.status, ext)
					require.Equal(t, ct, a.header.Get("Content-Type"), ext)
					body = a.body
				} else if ct == "application/x-ndjson" {
					for _, line := range ex.Value.Value.([]any) {
						b, err := json.Marshal(line)
						require.NoError(t, err)
						body = append(append(body, b...), '\n')
					}
				} else {
					b, err := json.Marshal(ex.Value.Value)
					require.NoError(t, err)
					body = b
				}
				mk(name+" ("+ct+")", path, ct, body)
			}
		}
	}
	if len(out) == 0 {
		mk("plain", path, "", nil)
	}
	for i := range out {
		out[i].name = strings.TrimSuffix(strings.TrimSuffix(out[i].name, " (application/json)"), " (application/x-ndjson)")
	}
	return out
}

// TestOpenAPIStatuses: what the document says of the media types, 405 and 415 is what the server does.
// Each POST's request media types are those its 415 lists in Accept-Post; every operation documents a 405
// with Allow, and a path answered with another method gives one that the document's 405 describes; a
// refused Content-Encoding's 415 is as documented.
func TestOpenAPIStatuses(t *testing.T) {
	srv := start(t, httpapi.Config{})
	a := do(t, "GET", srv.URL+"/openapi.json", "", nil)
	require.Equal(t, http.StatusOK, a.status)
	ctx := context.Background()
	doc, err := openapi3.NewLoader().LoadFromData(a.body)
	require.NoError(t, err)
	doc.Servers = openapi3.Servers{{URL: srv.URL}}
	router, err := legacy.NewRouter(doc)
	require.NoError(t, err)

	// validate checks an answer to req against the document's response for status of op's route.
	validate := func(req *http.Request, a answer) {
		t.Helper()
		route, params, err := router.FindRoute(req)
		require.NoError(t, err)
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: a.status,
			Header: a.header, Body: io.NopCloser(bytes.NewReader(a.body)), Options: in.Options}
		require.NoError(t, openapi3filter.ValidateResponse(ctx, out), "%s %s %d: %s", req.Method, req.URL.Path, a.status, a.body)
	}
	concrete := func(path string) string {
		return strings.NewReplacer("{ref}", url.PathEscape("Art. 18"), "{name}", "invalid-input").Replace(path)
	}

	for _, path := range doc.Paths.InMatchingOrder() {
		item := doc.Paths.Value(path)
		p := concrete(path)
		var documented []string
		for method, op := range item.Operations() {
			documented = append(documented, method)
			r405 := op.Responses.Value("405")
			require.NotNil(t, r405, "%s %s documents no 405", method, path)
			require.NotNil(t, r405.Value.Headers["Allow"], "%s %s: the 405 has Allow", method, path)

			if method == http.MethodPost {
				// The request media types are those the server reads.
				a := do(t, "POST", srv.URL+p, "text/plain", []byte("x"))
				require.Equal(t, http.StatusUnsupportedMediaType, a.status, "%s", a.body)
				var read []string
				for _, mt := range strings.Split(a.header.Get("Accept-Post"), ",") {
					read = append(read, strings.TrimSpace(mt))
				}
				var doced []string
				for mt := range op.RequestBody.Value.Content {
					doced = append(doced, mt)
				}
				assert.ElementsMatch(t, read, doced, "POST %s: the media types documented are those the server reads", path)
				req, _ := http.NewRequest("POST", srv.URL+p, nil)
				req.Header.Set("Content-Type", "text/plain")
				validate(req, a)

				// A Content-Encoding refused.
				req, _ = http.NewRequest("POST", srv.URL+p, strings.NewReader("x"))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Content-Encoding", "gzip")
				refused := send(t, req)
				require.Equal(t, http.StatusUnsupportedMediaType, refused.status, "%s", refused.body)
				validate(req, refused)
			}
		}
		// A method the path does not take: 405 with Allow naming what the document documents, and the body
		// the document's 405 describes (checked against a documented operation of the path).
		a := do(t, "DELETE", srv.URL+p, "", nil)
		require.Equal(t, http.StatusMethodNotAllowed, a.status, "DELETE %s", path)
		allow := strings.Split(strings.ReplaceAll(a.header.Get("Allow"), " ", ""), ",")
		for _, m := range documented {
			assert.Contains(t, allow, m, "%s: Allow %q", path, a.header.Get("Allow"))
		}
		req, _ := http.NewRequest(documented[0], srv.URL+p, nil)
		validate(req, a)
	}
}
