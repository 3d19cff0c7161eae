package eligibility

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJudgedOn(t *testing.T) {
	// I-22: the registration filing date, or the contract date where no filing is given.
	tests := []struct {
		name         string
		registration *pledge.Registration
		contract     string
		day, zh, en  string
	}{
		{"the registration filing date", &pledge.Registration{Filed: fixtureDate("2016-01-15")}, "2016-01-05", "2016-01-15",
			"以质押登记申请日2016-01-15为准", "as of the registration application on 2016-01-15"},
		{"a registration without a filing date: the contract date", &pledge.Registration{}, "2016-01-05", "2016-01-05",
			"以合同签订日2016-01-05为准（未给出质押登记申请日）", "as of the contract date 2016-01-05 (no registration filing given)"},
		{"no registration: the contract date", nil, "2016-01-05", "2016-01-05",
			"以合同签订日2016-01-05为准（未给出质押登记申请日）", "as of the contract date 2016-01-05 (no registration filing given)"},
		{"no day at all", nil, "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run("Art. 4/I-22/"+tc.name, func(t *testing.T) {
			j := judgedOn(pledge.Loan{ContractDate: fixtureDate(tc.contract), Registration: tc.registration})
			assert.Equal(t, tc.day, j.on.String())
			assert.Equal(t, tc.zh, j.zh)
			assert.Equal(t, tc.en, j.en)
		})
	}
}

// factRows are the three answers an attested fact can give and the outcome each gives when want is the
// fact the clause needs (I-5, I-8: an unknown never counts as met).
func factRows(want pledge.Fact) []struct {
	fact    pledge.Fact
	outcome pledge.Outcome
} {
	other := pledge.No
	if want == pledge.No {
		other = pledge.Yes
	}
	return []struct {
		fact    pledge.Fact
		outcome pledge.Outcome
	}{{want, pledge.Met}, {other, pledge.NotMet}, {pledge.NotKnown, pledge.Unknown}}
}

func TestGrantedAndTransferable(t *testing.T) {
	tests := []struct {
		ref, name string // ref: the clause, then the interpretation where one decides
		kind      pledge.RightKind
		fn        func(string, pledge.Right) pledge.Finding
		set       func(*pledge.Right, pledge.Fact)
		code      string
	}{
		// Art. 4(1): 已依法授予或核准注册的知识产权 — a patent application fails (I-4).
		{"Art. 4(1)", "invention granted", pledge.Invention, granted, func(r *pledge.Right, f pledge.Fact) { r.Granted = f }, CodeRightGranted},
		{"Art. 4(1)", "layout design registered", pledge.ICLayout, granted, func(r *pledge.Right, f pledge.Fact) { r.Granted = f }, CodeRightGranted},
		// Art. 4(2): 权属清晰、依法可转让并能够办理质押登记 — attested; for a layout design it is also its
		// registrability (I-7).
		{"Art. 4(2)", "utility model transferable", pledge.UtilityModel, transferable, func(r *pledge.Right, f pledge.Fact) { r.Transferable = f }, CodeRightTransferable},
		{"Art. 4(2)/I-7", "layout design transferable and registrable", pledge.ICLayout, transferable, func(r *pledge.Right, f pledge.Fact) { r.Transferable = f }, CodeRightTransferable},
	}
	for _, tc := range tests {
		for _, fr := range factRows(pledge.Yes) {
			t.Run(tc.ref+"/"+tc.name+"/"+fr.fact.String(), func(t *testing.T) {
				r := pledge.Right{Kind: tc.kind}
				tc.set(&r, fr.fact)
				f := tc.fn("N1", r)
				assert.Equal(t, fr.outcome, f.Outcome)
				assert.Equal(t, tc.code, f.Code)
				assert.Equal(t, "N1", f.Subject)
				clause, _, _ := strings.Cut(tc.ref, "/")
				want, err := pledge.ParseRef(clause)
				require.NoError(t, err)
				assert.Equal(t, want, f.Ref)
				assert.Contains(t, f.Zh, kindNameZh(tc.kind))
				assert.Contains(t, f.En, kindNameEn(tc.kind))
			})
		}
	}
}

func TestTermCoversLoan(t *testing.T) {
	tests := []struct {
		ref, name string
		right     pledge.Right
		maturity  string
		want      pledge.Outcome
		end       string // the protection end worked out by hand; "" where none is computable
	}{
		// I-6: an invention filed 2013-03-01 is protected to the day before its 20th anniversary, 2033-02-28.
		{"Art. 4(3)/I-6", "invention, maturity the day before the end", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")},
			"2033-02-27", pledge.Met, "2033-02-28"},
		{"Art. 4(3)", "invention, maturity on the last protected day: equal passes", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")},
			"2033-02-28", pledge.Met, "2033-02-28"},
		{"Art. 4(3)", "invention, maturity one day past the end", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")},
			"2033-03-01", pledge.NotMet, "2033-02-28"},
		// I-6: a utility model filed 2008-02-29: its 10th anniversary in common 2018 is 1 March, so it ends 02-28.
		{"Art. 4(3)/I-6", "utility model filed on 29 February, maturity 02-28", pledge.Right{Kind: pledge.UtilityModel, FilingDate: fixtureDate("2008-02-29")},
			"2018-02-28", pledge.Met, "2018-02-28"},
		{"Art. 4(3)/I-6", "utility model filed on 29 February, maturity 03-01", pledge.Right{Kind: pledge.UtilityModel, FilingDate: fixtureDate("2008-02-29")},
			"2018-03-01", pledge.NotMet, "2018-02-28"},
		// I-6: designs filed before 2021-06-01 get 10 years, from it 15.
		{"Art. 4(3)/I-6", "design filed 2021-05-31: 10 years", pledge.Right{Kind: pledge.Design, FilingDate: fixtureDate("2021-05-31")},
			"2031-05-31", pledge.NotMet, "2031-05-30"},
		{"Art. 4(3)/I-6", "design filed 2021-06-01: 15 years", pledge.Right{Kind: pledge.Design, FilingDate: fixtureDate("2021-06-01")},
			"2031-05-31", pledge.Met, "2036-05-31"},
		// I-6: compensation days are added after the anniversary: 2033-03-01 + 100 − 1 = 2033-06-08
		// (March 31 days, April 30, May 31: 92 days to 2033-06-01, then 7 more).
		{"Art. 4(3)/I-6", "compensated invention, maturity on the compensated end", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01"), TermCompensationDays: 100},
			"2033-06-08", pledge.Met, "2033-06-08"},
		{"Art. 4(3)/I-6", "compensated invention, maturity one day past", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01"), TermCompensationDays: 100},
			"2033-06-09", pledge.NotMet, "2033-06-08"},
		// I-6: a layout design runs 10 years from the earlier of registration (2012-05-10) and first use
		// (2011-09-01): to 2021-08-31; 15 years from creation (2011-01-15) would be later.
		{"Art. 4(3)/I-6", "layout design, maturity on its last day", pledge.Right{Kind: pledge.ICLayout, ICRegistrationFiled: fixtureDate("2012-05-10"),
			ICFirstCommercialUse: fixtureDate("2011-09-01"), ICCreated: fixtureDate("2011-01-15")}, "2021-08-31", pledge.Met, "2021-08-31"},
		{"Art. 4(3)/I-6", "layout design, maturity one day past", pledge.Right{Kind: pledge.ICLayout, ICRegistrationFiled: fixtureDate("2012-05-10"),
			ICFirstCommercialUse: fixtureDate("2011-09-01"), ICCreated: fixtureDate("2011-01-15")}, "2021-09-01", pledge.NotMet, "2021-08-31"},
		// I-6: created 2005-03-01, registered 2012-01-01: 10 years would run to 2021-12-31, but 15 years from
		// creation end the day before 2020-03-01, 2020-02-29.
		{"Art. 4(3)/I-6", "layout design capped by its creation, maturity on the cap", pledge.Right{Kind: pledge.ICLayout, ICRegistrationFiled: fixtureDate("2012-01-01"),
			ICCreated: fixtureDate("2005-03-01")}, "2020-02-29", pledge.Met, "2020-02-29"},
		{"Art. 4(3)/I-6", "layout design capped by its creation, maturity past the cap", pledge.Right{Kind: pledge.ICLayout, ICRegistrationFiled: fixtureDate("2012-01-01"),
			ICCreated: fixtureDate("2005-03-01")}, "2020-03-01", pledge.NotMet, "2020-02-29"},
		{"Art. 4(3)", "patent filing date not given", pledge.Right{Kind: pledge.Invention}, "2017-01-08", pledge.Unknown, ""},
		{"Art. 4(3)", "layout design dates not given", pledge.Right{Kind: pledge.ICLayout, ICCreated: fixtureDate("2005-03-01")}, "2017-01-08", pledge.Unknown, ""},
		{"Art. 4(3)", "kind not given", pledge.Right{FilingDate: fixtureDate("2013-03-01")}, "2017-01-08", pledge.Unknown, ""},
		{"Art. 4(3)", "filed before 1993-01-01: the 1984 law's term, not computed", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("1992-12-31")},
			"2017-01-08", pledge.Unknown, ""},
		{"Art. 4(3)", "maturity not given", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")}, "", pledge.Unknown, "2033-02-28"},
	}
	// Every right here is attested in force (terminated false) and judged on a contract of 2016-01-05, before
	// any of their ends; TestTermCoversLoanInForce varies that.
	j := judgedOn(pledge.Loan{ContractDate: fixtureDate("2016-01-05")})
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			tc.right.Number = "N1"
			tc.right.Terminated = pledge.No
			term, ok, err := protection(0, tc.right)
			require.NoError(t, err)
			assert.Equal(t, tc.end != "", ok)
			if ok {
				assert.Equal(t, tc.end, term.End.String())
			}
			f := termCoversLoan(0, tc.right, term, ok, fixtureDate(tc.maturity), j, feeThen{})
			assert.Equal(t, tc.want, f.Outcome)
			assert.Equal(t, pledge.ArtItem(4, 3), f.Ref)
			assert.Equal(t, CodeTermCoversLoan, f.Code)
			assert.Equal(t, "N1", f.Subject)
			if tc.end != "" {
				assert.Contains(t, f.Zh, tc.end, "the message shows the protection end")
				assert.Contains(t, f.En, tc.end)
			}
			if tc.maturity != "" && ok {
				assert.Contains(t, f.Zh, tc.maturity, "and the maturity")
				assert.Contains(t, f.En, tc.maturity)
			}
		})
	}
}

// TestTermCoversLoanInForce: Art. 4(3) "知识产权处于法定有效期限（或保护期）内" needs the right in force on the day
// the pledge is judged on (I-22), besides a term that covers the loan (I-6). The layout design
// BS.185559220, registered (applied for) 2012-05-01, created 2011-01-01, no first use given: 10 years from
// 2012-05-01 end the day before 2022-05-01, 2022-04-30; 15 years from creation would end 2025-12-31, later.
// The loan of 2016 matures 2017-01-08.
func TestTermCoversLoanInForce(t *testing.T) {
	layout := pledge.Right{Kind: pledge.ICLayout, Number: "BS.185559220",
		ICRegistrationFiled: fixtureDate("2012-05-01"), ICCreated: fixtureDate("2011-01-01")}
	invention := pledge.Right{Kind: pledge.Invention, Number: "201310123456.2", FilingDate: fixtureDate("2013-03-01")}
	contract := pledge.Loan{ContractDate: fixtureDate("2016-01-05")}
	lapsed := feeThen{state: deadlines.FeeLapsed, zh: "第4年年费……起终止", en: "the year-4 fee … terminated as of …"}
	tests := []struct {
		ref, name  string
		right      pledge.Right
		terminated pledge.Fact
		fee        feeThen
		loan       pledge.Loan // the day judged on
		maturity   string
		want       pledge.Outcome
		showsZh    []string
		showsEn    []string
		why        string
	}{
		{"Art. 4(3)", "layout design in force, term covers the loan", layout, pledge.No, feeThen{}, contract, "2017-01-08", pledge.Met,
			[]string{"2022-04-30", "2017-01-08"}, []string{"2022-04-30"}, "2022-04-30 ≥ 2017-01-08, not terminated"},
		{"Art. 4(3)", "layout design terminated: not in force", layout, pledge.Yes, feeThen{}, contract, "2017-01-08", pledge.NotMet,
			[]string{"已终止或被宣告无效", "2022-04-30", "不处于法定有效期限", "2016-01-05"},
			[]string{"terminated or declared invalid", "2022-04-30", "not in force"},
			"处于法定有效期限（或保护期）内 fails, though the term would cover the loan"},
		{"Art. 4(3)", "layout design, terminated not given: unknown", layout, pledge.NotKnown, feeThen{}, contract, "2017-01-08", pledge.Unknown,
			[]string{"2022-04-30", "2017-01-08", "rights[0].terminated"}, []string{"rights[0].terminated", "in force is not known"},
			"the term covers the loan, but nothing says the right is still in force"},
		{"Art. 4(3)/I-6", "terminated not given, term too short: not met", layout, pledge.NotKnown, feeThen{}, contract, "2022-05-01", pledge.NotMet,
			[]string{"2022-04-30", "2022-05-01"}, []string{"shorter than the loan"},
			"2022-04-30 < 2022-05-01: the term alone fails, whatever terminated is"},
		{"Art. 4(3)", "terminated, term not computable: not met", pledge.Right{Kind: pledge.ICLayout, Number: "BS.185559220"},
			pledge.Yes, feeThen{}, contract, "2017-01-08", pledge.NotMet,
			[]string{"已终止"}, []string{"terminated"}, "not in force decides before a term that cannot be computed"},
		{"Art. 4(3)/I-22", "patent whose fee lapsed before the day judged on", invention, pledge.No, lapsed, contract, "2017-01-08", pledge.NotMet,
			[]string{lapsed.zh, "不处于法定有效期限内"}, []string{lapsed.en, "not in force"},
			"terminated as of the fee's due date (专利法 第四十四条), whatever terminated says"},
		// An invention filed 1996-03-01 is protected to 2016-02-29 (the day before the 20th anniversary); a
		// loan maturing that day, its registration filed 2016-03-10: not in force when judged.
		{"Art. 4(3)/I-22", "term over on the day judged on", pledge.Right{Kind: pledge.Invention, Number: "199610012345.X", FilingDate: fixtureDate("1996-03-01")},
			pledge.No, feeThen{}, pledge.Loan{ContractDate: fixtureDate("2016-02-20"), Registration: &pledge.Registration{Filed: fixtureDate("2016-03-10")}},
			"2016-02-29", pledge.NotMet, []string{"2016-02-29", "届满", "2016-03-10"}, []string{"ended on 2016-02-29", "not in force"},
			"2016-02-29 ≥ the maturity 2016-02-29, but before 2016-03-10"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			r := tc.right
			r.Terminated = tc.terminated
			term, ok, err := protection(0, r)
			require.NoError(t, err)
			f := termCoversLoan(0, r, term, ok, fixtureDate(tc.maturity), judgedOn(tc.loan), tc.fee)
			assert.Equal(t, tc.want, f.Outcome, tc.why)
			assert.Equal(t, pledge.ArtItem(4, 3), f.Ref)
			assert.Equal(t, CodeTermCoversLoan, f.Code)
			assert.Equal(t, r.Number, f.Subject)
			for _, w := range tc.showsZh {
				assert.Contains(t, f.Zh, w)
			}
			for _, w := range tc.showsEn {
				assert.Contains(t, f.En, w)
			}
		})
	}
}

func TestProtectionInputErrors(t *testing.T) {
	tests := []struct {
		ref, name string
		right     pledge.Right
		field     string
		err       error
	}{
		// 专利法 第四十二条第二款、第三款 compensate inventions only.
		{"Art. 4(3)/I-6", "compensation for a utility model", pledge.Right{Kind: pledge.UtilityModel, FilingDate: fixtureDate("2013-03-01"), TermCompensationDays: 10},
			"rights[0].term_compensation_days", deadlines.ErrCompensation},
		{"Art. 4(3)/I-6", "negative compensation", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01"), TermCompensationDays: -1},
			"rights[0].term_compensation_days", deadlines.ErrCompensation},
		// 集成电路布图设计保护条例 第十二条: a design is created before it is registered or used.
		{"Art. 4(3)/I-6", "layout design created after its registration", pledge.Right{Kind: pledge.ICLayout, ICRegistrationFiled: fixtureDate("2012-01-01"),
			ICCreated: fixtureDate("2012-01-02")}, "rights[0].ic_created", deadlines.ErrDateOrder},
		// The regulation took effect 2001-10-01: no registration could be applied for before.
		{"Art. 4(3)/I-6", "layout design registered before the regulation", pledge.Right{Kind: pledge.ICLayout, ICRegistrationFiled: fixtureDate("2001-09-30")},
			"rights[0].ic_registration_filed", deadlines.ErrBeforeLaw},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			_, ok, err := protection(0, tc.right)
			assert.False(t, ok)
			var ie *pledge.InputError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tc.field, ie.Field)
			require.ErrorIs(t, err, tc.err)

			c := fixtureCase()
			c.Rights = []pledge.Right{tc.right}
			_, _, err = Conditions(c, deadlines.China())
			require.ErrorAs(t, err, &ie, "Conditions reports it too")
			assert.Equal(t, tc.field, ie.Field)
		})
	}
}

func TestJudgement(t *testing.T) {
	tests := []struct {
		ref, name string
		code      string
		set       func(*pledge.Right, pledge.Fact)
		want      pledge.Fact // the answer the clause needs
	}{
		// Art. 4(4): 符合国家产业政策和其他行政管理规定，具有良好的市场潜力和经济效益，……处于实质性的实施阶段 (I-8).
		{"Art. 4(4)", "industrial policy", CodeIndustrialPolicy, func(r *pledge.Right, f pledge.Fact) { r.IndustrialPolicy = f }, pledge.Yes},
		{"Art. 4(4)", "market potential", CodeMarketPotential, func(r *pledge.Right, f pledge.Fact) { r.MarketPotential = f }, pledge.Yes},
		{"Art. 4(4)", "in implementation", CodeInImplementation, func(r *pledge.Right, f pledge.Fact) { r.InImplementation = f }, pledge.Yes},
		// Art. 4(5): 不得涉及国家安全与保密事项 — national_security true means it does: not met (I-8).
		{"Art. 4(5)", "national security", CodeNationalSecurity, func(r *pledge.Right, f pledge.Fact) { r.NationalSecurity = f }, pledge.No},
		{"Art. 4(5)", "state assets", CodeStateAssetsCompliant, func(r *pledge.Right, f pledge.Fact) { r.StateAssetsCompliant = f }, pledge.Yes},
	}
	for _, tc := range tests {
		for _, fr := range factRows(tc.want) {
			t.Run(tc.ref+"/"+tc.name+"/"+fr.fact.String(), func(t *testing.T) {
				r := fixturePatent()
				tc.set(&r, fr.fact)
				got := findingsWith(judgement("N1", r), tc.code)
				require.Len(t, got, 1)
				assert.Equal(t, fr.outcome, got[0].Outcome)
				want, _ := pledge.ParseRef(tc.ref)
				assert.Equal(t, want, got[0].Ref)
				assert.Equal(t, "N1", got[0].Subject)
				// The other four are untouched and met.
				for _, f := range judgement("N1", r) {
					if f.Code != tc.code {
						assert.Equal(t, pledge.Met, f.Outcome, f.Code)
					}
				}
			})
		}
	}
}

func TestAfterPledge(t *testing.T) {
	// Filed 2013-03-01, paid through year 4: the year-5 fee is due 2017-03-01 (Wednesday), the grace period
	// ends 2017-09-01 (Friday). The pledge was registered 2016-01-15 (fixtureCase).
	tests := []struct {
		ref, name     string
		filedOn, asOf string
		code          string // "" for no informational finding
	}{
		{"Art. 4(3)/I-22", "as_of on the due day: nothing happened yet", "2016-01-15", "2017-03-01", ""},
		{"Art. 4(3)/I-22", "as_of the day after the due day: fee overdue", "2016-01-15", "2017-03-02", CodeFeeOverdueAfter},
		{"Art. 4(3)/I-22", "as_of the grace period's last day: still overdue", "2016-01-15", "2017-09-01", CodeFeeOverdueAfter},
		{"Art. 4(3)/I-22", "as_of after the grace period: lapsed after the pledge", "2016-01-15", "2017-09-04", CodeLapsedAfterPledge},
		{"Art. 4(3)/I-22", "pledged while in grace, lapsed later", "2017-03-02", "2017-09-04", CodeLapsedAfterPledge},
		{"Art. 4(3)/I-22", "pledged while in grace, still in grace: the CNIPA ground said it", "2017-03-02", "2017-05-02", ""},
		{"Art. 4(3)/I-22", "as_of the day judged on: nothing after", "2016-01-15", "2016-01-15", ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			c.Loan.Registration.Filed = fixtureDate(tc.filedOn)
			c.AsOf = fixtureDate(tc.asOf)
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			later := append(findingsWith(fs, CodeFeeOverdueAfter), findingsWith(fs, CodeLapsedAfterPledge)...)
			if tc.code == "" {
				assert.Empty(t, later)
				return
			}
			require.Len(t, later, 1)
			assert.Equal(t, tc.code, later[0].Code)
			assert.Equal(t, pledge.Info, later[0].Outcome, "I-22: later events never undo the decision")
			assert.Equal(t, pledge.ArtItem(4, 3), later[0].Ref)
			assert.Contains(t, later[0].Zh, "2017-03-01", "the due date")
			assert.Contains(t, later[0].Zh, "2017-09-01", "the grace period's end")
		})
	}
}

// TestAfterPledgeBeyondCalendar: the fee state on as_of is informational (I-22), so a calendar that does
// not cover the year it needs gives an Info finding naming that year, never an error. Filed 2013-03-01,
// paid through year 14: the year-15 fee falls due 2013 + 14 = 2027-03-01, past China()'s 2026.
func TestAfterPledgeBeyondCalendar(t *testing.T) {
	tests := []struct {
		ref, name string
		asOf      string
		want      string // the informational finding's code; "" for none
		how       string
	}{
		{"Art. 4(3)/I-22", "as_of before the due date: paid, no calendar needed", "2027-02-28", "",
			"2027-02-28 is before 2027-03-01: not late whatever the calendar says"},
		{"Art. 4(3)/I-12", "as_of on the due date: the calendar is needed", "2027-03-01", CodeFeeAfterNotComputed,
			"PayBy is 2027-03-01 moved off a rest day, which needs 2027's calendar"},
		{"Art. 4(3)/I-12", "as_of 2027-03-10", "2027-03-10", CodeFeeAfterNotComputed,
			"after the due date, within the grace period's reach: needs 2027's calendar"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			c.Rights[0].AnnualFeesPaidThroughYear = fixtureInt(14)
			c.AsOf = fixtureDate(tc.asOf)
			a, err := Assess(c, Default2015(), deadlines.China())
			require.NoError(t, err, tc.how)
			assert.Equal(t, pledge.Eligible, a.Decision, "I-22: what happens after the pledge never undoes it")
			got := findingsWith(a.Findings, CodeFeeAfterNotComputed)
			if tc.want == "" {
				assert.Empty(t, got, tc.how)
				return
			}
			require.Len(t, got, 1, tc.how)
			f := got[0]
			assert.Equal(t, pledge.Info, f.Outcome)
			assert.Equal(t, pledge.ArtItem(4, 3), f.Ref)
			assert.Equal(t, "201310123456.2", f.Subject)
			assert.Equal(t, "第15年年费2027-03-01到期；工作日历未覆盖2027年，无法计算截至"+tc.asOf+
				"的年费状况（是否处于滞纳期或已终止）；此为质押后的情况，不改变质押时的判断", f.Zh)
			assert.Equal(t, "the year-15 annual fee falls due 2027-03-01; the work calendar does not cover 2027, so where the fees stand on "+
				tc.asOf+" (in grace or lapsed) cannot be computed; this concerns the time after the pledge and does not undo the decision", f.En)
		})
	}
}

func TestConditionsSkipsRightsOutOfScope(t *testing.T) {
	t.Run("Art. 4/I-4/a trademark is Art. 2's to fail, not Art. 4's", func(t *testing.T) {
		testConditionsSkipsRightsOutOfScope(t)
	})
}

func testConditionsSkipsRightsOutOfScope(t *testing.T) {
	// Art. 2 already fails a trademark (I-4); Art. 4 describes the rights Art. 2 admits.
	c := fixtureCase()
	c.Rights = append(c.Rights, pledge.Right{Kind: pledge.Trademark, Number: "TM1", Granted: pledge.No})
	fs, terms, err := Conditions(c, deadlines.China())
	require.NoError(t, err)
	for _, f := range fs {
		assert.NotEqual(t, "TM1", f.Subject, f.Code)
	}
	require.Len(t, terms, 1)
	assert.Equal(t, "201310123456.2", terms[0].Number)
	assert.Equal(t, "2033-02-28", terms[0].ProtectionEnds.String(), "I-6")
}

// uncoveredYear names the year of a *deadlines.CoverageError; a calendar of the caller's that wraps
// deadlines.ErrNotCovered without saying which day gets words for "the year needed" (I-12).
func TestUncoveredYear(t *testing.T) {
	t.Run("Art. 4(3)/I-12/the year a coverage error names", testUncoveredYear)
}

func testUncoveredYear(t *testing.T) {
	zh, en := uncoveredYear(fmt.Errorf("wrapped: %w", &deadlines.CoverageError{Day: fixtureDate("2027-03-01"), From: 2015, To: 2026}))
	assert.Equal(t, "2027年", zh)
	assert.Equal(t, "2027", en)
	zh, en = uncoveredYear(fmt.Errorf("my calendar: %w", deadlines.ErrNotCovered))
	assert.Equal(t, "所需年份", zh)
	assert.Equal(t, "the year needed", en)
}
