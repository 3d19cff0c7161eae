package eligibility

import (
	"strconv"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInScope(t *testing.T) {
	tests := []struct {
		ref, name string
		kind      pledge.RightKind
		want      pledge.Outcome
	}{
		// Art. 2: 本办法所称的知识产权是指专利权和集成电路布图设计专有权 — I-4 lists the three kinds of patent.
		{"Art. 2/I-4", "invention patent", pledge.Invention, pledge.Met},
		{"Art. 2/I-4", "utility model patent", pledge.UtilityModel, pledge.Met},
		{"Art. 2/I-4", "design patent", pledge.Design, pledge.Met},
		{"Art. 2/I-4", "IC layout-design right", pledge.ICLayout, pledge.Met},
		{"Art. 2/I-4", "trademark: not a patent or layout design", pledge.Trademark, pledge.NotMet},
		{"Art. 2/I-4", "copyright: not a patent or layout design", pledge.Copyright, pledge.NotMet},
		{"Art. 2/I-4", "other right", pledge.OtherRight, pledge.NotMet},
		{"Art. 2", "kind not given: unknown, never met", pledge.KindUnset, pledge.Unknown},
		{"Art. 2/I-4", "a kind past the list: not a right the measure covers", pledge.RightKind(99), pledge.NotMet},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			r := pledge.Right{Kind: tc.kind, Number: "N1"}
			f := inScope(0, r)
			assert.Equal(t, tc.want, f.Outcome)
			assert.Equal(t, pledge.Art(2), f.Ref)
			assert.Equal(t, CodeRightInScope, f.Code)
			assert.Equal(t, "N1", f.Subject, "the subject is the right's number")
		})
	}
	// I-28: Art. 5(1) provides for pledging a third party's right, so Art. 2's "其依法拥有的知识产权" does not
	// exclude it; the sentence says why, and leaves the holder's consent to Art. 5(1).
	holders := []struct {
		name       string
		fact       pledge.Fact
		thirdParty bool
	}{
		{"a third party's invention: within Art. 2", pledge.No, true},
		{"the pledgor's own invention", pledge.Yes, false},
		{"whether the pledgor holds it not given: the kind decides", pledge.NotKnown, false},
	}
	for _, tc := range holders {
		t.Run("Art. 2/I-28/"+tc.name, func(t *testing.T) {
			f := inScope(0, pledge.Right{Kind: pledge.Invention, Number: "N1", PledgorIsHolder: tc.fact})
			assert.Equal(t, pledge.Met, f.Outcome)
			assert.Equal(t, tc.thirdParty, strings.Contains(f.Zh, "以第三方所有的知识产权出质，第五条第（一）项对此有专门规定"), f.Zh)
			assert.Equal(t, tc.thirdParty, strings.Contains(f.En, "a pledge Art. 5(1) provides for"), f.En)
		})
	}
	t.Run("Art. 2/I-28/a third party's trademark is still out of scope", func(t *testing.T) {
		assert.Equal(t, pledge.NotMet, inScope(0, pledge.Right{Kind: pledge.Trademark, PledgorIsHolder: pledge.No}).Outcome)
	})
	t.Run("Art. 2/no number: the key path is the subject", func(t *testing.T) {
		assert.Equal(t, "rights[3]", inScope(3, pledge.Right{Kind: pledge.Trademark}).Subject)
	})
}

func TestEnterpriseAttested(t *testing.T) {
	tests := []struct {
		ref, name string
		fn        func(pledge.Enterprise) pledge.Finding
		code      string
		set       func(*pledge.Enterprise, pledge.Fact)
	}{
		{"Art. 2/I-5", "registered in Chongqing (在重庆市行政区域内……登记注册)", registeredInChongqing, CodeRegisteredInChongqing,
			func(e *pledge.Enterprise, f pledge.Fact) { e.RegisteredInChongqing = f }},
		{"Art. 2/I-5", "tech-based (科技型)", techBased, CodeTechBased,
			func(e *pledge.Enterprise, f pledge.Fact) { e.TechBased = f }},
	}
	// I-5: attested facts — true met, false not met, not given unknown (an unknown never counts as met).
	facts := []struct {
		fact pledge.Fact
		want pledge.Outcome
	}{{pledge.Yes, pledge.Met}, {pledge.No, pledge.NotMet}, {pledge.NotKnown, pledge.Unknown}}
	for _, tc := range tests {
		for _, fc := range facts {
			t.Run(tc.ref+"/"+tc.name+"/"+fc.fact.String(), func(t *testing.T) {
				e := pledge.Enterprise{Name: "重庆某科技有限公司"}
				tc.set(&e, fc.fact)
				f := tc.fn(e)
				assert.Equal(t, fc.want, f.Outcome)
				assert.Equal(t, pledge.Art(2), f.Ref)
				assert.Equal(t, tc.code, f.Code)
				assert.Equal(t, "重庆某科技有限公司", f.Subject)
				assert.NotEmpty(t, f.Zh)
				assert.NotEmpty(t, f.En)
			})
		}
	}
}

func TestCreditCodeRegion(t *testing.T) {
	tests := []struct {
		ref, name string
		code      string
		info      bool // an Info finding is expected
		why       string
	}{
		// reference-data §2: positions 3–8 are the region code; Chongqing's start with 50.
		{"Art. 2/I-5", "Shanghai code 91310110666007217T (region 310110)", "91310110666007217T", true,
			"region 310110 does not start with 50; the standard's worked example (check T, Σ 966)"},
		{"Art. 2/I-5", "Chongqing code 91500103MA6011111N (region 500103)", "91500103MA6011111N", false,
			"region 500103 starts with 50; check by hand: Σ 1094, 1094 mod 31 = 9, 31 − 9 = 22 = N"},
		{"Art. 2/I-5", "no code", "", false, "nothing to read"},
		{"Art. 2/I-5", "malformed code: ValidateIdentifiers' business, no finding here", "9131011066600721", false, "17 characters"},
		{"Art. 2/I-5", "Shanghai code failing its check, accepted as a pilot code", "91310110666007217A", true,
			"the region is read even when the check character fails (accept_credit_code)"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got := findingsWith(creditCode(pledge.Enterprise{CreditCode: tc.code, AcceptCreditCode: true,
				RegisteredInChongqing: pledge.Yes}), CodeCreditCodeRegion)
			if !tc.info {
				assert.Empty(t, got, tc.why)
				return
			}
			require.Len(t, got, 1, tc.why)
			f := got[0]
			assert.Equal(t, pledge.Info, f.Outcome, "I-5: informational, the attested registration decides")
			assert.Equal(t, pledge.Art(2), f.Ref)
			assert.Equal(t, CodeCreditCodeRegion, f.Code)
			assert.Contains(t, f.Zh, tc.code[2:8])
			assert.Contains(t, f.En, tc.code[2:8])
		})
	}
}

// Accepting a credit code that fails its check (enterprise.accept_credit_code, early pilot codes) leaves an
// Info finding naming the code, the check character given and the one GB 32100-2015 gives (I-5). Check
// characters by hand (reference-data §2: 31 − (Σ value×weight mod 31)): 91310110666007217… has Σ 966,
// 966 mod 31 = 5, 31 − 5 = 26 = T; 91500103MA6011111… has Σ 1094, 1094 mod 31 = 9, 31 − 9 = 22 = N.
func TestCreditCodeWaived(t *testing.T) {
	tests := []struct {
		ref, name   string
		code        string
		accept      bool
		given, want string   // the check characters the finding names; "" for no finding
		codes       []string // every finding appendCreditCode gives, in order
		why         string
	}{
		{"Art. 2/I-5", "Shanghai code failing its check, accepted", "91310110666007217A", true, "A", "T",
			[]string{CodeCreditCodeWaived, CodeCreditCodeRegion}, "A given, T computed; region 310110 is not Chongqing's too"},
		{"Art. 2/I-5", "Chongqing code failing its check, accepted", "91500103MA6011111A", true, "A", "N",
			[]string{CodeCreditCodeWaived}, "A given, N computed; region 500103 is Chongqing's"},
		{"Art. 2/I-5", "Chongqing code passing its check, accept set anyway", "91500103MA6011111N", true, "", "",
			nil, "nothing was waived"},
		{"Art. 2/I-5", "Chongqing code failing its check, not accepted", "91500103MA6011111A", false, "", "",
			nil, "ValidateIdentifiers refuses it as an input error; no finding here"},
		{"Art. 2/I-5", "malformed code, accepted", "91500103MA6011111", true, "", "", nil, "17 characters: a shape error, never waived"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			e := pledge.Enterprise{Name: "重庆某科技有限公司", CreditCode: tc.code, AcceptCreditCode: tc.accept}
			fs := creditCode(e)
			var codes []string
			for _, f := range fs {
				codes = append(codes, f.Code)
			}
			assert.Equal(t, tc.codes, codes, tc.why)
			got := findingsWith(fs, CodeCreditCodeWaived)
			if tc.given == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1)
			f := got[0]
			assert.Equal(t, pledge.Info, f.Outcome, "informational: the code is accepted, the decision unchanged")
			assert.Equal(t, pledge.Art(2), f.Ref)
			assert.Equal(t, "重庆某科技有限公司", f.Subject)
			assert.Equal(t, "统一社会信用代码"+tc.code+"的校验码为"+tc.given+"，按GB 32100-2015应为"+tc.want+
				"；因enterprise.accept_credit_code为true（早期试点代码），未按校验码拒绝", f.Zh)
			assert.Equal(t, "the credit code "+tc.code+" has check character "+tc.given+" where GB 32100-2015 gives "+tc.want+
				"; it is accepted without that check because enterprise.accept_credit_code is true (an early pilot code)", f.En)
		})
	}
}

func TestEnterpriseSizeAttested(t *testing.T) {
	tests := []struct {
		ref, name string
		size      pledge.Size
		want      pledge.Outcome
	}{
		// Art. 2: 科技型中小微企业 — micro, small and medium qualify, large does not (I-5).
		{"Art. 2/I-5", "micro", pledge.Micro, pledge.Met},
		{"Art. 2/I-5", "small", pledge.Small, pledge.Met},
		{"Art. 2/I-5", "medium", pledge.Medium, pledge.Met},
		{"Art. 2/I-5", "large", pledge.Large, pledge.NotMet},
		{"Art. 2/I-5", "neither size nor size_facts: unknown", pledge.SizeUnset, pledge.Unknown},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := enterpriseSize(pledge.Enterprise{Size: tc.size})
			require.NoError(t, err)
			require.Len(t, got, 1)
			assert.Equal(t, tc.want, got[0].Outcome)
			assert.Equal(t, CodeEnterpriseSize, got[0].Code)
			assert.Equal(t, pledge.Art(2), got[0].Ref)
		})
	}
}

func TestEnterpriseSizeComputed(t *testing.T) {
	yuan := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decimal.RequireFromString(s)) }
	software120 := &pledge.SizeFacts{Industry: pledge.SoftwareIT, Employees: fixtureInt(120), Revenue: yuan("35000000.00")}
	industryLarge := &pledge.SizeFacts{Industry: pledge.IndustrySector, Employees: fixtureInt(1000), Revenue: yuan("400000000.00")}
	industry999 := &pledge.SizeFacts{Industry: pledge.IndustrySector, Employees: fixtureInt(999), Revenue: yuan("400000000.00")}
	software120Only := &pledge.SizeFacts{Industry: pledge.SoftwareIT, Employees: fixtureInt(120)}
	software300Only := &pledge.SizeFacts{Industry: pledge.SoftwareIT, Employees: fixtureInt(300)}
	tests := []struct {
		ref, name string
		size      pledge.Size
		facts     *pledge.SizeFacts
		want      pledge.Outcome
		info      bool   // a size_disagreement finding is expected
		shows     string // a figure the size finding's message must show
		why       string
	}{
		{"Art. 2/I-5", "software/IT, 120 staff, 3500万元: medium", pledge.SizeUnset, software120, pledge.Met, false, "120",
			"ceiling: staff < 300; medium: staff ≥ 100 and revenue ≥ 1000万元 (reference-data §6)"},
		{"Art. 2/I-5", "industry, 1000 staff and 40000万元: large", pledge.SizeUnset, industryLarge, pledge.NotMet, false, "1000",
			"ceiling: staff < 1000 or revenue < 40000万元 — neither holds"},
		{"Art. 2/I-5", "industry, 999 staff and 40000万元: within the ceiling, medium", pledge.SizeUnset, industry999, pledge.Met, false, "999",
			"staff < 1000 puts it under the ceiling; 999 ≥ 300 and 40000万 ≥ 2000万: medium"},
		{"Art. 2/I-5", "software/IT, figures not given: unknown", pledge.SizeUnset, &pledge.SizeFacts{Industry: pledge.SoftwareIT}, pledge.Unknown, false,
			"employees", "a fact not given is unknown, never assumed; the message names what is missing"},
		{"Art. 2/I-5", "attested small, figures give medium: attested decides, info shows both", pledge.Small, software120, pledge.Met, true, "",
			"the attested size is what the case says"},
		{"Art. 2/I-5", "attested large, figures give medium: attested decides", pledge.Large, software120, pledge.NotMet, true, "", ""},
		{"Art. 2/I-5", "attested medium, figures agree: no info", pledge.Medium, software120, pledge.Met, false, "", ""},
		{"Art. 2/I-5", "attested small, figures incomplete: nothing to compare", pledge.Small, &pledge.SizeFacts{Industry: pledge.SoftwareIT}, pledge.Met, false, "", ""},
		// I-23: 120 staff < 300 is within the software row's ceiling ("或") whatever the revenue.
		{"Art. 2/I-23", "software/IT, 120 staff, revenue not given: met by staff alone", pledge.SizeUnset, software120Only, pledge.Met, false,
			"300", "the head count decides (fewer than 300); the class does not matter to Art. 2"},
		{"Art. 2/I-23", "software/IT, 300 staff, revenue not given: unknown", pledge.SizeUnset, software300Only, pledge.Unknown, false,
			"enterprise.size_facts.revenue", "300 is not below 300: the revenue decides, and it is not given"},
		{"Art. 2/I-23", "attested large, figures within the ceiling by staff: the attestation decides, info shows both", pledge.Large, software120Only,
			pledge.NotMet, true, "", "the other side of the ceiling is a disagreement even where the class is open"},
		{"Art. 2/I-23", "attested small, figures within the ceiling, class open: no disagreement", pledge.Small, software120Only,
			pledge.Met, false, "", "nothing the figures settle contradicts the attestation"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := enterpriseSize(pledge.Enterprise{Name: "E", Size: tc.size, SizeFacts: tc.facts})
			require.NoError(t, err)
			size := findingsWith(got, CodeEnterpriseSize)
			require.Len(t, size, 1)
			assert.Equal(t, tc.want, size[0].Outcome, tc.why)
			assert.Equal(t, pledge.Art(2), size[0].Ref)
			if tc.shows != "" {
				assert.Contains(t, size[0].Zh, tc.shows)
				assert.Contains(t, size[0].En, tc.shows)
			}
			dis := findingsWith(got, CodeSizeDisagreement)
			if !tc.info {
				assert.Empty(t, dis)
				return
			}
			require.Len(t, dis, 1)
			assert.Equal(t, pledge.Info, dis[0].Outcome, "the disagreement never decides")
			assert.Contains(t, dis[0].Zh, "企业声明规模为"+sizeNameZh(tc.size))
			assert.Regexp(t, "按所给数据为(中型企业|中小微型企业)", dis[0].Zh)
		})
	}
	t.Run("Art. 2/I-5/a negative staff count is an input error", func(t *testing.T) {
		_, err := enterpriseSize(pledge.Enterprise{SizeFacts: &pledge.SizeFacts{Industry: pledge.SoftwareIT, Employees: fixtureInt(-1)}})
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		_, err = Scope(&pledge.Case{Enterprise: pledge.Enterprise{SizeFacts: &pledge.SizeFacts{Industry: pledge.SoftwareIT, Employees: fixtureInt(-1)}}})
		require.ErrorAs(t, err, &ie, "Scope passes it on")
	})
}

func TestScopeOneFindingARight(t *testing.T) {
	// Art. 2, I-4: Scope gives the enterprise's findings, then one finding a right, in order, for any number
	// of rights: here seven, the fixture's patent and six trademarks, each named by its number.
	c := fixtureCase()
	for i := range 6 {
		c.Rights = append(c.Rights, pledge.Right{Kind: pledge.Trademark, Number: "TM" + strconv.Itoa(i+1)})
	}
	fs, err := Scope(c)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(fs), 7)
	rights := fs[len(fs)-7:]
	assert.Equal(t, "201310123456.2", rights[0].Subject)
	for i, f := range rights[1:] {
		assert.Equal(t, "TM"+strconv.Itoa(i+1), f.Subject)
		assert.Equal(t, pledge.NotMet, f.Outcome, "I-4: a trademark is out of the measure's scope")
	}
}
