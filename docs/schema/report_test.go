package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

// reportForms are the forms a report is written in: each language, full and compact, one line and
// indented (an indented report is written by encoding/json, a one-line one by the Encoder's own writer).
type reportForm struct {
	lang             pledge.Lang
	compact, indent  bool
	langName, layout string
}

var reportForms = func() []reportForm {
	var out []reportForm
	for _, l := range []struct {
		lang pledge.Lang
		name string
	}{{pledge.Chinese, "zh"}, {pledge.English, "en"}} {
		for _, compact := range []bool{false, true} {
			for _, indent := range []bool{false, true} {
				layout := map[bool]string{false: "full", true: "compact"}[compact] + map[bool]string{false: "", true: ", indented"}[indent]
				out = append(out, reportForm{l.lang, compact, indent, l.name, layout})
			}
		}
	}
	return out
}()

func encodeReport(t testing.TB, r subsidy.Report, e reportForm) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := subsidy.NewEncoder(&b, e.lang)
	enc.SetCompact(e.compact)
	if e.indent {
		enc.SetIndent("", "  ")
	}
	require.NoError(t, enc.Encode(r))
	return b.Bytes()
}

// TestGoldenReportsValidate: every golden report (testdata/cases/*.golden.json: subsidy.Evaluate's, in
// Chinese, full) validates. eligibility/testdata/cases/*.golden.json are not reports but
// eligibility.Assess's assessments (keys decision, message_en), which no schema here describes.
func TestGoldenReportsValidate(t *testing.T) {
	s := mustSchemas(t)
	goldens, err := filepath.Glob(repoFile("testdata", "cases", "*.golden.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(goldens), 23)
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		require.NoError(t, err)
		assert.Empty(t, schemaPaths(t, s.report, data), g)
		assert.Empty(t, schemaPaths(t, s.reportFormat, data), g)
	}
	assessments, err := filepath.Glob(repoFile("eligibility", "testdata", "cases", "*.golden.json"))
	require.NoError(t, err)
	for _, a := range assessments {
		data, err := os.ReadFile(a)
		require.NoError(t, err)
		var keys map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(data, &keys))
		assert.Contains(t, keys, "decision", "%s: an assessment, not a report", a)
		assert.NotEmpty(t, schemaPaths(t, s.report, data), "%s: an assessment is no report", a)
	}
}

// producedReports evaluates every case file the project keeps (and one with an id) with the measure as
// issued and the China calendar, and writes each report in every encoding.
func producedReports(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	cases := projectCases(t)
	withID, err := decode([]byte(minimalCase))
	require.NoError(t, err)
	withID.ID = "渝-2016-0001"
	p, cal := subsidy.Default2015(), deadlines.China()
	for i := -1; i < len(cases); i++ {
		name, c := "the smallest case with an id", withID
		if i >= 0 {
			name = cases[i].name
			c, err = decode(cases[i].data)
			require.NoError(t, err, name)
		}
		r, err := subsidy.Evaluate(c, p, cal)
		require.NoError(t, err, name)
		for _, e := range reportForms {
			out[name+" ("+e.langName+", "+e.layout+")"] = encodeReport(t, r, e)
		}
	}
	return out
}

// TestProducedReportsValidate: every report the project's cases give, in Chinese and English, full and
// compact, one line and indented, validates against the report schema (format annotated and asserted).
func TestProducedReportsValidate(t *testing.T) {
	t.Parallel() // the slowest tests of the package run beside each other
	s := mustSchemas(t)
	reports := producedReports(t)
	assert.GreaterOrEqual(t, len(reports), (23+23+5+1+1+1)*len(reportForms))
	for name, data := range reports {
		assert.Empty(t, schemaPaths(t, s.report, data), "%s\n%s", name, data)
		assert.Empty(t, schemaPaths(t, s.reportFormat, data), name)
	}
}

// TestReportSchemaKeysAppear: the keys the report schema declares are the keys the reports hold — every
// key declared is written in some report, and (additionalProperties being false) no report holds
// another. The clauses object's keys are refs, not keys of the format.
func TestReportSchemaKeysAppear(t *testing.T) {
	declared := map[string]bool{}
	var walkSchema func(v any)
	walkSchema = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if p, ok := x["properties"].(map[string]any); ok {
				for k := range p {
					declared[k] = true
				}
			}
			for _, c := range x {
				walkSchema(c)
			}
		case []any:
			for _, c := range x {
				walkSchema(c)
			}
		}
	}
	walkSchema(rawSchema(t, reportSchemaFile))

	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				seen[k] = true
				if k != "clauses" {
					walk(c)
				}
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	for _, data := range producedReports(t) {
		var v any
		require.NoError(t, json.Unmarshal(data, &v))
		walk(v)
	}
	assert.Equal(t, keysOf(declared), keysOf(seen))
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// names lists the report spellings of an enumeration numbered from 1 until its String is "".
func names[T interface {
	~uint8
	String() string
}]() []any {
	var out []any
	for i := T(1); i.String() != ""; i++ {
		out = append(out, i.String())
	}
	return out
}

// docRow is a row of docs/findings.md's table: its first cell is the code, in backquotes.
var docRow = regexp.MustCompile("^\\| `([a-z0-9_]+)` \\|")

// TestReportSchemaEnums: the report schema's enumerations are the library's — the decisions, the
// findings' outcomes, the application's outcomes, the materials — and the finding codes are exactly the
// codes docs/findings.md lists (which subsidy's TestFindingsDocMatchesSource holds to the source).
func TestReportSchemaEnums(t *testing.T) {
	defs := rawSchema(t, reportSchemaFile)["$defs"].(map[string]any)
	prop := func(def, key string) map[string]any {
		return defs[def].(map[string]any)["properties"].(map[string]any)[key].(map[string]any)
	}
	assert.Equal(t, names[pledge.Decision](), defs["decision"].(map[string]any)["enum"])
	assert.Equal(t, names[pledge.Outcome](), prop("finding", "outcome")["enum"])
	assert.Equal(t, names[subsidy.ApplicationOutcome](), prop("application", "outcome")["enum"])
	var materials []any
	for _, m := range pledge.Material(0).Values() {
		materials = append(materials, m)
	}
	assert.Equal(t, materials, prop("application", "missing")["items"].(map[string]any)["enum"])

	data, err := os.ReadFile(repoFile("docs", "findings.md"))
	require.NoError(t, err)
	var documented []any
	for line := range strings.Lines(string(data)) {
		if m := docRow.FindStringSubmatch(line); m != nil {
			documented = append(documented, m[1])
		}
	}
	require.Greater(t, len(documented), 90)
	assert.Equal(t, documented, prop("finding", "code")["enum"], "the codes, in docs/findings.md's order")
}

// reportWith is testdata/cases/quickstart.golden.json (eligible, a fee subsidy of 50,000.00, a complete
// application, 48 findings) with edits, each setting the key at path to the JSON text raw ("" deletes).
func reportWith(t *testing.T, edits ...edit) []byte {
	t.Helper()
	data, err := os.ReadFile(repoFile("testdata", "cases", "quickstart.golden.json"))
	require.NoError(t, err)
	return edited(t, data, edits...)
}

// compactWith is the same report in the compact form, with edits.
func compactWith(t *testing.T, edits ...edit) []byte {
	t.Helper()
	data, err := os.ReadFile(repoFile("testdata", "cases", "quickstart.json"))
	require.NoError(t, err)
	c, err := decode(data)
	require.NoError(t, err)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	return edited(t, encodeReport(t, r, reportForm{lang: pledge.Chinese, compact: true}), edits...)
}

// TestReportSchemaRefuses: the report schema is no rubber stamp. Each row breaks one promise of the
// report's form and the schema names the key: amounts with two decimals and never negative (the
// negative cap is what Evaluate gives today for a Go-built loan amount of -5,000,000.00, which no JSON
// case can carry), the codes and outcomes spelled out, text in the full form only and never in because,
// an outcome and its because agreeing, every key written.
func TestReportSchemaRefuses(t *testing.T) {
	s := mustSchemas(t)
	finding := `{"ref":"Art. 2","ref_zh":"第二条","outcome":"not_met","code":"tech_based","message":"企业声明不是科技型企业"}`
	rows := []struct {
		name  string
		edits []edit
		key   string
	}{
		{"a negative cap", []edit{set("fee_subsidy.cap", `"-50000.00"`)}, "fee_subsidy.cap"},
		{"an amount with one decimal", []edit{set("fee_subsidy.amount", `"50000.0"`)}, "fee_subsidy.amount"},
		{"an amount with three decimals", []edit{set("fee_subsidy.providers[0].amount", `"50000.001"`)}, "fee_subsidy.providers[0].amount"},
		{"an amount as a number", []edit{set("fee_subsidy.amount", `50000`)}, "fee_subsidy.amount"},
		{"a rate with a trailing zero", []edit{set("rules.policy.fee_subsidy_rate", `"0.010"`)}, "rules.policy.fee_subsidy_rate"},
		{"a code docs/findings.md does not list", []edit{set("findings[0].code", `"registered"`)}, "findings[0].code"},
		{"an outcome misspelt", []edit{set("findings[0].outcome", `"passed"`)}, "findings[0].outcome"},
		{"a decision misspelt", []edit{set("outcome", `"ok"`)}, "outcome"},
		{"an application outcome misspelt", []edit{set("application.outcome", `"accepted"`)}, "application.outcome"},
		{"a ref the measure has not", []edit{set("findings[0].ref", `"Art. 25"`)}, "findings[0].ref"},
		{"a ref_zh in Arabic numerals", []edit{set("findings[0].ref_zh", `"第2条"`)}, "findings[0].ref_zh"},
		{"an empty subject", []edit{set("findings[0].subject", `""`)}, "findings[0].subject"},
		{"the full form without a finding's text", []edit{del("findings[0].text")}, "findings[0].text"},
		{"eligible with a because", []edit{set("because", `[`+finding+`]`)}, "because"},
		{"not eligible without a because", []edit{set("outcome", `"not_eligible"`)}, "because"},
		{"a met finding in because", []edit{set("outcome", `"not_eligible"`), set("because", `[`+strings.Replace(finding, "not_met", "met", 1)+`]`)}, "because[0].outcome"},
		{"text in because", []edit{set("outcome", `"not_eligible"`), set("because", `[`+strings.Replace(finding, `}`, `,"text":"…"}`, 1)+`]`)}, "because[0]"},
		{"undetermined with a not-met because", []edit{set("outcome", `"undetermined"`), set("because", `[`+finding+`]`)}, "because[0].outcome"},
		{"the compact form's clauses with texts in the findings", []edit{set("clauses", `{"Art. 2":"…"}`)}, "findings[0]"},
		{"no rules", []edit{del("rules")}, "rules"},
		{"another library", []edit{set("rules.library", `"example.com/other"`)}, "rules.library"},
		{"an id of \"\" (none is null)", []edit{set("id", `""`)}, "id"},
		{"as_of null", []edit{set("as_of", `null`)}, "as_of"},
		{"a day that does not exist", []edit{set("deadlines.registration_due", `"2016-02-30"`)}, "deadlines.registration_due"},
		{"a material misspelt", []edit{set("application.missing", `["licence"]`)}, "application.missing[0]"},
		{"a key the report has not", []edit{set("fee_subsidy.rate", `"0.01"`)}, "fee_subsidy.rate"},
		{"an empty step", []edit{set("fee_subsidy.steps", `[""]`)}, "fee_subsidy.steps[0]"},
	}
	require.Empty(t, schemaPaths(t, s.report, reportWith(t)), "the golden itself is valid")
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			data := reportWith(t, row.edits...)
			assert.Contains(t, schemaPaths(t, s.report, data), row.key)
		})
	}
	compactRows := []struct {
		name  string
		edits []edit
		key   string
	}{
		{"a compact finding with its text", []edit{set("findings[0].text", `"…"`)}, "findings[0]"},
		{"a clause keyed by a ref the measure has not", []edit{set("clauses", `{"Art. 2(9)x":"…"}`)}, "clauses.Art. 2(9)x"},
		{"a clause without its words", []edit{set("clauses", `{"Art. 2":""}`)}, "clauses.Art. 2"},
	}
	require.Empty(t, schemaPaths(t, s.report, compactWith(t)), "the compact report itself is valid")
	for _, row := range compactRows {
		t.Run("compact/"+row.name, func(t *testing.T) {
			assert.Contains(t, schemaPaths(t, s.report, compactWith(t, row.edits...)), row.key)
		})
	}
}
