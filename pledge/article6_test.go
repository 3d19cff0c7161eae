package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Art. 6: (一) pledged to the bank, which lends; (二) pledged to a financing guarantor or a loan-guarantee
// insurer, which guarantees or insures, and the bank lends.
func TestFinancingMode(t *testing.T) {
	guarantor := pledge.Provider{Role: pledge.Guarantor, Name: "某担保公司"}
	insurer := pledge.Provider{Role: pledge.Insurer, Name: "某保险公司"}
	tests := []struct {
		ref, name string
		mode      pledge.Mode
		providers []pledge.Provider
		wantRef   string
		want      pledge.Outcome
		shows     []string
		why       string
	}{
		{"Art. 6(1)", "direct, no provider", pledge.Direct, nil, "Art. 6(1)", pledge.Met, []string{"某银行"},
			"the bank is pledgee and lender"},
		{"Art. 6(1)", "direct with a guarantor too", pledge.Direct, []pledge.Provider{guarantor}, "Art. 6(1)", pledge.Met,
			[]string{"某担保公司"}, "6(1) forbids no further credit enhancement; the message names the guarantor"},
		{"Art. 6(2)", "guarantee with a guarantor", pledge.Guarantee, []pledge.Provider{guarantor}, "Art. 6(2)", pledge.Met,
			[]string{"某担保公司"}, "出质给融资担保机构"},
		{"Art. 6(2)", "guarantee with only an insurer", pledge.Guarantee, []pledge.Provider{insurer}, "Art. 6(2)", pledge.NotMet,
			nil, "no guarantor to be the pledgee"},
		{"Art. 6(2)", "guarantee with no provider", pledge.Guarantee, nil, "Art. 6(2)", pledge.NotMet,
			nil, "no guarantor to be the pledgee"},
		{"Art. 6(2)", "insurance with an insurer", pledge.Insurance, []pledge.Provider{guarantor, insurer}, "Art. 6(2)", pledge.Met,
			[]string{"某保险公司"}, "出质给贷款保证保险机构"},
		{"Art. 6(2)", "insurance with only a guarantor", pledge.Insurance, []pledge.Provider{guarantor}, "Art. 6(2)", pledge.NotMet,
			nil, "no insurer to be the pledgee"},
		{"Art. 6", "mode not given", pledge.ModeUnset, []pledge.Provider{guarantor}, "Art. 6", pledge.Unknown,
			nil, "an unknown never counts as met"},
		{"Art. 6(2)", "an unnamed guarantor is named by key path", pledge.Guarantee,
			[]pledge.Provider{insurer, {Role: pledge.Guarantor}}, "Art. 6(2)", pledge.Met,
			[]string{"loan.providers[1]"}, "the second provider is the guarantor"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			fs := pledge.FinancingMode(pledge.Loan{Lender: "某银行", Mode: tc.mode, Providers: tc.providers})
			require.Len(t, fs, 1)
			assertWellFormed(t, fs)
			assert.Equal(t, findingBrief{tc.wantRef, tc.want, "", "financing_mode"}, briefsOf(fs)[0], tc.why)
			assertShows(t, fs[0], tc.shows, tc.shows)
		})
	}
	t.Run("Art. 6(1)/direct, no provider: no word of another provider", func(t *testing.T) {
		fs := pledge.FinancingMode(pledge.Loan{Lender: "某银行", Mode: pledge.Direct})
		assert.NotContains(t, fs[0].Zh, "另有担保或保险机构")
		assert.NotContains(t, fs[0].En, "also has a guarantor or insurer")
		fs = pledge.FinancingMode(pledge.Loan{Lender: "某银行", Mode: pledge.Direct, Providers: []pledge.Provider{guarantor}})
		assert.Contains(t, fs[0].Zh, "另有担保或保险机构某担保公司")
		assert.Contains(t, fs[0].En, "also has a guarantor or insurer (某担保公司)")
	})
	t.Run("Art. 6(2)/the mode named in Chinese: 担保 or 保证保险", func(t *testing.T) {
		fs := pledge.FinancingMode(pledge.Loan{Lender: "某银行", Mode: pledge.Guarantee, Providers: []pledge.Provider{guarantor}})
		assert.Contains(t, fs[0].Zh, "由其提供担保，")
		fs = pledge.FinancingMode(pledge.Loan{Lender: "某银行", Mode: pledge.Insurance, Providers: []pledge.Provider{insurer}})
		assert.Contains(t, fs[0].Zh, "由其提供保证保险，")
		fs = pledge.FinancingMode(pledge.Loan{Lender: "某银行", Mode: pledge.Guarantee})
		assert.Contains(t, fs[0].Zh, "融资方式为担保，但未列明融资担保机构")
		fs = pledge.FinancingMode(pledge.Loan{Lender: "某银行", Mode: pledge.Insurance})
		assert.Contains(t, fs[0].Zh, "融资方式为保证保险，但未列明贷款保证保险机构")
	})
	t.Run("Art. 6(1)/a lender not named", func(t *testing.T) {
		fs := pledge.FinancingMode(pledge.Loan{Mode: pledge.Direct})
		assertShows(t, fs[0], []string{"贷款银行"}, []string{"the lending bank"})
	})
}
