package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Art. 8: "对引入担保、保险机制或纳入科技风险补偿的知识产权质押贷款，利率原则上应低于本机构同类同档次贷款利率
// 平均水平", Interpretation I-11: a principle, so advisory or info, never met or not met.
func TestRatePrinciple(t *testing.T) {
	guaranteed := pledge.Loan{Mode: pledge.Guarantee, Providers: []pledge.Provider{{Role: pledge.Guarantor}}}
	insuredByProvider := pledge.Loan{Mode: pledge.Direct, Providers: []pledge.Provider{{Role: pledge.Insurer}}}
	guaranteedByProvider := pledge.Loan{Mode: pledge.Direct, Providers: []pledge.Provider{{Role: pledge.Guarantor}}}
	direct := pledge.Loan{Mode: pledge.Direct}
	riskApp := &pledge.Application{Kind: pledge.RiskCompensationApplication}
	tests := []struct {
		ref, name string
		loan      pledge.Loan
		app       *pledge.Application
		def       *pledge.Default
		rate, avg string // "" for not given
		want      pledge.Outcome
		showsZh   []string
		showsEn   []string
		why       string
	}{
		{"Art. 8", "I-11 below the average", guaranteed, nil, nil, "0.0600", "0.0650", pledge.Info,
			[]string{"6.00%", "6.50%", "担保"}, []string{"6.00%", "6.50%", "guarantee"}, "6.00% < 6.50%"},
		{"Art. 8", "I-11 one basis point below", guaranteed, nil, nil, "0.0649", "0.0650", pledge.Info,
			[]string{"6.49%"}, []string{"6.49%"}, "bound: below"},
		{"Art. 8", "I-11 at the average", guaranteed, nil, nil, "0.0650", "0.0650", pledge.Advisory,
			[]string{"6.50%", "不低于"}, []string{"6.50%", "not below"}, "应低于: equal is not below (bound: at)"},
		{"Art. 8", "I-11 one basis point above", guaranteed, nil, nil, "0.0651", "0.0650", pledge.Advisory,
			[]string{"6.51%"}, []string{"6.51%"}, "bound: past"},
		{"Art. 8", "I-11 more decimals shown as given", guaranteed, nil, nil, "0.06525", "0.0650", pledge.Advisory,
			[]string{"6.525%"}, []string{"6.525%"}, "6.525% > 6.50%"},
		{"Art. 8", "I-11 rate not given", guaranteed, nil, nil, "", "0.0650", pledge.Info,
			[]string{"未提供"}, []string{"not given"}, "nothing to compare"},
		{"Art. 8", "I-11 average not given", guaranteed, nil, nil, "0.0600", "", pledge.Info,
			[]string{"未提供"}, []string{"not given"}, "nothing to compare with"},
		{"Art. 8", "I-11 an insurer among the providers", insuredByProvider, nil, nil, "0.0700", "0.0650", pledge.Advisory,
			[]string{"保险"}, []string{"insurance"}, "引入保险机制 whatever the declared mode"},
		{"Art. 8", "I-11 a guarantor among the providers", guaranteedByProvider, nil, nil, "0.0700", "0.0650", pledge.Advisory,
			[]string{"引入担保、保险机制的贷款"}, []string{"a loan with a guarantee or insurance"}, "引入担保机制 whatever the declared mode"},
		{"Art. 8", "I-11 a risk-compensation application", direct, riskApp, nil, "0.0700", "0.0650", pledge.Advisory,
			[]string{"申请"}, []string{"risk compensation"}, "纳入科技风险补偿"},
		{"Art. 8", "I-11 a default", direct, nil, &pledge.Default{}, "0.0700", "0.0650", pledge.Advisory,
			[]string{"风险补偿"}, []string{"risk compensation"}, "heading for risk compensation"},
		{"Art. 8", "I-11 a direct loan may yet be compensated", direct, nil, nil, "0.0700", "0.0650", pledge.Advisory,
			[]string{"可能纳入科技风险补偿"}, []string{"may yet be brought into risk compensation"},
			"which loans will be compensated cannot be known at signing: every loan is checked"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			l := tc.loan
			if tc.rate != "" {
				l.AnnualRate = nullOf(tc.rate)
			}
			if tc.avg != "" {
				l.LenderAverageRate = nullOf(tc.avg)
			}
			fs := pledge.RatePrinciple(&pledge.Case{Loan: l, Application: tc.app, Default: tc.def})
			require.Len(t, fs, 1)
			assertWellFormed(t, fs)
			assert.Equal(t, findingBrief{"Art. 8", tc.want, "", "rate_below_average"}, briefsOf(fs)[0], tc.why)
			assert.False(t, fs[0].Outcome.Decides(), "Art. 8 never decides")
			assertShows(t, fs[0], tc.showsZh, tc.showsEn)
		})
	}
}
