package httpapi_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

// mutate returns the quickstart case with change applied to its decoded JSON.
func mutate(t *testing.T, change func(c map[string]any)) []byte {
	t.Helper()
	var c map[string]any
	require.NoError(t, json.Unmarshal(readCase(t, "quickstart.json"), &c))
	change(c)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	return b
}

func obj(c map[string]any, key string) map[string]any { return c[key].(map[string]any) }
func first(c map[string]any, key string) map[string]any {
	return c[key].([]any)[0].(map[string]any)
}

// TestBadInputClasses: one row per class of input error the decoder (and the identifier checks) report;
// each is a 400 problem naming the key path, the value and the code, with a Chinese and an English
// message.
func TestBadInputClasses(t *testing.T) {
	srv := start(t, httpapi.Config{})
	quick := string(readCase(t, "quickstart.json"))
	tests := []struct {
		code, name string
		body       []byte
		key, value string
	}{
		{"syntax", "JSON that breaks off", []byte(`{"as_of": "2016-06-30", "loan": {`), "loan", "byte 33: end of input"}, // 33 bytes, counted from 0: the input ends at byte 33
		{"unknown_key", "a key the format does not have", mutate(t, func(c map[string]any) { obj(c, "loan")["colour"] = "red" }), "loan.colour", "red"},
		{"duplicate_key", "a key given twice", []byte(strings.Replace(quick, `"as_of": "2016-06-30",`, `"as_of": "2016-06-30", "as_of": "2016-07-01",`, 1)), "as_of", "2016-07-01"},
		{"missing", "a required key left out", mutate(t, func(c map[string]any) { delete(obj(c, "loan"), "amount") }), "loan.amount", ""},
		{"type", "text given as a number", mutate(t, func(c map[string]any) { obj(c, "loan")["lender"] = 5 }), "loan.lender", "5"},
		{"date", "a date with slashes", mutate(t, func(c map[string]any) { c["as_of"] = "2016/06/30" }), "as_of", "2016/06/30"},
		{"no_such_day", "30 February", mutate(t, func(c map[string]any) { c["as_of"] = "2016-02-30" }), "as_of", "2016-02-30"},
		{"amount", "an exponent", mutate(t, func(c map[string]any) { obj(c, "loan")["amount"] = "5e6" }), "loan.amount", "5e6"},
		{"not_string", "money as a JSON number", mutate(t, func(c map[string]any) { obj(c, "loan")["amount"] = 5000000 }), "loan.amount", "5000000"},
		{"negative", "a negative amount", mutate(t, func(c map[string]any) { obj(c, "loan")["amount"] = "-5" }), "loan.amount", "-5"},
		{"precision", "three decimals", mutate(t, func(c map[string]any) { obj(c, "loan")["amount"] = "1.234" }), "loan.amount", "1.234"},
		{"rate_range", "a rate of 150%", mutate(t, func(c map[string]any) { obj(c, "loan")["annual_rate"] = "1.5" }), "loan.annual_rate", "1.5"},
		{"share_range", "a loss share of 1.5", mutate(t, func(c map[string]any) {
			c["default"] = map[string]any{"outstanding_principal": "100.00", "loss_shares": []any{map[string]any{"bearer": "lender", "share": "1.5"}}}
		}), "default.loss_shares[0].share", "1.5"},
		{"count", "a negative count", mutate(t, func(c map[string]any) { first(c, "rights")["annual_fees_paid_through_year"] = -1 }), "rights[0].annual_fees_paid_through_year", "-1"},
		{"not_positive", "zero days to supplement", mutate(t, func(c map[string]any) { obj(c, "application")["supplement_days"] = 0 }), "application.supplement_days", "0"},
		{"end_before_start", "maturity before the start", mutate(t, func(c map[string]any) { obj(c, "loan")["maturity_date"] = "2015-01-01" }), "loan.maturity_date", "2015-01-01"},
		{"uses_exceed_amount", "uses past the amount", mutate(t, func(c map[string]any) {
			obj(c, "loan")["uses"] = []any{map[string]any{"purpose": "rd", "amount": "6000000.00"}}
		}), "loan.uses", "6000000.00"},
		{"shares_exceed_one", "shares summing to 1.2", mutate(t, func(c map[string]any) {
			c["default"] = map[string]any{"outstanding_principal": "100.00", "loss_shares": []any{
				map[string]any{"bearer": "lender", "share": "0.6"}, map[string]any{"bearer": "guarantor", "share": "0.6"}}}
		}), "default.loss_shares", "1.2"},
		{"applied_exceeds_proceeds", "more applied than received", mutate(t, func(c map[string]any) {
			obj(c, "loan")["transfers"] = []any{map[string]any{"proceeds": "10.00", "applied_to_loan": "20.00"}}
		}), "loan.transfers[0].applied_to_loan", "20"}, // the library writes the amount, not the text given
		// GB 32100: 91500108203456788C is valid, so …8D fails its check character.
		{"check_character", "a credit code's check character", mutate(t, func(c map[string]any) { obj(c, "enterprise")["credit_code"] = "91500108203456788D" }), "enterprise.credit_code", "91500108203456788D"},
		{"identifier", "a number that is no patent number", mutate(t, func(c map[string]any) { first(c, "rights")["number"] = "abc" }), "rights[0].number", "abc"},
		// 201310123456.2: type digit 1 is an invention, not a utility model.
		{"kind_mismatch", "an invention number given as a utility model", mutate(t, func(c map[string]any) { first(c, "rights")["kind"] = "utility_model" }), "rights[0].number", "201310123456.2"},
		{"unknown_value", "a mode the format does not have", mutate(t, func(c map[string]any) { obj(c, "loan")["mode"] = "bank" }), "loan.mode", "bank"},
	}
	han := regexp.MustCompile(`\p{Han}`)
	for _, tc := range tests {
		t.Run(tc.code+"/"+tc.name, func(t *testing.T) {
			a := do(t, "POST", srv.URL+"/v1/evaluate", "application/json", tc.body)
			require.Equal(t, http.StatusBadRequest, a.status, "%s", a.body)
			p := problemOf(t, a)
			assert.Equal(t, "/problems/invalid-input", p.Type)
			var found *inputItem
			for i, e := range p.Errors {
				if e.Key == tc.key && e.Code == tc.code {
					found = &p.Errors[i]
				}
			}
			require.NotNil(t, found, "no %s error at %s in %s", tc.code, tc.key, a.body)
			assert.Equal(t, "body", found.In)
			assert.Equal(t, tc.value, found.Value)
			assert.Regexp(t, han, found.Message.Zh)
			assert.NotEmpty(t, found.Message.En)
			assert.NotRegexp(t, han, strings.TrimPrefix(found.Message.En, "check character"), "the English message is English")
		})
	}
}

// TestPointers: the problem's pointer is the key path as a JSON Pointer (RFC 6901), whatever the path's
// form: the case itself (""), an index within a top level that is an array (no leading "//"), the empty
// key, nested arrays.
func TestPointers(t *testing.T) {
	srv := start(t, httpapi.Config{})
	deep := strings.Repeat("[", 101) + strings.Repeat("]", 101)
	for _, c := range []struct{ body, key, pointer string }{
		{`[1]`, "(case)", ""},
		{deep, strings.Repeat("[0]", 100), strings.Repeat("/0", 100)}, // nested past the limit: where the reading stopped
		{`[[1,2],[3,`, "[1][1]", "/1/1"},
		{`{"rights":[{"":1}]}`, `rights[0].""`, "/rights/0/"},
		{`{"":[[1,`, `""[0][1]`, "//0/1"},
		{`{"rights":[[[1,`, "rights[0][0][1]", "/rights/0/0/1"},
		{`{"loan":{"uses":[{},{"x":1}]}}`, "loan.uses[1].x", "/loan/uses/1/x"},
	} {
		a := do(t, "POST", srv.URL+"/v1/evaluate", "application/json", []byte(c.body))
		require.Equal(t, http.StatusBadRequest, a.status, "%.40s", c.body)
		var found bool
		for _, e := range problemOf(t, a).Errors {
			if e.Key == c.key {
				found = true
				assert.Equal(t, c.pointer, e.Pointer, "%.40s: the pointer of %.40s", c.body, c.key)
			}
		}
		assert.True(t, found, "%.40s: no error at %.40s: %.300s", c.body, c.key, a.body)
	}
}

// TestAllErrorsAtOnce: a case with five problems gets five errors in one answer, each with its pointer.
func TestAllErrorsAtOnce(t *testing.T) {
	srv := start(t, httpapi.Config{})
	a := do(t, "POST", srv.URL+"/v1/evaluate?lang=en", "application/json", []byte(`{"as_of":"x","loan":{"amount":"-5"}}`))
	require.Equal(t, http.StatusBadRequest, a.status)
	p := problemOf(t, a)
	var got []string
	for _, e := range p.Errors {
		got = append(got, e.Key+" "+e.Pointer+" "+e.Code)
	}
	assert.Equal(t, []string{
		"as_of /as_of date",
		"loan.amount /loan/amount negative",
		"loan.contract_date /loan/contract_date missing",
		"loan.maturity_date /loan/maturity_date missing",
		"rights /rights missing",
	}, got)
	assert.Equal(t, "Invalid input", p.Title)
	assert.Equal(t, "the case has 5 input errors", p.Detail)

	// One problem is one input error, in the singular: the quickstart case with a negative amount.
	one := strings.Replace(string(readCase(t, "quickstart.json")), `"5000000.00"`, `"-5"`, 1)
	a = do(t, "POST", srv.URL+"/v1/evaluate?lang=en", "application/json", []byte(one))
	require.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "the case has 1 input error", problemOf(t, a).Detail)
}

// TestBadRequestsOtherThanTheCase: the query, the media type and the body's size are named too.
func TestBadRequestsOtherThanTheCase(t *testing.T) {
	srv := start(t, httpapi.Config{})
	quick := readCase(t, "quickstart.json")

	a := do(t, "POST", srv.URL+"/v1/evaluate?lang=fr&clauses=maybe&colour=red", "application/json", quick)
	require.Equal(t, http.StatusBadRequest, a.status)
	p := problemOf(t, a)
	var got []string
	for _, e := range p.Errors {
		assert.Equal(t, "query", e.In)
		got = append(got, e.Key+"="+e.Value+" "+e.Code)
	}
	assert.Equal(t, []string{"clauses=maybe unknown_value", "colour=red unknown_key", "lang=fr unknown_value"}, got)

	a = do(t, "POST", srv.URL+"/v1/evaluate?lang=zh&lang=en", "application/json", quick)
	require.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "duplicate_key", problemOf(t, a).Errors[0].Code)

	for _, ct := range []string{"", "text/plain", "application/json; charset=latin1", "multipart/form-data"} {
		a = do(t, "POST", srv.URL+"/v1/evaluate", ct, quick)
		require.Equal(t, http.StatusUnsupportedMediaType, a.status, "Content-Type %q", ct)
		p = problemOf(t, a)
		assert.Equal(t, "Content-Type", p.Errors[0].Key)
		assert.Equal(t, "header", p.Errors[0].In)
		assert.Equal(t, ct, p.Errors[0].Value)
		assert.Equal(t, "application/json, application/x-ndjson, application/jsonl", a.header.Get("Accept-Post"))
	}

	a = do(t, "POST", srv.URL+"/v1/calendar", "application/json", []byte(`[1]`))
	require.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "(case)", problemOf(t, a).Errors[0].Key)

	a = do(t, "POST", srv.URL+"/v1/portfolio", "application/json", quick)
	assert.Equal(t, http.StatusUnsupportedMediaType, a.status, "a portfolio is a register: a workbook, a ZIP of CSV files or JSON Lines")

	a = do(t, "GET", srv.URL+"/v1/policy?lang=de", "", nil)
	assert.Equal(t, http.StatusBadRequest, a.status)
}

// TestContentEncodingRefused: a body with a content coding (gzip, br, …) is refused on every POST with 415,
// Accept-Encoding: identity and a problem naming the header (RFC 9110 §15.5.16), rather than its
// compressed bytes read as JSON or as a register; identity is the body as it is.
func TestContentEncodingRefused(t *testing.T) {
	srv := start(t, httpapi.Config{})
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write(readCase(t, "quickstart.json"))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	post := func(path, ct string, body []byte, encodings ...string) answer {
		req, err := http.NewRequest("POST", srv.URL+path, bytes.NewReader(body))
		require.NoError(t, err)
		req.Header.Set("Content-Type", ct)
		for _, e := range encodings {
			req.Header.Add("Content-Encoding", e)
		}
		return send(t, req)
	}
	for _, c := range []struct {
		path, ct  string
		encodings []string
	}{
		{"/v1/evaluate?lang=en", "application/json", []string{"gzip"}},
		{"/v1/evaluate?lang=en", "application/x-ndjson", []string{"GZIP"}},
		{"/v1/calendar?lang=en", "application/json", []string{"br"}},
		{"/v1/portfolio?lang=en", "application/x-ndjson", []string{"deflate"}},
		{"/v1/evaluate?lang=en", "application/json", []string{"identity, gzip"}},
		{"/v1/evaluate?lang=en", "application/json", []string{"identity", "gzip"}},
	} {
		a := post(c.path, c.ct, gz.Bytes(), c.encodings...)
		require.Equal(t, http.StatusUnsupportedMediaType, a.status, "%s %v: %s", c.path, c.encodings, a.body)
		assert.Equal(t, "identity", a.header.Get("Accept-Encoding"))
		p := problemOf(t, a)
		assert.Equal(t, "/problems/unsupported-media-type", p.Type)
		require.Len(t, p.Errors, 1)
		assert.Equal(t, "header", p.Errors[0].In)
		assert.Equal(t, "Content-Encoding", p.Errors[0].Key)
		assert.Equal(t, "content_encoding", p.Errors[0].Code)
		assert.Regexp(t, `\p{Han}`, p.Errors[0].Message.Zh)
		assert.Contains(t, p.Detail, "uncompressed")
	}
	// In Chinese by default.
	a := post("/v1/evaluate", "application/json", gz.Bytes(), "gzip")
	require.Equal(t, http.StatusUnsupportedMediaType, a.status)
	assert.Contains(t, problemOf(t, a).Detail, "不接受经压缩")
	// identity is no coding at all.
	a = post("/v1/evaluate", "application/json", readCase(t, "quickstart.json"), "identity")
	assert.Equal(t, http.StatusOK, a.status, "%s", a.body)
}
