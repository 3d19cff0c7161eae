package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Helpers shared by this package's application, sanction and evaluation tests (ev: evaluation).

func evDate(s string) deadlines.Date {
	if s == "" {
		return deadlines.Date{}
	}
	return deadlines.MustParseDate(s)
}

func evDec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func evInt(n int) *int { return &n }

// feeMaterials are the five materials a fee subsidy application needs after the 三证合一 reform.
var feeMaterials = []pledge.Material{pledge.ApplicationForm, pledge.BusinessLicense, pledge.LegalRepID,
	pledge.RegistrationRecord, pledge.LoanReviewRecords}

// evCase is a guarantee loan with a complete fee subsidy application from its guarantor: the case-format
// example reduced to what Art. 15, 16 and 21 read. Submitted Tuesday 2016-03-01; a 10-day supplement
// period would end Friday 2016-03-11, a working day.
func evCase() *pledge.Case {
	return &pledge.Case{
		AsOf:       evDate("2016-06-30"),
		Enterprise: pledge.Enterprise{Name: "重庆某科技有限公司", CreditCode: "91500000MA5U000000"},
		Loan: pledge.Loan{
			Lender: "某银行重庆分行", Mode: pledge.Guarantee, Amount: evDec("5000000.00"),
			ContractDate: evDate("2016-01-05"), StartDate: evDate("2016-01-08"), MaturityDate: evDate("2017-01-08"),
			Providers: []pledge.Provider{{Role: pledge.Guarantor, Name: "某担保公司",
				Fee: decimal.NewNullDecimal(evDec("60000.00"))}},
		},
		Application: &pledge.Application{
			Kind: pledge.FeeSubsidyApplication, Applicant: "某担保公司", Submitted: evDate("2016-03-01"),
			Materials: append([]pledge.Material(nil), feeMaterials...), Copies: evInt(2), Stamped: pledge.Yes,
			SupplementDays: evInt(10),
		},
	}
}

// findingFor returns the first finding with ref, or fails.
func findingFor(t *testing.T, fs []pledge.Finding, ref string) pledge.Finding {
	t.Helper()
	for _, f := range fs {
		if f.Ref.String() == ref {
			return f
		}
	}
	require.Failf(t, "no finding", "no finding cites %s in %v", ref, fs)
	return pledge.Finding{}
}

func TestRequiredMaterials(t *testing.T) {
	// Worked out from the text of Art. 15(1)–(3) and I-18: (1) one form; (2) licence, organisation code,
	// tax registration, legal representative's ID — the middle two dropped after 三证合一; (3) registration
	// record and loan review records, plus loss recognition and recovery documents for risk compensation.
	all := []pledge.Material{pledge.ApplicationForm, pledge.BusinessLicense, pledge.OrganizationCode,
		pledge.TaxRegistration, pledge.LegalRepID, pledge.RegistrationRecord, pledge.LoanReviewRecords,
		pledge.LossRecognition, pledge.RecoveryRecords}
	tests := []struct {
		ref, name string
		kind      pledge.ApplicationKind
		unified   bool
		want      []pledge.Material
	}{
		{"Art. 15(2)", "fee subsidy, separate certificates", pledge.FeeSubsidyApplication, false, all[:7]},
		{"I-18", "fee subsidy, unified licence", pledge.FeeSubsidyApplication, true, feeMaterials},
		{"Art. 15(3)", "risk compensation, separate certificates", pledge.RiskCompensationApplication, false, all},
		{"I-18", "risk compensation, unified licence", pledge.RiskCompensationApplication, true,
			append(append([]pledge.Material(nil), feeMaterials...), pledge.LossRecognition, pledge.RecoveryRecords)},
		{"Art. 15(1)", "no kind, nothing", pledge.ApplicationKindUnset, true, nil},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, subsidy.RequiredMaterials(tc.kind, tc.unified))
		})
	}
}

func TestUnifiedLicence(t *testing.T) {
	// I-18, read literally: from 2015-10-01 (the 三证合一 reform) the business licence stands for the
	// organisation code and tax registration certificates. application.unified_license, where given,
	// decides (an old-style licence kept through the transition to 2017-12-31 answers false); otherwise the
	// submission date; with neither, not known.
	tests := []struct {
		ref, name string
		stated    pledge.Fact
		submitted string
		want      pledge.Fact
	}{
		{"I-18", "the day before the reform", pledge.NotKnown, "2015-09-30", pledge.No},
		{"I-18", "the reform's first day", pledge.NotKnown, "2015-10-01", pledge.Yes},
		{"I-18", "after the transition", pledge.NotKnown, "2018-01-01", pledge.Yes},
		{"I-18", "old-style licence during the transition: false overrides the date", pledge.No, "2016-03-01", pledge.No},
		{"I-18", "true overrides a date before the reform", pledge.Yes, "2015-09-30", pledge.Yes},
		{"I-18", "no date, no statement: not known", pledge.NotKnown, "", pledge.NotKnown},
		{"I-18", "no date, stated true", pledge.Yes, "", pledge.Yes},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, subsidy.UnifiedLicence(tc.stated, evDate(tc.submitted)))
		})
	}
	assert.Equal(t, "2015-10-01", subsidy.UnifiedLicenceFrom().String())
}

func TestArt15Materials(t *testing.T) {
	// Each row changes evCase's complete application (five materials, 2 stamped copies, unified licence)
	// and states the outcome Art. 15 and 16 give, as_of 2016-06-30. The applicant is told to supplement on
	// the submission day (supplement_requested, I-19), so for the rows that lack something and do not
	// supplement, as_of is long after the 10-day period (last day 2016-03-11).
	tests := []struct {
		ref, name   string
		edit        func(c *pledge.Case)
		outcome     subsidy.ApplicationOutcome
		missing     []pledge.Material
		finding     string // the ref of the finding to inspect
		findingWant pledge.Outcome
	}{
		{"Art. 15(1)", "all five materials, two stamped copies", func(*pledge.Case) {},
			subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15(1)", pledge.Met},
		{"Art. 15(1)", "no application form", func(c *pledge.Case) {
			c.Application.Materials = c.Application.Materials[1:]
		}, subsidy.ApplicationNotAccepted, []pledge.Material{pledge.ApplicationForm}, "Art. 15(1)", pledge.NotMet},
		{"Art. 15(2)", "before the reform: organisation code and tax registration needed", func(c *pledge.Case) {
			c.Application.Submitted = evDate("2015-09-30")
			c.AsOf = evDate("2015-10-05") // period 2015-09-30 + 10 = 2015-10-10, an adjusted working Saturday
		}, subsidy.ApplicationIncomplete, []pledge.Material{pledge.OrganizationCode, pledge.TaxRegistration},
			"Art. 15(2)", pledge.Unknown}, // I-33: missing while they may still be supplemented: unknown, not refused
		{"I-18", "no enterprise credit code: the applicant's licence goes by the date, not the enterprise's code", func(c *pledge.Case) {
			c.Enterprise.CreditCode = ""
		}, subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15(2)", pledge.Met},
		{"I-18", "old-style licence in the transition (unified_license false): the two certificates needed", func(c *pledge.Case) {
			c.Application.UnifiedLicense = pledge.No
			c.AsOf = evDate("2016-03-05") // within the 10-day period from the submission
		}, subsidy.ApplicationIncomplete, []pledge.Material{pledge.OrganizationCode, pledge.TaxRegistration},
			"Art. 15(2)", pledge.Unknown}, // I-33: the period is open: unknown, not refused
		{"I-18", "old-style licence, the two certificates given", func(c *pledge.Case) {
			c.Application.UnifiedLicense = pledge.No
			c.Application.Materials = append(c.Application.Materials, pledge.OrganizationCode, pledge.TaxRegistration)
		}, subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15(2)", pledge.Met},
		{"I-18", "no submission date, no unified_license, certificates not given: not known, incomplete", func(c *pledge.Case) {
			c.Application.Submitted = deadlines.Date{}
		}, subsidy.ApplicationIncomplete, []pledge.Material{}, "Art. 15(2)", pledge.Unknown},
		{"I-18", "no submission date, the certificates given: met either way", func(c *pledge.Case) {
			c.Application.Submitted = deadlines.Date{}
			c.Application.Materials = append(c.Application.Materials, pledge.OrganizationCode, pledge.TaxRegistration)
		}, subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15(2)", pledge.Met},
		{"I-18", "no submission date, unified_license true", func(c *pledge.Case) {
			c.Application.Submitted = deadlines.Date{}
			c.Application.UnifiedLicense = pledge.Yes
		}, subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15(2)", pledge.Met},
		{"Art. 15(3)", "risk compensation without loss documents", func(c *pledge.Case) {
			c.Application.Kind = pledge.RiskCompensationApplication
		}, subsidy.ApplicationNotAccepted, []pledge.Material{pledge.LossRecognition, pledge.RecoveryRecords},
			"Art. 15(3)", pledge.NotMet},
		{"Art. 15(3)", "risk compensation with loss documents", func(c *pledge.Case) {
			c.Application.Kind = pledge.RiskCompensationApplication
			c.Application.Materials = append(c.Application.Materials, pledge.RecoveryRecords, pledge.LossRecognition)
		}, subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15(3)", pledge.Met},
		{"Art. 15¶2", "one copy (below two)", func(c *pledge.Case) { c.Application.Copies = evInt(1) },
			subsidy.ApplicationNotAccepted, []pledge.Material{}, "Art. 15¶2", pledge.NotMet},
		{"Art. 15¶2", "two copies (at two)", func(c *pledge.Case) { c.Application.Copies = evInt(2) },
			subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15¶2", pledge.Met},
		{"Art. 15¶2", "three copies (above two)", func(c *pledge.Case) { c.Application.Copies = evInt(3) },
			subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15¶2", pledge.Met},
		{"Art. 15¶2", "copies not given", func(c *pledge.Case) { c.Application.Copies = nil },
			subsidy.ApplicationIncomplete, []pledge.Material{}, "Art. 15¶2", pledge.Unknown},
		{"Art. 15¶2", "not stamped", func(c *pledge.Case) { c.Application.Stamped = pledge.No },
			subsidy.ApplicationNotAccepted, []pledge.Material{}, "Art. 15¶2", pledge.NotMet},
		{"Art. 15¶2", "stamp unknown: never met, never not accepted", func(c *pledge.Case) {
			c.Application.Stamped = pledge.NotKnown
		}, subsidy.ApplicationIncomplete, []pledge.Material{}, "Art. 15¶2", pledge.Unknown},
		// Requested with the submission, Tue 2016-03-01 + 10 days = Fri 2016-03-11: on 2016-03-05 the
		// period is still open, so one copy may yet be put right.
		{"I-33", "one copy, the supplement period still open", func(c *pledge.Case) {
			c.Application.Copies = evInt(1)
			c.AsOf = evDate("2016-03-05")
		}, subsidy.ApplicationIncomplete, []pledge.Material{}, "Art. 15¶2", pledge.Unknown},
		{"Art. 15¶2", "one copy, supplemented in time", func(c *pledge.Case) {
			c.Application.Copies = evInt(1)
			c.Application.Supplemented = evDate("2016-03-10")
		}, subsidy.ApplicationComplete, []pledge.Material{}, "Art. 15¶2", pledge.Met},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := evCase()
			tc.edit(c)
			c.Application.SupplementRequested = c.Application.Submitted
			r, ok, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, tc.outcome, r.Outcome, "outcome")
			assert.Equal(t, tc.missing, r.Missing, "missing")
			assert.Equal(t, tc.findingWant, findingFor(t, r.Findings, tc.finding).Outcome, "finding %s", tc.finding)
		})
	}
}

func TestArt15LicenceReasonInMessage(t *testing.T) {
	// Art. 15(2), I-18: the message says why the certificates are or are not needed, with the dates used.
	c := evCase()
	r, _, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
	require.NoError(t, err)
	f := findingFor(t, r.Findings, "Art. 15(2)")
	assert.Contains(t, f.Zh, "申报日2016-03-01不早于三证合一改革施行日2015-10-01")
	assert.Contains(t, f.En, "submitted on 2016-03-01, not before the unified-licence reform of 2015-10-01")

	c.Application.UnifiedLicense = pledge.No
	r, _, err = subsidy.Default2015().ReviewApplication(c, deadlines.China())
	require.NoError(t, err)
	f = findingFor(t, r.Findings, "Art. 15(2)")
	assert.Contains(t, f.Zh, "缺少申报材料：组织机构代码证、税务登记证")
	assert.Contains(t, f.En, "old-style business licence")

	c.Application.UnifiedLicense, c.Application.Submitted = pledge.NotKnown, deadlines.Date{}
	r, _, err = subsidy.Default2015().ReviewApplication(c, deadlines.China())
	require.NoError(t, err)
	f = findingFor(t, r.Findings, "Art. 15(2)")
	assert.Equal(t, "unified_licence_unknown", f.Code)
	assert.Contains(t, f.En, "application.unified_license")
}

func TestMaterialName(t *testing.T) {
	assert.Equal(t, "损失认定文件", subsidy.MaterialName(pledge.LossRecognition, pledge.Chinese))
	assert.Equal(t, "application form", subsidy.MaterialName(pledge.ApplicationForm, pledge.English))
	assert.Equal(t, "", subsidy.MaterialName(pledge.Material(200), pledge.English))
	// The first value past the table of names, in either language.
	assert.Equal(t, "", subsidy.MaterialName(pledge.RecoveryRecords+1, pledge.English))
	assert.Equal(t, "", subsidy.MaterialName(pledge.RecoveryRecords+1, pledge.Chinese))
}
