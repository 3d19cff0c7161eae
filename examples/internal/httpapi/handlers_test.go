package httpapi_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
	"github.com/ipfinance/cqpledge/examples/internal/ics"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

type report struct {
	AsOf     string `json:"as_of"`
	Outcome  string `json:"outcome"`
	Findings []struct {
		Ref     string  `json:"ref"`
		Outcome string  `json:"outcome"`
		Code    string  `json:"code"`
		Message string  `json:"message"`
		Text    *string `json:"text"`
	} `json:"findings"`
	Clauses    map[string]string `json:"clauses"`
	FeeSubsidy *struct {
		Outcome string   `json:"outcome"`
		Cap     string   `json:"cap"`
		Amount  *string  `json:"amount"`
		Steps   []string `json:"steps"`
	} `json:"fee_subsidy"`
}

func TestEvaluateOneCase(t *testing.T) {
	srv := start(t, httpapi.Config{})
	quick := readCase(t, "quickstart.json")

	a := do(t, "POST", srv.URL+"/v1/evaluate", "application/json", quick)
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	assert.Equal(t, "application/json", a.header.Get("Content-Type"))
	var r report
	require.NoError(t, json.Unmarshal(a.body, &r))
	assert.Equal(t, "eligible", r.Outcome)
	require.NotNil(t, r.FeeSubsidy)
	// Art. 17: 1% × 5,000,000.00 = 50,000.00, below the guarantor's 60,000.00 fee, so the cap is paid.
	assert.Equal(t, "50000.00", *r.FeeSubsidy.Amount)
	assert.Equal(t, "50000.00", r.FeeSubsidy.Cap)
	assert.Contains(t, r.FeeSubsidy.Steps[0], "第十七条", "steps are Chinese by default")
	for _, f := range r.Findings {
		require.NotNil(t, f.Text, "the full form gives each finding its clause's words")
	}

	a = do(t, "POST", srv.URL+"/v1/evaluate?lang=en", "application/json; charset=utf-8", quick)
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	var en report
	require.NoError(t, json.Unmarshal(a.body, &en))
	assert.True(t, strings.HasPrefix(en.FeeSubsidy.Steps[0], "Art. 17"), en.FeeSubsidy.Steps[0])
	assert.Equal(t, "the enterprise is attested as registered in Chongqing", en.Findings[0].Message)
}

// TestEvaluateCompact: clauses=false leaves each finding's words out and gives them once per provision,
// the same words as GET /v1/clauses gives; the rest of the report is unchanged.
func TestEvaluateCompact(t *testing.T) {
	srv := start(t, httpapi.Config{})
	quick := readCase(t, "quickstart.json")
	full := do(t, "POST", srv.URL+"/v1/evaluate", "application/json", quick)
	small := do(t, "POST", srv.URL+"/v1/evaluate?clauses=false", "application/json", quick)
	require.Equal(t, http.StatusOK, small.status, "%s", small.body)
	var f, c report
	require.NoError(t, json.Unmarshal(full.body, &f))
	require.NoError(t, json.Unmarshal(small.body, &c))
	require.Len(t, c.Findings, len(f.Findings))
	refs := map[string]bool{}
	for i, fi := range c.Findings {
		assert.Nil(t, fi.Text, "finding %d carries no text", i)
		assert.Equal(t, f.Findings[i].Message, fi.Message)
		assert.Equal(t, *f.Findings[i].Text, c.Clauses[fi.Ref])
		refs[fi.Ref] = true
	}
	assert.Len(t, c.Clauses, len(refs), "one entry per provision cited, no more")
	a := do(t, "GET", srv.URL+"/v1/clauses/"+url.PathEscape("Art. 4(3)"), "", nil)
	var cl struct{ Text string }
	require.NoError(t, json.Unmarshal(a.body, &cl))
	assert.Equal(t, cl.Text, c.Clauses["Art. 4(3)"])
	// Each provision's words once instead of once per finding: the quickstart report cites fewer provisions
	// than it has findings, so the compact one is smaller.
	assert.Less(t, len(small.body), len(full.body))
	assert.NotContains(t, string(small.body), `"text":`)
}

// TestEvaluateStream: JSON Lines in, one line out per case line in order; a bad line's record names its
// line and id and the rest go on; a blank line is skipped but counted.
func TestEvaluateStream(t *testing.T) {
	srv := start(t, httpapi.Config{})
	quick := compact(t, readCase(t, "quickstart.json"))
	capped := compact(t, readCase(t, "art18-capped-compensation.json"))
	body := bytes.Join([][]byte{quick, []byte(`{"id":"L-2","as_of":"2016-02-30"}`), nil, capped}, []byte("\n"))
	a := do(t, "POST", srv.URL+"/v1/evaluate?lang=en", "application/x-ndjson", body)
	require.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, "application/x-ndjson", a.header.Get("Content-Type"))
	lines := strings.Split(strings.TrimSuffix(string(a.body), "\n"), "\n")
	require.Len(t, lines, 3, "%s", a.body)
	var r1 report
	var r3 struct {
		AsOf             string                  `json:"as_of"`
		RiskCompensation struct{ Amount string } `json:"risk_compensation"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &r1))
	assert.Equal(t, "50000.00", *r1.FeeSubsidy.Amount)
	var bad struct {
		Line   int
		ID     string
		Errors []inputItem
	}
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &bad))
	assert.Equal(t, 2, bad.Line)
	assert.Equal(t, "L-2", bad.ID)
	keys := []string{}
	for _, e := range bad.Errors {
		keys = append(keys, e.Key+":"+e.Code)
		assert.Equal(t, 2, e.Line)
	}
	assert.Equal(t, []string{"as_of:no_such_day", "rights:missing", "loan:missing"}, keys)
	require.NoError(t, json.Unmarshal([]byte(lines[2]), &r3))
	// Line 4 (after the blank line 3) is the capped-compensation case: 30% of its audited loss of
	// 6,000,000.00 is 1,800,000.00, over the 1,500,000.00 cap (Art. 18).
	assert.Equal(t, "2017-06-30", r3.AsOf)
	assert.Equal(t, "1500000.00", r3.RiskCompensation.Amount)
}

// TestEvaluateStreamsLineByLine: the report of a line comes back before the next line is sent.
func TestEvaluateStreamsLineByLine(t *testing.T) {
	srv := start(t, httpapi.Config{Timeout: 5 * time.Second})
	quick := compact(t, readCase(t, "quickstart.json"))
	pr, pw := io.Pipe()
	req, err := http.NewRequest("POST", srv.URL+"/v1/evaluate", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-ndjson")
	done := make(chan *http.Response, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			pw.CloseWithError(err)
			close(done)
			return
		}
		done <- resp
	}()
	_, err = pw.Write(append(quick, '\n'))
	require.NoError(t, err)
	resp := <-done
	require.NotNil(t, resp)
	defer resp.Body.Close()
	br := bufio.NewReader(resp.Body)
	first, err := br.ReadBytes('\n') // arrives while the body is still open
	require.NoError(t, err)
	assert.Contains(t, string(first), `"outcome":"eligible"`)
	_, err = pw.Write(append(quick, '\n'))
	require.NoError(t, err)
	second, err := br.ReadBytes('\n')
	require.NoError(t, err)
	assert.True(t, string(first) == string(second), "the same case twice gives the same report")
	require.NoError(t, pw.Close())
	rest, err := io.ReadAll(br)
	require.NoError(t, err)
	assert.Empty(t, rest)
}

func TestCalendar(t *testing.T) {
	srv := start(t, httpapi.Config{})
	quick := readCase(t, "quickstart.json")
	a := do(t, "POST", srv.URL+"/v1/calendar", "application/json", quick)
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	assert.Equal(t, "text/calendar; charset=utf-8", a.header.Get("Content-Type"))
	assert.Equal(t, `attachment; filename="cqpledge-deadlines.ics"`, a.header.Get("Content-Disposition"))
	cal, err := ics.Parse(bytes.NewReader(a.body))
	require.NoError(t, err)
	// Registration 2016-01-20; the year-5 fee 2017-03-01 and its grace end 2017-09-01 (worked out in
	// examples/internal/ics's tests).
	var got []string
	for _, e := range cal.Events {
		got = append(got, e.Date.String())
	}
	assert.Equal(t, []string{"2016-01-20", "2017-03-01", "2017-09-01"}, got)

	// The same bytes as the library and the ics package give directly (what evaluate -format ics writes).
	c, err := pledge.DecodeCase(quick)
	require.NoError(t, err)
	p, dc := subsidy.Default2015(), deadlines.China()
	r, err := subsidy.Evaluate(c, p, dc)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, ics.Write(&want, ics.Deadlines(c, r, p, dc, pledge.Chinese)))
	assert.Equal(t, want.String(), string(a.body))

	en := do(t, "POST", srv.URL+"/v1/calendar?lang=en", "application/json", quick)
	assert.Contains(t, string(en.body), "SUMMARY:Pledge registration due (Art. 14¶1)")
}

func TestClauses(t *testing.T) {
	srv := start(t, httpapi.Config{})
	tests := []struct {
		ref, name, cite string
		status          int
		wantRef, zh     string
		textHas         string
	}{
		{"Art. 4(3)", "an item in English", "Art. 4(3)", 200, "Art. 4(3)", "第四条第（三）项", "剩余有效期"},
		{"Art. 4(3)", "the same item in Chinese", "第四条第（三）项", 200, "Art. 4(3)", "第四条第（三）项", "剩余有效期"},
		{"Art. 4(3)", "half-width parentheses", "第四条第(三)项", 200, "Art. 4(3)", "第四条第（三）项", "剩余有效期"},
		{"Art. 14¶2", "a paragraph", "Art. 14¶2", 200, "Art. 14¶2", "第十四条第二款", "变更之日起 15 日内"},
		{"Art. 14¶2", "a paragraph in Chinese", "第十四条第二款", 200, "Art. 14¶2", "第十四条第二款", "变更之日起 15 日内"},
		{"Art. 18", "an article", "第十八条", 200, "Art. 18", "第十八条", "30%"},
		{"Art. 25", "no such article", "Art. 25", 404, "", "", ""},
		{"Art. 4(9)", "no such item", "Art. 4(9)", 404, "", "", ""},
		{"Art. 25", "no such article in Chinese", "第二十五条", 404, "", "", ""},
		{"-", "not a citation", "hello", 400, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			a := do(t, "GET", srv.URL+"/v1/clauses/"+url.PathEscape(tc.cite), "", nil)
			require.Equal(t, tc.status, a.status, "%s", a.body)
			switch tc.status {
			case 200:
				var c struct{ Ref, RefZh, Text string }
				require.NoError(t, json.Unmarshal(bytes.Replace(a.body, []byte(`"ref_zh"`), []byte(`"refzh"`), 1), &c))
				assert.Equal(t, tc.wantRef, c.Ref)
				assert.Equal(t, tc.zh, c.RefZh)
				assert.Contains(t, c.Text, tc.textHas)
			case 404:
				assert.Equal(t, "/problems/no-such-clause", problemOf(t, a).Type)
			case 400:
				p := problemOf(t, a)
				require.Len(t, p.Errors, 1)
				assert.Equal(t, "path", p.Errors[0].In)
				assert.Equal(t, "ref", p.Errors[0].Key)
				assert.Equal(t, tc.cite, p.Errors[0].Value)
			}
		})
	}
}

func TestPolicyAndHealth(t *testing.T) {
	srv := start(t, httpapi.Config{})
	a := do(t, "GET", srv.URL+"/v1/policy", "", nil)
	require.Equal(t, http.StatusOK, a.status)
	var p struct {
		EffectiveDate       string `json:"effective_date"`
		FeeSubsidyRate      string `json:"fee_subsidy_rate"`
		CompensationShare   string `json:"compensation_share"`
		CompensationCap     string `json:"compensation_cap"`
		RateCeilingMultiple string `json:"rate_ceiling_multiple"`
		BenchmarkRates      []struct {
			Effective string
			Rates     []struct{ Band, Rate string }
		} `json:"benchmark_rates"`
		Calendar struct{ From, To int }
	}
	require.NoError(t, json.Unmarshal(a.body, &p))
	// The measure as issued: Art. 17 1%, Art. 18 30% capped at 1,500,000.00 and 150% of the benchmark;
	// in force from 2015-08-31 (Art. 24, I-1).
	assert.Equal(t, "2015-08-31", p.EffectiveDate)
	assert.Equal(t, "0.01", p.FeeSubsidyRate)
	assert.Equal(t, "0.3", p.CompensationShare)
	assert.Equal(t, "1500000.00", p.CompensationCap)
	assert.Equal(t, "1.5", p.RateCeilingMultiple)
	// The PBOC benchmark of 2015-10-24: 4.35% within one year (docs/reference-data.md §1).
	found := false
	for _, row := range p.BenchmarkRates {
		if row.Effective == "2015-10-24" {
			found = row.Rates[0].Rate == "0.0435"
		}
	}
	assert.True(t, found, "the 2015-10-24 row with 4.35%% for the first band")
	assert.Equal(t, 2015, p.Calendar.From)
	assert.Equal(t, 2026, p.Calendar.To)

	h := do(t, "GET", srv.URL+"/healthz", "", nil)
	assert.Equal(t, http.StatusOK, h.status)
	assert.JSONEq(t, `{"status":"ok"}`, string(h.body))
}

func TestNotFoundAndMethod(t *testing.T) {
	srv := start(t, httpapi.Config{})
	a := do(t, "GET", srv.URL+"/v2/nothing", "", nil)
	assert.Equal(t, http.StatusNotFound, a.status)
	assert.Equal(t, "/problems/not-found", problemOf(t, a).Type)

	a = do(t, "GET", srv.URL+"/v1/evaluate", "", nil)
	assert.Equal(t, http.StatusMethodNotAllowed, a.status)
	assert.Equal(t, "POST", a.header.Get("Allow"))
	assert.Equal(t, "/problems/method-not-allowed", problemOf(t, a).Type)

	a = do(t, "DELETE", srv.URL+"/healthz", "", nil)
	assert.Equal(t, http.StatusMethodNotAllowed, a.status)
	assert.Equal(t, "GET, HEAD", a.header.Get("Allow"))
}

// TestSecurityHeaders: every kind of response carries them — a page, an asset, an API answer, a problem,
// a stream.
func TestSecurityHeaders(t *testing.T) {
	srv := start(t, httpapi.Config{})
	quick := readCase(t, "quickstart.json")
	for name, a := range map[string]answer{
		"page":    do(t, "GET", srv.URL+"/", "", nil),
		"asset":   do(t, "GET", srv.URL+"/assets/app.js", "", nil),
		"api":     do(t, "POST", srv.URL+"/v1/evaluate", "application/json", quick),
		"problem": do(t, "POST", srv.URL+"/v1/evaluate", "application/json", []byte("{")),
		"stream":  do(t, "POST", srv.URL+"/v1/evaluate", "application/x-ndjson", compact(t, quick)),
		"404":     do(t, "GET", srv.URL+"/nothing", "", nil),
	} {
		t.Run(name, func(t *testing.T) {
			csp := a.header.Get("Content-Security-Policy")
			assert.Contains(t, csp, "default-src 'none'")
			assert.Contains(t, csp, "script-src 'self'")
			assert.Contains(t, csp, "frame-ancestors 'none'")
			assert.NotContains(t, csp, "unsafe-inline")
			assert.Equal(t, "nosniff", a.header.Get("X-Content-Type-Options"))
			assert.Equal(t, "DENY", a.header.Get("X-Frame-Options"))
			assert.Equal(t, "no-referrer", a.header.Get("Referrer-Policy"))
			assert.Equal(t, "same-origin", a.header.Get("Cross-Origin-Opener-Policy"))
			assert.NotEmpty(t, a.header.Get("Permissions-Policy"))
			assert.Equal(t, "no-store", a.header.Get("Cache-Control"))
		})
	}
}

// TestPagesNeedNoOtherOrigin: the pages and their assets are embedded and name no other origin (no CDN);
// each asset has its media type; a name outside the assets is not found.
func TestPagesNeedNoOtherOrigin(t *testing.T) {
	srv := start(t, httpapi.Config{})
	external := regexp.MustCompile(`(?i)(src|href)\s*=\s*["'](https?:)?//|@import|url\(\s*["']?(https?:)?//`)
	for path, ct := range map[string]string{
		"/":                    "text/html; charset=utf-8",
		"/portfolio":           "text/html; charset=utf-8",
		"/assets/app.js":       "text/javascript; charset=utf-8",
		"/assets/common.js":    "text/javascript; charset=utf-8",
		"/assets/portfolio.js": "text/javascript; charset=utf-8",
		"/assets/style.css":    "text/css; charset=utf-8",
		"/form.json":           "application/json",
	} {
		a := do(t, "GET", srv.URL+path, "", nil)
		require.Equal(t, http.StatusOK, a.status, path)
		assert.Equal(t, ct, a.header.Get("Content-Type"), path)
		assert.NotRegexp(t, external, string(a.body), path)
		assert.NotContains(t, string(a.body), "<script>", "%s: no inline script", path)
	}
	for _, path := range []string{"/assets/nothing.js", "/assets/app.exe", "/assets/..%2fopenapi.json", "/assets/%2e%2e%2fweb%2findex.html", "/web/index.html"} {
		a := do(t, "GET", srv.URL+path, "", nil)
		assert.Equal(t, http.StatusNotFound, a.status, path)
	}
}

// TestFormTable: every enumeration the form offers is the library's list of spellings, each with a
// Chinese and an English label.
func TestFormTable(t *testing.T) {
	srv := start(t, httpapi.Config{})
	a := do(t, "GET", srv.URL+"/form.json", "", nil)
	var doc struct {
		Sections []struct {
			ID     string
			Groups []struct {
				Path   string
				Fields []struct{ Key, Type, Enum, Zh, En string }
			}
		}
		Enums map[string][]struct{ Value, Zh, En string }
	}
	require.NoError(t, json.Unmarshal(a.body, &doc))
	ids := []string{}
	for _, s := range doc.Sections {
		ids = append(ids, s.ID)
	}
	assert.Equal(t, []string{"case", "enterprise", "rights", "loan", "default", "application"}, ids)
	cjk := regexp.MustCompile(`\p{Han}`)
	assert.Equal(t, pledge.Purpose(0).Values(), values(doc.Enums["purpose"]))
	assert.Equal(t, pledge.RightKind(0).Values(), values(doc.Enums["right_kind"]))
	assert.Equal(t, pledge.Material(0).Values(), values(doc.Enums["material"]))
	for name, vs := range doc.Enums {
		for _, v := range vs {
			assert.Regexp(t, cjk, v.Zh, "%s %s has a Chinese label", name, v.Value)
			assert.NotEqual(t, v.Value, v.En, "%s %s has an English label", name, v.Value)
		}
	}
	for _, s := range doc.Sections {
		for _, g := range s.Groups {
			for _, f := range g.Fields {
				assert.Regexp(t, cjk, f.Zh, "%s.%s", g.Path, f.Key)
				assert.NotEmpty(t, f.En)
				if f.Type == "enum" || f.Type == "enumset" {
					assert.Contains(t, doc.Enums, f.Enum, "%s.%s", g.Path, f.Key)
				}
			}
		}
	}
}

func values(vs []struct{ Value, Zh, En string }) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Value
	}
	return out
}
