package eligibility

import (
	"errors"
	"fmt"
	"strconv"
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
	ic := func(reg, use, made string) pledge.Right {
		return pledge.Right{Kind: pledge.ICLayout, ICRegistrationFiled: fixtureDate(reg), ICFirstCommercialUse: fixtureDate(use), ICCreated: fixtureDate(made)}
	}
	tests := []struct {
		ref, name string
		right     pledge.Right
		maturity  string
		want      pledge.Outcome
		end       string   // the certain protection end worked out by hand; "" where there is none
		shows     []string // in the Chinese sentence
	}{
		// I-6: an invention filed 2013-03-01 is protected to the day before its 20th anniversary, 2033-02-28.
		{"Art. 4(3)/I-6", "invention, maturity the day before the end", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")},
			"2033-02-27", pledge.Met, "2033-02-28", []string{"保护期至2033-02-28", "2033-02-27"}},
		{"Art. 4(3)/I-6", "invention, maturity on the last protected day: equal passes", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")},
			"2033-02-28", pledge.Met, "2033-02-28", nil},
		{"Art. 4(3)/I-6", "invention, maturity one day past the end", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")},
			"2033-03-01", pledge.NotMet, "2033-02-28", []string{"早于贷款到期日2033-03-01"}},
		// I-6: a utility model filed 2008-02-29: its 10th anniversary in common 2018 is 1 March, so it ends 02-28.
		{"Art. 4(3)/I-6", "utility model filed on 29 February, maturity 02-28", pledge.Right{Kind: pledge.UtilityModel, FilingDate: fixtureDate("2008-02-29")},
			"2018-02-28", pledge.Met, "2018-02-28", nil},
		{"Art. 4(3)/I-6", "utility model filed on 29 February, maturity 03-01", pledge.Right{Kind: pledge.UtilityModel, FilingDate: fixtureDate("2008-02-29")},
			"2018-03-01", pledge.NotMet, "2018-02-28", nil},
		// I-6: designs filed before 2021-06-01 get 10 years, from it 15.
		{"Art. 4(3)/I-6", "design filed 2021-05-31: 10 years", pledge.Right{Kind: pledge.Design, FilingDate: fixtureDate("2021-05-31")},
			"2031-05-31", pledge.NotMet, "2031-05-30", nil},
		{"Art. 4(3)/I-6", "design filed 2021-06-01: 15 years", pledge.Right{Kind: pledge.Design, FilingDate: fixtureDate("2021-06-01")},
			"2031-05-31", pledge.Met, "2036-05-31", nil},
		// I-6: compensation days are added after the anniversary: 2033-03-01 + 100 − 1 = 2033-06-08
		// (March 31 days, April 30, May 31: 92 days to 2033-06-01, then 7 more).
		{"Art. 4(3)/I-6", "compensated invention, maturity on the compensated end", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01"), TermCompensationDays: 100},
			"2033-06-08", pledge.Met, "2033-06-08", nil},
		{"Art. 4(3)/I-6", "compensated invention, maturity one day past", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01"), TermCompensationDays: 100},
			"2033-06-09", pledge.NotMet, "2033-06-08", nil},
		// I-6: every date given. 10 years from the earlier of registration (2012-05-10) and first use
		// (2011-09-01): to 2021-08-31; 15 years from creation (2011-01-15) end 2026-01-14, later.
		{"Art. 4(3)/I-6", "layout design, maturity on its last day", ic("2012-05-10", "2011-09-01", "2011-01-15"), "2021-08-31", pledge.Met, "2021-08-31", nil},
		{"Art. 4(3)/I-6", "layout design, maturity one day past", ic("2012-05-10", "2011-09-01", "2011-01-15"), "2021-09-01", pledge.NotMet, "2021-08-31", nil},
		// I-6: created 2005-03-01, registered and used 2012-01-01: 10 years would run to 2021-12-31, but 15
		// years from creation end the day before 2020-03-01, 2020-02-29.
		{"Art. 4(3)/I-6", "layout design capped by its creation, maturity on the cap", ic("2012-01-01", "2012-01-01", "2005-03-01"), "2020-02-29", pledge.Met, "2020-02-29", nil},
		{"Art. 4(3)/I-6", "layout design capped by its creation, maturity past the cap", ic("2012-01-01", "2012-01-01", "2005-03-01"), "2020-03-01", pledge.NotMet, "2020-02-29", nil},
		// I-35: registered 2012-05-01, created 2011-01-01, first use not given. A use on the creation day
		// would end protection on 2020-12-31 (10 years from 2011-01-01); none before the registration, on
		// 2022-04-30. Met up to the earliest end, not met after the latest, unknown between.
		{"Art. 4(3)/I-35", "first use not given, maturity on the earliest end: met whatever it is", ic("2012-05-01", "", "2011-01-01"), "2020-12-31", pledge.Met, "",
			[]string{"未给出首次商业利用日（rights[0].ic_first_commercial_use）", "无论其为何日", "保护期至少至2020-12-31"}},
		{"Art. 4(3)/I-35", "first use not given, maturity the day after the earliest end: unknown", ic("2012-05-01", "", "2011-01-01"), "2021-01-01", pledge.Unknown, "",
			[]string{"保护期末日最早为2020-12-31、最迟为2022-04-30", "贷款到期日2021-01-01"}},
		{"Art. 4(3)/I-35", "first use not given, maturity on the latest end: unknown", ic("2012-05-01", "", "2011-01-01"), "2022-04-30", pledge.Unknown, "", nil},
		{"Art. 4(3)/I-35", "first use not given, maturity the day after the latest end: not met whatever it is", ic("2012-05-01", "", "2011-01-01"), "2022-05-01", pledge.NotMet, "",
			[]string{"无论其为何日", "保护期至迟于2022-04-30届满", "早于贷款到期日2022-05-01"}},
		// I-35: creation not given: a creation 15 years before any day ends protection then; the first use
		// (2011-09-01) bounds it above: 2021-08-31.
		{"Art. 4(3)/I-35", "creation not given: unknown, no earliest end", ic("2012-05-01", "2011-09-01", ""), "2017-01-08", pledge.Unknown, "",
			[]string{"未给出创作完成日（rights[0].ic_created）", "最迟为2021-08-31，最早无从确定"}},
		{"Art. 4(3)/I-35", "creation not given, maturity past the latest end: not met", ic("2012-05-01", "2011-09-01", ""), "2021-09-01", pledge.NotMet, "",
			[]string{"保护期至迟于2021-08-31届满"}},
		// I-35: only the creation (2005-03-01): at the earliest 10 years from it (2015-02-28, a start on the
		// creation day), at the latest its 15-year cap (2020-02-29). On 2016-01-05 it may already have ended.
		{"Art. 4(3)/I-35", "only the creation date, maturity within the bounds: unknown", ic("", "", "2005-03-01"), "2017-01-08", pledge.Unknown, "",
			[]string{"未给出登记申请日（rights[0].ic_registration_filed）、首次商业利用日（rights[0].ic_first_commercial_use）", "最早为2015-02-28、最迟为2020-02-29"}},
		{"Art. 4(3)/I-35", "only the creation date, maturity past the cap: not met", ic("", "", "2005-03-01"), "2020-03-01", pledge.NotMet, "",
			[]string{"保护期至迟于2020-02-29届满"}},
		// I-35: registered 2005-01-01, created 1995-01-01, first use not given: the 15-year cap (2009-12-31)
		// ends it before any start's 10 years could; over long before the 2016-01-05 contract.
		{"Art. 4(3)/I-35", "the cap settles it though the first use is not given: not in force", ic("2005-01-01", "", "1995-01-01"), "2017-01-08", pledge.NotMet, "",
			[]string{"保护期至迟已于2009-12-31届满", "不处于法定有效期限（或保护期）内"}},
		// I-35: a first use before 2001-10-01 happened and is judged: used 2000-06-01, so 10 years end 2010-05-31.
		{"Art. 4(3)/I-35", "first use before 2001-10-01 is judged", ic("2001-10-01", "2000-06-01", "2000-01-01"), "2017-01-08", pledge.NotMet, "2010-05-31",
			[]string{"保护期已于2010-05-31届满"}},
		// I-29: filed before 1993-01-01, under the 1984 law, whose terms had all ended by 2016-01-05.
		{"Art. 4(3)/I-29", "invention filed 1992-12-31: 15 years, ended 2007-12-30", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("1992-12-31")},
			"2017-01-08", pledge.NotMet, "2007-12-30",
			[]string{"申请日1992-12-31早于1993-01-01，期限依1984年专利法计算", "保护期已于2007-12-30届满（专利法（1984年）第四十五条）"}},
		{"Art. 4(3)/I-29", "utility model filed 1992-12-31: 5 years, 8 renewed, ended by 2000-12-30", pledge.Right{Kind: pledge.UtilityModel, FilingDate: fixtureDate("1992-12-31")},
			"2017-01-08", pledge.NotMet, "",
			[]string{"期限依1984年专利法计算", "未给出是否续展", "无论是否续展，保护期至迟已于2000-12-30届满"}},
		{"Art. 4(3)/I-29", "invention filed 1993-01-01: 20 years, ended 2012-12-31", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("1993-01-01")},
			"2017-01-08", pledge.NotMet, "2012-12-31", []string{"保护期已于2012-12-31届满（专利法（1992年修正）第四十五条）"}},
		{"Art. 4(3)", "patent filing date not given", pledge.Right{Kind: pledge.Invention}, "2017-01-08", pledge.Unknown, "", []string{"未给出申请日"}},
		{"Art. 4(3)/I-35", "layout design, no date at all", pledge.Right{Kind: pledge.ICLayout}, "2017-01-08", pledge.Unknown, "", []string{"ic_created"}},
		{"Art. 4(3)", "kind not given", pledge.Right{FilingDate: fixtureDate("2013-03-01")}, "2017-01-08", pledge.Unknown, "", nil},
		{"Art. 4(3)", "maturity not given", pledge.Right{Kind: pledge.Invention, FilingDate: fixtureDate("2013-03-01")}, "", pledge.Unknown, "2033-02-28", []string{"loan.maturity_date"}},
	}
	// Every right here is attested in force (terminated false) and judged on a contract of 2016-01-05;
	// TestTermCoversLoanInForce varies that.
	j := judgedOn(pledge.Loan{ContractDate: fixtureDate("2016-01-05")})
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			tc.right.Number = "N1"
			tc.right.Terminated = pledge.No
			term, ok, err := protection(0, tc.right)
			require.NoError(t, err)
			assert.Equal(t, tc.end, term.End.String(), "the end, only where certain (I-35)")
			assert.Equal(t, tc.end != "", ok && term.Certain())
			f := termCoversLoan(0, tc.right, term, ok, fixtureDate(tc.maturity), j, feeThen{})
			assert.Equal(t, tc.want, f.Outcome, f.Zh)
			assert.Equal(t, pledge.ArtItem(4, 3), f.Ref)
			assert.Equal(t, CodeTermCoversLoan, f.Code)
			assert.Equal(t, "N1", f.Subject)
			if tc.end != "" {
				assert.Contains(t, f.Zh, tc.end, "the message shows the protection end")
				assert.Contains(t, f.En, tc.end)
			}
			for _, w := range tc.shows {
				assert.Contains(t, f.Zh, w)
			}
			if tc.end == "" && ok {
				assert.NotContains(t, f.Zh, "保护期至"+term.Latest.String()+"（", "a bound is never the end (I-35)")
			}
			if filed := tc.right.FilingDate; !filed.IsZero() && !filed.Before(fixtureDate("1993-01-01")) {
				assert.NotContains(t, f.Zh, "1984", "I-29: a patent filed from 1993-01-01 is not the 1984 law's")
				assert.NotContains(t, f.En, "1984")
			}
		})
	}
}

// TestTermCoversLoanInForce: Art. 4(3) "知识产权处于法定有效期限（或保护期）内" needs the right in force on the day
// the pledge is judged on (I-22), besides a term that covers the loan (I-6). The layout design
// BS.185559220, registered (applied for) 2012-05-01, created 2011-01-01, no first use given (I-35): a use on
// the creation day would end protection on 2020-12-31, none before the registration on 2022-04-30 (10 years
// from 2012-05-01); 15 years from creation would end 2025-12-31, later. The loan of 2016 matures
// 2017-01-08, before even the earliest end.
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
		{"Art. 4(3)/I-35", "layout design in force, term covers the loan whatever its first use", layout, pledge.No, feeThen{}, contract, "2017-01-08", pledge.Met,
			[]string{"保护期至少至2020-12-31", "2017-01-08"}, []string{"at least 2020-12-31"}, "2020-12-31 ≥ 2017-01-08, not terminated"},
		// I-35: registered (the pledge) on 2021-06-01, after the earliest end 2020-12-31 and before the latest
		// 2022-04-30: whether it was still in force then turns on the first use not given, though the loan
		// matured 2020-12-31, on the earliest end.
		{"Art. 4(3)/I-35", "layout design judged between its possible ends: unknown", layout, pledge.No, feeThen{},
			pledge.Loan{ContractDate: fixtureDate("2020-06-01"), Registration: &pledge.Registration{Filed: fixtureDate("2021-06-01")}},
			"2020-12-31", pledge.Unknown, []string{"最早为2020-12-31、最迟为2022-04-30"}, []string{"no earlier than 2020-12-31"},
			"in force on 2021-06-01 only if no first use came before 2011-06-01"},
		{"Art. 4(3)", "layout design terminated: not in force", layout, pledge.Yes, feeThen{}, contract, "2017-01-08", pledge.NotMet,
			[]string{"已终止或被宣告无效", "不处于法定有效期限", "2016-01-05"},
			[]string{"terminated or declared invalid", "not in force"},
			"处于法定有效期限（或保护期）内 fails, though the term would cover the loan"},
		{"Art. 4(3)", "layout design, terminated not given: unknown", layout, pledge.NotKnown, feeThen{}, contract, "2017-01-08", pledge.Unknown,
			[]string{"2020-12-31", "2017-01-08", "rights[0].terminated"}, []string{"rights[0].terminated", "in force is not known"},
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
			later, ok := laterFinding(t, fs)
			if tc.code == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.code, later.Code)
			assert.Contains(t, later.Zh, "2017-03-01", "the due date")
			assert.Contains(t, later.Zh, "2017-09-01", "the grace period's end")
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

// TestNoFeeYearPastTheTerm: Interpretation I-29 — no fee sentence names a year past the term, and a right
// filed before 1993-01-01 ended under the 1984 law. Each row is pledged on 2016-01-15 (fixtureCase's
// registration) for a loan maturing 2017-01-08, unless it says otherwise; the outcomes of the CNIPA
// terminated and annual-fee grounds (Art. 4(2)) and of Art. 4(3) are worked out by hand.
func TestNoFeeYearPastTheTerm(t *testing.T) {
	type outcomes struct{ terminated, annualFee, inForce pledge.Outcome }
	tests := []struct {
		ref, name string
		kind      pledge.RightKind
		filing    string
		paid      int
		filedOn   string // the registration filing, the day judged on; "" for 2016-01-15
		want      outcomes
		shows     []string // in the Chinese sentences of the three findings
		never     string   // a year that must appear in none of them
	}{
		{"Art. 4/I-29", "invention filed 1993-01-01, paid through year 20: over on 2012-12-31, no year 21",
			pledge.Invention, "1993-01-01", 20, "", outcomes{pledge.NotMet, pledge.NotApplicable, pledge.NotMet},
			[]string{"保护期已于2012-12-31届满（专利法（1992年修正）第四十五条）", "不再缴纳年费"}, "第21年"},
		{"Art. 4/I-29", "the same, paid through year 19: the term ended, no fee is named",
			pledge.Invention, "1993-01-01", 19, "", outcomes{pledge.NotMet, pledge.NotApplicable, pledge.NotMet},
			[]string{"保护期已于2012-12-31届满"}, "第20年"},
		{"Art. 4/I-29", "invention filed 1992-12-31: the 1984 law's 15 years ended 2007-12-30",
			pledge.Invention, "1992-12-31", 15, "", outcomes{pledge.NotMet, pledge.NotApplicable, pledge.NotMet},
			[]string{"期限依1984年专利法计算", "保护期已于2007-12-30届满（专利法（1984年）第四十五条）"}, "第16年"},
		{"Art. 4/I-29", "utility model filed 1992-12-31: renewed or not, ended by 2000-12-30",
			pledge.UtilityModel, "1992-12-31", 5, "", outcomes{pledge.NotMet, pledge.NotApplicable, pledge.NotMet},
			[]string{"未给出是否续展", "保护期至迟已于2000-12-30届满"}, "第6年"},
		// Filed 1993-01-01: the 20th anniversary 2013-01-01, so 2012-12-31 is the last protected day. A
		// registration filed that day is judged on a patent in force whose every fee is paid.
		{"Art. 4/I-29", "judged on the term's last day: in force, every fee paid",
			pledge.Invention, "1993-01-01", 20, "2012-12-31", outcomes{pledge.Met, pledge.Met, pledge.NotMet},
			[]string{"年费已缴至第20年，即保护期的最后一年，此后不再缴纳年费", "保护期至2012-12-31"}, "第21年"},
		{"Art. 4/I-29", "judged the day after: over",
			pledge.Invention, "1993-01-01", 20, "2013-01-01", outcomes{pledge.NotMet, pledge.NotApplicable, pledge.NotMet},
			[]string{"保护期已于2012-12-31届满"}, "第21年"},
		// A utility model filed 2007-03-01 is protected to 2017-02-28; paid through its 10th and last year,
		// nothing more falls due (the art04-term-too-short case once named a "year-11 fee").
		{"Art. 4/I-29", "utility model paid through its last year",
			pledge.UtilityModel, "2007-03-01", 10, "", outcomes{pledge.Met, pledge.Met, pledge.Met},
			[]string{"年费已缴至第10年，即保护期的最后一年"}, "第11年"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			r := &c.Rights[0]
			r.Kind, r.Number, r.FilingDate, r.AnnualFeesPaidThroughYear = tc.kind, "", fixtureDate(tc.filing), fixtureInt(tc.paid)
			if tc.filedOn != "" {
				c.Loan.Registration.Filed = fixtureDate(tc.filedOn)
				c.Loan.ContractDate = c.Loan.Registration.Filed.AddDays(-10)
				c.Loan.StartDate = c.Loan.ContractDate
				c.AsOf = c.Loan.Registration.Filed
			}
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			got := outcomes{outcomeOf(fs, "cnipa_terminated"), outcomeOf(fs, "cnipa_annual_fee"), outcomeOf(fs, CodeTermCoversLoan)}
			var all strings.Builder
			for _, f := range fs {
				all.WriteString(f.Zh + "\n")
				assert.NotContains(t, f.Zh, tc.never, "no fee of a year past the term: %s", f.Code)
				assert.NotContains(t, f.En, "year-"+strings.Trim(tc.never, "第年"), f.Code)
			}
			assert.Equal(t, tc.want, got)
			for _, w := range tc.shows {
				assert.Contains(t, all.String(), w)
			}
		})
	}
}

// TestFeesPaidPastTheTerm: fees paid through a year the term does not have are an input error naming
// the key (Interpretation I-29): 20 years for an invention filed 2013-03-01, 5 + 3 for a 1984-law utility
// model.
func TestFeesPaidPastTheTerm(t *testing.T) {
	tests := []struct {
		ref, name string
		kind      pledge.RightKind
		filing    string
		paid      int
		wantErr   bool
	}{
		{"Art. 4/I-29", "invention paid through year 20: its last", pledge.Invention, "2013-03-01", 20, false},
		{"Art. 4/I-29", "invention paid through year 21: past the term", pledge.Invention, "2013-03-01", 21, true},
		{"Art. 4/I-29", "1984 utility model paid through year 8: renewed, its last", pledge.UtilityModel, "1992-12-31", 8, false},
		{"Art. 4/I-29", "1984 utility model paid through year 9: past even a renewal", pledge.UtilityModel, "1992-12-31", 9, true},
		{"Art. 4(2)/I-7", "paid through year 0", pledge.Invention, "2013-03-01", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			r := &c.Rights[0]
			r.Kind, r.Number, r.FilingDate, r.AnnualFeesPaidThroughYear = tc.kind, "", fixtureDate(tc.filing), fixtureInt(tc.paid)
			_, _, err := Conditions(c, deadlines.China())
			if !tc.wantErr {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, deadlines.ErrFeeYear)
			ies := pledge.InputErrors(err)
			require.Len(t, ies, 1)
			assert.Equal(t, "rights[0].annual_fees_paid_through_year", ies[0].Field)
			assert.Equal(t, strconv.Itoa(tc.paid), ies[0].Value)
		})
	}
}

// TestFeeDueOn29February: Interpretation I-30 — the fee of patent year N is due on the anniversary that
// begins year N. A utility model filed 2016-02-29, paid through year 1: year 1 runs to 2017-02-28 (the
// anniversary of 29 February in common 2017 is 1 March, I-6), so the year-2 fee is due Wed 2017-03-01; its
// grace period runs six months from that unmoved day to Fri 2017-09-01.
func TestFeeDueOn29February(t *testing.T) {
	tests := []struct {
		name, filedOn string
		want          pledge.Outcome // cnipa_annual_fee under the 2010 rules
		shows         string
	}{
		{"judged on 2017-02-28, the last day of year 1", "2017-02-28", pledge.Met, "第2年年费2017-03-01到期"},
		{"judged on the due day 2017-03-01: still in time", "2017-03-01", pledge.Met, "第2年年费2017-03-01到期"},
		{"judged on 2017-03-02: in the grace period", "2017-03-02", pledge.NotMet, "处于滞纳期（至2017-09-01）"},
		{"judged on 2017-09-01, the grace period's last day", "2017-09-01", pledge.NotMet, "处于滞纳期（至2017-09-01）"},
		{"judged on 2017-09-04: lapsed, terminated as of 2017-03-01", "2017-09-04", pledge.NotApplicable, "专利权自2017-03-01起终止"},
	}
	for _, tc := range tests {
		t.Run("Art. 4(2)/I-30/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			r := &c.Rights[0]
			r.Kind, r.Number, r.FilingDate, r.AnnualFeesPaidThroughYear = pledge.UtilityModel, "", fixtureDate("2016-02-29"), fixtureInt(1)
			c.Loan.Registration.Filed = fixtureDate(tc.filedOn)
			c.Loan.ContractDate = c.Loan.Registration.Filed.AddDays(-10)
			c.Loan.StartDate, c.Loan.MaturityDate = c.Loan.ContractDate, fixtureDate("2018-06-30")
			c.AsOf = c.Loan.Registration.Filed
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			got := findingsWith(fs, "cnipa_annual_fee")
			require.Len(t, got, 1)
			assert.Equal(t, tc.want, got[0].Outcome)
			assert.Contains(t, got[0].Zh, tc.shows)
			assert.NotContains(t, got[0].Zh, "02-28到期", "not due on the last day of the year before")
		})
	}
}

// TestAfterPledgePaidThroughYear1: the informational findings after the pledge (I-22) for a patent whose
// fees are paid through year 1, the first year an anniversary fee can follow. An invention filed
// 2015-03-01, pledged (registration filed) 2015-06-01: the year-2 fee is due on the first anniversary, Tue
// 2016-03-01 (I-30); its grace period runs six months from it to Thu 2016-09-01; unpaid then, the patent
// terminates as of 2016-03-01.
func TestAfterPledgePaidThroughYear1(t *testing.T) {
	tests := []struct {
		name, asOf string
		code       string // "" for no informational finding
		shows      []string
	}{
		{"as_of the day before the due day: nothing yet", "2016-02-29", "", nil},
		{"as_of on the due day: paid in time until it ends", "2016-03-01", "", nil},
		{"as_of the day after the due day: in grace", "2016-03-02", CodeFeeOverdueAfter,
			[]string{"截至2016-03-02，第2年年费（2016-03-01到期）尚未缴纳，处于滞纳期（至2016-09-01）", "将自2016-03-01起终止"}},
		{"as_of the grace period's last day: still in grace", "2016-09-01", CodeFeeOverdueAfter, []string{"至2016-09-01"}},
		{"as_of the day after the grace period: lapsed after the pledge", "2016-09-02", CodeLapsedAfterPledge,
			[]string{"质押后第2年年费（2016-03-01到期）至滞纳期届满2016-09-01仍未缴纳，专利权自2016-03-01起终止"}},
	}
	for _, tc := range tests {
		t.Run("Art. 4(3)/I-22/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			r := &c.Rights[0]
			r.Number, r.FilingDate, r.AnnualFeesPaidThroughYear = "", fixtureDate("2015-03-01"), fixtureInt(1)
			c.Loan.ContractDate, c.Loan.StartDate = fixtureDate("2015-05-25"), fixtureDate("2015-05-25")
			c.Loan.Registration.Filed, c.Loan.MaturityDate = fixtureDate("2015-06-01"), fixtureDate("2017-05-25")
			c.AsOf = fixtureDate(tc.asOf)
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			fee := findingsWith(fs, "cnipa_annual_fee")
			require.Len(t, fee, 1)
			assert.Equal(t, pledge.Met, fee[0].Outcome, "on 2015-06-01 the year-2 fee is not due yet")
			later, ok := laterFinding(t, fs)
			if tc.code == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.code, later.Code)
			assert.Equal(t, "rights[0]", later.Subject)
			for _, w := range tc.shows {
				assert.Contains(t, later.Zh, w)
			}
		})
	}
}

// TestAfterPledgeWithoutAFeeStateThen: where no fee state was computed on the day judged on, nothing is
// said about the fees after it (I-22): a later state cannot be told to have come after the pledge. Each
// row has an as_of long after the pledge, by which a fee would otherwise have lapsed.
func TestAfterPledgeWithoutAFeeStateThen(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *pledge.Case)
		why  string
	}{
		{"fees paid not given", func(c *pledge.Case) { c.Rights[0].AnnualFeesPaidThroughYear = nil }, "no state on either day"},
		{"an application", func(c *pledge.Case) { c.Rights[0].Granted = pledge.No }, "no annual fee is due on an application"},
		{"the term over on the day judged on", func(c *pledge.Case) {
			c.Rights[0].FilingDate, c.Rights[0].AnnualFeesPaidThroughYear = fixtureDate("1995-06-01"), fixtureInt(10)
		}, "filed 1995-06-01: protected to 2015-05-31, before the 2016-01-15 pledge (I-29: no fee past the term)"},
		{"a patent of the 1984 law", func(c *pledge.Case) {
			c.Rights[0].FilingDate, c.Rights[0].AnnualFeesPaidThroughYear = fixtureDate("1992-12-31"), fixtureInt(3)
		}, "its fees are not computed"},
		{"every fee of the term paid", func(c *pledge.Case) {
			c.Rights[0].Kind, c.Rights[0].FilingDate, c.Rights[0].AnnualFeesPaidThroughYear = pledge.UtilityModel, fixtureDate("2007-03-01"), fixtureInt(10)
		}, "all paid through year 10: nothing falls due after"},
		{"a layout design", func(c *pledge.Case) { c.Rights[0] = icLayoutFixture() }, "no annual fee"},
	}
	for _, tc := range tests {
		t.Run("Art. 4(3)/I-22/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			c.Rights[0].Number = ""
			tc.edit(c)
			c.AsOf = fixtureDate("2026-06-30")
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err, tc.why)
			for _, code := range []string{CodeFeeOverdueAfter, CodeLapsedAfterPledge, CodeFeeAfterNotComputed} {
				assert.Empty(t, findingsWith(fs, code), tc.why)
			}
		})
	}
	t.Run("Art. 4(3)/I-22/lapsed before the pledge, still lapsed: nothing after", func(t *testing.T) {
		c := fixtureCase()
		c.Loan.Registration.Filed, c.AsOf = fixtureDate("2017-09-04"), fixtureDate("2018-01-31")
		c.Loan.ContractDate = fixtureDate("2017-08-25")
		c.Loan.StartDate, c.Loan.MaturityDate = c.Loan.ContractDate, fixtureDate("2018-08-25")
		fs, _, err := Conditions(c, deadlines.China())
		require.NoError(t, err)
		assert.Equal(t, pledge.NotMet, findingsWith(fs, "cnipa_terminated")[0].Outcome, "lapsed as of 2017-03-01, before the pledge")
		assert.Empty(t, findingsWith(fs, CodeLapsedAfterPledge), "the CNIPA ground said it")
	})
}

// TestRightTerms: the assessment gives each right's protection end only where it is certain (I-35: a bound
// is never reported as the end), and says whether it is. Worked by hand: the invention filed 2013-03-01 to
// 2033-02-28 (I-6); the layout design with every date (registered 2012-05-10, used 2011-09-01, created
// 2011-01-15) to 2021-08-31; the fixture layout design with no first use, somewhere in 2020-12-31 …
// 2022-04-30; the utility model filed 1992-12-31 (the 1984 law: 5 years, 8 renewed) somewhere in 1997-12-30 …
// 2000-12-30 (I-29).
func TestRightTerms(t *testing.T) {
	c := fixtureCase()
	certainIC := icLayoutFixture()
	certainIC.Number, certainIC.ICRegistrationFiled = "BS.1", fixtureDate("2012-05-10")
	certainIC.ICFirstCommercialUse, certainIC.ICCreated = fixtureDate("2011-09-01"), fixtureDate("2011-01-15")
	openIC := icLayoutFixture()
	openIC.Number = "BS.2"
	old := fixturePatent()
	old.Kind, old.Number, old.FilingDate, old.AnnualFeesPaidThroughYear = pledge.UtilityModel, "", fixtureDate("1992-12-31"), fixtureInt(5)
	c.Rights = append(c.Rights, certainIC, openIC, old)
	_, terms, err := Conditions(c, deadlines.China())
	require.NoError(t, err)
	tests := []struct {
		ref, number, ends string
		certain           bool
		earliest, latest  string
	}{
		{"Art. 4(3)/I-6", "201310123456.2", "2033-02-28", true, "2033-02-28", "2033-02-28"},
		{"Art. 4(3)/I-6", "BS.1", "2021-08-31", true, "2021-08-31", "2021-08-31"},
		{"Art. 4(3)/I-35", "BS.2", "", false, "2020-12-31", "2022-04-30"},
		{"Art. 4(3)/I-29", "", "", false, "1997-12-30", "2000-12-30"},
	}
	t.Run("Art. 4(3)/I-6/a term for each right, in the case's order", func(t *testing.T) {
		require.Len(t, terms, len(tests))
	})
	for i, tc := range tests {
		t.Run(tc.ref+"/"+tc.number, func(t *testing.T) {
			require.Less(t, i, len(terms))
			got := terms[i]
			assert.Equal(t, tc.number, got.Number)
			assert.Equal(t, tc.ends, got.ProtectionEnds.String())
			assert.Equal(t, tc.certain, got.Certain)
			assert.Equal(t, tc.earliest, got.Term.Earliest.String())
			assert.Equal(t, tc.latest, got.Term.Latest.String())
		})
	}
}

// TestConditionsWithoutADay: Conditions called directly on a case with neither a contract date nor a
// registration filing (Assess refuses it) judges what needs no day — the term, the attested facts — and
// leaves out the CNIPA grounds, whose rules turn on the day.
func TestConditionsWithoutADay(t *testing.T) {
	c := fixtureCase()
	c.Loan.ContractDate, c.Loan.Registration = deadlines.Date{}, nil
	fs, terms, err := Conditions(c, deadlines.China())
	t.Run("Art. 4(2)/I-7/no CNIPA ground without a day to judge on", func(t *testing.T) {
		require.NoError(t, err)
		for _, f := range fs {
			assert.False(t, strings.HasPrefix(f.Code, "cnipa_"), f.Code)
		}
	})
	t.Run("Art. 4(3)/I-6/the term needs no day", func(t *testing.T) {
		require.Len(t, terms, 1)
		assert.Equal(t, "2033-02-28", terms[0].ProtectionEnds.String())
		got := findingsWith(fs, CodeTermCoversLoan)
		require.Len(t, got, 1)
		assert.Equal(t, pledge.Met, got[0].Outcome, "2033-02-28 ≥ 2017-01-08, terminated false")
	})
}

// TestConditions1984UtilityModelInItsTerm: Interpretation I-29 where the 1984 law's renewal decides. A
// utility model filed 1992-12-31 was protected to 1997-12-30, or to 2000-12-30 if renewed (the day before
// the 5th and 8th anniversaries); no case says which. Pledged (registration filed) in 1996 or 1998 — long
// before the measure, which Art. 24 reports — its grounds are judged as the bounds allow, and its 1984-law
// fees are not computed.
func TestConditions1984UtilityModelInItsTerm(t *testing.T) {
	type outcomes struct{ terminated, annualFee, termExceeded, inForce pledge.Outcome }
	tests := []struct {
		name, filedOn, maturity string
		want                    outcomes
		why                     string
	}{
		{"pledged 1996-06-01, maturing 1997-06-30: in its first five years", "1996-06-01", "1997-06-30",
			outcomes{pledge.Met, pledge.Unknown, pledge.Met, pledge.Met},
			"1997-06-30 ≤ 1997-12-30, the earliest end: covered renewed or not; the fee not computed (1984 law)"},
		{"pledged 1996-06-01, maturing 1999-06-30: the renewal decides", "1996-06-01", "1999-06-30",
			outcomes{pledge.Met, pledge.Unknown, pledge.Unknown, pledge.Unknown},
			"1997-12-30 < 1999-06-30 ≤ 2000-12-30"},
		{"pledged 1998-06-01: in force only if renewed", "1998-06-01", "1999-06-30",
			outcomes{pledge.Unknown, pledge.Unknown, pledge.Unknown, pledge.Unknown},
			"1997-12-30 < 1998-06-01 ≤ 2000-12-30: whether it had ended turns on the renewal"},
		{"pledged 1996-06-01, maturing 2001-01-01: not met renewed or not", "1996-06-01", "2001-01-01",
			outcomes{pledge.Met, pledge.Unknown, pledge.NotMet, pledge.NotMet},
			"2001-01-01 > 2000-12-30, the latest end"},
	}
	for _, tc := range tests {
		t.Run("Art. 4/I-29/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			r := &c.Rights[0]
			r.Kind, r.Number, r.FilingDate, r.AnnualFeesPaidThroughYear = pledge.UtilityModel, "", fixtureDate("1992-12-31"), fixtureInt(3)
			c.Loan.Registration.Filed = fixtureDate(tc.filedOn)
			c.Loan.ContractDate = c.Loan.Registration.Filed.AddDays(-10)
			c.Loan.StartDate, c.Loan.MaturityDate = c.Loan.ContractDate, fixtureDate(tc.maturity)
			c.AsOf = c.Loan.Registration.Filed
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			got := outcomes{outcomeOf(fs, "cnipa_terminated"), outcomeOf(fs, "cnipa_annual_fee"),
				outcomeOf(fs, "cnipa_term_exceeded"), outcomeOf(fs, CodeTermCoversLoan)}
			assert.Equal(t, tc.want, got, tc.why)
			assert.Contains(t, findingsWith(fs, "cnipa_annual_fee")[0].Zh, "其年费依1984年专利法及其实施细则缴纳，本库不计算")
			assert.Contains(t, findingsWith(fs, CodeTermCoversLoan)[0].Zh, "未给出是否续展")
		})
	}
}

// TestCalendarFailingLater: a caller's calendar that answers the days of the annual fee on the day judged
// on, then fails when the same days are asked again for as_of (a service going down), is an error — the
// informational check after the pledge reports only a calendar's coverage as a finding (I-12).
func TestCalendarFailingLater(t *testing.T) {
	t.Run("Art. 4(3)/I-12/a calendar failing on its third question about 2017", func(t *testing.T) {
		broken := errors.New("calendar service down")
		asked := 0
		cal := deadlines.CalendarFunc(func(d deadlines.Date) (deadlines.DayKind, error) {
			if d.Year() == 2017 {
				if asked++; asked > 2 { // 2017-03-01 and 2017-09-01 for the day judged on; then it fails
					return deadlines.KindUnset, broken
				}
			}
			return deadlines.China().Kind(d)
		})
		c := fixtureCase()
		c.AsOf = fixtureDate("2017-09-04")
		_, _, err := Conditions(c, cal)
		require.ErrorIs(t, err, broken)
	})
}

func TestConditionsWithoutRights(t *testing.T) {
	t.Run("Art. 4/a case with no rights: nothing to judge, no finding, no error", func(t *testing.T) {
		// Art. 4's conditions are each a right's (4(1)–(5)) or, once a patent is pledged, the contract's;
		// with no right there is neither. (Validate reports the missing rights; Conditions does not panic.)
		c := fixtureCase()
		c.Rights = nil
		fs, terms, err := Conditions(c, deadlines.China())
		require.NoError(t, err)
		assert.Empty(t, fs)
		assert.Empty(t, terms)
	})
}

func TestKindNamesPastTheTable(t *testing.T) {
	t.Run("Art. 2/a kind past the table of kinds reads as an unnamed right", func(t *testing.T) {
		past := pledge.OtherRight + 1 // the first value with no row
		assert.Equal(t, "权利", kindNameZh(past))
		assert.Equal(t, "right", kindNameEn(past))
		assert.Equal(t, 0, kindIndex(past))
		assert.Equal(t, int(pledge.OtherRight), kindIndex(pledge.OtherRight), "the last row is its own")
		assert.Equal(t, "其他权利", kindNameZh(pledge.OtherRight))
		assert.Equal(t, "other right", kindNameEn(pledge.OtherRight))
	})
}
