package pledge_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecide(t *testing.T) {
	f := func(o pledge.Outcome) pledge.Finding { return pledge.Finding{Outcome: o} }
	tests := []struct {
		name     string
		findings []pledge.Finding
		want     pledge.Decision
		why      string // docs/case-format.md: not_eligible where any deciding finding is not met, else
		// undetermined where any is unknown, else eligible
	}{
		{"no findings", nil, pledge.Eligible, "nothing stands in the way"},
		{"met and not applicable", []pledge.Finding{f(pledge.Met), f(pledge.NotApplicable)}, pledge.Eligible, "all met"},
		{"advisory and info never decide", []pledge.Finding{f(pledge.Advisory), f(pledge.Info)}, pledge.Eligible, "I-11, I-2"},
		{"an unknown", []pledge.Finding{f(pledge.Met), f(pledge.Unknown)}, pledge.Undetermined, "an unknown never counts as met"},
		{"a not met", []pledge.Finding{f(pledge.Met), f(pledge.NotMet)}, pledge.NotEligible, "any not met"},
		{"not met wins over unknown, either order", []pledge.Finding{f(pledge.Unknown), f(pledge.NotMet), f(pledge.Unknown)},
			pledge.NotEligible, "not met before undetermined"},
		{"not met first", []pledge.Finding{f(pledge.NotMet), f(pledge.Unknown)}, pledge.NotEligible, "not met before undetermined"},
	}
	for _, tc := range tests {
		t.Run("case-format/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, pledge.Decide(tc.findings), tc.why)
		})
	}
}

func TestOutcomeDecides(t *testing.T) {
	want := map[pledge.Outcome]bool{pledge.OutcomeUnset: false, pledge.Met: true, pledge.NotMet: true,
		pledge.Unknown: true, pledge.NotApplicable: true, pledge.Advisory: false, pledge.Info: false}
	for o, decides := range want {
		assert.Equalf(t, decides, o.Decides(), "%q", o)
	}
}

func TestFindingMessageAndJSON(t *testing.T) {
	f := pledge.Finding{Ref: pledge.ArtItem(5, 2), Outcome: pledge.NotMet, Subject: "201310123456.2",
		Code: "full_value_pledged", Zh: "中文", En: "English"}
	assert.Equal(t, "中文", f.Message(pledge.Chinese))
	assert.Equal(t, "English", f.Message(pledge.English))
	assert.Equal(t, "（二）出质人必须将质权价值全额用于贷款质押担保；", f.Text())

	j := f.JSON(pledge.English)
	assert.Equal(t, pledge.FindingJSON{Ref: f.Ref, Outcome: pledge.NotMet, Subject: "201310123456.2",
		Code: "full_value_pledged", Message: "English", Text: f.Text()}, j)

	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"ref":"Art. 5(2)","outcome":"not_met","subject":"201310123456.2","code":"full_value_pledged",
		"message":"中文","text":"（二）出质人必须将质权价值全额用于贷款质押担保；"}`, string(b))

	// A finding about the whole case leaves the subject out (case-format.md "Out").
	b, err = json.Marshal(pledge.Finding{Ref: pledge.Art(7), Outcome: pledge.Met, Code: "fund_use_main", Zh: "z"})
	require.NoError(t, err)
	assert.NotContains(t, string(b), "subject")
}

// textEnum is what every enumeration of the case file and report offers.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
}

// roundTrip checks that each spelling parses, prints back the same, and that other spellings are refused.
func roundTrip[T textEnum, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, spellings []string) {
	t.Helper()
	var zero T
	assert.Equal(t, "", zero.String(), "the zero value means not set")
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	seen := map[string]bool{}
	for _, s := range spellings {
		var v T
		require.NoErrorf(t, P(&v).UnmarshalText([]byte(s)), "%q", s)
		assert.Equal(t, s, v.String())
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, s, string(b))
		assert.Falsef(t, seen[s], "%q twice", s)
		seen[s] = true
	}
	for _, bad := range []string{"", "unknown_value", "Met", " met"} {
		if seen[bad] {
			continue
		}
		var v T
		assert.ErrorIsf(t, P(&v).UnmarshalText([]byte(bad)), pledge.ErrUnknownValue, "%q", bad)
	}
}

// The spellings are the case format's (docs/case-format.md), copied by hand; Values must list exactly them.
func TestEnumTextRoundTrip(t *testing.T) {
	t.Run("case-format/RightKind", func(t *testing.T) {
		want := []string{"invention", "utility_model", "design", "ic_layout", "trademark", "copyright", "other"}
		assert.Equal(t, want, pledge.RightKind(0).Values())
		roundTrip[pledge.RightKind](t, want)
	})
	t.Run("case-format/Size", func(t *testing.T) {
		want := []string{"micro", "small", "medium", "large"}
		assert.Equal(t, want, pledge.Size(0).Values())
		roundTrip[pledge.Size](t, want)
	})
	t.Run("case-format/Industry", func(t *testing.T) {
		want := []string{"agriculture", "industry", "construction", "wholesale", "retail", "transport", "warehousing",
			"postal", "accommodation", "catering", "information_transmission", "software_it", "real_estate",
			"property_management", "leasing_business", "other"}
		assert.Equal(t, want, pledge.Industry(0).Values())
		roundTrip[pledge.Industry](t, want)
	})
	t.Run("case-format/Mode", func(t *testing.T) {
		want := []string{"direct", "guarantee", "insurance"}
		assert.Equal(t, want, pledge.Mode(0).Values())
		roundTrip[pledge.Mode](t, want)
	})
	t.Run("case-format/Purpose", func(t *testing.T) {
		want := []string{"rd", "tech_upgrade", "industrialization", "working_capital", "equity_investment",
			"securities", "funds", "futures", "prohibited_other"}
		assert.Equal(t, want, pledge.Purpose(0).Values())
		roundTrip[pledge.Purpose](t, want)
	})
	t.Run("case-format/ProviderRole", func(t *testing.T) {
		want := []string{"guarantor", "insurer"}
		assert.Equal(t, want, pledge.ProviderRole(0).Values())
		roundTrip[pledge.ProviderRole](t, want)
	})
	t.Run("case-format/BearerRole", func(t *testing.T) {
		want := []string{"lender", "guarantor", "insurer"}
		assert.Equal(t, want, pledge.BearerRole(0).Values())
		roundTrip[pledge.BearerRole](t, want)
	})
	t.Run("case-format/ApplicationKind", func(t *testing.T) {
		want := []string{"fee_subsidy", "risk_compensation"}
		assert.Equal(t, want, pledge.ApplicationKind(0).Values())
		roundTrip[pledge.ApplicationKind](t, want)
	})
	t.Run("case-format/Material", func(t *testing.T) {
		want := []string{"application_form", "business_license", "organization_code", "tax_registration",
			"legal_rep_id", "registration_record", "loan_review_records", "loss_recognition", "recovery_records"}
		assert.ElementsMatch(t, want, pledge.Material(0).Values())
		roundTrip[pledge.Material](t, want)
	})
	t.Run("case-format/SanctionGround", func(t *testing.T) {
		want := []string{"fraud", "misuse"} // Art. 21¶1 and ¶2
		assert.Equal(t, want, pledge.SanctionGround(0).Values())
		roundTrip[pledge.SanctionGround](t, want)
	})
	t.Run("case-format/Objection", func(t *testing.T) {
		want := []string{"none", "pending", "upheld", "dismissed"}
		assert.Equal(t, want, pledge.Objection(0).Values())
		roundTrip[pledge.Objection](t, want)
	})
	t.Run("case-format/Outcome", func(t *testing.T) {
		roundTrip[pledge.Outcome](t, []string{"met", "not_met", "unknown", "not_applicable", "advisory", "info"})
		assert.Equal(t, "not_met", pledge.NotMet.String())
	})
	t.Run("case-format/Decision", func(t *testing.T) {
		roundTrip[pledge.Decision](t, []string{"eligible", "not_eligible", "undetermined"})
		assert.Equal(t, "undetermined", pledge.Undetermined.String())
	})
	t.Run("case-format/out of range prints empty", func(t *testing.T) {
		assert.Equal(t, "", pledge.Mode(200).String())
		assert.Equal(t, "", pledge.Outcome(200).String())
	})
	t.Run("case-format/JSON uses the spellings", func(t *testing.T) {
		var v struct {
			Mode    pledge.Mode    `json:"mode"`
			Outcome pledge.Outcome `json:"outcome"`
		}
		require.NoError(t, json.Unmarshal([]byte(`{"mode":"guarantee","outcome":"not_applicable"}`), &v))
		assert.Equal(t, pledge.Guarantee, v.Mode)
		assert.Equal(t, pledge.NotApplicable, v.Outcome)
		require.Error(t, json.Unmarshal([]byte(`{"mode":"loan"}`), &v))
	})
}

func TestFact(t *testing.T) {
	tests := []struct {
		json  string
		want  pledge.Fact
		known bool
	}{
		{"true", pledge.Yes, true},
		{"false", pledge.No, true},
		{"null", pledge.NotKnown, false},
	}
	for _, tc := range tests {
		t.Run("case-format/"+tc.json, func(t *testing.T) {
			var f pledge.Fact
			require.NoError(t, f.UnmarshalJSON([]byte(tc.json)))
			assert.Equal(t, tc.want, f)
			assert.Equal(t, tc.known, f.Known())
			b, err := f.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			assert.Equal(t, tc.json, f.String())
		})
	}
	for _, bad := range []string{`"true"`, "1", "0", "True", `""`} {
		var f pledge.Fact
		assert.ErrorIsf(t, f.UnmarshalJSON([]byte(bad)), pledge.ErrUnknownValue, "%s", bad)
	}
	assert.Equal(t, pledge.Yes, pledge.FactOf(true))
	assert.Equal(t, pledge.No, pledge.FactOf(false))
}

func TestKindsAndPurposes(t *testing.T) {
	// I-4: the three kinds of patent.
	patents := map[pledge.RightKind]bool{pledge.Invention: true, pledge.UtilityModel: true, pledge.Design: true}
	for k := pledge.KindUnset; k <= pledge.OtherRight; k++ {
		assert.Equalf(t, patents[k], k.IsPatent(), "%q", k)
	}
	// Art. 7: 技术研发、技术改造、项目产业化和流动资金周转 permitted; the rest forbidden; unset neither.
	permitted := map[pledge.Purpose]bool{pledge.RD: true, pledge.TechUpgrade: true, pledge.Industrialization: true,
		pledge.WorkingCapital: true}
	for p := pledge.PurposeUnset; p <= pledge.ProhibitedOther; p++ {
		assert.Equalf(t, permitted[p], p.Permitted(), "%q permitted", p)
		assert.Equalf(t, !permitted[p] && p != pledge.PurposeUnset, p.Prohibited(), "%q prohibited", p)
	}
}

// Attested reads a fact a person vouches for (I-5, I-8): the fact as the clause needs it is met, the other
// answer not met, not given unknown — for a clause that needs Yes (Art. 4(1) granted) and one that needs
// No (Art. 4(5) national security).
func TestAttested(t *testing.T) {
	w := pledge.FactWords{YesZh: "是", YesEn: "yes", NoZh: "否", NoEn: "no", UnknownZh: "未知", UnknownEn: "unknown"}
	tests := []struct {
		name    string
		f, want pledge.Fact
		outcome pledge.Outcome
		zh, en  string
	}{
		{"I-8/needs yes, given yes", pledge.Yes, pledge.Yes, pledge.Met, "是", "yes"},
		{"I-8/needs yes, given no", pledge.No, pledge.Yes, pledge.NotMet, "否", "no"},
		{"I-8/needs yes, not given", pledge.NotKnown, pledge.Yes, pledge.Unknown, "未知", "unknown"},
		{"I-8/needs no, given no", pledge.No, pledge.No, pledge.Met, "是", "yes"},
		{"I-8/needs no, given yes", pledge.Yes, pledge.No, pledge.NotMet, "否", "no"},
		{"I-8/needs no, not given", pledge.NotKnown, pledge.No, pledge.Unknown, "未知", "unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := pledge.Attested(pledge.ArtItem(4, 5), "R1", "code", tc.f, tc.want, w)
			assert.Equal(t, pledge.Finding{Ref: pledge.ArtItem(4, 5), Outcome: tc.outcome, Subject: "R1", Code: "code", Zh: tc.zh, En: tc.en}, got)
		})
	}
}
