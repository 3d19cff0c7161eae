package subsidy_test

import (
	"errors"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type prov struct {
	role pledge.ProviderRole
	name string
	fee  string // "" means not given
}

func providers(ps ...prov) []pledge.Provider {
	out := make([]pledge.Provider, len(ps))
	for i, p := range ps {
		out[i] = pledge.Provider{Role: p.role, Name: p.name}
		if p.fee != "" {
			out[i].Fee = decimal.NewNullDecimal(dec(p.fee))
		}
	}
	return out
}

func g(name, fee string) prov  { return prov{pledge.Guarantor, name, fee} }
func in(name, fee string) prov { return prov{pledge.Insurer, name, fee} }

func TestFeeSubsidy(t *testing.T) {
	tests := []struct {
		ref, name  string
		loan       string
		providers  []prov
		cap, total string
		parts      []string
		prorated   bool
		how        string // worked out by hand from Art. 17 and I-14, I-17
	}{
		{"Art. 17", "fee below the cap", "5000000.00", []prov{g("A", "40000.00")},
			"50000.00", "40000.00", []string{"40000.00"}, false,
			"cap 1% × 5,000,000.00 = 50,000.00; fee 40,000.00 ≤ cap: the fee"},
		{"Art. 17", "fee at the cap", "5000000.00", []prov{g("A", "50000.00")},
			"50000.00", "50000.00", []string{"50000.00"}, false,
			"fee 50,000.00 = cap: the fee, which is the cap (不超过 includes the bound)"},
		{"Art. 17", "fee one fen above the cap", "5000000.00", []prov{g("A", "50000.01")},
			"50000.00", "50000.00", []string{"50000.00"}, true,
			"fee 50,000.01 > cap 50,000.00: the whole cap to the only provider"},
		{"Art. 17", "fee well above the cap (case-format example)", "5000000.00", []prov{g("某担保公司", "60000.00")},
			"50000.00", "50000.00", []string{"50000.00"}, true,
			"fee 60,000.00 > cap 50,000.00: 50,000.00"},
		{"I-17", "cap rounded down to the fen", "1234567.89", []prov{g("A", "20000.00")},
			"12345.67", "12345.67", []string{"12345.67"}, true,
			"1% × 1,234,567.89 = 12,345.6789 → 12,345.67; fee 20,000.00 above it"},
		{"I-14", "two providers over the cap: the odd fen to the largest remainder", "5000000.00",
			[]prov{g("A", "10000.00"), in("B", "60000.00")},
			"50000.00", "50000.00", []string{"7142.86", "42857.14"}, true,
			"fees 70,000.00 > 50,000.00; A 50,000 × 1/7 = 7,142.857… → 7,142.85 r .714; B × 6/7 = 42,857.142… → 42,857.14 r .286; " +
				"1 fen left to A (.714 > .286)"},
		{"I-17", "two fen left: to the two largest remainders, not the first", "100.00",
			[]prov{g("A", "1.00"), g("B", "3.00"), in("C", "3.00")},
			"1.00", "1.00", []string{"0.14", "0.43", "0.43"}, true,
			"cap 1% × 100.00 = 1.00 (100 fen); fees 7.00; A 100 × 1/7 = 14 r 2/7, B and C 100 × 3/7 = 42 r 6/7; " +
				"98 allocated, 2 left: B and C (6/7 > 2/7)"},
		{"I-17", "equal remainders: the order given", "100.00",
			[]prov{g("A", "1.00"), g("B", "1.00"), g("C", "1.00")},
			"1.00", "1.00", []string{"0.34", "0.33", "0.33"}, true,
			"100 fen × 1/3 = 33 r 1/3 each; 1 left to the first"},
		{"I-14", "fees under the cap: each its own fee, the rest of the cap unused", "5000000.00",
			[]prov{g("A", "10000.00"), in("B", "30000.00")},
			"50000.00", "40000.00", []string{"10000.00", "30000.00"}, false,
			"fees 40,000.00 ≤ 50,000.00: each gets its fee; an equal split (25,000.00 each) would give A more than " +
				"its 10,000.00 fee, which I-14 forbids; the unused 10,000.00 goes to no one"},
		{"I-14", "fees exactly at the cap with two providers", "5000000.00",
			[]prov{g("A", "20000.00"), in("B", "30000.00")},
			"50000.00", "50000.00", []string{"20000.00", "30000.00"}, false,
			"fees 50,000.00 = cap: each its fee"},
		{"I-14", "fees one fen over the cap with two providers", "5000000.00",
			[]prov{g("A", "20000.00"), in("B", "30000.01")},
			"50000.00", "50000.00", []string{"20000.00", "30000.00"}, true,
			"fees 5,000,001 fen > cap 5,000,000 fen; A 5,000,000 × 2,000,000 ÷ 5,000,001 = 1,999,999 r 3,000,001 (≈.6); " +
				"B 5,000,000 × 3,000,001 ÷ 5,000,001 = 3,000,000 r 2,000,000 (≈.4); 4,999,999 allocated, 1 fen left to A: " +
				"A 20,000.00, B 30,000.00 (B's last fen of fee goes unpaid)"},
		{"I-14", "a provider charging nothing gets nothing", "5000000.00",
			[]prov{g("A", "0.00"), in("B", "60000.00")},
			"50000.00", "50000.00", []string{"0.00", "50000.00"}, true,
			"fees 60,000.00 > cap; A's weight 0: 0.00; B the whole cap"},
		{"Art. 17", "zero loan amount: zero cap", "0.00", []prov{g("A", "100.00")},
			"0.00", "0.00", []string{"0.00"}, true,
			"1% × 0.00 = 0.00; fee 100.00 > 0: nothing to share"},
		{"Art. 17", "no provider: nothing to subsidise", "5000000.00", nil,
			"50000.00", "0.00", nil, false,
			"no guarantor or insurer: amount 0.00"},
		{"I-17", "a fee of a fraction of a fen rounds down", "5000000.00", []prov{g("A", "100.005")},
			"50000.00", "100.00", []string{"100.00"}, false,
			"each at most its fee: 100.005 → 100.00 to the fen"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			fs, err := subsidy.Default2015().FeeSubsidy(dec(tc.loan), providers(tc.providers...))
			require.NoError(t, err)
			assert.Truef(t, dec(tc.cap).Equal(fs.Cap), "cap %s, want %s", fs.Cap, tc.cap)
			assert.Truef(t, dec(tc.total).Equal(fs.Amount), "amount %s, want %s", fs.Amount, tc.total)
			assert.Equal(t, tc.prorated, fs.Prorated)
			got := make([]decimal.Decimal, len(fs.Providers))
			sum := decimal.Zero
			for i, p := range fs.Providers {
				got[i] = p.Amount
				sum = sum.Add(p.Amount)
				assert.Equal(t, tc.providers[i].name, p.Name)
				assert.Equal(t, tc.providers[i].role, p.Role)
				assert.True(t, p.Amount.LessThanOrEqual(p.Fee), "I-14: at most its own fee")
			}
			assertDecimals(t, tc.parts, got)
			assert.Truef(t, sum.Equal(fs.Amount), "I-17: parts sum %s, amount %s", sum, fs.Amount)
			require.NotEmpty(t, fs.Steps)
			for _, s := range fs.Steps {
				assert.Equal(t, pledge.Art(17), s.Ref)
			}
		})
	}
}

func TestFeeSubsidyErrors(t *testing.T) {
	tests := []struct {
		ref, name string
		loan      string
		providers []prov
		fields    []string
		errs      []error
	}{
		{"I-14", "a fee not given", "5000000.00", []prov{g("A", "100.00"), in("B", "")},
			[]string{"loan.providers[1].fee"}, []error{subsidy.ErrFeeUnknown}},
		{"I-14", "a negative fee", "5000000.00", []prov{g("A", "-1.00")},
			[]string{"loan.providers[0].fee"}, []error{pledge.ErrNegative}},
		{"Art. 17", "a negative loan amount and a fee not given: both reported", "-1.00", []prov{g("A", "")},
			[]string{"loan.amount", "loan.providers[0].fee"}, []error{pledge.ErrNegative, subsidy.ErrFeeUnknown}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			_, err := subsidy.Default2015().FeeSubsidy(dec(tc.loan), providers(tc.providers...))
			require.Error(t, err)
			ies := pledge.InputErrors(err)
			require.Len(t, ies, len(tc.fields))
			for i, ie := range ies {
				assert.Equal(t, tc.fields[i], ie.Field)
				assert.True(t, errors.Is(ie, tc.errs[i]), "%v is not %v", ie, tc.errs[i])
			}
		})
	}
	t.Run("I-14/the negative fee's value and words", func(t *testing.T) {
		_, err := subsidy.Default2015().FeeSubsidy(dec("5000000.00"), providers(g("A", "-1.50")))
		require.EqualError(t, err, `loan.providers[0].fee: "-1.5": negative amount`)
	})
}

func TestFeeSubsidySteps(t *testing.T) {
	p := subsidy.Default2015()
	t.Run("Art. 17/within the cap", func(t *testing.T) {
		fs, err := p.FeeSubsidy(dec("5000000.00"), providers(g("某担保公司", "40000.00")))
		require.NoError(t, err)
		assert.Equal(t, []string{
			"Art. 17: cap 1% × 5,000,000.00 = 50,000.00 per loan",
			"Art. 17: fees actually charged: 某担保公司 (guarantor) 40,000.00",
			"Art. 17: fees 40,000.00 within the 50,000.00 cap: each provider gets its own fee (I-14); subsidy 40,000.00",
		}, subsidy.Messages(fs.Steps, pledge.English))
		assert.Equal(t, []string{
			"第十七条：补助上限 5,000,000.00 × 1% = 50,000.00（每笔贷款）",
			"第十七条：实际收取的费用：某担保公司（担保公司） 40,000.00",
			"第十七条：费用合计40,000.00，未超过上限50,000.00，各机构按其实际收取的费用补助（I-14），补助合计40,000.00",
		}, subsidy.Messages(fs.Steps, pledge.Chinese))
	})
	t.Run("I-17/shared, rounded, the odd fen", func(t *testing.T) {
		fs, err := p.FeeSubsidy(dec("1234567.89"), providers(g("", "10000.00"), in("B", "60000.00")))
		require.NoError(t, err)
		// cap 12,345.67 (1,234,567 fen); A 1,234,567 × 1/7 = 176,366 r 5/7; B × 6/7 = 1,058,200 r 2/7;
		// 1 fen left to A: 1,763.67 and 10,582.00.
		assert.Equal(t, []string{
			"Art. 17: cap 1% × 1,234,567.89 = 12,345.6789, rounded down to the fen (I-17): 12,345.67 per loan",
			"Art. 17: fees actually charged: provider 1 (guarantor) 10,000.00 + B (insurer) 60,000.00 = 70,000.00",
			"Art. 17: fees 70,000.00 exceed the 12,345.67 cap: the cap is shared in proportion to the fees (I-14)",
			"Art. 17: provider 1 (guarantor): 12,345.67 × 10,000.00 ÷ 70,000.00 = 1,763.66 rounded down to the fen (I-17), " +
				"plus 0.01 left over by rounding, to the largest remainder (I-17) = 1,763.67",
			"Art. 17: B (insurer): 12,345.67 × 60,000.00 ÷ 70,000.00 = 10,582.00 rounded down to the fen (I-17)",
			"Art. 17: subsidy 12,345.67 in all, the cap",
		}, subsidy.Messages(fs.Steps, pledge.English))
		assert.Equal(t, "第十七条：第1家机构（担保公司）：12,345.67 × 10,000.00 ÷ 70,000.00，向下取整到分（I-17）= 1,763.66，"+
			"加上取整余下的0.01（余数最大者优先，I-17）= 1,763.67", fs.Steps[3].Zh)
		assert.Equal(t, "第十七条：补助上限 1,234,567.89 × 1% = 12,345.6789，向下取整到分（I-17）：12,345.67（每笔贷款）", fs.Steps[0].Zh)
	})
	t.Run("Art. 17/no provider", func(t *testing.T) {
		fs, err := p.FeeSubsidy(dec("5000000.00"), nil)
		require.NoError(t, err)
		assert.True(t, fs.Amount.IsZero())
		assert.Equal(t, "Art. 17: no guarantor or insurer on the loan: no fee to subsidise, amount 0.00", fs.Steps[len(fs.Steps)-1].En)
	})
}

// TestFeeSubsidyWhatIf: a what-if is a changed copy; the original and Default2015 are unaffected.
func TestFeeSubsidyWhatIf(t *testing.T) {
	base := subsidy.Default2015()
	whatIf := base
	whatIf.FeeSubsidyRate = dec("0.02")
	ps := providers(g("A", "80000.00"))
	a, err := whatIf.FeeSubsidy(dec("5000000.00"), ps)
	require.NoError(t, err)
	b, err := base.FeeSubsidy(dec("5000000.00"), ps)
	require.NoError(t, err)
	assert.True(t, dec("80000.00").Equal(a.Amount), "2%% × 5,000,000.00 = 100,000.00 cap; fee 80,000.00 within it")
	assert.True(t, dec("50000.00").Equal(b.Amount), "Art. 17: 1%% cap 50,000.00")
	assert.Equal(t, "Art. 17: cap 2% × 5,000,000.00 = 100,000.00 per loan", a.Steps[0].En)
}

// FuzzFeeSubsidy checks Art. 17 and Interpretation I-14, I-17 on any loan and fees: the cap is 1% of the loan
// rounded down, never exceeded; each provider gets at most its fee; the parts sum exactly to the amount,
// which is min(fees, cap); every amount is a whole number of fen and never negative; and the decimal
// formula agrees with the int64-fen reference implementation of bench_test.go.
func FuzzFeeSubsidy(f *testing.F) {
	f.Add(int64(500000000), int64(6000000), int64(0), int64(0))
	f.Add(int64(500000000), int64(1000000), int64(6000000), int64(0))
	f.Add(int64(10000), int64(100), int64(300), int64(300))
	f.Add(int64(123456789), int64(7), int64(11), int64(13))
	f.Fuzz(func(t *testing.T, loanFen, f1, f2, f3 int64) {
		clamp := func(v int64) int64 { // up to 10^11 fen (a billion yuan) so the int64 reference cannot overflow
			if v < 0 {
				v = -(v + 1)
			}
			return v % 100_000_000_000
		}
		loanFen = clamp(loanFen)
		feesFen := []int64{clamp(f1), clamp(f2), clamp(f3)}
		ps := make([]pledge.Provider, len(feesFen))
		for i, fee := range feesFen {
			ps[i] = pledge.Provider{Role: pledge.Guarantor, Fee: decimal.NewNullDecimal(decimal.New(fee, -2))}
		}
		fs, err := subsidy.Default2015().FeeSubsidy(decimal.New(loanFen, -2), ps)
		require.NoError(t, err)

		wantCap, wantAmount, wantParts := feeSubsidyInt64(loanFen, 1, 100, feesFen)
		assert.Truef(t, decimal.New(wantCap, -2).Equal(fs.Cap), "cap %s, int64 %d fen", fs.Cap, wantCap)
		assert.Truef(t, decimal.New(wantAmount, -2).Equal(fs.Amount), "amount %s, int64 %d fen", fs.Amount, wantAmount)
		assert.True(t, fs.Amount.LessThanOrEqual(fs.Cap), "Art. 17: never above the cap")
		sum := decimal.Zero
		for i, p := range fs.Providers {
			assert.Truef(t, decimal.New(wantParts[i], -2).Equal(p.Amount), "part %d %s, int64 %d fen", i, p.Amount, wantParts[i])
			assert.True(t, p.Amount.LessThanOrEqual(p.Fee), "I-14: at most its own fee")
			assert.GreaterOrEqual(t, p.Amount.Sign(), 0)
			assert.True(t, p.Amount.Equal(p.Amount.Truncate(2)), "I-17: whole fen")
			sum = sum.Add(p.Amount)
		}
		assert.Truef(t, sum.Equal(fs.Amount), "I-17: parts %s, amount %s", sum, fs.Amount)
	})
}

func TestArt17FindingSaysHowTheLoanIsSecured(t *testing.T) {
	// Art. 17: 对提供担保或保险的机构收取的费用给予补助. The finding says which the loan has: guaranteed only,
	// insured only, or both (the quickstart loan, its provider replaced; the fees make no difference here).
	tests := []struct {
		name      string
		providers []pledge.Provider
		zh, en    string
	}{
		{"guaranteed only", []pledge.Provider{{Role: pledge.Guarantor, Name: "某担保公司", Fee: decimal.NewNullDecimal(evDec("60000.00"))}},
			"贷款由某担保公司提供担保，", "the loan is guaranteed by 某担保公司,"},
		{"insured only", []pledge.Provider{{Role: pledge.Insurer, Name: "某保险公司", Fee: decimal.NewNullDecimal(evDec("60000.00"))}},
			"贷款由某保险公司提供保险，", "the loan is insured by 某保险公司,"},
		{"two insurers", []pledge.Provider{{Role: pledge.Insurer, Name: "甲保险公司", Fee: decimal.NewNullDecimal(evDec("30000.00"))},
			{Role: pledge.Insurer, Name: "乙保险公司", Fee: decimal.NewNullDecimal(evDec("30000.00"))}},
			"贷款由甲保险公司、乙保险公司提供保险，", "the loan is insured by 甲保险公司, 乙保险公司,"},
		{"guaranteed and insured", []pledge.Provider{{Role: pledge.Guarantor, Name: "某担保公司", Fee: decimal.NewNullDecimal(evDec("30000.00"))},
			{Role: pledge.Insurer, Name: "某保险公司", Fee: decimal.NewNullDecimal(evDec("30000.00"))}},
			"贷款由某担保公司、某保险公司提供担保或保险，", "the loan is guaranteed or insured by 某担保公司, 某保险公司,"},
	}
	for _, tc := range tests {
		t.Run("Art. 17/"+tc.name, func(t *testing.T) {
			c := quick(t)
			c.Loan.Providers = tc.providers
			r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
			require.NoError(t, err)
			var found bool
			for _, f := range r.Findings {
				if f.Code == "fee_subsidy_due" {
					found = true
					assert.Contains(t, f.Zh, tc.zh)
					assert.Contains(t, f.En, tc.en)
				}
			}
			assert.True(t, found, "an Art. 17 fee_subsidy_due finding")
		})
	}
}

func TestArt17EachMissingFeeIsItsOwnError(t *testing.T) {
	// I-14: a fee not given is an input error at its key; two not given are two errors in the report, each
	// naming its provider, not one error joining both.
	c := quick(t)
	c.Loan.Providers = []pledge.Provider{{Role: pledge.Guarantor, Name: "甲担保公司"}, {Role: pledge.Insurer, Name: "乙保险公司"}}
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	var fields []string
	for _, e := range r.Errors {
		var ie *pledge.InputError
		require.ErrorAs(t, e, &ie)
		if errors.Is(e, subsidy.ErrFeeUnknown) {
			fields = append(fields, ie.Field)
		}
	}
	assert.Equal(t, []string{"loan.providers[0].fee", "loan.providers[1].fee"}, fields)
}
