package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Art. 13 "所获价款优先偿还所欠债务", Interpretation I-13: recoveries go to costs, then interest, then principal
// (民法典 第五百六十一条); the principal loss is what principal is left, never below zero; an audited loss is
// used as given.
func TestApplyRecoveries(t *testing.T) {
	// Every row owes 4,000,000.00 principal, 120,000.00 interest and 30,000.00 costs unless it says
	// otherwise: costs + interest = 150,000.00, the whole debt 4,150,000.00.
	tests := []struct {
		ref, name                         string
		recovered, costs, interest, audit string // "" for not given
		toCosts, toInterest, toPrincipal  string
		surplus, loss                     string
		audited                           bool
	}{
		{"I-13", "the case-format example", "1000000.00", "30000.00", "120000.00", "",
			// 1,000,000 − 30,000 − 120,000 = 850,000 to principal; 4,000,000 − 850,000 = 3,150,000 lost.
			"30000.00", "120000.00", "850000.00", "0", "3150000.00", false},
		{"I-13", "less than the costs", "29999.99", "30000.00", "120000.00", "",
			"29999.99", "0", "0", "0", "4000000.00", false},
		{"I-13", "exactly the costs", "30000.00", "30000.00", "120000.00", "",
			"30000.00", "0", "0", "0", "4000000.00", false},
		{"I-13", "one fen short of costs and interest", "149999.99", "30000.00", "120000.00", "",
			"30000.00", "119999.99", "0", "0", "4000000.00", false},
		{"I-13", "exactly costs and interest", "150000.00", "30000.00", "120000.00", "",
			"30000.00", "120000.00", "0", "0", "4000000.00", false},
		{"I-13", "one fen past costs and interest", "150000.01", "30000.00", "120000.00", "",
			"30000.00", "120000.00", "0.01", "0", "3999999.99", false},
		{"I-13", "exactly the whole debt", "4150000.00", "30000.00", "120000.00", "",
			"30000.00", "120000.00", "4000000.00", "0", "0", false},
		{"I-13", "one fen past the whole debt", "4150000.01", "30000.00", "120000.00", "",
			// The fen over goes back to the pledgor; the loss stays at zero, never below.
			"30000.00", "120000.00", "4000000.00", "0.01", "0", false},
		{"I-13", "nothing recovered yet", "", "30000.00", "120000.00", "",
			"0", "0", "0", "0", "4000000.00", false},
		{"I-13", "no costs or interest claimed", "1000000.00", "", "", "",
			// Not given counts as none claimed: everything goes to principal.
			"0", "0", "1000000.00", "0", "3000000.00", false},
		{"I-13", "an audited loss is used as given", "1000000.00", "30000.00", "120000.00", "3100000.00",
			// The waterfall still shows 850,000 to principal; the loss is the audited 3,100,000.
			"30000.00", "120000.00", "850000.00", "0", "3100000.00", true},
		{"I-13", "an audited loss of zero", "0.00", "", "", "0.00",
			"0", "0", "0", "0", "0", true},
	}
	setIf := func(s string, dst *decimal.NullDecimal) {
		if s != "" {
			*dst = nullOf(s)
		}
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			d := pledge.Default{OutstandingPrincipal: decOf("4000000.00")}
			setIf(tc.recovered, &d.Recoveries)
			setIf(tc.costs, &d.EnforcementCosts)
			setIf(tc.interest, &d.OutstandingInterest)
			setIf(tc.audit, &d.AuditedPrincipalLoss)
			r := pledge.ApplyRecoveries(d)
			for _, c := range []struct {
				name, want string
				got        decimal.Decimal
			}{
				{"ToCosts", tc.toCosts, r.ToCosts},
				{"ToInterest", tc.toInterest, r.ToInterest},
				{"ToPrincipal", tc.toPrincipal, r.ToPrincipal},
				{"Surplus", tc.surplus, r.Surplus},
				{"PrincipalLoss", tc.loss, r.PrincipalLoss},
			} {
				assert.Truef(t, decOf(c.want).Equal(c.got), "%s: got %s, want %s", c.name, c.got, c.want)
			}
			assert.Equal(t, tc.audited, r.Audited)
			// The parts always sum to what was recovered.
			sum := r.ToCosts.Add(r.ToInterest).Add(r.ToPrincipal).Add(r.Surplus)
			assert.Truef(t, sum.Equal(r.Recovered), "parts %s ≠ recovered %s", sum, r.Recovered)
			assert.Truef(t, r.Outstanding.Equal(decOf("4000000.00")), "outstanding %s", r.Outstanding)
		})
	}
}

func TestRecoveries(t *testing.T) {
	t.Run("Art. 13/no default", func(t *testing.T) {
		fs := pledge.Recoveries(nil)
		assertWellFormed(t, fs)
		assert.Equal(t, []findingBrief{{"Art. 13", pledge.NotApplicable, "", "recoveries_applied"}}, briefsOf(fs))
	})
	t.Run("I-13/the waterfall shown", func(t *testing.T) {
		d := sampleDefault()
		fs := pledge.Recoveries(&d)
		require.Len(t, fs, 1)
		assertWellFormed(t, fs)
		assert.Equal(t, findingBrief{"Art. 13", pledge.Info, "", "recoveries_applied"}, briefsOf(fs)[0])
		// 1,000,000 recovered: 30,000 costs, 120,000 interest, 850,000 principal; 3,150,000 lost.
		facts := []string{"1,000,000.00", "30,000.00", "120,000.00", "850,000.00", "4,000,000.00", "3,150,000.00"}
		assertShows(t, fs[0], facts, facts)
	})
	t.Run("I-13/an audited loss and the computed one", func(t *testing.T) {
		d := sampleDefault()
		d.AuditedPrincipalLoss = nullOf("3100000.00")
		fs := pledge.Recoveries(&d)
		assertShows(t, fs[0], []string{"审定", "3,100,000.00", "3,150,000.00"}, []string{"audited", "3,100,000.00", "3,150,000.00"})
	})
	t.Run("I-13/amounts not given are said to count as none", func(t *testing.T) {
		fs := pledge.Recoveries(&pledge.Default{OutstandingPrincipal: decOf("100.00")})
		assertShows(t, fs[0], []string{"未提供，按零计", "100.00"}, []string{"not given, counted as none", "100.00"})
	})
	t.Run("I-13/a surplus is shown", func(t *testing.T) {
		fs := pledge.Recoveries(&pledge.Default{OutstandingPrincipal: decOf("100.00"), Recoveries: nullOf("150.00")})
		// 150 recovered, nothing claimed but principal: 100 to principal, 50 over.
		assertShows(t, fs[0], []string{"余额50.00元"}, []string{"leaving 50.00 yuan over"})
	})
}
