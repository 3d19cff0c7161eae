package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefault2015(t *testing.T) {
	p := subsidy.Default2015()
	tests := []struct {
		ref, name, want string
		got             decimal.Decimal
	}{
		{"Art. 17", "fee subsidy 1% of each loan (不超过每笔贷款金额1%)", "0.01", p.FeeSubsidyRate},
		{"Art. 18", "compensation 30% of the principal loss (不超过……坏账本金损失的30%)", "0.30", p.CompensationShare},
		{"Art. 18", "at most 1,500,000 yuan a loan (每笔贷款损失补偿不超过人民币150万元)", "1500000.00", p.CompensationCap},
		{"Art. 18", "rate at most 150% of the benchmark (不超过同期人民银行贷款基准利率的150%)", "1.5", p.RateCeilingMultiple},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Truef(t, dec(tc.want).Equal(tc.got), "got %s, want %s", tc.got, tc.want)
		})
	}
	t.Run("I-1/in force from 2015-08-31 (Art. 24: 自印发之日起施行)", func(t *testing.T) {
		assert.Equal(t, date("2015-08-31"), p.Eligibility.EffectiveDate)
	})
	t.Run("I-16/the benchmark is the reference", func(t *testing.T) {
		assert.Equal(t, subsidy.Benchmark(), p.Reference)
	})
}

// TestPolicyCopies: a what-if is a changed copy; changing it changes neither the original nor a later
// Default2015, and each call returns a fresh value.
func TestPolicyCopies(t *testing.T) {
	base := subsidy.Default2015()
	whatIf := base
	whatIf.CompensationCap = dec("2000000.00")
	whatIf.CompensationShare = dec("0.5")
	whatIf.FeeSubsidyRate = dec("0.02")
	whatIf.RateCeilingMultiple = dec("2")
	whatIf.Eligibility.EffectiveDate = date("2016-01-01")
	whatIf.Eligibility.Pledge.MainUseShare = dec("0.9")
	whatIf.Reference = subsidy.FixedSeries{Value: dec("0.05")}

	for _, p := range []subsidy.Policy{base, subsidy.Default2015()} {
		assert.True(t, dec("1500000.00").Equal(p.CompensationCap))
		assert.True(t, dec("0.30").Equal(p.CompensationShare))
		assert.True(t, dec("0.01").Equal(p.FeeSubsidyRate))
		assert.True(t, dec("1.5").Equal(p.RateCeilingMultiple))
		assert.Equal(t, date("2015-08-31"), p.Eligibility.EffectiveDate)
		assert.True(t, dec("0.5").Equal(p.Eligibility.Pledge.MainUseShare))
		assert.Equal(t, subsidy.Benchmark(), p.Reference)
	}
	assert.True(t, dec("2000000.00").Equal(whatIf.Compensation(dec("6000000.00"))), "6,000,000 × 0.5 = 3,000,000 > the 2,000,000 cap")
	assert.True(t, dec("1500000.00").Equal(base.Compensation(dec("6000000.00"))), "6,000,000 × 0.3 = 1,800,000 > the 1,500,000 cap")
}

// TestPolicyConcurrent runs the formulas from many goroutines on one Policy (go test -race checks it).
func TestPolicyConcurrent(t *testing.T) {
	p := subsidy.Default2015()
	done := make(chan bool)
	for range 8 {
		go func() {
			defer func() { done <- true }()
			for range 50 {
				fs, err := p.FeeSubsidy(dec("5000000.00"), providers(g("A", "10000.00"), in("B", "60000.00")))
				if err != nil || !dec("50000.00").Equal(fs.Amount) {
					t.Error("fee subsidy changed under concurrency")
				}
				rc, err := p.RiskCompensation(exampleLoan(), exampleDefault())
				if err != nil || !dec("945000.00").Equal(rc.Compensation.Decimal) {
					t.Error("compensation changed under concurrency")
				}
			}
		}()
	}
	for range 8 {
		<-done
	}
	require.True(t, dec("1500000.00").Equal(p.CompensationCap))
}

// Issue 8: a Policy that no policy can have is refused by Validate — and by Evaluate and Reprice, which
// never answer from it — each figure named as the report's rules object names it. The boundaries are
// fractions' 0 and 1, which pass, and one step past them, which does not.
func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		ref, name string
		edit      func(p *subsidy.Policy)
		field     string // "" where the policy is valid
		err       error
	}{
		{"I-14", "fee rate 0: nothing paid, but a policy", func(p *subsidy.Policy) { p.FeeSubsidyRate = dec("0") }, "", nil},
		{"I-14", "fee rate 1: the whole loan, but a policy", func(p *subsidy.Policy) { p.FeeSubsidyRate = dec("1") }, "", nil},
		{"I-14", "fee rate below 0", func(p *subsidy.Policy) { p.FeeSubsidyRate = dec("-0.0001") }, "policy.fee_subsidy_rate", pledge.ErrShareRange},
		{"I-14", "fee rate above 1", func(p *subsidy.Policy) { p.FeeSubsidyRate = dec("1.0001") }, "policy.fee_subsidy_rate", pledge.ErrShareRange},
		{"I-15", "share of the loss above 1", func(p *subsidy.Policy) { p.CompensationShare = dec("1.5") }, "policy.compensation_share", pledge.ErrShareRange},
		{"I-15", "share of the loss below 0", func(p *subsidy.Policy) { p.CompensationShare = dec("-0.3") }, "policy.compensation_share", pledge.ErrShareRange},
		{"I-15", "a cap of 0: nothing paid, but a policy", func(p *subsidy.Policy) { p.CompensationCap = dec("0") }, "", nil},
		{"I-15", "a negative cap", func(p *subsidy.Policy) { p.CompensationCap = dec("-0.01") }, "policy.compensation_cap", pledge.ErrNegative},
		{"I-16", "a negative rate multiple", func(p *subsidy.Policy) { p.RateCeilingMultiple = dec("-1.5") }, "policy.rate_ceiling_multiple", pledge.ErrNegative},
		{"I-16", "no reference series", func(p *subsidy.Policy) { p.Reference = nil }, "policy.reference", pledge.ErrMissing},
		{"I-1", "no effective date", func(p *subsidy.Policy) { p.Eligibility.EffectiveDate = deadlines.Date{} }, "policy.effective_date", pledge.ErrMissing},
		{"I-10", "a main-use share above 1", func(p *subsidy.Policy) { p.Eligibility.Pledge.MainUseShare = dec("1.2") }, "policy.main_use_share", pledge.ErrShareRange},
		{"I-26", "a negative rest-day bound: a count of days, not an amount", func(p *subsidy.Policy) { p.Eligibility.Pledge.MaxRestShift = -1 }, "policy.max_rest_shift", pledge.ErrCount},
		{"I-15", "a cap of 3 decimals, as a case's amount could not be", func(p *subsidy.Policy) { p.CompensationCap = dec("0.001") }, "policy.compensation_cap", pledge.ErrPrecision},
		{"I-15", "a cap of 1,500,000.00 written with 3 decimals", func(p *subsidy.Policy) { p.CompensationCap = dec("1500000.000") }, "policy.compensation_cap", pledge.ErrPrecision},
		{"I-16", "a fixed reference rate below 0", func(p *subsidy.Policy) { p.Reference = subsidy.FixedSeries{Value: dec("-0.05")} }, "policy.reference.value", pledge.ErrRateRange},
		{"I-16", "a fixed reference rate of 7 (700%)", func(p *subsidy.Policy) { p.Reference = subsidy.FixedSeries{Value: dec("7")} }, "policy.reference.value", pledge.ErrRateRange},
		{"I-16", "a fixed reference series with no rate", func(p *subsidy.Policy) { p.Reference = subsidy.FixedSeries{} }, "policy.reference.value", pledge.ErrMissing},
		{"I-16", "a fixed reference rate of 0.0435, a policy", func(p *subsidy.Policy) { p.Reference = subsidy.FixedSeries{Value: dec("0.0435")} }, "", nil},
		{"I-26", "a bound of 0: no move allowed, but a policy", func(p *subsidy.Policy) { p.Eligibility.Pledge.MaxRestShift = 0 }, "", nil},
	}
	c := quick(t)
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			p := subsidy.Default2015()
			tc.edit(&p)
			_, evalErr := subsidy.Evaluate(c, p, deadlines.China())
			_, repriceErr := p.Reprice(c, subsidy.Report{})
			for door, err := range map[string]error{"Validate": p.Validate(), "Evaluate": evalErr} {
				if tc.field == "" {
					assert.NoError(t, err, door)
					continue
				}
				ies := pledge.InputErrors(err)
				if assert.Len(t, ies, 1, "%s: %v", door, err) {
					assert.Equal(t, tc.field, ies[0].Field, door)
					assert.ErrorIs(t, ies[0], tc.err, door)
				}
			}
			if tc.field != "" {
				assert.ErrorIs(t, repriceErr, tc.err, "Reprice refuses it too")
			}
		})
	}
	t.Run("I-17/the zero Policy: every missing figure at once", func(t *testing.T) {
		var fields []string
		for _, ie := range pledge.InputErrors(subsidy.Policy{}.Validate()) {
			fields = append(fields, ie.Field)
		}
		assert.Equal(t, []string{"policy.reference", "policy.effective_date"}, fields,
			"zero rates and caps are figures (nothing paid); a missing series and date are not")
	})
}
