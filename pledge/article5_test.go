package pledge_test

import (
	"fmt"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Art. 5(1): "存在共同知识产权权利人的，应当已取得所有权利人的同意，以第三方所有的知识产权设定质押的，应当已取得
// 知识产权权利人或授权人的同意".
func TestConsentsThirdParty(t *testing.T) {
	tests := []struct {
		ref, name       string
		isHolder, agree pledge.Fact
		want            pledge.Outcome
		// Worked out by hand: the consent is needed only for a third party's right.
		why string
	}{
		{"Art. 5(1)", "pledgor is the holder", pledge.Yes, pledge.NotKnown, pledge.NotApplicable, "no third party, so nothing to consent to"},
		{"Art. 5(1)", "third party consented", pledge.No, pledge.Yes, pledge.Met, "third party's right, consent given"},
		{"Art. 5(1)", "third party refused", pledge.No, pledge.No, pledge.NotMet, "third party's right, no consent"},
		{"Art. 5(1)", "third party's consent unknown", pledge.No, pledge.NotKnown, pledge.Unknown, "an unknown never counts as met"},
		{"Art. 5(1)", "holder unknown, consent given", pledge.NotKnown, pledge.Yes, pledge.Met, "consent covers either case"},
		{"Art. 5(1)", "holder unknown, no consent", pledge.NotKnown, pledge.No, pledge.Unknown, "needed only if a third party's: not known"},
		{"Art. 5(1)", "both unknown", pledge.NotKnown, pledge.NotKnown, pledge.Unknown, "nothing known"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := &pledge.Case{Rights: []pledge.Right{{Number: "201310123456.2", Holders: []string{"甲"},
				PledgorIsHolder: tc.isHolder, HolderConsent: tc.agree}}}
			fs := withCode(pledge.Obligations(c), "third_party_consent")
			require.Len(t, fs, 1)
			assertWellFormed(t, fs)
			assert.Equal(t, findingBrief{"Art. 5(1)", tc.want, "201310123456.2", "third_party_consent"}, briefsOf(fs)[0], tc.why)
		})
	}
}

func TestConsentsCoHolders(t *testing.T) {
	tests := []struct {
		ref, name string
		holders   []string
		agree     pledge.Fact // co_holders_consent
		agreement pledge.Fact // co_holders_agreement
		want      pledge.Outcome
		shows     []string // names the message must show
		why       string
	}{
		{"Art. 5(1)", "no holders listed, consent unknown", nil, pledge.NotKnown, pledge.NotKnown, pledge.Unknown, nil,
			"whether there are co-holders is not known"},
		{"Art. 5(1)", "no holders listed, consent attested", nil, pledge.Yes, pledge.NotKnown, pledge.Met, nil,
			"all holders consented, whoever they are"},
		{"Art. 5(1)", "I-28 no holders listed, an agreement to pledge alone", nil, pledge.NotKnown, pledge.Yes, pledge.Met, []string{"I-28"},
			"the co-owners' agreement is their consent, whoever they are"},
		{"Art. 5(1)", "no holders listed, consent refused", nil, pledge.No, pledge.NotKnown, pledge.Unknown, nil,
			"whether there are co-holders whose consent matters is not known"},
		{"Art. 5(1)", "one holder", []string{"甲公司"}, pledge.NotKnown, pledge.NotKnown, pledge.NotApplicable, []string{"甲公司"},
			"no co-holders (bound: one below two)"},
		{"Art. 5(1)", "one holder, consent refused", []string{"甲公司"}, pledge.No, pledge.No, pledge.NotApplicable, []string{"甲公司"},
			"no co-holders, so no consent of theirs is needed"},
		{"Art. 5(1)", "the same holder twice is one holder", []string{"甲公司", "甲公司"}, pledge.NotKnown, pledge.NotKnown, pledge.NotApplicable, []string{"甲公司"},
			"one distinct holder"},
		{"Art. 5(1)", "a blank name is no holder", []string{"甲公司", " "}, pledge.No, pledge.NotKnown, pledge.NotApplicable, []string{"甲公司"},
			"one real holder"},
		{"Art. 5(1)", "two holders consented", []string{"甲公司", "乙大学"}, pledge.Yes, pledge.NotKnown, pledge.Met, []string{"甲公司", "乙大学"},
			"co-holders (bound: at two), all consented"},
		{"Art. 5(1)", "two holders, not all consented", []string{"甲公司", "乙大学"}, pledge.No, pledge.NotKnown, pledge.NotMet, []string{"甲公司", "乙大学"},
			"co-holders without everyone's consent, and no agreement"},
		{"Art. 5(1)", "two holders, not all consented, no agreement", []string{"甲公司", "乙大学"}, pledge.No, pledge.No, pledge.NotMet, []string{"乙大学"},
			"an agreement attested absent changes nothing"},
		{"Art. 5(1)", "I-28 two holders, an agreement to pledge alone, consent not given", []string{"甲公司", "乙大学"}, pledge.NotKnown, pledge.Yes,
			pledge.Met, []string{"甲公司", "乙大学", "I-28"}, "the agreement authorising one to pledge alone is the consent of all"},
		{"Art. 5(1)", "I-28 two holders, an agreement to pledge alone, consent said refused", []string{"甲公司", "乙大学"}, pledge.No, pledge.Yes,
			pledge.Met, []string{"I-28"}, "the agreement is the consent Art. 5(1) asks for, given in advance"},
		{"Art. 5(1)", "three holders, consent unknown", []string{"甲公司", "乙大学", "丙"}, pledge.NotKnown, pledge.NotKnown, pledge.Unknown, []string{"丙"},
			"an unknown never counts as met"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := &pledge.Case{Rights: []pledge.Right{{Number: "201310123456.2", Holders: tc.holders,
				PledgorIsHolder: pledge.Yes, CoHoldersConsent: tc.agree, CoHoldersAgreement: tc.agreement}}}
			fs := withCode(pledge.Obligations(c), "co_holders_consent")
			require.Len(t, fs, 1)
			assertWellFormed(t, fs)
			assert.Equal(t, findingBrief{"Art. 5(1)", tc.want, "201310123456.2", "co_holders_consent"}, briefsOf(fs)[0], tc.why)
			assertShows(t, fs[0], tc.shows, tc.shows)
		})
	}
	t.Run("Art. 5(1)/I-28 the count of co-holders is shown", func(t *testing.T) {
		c := &pledge.Case{Rights: []pledge.Right{{Number: "R", Holders: []string{"甲", "乙", "丙"}, CoHoldersConsent: pledge.Yes}}}
		f := withCode(pledge.Obligations(c), "co_holders_consent")[0]
		assert.Equal(t, "共同权利人甲、乙、丙已全部同意出质", f.Zh)
		assert.Equal(t, "all 3 co-holders (甲, 乙, 丙) have consented to the pledge", f.En)
	})
}

// withCode returns the findings of fs with code, in order.
func withCode(fs []pledge.Finding, code string) []pledge.Finding {
	var out []pledge.Finding
	for _, f := range fs {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

func codesOf(fs []pledge.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Code
	}
	return out
}

func TestObligationsOrder(t *testing.T) {
	// A right with no number is named by its key path, so that a finding always says what it is about.
	c := &pledge.Case{Rights: []pledge.Right{{Number: "A"}, {}}}
	fs := pledge.Obligations(c)
	// Two rights: 2 × 2 consents, 2 full values, 2 families, one no_transfer.
	require.Len(t, fs, 9)
	var subjects []string
	for _, f := range fs {
		subjects = append(subjects, f.Subject)
	}
	assert.Equal(t, []string{"A", "A", "rights[1]", "rights[1]", "A", "rights[1]", "A", "rights[1]", ""}, subjects)
	assert.Equal(t, []string{"third_party_consent", "co_holders_consent", "third_party_consent", "co_holders_consent",
		"full_value_pledged", "full_value_pledged", "family_pledged_together", "family_pledged_together", "no_transfer"},
		codesOf(fs), "Art. 5(1), (2), (3), (4), in that order, each right in the order given")
}

// Art. 5(2): "出质人必须将质权价值全额用于贷款质押担保".
func TestFullValue(t *testing.T) {
	tests := []struct {
		ref, name string
		pledged   pledge.Fact
		want      pledge.Outcome
		why       string
	}{
		{"Art. 5(2)", "not under another pledge", pledge.No, pledge.Met, "its whole value can secure this loan"},
		{"Art. 5(2)", "already pledged", pledge.Yes, pledge.NotMet, "its value already secures another debt"},
		{"Art. 5(2)", "not known", pledge.NotKnown, pledge.Unknown, "an unknown never counts as met"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := &pledge.Case{Rights: []pledge.Right{{Number: "201310123456.2", AlreadyPledged: tc.pledged}}}
			fs := withCode(pledge.Obligations(c), "full_value_pledged")
			assertWellFormed(t, fs)
			assert.Equal(t, []findingBrief{{"Art. 5(2)", tc.want, "201310123456.2", "full_value_pledged"}}, briefsOf(fs), tc.why)
		})
	}
}

// Art. 5(3): "与质押专利权相关的同族专利权等知识产权应一并质押", Interpretation I-9.
func TestFamily(t *testing.T) {
	const code = "family_pledged_together"
	r := func(number, family string) pledge.Right { return pledge.Right{Number: number, Family: family} }
	u := func(number, family string) pledge.UnpledgedRight {
		return pledge.UnpledgedRight{Number: number, Family: family}
	}
	tests := []struct {
		ref, name string
		pledged   []pledge.Right
		others    []pledge.UnpledgedRight
		want      []findingBrief
		why       string
	}{
		{"Art. 5(3)", "I-9 no family declared", []pledge.Right{r("A", "")}, []pledge.UnpledgedRight{u("B", "F1")},
			[]findingBrief{{"Art. 5(3)", pledge.NotApplicable, "A", code}},
			"A declares no family; B's family F1 has no pledged member"},
		{"Art. 5(3)", "I-9 family with nothing left out", []pledge.Right{r("A", "F1")}, nil,
			[]findingBrief{{"Art. 5(3)", pledge.Met, "A", code}},
			"no other right of the pledgor is listed"},
		{"Art. 5(3)", "I-9 other families do not count", []pledge.Right{r("A", "F1")}, []pledge.UnpledgedRight{u("B", "F2"), u("C", "")},
			[]findingBrief{{"Art. 5(3)", pledge.Met, "A", code}},
			"B is in F2 and C in no family: neither shares A's family"},
		{"Art. 5(3)", "I-9 one family member left out", []pledge.Right{r("A", "F1")}, []pledge.UnpledgedRight{u("B", "F1")},
			[]findingBrief{{"Art. 5(3)", pledge.NotMet, "B", code}},
			"B shares F1 with pledged A and is not pledged: a finding naming B"},
		{"Art. 5(3)", "I-9 each left out is named once", []pledge.Right{r("A", "F1"), r("B", "F1")},
			[]pledge.UnpledgedRight{u("C", "F1"), u("D", "F2"), u("E", "F1")},
			[]findingBrief{{"Art. 5(3)", pledge.NotMet, "C", code}, {"Art. 5(3)", pledge.NotMet, "E", code}},
			"C and E share F1 with A and B; reported at A, the family's first pledged right, not again at B"},
		{"Art. 5(3)", "I-9 listed but pledged after all", []pledge.Right{r("A", "F1"), r("B", "F1")}, []pledge.UnpledgedRight{u("B", "F1")},
			[]findingBrief{{"Art. 5(3)", pledge.Met, "A", code}, {"Art. 5(3)", pledge.Met, "B", code}},
			"B is pledged, so it is not left out"},
		{"Art. 5(3)", "I-9 two families, one complete", []pledge.Right{r("A", "F1"), r("X", "F2")}, []pledge.UnpledgedRight{u("Y", "F2")},
			[]findingBrief{{"Art. 5(3)", pledge.Met, "A", code}, {"Art. 5(3)", pledge.NotMet, "Y", code}},
			"F1 complete; Y of F2 left out"},
		{"Art. 5(3)", "I-9 unnumbered rights are named by key path", []pledge.Right{{Family: "F1"}}, []pledge.UnpledgedRight{u("", "F1")},
			[]findingBrief{{"Art. 5(3)", pledge.NotMet, "unpledged_rights[0]", code}},
			"the right left out has no number"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			fs := withCode(pledge.Obligations(&pledge.Case{Rights: tc.pledged, UnpledgedRights: tc.others}), code)
			assertWellFormed(t, fs)
			assert.Equal(t, tc.want, briefsOf(fs), tc.why)
		})
	}
	t.Run("Art. 5(3)/I-9 a family's pledged rights are named, the first 20 of them", func(t *testing.T) {
		// 20 rights: all named; 21: the first 20 named, then "21 in all" / "1 more"; every finding of the
		// family shows the same sentence.
		for _, n := range []int{20, 21} {
			var rights []pledge.Right
			for i := range n {
				rights = append(rights, r(fmt.Sprintf("N%02d", i+1), "F1"))
			}
			fs := withCode(pledge.Obligations(&pledge.Case{Rights: rights}), code)
			require.Len(t, fs, n)
			for _, f := range fs {
				assert.Equal(t, pledge.Met, f.Outcome)
				assert.Equal(t, fs[0].Zh, f.Zh)
				assert.Equal(t, fs[0].En, f.En)
			}
			assert.Contains(t, fs[0].Zh, "N01、N02")
			assert.Contains(t, fs[0].Zh, "N19、N20")
			if n == 20 {
				assert.Contains(t, fs[0].Zh, "N19、N20）")
				assert.Contains(t, fs[0].En, "N19, N20)")
				continue
			}
			assert.NotContains(t, fs[0].Zh, "N21")
			assert.Contains(t, fs[0].Zh, "N19、N20等21项）")
			assert.Contains(t, fs[0].En, "N19, N20 and 1 more)")
		}
	})
	t.Run("Art. 5(3)/I-9 the message names the right left out, the pledged right and the family", func(t *testing.T) {
		fs := withCode(pledge.Obligations(&pledge.Case{Rights: []pledge.Right{r("201310123456.2", "F7")},
			UnpledgedRights: []pledge.UnpledgedRight{u("201410999999.1", "F7")}}), code)
		require.Len(t, fs, 1)
		facts := []string{"201410999999.1", "201310123456.2", "F7"}
		assertShows(t, fs[0], facts, facts)
	})
}

// HolderNames counts the holders Art. 5(1) and the CNIPA co-owners ground read ("存在共同知识产权权利人的"):
// the register's names trimmed, blanks dropped, each name once, in the order first given. Up to 8 names
// are compared with one another, more go through a map: both ways give the same list (rows at 8 and 9).
func TestHolderNames(t *testing.T) {
	tests := []struct {
		ref, name string
		holders   []string
		want      []string
		why       string
	}{
		{"Art. 5(1)", "none", nil, nil, "no holder listed"},
		{"Art. 5(1)", "only blanks", []string{"", "  ", "\t"}, nil, "a blank name names no one"},
		{"Art. 5(1)", "one, trimmed", []string{"  甲公司 "}, []string{"甲公司"}, "surrounding blanks are not part of the name"},
		{"Art. 5(1)", "the same holder twice, once padded", []string{"甲公司", "乙大学", " 甲公司"}, []string{"甲公司", "乙大学"},
			"甲公司 is one holder, kept where first given"},
		{"Art. 5(1)", "8 names, the last a repeat (compared)", []string{"A", "B", "C", "D", "E", "F", "G", "A"},
			[]string{"A", "B", "C", "D", "E", "F", "G"}, "8 names: the small path; A repeats"},
		{"Art. 5(1)", "9 names, the last a repeat (map)", []string{"A", "B", "C", "D", "E", "F", "G", "H", " A"},
			[]string{"A", "B", "C", "D", "E", "F", "G", "H"}, "9 names: the map path; A repeats"},
		{"Art. 5(1)", "9 names with blanks and repeats (map)", []string{"A", "", "B", "A", " ", "C", "B", "D", "C"},
			[]string{"A", "B", "C", "D"}, "order of first appearance"},
		{"Art. 5(1)", "case and inner blanks count", []string{"Acme Ltd", "acme ltd", "Acme  Ltd"},
			[]string{"Acme Ltd", "acme ltd", "Acme  Ltd"}, "only surrounding blanks are trimmed; the register's spelling is kept"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got := pledge.Right{Holders: tc.holders}.HolderNames()
			assert.Equal(t, tc.want, got, tc.why)
		})
	}
}

// Art. 5(4): "出质人在质押期间转让或授权许可第三方使用出质权利时，必须经质押权人同意，且转让费、许可使用费、实施
// 专利所得收益均须优先用于归还贷款或提存".
func TestTransfers(t *testing.T) {
	t.Run("Art. 5(4)/no transfer", func(t *testing.T) {
		fs := withArticle5Item4(pledge.Obligations(&pledge.Case{}))
		assertWellFormed(t, fs)
		assert.Equal(t, []findingBrief{{"Art. 5(4)", pledge.NotApplicable, "", "no_transfer"}}, briefsOf(fs))
	})

	tests := []struct {
		ref, name         string
		consent           pledge.Fact
		proceeds, applied string // "" for not given
		wantConsent       pledge.Outcome
		wantProceeds      pledge.Outcome
		shows             []string
		why               string
	}{
		{"Art. 5(4)", "consented, all proceeds to the loan", pledge.Yes, "100000.00", "100000.00", pledge.Met, pledge.Met,
			[]string{"100,000.00"}, "applied equals proceeds (bound: at)"},
		{"Art. 5(4)", "one fen short", pledge.Yes, "100000.00", "99999.99", pledge.Met, pledge.NotMet,
			[]string{"100,000.00", "99,999.99"}, "a fen of the proceeds did not go to the loan (bound: below)"},
		{"Art. 5(4)", "more than the proceeds", pledge.Yes, "100000.00", "100000.01", pledge.Met, pledge.Met,
			[]string{"100,000.01"}, "the proceeds went to the loan, and more (bound: past)"},
		{"Art. 5(4)", "a free licence", pledge.Yes, "0.00", "0.00", pledge.Met, pledge.Met,
			[]string{"0.00"}, "nothing brought in, nothing owed to the loan"},
		{"Art. 5(4)", "no consent", pledge.No, "100000.00", "100000.00", pledge.NotMet, pledge.Met,
			nil, "必须经质押权人同意"},
		{"Art. 5(4)", "consent unknown", pledge.NotKnown, "100000.00", "100000.00", pledge.Unknown, pledge.Met,
			nil, "an unknown never counts as met"},
		{"Art. 5(4)", "proceeds not given", pledge.Yes, "", "100000.00", pledge.Met, pledge.Unknown,
			nil, "nothing to compare the amount applied with"},
		{"Art. 5(4)", "amount applied not given", pledge.Yes, "100000.00", "", pledge.Met, pledge.Unknown,
			[]string{"100,000.00"}, "whether the proceeds went to the loan is not known"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			tr := pledge.Transfer{Date: dateOf("2016-04-01"), PledgeeConsent: tc.consent}
			if tc.proceeds != "" {
				tr.Proceeds = nullOf(tc.proceeds)
			}
			if tc.applied != "" {
				tr.AppliedToLoan = nullOf(tc.applied)
			}
			fs := withArticle5Item4(pledge.Obligations(&pledge.Case{Loan: pledge.Loan{Transfers: []pledge.Transfer{tr}}}))
			assertWellFormed(t, fs)
			assert.Equal(t, []findingBrief{
				{"Art. 5(4)", tc.wantConsent, "loan.transfers[0]", "transfer_pledgee_consent"},
				{"Art. 5(4)", tc.wantProceeds, "loan.transfers[0]", "transfer_proceeds_to_loan"},
			}, briefsOf(fs), tc.why)
			assertShows(t, fs[0], []string{"2016-04-01"}, []string{"2016-04-01"})
			assertShows(t, fs[1], tc.shows, tc.shows)
		})
	}

	t.Run("Art. 5(4)/an undated transfer says so", func(t *testing.T) {
		fs := withArticle5Item4(pledge.Obligations(&pledge.Case{Loan: pledge.Loan{Transfers: []pledge.Transfer{{}, {PledgeeConsent: pledge.Yes}}}}))
		require.Len(t, fs, 4)
		assertWellFormed(t, fs)
		assertShows(t, fs[0], []string{"日期未说明"}, []string{"undated"})
		assert.Equal(t, "loan.transfers[1]", fs[2].Subject)
	})
}

// withArticle5Item4 returns the Art. 5(4) findings of fs.
func withArticle5Item4(fs []pledge.Finding) []pledge.Finding {
	var out []pledge.Finding
	for _, f := range fs {
		if f.Ref == pledge.ArtItem(5, 4) {
			out = append(out, f)
		}
	}
	return out
}
