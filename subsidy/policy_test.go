package subsidy_test

import (
	"testing"

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
