package htmlreport

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/portfolio"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestYuan(t *testing.T) {
	for in, want := range map[string]string{"0": "0.00", "0.5": "0.50", "999.99": "999.99", "1000": "1,000.00",
		"1500000": "1,500,000.00", "-500000": "-500,000.00", "11451911842.7": "11,451,911,842.70"} {
		assert.Equal(t, want, Yuan(decimal.RequireFromString(in)), in)
	}
}

// The report is one file: ECharts inlined, no script, style or image fetched from anywhere; the Chinese
// report names every chart in Chinese and the English one in English.
func TestReportIsOneOfflineFile(t *testing.T) {
	s, err := portfolio.Run(register.OpenJSONL(bytes.NewReader(nil)), portfolio.Options{Base: subsidy.Default2015(), Calendar: deadlines.China()})
	require.NoError(t, err)
	for _, lang := range []pledge.Lang{pledge.Chinese, pledge.English} {
		var buf bytes.Buffer
		require.NoError(t, Write(&buf, Input{Title: "empty.jsonl", Lang: lang, Summary: s}))
		html := buf.String()
		page := regexp.MustCompile(`(?s)<script>.*?</script>`).ReplaceAllString(html, "") // the markup, scripts' text left out
		assert.NotRegexp(t, regexp.MustCompile(`(?i)<(script|link|img|iframe)[^>]+(src|href)=`), page, "nothing loaded from elsewhere")
		assert.Equal(t, 2, strings.Count(html, "<script>"), "two inline scripts: ECharts and the charts")
		assert.Contains(t, html, "Licensed to the Apache Software Foundation", "ECharts is inlined, its licence header with it")
		assert.Contains(t, html, `version:"6.1.0"`, "the vendored version")
		assert.Equal(t, 5, bytes.Count(buf.Bytes(), []byte(`class="chart"`)), "five charts without a sweep")
		if lang == pledge.Chinese {
			assert.Contains(t, html, `data-title="各方案应付补助对比"`)
		} else {
			assert.Contains(t, html, `data-title="Scenarios side by side: payable"`)
		}
	}
}

// The group totals' first table is the whole register: its one row is labelled 全部 / all, as in
// totals.csv. Its key is "", which in the other groupings means a district or lender left blank, and the
// row was labelled （未填） / (not given). The register here is one case (the quickstart) with its district
// given, so no row of the report is a group not given.
func TestAllGroupLabelled(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "cases", "quickstart.json"))
	require.NoError(t, err)
	var c map[string]any
	require.NoError(t, json.Unmarshal(data, &c))
	c["id"] = "Q"
	c["enterprise"].(map[string]any)["district"] = "南岸区"
	line, err := json.Marshal(c)
	require.NoError(t, err)
	s, err := portfolio.Run(register.OpenJSONL(bytes.NewReader(append(line, '\n'))), portfolio.Options{Base: subsidy.Default2015(), Calendar: deadlines.China()})
	require.NoError(t, err)
	for lang, want := range map[pledge.Lang][2]string{pledge.Chinese: {"全部", "（未填）"}, pledge.English: {"all", "(not given)"}} {
		var buf bytes.Buffer
		require.NoError(t, Write(&buf, Input{Title: "q.jsonl", Lang: lang, Summary: s}))
		html := buf.String()
		section := html[strings.Index(html, `<section id="totals">`):]
		section = section[:strings.Index(section, "</section>")]
		assert.Regexp(t, regexp.MustCompile(`<h3>`+want[0]+`</h3>\n<table><tr>.*</tr>\n<tr><td>`+regexp.QuoteMeta(want[0])+`</td><td class="n">1</td>`), section)
		assert.NotContains(t, section, want[1], "every group of one case with its district, lender, mode and right kind given is named")
	}
}

// The sweep chart's axis is named in the report's language: the figure's Chinese name in Chinese, its key
// in the scenario file in English. Before, it was the key in both (compensation_share).
func TestSweepAxisNamed(t *testing.T) {
	plan, err := portfolio.ParsePlan([]byte("sweep: {figure: compensation_share, values: [0.3, 0.4]}"), subsidy.Default2015())
	require.NoError(t, err)
	s, err := portfolio.Run(register.OpenJSONL(bytes.NewReader(nil)), portfolio.Options{Base: subsidy.Default2015(), Plan: plan, Calendar: deadlines.China()})
	require.NoError(t, err)
	for lang, want := range map[pledge.Lang]string{pledge.Chinese: "风险补偿比例（第十八条）", pledge.English: "compensation_share"} {
		charts, err := Charts(s, lang)
		require.NoError(t, err)
		c := charts[len(charts)-1]
		require.Equal(t, "chart-sweep", c.ID)
		var o struct {
			XAxis struct{ Name string } `json:"xAxis"`
		}
		require.NoError(t, json.Unmarshal([]byte(c.Option), &o))
		assert.Equal(t, want, o.XAxis.Name)
	}
}
