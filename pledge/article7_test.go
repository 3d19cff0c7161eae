package pledge_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Art. 7: "应主要用于技术研发、技术改造、项目产业化和流动资金周转等活动，不得从事股本权益性投资，不得用于有价证券、
// 基金、期货等投资经营活动及监管部门禁止的其他信贷资金用途", Interpretation I-10: more than half of the loan
// amount to the permitted purposes; any amount to a prohibited one is not met.
func TestFundUse(t *testing.T) {
	use := func(p pledge.Purpose, amount string) pledge.Use { return pledge.Use{Purpose: p, Amount: decOf(amount)} }
	tests := []struct {
		ref, name     string
		amount        string
		share         string // MainUseShare; "" for the default 0.5
		uses          []pledge.Use
		main, banned  pledge.Outcome
		mainShows     []string // facts the fund_use_main message must show, in both languages
		bannedShowsZh []string
		bannedShowsEn []string
		why           string
	}{
		{"Art. 7", "I-10 no uses given", "5000000.00", "", nil, pledge.Unknown, pledge.Unknown,
			[]string{"5,000,000.00"}, nil, nil, "nothing to judge"},
		{"Art. 7", "I-10 one fen past half, rest unaccounted", "5000000.00", "", []pledge.Use{use(pledge.RD, "2500000.01")},
			pledge.Met, pledge.Unknown, []string{"2,500,000.01", "2,500,000.00", "50.00%"}, []string{"2,499,999.99"}, []string{"2,499,999.99"},
			"2,500,000.01 > 0.5 × 5,000,000.00 = 2,500,000.00: more than half, whatever the rest is; I-27: the other 2,499,999.99 could be prohibited"},
		{"Art. 7", "I-10 exactly half, rest unaccounted", "5000000.00", "", []pledge.Use{use(pledge.RD, "2500000.00")},
			pledge.Unknown, pledge.Unknown, []string{"2,500,000.00", "50.00%"}, nil, nil,
			"2,500,000.00 is not more than half; the other 2,500,000.00 may yet be permitted"},
		{"Art. 7", "I-10 one fen below half, rest unaccounted", "5000000.00", "", []pledge.Use{use(pledge.WorkingCapital, "2499999.99")},
			pledge.Unknown, pledge.Unknown, []string{"2,499,999.99", "49.99%", "2,500,000.01"}, nil, nil,
			"not more than half; 2,500,000.01 unaccounted"},
		{"Art. 7", "I-10 exactly half, all accounted, rest prohibited", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "2500000.00"), use(pledge.Securities, "2500000.00")},
			pledge.NotMet, pledge.NotMet, []string{"2,500,000.00", "50.00%"},
			[]string{"2,500,000.00", "有价证券", "第二十一条第二款"}, []string{"2,500,000.00", "securities", "Art. 21¶2"},
			"half is not more than half, and nothing is left unaccounted; the securities use is prohibited"},
		{"Art. 7", "I-10 one fen to securities", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "4999999.99"), use(pledge.Securities, "0.01")},
			pledge.Met, pledge.NotMet, []string{"4,999,999.99", "99.99%"},
			[]string{"0.01", "第二十一条第二款"}, []string{"0.01 yuan", "Art. 21¶2"},
			"any amount to a prohibited purpose is not met, whatever its size"},
		{"Art. 7", "I-10 a zero amount to a prohibited purpose is no use of funds", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "5000000.00"), use(pledge.Futures, "0.00")},
			pledge.Met, pledge.Met, []string{"5,000,000.00", "100.00%"}, []string{"5,000,000.00"}, []string{"5,000,000.00"},
			"no money goes to futures, and the 5,000,000.00 to R&D accounts for the whole loan"},
		{"Art. 7", "I-10 all permitted, several purposes", "5000000.00", "",
			[]pledge.Use{use(pledge.TechUpgrade, "1000000.00"), use(pledge.Industrialization, "1500000.01")},
			pledge.Met, pledge.Unknown, []string{"2,500,000.01"}, []string{"2,499,999.99"}, []string{"2,499,999.99"},
			"1,000,000.00 + 1,500,000.01 = 2,500,000.01 > 2,500,000.00; I-27: 2,499,999.99 not accounted for"},
		{"Art. 7", "I-10 all to permitted purposes", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "3000000.00"), use(pledge.WorkingCapital, "2000000.00")},
			pledge.Met, pledge.Met, []string{"5,000,000.00", "100.00%"}, nil, nil, "everything permitted"},
		{"Art. 7", "I-10 every prohibited purpose named", "1000000.00", "",
			[]pledge.Use{use(pledge.EquityInvestment, "100000.00"), use(pledge.Funds, "200000.00"),
				use(pledge.Futures, "300000.00"), use(pledge.ProhibitedOther, "400000.00")},
			pledge.NotMet, pledge.NotMet, []string{"0.00%"},
			[]string{"1,000,000.00", "股本权益性投资", "基金", "期货", "监管部门禁止"},
			[]string{"1,000,000.00", "equity_investment", "funds", "futures", "prohibited_other"},
			"0 permitted and all accounted; 100,000 + 200,000 + 300,000 + 400,000 = 1,000,000 prohibited"},
		{"Art. 7", "I-10 uses past the amount (an input error) still decide", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "1000000.00"), use(pledge.Funds, "5000000.00")},
			pledge.NotMet, pledge.NotMet, []string{"1,000,000.00", "20.00%"}, []string{"5,000,000.00"}, []string{"5,000,000.00"},
			"1,000,000 is not more than half, and the uses account for all of the amount"},
		{"Art. 7", "I-10 a share parameter of 60%: at it", "5000000.00", "0.6", []pledge.Use{use(pledge.RD, "3000000.00")},
			pledge.Unknown, pledge.Unknown, []string{"60.00%", "3,000,000.00"}, nil, nil,
			"3,000,000.00 is not more than 0.6 × 5,000,000.00 = 3,000,000.00"},
		{"Art. 7", "I-10 a share parameter of 60%: one fen past", "5000000.00", "0.6", []pledge.Use{use(pledge.RD, "3000000.01")},
			pledge.Met, pledge.Unknown, []string{"3,000,000.01"}, nil, nil, "3,000,000.01 > 3,000,000.00"},
		// I-10's "the rest may yet be permitted" holds only where the rest could make the permitted part more
		// than the threshold: permitted + (amount − uses given) > share × amount.
		{"Art. 7", "I-10 3,000,000 to securities, nothing else given: the rest cannot make it mainly", "5000000.00", "",
			[]pledge.Use{use(pledge.Securities, "3000000.00")}, pledge.NotMet, pledge.NotMet,
			[]string{"3,000,000.00", "2,000,000.00", "2,500,000.00", "40.00%"},
			[]string{"3,000,000.00", "有价证券"}, []string{"3,000,000.00", "securities"},
			"permitted 0 + rest 2,000,000.00 = 2,000,000.00 at most, not more than 0.5 × 5,000,000.00 = 2,500,000.00"},
		{"Art. 7", "I-10 the rest exactly makes half: still not more than half", "5000000.00", "",
			[]pledge.Use{use(pledge.Securities, "2500000.00")}, pledge.NotMet, pledge.NotMet,
			[]string{"2,500,000.00", "50.00%"}, nil, nil,
			"rest 2,500,000.00: at most 2,500,000.00 permitted, exactly half, not more than half (bound: at)"},
		{"Art. 7", "I-10 the rest could make half and one fen: unknown", "5000000.00", "",
			[]pledge.Use{use(pledge.Securities, "2499999.99")}, pledge.Unknown, pledge.NotMet,
			[]string{"2,500,000.01", "0.00%"}, nil, nil,
			"rest 2,500,000.01: if all permitted, 2,500,000.01 > 2,500,000.00 (bound: one fen past)"},
		{"Art. 7", "I-10 some permitted, the rest too small to tip it", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "1000000.00"), use(pledge.Securities, "3000000.00")}, pledge.NotMet, pledge.NotMet,
			[]string{"1,000,000.00", "2,000,000.00", "40.00%"}, nil, nil,
			"1,000,000.00 + rest 1,000,000.00 = 2,000,000.00 ≤ 2,500,000.00"},
		{"Art. 7", "I-10 a share parameter of 60%: the rest exactly reaches it", "5000000.00", "0.6",
			[]pledge.Use{use(pledge.RD, "1000000.00"), use(pledge.Futures, "2000000.00")}, pledge.NotMet, pledge.NotMet,
			[]string{"3,000,000.00", "60.00%"}, nil, nil,
			"1,000,000.00 + rest 2,000,000.00 = 3,000,000.00, not more than 0.6 × 5,000,000.00 = 3,000,000.00"},
		{"Art. 7", "I-10 a share parameter of 60%: the rest could pass it", "5000000.00", "0.6",
			[]pledge.Use{use(pledge.RD, "1000000.00"), use(pledge.Futures, "1999999.99")}, pledge.Unknown, pledge.NotMet,
			[]string{"2,000,000.01", "60.00%"}, nil, nil,
			"1,000,000.00 + rest 2,000,000.01 = 3,000,000.01 > 3,000,000.00"},
		{"Art. 7", "I-10 a use with no purpose may be permitted", "5000000.00", "",
			[]pledge.Use{use(pledge.PurposeUnset, "3000000.00"), use(pledge.Futures, "2000000.00")}, pledge.Unknown, pledge.NotMet,
			[]string{"3,000,000.00"}, nil, nil,
			"only futures is known not to be permitted: 3,000,000.00 of unknown use could make it 60%"},
		{"Art. 7", "I-10 a loan amount of zero", "0.00", "", []pledge.Use{use(pledge.RD, "0.00")},
			pledge.Unknown, pledge.Met, []string{"0.00"}, nil, nil, "no share of nothing can be computed; nothing is left unaccounted"},
		// Interpretation I-27: the no-prohibited-use finding is met only when the uses given account for the
		// whole loan amount; a prohibited amount given is not met whatever the rest.
		{"Art. 7", "I-27 uses account for the amount exactly", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "2500000.01"), use(pledge.WorkingCapital, "2499999.99")}, pledge.Met, pledge.Met,
			nil, []string{"5,000,000.00", "涵盖", "全部"}, []string{"5,000,000.00", "account for all"},
			"2,500,000.01 + 2,499,999.99 = 5,000,000.00: nothing left that could be prohibited (bound: at)"},
		{"Art. 7", "I-27 uses one fen short of the amount", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "2500000.01"), use(pledge.WorkingCapital, "2499999.98")}, pledge.Met, pledge.Unknown,
			nil, []string{"0.01元用途未知"}, []string{"the use of 0.01 yuan of the 5,000,000.00 yuan loan is not known"},
			"5,000,000.00 − 4,999,999.99 = 0.01 could go to a prohibited purpose (bound: one fen below)"},
		{"Art. 7", "I-27 a prohibited fen, the rest not accounted for", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "3000000.00"), use(pledge.Securities, "0.01")}, pledge.Met, pledge.NotMet,
			nil, []string{"0.01"}, []string{"0.01 yuan"},
			"not met whatever the other 1,999,999.99 is"},
		{"Art. 7", "I-10 only the prohibited uses with money are listed", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "4999999.99"), use(pledge.Futures, "0.00"), use(pledge.Funds, "0.01")}, pledge.Met, pledge.NotMet,
			nil, []string{"（基金投资0.01元）"}, []string{"(funds 0.01 yuan)"},
			"futures 0.00 is no use of funds: the sentence names funds alone"},
		{"Art. 7", "I-27 a use with no purpose is not accounted for", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "3000000.00"), use(pledge.PurposeUnset, "2000000.00")}, pledge.Met, pledge.Unknown,
			nil, []string{"2,000,000.00元用途未知"}, []string{"2,000,000.00 yuan"},
			"the uses sum to the amount, but 2,000,000.00 has no purpose: it could be prohibited"},
		{"Art. 7", "I-27 the rest could tip either finding", "5000000.00", "",
			[]pledge.Use{use(pledge.RD, "1000000.00"), use(pledge.WorkingCapital, "500000.00")}, pledge.Unknown, pledge.Unknown,
			[]string{"3,500,000.00"}, []string{"3,500,000.00"}, []string{"3,500,000.00"},
			"1,500,000.00 permitted is not more than half, but the other 3,500,000.00 could be permitted (1,500,000.00 + 3,500,000.00 > 2,500,000.00) or prohibited"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			p := pledge.DefaultParams()
			if tc.share != "" {
				p.MainUseShare = decOf(tc.share)
			}
			_, fs := pledge.FundUse(pledge.Loan{Amount: decOf(tc.amount), Uses: tc.uses}, p)
			require.Len(t, fs, 2)
			assertWellFormed(t, fs)
			assert.Equal(t, []findingBrief{
				{"Art. 7", tc.main, "", "fund_use_main"},
				{"Art. 7", tc.banned, "", "fund_use_prohibited"},
			}, briefsOf(fs), tc.why)
			assertShows(t, fs[0], tc.mainShows, tc.mainShows)
			assertShows(t, fs[1], tc.bannedShowsZh, tc.bannedShowsEn)
		})
	}
}

// The not-met sentence for a rest too small to tip the share says what the rest could at most do (I-10).
func TestFundUseRestCannotTipIt(t *testing.T) {
	t.Run("Art. 7/I-10 the rest cannot tip it: the sentence", func(t *testing.T) {
		// 5,000,000.00 lent, 3,000,000.00 to securities: 0 permitted, 2,000,000.00 unaccounted, at most
		// 2,000,000.00 permitted = 40.00% of the loan, not more than 50.00% (2,500,000.00).
		l := pledge.Loan{Amount: decOf("5000000.00"), Uses: []pledge.Use{{Purpose: pledge.Securities, Amount: decOf("3000000.00")}}}
		_, fs := pledge.FundUse(l, pledge.DefaultParams())
		f := fs[0]
		assert.Equal(t, "已列明用途3,000,000.00元中允许用途0.00元，其余2,000,000.00元用途未知；即使其余全部用于允许用途，允许用途至多"+
			"2,000,000.00元，占贷款5,000,000.00元的40.00%，未超过50.00%（2,500,000.00元），资金并非主要用于允许用途", f.Zh)
		assert.Equal(t, "of the 3,000,000.00 yuan of uses given, 0.00 yuan goes to the permitted purposes and the use of the other "+
			"2,000,000.00 yuan is not known; even if all of it went to them, at most 2,000,000.00 yuan (40.00% of the 5,000,000.00 yuan loan) "+
			"would, not more than 50.00% (2,500,000.00 yuan), so the funds do not mainly go to them", f.En)
	})
}

// FundUse adds the uses up by the kind of purpose Art. 7 gives them; what the uses do not put to a known
// purpose is the loan amount less the permitted and prohibited parts, never below zero (I-10, I-27).
func TestUseSums(t *testing.T) {
	use := func(p pledge.Purpose, amount string) pledge.Use { return pledge.Use{Purpose: p, Amount: decOf(amount)} }
	every := []pledge.Use{
		use(pledge.RD, "1.00"), use(pledge.TechUpgrade, "2.00"), use(pledge.Industrialization, "3.00"),
		use(pledge.WorkingCapital, "4.00"), use(pledge.EquityInvestment, "10.00"), use(pledge.Securities, "20.00"),
		use(pledge.Funds, "30.00"), use(pledge.Futures, "40.00"), use(pledge.ProhibitedOther, "50.00"),
		use(pledge.PurposeUnset, "1000.00"),
	}
	tests := []struct {
		ref, name                                 string
		amount                                    string
		uses                                      []pledge.Use
		given, permitted, prohibited, unaccounted string
		why                                       string
	}{
		{"Art. 7", "none", "5000.00", nil, "0", "0", "0", "5000.00", "no uses: all of it unaccounted"},
		{"Art. 7", "each purpose once", "2000.00", every, "1160.00", "10.00", "150.00", "1840.00",
			"1+2+3+4 = 10 permitted; 10+20+30+40+50 = 150 prohibited; 1,160 given; 2,000 − 10 − 150 = 1,840 (the unset purpose's 1,000 included)"},
		{"Art. 7", "uses past the amount", "100.00", every, "1160.00", "10.00", "150.00", "0",
			"100 − 10 − 150 < 0: nothing unaccounted, never below zero"},
		{"Art. 7", "exactly accounted", "160.00", every[:9], "160.00", "10.00", "150.00", "0", "160 − 10 − 150 = 0"},
		{"Art. 7", "a fen unaccounted", "160.01", every[:9], "160.00", "10.00", "150.00", "0.01", "160.01 − 160 = 0.01"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			s, _ := pledge.FundUse(pledge.Loan{Amount: decOf(tc.amount), Uses: tc.uses}, pledge.DefaultParams())
			for _, c := range []struct {
				name, want string
				got        decimal.Decimal
			}{{"Given", tc.given, s.Given}, {"Permitted", tc.permitted, s.Permitted}, {"Prohibited", tc.prohibited, s.Prohibited},
				{"Unaccounted", tc.unaccounted, s.Unaccounted}} {
				assert.Truef(t, decOf(c.want).Equal(c.got), "%s: got %s, want %s (%s)", c.name, c.got, c.want, tc.why)
			}
		})
	}
}
