package subsidy_test

import (
	"os"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

// FuzzEvaluate feeds case bytes through pledge.DecodeCase and Evaluate, seeded with every case file.
// Whatever the input: no panic; where a report comes back, the fee subsidy is at most its cap (Art. 17)
// and its providers' parts sum exactly to it, each at most its fee (I-14, I-17); the compensation is at
// most 30% of the principal loss and 1,500,000.00 (Art. 18), and its bearers' parts with the unallocated
// rest sum exactly to it (I-15, I-17); both renderings succeed.
func FuzzEvaluate(f *testing.F) {
	for _, path := range caseFiles(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"as_of":"2016-06-30","rights":[{"kind":"design"}],"loan":{"amount":"0.01","contract_date":"2016-01-05","maturity_date":"2016-01-05","providers":[{"role":"insurer","fee":"0.01"},{"role":"guarantor","fee":"0.02"}]},"default":{"outstanding_principal":"0.03","loss_shares":[{"bearer":"lender","share":"0.5"}]}}`))
	p, cal := subsidy.Default2015(), deadlines.China()
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := pledge.DecodeCase(data)
		if err != nil {
			return
		}
		r, err := subsidy.Evaluate(c, p, cal)
		if err != nil {
			return
		}
		if fs := r.FeeSubsidy; fs != nil && fs.Amount.Valid {
			if fs.Amount.Decimal.GreaterThan(fs.Cap) {
				t.Fatalf("fee subsidy %s above its cap %s", fs.Amount.Decimal, fs.Cap)
			}
			sum := decimal.Zero
			for i, part := range fs.Providers {
				sum = sum.Add(part.Amount.Decimal)
				if fee := c.Loan.Providers[i].Fee.Decimal; part.Amount.Decimal.GreaterThan(fee) {
					t.Fatalf("provider %d gets %s, above its fee %s", i, part.Amount.Decimal, fee)
				}
			}
			if !sum.Equal(fs.Amount.Decimal) {
				t.Fatalf("providers' parts sum to %s, not %s", sum, fs.Amount.Decimal)
			}
		}
		if rc := r.RiskCompensation; rc != nil && rc.Amount.Valid {
			// I-32: the amount payable is the named bearers' parts; with the unallocated rest it is the
			// compensation, which never passes the cap (Art. 18) nor 30% of a known loss.
			payable, compensation := rc.Amount.Decimal, rc.Amount.Decimal.Add(rc.Unallocated.Decimal)
			if compensation.GreaterThan(p.CompensationCap) {
				t.Fatalf("compensation %s above the cap %s", compensation, p.CompensationCap)
			}
			if rc.PrincipalLoss.Valid && compensation.GreaterThan(rc.PrincipalLoss.Decimal.Mul(p.CompensationShare)) && compensation.IsPositive() {
				t.Fatalf("compensation %s above 30%% of the loss %s", compensation, rc.PrincipalLoss.Decimal)
			}
			sum := decimal.Zero
			for _, part := range rc.Bearers {
				sum = sum.Add(part.Amount.Decimal)
			}
			if !sum.Equal(payable) {
				t.Fatalf("bearers' parts sum to %s, not the amount payable %s", sum, payable)
			}
		}
		if _, err := r.JSON(pledge.English); err != nil {
			t.Fatal(err)
		}
		_ = r.Text(pledge.Chinese)
	})
}
