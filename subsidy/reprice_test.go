package subsidy_test

import (
	"os"
	"reflect"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// figureVariants are what-ifs on the Art. 17 and 18 figures only, each changing what some golden case gets.
func figureVariants() map[string]subsidy.Policy {
	v := map[string]subsidy.Policy{}
	add := func(name string, edit func(*subsidy.Policy)) {
		p := subsidy.Default2015()
		p.Name = name
		edit(&p)
		v[name] = p
	}
	add("as issued", func(*subsidy.Policy) {})
	add("fee rate 2%", func(p *subsidy.Policy) { p.FeeSubsidyRate = dec("0.02") })
	add("fee rate 0", func(p *subsidy.Policy) { p.FeeSubsidyRate = dec("0") })
	add("share 40%, cap 2,000,000.00", func(p *subsidy.Policy) {
		p.CompensationShare, p.CompensationCap = dec("0.40"), dec("2000000.00")
	})
	add("cap 500,000.00", func(p *subsidy.Policy) { p.CompensationCap = dec("500000.00") })
	add("ceiling 130%", func(p *subsidy.Policy) { p.RateCeilingMultiple = dec("1.3") })
	add("ceiling 200%", func(p *subsidy.Policy) { p.RateCeilingMultiple = dec("2") })
	add("fixed reference 3%", func(p *subsidy.Policy) { p.Reference = subsidy.FixedSeries{Value: dec("0.03")} })
	return v
}

// TestRepriceIsEvaluate: for every golden case and every figure variant, repricing the report made under
// the measure as issued gives exactly what evaluating the case under the variant gives.
func TestRepriceIsEvaluate(t *testing.T) {
	base := subsidy.Default2015()
	for _, path := range caseFiles(t) {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		c, err := parseCase(data)
		require.NoError(t, err)
		r, err := subsidy.Evaluate(c, base, deadlines.China())
		require.NoError(t, err)
		for name, p := range figureVariants() {
			t.Run("I-14, I-15, I-16/"+name+"/"+path, func(t *testing.T) {
				want, err := subsidy.Evaluate(c, p, deadlines.China())
				require.NoError(t, err)
				got, err := p.Reprice(c, r)
				require.NoError(t, err)
				assert.Equal(t, want.Amounts().FeeOutcome, got.FeeOutcome)
				assert.Equal(t, want.Amounts().CompensationOutcome, got.CompensationOutcome)
				assertNullDec(t, want.Amounts().Fee, got.Fee, "fee")
				assertNullDec(t, want.Amounts().Compensation, got.Compensation, "compensation")
			})
		}
	}
}

// assertNullDec compares optional amounts: both null, or both given and Equal.
func assertNullDec(t *testing.T, want, got decimal.NullDecimal, what string) {
	t.Helper()
	assert.Equal(t, want.Valid, got.Valid, "%s given", what)
	assert.Truef(t, want.Decimal.Equal(got.Decimal), "%s: got %s, want %s", what, got.Decimal, want.Decimal)
}

// TestRepriceRefusesOtherEligibility: the eligibility figures decide the findings, so a variant of them
// is refused with ErrEligibilityChanged rather than answered from the old findings.
func TestRepriceRefusesOtherEligibility(t *testing.T) {
	c := quick(t)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	p := subsidy.Default2015()
	p.Eligibility.EffectiveDate = date("2016-06-01")
	_, err = p.Reprice(c, r)
	require.ErrorIs(t, err, subsidy.ErrEligibilityChanged)
	p = subsidy.Default2015()
	p.Eligibility.Pledge.MainUseShare = dec("0.6")
	_, err = p.Reprice(c, r)
	require.ErrorIs(t, err, subsidy.ErrEligibilityChanged)
	p = subsidy.Default2015()
	p.Eligibility.Pledge.MaxRestShift = 10
	_, err = p.Reprice(c, r)
	require.ErrorIs(t, err, subsidy.ErrEligibilityChanged)
	p = subsidy.Default2015()
	p.FeeSubsidyRate = dec("1.5")
	_, err = p.Reprice(c, r)
	require.Error(t, err, "an invalid policy is refused")
}

// TestRepriceComparesEveryEligibilityFigure guards sameEligibility: it must compare every field of
// eligibility.Params, so this test lists them and fails when one is added.
func TestRepriceComparesEveryEligibilityFigure(t *testing.T) {
	var names []string
	var walk func(reflect.Type, string)
	walk = func(tp reflect.Type, prefix string) {
		for i := range tp.NumField() {
			f := tp.Field(i)
			if f.Type.Kind() == reflect.Struct && f.Type.PkgPath() != "github.com/shopspring/decimal" &&
				f.Type.Name() != "Date" {
				walk(f.Type, prefix+f.Name+".")
				continue
			}
			names = append(names, prefix+f.Name)
		}
	}
	walk(reflect.TypeFor[eligibility.Params](), "")
	assert.Equal(t, []string{"Pledge.MainUseShare", "Pledge.MaxRestShift", "EffectiveDate"}, names,
		"a new eligibility figure: compare it in sameEligibility (reprice.go), then list it here")
}
