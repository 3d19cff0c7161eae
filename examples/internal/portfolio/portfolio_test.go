package portfolio

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonl reads cases of testdata/cases into JSON Lines, each given an id.
func jsonl(t *testing.T, files ...string) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "cases", f+".json"))
		require.NoError(t, err)
		var c map[string]any
		require.NoError(t, json.Unmarshal(data, &c))
		c["id"] = f
		line, _ := json.Marshal(c)
		buf.Write(append(line, '\n'))
	}
	return &buf
}

func TestPlanYAMLAndJSON(t *testing.T) {
	yamlPlan := `
scenarios:
  - name: 40%
    compensation_share: 0.40
  - name: fixed
    reference: fixed
    fixed_rate: "5%"
  - name: lpr
    reference: lpr
    lpr:
      - {effective: 2019-08-20, one_year: 0.0425, over_five_years: 0.0485}
  - name: wider use
    main_use_share: 0.6
sweep: {figure: compensation_share, from: 0.1, to: 0.5, step: 0.1}
budget: {every_year: 25000000.00, years: {2016: "10000000.00"}}
`
	jsonPlan := `{"scenarios": [{"name": "40%", "compensation_share": 0.40}, {"name": "fixed", "reference": "fixed", "fixed_rate": "5%"},
	 {"name": "lpr", "reference": "lpr", "lpr": [{"effective": "2019-08-20", "one_year": "0.0425", "over_five_years": 0.0485}]},
	 {"name": "wider use", "main_use_share": "0.6"}],
	 "sweep": {"figure": "compensation_share", "from": "0.1", "to": 0.5, "step": 0.1},
	 "budget": {"every_year": "25000000.00", "years": {"2016": 10000000.00}}}`
	for name, text := range map[string]string{"yaml": yamlPlan, "json": jsonPlan} {
		t.Run(name, func(t *testing.T) {
			p, err := ParsePlan([]byte(text), subsidy.Default2015())
			require.NoError(t, err)
			require.Len(t, p.Scenarios, 4)
			assert.True(t, decimal.RequireFromString("0.4").Equal(p.Scenarios[0].Policy.CompensationShare), "the figure's text, exactly")
			assert.True(t, p.Scenarios[0].RepriceOnly, "an Art. 18 figure only: a repricing")
			q, err := p.Scenarios[1].Policy.Reference.Rate(deadlines.MustParseDate("2016-01-05"), deadlines.Date{}, deadlines.MustParseDate("2017-01-05"))
			require.NoError(t, err)
			assert.True(t, decimal.RequireFromString("0.05").Equal(q.Rate), "5% is 0.05")
			q, err = p.Scenarios[2].Policy.Reference.Rate(deadlines.MustParseDate("2019-09-01"), deadlines.Date{}, deadlines.MustParseDate("2020-09-01"))
			require.NoError(t, err)
			assert.True(t, decimal.RequireFromString("0.0425").Equal(q.Rate), "a one-year loan takes the one-year LPR")
			assert.False(t, p.Scenarios[3].RepriceOnly, "I-10 is an eligibility figure: the case is judged again")
			require.NotNil(t, p.Sweep)
			assert.Len(t, p.Sweep.Values, 5, "0.1 to 0.5 by 0.1, both ends")
			assert.True(t, decimal.RequireFromString("10000000").Equal(p.Budget.For(2016).Decimal))
			assert.True(t, FirstTranche.Equal(p.Budget.For(2017).Decimal))
			// The measure as issued is untouched by the scenarios (a Policy is a value).
			assert.True(t, decimal.RequireFromString("0.30").Equal(subsidy.Default2015().CompensationShare))
		})
	}
}

func TestPlanProblemsAllAtOnce(t *testing.T) {
	_, err := ParsePlan([]byte(`
scenarios:
  - compensation_share: 1.5
  - name: x
    fee_rate: -0.01
    reference: libor
  - name: x
    reference: lpr
sweep: {figure: effective_date, from: 1, to: 2, step: 1}
budget: {years: {twenty: 5}}
`), subsidy.Default2015())
	var msgs []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *FileError
		require.True(t, errors.As(e, &fe))
		msgs = append(msgs, fe.Message(0))
	}
	assert.Equal(t, []string{
		`budget.years："twenty"：不是年份`,
		`scenarios[0].compensation_share："1.5"：比例须在0与1之间`,
		`scenarios[0].name：""：方案须有名称`,
		`scenarios[1].fee_rate："-0.01"：比例须在0与1之间`,
		`scenarios[1].reference："libor"：参考利率须为 benchmark、lpr 或 fixed`,
		`scenarios[2].lpr：""：LPR参考利率须给出各期报价（effective、one_year、over_five_years）`,
		`scenarios[2].name："x"：方案名称重复`,
		`sweep.figure："effective_date"：不是可扫描的参数`,
	}, msgs)
}

// A sweep of the compensation share over the two compensated cases, worked out by hand: the capped case
// has a principal loss of 6,000,000.00 (capped at 1,500,000.00 from a share of 0.25 on), the Art. 13 case
// 3,150,000.00 (945,000.00 at 30%, testdata/cases/README.md):
//
//	0.1: 600,000.00 + 315,000.00 = 915,000.00      0.2: 1,200,000.00 + 630,000.00 = 1,830,000.00
//	0.3: 1,500,000.00 + 945,000.00 = 2,445,000.00  0.4: 1,500,000.00 + 1,260,000.00 = 2,760,000.00
//	0.5: 1,500,000.00 + 1,500,000.00 (50% of 3,150,000.00 is 1,575,000.00, over the cap) = 3,000,000.00
//
// Their fee subsidies (64,000.00 and 50,000.00) do not move.
func TestSweepCurveByHand(t *testing.T) {
	plan, err := ParsePlan([]byte(`sweep: {figure: compensation_share, from: "0.1", to: "0.5", step: "0.1"}`), subsidy.Default2015())
	require.NoError(t, err)
	reg := register.OpenJSONL(jsonl(t, "art18-capped-compensation", "art13-recoveries-costs-interest-principal"))
	s, err := Run(reg, Options{Base: subsidy.Default2015(), Plan: plan, Calendar: deadlines.China(), Workers: 2})
	require.NoError(t, err)
	want := []string{"915000.00", "1830000.00", "2445000.00", "2760000.00", "3000000.00"}
	require.Len(t, s.Sweep, len(want))
	for i, p := range s.Sweep {
		assert.Equal(t, want[i], p.CompPayable.StringFixed(2), "share %s", p.Value)
		assert.Equal(t, "114000.00", p.FeePayable.StringFixed(2))
		assert.Equal(t, 2, p.Cases)
	}
}

// A case the library refuses at evaluation is refused, not dropped, and the run goes on; results come
// in the register's order whatever the number of workers.
func TestOrderAndRefusals(t *testing.T) {
	buf := jsonl(t, "quickstart", "art18-capped-compensation")
	buf.WriteString(`{"id":"bad","as_of":"2016-06-30","loan":{"amount":"-5"}}` + "\n")
	buf.Write(jsonl(t, "art13-recoveries-costs-interest-principal").Bytes())
	var ids []string
	s, err := Run(register.OpenJSONL(buf), Options{Base: subsidy.Default2015(), Calendar: deadlines.China(), Workers: 3,
		OnCase: func(r *CaseResult) error { ids = append(ids, r.Item.ID); return nil }})
	require.NoError(t, err)
	assert.Equal(t, []string{"quickstart", "art18-capped-compensation", "bad", "art13-recoveries-costs-interest-principal"}, ids)
	assert.Equal(t, 4, s.Items)
	assert.Equal(t, 3, s.Cases)
	assert.Equal(t, 1, s.Refused)
}

// Bins: an amount goes in the bin whose lower bound it reaches; the last bin is open.
func TestBins(t *testing.T) {
	s := newSummary(Options{})
	for _, a := range []string{"0.01", "9999.99", "10000.00", "1500000.00", "1500000.01"} {
		s.bin(decimal.RequireFromString(a), func(b *Bin) { b.FeeCases++ })
	}
	s.bin(decimal.Zero, func(b *Bin) { b.FeeCases++ })
	got := make([]int, len(s.Bins))
	for i, b := range s.Bins {
		got[i] = b.FeeCases
	}
	assert.Equal(t, []int{2, 1, 0, 0, 0, 0, 0, 1, 1}, got, "0.01 and 9,999.99 in the first; 10,000.00 the second; 1,500,000.00 under the cap's bin edge; a fen above it in the last; zero nowhere")
}

// English counts agree with their number: none and many take the plural, one the singular.
func TestCount(t *testing.T) {
	assert.Equal(t, "0 cases", Count(0, "case"))
	assert.Equal(t, "1 case", Count(1, "case"))
	assert.Equal(t, "2 cases", Count(2, "case"))
	assert.Equal(t, "1 input error", Count(1, "input error"))
}

// An unknown key is one more problem, named by its key path beside the file's other problems, in Chinese
// and English, in YAML and JSON alike. Before, the decoder stopped at it with its own English words
// ("yaml: unmarshal errors: line 1: field foo not found in type portfolio.scenarioIn") and nothing else
// was said. Here scenario 0 has the unknown key foo beside a share of 1.5 (above 1); scenario 1 misspells
// reference; the sweep has a key sweeps do not take; the top level has one too. A key given twice and a
// value of the wrong kind (a list for a name, whose absence is then no further problem) are named as well.
func TestPlanUnknownKeysNamedWithTheOthers(t *testing.T) {
	yamlPlan := "scenarios:\n  - {name: a, foo: 1, compensation_share: 1.5}\n  - {name: b, referenc: lpr}\n" +
		"  - {name: [c], fee_rate: 0.02, fee_rate: 0.03}\nsweep: {figure: fee_rate, values: [0.01], by: 2}\nbudgets: 5\n"
	jsonPlan := `{"scenarios": [{"name": "a", "foo": 1, "compensation_share": 1.5}, {"name": "b", "referenc": "lpr"},
	 {"name": ["c"], "fee_rate": 0.02, "fee_rate": 0.03}], "sweep": {"figure": "fee_rate", "values": [0.01], "by": 2}, "budgets": 5}`
	scenarioKeys := "name, fee_rate, compensation_share, compensation_cap, rate_ceiling_multiple, reference, lpr, fixed_rate, effective_date, main_use_share, max_rest_shift"
	for name, text := range map[string]string{"yaml": yamlPlan, "json": jsonPlan} {
		t.Run(name, func(t *testing.T) {
			_, err := ParsePlan([]byte(text), subsidy.Default2015())
			var zh, en []string
			for _, fe := range FileErrors(err) {
				zh, en = append(zh, fe.Message(pledge.Chinese)), append(en, fe.Message(pledge.English))
			}
			assert.Equal(t, []string{
				`budgets："5"：方案文件此处没有这个键（此处可用的键：scenarios、sweep、budget）`,
				`scenarios[0].compensation_share："1.5"：比例须在0与1之间`,
				`scenarios[0].foo："1"：方案文件此处没有这个键（此处可用的键：` + strings.ReplaceAll(scenarioKeys, ", ", "、") + `）`,
				`scenarios[1].referenc："lpr"：方案文件此处没有这个键（此处可用的键：` + strings.ReplaceAll(scenarioKeys, ", ", "、") + `）`,
				`scenarios[2].fee_rate：""：键重复`,
				`scenarios[2].name：""：应为数值或文字`,
				`sweep.by："2"：方案文件此处没有这个键（此处可用的键：figure、scenario、from、to、step、values）`,
			}, zh)
			assert.Equal(t, []string{
				`budgets: "5": not a key of the scenario file here (keys here: scenarios, sweep, budget)`,
				`scenarios[0].compensation_share: "1.5": a share must be between 0 and 1`,
				`scenarios[0].foo: "1": not a key of the scenario file here (keys here: ` + scenarioKeys + `)`,
				`scenarios[1].referenc: "lpr": not a key of the scenario file here (keys here: ` + scenarioKeys + `)`,
				`scenarios[2].fee_rate: "": this key is given twice`,
				`scenarios[2].name: "": want a number or a text`,
				`sweep.by: "2": not a key of the scenario file here (keys here: figure, scenario, from, to, step, values)`,
			}, en)
		})
	}
	// The audit's file: one unknown key, the one problem.
	_, err := ParsePlan([]byte("scenarios: [{name: a, foo: 1}]"), subsidy.Default2015())
	require.Len(t, FileErrors(err), 1)
	assert.Equal(t, "scenarios[0].foo", FileErrors(err)[0].Path)
	assert.ErrorIs(t, err, ErrUnknownKey)
}

// A sweep's value is named by its place in the file's values: here values[0] is no number and values[1],
// 2, is no share (above 1). Before, 2 was named values[0], its place among the values that were numbers.
func TestSweepValueNamedByItsPlace(t *testing.T) {
	_, err := ParsePlan([]byte("sweep: {figure: fee_rate, values: [abc, 2]}"), subsidy.Default2015())
	var msgs []string
	for _, fe := range FileErrors(err) {
		msgs = append(msgs, fe.Message(pledge.English))
	}
	assert.Equal(t, []string{`sweep.values[0]: "abc": not a decimal number (write 0.30 or 30%)`,
		`sweep.values[1]: "2": a share must be between 0 and 1`}, msgs)
}

// A scenario's changes, for a person: in Chinese each by its name and its key in the file, the value as
// written (an amount's digits kept); in English the file's own key=value. Before, the Chinese outputs
// showed the keys alone (compensation_share=0.40).
func TestChangesText(t *testing.T) {
	p, err := ParsePlan([]byte(`scenarios:
  - {name: a, compensation_share: "40%", compensation_cap: 2000000.00}
  - {name: b, reference: fixed, fixed_rate: 0.05, effective_date: 2015-08-01}
  - {name: c, reference: lpr, lpr: [{effective: 2019-08-20, one_year: 0.0425, over_five_years: 0.0485}]}
`), subsidy.Default2015())
	require.NoError(t, err)
	var zh, en []string
	for _, sc := range p.Scenarios {
		zh, en = append(zh, ChangesText(sc.Changes, pledge.Chinese)), append(en, ChangesText(sc.Changes, pledge.English))
	}
	assert.Equal(t, []string{
		"风险补偿比例（第十八条；compensation_share）=40%；每笔补偿上限（第十八条；compensation_cap）=2000000.00",
		"参考利率（I-16；reference）=固定利率 0.05；办法施行日（I-1；effective_date）=2015-08-01",
		"参考利率（I-16；reference）=LPR",
	}, zh)
	assert.Equal(t, []string{"compensation_share=40%; compensation_cap=2000000.00", "reference=fixed 0.05; effective_date=2015-08-01",
		"reference=lpr"}, en)
}
