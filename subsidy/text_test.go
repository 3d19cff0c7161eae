package subsidy_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// width counts terminal columns as a reader sees them: CJK characters and full-width forms take two.
func width(s string) int {
	n := 0
	for _, r := range s {
		n++
		if (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xFF00 && r <= 0xFF60) {
			n++
		}
	}
	return n
}

func TestTextAlignsAmounts(t *testing.T) {
	c := quick(t)
	withDefault(c)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	valueLine := regexp.MustCompile(`^  \S.*  +([\d,]+\.\d\d|\d{4}-\d\d-\d\d|—|[\d.]+%)$`)
	for _, lang := range []pledge.Lang{pledge.Chinese, pledge.English} {
		text := r.Text(lang)
		end := -1
		rows := 0
		for _, line := range strings.Split(text, "\n") {
			if !valueLine.MatchString(line) || strings.HasPrefix(line, "  Art. ") {
				continue
			}
			rows++
			if end < 0 {
				end = width(line)
			}
			assert.Equal(t, end, width(line), "amounts and dates end in one column: %q", line)
		}
		assert.GreaterOrEqual(t, rows, 10, "rights, deadlines, both subsidies' figures")
	}
	en := r.Text(pledge.English)
	assert.Contains(t, en, "As of 2017-06-30: eligible")
	assert.Contains(t, en, "Risk compensation (Art. 18): eligible")
	assert.Regexp(t, `(?m)^  principal loss +3,150,000\.00$`, en)
	assert.Regexp(t, `(?m)^  rate ceiling +6\.525%$`, en)
	assert.Regexp(t, `(?m)^  Art\. 17 +met +\[某担保公司\] `, en, "a clause per line: ref, outcome, subject, message")
	assert.Contains(t, en, "    Art. 18: ", "the steps follow the figures")
	zh := r.Text(pledge.Chinese)
	assert.Contains(t, zh, "评估日 2017-06-30：符合条件")
	assert.Contains(t, zh, "风险补偿（第十八条）：符合条件")
}

func TestTextNullsAndErrors(t *testing.T) {
	r := subsidy.Report{
		AsOf:        evDate("2016-06-30"),
		Outcome:     pledge.Undetermined,
		FeeSubsidy:  &subsidy.FeeSubsidyReport{Outcome: pledge.Undetermined, Cap: evDec("50000"), Providers: []subsidy.Part{{Name: "某担保公司"}}},
		Application: &subsidy.ApplicationReview{Outcome: subsidy.ApplicationNotAccepted, Missing: []pledge.Material{pledge.LegalRepID}},
		Errors:      []error{&pledge.InputError{Field: "loan.providers[0].fee", Err: subsidy.ErrFeeUnknown}},
	}
	text := r.Text(pledge.English)
	assert.Regexp(t, `(?m)^  amount +—$`, text)
	assert.Regexp(t, `(?m)^  cap +50,000\.00$`, text)
	assert.Contains(t, text, "Application (Art. 15, 16): not_accepted")
	assert.Contains(t, text, "missing: legal representative's ID")
	assert.Contains(t, text, "Errors:\n  loan.providers[0].fee: \"\": fee not given")
	assert.Contains(t, r.Text(pledge.Chinese), "补助申报（第十五、十六条）：不予受理")
}

func TestTextSections(t *testing.T) {
	// Report.Text writes a section only where the report has something for it, and numbers the Art. 14
	// change filings from 1 in the order given. The report is built by hand: no rights, two changes, no
	// application material missing, no errors.
	d := func(s string) deadlines.Deadline { return deadlines.Deadline{Last: evDate(s)} }
	r := subsidy.Report{
		ID:          "贷款-7",
		AsOf:        evDate("2016-06-30"),
		Outcome:     pledge.Eligible,
		Findings:    []pledge.Finding{{Ref: pledge.Art(17), Outcome: pledge.Met, Zh: "符合。", En: "met."}},
		Deadlines:   pledge.Art14Due{Registration: d("2016-01-20"), Changes: []deadlines.Deadline{d("2016-04-05"), d("2016-05-16")}},
		Application: &subsidy.ApplicationReview{Outcome: subsidy.ApplicationComplete},
	}
	en := r.Text(pledge.English)
	assert.True(t, strings.HasPrefix(en, "贷款-7  As of 2016-06-30: eligible\n"), "the case's id before the title: %q", en)
	assert.NotContains(t, en, "Rights protected until:", "no rights, no section")
	assert.NotContains(t, en, "Errors:", "no errors, no section")
	assert.Regexp(t, `(?m)^  change 1 +2016-04-05$`, en)
	assert.Regexp(t, `(?m)^  change 2 +2016-05-16$`, en)
	assert.NotContains(t, en, "change 0")
	assert.Contains(t, en, "  missing: none\n")
	zh := r.Text(pledge.Chinese)
	assert.True(t, strings.HasPrefix(zh, "贷款-7  评估日 2016-06-30：符合条件\n"), zh)
	assert.Regexp(t, `(?m)^  第十七条  符合  符合。$`, zh, "the outcome in Chinese")
	assert.Contains(t, zh, "补助申报（第十五、十六条）：材料齐全\n")
	assert.Contains(t, zh, "  缺少材料：无\n")

	r.ID = ""
	r.Rights = []subsidy.RightProtection{{Number: "201310123456.2", ProtectionEnds: evDate("2033-02-28")}}
	en = r.Text(pledge.English)
	assert.True(t, strings.HasPrefix(en, "As of 2016-06-30: eligible\n"), "no id, no prefix")
	assert.Regexp(t, `(?m)^Rights protected until:\n  201310123456\.2 +2033-02-28$`, en)
}

func TestTextValuesPastTheTables(t *testing.T) {
	// A decision, outcome or application outcome past the Chinese tables (a Go caller's own value) is
	// written as its English spelling, which for such a value is empty, in Chinese too, never a panic.
	r := subsidy.Report{
		AsOf:        evDate("2016-06-30"),
		Outcome:     pledge.Undetermined + 1,
		Findings:    []pledge.Finding{{Ref: pledge.Art(17), Outcome: pledge.Info + 1, Zh: "某事。", En: "something."}},
		Application: &subsidy.ApplicationReview{Outcome: subsidy.ApplicationNotAccepted + 1},
	}
	zh := r.Text(pledge.Chinese)
	assert.True(t, strings.HasPrefix(zh, "评估日 2016-06-30：\n"), zh)
	assert.Regexp(t, `(?m)^  第十七条    某事。$`, zh, "two spaces either side of an empty outcome column")
	assert.Contains(t, zh, "补助申报（第十五、十六条）：\n")
}

func TestEncoderIndent(t *testing.T) {
	// SetIndent indents as json.Encoder.SetIndent does; SetIndent("", "") is the default, one line a report.
	r, err := subsidy.Evaluate(quick(t), subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	encode := func(prefix, indent string, set bool) string {
		var b strings.Builder
		e := subsidy.NewEncoder(&b, pledge.English)
		if set {
			e.SetIndent(prefix, indent)
		}
		require.NoError(t, e.Encode(r))
		return b.String()
	}
	oneLine := encode("", "", false)
	assert.Equal(t, 1, strings.Count(oneLine, "\n"), "one line and its newline")
	assert.Equal(t, oneLine, encode("", "", true))
	indented := encode("", "  ", true)
	assert.True(t, strings.HasPrefix(indented, "{\n  \""), indented[:20])
	prefixed := encode(">", "", true)
	assert.True(t, strings.HasPrefix(prefixed, "{\n>\""), prefixed[:20])
}

func TestTextUnallocated(t *testing.T) {
	// I-32: compensation for loss no named bearer bore is shown apart, and only where there is some.
	r := subsidy.Report{AsOf: evDate("2017-06-30"), Outcome: pledge.Eligible,
		RiskCompensation: &subsidy.RiskCompensationReport{Outcome: pledge.Eligible,
			Unallocated: decimal.NewNullDecimal(evDec("1000.00"))}}
	assert.Regexp(t, `(?m)^  unallocated \(no named bearer: not payable\) +1,000\.00$`, r.Text(pledge.English))
	r.RiskCompensation.Unallocated = decimal.NewNullDecimal(evDec("0.00"))
	assert.NotContains(t, r.Text(pledge.English), "unallocated")
}
