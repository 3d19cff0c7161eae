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

func TestCompensation(t *testing.T) {
	tests := []struct {
		ref, name  string
		loss, want string
		how        string // worked out by hand: min(loss × 30%, 1,500,000.00), rounded down to the fen
	}{
		{"Art. 18", "30% of the loss", "1000000.00", "300000.00", "1,000,000.00 × 0.3 = 300,000.00"},
		{"Art. 18", "the case-format example", "3150000.00", "945000.00", "3,150,000.00 × 0.3 = 945,000.00"},
		{"Art. 18", "exactly at the cap", "5000000.00", "1500000.00", "5,000,000.00 × 0.3 = 1,500,000.00 = cap"},
		{"Art. 18", "one fen above the cap's loss", "5000000.01", "1500000.00", "× 0.3 = 1,500,000.003 > cap: the cap"},
		{"I-17", "one fen below the cap's loss", "4999999.99", "1499999.99", "× 0.3 = 1,499,999.997 → down to 1,499,999.99"},
		{"Art. 18", "far above the cap", "100000000.00", "1500000.00", "× 0.3 = 30,000,000.00 > cap"},
		{"I-17", "a third of a fen rounds down", "0.01", "0.00", "0.01 × 0.3 = 0.003 → 0.00"},
		{"I-17", "just under a fen", "0.03", "0.00", "0.03 × 0.3 = 0.009 → 0.00"},
		{"I-17", "just over a fen", "0.04", "0.01", "0.04 × 0.3 = 0.012 → 0.01"},
		{"I-13", "no loss", "0.00", "0.00", "0 × 0.3 = 0"},
		{"I-13", "a negative loss is no loss", "-100.00", "0.00", "never below zero"},
		{"I-17", "more decimals than a fen in the loss", "1000.009", "300.00", "1,000.009 × 0.3 = 300.0027 → 300.00"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got := subsidy.Default2015().Compensation(dec(tc.loss))
			assert.Truef(t, dec(tc.want).Equal(got), "got %s, want %s (%s)", got, tc.want, tc.how)
		})
	}
}

func TestCompensationWhatIf(t *testing.T) {
	tests := []struct {
		ref, name        string
		share, cap, loss string
		want, how        string
	}{
		{"I-15", "a 2,000,000.00 cap", "0.30", "2000000.00", "6000000.00", "1800000.00", "6,000,000 × 0.3 = 1,800,000 < 2,000,000"},
		{"I-15", "a 50% share", "0.5", "1500000.00", "1000000.00", "500000.00", "1,000,000 × 0.5 = 500,000"},
		{"I-17", "a cap with a fraction of a fen", "0.30", "1000.005", "1000000.00", "1000.00", "min(300,000, 1,000.005) → 1,000.00"},
		{"I-17", "a share with many decimals", "0.333333333333", "1500000.00", "100.00", "33.33", "33.3333333333 → 33.33"},
		{"I-17", "figures past int64 (exact path)", "0.30", "1e30", "12345678901234567890.12", "3703703670370370367.03",
			"12,345,678,901,234,567,890.12 × 0.3 = 3,703,703,670,370,370,367.036 → .03"},
		{"I-17", "a cap past int64 (exact path), loss capped", "0.30", "1e19", "1e21", "10000000000000000000.00", "3e20 > 1e19: the cap"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			p := subsidy.Default2015()
			p.CompensationShare, p.CompensationCap = dec(tc.share), dec(tc.cap)
			got := p.Compensation(dec(tc.loss))
			assert.Truef(t, dec(tc.want).Equal(got), "got %s, want %s (%s)", got, tc.want, tc.how)
		})
	}
}

// FuzzCompensation checks Art. 18 and Interpretation I-15, I-17 on any loss: the amount is never above the
// cap nor above 30% of the loss, never negative, a whole number of fen, and equal both to the int64-fen
// reference (bench_test.go) and to the formula as style.md §3 writes it in decimals.
func FuzzCompensation(f *testing.F) {
	for _, fen := range []int64{500000000, 500000001, 499999999, 1, 4, 315000000, 0, -5} {
		f.Add(fen, uint16(30), int64(150000000))
	}
	f.Fuzz(func(t *testing.T, lossFen int64, sharePct uint16, capFen int64) {
		if lossFen < -1e15 || lossFen > 1e15 { // the int64 reference multiplies by up to 100
			lossFen %= 1e15
		}
		share := int64(sharePct % 101) // 0% … 100%
		if capFen < 0 {
			capFen = -(capFen + 1)
		}
		p := subsidy.Default2015()
		p.CompensationShare = decimal.New(share, -2)
		p.CompensationCap = decimal.New(capFen, -2)
		loss := decimal.New(lossFen, -2)
		got := p.Compensation(loss)

		assert.Truef(t, decimal.New(compensationInt64(lossFen, share, 100, capFen), -2).Equal(got),
			"loss %s × %d%%, cap %s: got %s", loss, share, p.CompensationCap, got)
		style := decimal.Max(decimal.Zero, decimal.Min(loss.Mul(p.CompensationShare), p.CompensationCap).RoundDown(2))
		assert.Truef(t, style.Equal(got), "style.md §3 formula gives %s, got %s", style, got)
		assert.True(t, got.LessThanOrEqual(p.CompensationCap), "Art. 18: never above the cap")
		assert.GreaterOrEqual(t, got.Sign(), 0, "never negative")
		if loss.Sign() > 0 {
			assert.True(t, got.LessThanOrEqual(loss.Mul(p.CompensationShare)), "Art. 18: at most 30% of the loss")
		}
		assert.True(t, got.Equal(got.Truncate(2)), "I-17: whole fen")
	})
}

func TestRateCondition(t *testing.T) {
	type row struct {
		ref, name                 string
		contract, start, maturity string
		rate                      string
		benchmark, ceiling        string // worked out by hand: the table's rate × 1.5, exact
		met                       bool
	}
	var tests []row
	// Three bands (row 2015-10-24: 4.35 4.75 4.90), contract 2016-01-05, start 2016-01-08.
	// Five bands (row 2012-07-06: 5.60 6.00 6.15 6.40 6.55), contract and start 2013-03-01.
	bands := []struct {
		name, contract, start, maturity, benchmark, ceiling string
		below, at, above                                    string
	}{
		{"three bands, up to 1 year", "2016-01-05", "2016-01-08", "2017-01-08", "0.0435", "0.06525", "0.06524", "0.06525", "0.06526"},
		{"three bands, 1 to 5 years", "2016-01-05", "2016-01-08", "2019-01-08", "0.0475", "0.07125", "0.07124", "0.07125", "0.07126"},
		{"three bands, over 5 years", "2016-01-05", "2016-01-08", "2026-01-08", "0.0490", "0.0735", "0.0734", "0.0735", "0.0736"},
		{"five bands, up to 6 months", "2013-03-01", "2013-03-01", "2013-09-01", "0.0560", "0.084", "0.0839", "0.0840", "0.0841"},
		{"five bands, 6 months to 1 year", "2013-03-01", "2013-03-01", "2014-03-01", "0.0600", "0.09", "0.0899", "0.0900", "0.0901"},
		{"five bands, 1 to 3 years", "2013-03-01", "2013-03-01", "2016-03-01", "0.0615", "0.09225", "0.09224", "0.09225", "0.09226"},
		{"five bands, 3 to 5 years", "2013-03-01", "2013-03-01", "2018-03-01", "0.0640", "0.096", "0.0959", "0.0960", "0.0961"},
		{"five bands, over 5 years", "2013-03-01", "2013-03-01", "2018-03-02", "0.0655", "0.09825", "0.09824", "0.09825", "0.09826"},
	}
	for _, b := range bands {
		tests = append(tests,
			row{"I-16", b.name + ", below 150%", b.contract, b.start, b.maturity, b.below, b.benchmark, b.ceiling, true},
			row{"I-16", b.name + ", at 150% (不超过 includes the bound)", b.contract, b.start, b.maturity, b.at, b.benchmark, b.ceiling, true},
			row{"I-16", b.name + ", above 150%", b.contract, b.start, b.maturity, b.above, b.benchmark, b.ceiling, false},
		)
	}
	tests = append(tests,
		// A rate change: the contract date decides. 2015-08-26 row 4.60 (ceiling 6.90%), 2015-10-24 row 4.35.
		row{"I-16", "day before a cut: the old rate", "2015-10-23", "2015-10-23", "2016-10-23", "0.0690", "0.0460", "0.069", true},
		row{"I-16", "on the cut's effective date: the new rate", "2015-10-24", "2015-10-24", "2016-10-24", "0.0690", "0.0435", "0.06525", false},
		// A rise: 2011-07-06 is under the 2011-04-06 row (6.31 for 6 months–1 year), 2011-07-07 the new 6.56.
		row{"I-16", "day before a rise: the old rate", "2011-07-06", "2011-07-06", "2012-07-06", "0.0946", "0.0631", "0.09465", true},
		row{"I-16", "on the rise's effective date: the new rate", "2011-07-07", "2011-07-07", "2012-07-07", "0.0984", "0.0656", "0.0984", true},
		row{"Art. 18", "zero rate", "2016-01-05", "2016-01-08", "2017-01-08", "0", "0.0435", "0.06525", true},
	)
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			rc, err := subsidy.Default2015().RateCondition(dec(tc.rate), date(tc.contract), date(tc.start), date(tc.maturity))
			require.NoError(t, err)
			require.Len(t, rc.Limits, 1, "the start date is given: one band")
			l := rc.Limits[0]
			assert.Truef(t, dec(tc.benchmark).Equal(l.Quote.Rate), "benchmark %s, want %s", l.Quote.Rate, tc.benchmark)
			assert.Truef(t, dec(tc.ceiling).Equal(l.Ceiling), "ceiling %s, want %s", l.Ceiling, tc.ceiling)
			assert.Equal(t, tc.met, l.Met)
			want := pledge.NotMet
			if tc.met {
				want = pledge.Met
			}
			assert.Equal(t, want, rc.Outcome)
		})
	}
}

func TestRateConditionErrors(t *testing.T) {
	p := subsidy.Default2015()
	_, err := p.RateCondition(dec("-0.01"), date("2016-01-05"), date("2016-01-08"), date("2017-01-08"))
	var ie *pledge.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "loan.annual_rate", ie.Field)
	require.ErrorIs(t, err, pledge.ErrRateRange)

	_, err = p.RateCondition(dec("0.05"), date("2007-12-20"), date("2007-12-20"), date("2008-12-20"))
	require.ErrorIs(t, err, subsidy.ErrNoRate, "I-16: before 2007-12-21 no rate is guessed")

	p.Reference = nil
	_, err = p.RateCondition(dec("0.05"), date("2016-01-05"), date("2016-01-08"), date("2017-01-08"))
	require.ErrorIs(t, err, subsidy.ErrNoReference, "a zero field is never replaced by a default")
}

func TestRateConditionWhatIf(t *testing.T) {
	// I-16: a caller may supply another reference series. LPR 2019-08-20 one year 4.25%: ceiling 6.375%.
	p := subsidy.Default2015()
	p.Reference = lprSeries()
	loan := pledge.Loan{AnnualRate: decimal.NewNullDecimal(dec("0.06375")),
		ContractDate: date("2019-08-20"), StartDate: date("2019-08-20"), MaturityDate: date("2020-08-20")}
	rc, err := p.RiskCompensation(loan, exampleDefault())
	require.NoError(t, err)
	assert.Equal(t, pledge.Met, rc.Rate.Outcome)
	assert.True(t, dec("0.06375").Equal(rc.Rate.Limits[0].Ceiling))
	assert.Equal(t, "Art. 18: loan prime rate (LPR) on the contract date 2019-08-20 (1-year LPR, in force from 2019-08-20): 4.25%", rc.Steps[0].En)
	assert.Equal(t, "第十八条：合同签订日2019-08-20适用的贷款市场报价利率（LPR）（一年期LPR，2019-08-20起执行）为4.25%", rc.Steps[0].Zh)
	// A fixed what-if with no Chinese source: the English one serves; no effective date to show. The start
	// date is not given, but a fixed rate has one band for every drawdown (I-25).
	p.Reference = subsidy.FixedSeries{Value: dec("0.05"), Source: "what-if 5%"}
	loan.AnnualRate, loan.StartDate = decimal.NewNullDecimal(dec("0.08")), deadlines.Date{}
	rc, err = p.RiskCompensation(loan, exampleDefault())
	require.NoError(t, err)
	assert.Equal(t, pledge.NotMet, rc.Rate.Outcome, "5%% × 1.5 = 7.5%% < 8%%")
	require.Len(t, rc.Rate.Limits, 1)
	assert.Equal(t, "第十八条：合同签订日2019-08-20适用的what-if 5%（各期限）为5%", rc.Steps[0].Zh)
	assert.Equal(t, "Art. 18: rate ceiling 150% × 5% = 7.5%; actual rate 8% exceeds it: not met", rc.Steps[1].En)
	assert.Equal(t, "第十八条：利率上限 5% × 150% = 7.5%，实际利率8%超过上限，不符合条件", rc.Steps[1].Zh)
}

// exampleLoan and exampleDefault are the case-format example: 4,000,000.00 outstanding, 120,000.00
// interest, 30,000.00 costs, 1,000,000.00 recovered.
func exampleLoan() pledge.Loan {
	return pledge.Loan{Lender: "某银行重庆分行", AnnualRate: decimal.NewNullDecimal(dec("0.0600")),
		ContractDate: date("2016-01-05"), StartDate: date("2016-01-08"), MaturityDate: date("2017-01-08")}
}

func exampleDefault(shares ...pledge.LossShare) pledge.Default {
	return pledge.Default{OutstandingPrincipal: dec("4000000.00"),
		OutstandingInterest: decimal.NewNullDecimal(dec("120000.00")),
		EnforcementCosts:    decimal.NewNullDecimal(dec("30000.00")),
		Recoveries:          decimal.NewNullDecimal(dec("1000000.00")),
		LossShares:          shares}
}

func share(role pledge.BearerRole, name, s string) pledge.LossShare {
	return pledge.LossShare{Bearer: role, Name: name, Share: dec(s)}
}

func TestRiskCompensation(t *testing.T) {
	lender := func(s string) pledge.LossShare { return share(pledge.LenderBearer, "某银行重庆分行", s) }
	guarantor := func(s string) pledge.LossShare { return share(pledge.GuarantorBearer, "某担保公司", s) }
	tests := []struct {
		ref, name   string
		loan        func(*pledge.Loan)
		def         func(*pledge.Default)
		loss        string
		amount      string
		capped      bool
		bearers     []string
		unallocated string
		rate        pledge.Outcome
		how         string
	}{
		{"Art. 18", "the case-format example", nil, func(d *pledge.Default) { d.LossShares = []pledge.LossShare{lender("1")} },
			"3150000.00", "945000.00", false, []string{"945000.00"}, "0.00", pledge.Met,
			"recoveries 1,000,000: costs 30,000, interest 120,000, principal 850,000; loss 4,000,000 − 850,000 = 3,150,000; × 0.3 = 945,000; rate 6% ≤ 4.35% × 1.5 = 6.525%"},
		{"I-15", "two bearers 60/40", nil, func(d *pledge.Default) { d.LossShares = []pledge.LossShare{lender("0.6"), guarantor("0.4")} },
			"3150000.00", "945000.00", false, []string{"567000.00", "378000.00"}, "0.00", pledge.Met,
			"945,000 × 0.6 = 567,000; × 0.4 = 378,000"},
		{"I-15", "shares sum below one: the rest unallocated", nil, func(d *pledge.Default) { d.LossShares = []pledge.LossShare{lender("0.5")} },
			"3150000.00", "945000.00", false, []string{"472500.00"}, "472500.00", pledge.Met,
			"945,000 × 0.5 = 472,500 to the lender; the other 0.5 borne by no bearer given: 472,500 unallocated"},
		{"I-15", "a share of exactly 0, which the format allows, bears nothing", nil, func(d *pledge.Default) {
			d.LossShares = []pledge.LossShare{lender("1"), guarantor("0")}
		}, "3150000.00", "945000.00", false, []string{"945000.00", "0.00"}, "0.00", pledge.Met,
			"945,000 × 1 to the lender; × 0 = 0.00 to the guarantor; shares sum to 1, nothing unallocated"},
		{"I-15", "no loss shares: nothing allocated, never guessed", nil, nil,
			"3150000.00", "945000.00", false, nil, "945000.00", pledge.Met,
			"no shares: the whole 945,000 unallocated"},
		{"I-17", "three equal bearers: the odd fen to the first", nil, func(d *pledge.Default) {
			*d = pledge.Default{OutstandingPrincipal: dec("333.34"), Recoveries: decimal.NewNullDecimal(dec("0.00")), LossShares: []pledge.LossShare{
				lender("0.333333"), guarantor("0.333333"), share(pledge.InsurerBearer, "某保险公司", "0.333333")}}
		}, "333.34", "100.00", false, []string{"33.34", "33.33", "33.33"}, "0.00", pledge.Met,
			"333.34 × 0.3 = 100.002 → 100.00; 10,000 fen × 0.333333 = 3,333.33 → 3,333 r .33 each, rest 0.000001 → 0 r .01; 1 fen to the first"},
		{"Art. 18", "capped at 1,500,000.00", nil, func(d *pledge.Default) {
			*d = pledge.Default{OutstandingPrincipal: dec("6000000.00"), Recoveries: decimal.NewNullDecimal(dec("0.00")), LossShares: []pledge.LossShare{lender("1")}}
		}, "6000000.00", "1500000.00", true, []string{"1500000.00"}, "0.00", pledge.Met,
			"6,000,000 × 0.3 = 1,800,000 > 1,500,000"},
		{"I-13", "an audited loss is used as it is", nil, func(d *pledge.Default) {
			d.AuditedPrincipalLoss = decimal.NewNullDecimal(dec("2000000.00"))
			d.LossShares = []pledge.LossShare{lender("1")}
		}, "2000000.00", "600000.00", false, []string{"600000.00"}, "0.00", pledge.Met,
			"audited 2,000,000 × 0.3 = 600,000"},
		{"I-13", "recoveries cover everything: no loss", nil, func(d *pledge.Default) {
			d.Recoveries = decimal.NewNullDecimal(dec("5000000.00"))
			d.LossShares = []pledge.LossShare{lender("1")}
		}, "0.00", "0.00", false, []string{"0.00"}, "0.00", pledge.Met,
			"5,000,000 − 30,000 − 120,000 = 4,850,000 ≥ 4,000,000 principal: loss 0"},
		{"I-13", "recoveries short of the costs", nil, func(d *pledge.Default) {
			d.Recoveries = decimal.NewNullDecimal(dec("20000.00"))
			d.LossShares = []pledge.LossShare{lender("1")}
		}, "4000000.00", "1200000.00", false, []string{"1200000.00"}, "0.00", pledge.Met,
			"20,000 all to costs; principal loss 4,000,000; × 0.3 = 1,200,000"},
		{"I-16", "rate at exactly 150%: met", func(l *pledge.Loan) { l.AnnualRate = decimal.NewNullDecimal(dec("0.06525")) },
			func(d *pledge.Default) { d.LossShares = []pledge.LossShare{lender("1")} },
			"3150000.00", "945000.00", false, []string{"945000.00"}, "0.00", pledge.Met, "0.06525 = 4.35% × 1.5"},
		{"I-16", "rate above 150%: not met, the amount still computed", func(l *pledge.Loan) { l.AnnualRate = decimal.NewNullDecimal(dec("0.06526")) },
			func(d *pledge.Default) { d.LossShares = []pledge.LossShare{lender("1")} },
			"3150000.00", "945000.00", false, []string{"945000.00"}, "0.00", pledge.NotMet, "0.06526 > 0.06525"},
		{"I-16", "rate not given: unknown, the amount still computed", func(l *pledge.Loan) { l.AnnualRate = decimal.NullDecimal{} },
			func(d *pledge.Default) { d.LossShares = []pledge.LossShare{lender("1")} },
			"3150000.00", "945000.00", false, []string{"945000.00"}, "0.00", pledge.Unknown, "no rate to compare"},
		{"I-16", "contract before the benchmark table: unknown", func(l *pledge.Loan) {
			l.ContractDate, l.StartDate, l.MaturityDate = date("2007-01-05"), date("2007-01-05"), date("2008-01-05")
		}, func(d *pledge.Default) { d.LossShares = []pledge.LossShare{lender("1")} },
			"3150000.00", "945000.00", false, []string{"945000.00"}, "0.00", pledge.Unknown, "no row before 2007-12-21"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			loan, d := exampleLoan(), exampleDefault()
			if tc.loan != nil {
				tc.loan(&loan)
			}
			if tc.def != nil {
				tc.def(&d)
			}
			rc, err := subsidy.Default2015().RiskCompensation(loan, d)
			require.NoError(t, err)
			require.True(t, rc.PrincipalLoss.Valid && rc.Compensation.Valid && rc.Amount.Valid && rc.Unallocated.Valid,
				"every figure is given: the loss and the amounts are known")
			assert.Truef(t, dec(tc.loss).Equal(rc.PrincipalLoss.Decimal), "loss %s, want %s", rc.PrincipalLoss.Decimal, tc.loss)
			assert.Truef(t, dec(tc.amount).Equal(rc.Compensation.Decimal), "compensation %s, want %s (%s)", rc.Compensation.Decimal, tc.amount, tc.how)
			assert.Equal(t, tc.capped, rc.Capped)
			assert.Equal(t, tc.rate, rc.Rate.Outcome)
			if tc.rate == pledge.Unknown {
				assert.Error(t, rc.Rate.Err)
			}
			got := make([]decimal.Decimal, len(rc.Bearers))
			payable := decimal.Zero
			for i, b := range rc.Bearers {
				got[i] = b.Amount
				payable = payable.Add(b.Amount)
				assert.Equal(t, d.LossShares[i].Name, b.Name)
				assert.Equal(t, d.LossShares[i].Bearer, b.Role)
			}
			assertDecimals(t, tc.bearers, got)
			assert.Truef(t, payable.Equal(rc.Amount.Decimal), "I-32: the amount payable %s is the named bearers' parts %s", rc.Amount.Decimal, payable)
			assert.Truef(t, dec(tc.unallocated).Equal(rc.Unallocated.Decimal), "unallocated %s, want %s", rc.Unallocated.Decimal, tc.unallocated)
			assert.Truef(t, payable.Add(rc.Unallocated.Decimal).Equal(rc.Compensation.Decimal), "I-17: bearers + unallocated = compensation %s", rc.Compensation.Decimal)
		})
	}
}

func TestRiskCompensationSteps(t *testing.T) {
	rc, err := subsidy.Default2015().RiskCompensation(exampleLoan(),
		exampleDefault(share(pledge.LenderBearer, "某银行重庆分行", "1")))
	require.NoError(t, err)
	assert.Equal(t, []string{
		"Art. 18: PBOC RMB benchmark lending rate on the contract date 2016-01-05 (up to 1 year, in force from 2015-10-24): 4.35%",
		"Art. 18: rate ceiling 150% × 4.35% = 6.525%; actual rate 6% does not exceed it (the bound included, I-16): met",
		"Art. 13: recoveries 1,000,000.00 applied to enforcement costs 30,000.00, then interest 120,000.00, then principal 850,000.00 (I-13); " +
			"principal loss 4,000,000.00 − 850,000.00 = 3,150,000.00",
		"Art. 18: 30% × 3,150,000.00 = 945,000.00; under the 1,500,000.00 cap",
		"Art. 18: 某银行重庆分行 (lender), 100% of the loss: 100% × 945,000.00 = 945,000.00 (I-15)",
	}, subsidy.Messages(rc.Steps, pledge.English))
	assert.Equal(t, []string{
		"第十八条：合同签订日2016-01-05适用的中国人民银行人民币贷款基准利率（一年以内（含一年），2015-10-24起执行）为4.35%",
		"第十八条：利率上限 4.35% × 150% = 6.525%，实际利率6%未超过上限（含本数，I-16），符合条件",
		"第十三条：追偿所得1,000,000.00依次清偿实现债权的费用30,000.00、利息120,000.00、本金850,000.00（I-13）；本金损失 4,000,000.00 − 850,000.00 = 3,150,000.00",
		"第十八条：3,150,000.00 × 30% = 945,000.00，未超过每笔150万元上限",
		"第十八条：某银行重庆分行（贷款银行）承担损失100%：945,000.00 × 100% = 945,000.00（I-15）",
	}, subsidy.Messages(rc.Steps, pledge.Chinese))

	steps := func(loss string, shares ...pledge.LossShare) []subsidy.Step {
		// Recoveries explicitly 0.00 (I-24: a figure given), so the loss is the outstanding principal.
		d := pledge.Default{OutstandingPrincipal: dec(loss), Recoveries: decimal.NewNullDecimal(dec("0.00")), LossShares: shares}
		rc, err := subsidy.Default2015().RiskCompensation(exampleLoan(), d)
		require.NoError(t, err)
		return rc.Steps
	}
	t.Run("Art. 18/capped", func(t *testing.T) {
		s := steps("6000000.00")
		assert.Equal(t, "Art. 18: 30% × 6,000,000.00 = 1,800,000.00; above the 1,500,000.00 cap: 1,500,000.00", s[3].En)
		assert.Equal(t, "第十八条：6,000,000.00 × 30% = 1,800,000.00，超过每笔150万元上限，按上限1,500,000.00补偿", s[3].Zh)
		assert.Equal(t, "Art. 18: the loss shares are not given: 1,500,000.00 is not allocated among the loss bearers, so 0.00 is payable (I-15, I-32)", s[4].En)
	})
	t.Run("I-17/rounded down", func(t *testing.T) {
		s := steps("4999999.99")
		assert.Equal(t, "Art. 18: 30% × 4,999,999.99 = 1,499,999.997, rounded down to the fen (I-17): 1,499,999.99; under the 1,500,000.00 cap", s[3].En)
		assert.Equal(t, "第十八条：4,999,999.99 × 30% = 1,499,999.997，向下取整到分（I-17）：1,499,999.99，未超过每笔150万元上限", s[3].Zh)
	})
	t.Run("Art. 18/at the cap", func(t *testing.T) {
		s := steps("5000000.00")
		assert.Equal(t, "Art. 18: 30% × 5,000,000.00 = 1,500,000.00; at the 1,500,000.00 cap", s[3].En)
		assert.Equal(t, "第十八条：5,000,000.00 × 30% = 1,500,000.00，等于每笔150万元上限", s[3].Zh)
	})
	t.Run("I-13/no loss", func(t *testing.T) {
		s := steps("0.00")
		assert.Equal(t, "Art. 18: 30% × 0.00 = 0.00; no principal loss, no compensation", s[3].En)
	})
	t.Run("I-15/rest unallocated and the odd fen", func(t *testing.T) {
		// 333.34 × 0.3 = 100.002 → 100.00; lender 0.5 and guarantor 0.25 of 10,000 fen: 5,000 and 2,500;
		// the other 25%: 2,500 unallocated.
		s := steps("333.34", share(pledge.LenderBearer, "", "0.5"), share(pledge.GuarantorBearer, "G", "0.25"))
		assert.Equal(t, "Art. 18: bearer 1 (lender), 50% of the loss: 50% × 100.00 = 50.00 (I-15)", s[4].En)
		assert.Equal(t, "第十八条：第1个损失承担方（贷款银行）承担损失50%：100.00 × 50% = 50.00（I-15）", s[4].Zh)
		assert.Equal(t, "Art. 18: the bearers named bore 75% of the loss: 25.00 for the other 25% is not allocated and not payable; payable 75.00 (I-15, I-32)", s[6].En)
		assert.Equal(t, "第十八条：所列各方承担的损失比例合计75%，其余25%对应的25.00无列明的承担方，未分配、不予支付；应付金额为75.00（I-15、I-32）", s[6].Zh)
		// 0.01 × 1/3 each: 1 fen to the first, by the order given.
		s = steps("0.04", share(pledge.InsurerBearer, "I", "0.5"), share(pledge.GuarantorBearer, "G", "0.5"))
		assert.Equal(t, "Art. 18: I (insurer), 50% of the loss: 50% × 0.01 = 0.00, plus 0.01 left over by rounding, to the largest remainder (I-17) = 0.01 (I-15)", s[4].En)
		assert.Equal(t, "第十八条：I（保险公司）承担损失50%：0.01 × 50% = 0.00，加上取整余下的0.01（余数最大者优先，I-17）= 0.01（I-15）", s[4].Zh)
	})
	t.Run("I-13/audited", func(t *testing.T) {
		d := pledge.Default{OutstandingPrincipal: dec("1.00"), AuditedPrincipalLoss: decimal.NewNullDecimal(dec("2000000.00"))}
		rc, err := subsidy.Default2015().RiskCompensation(exampleLoan(), d)
		require.NoError(t, err)
		assert.Equal(t, "Art. 13: audited principal loss 2,000,000.00, used as given (I-13)", rc.Steps[2].En)
		assert.Equal(t, "第十三条：审定的坏账本金损失2,000,000.00，按审定数采用（I-13）", rc.Steps[2].Zh)
	})
	t.Run("I-16/unknown rate", func(t *testing.T) {
		loan := exampleLoan()
		loan.AnnualRate = decimal.NullDecimal{}
		rc, err := subsidy.Default2015().RiskCompensation(loan, exampleDefault())
		require.NoError(t, err)
		assert.Equal(t, "Art. 18: the loan's actual annual rate is not given: the rate condition cannot be checked", rc.Steps[0].En)
		assert.Equal(t, "第十八条：未提供贷款实际利率，利率条件无法判断", rc.Steps[0].Zh)
	})
	t.Run("I-16/no reference rate for the contract date", func(t *testing.T) {
		loan := exampleLoan()
		loan.ContractDate, loan.StartDate, loan.MaturityDate = date("2007-01-05"), date("2007-01-05"), date("2008-01-05")
		rc, err := subsidy.Default2015().RiskCompensation(loan, exampleDefault())
		require.NoError(t, err)
		require.ErrorIs(t, rc.Rate.Err, subsidy.ErrNoRate)
		assert.Equal(t, "Art. 18: no reference rate for the contract date 2007-01-05 (the reference table has no rate in force on that day): "+
			"the rate condition cannot be checked", rc.Steps[0].En, "the reason in words, not the Go error's text")
		assert.Equal(t, "第十八条：无法确定合同签订日2007-01-05适用的参考利率（参考利率表中没有该日适用的利率），利率条件无法判断", rc.Steps[0].Zh)
		assert.True(t, dec("945000.00").Equal(rc.Compensation.Decimal), "the amount is computed all the same")
	})
	t.Run("I-16/a series that fails otherwise", func(t *testing.T) {
		p := subsidy.Default2015()
		p.Reference = failingSeries{}
		rc, err := p.RiskCompensation(exampleLoan(), exampleDefault())
		require.NoError(t, err)
		assert.Equal(t, pledge.Unknown, rc.Rate.Outcome)
		assert.Equal(t, "第十八条：无法确定合同签订日2016-01-05适用的参考利率（参考利率无法取得），利率条件无法判断", rc.Steps[0].Zh)
	})
	t.Run("Art. 18/a what-if cap in yuan", func(t *testing.T) {
		p := subsidy.Default2015()
		p.CompensationCap = dec("1234567.89")
		rc, err := p.RiskCompensation(exampleLoan(), pledge.Default{OutstandingPrincipal: dec("10000000.00"), Recoveries: decimal.NewNullDecimal(dec("0.00"))})
		require.NoError(t, err)
		assert.Equal(t, "第十八条：10,000,000.00 × 30% = 3,000,000.00，超过每笔1,234,567.89元上限，按上限1,234,567.89补偿", rc.Steps[3].Zh)
	})
}

func TestRiskCompensationErrors(t *testing.T) {
	tests := []struct {
		ref, name string
		loan      func(*pledge.Loan)
		def       func(*pledge.Default)
		fields    []string
		errs      []error
	}{
		{"I-15", "a share above one", nil, func(d *pledge.Default) {
			d.LossShares = []pledge.LossShare{share(pledge.LenderBearer, "L", "1.2")}
		}, []string{"default.loss_shares[0].share"}, []error{pledge.ErrShareRange}},
		{"I-15", "a negative share", nil, func(d *pledge.Default) {
			d.LossShares = []pledge.LossShare{share(pledge.LenderBearer, "L", "-0.1")}
		}, []string{"default.loss_shares[0].share"}, []error{pledge.ErrShareRange}},
		{"I-15", "shares summing past one", nil, func(d *pledge.Default) {
			d.LossShares = []pledge.LossShare{share(pledge.LenderBearer, "L", "0.6"), share(pledge.GuarantorBearer, "G", "0.5")}
		}, []string{"default.loss_shares"}, []error{pledge.ErrSharesExceedOne}},
		{"I-13", "negative outstanding principal and recoveries", nil, func(d *pledge.Default) {
			d.OutstandingPrincipal = dec("-1.00")
			d.Recoveries = decimal.NewNullDecimal(dec("-2.00"))
		}, []string{"default.outstanding_principal", "default.recoveries"}, []error{pledge.ErrNegative, pledge.ErrNegative}},
		{"I-16", "no maturity date", func(l *pledge.Loan) { l.MaturityDate = deadlines.Date{} }, nil,
			[]string{"loan.maturity_date"}, []error{pledge.ErrMissing}},
		{"I-16", "a negative rate", func(l *pledge.Loan) { l.AnnualRate = decimal.NewNullDecimal(dec("-0.01")) }, nil,
			[]string{"loan.annual_rate"}, []error{pledge.ErrRateRange}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			loan, d := exampleLoan(), exampleDefault()
			if tc.loan != nil {
				tc.loan(&loan)
			}
			if tc.def != nil {
				tc.def(&d)
			}
			_, err := subsidy.Default2015().RiskCompensation(loan, d)
			ies := pledge.InputErrors(err)
			require.Len(t, ies, len(tc.fields), "%v", err)
			for i, ie := range ies {
				assert.Equal(t, tc.fields[i], ie.Field)
				assert.ErrorIs(t, ie, tc.errs[i])
			}
		})
	}
}

// failingSeries is a caller's series whose data source fails.
type failingSeries struct{}

func (failingSeries) Rate(contract, start, maturity deadlines.Date) (subsidy.RateQuote, error) {
	return subsidy.RateQuote{}, errors.New("rate service unavailable")
}

// I-24: a recovery, cost or interest figure not given is unknown, never zero. The principal loss is then
// known only within bounds — least with the missing claims at zero, most with them taking every recovery (or,
// recoveries not given, with recoveries of zero... at most the outstanding principal, at least nothing) —
// and the compensation is computed only where both bounds give the same amount.
func TestRiskCompensationMissingFigures(t *testing.T) {
	nd := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }
	tests := []struct {
		ref, name    string
		def          pledge.Default
		compensation string // "" where it cannot be computed
		capped       bool
		how          string
	}{
		{"I-24", "recoveries not given: the loss is anything from 0 to the principal",
			pledge.Default{OutstandingPrincipal: dec("4000000.00"), OutstandingInterest: nd("120000.00"), EnforcementCosts: nd("30000.00")},
			"", false, "loss in [0, 4,000,000.00]: compensation in [0.00, 1,200,000.00]"},
		{"I-24", "costs not given: recoveries may all have gone to costs",
			pledge.Default{OutstandingPrincipal: dec("4000000.00"), OutstandingInterest: nd("120000.00"), Recoveries: nd("1000000.00")},
			"", false, "least: 1,000,000 − 120,000 = 880,000 to principal, loss 3,120,000 → 936,000.00; most: loss 4,000,000 → 1,200,000.00"},
		{"I-24", "an explicit 0.00 is a figure",
			pledge.Default{OutstandingPrincipal: dec("4000000.00"), Recoveries: nd("0.00")},
			"1200000.00", false, "no recoveries: loss 4,000,000 whatever the costs and interest; × 0.3 = 1,200,000.00"},
		{"I-24", "the missing figures cannot take the loss under the cap's base: settled at the cap",
			pledge.Default{OutstandingPrincipal: dec("6000000.00"), Recoveries: nd("500000.00")},
			"1500000.00", true, "least 6,000,000 − 500,000 = 5,500,000 × 0.3 = 1,650,000 > cap; most 6,000,000: the cap either way"},
		{"I-24", "boundary: the least loss exactly at the cap's base",
			pledge.Default{OutstandingPrincipal: dec("5500000.00"), Recoveries: nd("500000.00")},
			"1500000.00", false, "least 5,000,000 × 0.3 = 1,500,000.00 = cap (not above it); most 5,500,000 → cap: settled"},
		{"I-24", "boundary: one fen more of recoveries and the least loss gives less than the cap",
			pledge.Default{OutstandingPrincipal: dec("5500000.00"), Recoveries: nd("500000.01")},
			"", false, "least 4,999,999.99 × 0.3 = 1,499,999.997 → 1,499,999.99; most → 1,500,000.00: not settled"},
		{"I-13", "an audited loss needs no other figure",
			pledge.Default{OutstandingPrincipal: dec("4000000.00"), AuditedPrincipalLoss: nd("1000000.00")},
			"300000.00", false, "audited 1,000,000 × 0.3"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			rc, err := subsidy.Default2015().RiskCompensation(exampleLoan(), tc.def)
			require.NoError(t, err)
			assert.Equal(t, tc.capped, rc.Capped, tc.how)
			if tc.compensation == "" {
				assert.False(t, rc.Compensation.Valid, "not computed: %s", tc.how)
				assert.False(t, rc.Amount.Valid || rc.Unallocated.Valid || rc.PrincipalLoss.Valid, "no amount shown for what is not known")
				for _, s := range rc.Steps {
					assert.NotContains(t, s.En, "recoveries 0.00", "a figure not given is never shown as 0.00")
				}
				return
			}
			require.True(t, rc.Compensation.Valid, tc.how)
			assert.Truef(t, dec(tc.compensation).Equal(rc.Compensation.Decimal), "compensation %s, want %s (%s)", rc.Compensation.Decimal, tc.compensation, tc.how)
		})
	}
	t.Run("I-24/the step names the figures not given", func(t *testing.T) {
		rc, err := subsidy.Default2015().RiskCompensation(exampleLoan(),
			pledge.Default{OutstandingPrincipal: dec("4000000.00"), OutstandingInterest: nd("120000.00"), Recoveries: nd("1000000.00")})
		require.NoError(t, err)
		assert.Equal(t, "Art. 13: outstanding principal 4,000,000.00; enforcement costs (default.enforcement_costs) not given, and not taken as zero (I-24): "+
			"the principal loss is not known, at least 3,120,000.00 and at most 4,000,000.00", rc.Steps[2].En)
		assert.Equal(t, "Art. 18: the compensation lies between 936,000.00 and 1,200,000.00, depending on figures not given, so it cannot be computed (I-24)", rc.Steps[3].En)
	})
}

// I-25: with no start date the band is not counted from the contract date. The drawdown may come on any day
// up to maturity, the later the shorter the term; the condition is decided only where the rate passes, or
// fails, in every band that could give.
func TestRateConditionNoStartDate(t *testing.T) {
	tests := []struct {
		ref, name, contract, maturity, rate string
		bands                               []subsidy.Band
		outcome                             pledge.Outcome
		how                                 string
	}{
		// 2016-01-05 + 12 months = 2017-01-05 < 2017-01-08: from the contract date, 1 to 5 years (4.75%, ceiling
		// 7.125%); a drawdown on or after 2016-01-08 makes it up to 1 year (4.35%, ceiling 6.525%).
		{"I-25", "two bands, within both", "2016-01-05", "2017-01-08", "0.06", []subsidy.Band{subsidy.OneTo5Years, subsidy.UpTo1Year}, pledge.Met, "6% ≤ 6.525% and ≤ 7.125%"},
		{"I-25", "two bands, at the lower ceiling", "2016-01-05", "2017-01-08", "0.06525", []subsidy.Band{subsidy.OneTo5Years, subsidy.UpTo1Year}, pledge.Met, "6.525% ≤ both"},
		{"I-25", "two bands, a hair above the lower ceiling", "2016-01-05", "2017-01-08", "0.06526", []subsidy.Band{subsidy.OneTo5Years, subsidy.UpTo1Year}, pledge.Unknown, "6.526% > 6.525%, ≤ 7.125%"},
		{"I-25", "two bands, at the higher ceiling", "2016-01-05", "2017-01-08", "0.07125", []subsidy.Band{subsidy.OneTo5Years, subsidy.UpTo1Year}, pledge.Unknown, "7.125% > 6.525%, ≤ 7.125%"},
		{"I-25", "two bands, above both", "2016-01-05", "2017-01-08", "0.07126", []subsidy.Band{subsidy.OneTo5Years, subsidy.UpTo1Year}, pledge.NotMet, "7.126% > 7.125%"},
		// 2016-01-05 to 2016-12-31 is within 12 months from any drawdown: one band.
		{"I-25", "every drawdown in one band", "2016-01-05", "2016-12-31", "0.06526", []subsidy.Band{subsidy.UpTo1Year}, pledge.NotMet, "6.526% > 6.525%"},
		// Five bands (row 2012-07-06): 2013-03-01 to 2016-03-02 is 3 years and a day from the contract date
		// (3 to 5 years, 6.40%, ceiling 9.6%); later drawdowns give 1 to 3 years (6.15%, 9.225%), 6 months to 1
		// year (6.00%, 9%) and up to 6 months (5.60%, 8.4%).
		{"I-25", "five-band table: within all four", "2013-03-01", "2016-03-02", "0.084",
			[]subsidy.Band{subsidy.ThreeTo5Years, subsidy.OneTo3Years, subsidy.SixMonthsTo1Year, subsidy.UpTo6Months}, pledge.Met, "8.4% ≤ 8.4%"},
		{"I-25", "five-band table: between", "2013-03-01", "2016-03-02", "0.0841",
			[]subsidy.Band{subsidy.ThreeTo5Years, subsidy.OneTo3Years, subsidy.SixMonthsTo1Year, subsidy.UpTo6Months}, pledge.Unknown, "8.41% > 8.4%, ≤ 9.6%"},
		{"I-25", "five-band table: above all four", "2013-03-01", "2016-03-02", "0.0961",
			[]subsidy.Band{subsidy.ThreeTo5Years, subsidy.OneTo3Years, subsidy.SixMonthsTo1Year, subsidy.UpTo6Months}, pledge.NotMet, "9.61% > 9.6%"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			rc, err := subsidy.Default2015().RateCondition(dec(tc.rate), date(tc.contract), deadlines.Date{}, date(tc.maturity))
			require.NoError(t, err)
			var bands []subsidy.Band
			for _, l := range rc.Limits {
				bands = append(bands, l.Quote.Band)
			}
			assert.Equal(t, tc.bands, bands)
			assert.Equal(t, tc.outcome, rc.Outcome, tc.how)
			_, single := rc.Limit()
			assert.Equal(t, len(tc.bands) == 1, single, "one ceiling for the report only where the band is certain")
		})
	}
}
