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
