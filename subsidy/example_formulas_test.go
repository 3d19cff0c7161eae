package subsidy_test

import (
	"fmt"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

// A loan of 5,000,000.00 guaranteed by one company and insured by another: their fees (10,000.00 and
// 60,000.00) exceed the Art. 17 cap of 1% of the loan, so the cap is shared in proportion to the fees, the
// odd fen going to the larger remainder (Interpretation I-14, I-17).
func ExamplePolicy_FeeSubsidy() {
	p := subsidy.Default2015()
	fs, err := p.FeeSubsidy(decimal.RequireFromString("5000000.00"), []pledge.Provider{
		{Role: pledge.Guarantor, Name: "某担保公司", Fee: decimal.NewNullDecimal(decimal.RequireFromString("10000.00"))},
		{Role: pledge.Insurer, Name: "某保险公司", Fee: decimal.NewNullDecimal(decimal.RequireFromString("60000.00"))},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pr := range fs.Providers {
		fmt.Printf("%s: %s\n", pr.Name, pr.Amount.StringFixed(2))
	}
	for _, s := range fs.Steps {
		fmt.Println(s.En)
	}
	// Output:
	// 某担保公司: 7142.86
	// 某保险公司: 42857.14
	// Art. 17: cap 1% × 5,000,000.00 = 50,000.00 per loan
	// Art. 17: fees actually charged: 某担保公司 (guarantor) 10,000.00 + 某保险公司 (insurer) 60,000.00 = 70,000.00
	// Art. 17: fees 70,000.00 exceed the 50,000.00 cap: the cap is shared in proportion to the fees (I-14)
	// Art. 17: 某担保公司 (guarantor): 50,000.00 × 10,000.00 ÷ 70,000.00 = 7,142.85 rounded down to the fen (I-17), plus 0.01 left over by rounding, to the largest remainder (I-17) = 7,142.86
	// Art. 17: 某保险公司 (insurer): 50,000.00 × 60,000.00 ÷ 70,000.00 = 42,857.14 rounded down to the fen (I-17)
	// Art. 17: subsidy 50,000.00 in all, the cap
}

// Art. 18: 30% of the principal loss, at most 1,500,000.00 per loan, rounded down to the fen (I-17). A
// what-if is a changed copy of the policy.
func ExamplePolicy_Compensation() {
	p := subsidy.Default2015()
	for _, loss := range []string{"3150000.00", "4999999.99", "5000000.01"} {
		fmt.Println(loss, "→", p.Compensation(decimal.RequireFromString(loss)).StringFixed(2))
	}
	whatIf := p
	whatIf.CompensationCap = decimal.RequireFromString("2000000.00")
	fmt.Println("cap 2,000,000.00:", whatIf.Compensation(decimal.RequireFromString("5000000.01")).StringFixed(2))
	// Output:
	// 3150000.00 → 945000.00
	// 4999999.99 → 1499999.99
	// 5000000.01 → 1500000.00
	// cap 2,000,000.00: 1500000.00
}

// The whole Art. 18 computation for the case-format example: recoveries applied (Art. 13, I-13), the rate
// condition against the PBOC benchmark (I-16), 30% of the loss (I-15), shared between the bearers.
func ExamplePolicy_RiskCompensation() {
	loan := pledge.Loan{
		AnnualRate:   decimal.NewNullDecimal(decimal.RequireFromString("0.0600")),
		ContractDate: deadlines.MustParseDate("2016-01-05"),
		StartDate:    deadlines.MustParseDate("2016-01-08"),
		MaturityDate: deadlines.MustParseDate("2017-01-08"),
	}
	d := pledge.Default{
		OutstandingPrincipal: decimal.RequireFromString("4000000.00"),
		OutstandingInterest:  decimal.NewNullDecimal(decimal.RequireFromString("120000.00")),
		EnforcementCosts:     decimal.NewNullDecimal(decimal.RequireFromString("30000.00")),
		Recoveries:           decimal.NewNullDecimal(decimal.RequireFromString("1000000.00")),
		LossShares: []pledge.LossShare{
			{Bearer: pledge.LenderBearer, Name: "某银行重庆分行", Share: decimal.RequireFromString("0.6")},
			{Bearer: pledge.GuarantorBearer, Name: "某担保公司", Share: decimal.RequireFromString("0.4")},
		},
	}
	rc, err := subsidy.Default2015().RiskCompensation(loan, d)
	if err != nil {
		fmt.Println(err)
		return
	}
	limit, _ := rc.Rate.Limit()
	fmt.Println("rate condition:", rc.Rate.Outcome, "ceiling", limit.Ceiling)
	for _, s := range rc.Steps {
		fmt.Println(s.Zh)
	}
	// Output:
	// rate condition: met ceiling 0.06525
	// 第十八条：合同签订日2016-01-05适用的中国人民银行人民币贷款基准利率（一年以内（含一年），2015-10-24起执行）为4.35%
	// 第十八条：利率上限 4.35% × 150% = 6.525%，实际利率6%未超过上限（含本数，I-16），符合条件
	// 第十三条：追偿所得1,000,000.00依次清偿实现债权的费用30,000.00、利息120,000.00、本金850,000.00（I-13）；本金损失 4,000,000.00 − 850,000.00 = 3,150,000.00
	// 第十八条：3,150,000.00 × 30% = 945,000.00，未超过每笔150万元上限
	// 第十八条：某银行重庆分行（贷款银行）承担损失60%：945,000.00 × 60% = 567,000.00（I-15）
	// 第十八条：某担保公司（担保公司）承担损失40%：945,000.00 × 40% = 378,000.00（I-15）
}

// The benchmark rate in force on a contract date for the loan's term band (Interpretation I-16): a year
// to the day is "up to 1 year"; a day more is not.
func ExampleBenchmark() {
	b := subsidy.Benchmark()
	start := deadlines.MustParseDate("2016-01-08")
	for _, maturity := range []string{"2017-01-08", "2017-01-09", "2021-01-09"} {
		q, err := b.Rate(deadlines.MustParseDate("2016-01-05"), start, deadlines.MustParseDate(maturity))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("to %s: %s, %s (%s), from %s\n", maturity, q.Rate.Shift(2).String()+"%", q.Band, q.Band.Zh(), q.Effective)
	}
	_, err := b.Rate(deadlines.MustParseDate("2007-12-20"), deadlines.Date{}, deadlines.MustParseDate("2008-12-20"))
	fmt.Println(err)
	// Output:
	// to 2017-01-08: 4.35%, up to 1 year (一年以内（含一年）), from 2015-10-24
	// to 2017-01-09: 4.75%, 1 to 5 years (一至五年（含五年）), from 2015-10-24
	// to 2021-01-09: 4.9%, over 5 years (五年以上), from 2015-10-24
	// no reference rate in force on the contract date: contract date 2007-12-20 is before 2007-12-21, the first benchmark row
}

// Shares of a capped total, each rounded down to the fen, the left-over fen to the largest remainders
// (Interpretation I-17): the parts always sum to the total.
func ExampleAllocate() {
	parts := subsidy.Allocate(decimal.RequireFromString("100.00"),
		[]decimal.Decimal{decimal.NewFromInt(1), decimal.NewFromInt(1), decimal.NewFromInt(1)})
	fmt.Println(parts[0].StringFixed(2), parts[1].StringFixed(2), parts[2].StringFixed(2))
	// Output:
	// 33.34 33.33 33.33
}
