package eligibility

import (
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCNIPARulesOn(t *testing.T) {
	tests := []struct {
		ref, name string
		day       string
		want      cnipaRules
	}{
		// I-7: the 2010 rules before 2021-11-15, the 2021 rules (公告第461号, 自发布之日起施行) from 2021-11-15.
		{"I-7", "2021-11-14, the last day of the 2010 rules", "2021-11-14", cnipa2010},
		{"I-7", "2021-11-15, the first day of the 2021 rules", "2021-11-15", cnipa2021},
		{"I-7", "2021-11-16", "2021-11-16", cnipa2021},
		{"I-7", "the measure's first day", "2015-08-31", cnipa2010},
		{"I-7", "no day", "", cnipaUnset},
	}
	for _, tc := range tests {
		t.Run("Art. 4(2)/"+tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, cnipaRulesOn(fixtureDate(tc.day)))
		})
	}
}

// groundZh are the grounds' Chinese words under each version, by code, as docs/reference-data.md §5 gives
// them (2010: 令第56号, reconstructed; 2021: 公告第461号, in the registration service guide's words): the
// oracle the findings' sentences are checked against.
var groundZh = map[cnipaRules]map[string]string{
	cnipa2010: {
		"cnipa_pledgor_not_patentee": "出质人与专利登记簿记载的专利权人不一致",
		"cnipa_terminated":           "专利权已终止或者已被宣告无效",
		"cnipa_not_granted":          "专利申请尚未被授予专利权",
		"cnipa_annual_fee":           "专利权处于年费缴纳滞纳期",
		"cnipa_invalidation":         "专利权已被启动无效宣告程序",
		"cnipa_suspended":            "因专利权的归属发生纠纷或者人民法院裁定对专利权采取保全措施，专利权的质押手续被暂停办理",
		"cnipa_term_exceeded":        "债务人履行债务的期限超过专利权有效期",
		"cnipa_forfeiture":           "质押合同约定在债务履行期届满质权人未受清偿时，专利权归质权人所有",
		"cnipa_contract_content":     "质押合同不具备规定的内容",
		"cnipa_co_owners":            "以共有专利权出质但未取得全体共有人同意",
		"cnipa_already_pledged":      "专利权已被申请质押登记且处于质押期间",
	},
	cnipa2021: {
		"cnipa_pledgor_not_patentee": "出质人不是当事人申请质押登记时专利登记簿记载的专利权人",
		"cnipa_terminated":           "专利权已终止或者已被宣告无效",
		"cnipa_not_granted":          "专利申请尚未被授予专利权",
		"cnipa_annual_fee":           "专利权没有按照规定缴纳年费",
		"cnipa_invalidation":         "专利权已被启动无效宣告程序，但当事人被告知后仍声明同意继续办理的除外",
		"cnipa_suspended":            "因专利权的归属发生纠纷或者人民法院裁定对专利权采取保全措施，专利权的质押手续被暂停办理",
		"cnipa_term_exceeded":        "债务人履行债务的期限超过专利权有效期",
		"cnipa_forfeiture":           "质押合同约定债务不履行时专利权归质权人所有（2010年版的情形，2021年版已删除）",
		"cnipa_contract_content":     "质押合同不具备规定的内容",
		"cnipa_co_owners":            "以共有专利权出质但未取得全体共有人同意且无特别约定",
		"cnipa_already_pledged":      "专利权已被申请质押登记且处于质押期间",
		"cnipa_same_day_filing":      "同一申请人的实用新型有同样的发明创造已于同日申请发明专利，但当事人被告知后仍声明同意继续办理的除外",
	},
}

// TestGroundWords: reference-data §5 — the 2010 list has the forfeiture ground and no same-day ground; 2021
// the reverse (its forfeiture finding is informational). Each ground in the table carries the words of its
// version, in both languages, and a 2021 utility model whose facts raise every ground is checked against
// eleven of them, one a ground (12 grounds less "other grounds", which name no fact).
func TestGroundWords(t *testing.T) {
	for _, v := range []cnipaRules{cnipa2010, cnipa2021} {
		c := groundFixture(v)
		r := &c.Rights[0]
		r.Kind, r.Number, r.SameDayInventionFiling = pledge.UtilityModel, "", pledge.No
		c.Loan.ForfeitureClause = pledge.Yes
		j := judgedOn(c.Loan)
		x := patentPledge{r: *r, loan: c.Loan, v: v, on: j.on}
		seen := map[string]bool{}
		for _, g := range rightGrounds {
			f := g.check(&x)
			zh, en := g.g.words(v)
			if f.Outcome == pledge.OutcomeUnset {
				t.Run("Art. 4(2)/I-7/"+v.en()+"/a ground the version lacks has no words", func(t *testing.T) {
					assert.Equal(t, cnipa2010, v, "only the same-day ground is missing, and only in 2010")
					assert.Empty(t, zh)
					assert.Empty(t, en)
				})
				continue
			}
			seen[f.Code] = true
			t.Run("Art. 4(2)/I-7/"+v.en()+"/"+f.Code, func(t *testing.T) {
				assert.Equal(t, groundZh[v][f.Code], zh)
				assert.NotEmpty(t, en)
				assert.Equal(t, ref42, f.Ref)
			})
		}
		for _, g := range contractGrounds {
			f := g.check(c.Loan, v)
			seen[f.Code] = true
			zh, _ := g.g.words(v)
			t.Run("Art. 4(2)/I-7/"+v.en()+"/"+f.Code, func(t *testing.T) {
				assert.Equal(t, groundZh[v][f.Code], zh)
			})
		}
		t.Run("Art. 4(2)/I-7/"+v.en()+"/every ground of the version is checked", func(t *testing.T) {
			assert.Len(t, seen, len(groundZh[v]))
			for code := range groundZh[v] {
				assert.True(t, seen[code], code)
			}
		})
	}
}

// TestJudge: judge writes each ground's finding as "rules 不予登记情形“ground”verdict：fact（when）" (I-7), the
// verdict by the outcome the ground's check found.
func TestJudge(t *testing.T) {
	g := ground{"甲情形", "ground A", "乙情形", "ground B"}
	j := judged{zh: "以合同签订日2016-01-05为准", en: "as of 2016-01-05"}
	tests := []struct {
		outcome      pledge.Outcome
		verdictZh    string
		verdictEn    string
		v            cnipaRules
		wordZh, word string
	}{
		{pledge.NotMet, "成立：", " applies: ", cnipa2010, "甲情形", "ground A"},
		{pledge.Met, "不成立：", " does not apply: ", cnipa2010, "甲情形", "ground A"},
		{pledge.Unknown, "无法判断：", " cannot be checked: ", cnipa2021, "乙情形", "ground B"},
		{pledge.Info, "：", ": ", cnipa2021, "乙情形", "ground B"},
	}
	for _, tc := range tests {
		t.Run("Art. 4(2)/I-7/"+tc.outcome.String(), func(t *testing.T) {
			f := judge(g, tc.v, j, pledge.Finding{Ref: ref42, Outcome: tc.outcome, Subject: "N1", Code: "c", Zh: "事实", En: "fact"})
			assert.Equal(t, tc.v.zh()+"不予登记情形“"+tc.wordZh+"”"+tc.verdictZh+"事实（以合同签订日2016-01-05为准）", f.Zh)
			assert.Equal(t, tc.v.en()+" refusal ground \""+tc.word+"\""+tc.verdictEn+"fact (as of 2016-01-05)", f.En)
			assert.Equal(t, tc.outcome, f.Outcome)
			assert.Equal(t, "N1", f.Subject)
			assert.Equal(t, "c", f.Code)
		})
	}
}

// groundFixture returns a case that clears every ground under rules v: fixtureCase for 2010 (registration
// filed 2016-01-15); for 2021 the same patent pledged for a loan signed 2021-11-10, registration filed
// 2021-11-15, maturing 2022-11-15, fees paid through year 9 (the year-10 fee falls due 2022-03-01).
func groundFixture(v cnipaRules) *pledge.Case {
	c := fixtureCase()
	if v == cnipa2021 {
		c.AsOf = fixtureDate("2021-12-31")
		c.Loan.ContractDate = fixtureDate("2021-11-10")
		c.Loan.StartDate = fixtureDate("2021-11-12")
		c.Loan.MaturityDate = fixtureDate("2022-11-15")
		c.Loan.Registration.Filed = fixtureDate("2021-11-15")
		c.Rights[0].AnnualFeesPaidThroughYear = fixtureInt(9)
	}
	return c
}

type groundRow struct {
	ref, name string
	rules     cnipaRules
	edit      func(c *pledge.Case)
	code      string
	want      pledge.Outcome // OutcomeUnset: no finding with that code
	why       string
}

// right edits the pledged right of a ground fixture.
func right(f func(r *pledge.Right)) func(c *pledge.Case) {
	return func(c *pledge.Case) { f(&c.Rights[0]) }
}

// filed sets the registration filing date (the day the pledge is judged on, I-22) and a contract date
// 10 days before it.
func filed(day string) func(c *pledge.Case) {
	return func(c *pledge.Case) {
		c.Loan.Registration.Filed = fixtureDate(day)
		c.Loan.ContractDate = fixtureDate(day).AddDays(-10)
		c.Loan.StartDate = c.Loan.ContractDate
	}
}

func both(fs ...func(c *pledge.Case)) func(c *pledge.Case) {
	return func(c *pledge.Case) {
		for _, f := range fs {
			f(c)
		}
	}
}

func runGroundRows(t *testing.T, rows []groundRow) {
	t.Helper()
	for _, tc := range rows {
		// Every ground is Art. 4(2)'s "能够办理质押登记"; the row cites what decided it (I-7, I-6, …).
		version := map[cnipaRules]string{cnipa2010: "2010", cnipa2021: "2021"}[tc.rules]
		t.Run("Art. 4(2)/"+tc.ref+"/"+version+"/"+tc.name, func(t *testing.T) {
			c := groundFixture(tc.rules)
			if tc.edit != nil {
				tc.edit(c)
			}
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			got := findingsWith(fs, tc.code)
			if tc.want == pledge.OutcomeUnset {
				assert.Empty(t, got, tc.why)
				return
			}
			require.Len(t, got, 1, tc.why)
			f := got[0]
			assert.Equal(t, tc.want, f.Outcome, tc.why)
			assert.Equal(t, pledge.ArtItem(4, 2), f.Ref, "every CNIPA ground cites Art. 4(2)")
			// The finding names the version of the rules and the ground's words.
			on := judgedOn(c.Loan).on
			require.Equal(t, tc.rules, cnipaRulesOn(on), "the row's fixture is judged under its rules")
			assert.Contains(t, f.Zh, tc.rules.zh())
			assert.Contains(t, f.En, tc.rules.en())
			assert.Contains(t, f.Zh, "不予登记情形“"+groundZh[tc.rules][tc.code]+"”")
			assert.Contains(t, f.Zh, on.String(), "the message shows the day judged on")
		})
	}
}

func TestGroundPledgorNotPatentee(t *testing.T) {
	var rows []groundRow
	for _, v := range []cnipaRules{cnipa2010, cnipa2021} {
		rows = append(rows,
			groundRow{"I-7", "pledgor is the patentee", v, nil, "cnipa_pledgor_not_patentee", pledge.Met,
				"the register's patentee pledges"},
			groundRow{"Art. 5(1)", "third party's patent with the patentee's consent", v, right(func(r *pledge.Right) {
				r.PledgorIsHolder, r.HolderConsent = pledge.No, pledge.Yes
			}), "cnipa_pledgor_not_patentee", pledge.Met,
				"with consent the patentee itself stands as 出质人 (a third party may pledge for another's debt)"},
			groundRow{"Art. 5(1)", "third party's patent without consent", v, right(func(r *pledge.Right) {
				r.PledgorIsHolder, r.HolderConsent = pledge.No, pledge.No
			}), "cnipa_pledgor_not_patentee", pledge.NotMet, "the pledgor is not on the register and the patentee refuses"},
			groundRow{"I-7", "third party's patent, consent not given", v, right(func(r *pledge.Right) {
				r.PledgorIsHolder, r.HolderConsent = pledge.No, pledge.NotKnown
			}), "cnipa_pledgor_not_patentee", pledge.Unknown, "the deciding fact is unknown"},
			groundRow{"I-7", "whether the pledgor is the patentee not given", v, right(func(r *pledge.Right) {
				r.PledgorIsHolder = pledge.NotKnown
			}), "cnipa_pledgor_not_patentee", pledge.Unknown, "the deciding fact is unknown"},
			groundRow{"I-7", "not given, but the patentee's consent attested", v, right(func(r *pledge.Right) {
				r.PledgorIsHolder, r.HolderConsent = pledge.NotKnown, pledge.Yes
			}), "cnipa_pledgor_not_patentee", pledge.Met, "either way the patentee pledges"},
		)
	}
	runGroundRows(t, rows)
}

func TestGroundTerminated(t *testing.T) {
	var rows []groundRow
	for _, v := range []cnipaRules{cnipa2010, cnipa2021} {
		rows = append(rows,
			groundRow{"I-7", "not terminated", v, nil, "cnipa_terminated", pledge.Met, "terminated false"},
			groundRow{"I-7", "terminated or invalid", v, right(func(r *pledge.Right) { r.Terminated = pledge.Yes }),
				"cnipa_terminated", pledge.NotMet, "terminated true"},
			groundRow{"I-7", "not given", v, right(func(r *pledge.Right) { r.Terminated = pledge.NotKnown }),
				"cnipa_terminated", pledge.Unknown, "terminated null"},
		)
	}
	rows = append(rows,
		// Invention filed 1995-06-01: I-6 end 2015-05-31, before the 2016-01-15 filing of the pledge.
		groundRow{"I-6", "term already over when the pledge was filed", cnipa2010, right(func(r *pledge.Right) {
			r.FilingDate, r.AnnualFeesPaidThroughYear = fixtureDate("1995-06-01"), nil
		}), "cnipa_terminated", pledge.NotMet, "protected to 2015-05-31 < 2016-01-15"},
		// Filed 2013-03-01, paid through year 4: the year-5 fee is due 2017-03-01 (a Wednesday); six months of
		// grace end 2017-09-01 (a Friday); on 2017-09-04 the patent has terminated as of 2017-03-01.
		groundRow{"I-22", "fee lapsed before the pledge was filed, terminated false", cnipa2010, filed("2017-09-04"),
			"cnipa_terminated", pledge.NotMet, "unpaid through the grace period: terminated as of the due date"},
		// 201010123456.9, filed 2010-03-01, paid through year 3: the year-4 fee was due 2013-03-01, its grace
		// period ended on 2013-09-01 (a Sunday, so Monday 2013-09-02) — years before China()'s 2015, and
		// years before the pledge filed 2016-01-15. Lapsed whatever 2013's calendar was.
		groundRow{"I-22", "fee lapsed in 2013, years before the calendar's first year", cnipa2010, lapsed2013,
			"cnipa_terminated", pledge.NotMet, "terminated as of 2013-03-01; no 2013 calendar needed"},
		groundRow{"I-7", "fee lapsed in 2013: not the 2010 grace-period ground", cnipa2010, lapsed2013,
			"cnipa_annual_fee", pledge.NotApplicable, "past the grace period: the terminated ground applies"},
	)
	runGroundRows(t, rows)
}

// lapsed2013 pledges 201010123456.9 (check character: Σ 2·2+0·3+1·4+0·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 =
// 108, 108 mod 11 = 9), an invention filed 2010-03-01 whose fees are paid through year 3.
func lapsed2013(c *pledge.Case) {
	r := &c.Rights[0]
	r.Number, r.FilingDate, r.AnnualFeesPaidThroughYear = "201010123456.9", fixtureDate("2010-03-01"), fixtureInt(3)
}

// A fee state FeeStateOn gives without the calendar (a grace period that ended in 2013, before China()'s
// years) names the grace period's nominal last day, 2013-03-01 + 6 months = 2013-09-01, and says a rest day
// moves it, rather than a last day it could not compute.
func TestGroundTerminatedBeforeCalendar(t *testing.T) {
	t.Run("Art. 4(2)/I-12/a grace period long over names its nominal last day", func(t *testing.T) {
		c := groundFixture(cnipa2010)
		lapsed2013(c)
		fs, _, err := Conditions(c, deadlines.China())
		require.NoError(t, err, "I-12: no 2013 day is needed to know the fee lapsed")
		got := findingsWith(fs, "cnipa_terminated")
		require.Len(t, got, 1)
		assert.Contains(t, got[0].Zh, "第4年年费2013-03-01到期未缴，滞纳期已于2013-09-01（逢休息日顺延至其后首个工作日）届满，专利权自2013-03-01起终止")
		assert.Contains(t, got[0].En, "which ended 2013-09-01 (or the first working day after it, if a rest day), so the patent terminated as of 2013-03-01")
	})
}

// pledged2014 pledges 200910123456.6 (check character: Σ 2·2+0·3+0·4+9·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 =
// 149, 149 mod 11 = 6), an invention filed 2009-05-10 (protected to 2029-05-09, the day before the 20th
// anniversary: I-6), fees paid through year 5, attested not terminated, for a loan signed on contract and
// maturing 2015-06-05, with no registration filing given: judged on the contract date (I-22).
func pledged2014(contract string) func(c *pledge.Case) {
	return func(c *pledge.Case) {
		r := &c.Rights[0]
		r.Number, r.FilingDate, r.AnnualFeesPaidThroughYear = "200910123456.6", fixtureDate("2009-05-10"), fixtureInt(5)
		c.Loan.ContractDate, c.Loan.StartDate = fixtureDate(contract), fixtureDate(contract)
		c.Loan.MaturityDate, c.Loan.Registration = fixtureDate("2015-06-05"), nil
		c.AsOf = fixtureDate("2015-06-30")
	}
}

// TestFeeStateBeyondCalendar: the annual-fee state on the day judged on (I-22), which the CNIPA annual-fee
// and terminated grounds (Art. 4(2), I-7) and Art. 4(3)'s in-force check turn on, needs the work calendar
// where a last day may move off a rest day; China() starts in 2015, and a day is never guessed (I-12). By
// hand, for pledged2014: the year-6 fee falls due 2009-05-10 + 5 years = 2014-05-10 (a Saturday, so its
// last day to pay moves, by a 2014 calendar); its grace period's nominal last day is 2014-05-10 + 6 months =
// 2014-11-10, which a rest day could move (deadlines.FeeStateOn allows 31 days: to 2014-12-11). Before
// 2014-05-10 the fee is not late whatever the calendar; after 2014-12-11 it has lapsed whatever the
// calendar; in between the state needs 2014's calendar: unknown, naming the keys and 2014, and no error.
func TestFeeStateBeyondCalendar(t *testing.T) {
	type outcomes struct{ annualFee, terminated, inForce pledge.Outcome }
	unknown := outcomes{pledge.Unknown, pledge.Unknown, pledge.Unknown}
	tests := []struct {
		ref, name string
		edit      func(c *pledge.Case)
		want      outcomes
		words     []string // in the Chinese messages of the unknown findings
		why       string
	}{
		{"I-12", "judged on the contract of 2014-06-01: needs 2014", pledged2014("2014-06-01"), unknown,
			[]string{"第6年年费2014-05-10到期（rights[0].filing_date 2009-05-10、rights[0].annual_fees_paid_through_year 5）",
				"工作日历未覆盖2014年", "以合同签订日2014-06-01为准"},
			"2014-06-01 is after the due day 2014-05-10 and before 2014-12-11"},
		{"I-22", "judged on the registration filed 2014-06-10: needs 2014", both(pledged2014("2014-06-01"), func(c *pledge.Case) {
			c.Loan.Registration = &pledge.Registration{Filed: fixtureDate("2014-06-10")}
		}), unknown, []string{"工作日历未覆盖2014年", "以质押登记申请日2014-06-10为准"}, "the filing is the day judged on"},
		{"I-22", "the day before the due day: not late, no calendar needed", pledged2014("2014-05-09"),
			outcomes{pledge.Met, pledge.Met, pledge.Met}, nil, "2014-05-09 is before 2014-05-10: a last day only moves later"},
		{"I-12", "on the due day: needs 2014", pledged2014("2014-05-10"), unknown, []string{"工作日历未覆盖2014年"},
			"the last day to pay is 2014-05-10 moved off a rest day: 2014's calendar"},
		{"I-12", "the last day a rest day could reach: needs 2014", pledged2014("2014-12-11"), unknown, []string{"工作日历未覆盖2014年"},
			"2014-11-10 + 31 days = 2014-12-11: not past any moved last day"},
		{"I-22", "one day past it: lapsed, no calendar needed", pledged2014("2014-12-12"),
			outcomes{pledge.NotApplicable, pledge.NotMet, pledge.NotMet}, nil,
			"terminated as of 2014-05-10 (2010 rules: past the 滞纳期, the terminated ground applies)"},
		{"I-12", "terminated not given: both unknowns named", both(pledged2014("2014-06-01"), right(func(r *pledge.Right) {
			r.Terminated = pledge.NotKnown
		})), unknown, []string{"工作日历未覆盖2014年", "（terminated）", "rights[0].terminated"}, "two facts unknown, both said"},
		{"Art. 4(3)", "attested terminated: not met whatever the fee", both(pledged2014("2014-06-01"), right(func(r *pledge.Right) {
			r.Terminated = pledge.Yes
		})), outcomes{pledge.Unknown, pledge.NotMet, pledge.NotMet}, []string{"工作日历未覆盖2014年"},
			"not in force on the attested fact alone"},
		{"I-6", "a term too short: not met whatever the fee", both(pledged2014("2014-06-01"), func(c *pledge.Case) {
			c.Loan.MaturityDate = fixtureDate("2029-05-10")
		}), outcomes{pledge.Unknown, pledge.Unknown, pledge.NotMet}, []string{"工作日历未覆盖2014年"},
			"protected to 2029-05-09, before the maturity 2029-05-10: the term alone fails"},
		{"I-4", "an application pays no annual fee: nothing to compute", both(pledged2014("2014-06-01"), right(func(r *pledge.Right) {
			r.Granted = pledge.No
		})), outcomes{pledge.NotApplicable, pledge.Met, pledge.Met}, nil, "the not-granted ground decides; no fee is due"},
	}
	for _, tc := range tests {
		t.Run("Art. 4/"+tc.ref+"/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			tc.edit(c)
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err, "I-12 forbids a guess, not the rest of the report")
			got := outcomes{}
			for _, f := range fs {
				switch f.Code {
				case "cnipa_annual_fee":
					got.annualFee = f.Outcome
				case "cnipa_terminated":
					got.terminated = f.Outcome
				case CodeTermCoversLoan:
					got.inForce = f.Outcome
				default:
					continue
				}
				assert.Equal(t, "200910123456.6", f.Subject)
				if f.Outcome == pledge.Unknown && len(tc.words) > 0 {
					assert.Contains(t, f.Zh, "工作日历未覆盖2014年", f.Code)
					assert.Contains(t, f.En, "the work calendar does not cover 2014", f.Code)
					assert.Contains(t, f.En, "rights[0].filing_date 2009-05-10, rights[0].annual_fees_paid_through_year 5", f.Code)
				}
			}
			assert.Equal(t, tc.want, got, tc.why)
			var all strings.Builder
			for _, f := range fs {
				if f.Outcome == pledge.Unknown {
					all.WriteString(f.Zh)
				}
			}
			for _, w := range tc.words {
				assert.Contains(t, all.String(), w)
			}
			assert.Empty(t, findingsWith(fs, CodeFeeAfterNotComputed), "I-22: nothing after the pledge can be told from an unknown state at it")
		})
	}
}

func TestGroundNotGranted(t *testing.T) {
	var rows []groundRow
	for _, v := range []cnipaRules{cnipa2010, cnipa2021} {
		rows = append(rows,
			groundRow{"I-4", "granted", v, nil, "cnipa_not_granted", pledge.Met, "granted true"},
			groundRow{"I-4", "an application", v, right(func(r *pledge.Right) { r.Granted = pledge.No }),
				"cnipa_not_granted", pledge.NotMet, "专利申请尚未被授予专利权"},
			groundRow{"I-4", "not given", v, right(func(r *pledge.Right) { r.Granted = pledge.NotKnown }),
				"cnipa_not_granted", pledge.Unknown, "granted null"},
		)
	}
	runGroundRows(t, rows)
}

func TestGroundAnnualFee(t *testing.T) {
	// 2010: filed 2013-03-01, paid through year 4. The year-5 fee is due 2017-03-01, a Wednesday, so the
	// last day to pay is that day; the grace period (6 months, 细则 第九十八条) ends 2017-09-01, a Friday.
	// 2021: filed 2015-12-01, paid through year 6. The year-7 fee is due 2021-12-01, a Wednesday; the grace
	// period ends 2022-06-01, a Wednesday.
	fee2021 := func(day string) func(c *pledge.Case) {
		return both(filed(day), right(func(r *pledge.Right) {
			r.FilingDate, r.AnnualFeesPaidThroughYear = fixtureDate("2015-12-01"), fixtureInt(6)
		}))
	}
	rows := []groundRow{
		{"I-7", "on the due day, paid", cnipa2010, filed("2017-03-01"), "cnipa_annual_fee", pledge.Met,
			"2017-03-01 is the last day to pay: not yet in 滞纳期"},
		{"I-7", "the day after the due day, in grace", cnipa2010, filed("2017-03-02"), "cnipa_annual_fee", pledge.NotMet,
			"专利权处于年费缴纳滞纳期"},
		{"I-7", "the grace period's last day", cnipa2010, filed("2017-09-01"), "cnipa_annual_fee", pledge.NotMet,
			"still in 滞纳期"},
		{"I-7", "past the grace period: lapsed, not this ground", cnipa2010, filed("2017-09-04"), "cnipa_annual_fee",
			pledge.NotApplicable, "2010 names only the 滞纳期; a lapsed patent has terminated (the terminated ground)"},
		{"I-7", "fees paid through year not given", cnipa2010, right(func(r *pledge.Right) { r.AnnualFeesPaidThroughYear = nil }),
			"cnipa_annual_fee", pledge.Unknown, "the fact is unknown"},
		{"I-7", "an application pays no annual fee", cnipa2010, right(func(r *pledge.Right) { r.Granted = pledge.No }),
			"cnipa_annual_fee", pledge.NotApplicable, "the not-granted ground decides"},
		{"I-7", "on the due day, paid", cnipa2021, fee2021("2021-12-01"), "cnipa_annual_fee", pledge.Met,
			"not yet past the due date"},
		{"I-7", "the day after the due day, not paid as required", cnipa2021, fee2021("2021-12-02"), "cnipa_annual_fee",
			pledge.NotMet, "专利权没有按照规定缴纳年费: unpaid after its due date"},
		{"I-7", "the grace period's last day", cnipa2021, fee2021("2022-06-01"), "cnipa_annual_fee", pledge.NotMet,
			"unpaid after its due date"},
		{"I-7", "past the grace period, lapsed: still not paid as required", cnipa2021, fee2021("2022-06-02"),
			"cnipa_annual_fee", pledge.NotMet, "the project's reading: lapsed is also 'not paid as required'"},
		{"I-7", "lapsed is also terminated", cnipa2021, fee2021("2022-06-02"), "cnipa_terminated", pledge.NotMet,
			"terminated as of 2021-12-01"},
		{"I-7", "fees not given", cnipa2021, right(func(r *pledge.Right) { r.AnnualFeesPaidThroughYear = nil }),
			"cnipa_annual_fee", pledge.Unknown, "the fact is unknown"},
	}
	runGroundRows(t, rows)
}

func TestGroundInvalidation(t *testing.T) {
	inv := func(pending, proceed pledge.Fact) func(c *pledge.Case) {
		return right(func(r *pledge.Right) { r.InvalidationPending, r.ProceedAnyway = pending, proceed })
	}
	rows := []groundRow{
		{"I-7", "no proceedings", cnipa2010, inv(pledge.No, pledge.NotKnown), "cnipa_invalidation", pledge.Met, ""},
		{"I-7", "proceedings started", cnipa2010, inv(pledge.Yes, pledge.No), "cnipa_invalidation", pledge.NotMet,
			"专利权已被启动无效宣告程序"},
		{"I-7", "proceedings started, parties would go on: no waiver in 2010", cnipa2010, inv(pledge.Yes, pledge.Yes),
			"cnipa_invalidation", pledge.NotMet, "the 2010 rules have no declaration to go on"},
		{"I-7", "not given", cnipa2010, inv(pledge.NotKnown, pledge.No), "cnipa_invalidation", pledge.Unknown, ""},
		{"I-7", "no proceedings", cnipa2021, inv(pledge.No, pledge.NotKnown), "cnipa_invalidation", pledge.Met, ""},
		{"I-7", "started, parties declare they go on: waived", cnipa2021, inv(pledge.Yes, pledge.Yes),
			"cnipa_invalidation", pledge.Met, "但当事人被告知该情况后仍声明同意继续办理的除外"},
		{"I-7", "started, parties do not go on", cnipa2021, inv(pledge.Yes, pledge.No), "cnipa_invalidation",
			pledge.NotMet, "no declaration"},
		{"I-7", "started, declaration not given", cnipa2021, inv(pledge.Yes, pledge.NotKnown), "cnipa_invalidation",
			pledge.Unknown, "the waiver's fact is unknown"},
		{"I-7", "not given", cnipa2021, inv(pledge.NotKnown, pledge.Yes), "cnipa_invalidation", pledge.Unknown, ""},
	}
	runGroundRows(t, rows)
}

func TestGroundSuspendedAndPledged(t *testing.T) {
	var rows []groundRow
	for _, v := range []cnipaRules{cnipa2010, cnipa2021} {
		for _, fc := range []struct {
			fact pledge.Fact
			want pledge.Outcome
		}{{pledge.No, pledge.Met}, {pledge.Yes, pledge.NotMet}, {pledge.NotKnown, pledge.Unknown}} {
			fact := fc.fact
			rows = append(rows,
				groundRow{"I-7", "suspended " + fact.String(), v, right(func(r *pledge.Right) { r.Suspended = fact }),
					"cnipa_suspended", fc.want, "质押手续被暂停办理"},
				groundRow{"I-7", "already pledged " + fact.String(), v, right(func(r *pledge.Right) { r.AlreadyPledged = fact }),
					"cnipa_already_pledged", fc.want, "专利权已被申请质押登记且处于质押期间"},
			)
		}
	}
	runGroundRows(t, rows)
}

func TestGroundTermExceeded(t *testing.T) {
	// 2010: utility model filed 2006-06-01, protected to 2016-05-31 (10 years, the day before the
	// anniversary, I-6). 2021: invention filed 2002-01-10, protected to 2022-01-09.
	um := func(maturity string) func(c *pledge.Case) {
		return both(right(func(r *pledge.Right) {
			r.Kind, r.FilingDate, r.AnnualFeesPaidThroughYear = pledge.UtilityModel, fixtureDate("2006-06-01"), nil
		}), func(c *pledge.Case) { c.Loan.MaturityDate = fixtureDate(maturity) })
	}
	inv := func(maturity string) func(c *pledge.Case) {
		return both(right(func(r *pledge.Right) {
			r.FilingDate, r.AnnualFeesPaidThroughYear = fixtureDate("2002-01-10"), nil
		}), func(c *pledge.Case) { c.Loan.MaturityDate = fixtureDate(maturity) })
	}
	rows := []groundRow{
		{"I-6", "maturity a day before the term ends", cnipa2010, um("2016-05-30"), "cnipa_term_exceeded", pledge.Met, ""},
		{"I-6", "maturity on the term's last day", cnipa2010, um("2016-05-31"), "cnipa_term_exceeded", pledge.Met,
			"protection end ≥ maturity: equal passes"},
		{"I-6", "maturity a day after the term ends", cnipa2010, um("2016-06-01"), "cnipa_term_exceeded", pledge.NotMet,
			"债务人履行债务的期限超过专利权有效期"},
		{"I-6", "filing date not given", cnipa2010, right(func(r *pledge.Right) { r.FilingDate = fixtureDate("") }),
			"cnipa_term_exceeded", pledge.Unknown, "no term"},
		{"I-6", "maturity on the term's last day", cnipa2021, inv("2022-01-09"), "cnipa_term_exceeded", pledge.Met, ""},
		{"I-6", "maturity a day after", cnipa2021, inv("2022-01-10"), "cnipa_term_exceeded", pledge.NotMet, ""},
	}
	runGroundRows(t, rows)
}

func TestGroundCoOwners(t *testing.T) {
	co := func(holders []string, consent, agreement pledge.Fact) func(c *pledge.Case) {
		return right(func(r *pledge.Right) {
			r.Holders, r.CoHoldersConsent, r.CoHoldersAgreement = holders, consent, agreement
		})
	}
	two := []string{"重庆某科技有限公司", "某大学"}
	rows := []groundRow{
		{"I-7", "one holder", cnipa2010, co([]string{"重庆某科技有限公司"}, pledge.NotKnown, pledge.NotKnown), "cnipa_co_owners",
			pledge.Met, "not co-owned"},
		{"I-7", "one holder listed twice", cnipa2010, co([]string{"甲", " 甲"}, pledge.NotKnown, pledge.NotKnown), "cnipa_co_owners",
			pledge.Met, "the same holder"},
		{"I-7", "co-owned, all consent", cnipa2010, co(two, pledge.Yes, pledge.NotKnown), "cnipa_co_owners", pledge.Met, ""},
		{"I-7", "co-owned, not all consent", cnipa2010, co(two, pledge.No, pledge.NotKnown), "cnipa_co_owners", pledge.NotMet,
			"以共有专利权出质但未取得全体共有人同意"},
		{"I-28", "co-owned, consent false but an agreement authorising one to pledge alone: the consent of all", cnipa2010, co(two, pledge.No, pledge.Yes),
			"cnipa_co_owners", pledge.Met, "the co-owners' agreement is the consent of all co-holders, under the 2010 rules too"},
		{"I-28", "co-owned, consent not given, agreement made", cnipa2010, co(two, pledge.NotKnown, pledge.Yes), "cnipa_co_owners",
			pledge.Met, "the agreement is the consent"},
		{"I-28", "co-owned, consent not given, agreement false", cnipa2010, co(two, pledge.NotKnown, pledge.No), "cnipa_co_owners",
			pledge.Unknown, "no agreement, and the consent is not given"},
		{"I-28", "holders not listed, agreement made", cnipa2010, co(nil, pledge.NotKnown, pledge.Yes), "cnipa_co_owners",
			pledge.Met, "the agreement covers either case"},
		{"I-7", "co-owned, consent not given", cnipa2010, co(two, pledge.NotKnown, pledge.NotKnown), "cnipa_co_owners",
			pledge.Unknown, ""},
		{"I-7", "holders not listed, consent not given", cnipa2010, co(nil, pledge.NotKnown, pledge.NotKnown), "cnipa_co_owners",
			pledge.Unknown, "whether co-owned is unknown"},
		{"I-7", "holders not listed, consent attested", cnipa2010, co(nil, pledge.Yes, pledge.NotKnown), "cnipa_co_owners",
			pledge.Met, "consent covers either case"},
		{"I-7", "co-owned, all consent", cnipa2021, co(two, pledge.Yes, pledge.NotKnown), "cnipa_co_owners", pledge.Met, ""},
		{"I-28", "co-owned, no consent, special agreement", cnipa2021, co(two, pledge.No, pledge.Yes), "cnipa_co_owners",
			pledge.Met, "除全体共有人另有约定的以外; the agreement is the consent of all co-holders"},
		{"I-7", "co-owned, no consent, agreement absent (= none)", cnipa2021, co(two, pledge.No, pledge.NotKnown),
			"cnipa_co_owners", pledge.NotMet, "co_holders_agreement absent means no agreement"},
		{"I-7", "co-owned, no consent, no agreement", cnipa2021, co(two, pledge.No, pledge.No), "cnipa_co_owners",
			pledge.NotMet, "未取得全体共有人同意且无特别约定"},
		{"I-28", "consent not given, agreement made", cnipa2021, co(two, pledge.NotKnown, pledge.Yes), "cnipa_co_owners",
			pledge.Met, "the agreement suffices"},
		{"I-7", "consent not given, no agreement", cnipa2021, co(two, pledge.NotKnown, pledge.NotKnown), "cnipa_co_owners",
			pledge.Unknown, ""},
	}
	runGroundRows(t, rows)
}

func TestGroundSameDayFiling(t *testing.T) {
	um := func(sameDay, proceed pledge.Fact) func(c *pledge.Case) {
		return right(func(r *pledge.Right) {
			r.Kind, r.FilingDate = pledge.UtilityModel, fixtureDate("2015-03-01")
			r.AnnualFeesPaidThroughYear = fixtureInt(7) // the year-8 fee falls due 2022-03-01
			r.SameDayInventionFiling, r.ProceedAnyway = sameDay, proceed
		})
	}
	rows := []groundRow{
		{"I-7", "no twin", cnipa2021, um(pledge.No, pledge.NotKnown), "cnipa_same_day_filing", pledge.Met, ""},
		{"I-7", "twin, parties declare they go on: waived", cnipa2021, um(pledge.Yes, pledge.Yes),
			"cnipa_same_day_filing", pledge.Met, "但当事人被告知该情况后仍声明同意继续办理的除外"},
		{"I-7", "twin, parties do not go on", cnipa2021, um(pledge.Yes, pledge.No), "cnipa_same_day_filing",
			pledge.NotMet, ""},
		{"I-7", "twin, declaration not given", cnipa2021, um(pledge.Yes, pledge.NotKnown), "cnipa_same_day_filing",
			pledge.Unknown, ""},
		{"I-7", "not given", cnipa2021, um(pledge.NotKnown, pledge.No), "cnipa_same_day_filing", pledge.Unknown, ""},
		{"I-7", "not a ground", cnipa2010, both(um(pledge.Yes, pledge.No), right(func(r *pledge.Right) {
			r.AnnualFeesPaidThroughYear = fixtureInt(1)
		})), "cnipa_same_day_filing", pledge.OutcomeUnset, "the 2010 list has no same-day ground"},
		{"I-7", "an invention is not the utility model the ground names", cnipa2021,
			right(func(r *pledge.Right) { r.SameDayInventionFiling = pledge.Yes }), "cnipa_same_day_filing",
			pledge.OutcomeUnset, "the ground is about a utility model"},
	}
	runGroundRows(t, rows)
}

func TestGroundsOfTheContract(t *testing.T) {
	loan := func(forfeiture, complete pledge.Fact) func(c *pledge.Case) {
		return func(c *pledge.Case) { c.Loan.ForfeitureClause, c.Loan.ContractContentComplete = forfeiture, complete }
	}
	rows := []groundRow{
		{"I-7", "no forfeiture clause", cnipa2010, loan(pledge.No, pledge.Yes), "cnipa_forfeiture", pledge.Met, ""},
		{"I-7", "forfeiture clause", cnipa2010, loan(pledge.Yes, pledge.Yes), "cnipa_forfeiture", pledge.NotMet,
			"质押合同约定……专利权归质权人所有"},
		{"I-7", "forfeiture not given", cnipa2010, loan(pledge.NotKnown, pledge.Yes), "cnipa_forfeiture", pledge.Unknown, ""},
		{"I-7", "forfeiture clause: info only, the ground is gone", cnipa2021, loan(pledge.Yes, pledge.Yes),
			"cnipa_forfeiture", pledge.Info, "the 2021 list dropped 流质"},
		{"I-7", "no forfeiture clause: nothing to say", cnipa2021, loan(pledge.No, pledge.Yes), "cnipa_forfeiture",
			pledge.OutcomeUnset, ""},
		{"I-7", "forfeiture not given: nothing to say", cnipa2021, loan(pledge.NotKnown, pledge.Yes), "cnipa_forfeiture",
			pledge.OutcomeUnset, "not a ground, so its fact is not needed"},
	}
	for _, v := range []cnipaRules{cnipa2010, cnipa2021} {
		rows = append(rows,
			groundRow{"I-7", "contract complete", v, loan(pledge.No, pledge.Yes), "cnipa_contract_content", pledge.Met, ""},
			groundRow{"I-7", "contract incomplete", v, loan(pledge.No, pledge.No), "cnipa_contract_content", pledge.NotMet,
				"质押合同不符合规定"},
			groundRow{"I-7", "contract completeness not given", v, loan(pledge.No, pledge.NotKnown), "cnipa_contract_content",
				pledge.Unknown, ""},
		)
	}
	runGroundRows(t, rows)

	t.Run("Art. 4(2)/I-7/contract grounds appear once, with no subject, and only where a patent is pledged", func(t *testing.T) {
		c := fixtureCase()
		c.Rights = append(c.Rights, fixturePatent())
		fs, _, err := Conditions(c, deadlines.China())
		require.NoError(t, err)
		got := findingsWith(fs, "cnipa_contract_content")
		require.Len(t, got, 1)
		assert.Empty(t, got[0].Subject)
		c.Rights = []pledge.Right{{Kind: pledge.ICLayout, Number: "BS.185559220", Granted: pledge.Yes, Transferable: pledge.Yes}}
		fs, _, err = Conditions(c, deadlines.China())
		require.NoError(t, err)
		assert.Empty(t, findingsWith(fs, "cnipa_contract_content"), "I-7: layout designs have no CNIPA procedure")
	})
}

func TestGroundVersionBoundary(t *testing.T) {
	// I-7: the registration application date picks the rules; the contract date only where none is given.
	tests := []struct {
		ref, name         string
		contract, filedOn string
		want              cnipaRules
	}{
		{"I-7", "filed 2021-11-14: 2010 rules", "2021-11-10", "2021-11-14", cnipa2010},
		{"I-7", "filed 2021-11-15: 2021 rules", "2021-11-10", "2021-11-15", cnipa2021},
		{"I-22", "no filing, contract 2021-11-14: 2010 rules", "2021-11-14", "", cnipa2010},
		{"I-22", "no filing, contract 2021-11-15: 2021 rules", "2021-11-15", "", cnipa2021},
	}
	for _, tc := range tests {
		t.Run("Art. 4(2)/"+tc.ref+"/"+tc.name, func(t *testing.T) {
			c := groundFixture(cnipa2021)
			c.Loan.ContractDate = fixtureDate(tc.contract)
			c.Loan.StartDate = c.Loan.ContractDate
			if tc.filedOn == "" {
				c.Loan.Registration = nil
			} else {
				c.Loan.Registration.Filed = fixtureDate(tc.filedOn)
			}
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			fee := findingsWith(fs, "cnipa_annual_fee")
			require.Len(t, fee, 1)
			assert.Contains(t, fee[0].Zh, groundZh[tc.want]["cnipa_annual_fee"], "the ground's words are the version's")
			assert.Contains(t, fee[0].Zh, tc.want.zh())
			if tc.filedOn == "" {
				assert.Contains(t, fee[0].Zh, "以合同签订日"+tc.contract, "I-22: judged on the contract date")
			}
		})
	}
}

func TestGroundPledgorNotPatenteeNamesTheMissingKey(t *testing.T) {
	// I-7: an unknown ground names the fact the case leaves out: whether the patentee consented
	// (holder_consent) where the pledgor is known not to be the patentee, else whether it is
	// (pledgor_is_holder).
	tests := []struct {
		name            string
		holder, consent pledge.Fact
		key             string
	}{
		{"the pledgor is not the patentee, consent not given", pledge.No, pledge.NotKnown, "holder_consent"},
		{"whether the pledgor is the patentee not given", pledge.NotKnown, pledge.NotKnown, "pledgor_is_holder"},
		{"not given, consent refused", pledge.NotKnown, pledge.No, "pledgor_is_holder"},
	}
	for _, tc := range tests {
		t.Run("Art. 4(2)/I-7/"+tc.name, func(t *testing.T) {
			c := groundFixture(cnipa2021)
			c.Rights[0].PledgorIsHolder, c.Rights[0].HolderConsent = tc.holder, tc.consent
			fs, _, err := Conditions(c, deadlines.China())
			require.NoError(t, err)
			got := findingsWith(fs, "cnipa_pledgor_not_patentee")
			require.Len(t, got, 1)
			assert.Equal(t, pledge.Unknown, got[0].Outcome)
			assert.Contains(t, got[0].Zh, "（"+tc.key+"）")
			assert.Contains(t, got[0].En, "("+tc.key+")")
		})
	}
}
