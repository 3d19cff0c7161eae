package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Art. 13 "所获价款优先偿还所欠债务", Interpretation I-13: recoveries go to costs, then interest, then principal
// (民法典第五百六十一条); the principal loss is what principal is left, never below zero; an audited loss is
// used as given. Every figure of these rows is given.
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
		{"Art. 13", "I-13 the case-format example", "1000000.00", "30000.00", "120000.00", "",
			// 1,000,000 − 30,000 − 120,000 = 850,000 to principal; 4,000,000 − 850,000 = 3,150,000 lost.
			"30000.00", "120000.00", "850000.00", "0", "3150000.00", false},
		{"Art. 13", "I-13 less than the costs", "29999.99", "30000.00", "120000.00", "",
			"29999.99", "0", "0", "0", "4000000.00", false},
		{"Art. 13", "I-13 exactly the costs", "30000.00", "30000.00", "120000.00", "",
			"30000.00", "0", "0", "0", "4000000.00", false},
		{"Art. 13", "I-13 one fen past the costs", "30000.01", "30000.00", "120000.00", "",
			"30000.00", "0.01", "0", "0", "4000000.00", false},
		{"Art. 13", "I-13 one fen short of costs and interest", "149999.99", "30000.00", "120000.00", "",
			"30000.00", "119999.99", "0", "0", "4000000.00", false},
		{"Art. 13", "I-13 exactly costs and interest", "150000.00", "30000.00", "120000.00", "",
			"30000.00", "120000.00", "0", "0", "4000000.00", false},
		{"Art. 13", "I-13 one fen past costs and interest", "150000.01", "30000.00", "120000.00", "",
			"30000.00", "120000.00", "0.01", "0", "3999999.99", false},
		{"Art. 13", "I-13 one fen short of the whole debt", "4149999.99", "30000.00", "120000.00", "",
			"30000.00", "120000.00", "3999999.99", "0", "0.01", false},
		{"Art. 13", "I-13 exactly the whole debt", "4150000.00", "30000.00", "120000.00", "",
			"30000.00", "120000.00", "4000000.00", "0", "0", false},
		{"Art. 13", "I-13 one fen past the whole debt", "4150000.01", "30000.00", "120000.00", "",
			// The fen over goes back to the pledgor; the loss stays at zero, never below.
			"30000.00", "120000.00", "4000000.00", "0.01", "0", false},
		{"Art. 13", "I-13 nothing recovered, said as 0.00", "0.00", "30000.00", "120000.00", "",
			"0", "0", "0", "0", "4000000.00", false},
		{"Art. 13", "I-24 no costs or interest, each said as 0.00", "1000000.00", "0.00", "0.00", "",
			// An explicit 0.00 is a figure: everything goes to principal, 4,000,000 − 1,000,000.
			"0", "0", "1000000.00", "0", "3000000.00", false},
		{"Art. 13", "I-13 an audited loss is used as given", "1000000.00", "30000.00", "120000.00", "3100000.00",
			// The order still gives 850,000 to principal; the loss is the audited 3,100,000.
			"30000.00", "120000.00", "850000.00", "0", "3100000.00", true},
		{"Art. 13", "I-13 an audited loss of zero", "0.00", "0.00", "0.00", "0.00",
			"0", "0", "0", "0", "0", true},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			d := pledge.Default{OutstandingPrincipal: decOf("4000000.00")}
			setIf(tc.recovered, &d.Recoveries)
			setIf(tc.costs, &d.EnforcementCosts)
			setIf(tc.interest, &d.OutstandingInterest)
			setIf(tc.audit, &d.AuditedPrincipalLoss)
			r := pledge.ApplyRecoveries(d)
			require.True(t, r.Applied, "every figure is given")
			for _, c := range []struct {
				name, want string
				got        decimal.Decimal
			}{
				{"ToCosts", tc.toCosts, r.ToCosts},
				{"ToInterest", tc.toInterest, r.ToInterest},
				{"ToPrincipal", tc.toPrincipal, r.ToPrincipal},
				{"Surplus", tc.surplus, r.Surplus},
				{"PrincipalLoss", tc.loss, r.PrincipalLoss},
				{"LossMin", tc.loss, r.LossMin},
				{"LossMax", tc.loss, r.LossMax},
			} {
				assert.Truef(t, decOf(c.want).Equal(c.got), "%s: got %s, want %s", c.name, c.got, c.want)
			}
			assert.True(t, r.Known, "every figure given: the loss is certain")
			assert.Empty(t, r.Missing)
			assert.Equal(t, tc.audited, r.Audited)
			// The parts always sum to what was recovered.
			sum := r.ToCosts.Add(r.ToInterest).Add(r.ToPrincipal).Add(r.Surplus)
			assert.Truef(t, sum.Equal(r.Recovered.Decimal), "parts %s ≠ recovered %s", sum, r.Recovered.Decimal)
			assert.Truef(t, r.Outstanding.Equal(decOf("4000000.00")), "outstanding %s", r.Outstanding)
		})
	}
}

func setIf(s string, dst *decimal.NullDecimal) {
	if s != "" {
		*dst = nullOf(s)
	}
}

// Interpretation I-24: recoveries, costs of enforcement and interest not given are unknown, never zero. The
// principal loss is then known only where an audited loss is given or the figures given fix it; otherwise
// it lies between the least (the figures not given at none, so the most goes to principal) and the most
// (a missing cost or interest absorbing every recovery; recoveries not given, none recovered).
func TestApplyRecoveriesMissing(t *testing.T) {
	const (
		interest = "default.outstanding_interest"
		costs    = "default.enforcement_costs"
		recov    = "default.recoveries"
	)
	tests := []struct {
		ref, name                         string
		principal                         string
		recovered, costs, interest, audit string // "" for not given
		known                             bool
		lossMin, lossMax                  string // PrincipalLoss is lossMin where known
		missing                           []string
		how                               string
	}{
		{"Art. 13", "I-24 recoveries not given", "4000000.00", "", "30000.00", "120000.00", "",
			false, "0", "4000000.00", []string{recov},
			"recoveries could be none (loss 4,000,000) or the whole debt (loss 0); never counted as none"},
		{"Art. 13", "I-24 nothing but the principal given", "4000000.00", "", "", "", "",
			false, "0", "4000000.00", []string{interest, costs, recov}, "the three keys, in the case file's order"},
		{"Art. 13", "I-24 recoveries given, interest not", "4000000.00", "1000000.00", "30000.00", "", "",
			false, "3030000.00", "4000000.00", []string{interest},
			"least: interest at none, 1,000,000 − 30,000 = 970,000 to principal, 4,000,000 − 970,000; most: interest absorbs the other 970,000"},
		{"Art. 13", "I-24 recoveries given, costs not", "4000000.00", "1000000.00", "", "120000.00", "",
			false, "3120000.00", "4000000.00", []string{costs},
			"least: costs at none, 1,000,000 − 120,000 = 880,000 to principal; most: costs absorb all 1,000,000"},
		{"Art. 13", "I-24 recoveries given, costs and interest not", "4000000.00", "1000000.00", "", "", "",
			false, "3000000.00", "4000000.00", []string{interest, costs}, "least: all 1,000,000 to principal"},
		{"Art. 13", "I-24 recoveries past the debt, costs and interest not", "4000000.00", "5000000.00", "", "", "",
			false, "0", "4000000.00", []string{interest, costs},
			"least: 4,000,000 of the 5,000,000 to principal, loss 0; most: costs or interest take it all"},
		{"Art. 13", "I-24 recoveries no more than the interest given: the costs are not needed", "4000000.00", "100000.00", "", "120000.00", "",
			true, "4000000.00", "4000000.00", nil, "100,000 ≤ 120,000: interest takes it all whatever the costs, so nothing reaches principal"},
		{"Art. 13", "I-24 recoveries exactly the interest given", "4000000.00", "120000.00", "", "120000.00", "",
			true, "4000000.00", "4000000.00", nil, "120,000 ≤ 120,000 (bound: at)"},
		{"Art. 13", "I-24 recoveries one fen past the interest given", "4000000.00", "120000.01", "", "120000.00", "",
			false, "3999999.99", "4000000.00", []string{costs}, "one fen may reach principal, if the costs are none (bound: past)"},
		{"Art. 13", "I-24 recoveries exactly the costs given, interest not", "4000000.00", "30000.00", "30000.00", "", "",
			true, "4000000.00", "4000000.00", nil, "the costs take all 30,000, whatever the interest"},
		{"Art. 13", "I-24 nothing recovered, said as 0.00", "4000000.00", "0.00", "", "", "",
			true, "4000000.00", "4000000.00", nil, "an explicit 0.00 is a figure: nothing to apply, loss 4,000,000"},
		{"Art. 13", "I-24 no principal outstanding", "0.00", "", "", "", "",
			true, "0", "0", nil, "whatever was recovered, 0 − nothing = 0"},
		{"Art. 13", "I-24 a fen of principal outstanding", "0.01", "", "", "", "",
			false, "0", "0.01", []string{interest, costs, recov}, "the fen may or may not have been recovered"},
		{"Art. 13", "I-24 an audited loss settles it, recoveries not given", "4000000.00", "", "", "", "3100000.00",
			true, "3100000.00", "3100000.00", nil, "I-13: used as it is; nothing it depends on is missing"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			d := pledge.Default{OutstandingPrincipal: decOf(tc.principal)}
			setIf(tc.recovered, &d.Recoveries)
			setIf(tc.costs, &d.EnforcementCosts)
			setIf(tc.interest, &d.OutstandingInterest)
			setIf(tc.audit, &d.AuditedPrincipalLoss)
			r := pledge.ApplyRecoveries(d)
			assert.Equal(t, tc.known, r.Known, tc.how)
			assert.Truef(t, decOf(tc.lossMin).Equal(r.LossMin), "LossMin: got %s, want %s (%s)", r.LossMin, tc.lossMin, tc.how)
			assert.Truef(t, decOf(tc.lossMax).Equal(r.LossMax), "LossMax: got %s, want %s (%s)", r.LossMax, tc.lossMax, tc.how)
			assert.Equal(t, tc.missing, r.Missing)
			assert.False(t, r.Applied, "a figure is missing: the order is not worked out")
			assert.Equal(t, tc.audit != "", r.Audited)
			if tc.known {
				assert.Truef(t, decOf(tc.lossMin).Equal(r.PrincipalLoss), "PrincipalLoss: got %s, want %s", r.PrincipalLoss, tc.lossMin)
			} else {
				assert.Truef(t, r.PrincipalLoss.IsZero(), "PrincipalLoss %s shown for a loss not known", r.PrincipalLoss)
			}
			for _, c := range []struct {
				name string
				got  decimal.Decimal
			}{{"ToCosts", r.ToCosts}, {"ToInterest", r.ToInterest}, {"ToPrincipal", r.ToPrincipal}, {"Surplus", r.Surplus}} {
				assert.Truef(t, c.got.IsZero(), "%s %s worked out from a figure not given", c.name, c.got)
			}
			assert.Equal(t, tc.recovered != "", r.Recovered.Valid, "recoveries given or not, as in the case")
			assert.Equal(t, tc.costs != "", r.Costs.Valid)
			assert.Equal(t, tc.interest != "", r.Interest.Valid)
		})
	}
}

func TestRecoveries(t *testing.T) {
	t.Run("Art. 13/no default", func(t *testing.T) {
		r, fs := pledge.Recoveries(nil)
		assertWellFormed(t, fs)
		assert.Equal(t, []findingBrief{{"Art. 13", pledge.NotApplicable, "", "recoveries_applied"}}, briefsOf(fs))
		assert.Equal(t, pledge.Recovery{}, r)
	})
	t.Run("Art. 13/I-13 the order shown", func(t *testing.T) {
		d := sampleDefault()
		r, fs := pledge.Recoveries(&d)
		require.Len(t, fs, 1)
		assertWellFormed(t, fs)
		assert.Equal(t, findingBrief{"Art. 13", pledge.Info, "", "recoveries_applied"}, briefsOf(fs)[0])
		assert.Equal(t, pledge.ApplyRecoveries(d), r, "the result is ApplyRecoveries'")
		// 1,000,000 recovered: 30,000 costs, 120,000 interest, 850,000 principal; 3,150,000 lost.
		assert.Equal(t, "追偿所得1,000,000.00元依次抵充实现债权费用30,000.00元（应付30,000.00元）、利息120,000.00元（应付120,000.00元）、"+
			"本金850,000.00元（未还本金4,000,000.00元）；本金损失3,150,000.00元", fs[0].Zh)
		assert.Equal(t, "recoveries of 1,000,000.00 yuan go first to costs, 30,000.00 yuan (of 30,000.00 yuan claimed), then to interest, "+
			"120,000.00 yuan (of 120,000.00 yuan), then to principal, 850,000.00 yuan (of 4,000,000.00 yuan outstanding); "+
			"the principal loss is 3,150,000.00 yuan", fs[0].En)
	})
	t.Run("Art. 13/I-13 an audited loss and the computed one", func(t *testing.T) {
		d := sampleDefault()
		d.AuditedPrincipalLoss = nullOf("3100000.00")
		_, fs := pledge.Recoveries(&d)
		assertShows(t, fs[0], []string{"本金损失采用审定数3,100,000.00元（按上述顺序计算为3,150,000.00元）"},
			[]string{"the principal loss is the audited 3,100,000.00 yuan, used as given (the order above gives 3,150,000.00 yuan)"})
	})
	t.Run("Art. 13/I-13 a surplus is shown", func(t *testing.T) {
		// 150 recovered, nothing claimed but principal: 100 to principal, 50 over.
		_, fs := pledge.Recoveries(&pledge.Default{OutstandingPrincipal: decOf("100.00"), Recoveries: nullOf("150.00"),
			EnforcementCosts: nullOf("0.00"), OutstandingInterest: nullOf("0.00")})
		assertShows(t, fs[0], []string{"余额50.00元", "本金损失0.00元"}, []string{"leaving 50.00 yuan over", "the principal loss is 0.00 yuan"})
	})
	t.Run("Art. 13/I-13 no surplus, none shown", func(t *testing.T) {
		d := sampleDefault()
		_, fs := pledge.Recoveries(&d)
		assert.NotContains(t, fs[0].Zh, "余额")
		assert.NotContains(t, fs[0].En, "yuan over")
	})
	// I-24: a figure not given is named by its key and never shown as a number.
	t.Run("Art. 13/I-24 recoveries not given: named, bounds shown", func(t *testing.T) {
		d := sampleDefault()
		d.Recoveries = decimal.NullDecimal{}
		_, fs := pledge.Recoveries(&d)
		assert.Equal(t, "未还本金4,000,000.00元，利息120,000.00元，实现债权费用30,000.00元；未提供（不按零计）：追偿所得（default.recoveries）；"+
			"本金损失在0.00元至4,000,000.00元之间，取决于未提供的数额，无法确定", fs[0].Zh)
		assert.Equal(t, "outstanding principal 4,000,000.00 yuan, interest 120,000.00 yuan, costs of enforcement 30,000.00 yuan; "+
			"not given, and not counted as none: recoveries (default.recoveries); the principal loss is between 0.00 and 4,000,000.00 yuan, "+
			"depending on the figures not given, and is not determined", fs[0].En)
		assert.Equal(t, pledge.Info, fs[0].Outcome, "Art. 13 explains and never decides")
	})
	t.Run("Art. 13/I-24 costs not given but not needed", func(t *testing.T) {
		// 100,000 recovered, 120,000 interest: interest takes it all whatever the costs; loss 4,000,000.
		d := pledge.Default{OutstandingPrincipal: decOf("4000000.00"), OutstandingInterest: nullOf("120000.00"), Recoveries: nullOf("100000.00")}
		_, fs := pledge.Recoveries(&d)
		assert.Equal(t, "未还本金4,000,000.00元，利息120,000.00元，追偿所得100,000.00元；未提供（不按零计）：实现债权费用（default.enforcement_costs）；"+
			"追偿所得不超过已提供的实现债权费用和利息（合计120,000.00元），无论未提供的数额为何均不抵充本金：本金损失4,000,000.00元", fs[0].Zh)
		assert.Equal(t, "outstanding principal 4,000,000.00 yuan, interest 120,000.00 yuan, recoveries 100,000.00 yuan; "+
			"not given, and not counted as none: costs of enforcement (default.enforcement_costs); the recoveries do not exceed the costs and "+
			"interest given (120,000.00 yuan in all), so whatever the figures not given, nothing goes to principal: the principal loss is 4,000,000.00 yuan", fs[0].En)
	})
	t.Run("Art. 13/I-24 no principal outstanding", func(t *testing.T) {
		_, fs := pledge.Recoveries(&pledge.Default{OutstandingPrincipal: decOf("0.00")})
		assertShows(t, fs[0], []string{"无未还本金", "本金损失均为0.00元", "default.recoveries"},
			[]string{"no principal is outstanding", "the principal loss is 0.00 yuan", "default.recoveries"})
	})
	t.Run("Art. 13/I-24 an audited loss with the recoveries not given", func(t *testing.T) {
		_, fs := pledge.Recoveries(&pledge.Default{OutstandingPrincipal: decOf("7000000.00"), AuditedPrincipalLoss: nullOf("6000000.00")})
		assert.Equal(t, "未还本金7,000,000.00元；未提供（不按零计）：利息（default.outstanding_interest）、实现债权费用（default.enforcement_costs）、"+
			"追偿所得（default.recoveries），无法按抵充顺序计算；本金损失采用审定数6,000,000.00元", fs[0].Zh)
		assert.Equal(t, "outstanding principal 7,000,000.00 yuan; not given, and not counted as none: interest (default.outstanding_interest), "+
			"costs of enforcement (default.enforcement_costs), recoveries (default.recoveries); so the order of Art. 13 cannot be worked out, "+
			"and the principal loss is the audited 6,000,000.00 yuan, used as given", fs[0].En)
	})
	t.Run("Art. 13/I-24 a figure not given is never shown as 0.00", func(t *testing.T) {
		for _, d := range []pledge.Default{
			{OutstandingPrincipal: decOf("4000000.00")},
			{OutstandingPrincipal: decOf("4000000.00"), Recoveries: nullOf("1000000.00")},
			{OutstandingPrincipal: decOf("4000000.00"), EnforcementCosts: nullOf("30000.00")},
			{OutstandingPrincipal: decOf("4000000.00"), AuditedPrincipalLoss: nullOf("1.00")},
		} {
			_, fs := pledge.Recoveries(&d)
			assertWellFormed(t, fs)
			assert.NotContains(t, fs[0].Zh, "0.00元依次", "no recoveries of 0.00 nobody gave")
			assert.NotContains(t, fs[0].Zh, "，按零计", "never counted as none")
			assert.NotContains(t, fs[0].En, "recoveries of 0.00")
			assert.NotContains(t, fs[0].En, "given, counted as none")
		}
	})
}
