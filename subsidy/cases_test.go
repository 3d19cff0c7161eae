package subsidy_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// -update rewrites testdata/cases/*.golden.json and testdata/cases.jsonl from the code's output. A reviewer
// reads the diff, and checks every amount against testdata/cases/README.md, before committing.
var update = flag.Bool("update", false, "rewrite the golden reports in testdata/cases and testdata/cases.jsonl")

const casesDir = "../testdata/cases"

// parseCase reads a case file as the example program does: decoding and identifier checks.
var parseCase = pledge.DecodeCase

// caseFiles lists the case files (not the goldens, not the article index), sorted.
func caseFiles(t testing.TB) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join(casesDir, "*.json"))
	require.NoError(t, err)
	var out []string
	for _, f := range all {
		if strings.HasSuffix(f, ".golden.json") || filepath.Base(f) == "articles.json" {
			continue
		}
		out = append(out, f)
	}
	require.NotEmpty(t, out)
	return out
}

func goldenPath(caseFile string) string {
	return strings.TrimSuffix(caseFile, ".json") + ".golden.json"
}

// evaluateFile evaluates a case file with the measure as issued and the China calendar.
func evaluateFile(t testing.TB, path string) subsidy.Report {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	c, err := parseCase(data)
	require.NoError(t, err, "the case file must be valid input")
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	return r
}

func indentedReport(t testing.TB, r subsidy.Report) []byte {
	t.Helper()
	compact, err := r.JSON(pledge.Chinese)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, json.Indent(&buf, compact, "", "  "))
	buf.WriteByte('\n')
	return buf.Bytes()
}

// TestGoldenCases evaluates every case file and compares the report, in Chinese, with its golden file.
// The amounts in each golden are worked out by hand in testdata/cases/README.md.
func TestGoldenCases(t *testing.T) {
	for _, path := range caseFiles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			got := indentedReport(t, evaluateFile(t, path))
			golden := goldenPath(path)
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "no golden: run go test ./subsidy -run TestGoldenCases -update")
			if !bytes.Equal(want, got) {
				wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
				for i := 0; i < len(wl) || i < len(gl); i++ {
					var w, g string
					if i < len(wl) {
						w = wl[i]
					}
					if i < len(gl) {
						g = gl[i]
					}
					if w != g {
						t.Fatalf("%s differs from the report at line %d:\nwant: %s\ngot:  %s\n(rerun with -update and read the diff)", golden, i+1, w, g)
					}
				}
			}
		})
	}
}

// articleIndex is testdata/cases/articles.json: the articles that carry no computable rule, each with why.
type articleIndex struct {
	NoComputableRule []struct {
		Article int    `json:"article"`
		Why     string `json:"why"`
	} `json:"no_computable_rule"`
}

// TestArticleIndex fails if an article 1–24 has neither a golden report citing it (a finding whose ref is
// that article) nor an entry in testdata/cases/articles.json saying why it carries no computable rule. It
// also holds each case file to its name: artNN-… must have a golden citing Art. NN.
func TestArticleIndex(t *testing.T) {
	cited := map[int][]string{}
	for _, path := range caseFiles(t) {
		data, err := os.ReadFile(goldenPath(path))
		require.NoError(t, err)
		var report struct {
			Findings []struct {
				Ref pledge.Ref `json:"ref"`
			} `json:"findings"`
		}
		require.NoError(t, json.Unmarshal(data, &report), goldenPath(path))
		base := filepath.Base(path)
		for _, f := range report.Findings {
			if !slices.Contains(cited[f.Ref.Article], base) {
				cited[f.Ref.Article] = append(cited[f.Ref.Article], base)
			}
		}
		if rest, ok := strings.CutPrefix(base, "art"); ok {
			n, err := strconv.Atoi(rest[:2])
			require.NoError(t, err, "%s: name artNN-<what>.json", base)
			assert.Contains(t, cited[n], base, "%s is named for Art. %d but its golden cites no finding of it", base, n)
		}
	}

	data, err := os.ReadFile(filepath.Join(casesDir, "articles.json"))
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var index articleIndex
	require.NoError(t, dec.Decode(&index))
	indexed := map[int]string{}
	for _, e := range index.NoComputableRule {
		require.True(t, e.Article >= 1 && e.Article <= 24, "article %d is not in the measure", e.Article)
		require.NotContains(t, indexed, e.Article, "article %d listed twice", e.Article)
		require.NotEmpty(t, strings.TrimSpace(e.Why), "article %d: say why it carries no computable rule", e.Article)
		indexed[e.Article] = e.Why
	}
	for a := 1; a <= 24; a++ {
		if len(cited[a]) == 0 && indexed[a] == "" {
			t.Errorf("Art. %d has neither a case whose golden cites it nor an entry in articles.json", a)
		}
	}
}

// TestCasesJSONL holds testdata/cases.jsonl to the case files: one line per case file, in the files' sorted
// order, each the file's JSON made compact, so the ready JSON Lines file cannot drift from the cases.
func TestCasesJSONL(t *testing.T) {
	var want bytes.Buffer
	for _, path := range caseFiles(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		require.NoError(t, json.Compact(&want, data))
		want.WriteByte('\n')
	}
	jsonl := filepath.Join(casesDir, "..", "cases.jsonl")
	if *update {
		require.NoError(t, os.WriteFile(jsonl, want.Bytes(), 0o644))
		return
	}
	got, err := os.ReadFile(jsonl)
	require.NoError(t, err)
	assert.Equal(t, want.String(), string(got), "testdata/cases.jsonl is stale: rerun with -update")
	sc := bufio.NewScanner(bytes.NewReader(got))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		_, err := parseCase(sc.Bytes())
		require.NoError(t, err, "cases.jsonl line %d", n)
	}
	require.NoError(t, sc.Err())
}

// A report's errors are written in the report's language, as its findings are: the guarantor's fee of
// art17-fee-not-given is not given, so the fee subsidy cannot be computed (Art. 17, I-14).
func TestReportErrorsInItsLanguage(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(casesDir, "art17-fee-not-given.json"))
	require.NoError(t, err)
	c, err := pledge.DecodeCase(data)
	require.NoError(t, err)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	for lang, want := range map[pledge.Lang]string{
		pledge.Chinese: `loan.providers[0].fee：""：未给出费用，无法计算担保费补助`,
		pledge.English: `loan.providers[0].fee: "": fee not given: the fee subsidy cannot be computed`,
	} {
		out, err := r.JSON(lang)
		require.NoError(t, err)
		var got struct{ Errors []string }
		require.NoError(t, json.Unmarshal(out, &got))
		assert.Equal(t, []string{want}, got.Errors)
		assert.Contains(t, r.Text(lang), "  "+want+"\n")
	}
}
