package pledge_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/casetest"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fullCase reads testdata/decode/full.json: the example of docs/case-format.md ("In") with every "…"
// filled in, a second right (an IC layout design) for the IC keys, and the keys the library added.
func fullCase(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/decode/full.json")
	require.NoError(t, err)
	return data
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func nullDec(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }

func day(s string) deadlines.Date { return deadlines.MustParseDate(s) }

func intp(n int) *int { return &n }

// wantFull is full.json typed out by hand from the file, key by key.
func wantFull() pledge.Case {
	return pledge.Case{
		AsOf: day("2016-06-30"),
		Enterprise: pledge.Enterprise{
			Name:                  "重庆某科技有限公司",
			CreditCode:            "91500107MA5U3A1B2X",
			AcceptCreditCode:      false,
			RegisteredInChongqing: pledge.Yes,
			TechBased:             pledge.Yes,
			Size:                  pledge.Small,
			SizeFacts: &pledge.SizeFacts{
				Industry:    pledge.SoftwareIT,
				Employees:   intp(120),
				Revenue:     nullDec("35000000"),
				TotalAssets: nullDec("28000000"),
			},
		},
		Rights: []pledge.Right{{
			Kind:                      pledge.Invention,
			Number:                    "201310123456.2",
			Holders:                   []string{"重庆某科技有限公司"},
			FilingDate:                day("2013-03-01"),
			Granted:                   pledge.Yes,
			TermCompensationDays:      0,
			AnnualFeesPaidThroughYear: intp(4),
			Terminated:                pledge.No,
			PledgorIsHolder:           pledge.Yes,
			HolderConsent:             pledge.NotKnown, // null in the file
			CoHoldersConsent:          pledge.Yes,
			CoHoldersAgreement:        pledge.No,
			Family:                    "F1",
			Transferable:              pledge.Yes,
			AlreadyPledged:            pledge.No,
			Suspended:                 pledge.No,
			InvalidationPending:       pledge.No,
			SameDayInventionFiling:    pledge.No,
			ProceedAnyway:             pledge.No,
			IndustrialPolicy:          pledge.Yes,
			MarketPotential:           pledge.Yes,
			InImplementation:          pledge.Yes,
			NationalSecurity:          pledge.No,
			StateAssetsCompliant:      pledge.Yes,
		}, {
			Kind:                 pledge.ICLayout,
			Number:               "BS.155001234",
			Holders:              []string{"重庆某科技有限公司", "重庆某大学"},
			Granted:              pledge.Yes,
			ICRegistrationFiled:  day("2015-04-10"),
			ICFirstCommercialUse: day("2015-02-01"),
			ICCreated:            day("2014-11-20"),
			PledgorIsHolder:      pledge.Yes,
			CoHoldersConsent:     pledge.Yes,
			Transferable:         pledge.Yes,
		}},
		UnpledgedRights: []pledge.UnpledgedRight{{Number: "201320456789.2", Family: "F1", Kind: pledge.UtilityModel}},
		Loan: pledge.Loan{
			Lender:                  "某银行重庆分行",
			Mode:                    pledge.Guarantee,
			Amount:                  dec("5000000"),
			AnnualRate:              nullDec("0.06"),
			LenderAverageRate:       nullDec("0.065"),
			ContractDate:            day("2016-01-05"),
			StartDate:               day("2016-01-08"),
			MaturityDate:            day("2017-01-08"),
			ForfeitureClause:        pledge.No,
			ContractContentComplete: pledge.Yes,
			Uses: []pledge.Use{
				{Purpose: pledge.RD, Amount: dec("3000000")},
				{Purpose: pledge.WorkingCapital, Amount: dec("2000000")},
			},
			Providers:    []pledge.Provider{{Role: pledge.Guarantor, Name: "某担保公司", Fee: nullDec("60000")}},
			Registration: &pledge.Registration{Filed: day("2016-01-15")},
			Changes:      []pledge.Change{{Changed: day("2016-05-03"), Filed: day("2016-05-10")}},
			Transfers: []pledge.Transfer{{Date: day("2016-04-01"), PledgeeConsent: pledge.Yes,
				Proceeds: nullDec("200000"), AppliedToLoan: nullDec("150000.5")}},
			Terminated:   day("2017-01-08"),
			ReleaseFiled: day("2017-01-20"),
		},
		Default: &pledge.Default{
			OutstandingPrincipal: dec("4000000"),
			OutstandingInterest:  nullDec("120000"),
			EnforcementCosts:     nullDec("30000"),
			Recoveries:           nullDec("1000000"),
			AuditedPrincipalLoss: decimal.NullDecimal{}, // null in the file
			LossRecognized:       pledge.Yes,
			RecoveryCompleted:    pledge.Yes,
			LossShares: []pledge.LossShare{
				{Bearer: pledge.LenderBearer, Name: "某银行重庆分行", Share: dec("0.3")},
				{Bearer: pledge.GuarantorBearer, Name: "某担保公司", Share: dec("0.7")},
			},
		},
		Application: &pledge.Application{
			Kind:      pledge.FeeSubsidyApplication,
			Applicant: "某担保公司",
			Submitted: day("2016-03-01"),
			Materials: []pledge.Material{pledge.ApplicationForm, pledge.BusinessLicense, pledge.LegalRepID,
				pledge.RegistrationRecord, pledge.LoanReviewRecords},
			Copies:              intp(2),
			Stamped:             pledge.Yes,
			SupplementDays:      intp(10),
			SupplementRequested: day("2016-03-04"),
			Supplemented:        day("2016-03-10"),
			NoticePublished:     day("2016-04-01"),
			Objection:           pledge.NoObjection,
		},
		Sanctions: []pledge.Sanction{{Body: "某担保公司", Decided: day("2014-05-06"), Ground: pledge.Fraud}},
	}
}

var (
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
)

// caseDiff lists where got differs from want, comparing decimals by value (Decimal.Equal: 5000000 equals
// 5000000.00) and everything else exactly, field by field.
func caseDiff(want, got any) []string {
	var out []string
	var walk func(at string, a, b reflect.Value)
	walk = func(at string, a, b reflect.Value) {
		switch t := a.Type(); {
		case t == decimalType:
			if x, y := a.Interface().(decimal.Decimal), b.Interface().(decimal.Decimal); !x.Equal(y) {
				out = append(out, fmt.Sprintf("%s: want %s, got %s", at, x, y))
			}
			return
		case t == nullDecimalType:
			x, y := a.Interface().(decimal.NullDecimal), b.Interface().(decimal.NullDecimal)
			if x.Valid != y.Valid || x.Valid && !x.Decimal.Equal(y.Decimal) {
				out = append(out, fmt.Sprintf("%s: want %v, got %v", at, x, y))
			}
			return
		}
		switch a.Kind() {
		case reflect.Struct:
			for i := range a.NumField() {
				if !a.Type().Field(i).IsExported() { // a value type like deadlines.Date: compare whole
					if a.Interface() != b.Interface() {
						out = append(out, fmt.Sprintf("%s: want %v, got %v", at, a, b))
					}
					return
				}
			}
			for i := range a.NumField() {
				walk(at+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i))
			}
		case reflect.Pointer:
			if a.IsNil() || b.IsNil() {
				if a.IsNil() != b.IsNil() {
					out = append(out, fmt.Sprintf("%s: want nil %v, got nil %v", at, a.IsNil(), b.IsNil()))
				}
				return
			}
			walk(at, a.Elem(), b.Elem())
		case reflect.Slice:
			if a.Len() != b.Len() {
				out = append(out, fmt.Sprintf("%s: want %d elements, got %d", at, a.Len(), b.Len()))
				return
			}
			for i := range a.Len() {
				walk(fmt.Sprintf("%s[%d]", at, i), a.Index(i), b.Index(i))
			}
		default:
			if a.Interface() != b.Interface() {
				out = append(out, fmt.Sprintf("%s: want %v, got %v", at, a, b))
			}
		}
	}
	walk("Case", reflect.ValueOf(want), reflect.ValueOf(got))
	return out
}

func TestDecodeCaseFull(t *testing.T) {
	got, err := pledge.DecodeCase(fullCase(t))
	require.NoError(t, err)
	require.NotNil(t, got)
	assert.Empty(t, caseDiff(wantFull(), *got))
}

// The comparison the tests rely on must see a one-fen difference, a date a day off, a fact flipped and a
// missing element, and must not see 5000000 versus 5000000.00.
func TestCaseDiffCanFail(t *testing.T) {
	a, b := wantFull(), wantFull()
	require.Empty(t, caseDiff(a, b))
	b.Loan.Amount = dec("5000000.00")
	assert.Empty(t, caseDiff(a, b), "5000000 and 5000000.00 are one amount")
	b.Loan.Amount = dec("5000000.01")
	b.Loan.Changes[0].Filed = day("2016-05-11")
	b.Rights[1].Transferable = pledge.No
	b.Default.LossShares = b.Default.LossShares[:1]
	b.Enterprise.SizeFacts.Revenue = decimal.NullDecimal{}
	assert.Len(t, caseDiff(a, b), 5)
}

// minimal is the smallest case the format accepts; swap, withLoan, withTop and withRight make rows of it
// (internal/casetest, where the rows every way into the library is held to live).
const minimal = casetest.Minimal

var (
	swap      = casetest.Swap
	withLoan  = casetest.WithLoan
	withTop   = casetest.WithTop
	withRight = casetest.WithRight
)

func TestDecodeCaseMinimal(t *testing.T) {
	c, err := pledge.DecodeCase([]byte(minimal))
	require.NoError(t, err)
	assert.Equal(t, day("2016-06-30"), c.AsOf)
	assert.Equal(t, []pledge.Right{{Kind: pledge.Invention}}, c.Rights)
	assert.Truef(t, dec("5000000").Equal(c.Loan.Amount), "amount %s", c.Loan.Amount)
	assert.False(t, c.Loan.AnnualRate.Valid, "an absent rate is not given")
	assert.True(t, c.Loan.StartDate.IsZero(), "an absent date is not given")
	assert.Nil(t, c.Default)
	assert.Nil(t, c.Application)
}

// anyValue in a row skips the check of InputError.Value.
const anyValue = "\x00any"

// Every row is one problem, so exactly one *InputError; the key path, the value and the cause are read
// off the input by hand against the rule cited (docs/case-format.md "In", or the interpretation).
var errorRows = []struct {
	ref, name    string
	in           string
	field, value string
	err          error
}{
	// case-format: the file is JSON, an object at the top. A problem before any key, or with the top level
	// itself, names the case: pledge.RootField, "(case)".
	{"case-format/json", "cut off after the first key", `{"as_of":"2016-06-30"`, pledge.RootField, "byte 21: end of input", pledge.ErrSyntax},
	{"case-format/json", "no value after a key: the path reached is named", `{"loan":{"amount": }}`, "loan.amount", "byte 19: }}", pledge.ErrSyntax},
	{"case-format/json", "empty input", ``, pledge.RootField, "byte 0: end of input", pledge.ErrSyntax},
	{"case-format/json", "a comma before the closing brace, at byte 22 counting from 0", `{"as_of":"2016-06-30",}`, pledge.RootField, "byte 22: }", pledge.ErrSyntax},
	{"case-format/json", "a bad escape: the byte after the backslash", `{"as_of":"2016\x"}`, "as_of", "byte 15: x\"}", pledge.ErrSyntax},
	{"case-format/json", "a leading zero: 0 is read, then 1 stands where , or } must", withLoan(`"uses":[{"amount":01}]`), "loan.uses[0]", anyValue, pledge.ErrSyntax},
	{"case-format/json", "text after the object", minimal + ` x`, pledge.RootField, anyValue, pledge.ErrSyntax},
	{"case-format/json", "two objects", minimal + `{}`, pledge.RootField, anyValue, pledge.ErrSyntax},
	// The decoder's own limit (decision): 100 nested arrays or objects; 5 bytes `{"x":`, then the
	// 100th bracket, the 101st container, at byte 5+99 = 104 (offsets count from 0).
	{"case-format/json", "nested 101 deep", `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`, "x" + strings.Repeat("[0]", 99), "byte 104: nested more than 100 deep", pledge.ErrSyntax},
	{"case-format/json", "nested 100 deep is read (and its key unknown)", withTop(`"x":` + strings.Repeat("[", 99) + strings.Repeat("]", 99)), "x", anyValue, pledge.ErrUnknownKey},
	{"case-format/json", "top level an array", `[]`, pledge.RootField, "[]", pledge.ErrType},
	{"case-format/json", "top level null", `null`, pledge.RootField, "null", pledge.ErrType},
	{"case-format/json", "loan a string", swap(`"loan":{"amount":"5000000.00","contract_date":"2016-01-05","maturity_date":"2017-01-08"}`, `"loan":"big"`), "loan", "big", pledge.ErrType},
	{"case-format/json", "rights an object", swap(`[{"kind":"invention"}]`, `{"kind":"invention"}`), "rights", `{"kind":"invention"}`, pledge.ErrType},
	{"case-format/json", "a null right", swap(`[{"kind":"invention"}]`, `[{"kind":"invention"},null]`), "rights[1]", "null", pledge.ErrType},
	// case-format: "Unknown keys … each is an input error"; a key twice is refused (decision).
	{"case-format/unknown", "top level", withTop(`"notes":"x"`), "notes", "x", pledge.ErrUnknownKey},
	{"case-format/unknown", "misspelt key in a use", withLoan(`"uses":[{"purpose":"rd","amount":"1.00","note":1}]`), "loan.uses[0].note", "1", pledge.ErrUnknownKey},
	{"case-format/unknown", "in size_facts, value an object", withTop(`"enterprise":{"size_facts":{"staff":{"n":3}}}`), "enterprise.size_facts.staff", `{"n":3}`, pledge.ErrUnknownKey},
	{"case-format/unknown", "a long value is cut at 128 bytes", withTop(`"notes":"` + strings.Repeat("长", 50) + `"`), "notes", strings.Repeat("长", 42) + "…", pledge.ErrUnknownKey},
	{"case-format/unknown", "keys are case-sensitive", withTop(`"As_Of":"2016-06-30"`), "As_Of", "2016-06-30", pledge.ErrUnknownKey},
	{"case-format/duplicate", "loan.amount twice", withLoan(`"amount":"1.00"`), "loan.amount", "1.00", pledge.ErrDuplicateKey},
	// case-format: as_of "(required)"; and the keys Case marks cq:"required".
	{"case-format/required", "as_of absent", swap(`"as_of":"2016-06-30",`, ``), "as_of", "", pledge.ErrMissing},
	{"case-format/required", "as_of null", swap(`"2016-06-30"`, `null`), "as_of", "null", pledge.ErrMissing},
	{"case-format/required", "no rights", swap(`[{"kind":"invention"}]`, `[]`), "rights", "[]", pledge.ErrMissing},
	{"case-format/required", "rights absent", swap(`"rights":[{"kind":"invention"}],`, ``), "rights", "", pledge.ErrMissing},
	{"case-format/required", "loan absent: only the loan is named", `{"as_of":"2016-06-30","rights":[{"kind":"invention"}]}`, "loan", "", pledge.ErrMissing},
	{"case-format/required", "loan.amount absent", swap(`"amount":"5000000.00",`, ``), "loan.amount", "", pledge.ErrMissing},
	{"case-format/required", "loan.contract_date absent", swap(`"contract_date":"2016-01-05",`, ``), "loan.contract_date", "", pledge.ErrMissing},
	{"case-format/required", "loan.maturity_date null", swap(`"2017-01-08"`, `null`), "loan.maturity_date", "null", pledge.ErrMissing},
	{"case-format/required", "a right without kind", swap(`{"kind":"invention"}`, `{"number":"201310123456.2"}`), "rights[0].kind", "", pledge.ErrMissing},
	{"case-format/required", "a use without purpose", withLoan(`"uses":[{"amount":"1.00"}]`), "loan.uses[0].purpose", "", pledge.ErrMissing},
	{"case-format/required", "a use without amount", withLoan(`"uses":[{"purpose":"rd"}]`), "loan.uses[0].amount", "", pledge.ErrMissing},
	{"case-format/required", "a provider without role", withLoan(`"providers":[{"name":"某担保公司"}]`), "loan.providers[0].role", "", pledge.ErrMissing},
	{"case-format/required", "a change without its day", withLoan(`"changes":[{"filed":"2016-05-10"}]`), "loan.changes[0].changed", "", pledge.ErrMissing},
	{"case-format/required", "a default without principal", withTop(`"default":{}`), "default.outstanding_principal", "", pledge.ErrMissing},
	{"case-format/required", "a loss share without share", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender"}]}`), "default.loss_shares[0].share", "", pledge.ErrMissing},
	{"case-format/required", "an application without kind", withTop(`"application":{"applicant":"某担保公司"}`), "application.kind", "", pledge.ErrMissing},
	{"case-format/required", "a sanction with an empty body", withTop(`"sanctions":[{"body":"","decided":"2014-05-06","ground":"fraud"}]`), "sanctions[0].body", "", pledge.ErrMissing},
	// case-format: "dates are YYYY-MM-DD"; "malformed dates … each is an input error".
	{"case-format/dates", "month without its zero", swap(`"2016-06-30"`, `"2016-6-30"`), "as_of", "2016-6-30", pledge.ErrDate},
	{"case-format/dates", "with a time", swap(`"2016-06-30"`, `"2016-06-30T00:00:00"`), "as_of", "2016-06-30T00:00:00", pledge.ErrDate},
	{"case-format/dates", "a number", swap(`"2016-06-30"`, `20160630`), "as_of", "20160630", pledge.ErrType},
	{"case-format/dates", "30 February", withRight(`"filing_date":"2016-02-30"`), "rights[0].filing_date", "2016-02-30", pledge.ErrNoSuchDay},
	{"case-format/dates", "29 February of a common year", withRight(`"filing_date":"2015-02-29"`), "rights[0].filing_date", "2015-02-29", pledge.ErrNoSuchDay},
	{"case-format/dates", "month 13", swap(`"2016-06-30"`, `"2016-13-01"`), "as_of", "2016-13-01", pledge.ErrNoSuchDay},
	// case-format: money "is a JSON string in yuan with at most 2 decimals"; "negative money … is an input error".
	{"case-format/money", "a JSON number", swap(`"5000000.00"`, `5000000`), "loan.amount", "5000000", pledge.ErrNotString},
	{"case-format/money", "negative, as in the spec's own stderr line", swap(`"5000000.00"`, `"-5"`), "loan.amount", "-5", pledge.ErrNegative},
	{"case-format/money", "one fen below zero", swap(`"5000000.00"`, `"-0.01"`), "loan.amount", "-0.01", pledge.ErrNegative},
	{"case-format/money", "3 decimals, though it equals 1.23", swap(`"5000000.00"`, `"1.230"`), "loan.amount", "1.230", pledge.ErrPrecision},
	{"case-format/money", "3 decimals in revenue", withTop(`"enterprise":{"size_facts":{"revenue":"35000000.001"}}`), "enterprise.size_facts.revenue", "35000000.001", pledge.ErrPrecision},
	{"case-format/money", "exponent", swap(`"5000000.00"`, `"5e6"`), "loan.amount", "5e6", pledge.ErrAmount},
	{"case-format/money", "no digit before the point", swap(`"5000000.00"`, `".5"`), "loan.amount", ".5", pledge.ErrAmount},
	{"case-format/money", "no digit after the point", swap(`"5000000.00"`, `"5."`), "loan.amount", "5.", pledge.ErrAmount},
	{"case-format/money", "plus sign", swap(`"5000000.00"`, `"+5"`), "loan.amount", "+5", pledge.ErrAmount},
	{"case-format/money", "a blank", swap(`"5000000.00"`, `" 5"`), "loan.amount", " 5", pledge.ErrAmount},
	{"case-format/money", "thousands separator", swap(`"5000000.00"`, `"5,000,000.00"`), "loan.amount", "5,000,000.00", pledge.ErrAmount},
	{"case-format/money", "41 digits before the point, past the decoder's limit (decision)", swap(`"5000000.00"`, `"`+strings.Repeat("1", 41)+`.00"`), "loan.amount", strings.Repeat("1", 41) + ".00", pledge.ErrAmount},
	{"case-format/rates", "41 digits after the point, past the decoder's limit (decision)", withLoan(`"annual_rate":"0.` + strings.Repeat("1", 41) + `"`), "loan.annual_rate", "0." + strings.Repeat("1", 41), pledge.ErrAmount},
	{"case-format/money", "NaN", swap(`"5000000.00"`, `"NaN"`), "loan.amount", "NaN", pledge.ErrAmount},
	{"case-format/money", "empty", swap(`"5000000.00"`, `""`), "loan.amount", "", pledge.ErrAmount},
	{"case-format/money", "true", swap(`"5000000.00"`, `true`), "loan.amount", "true", pledge.ErrType},
	{"case-format/money", "a provider's fee as a number", withLoan(`"providers":[{"role":"guarantor","fee":60000}]`), "loan.providers[0].fee", "60000", pledge.ErrNotString},
	// case-format: "rates are JSON strings holding annual decimal fractions"; "a rate outside [0, 1)".
	{"case-format/rates", "exactly 1", withLoan(`"annual_rate":"1"`), "loan.annual_rate", "1", pledge.ErrRateRange},
	{"case-format/rates", "1.0000", withLoan(`"annual_rate":"1.0000"`), "loan.annual_rate", "1.0000", pledge.ErrRateRange},
	{"case-format/rates", "6 written as a percentage", withLoan(`"annual_rate":"6"`), "loan.annual_rate", "6", pledge.ErrRateRange},
	{"case-format/rates", "below 0", withLoan(`"lender_average_rate":"-0.0001"`), "loan.lender_average_rate", "-0.0001", pledge.ErrRateRange},
	{"case-format/rates", "a JSON number", withLoan(`"annual_rate":0.06`), "loan.annual_rate", "0.06", pledge.ErrNotString},
	{"case-format/rates", "a percent sign", withLoan(`"annual_rate":"6%"`), "loan.annual_rate", "6%", pledge.ErrAmount},
	// I-15: a share is a fraction of the loss, in [0, 1].
	{"I-15", "share one hundredth past 1", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"1.01"}]}`), "default.loss_shares[0].share", "1.01", pledge.ErrShareRange},
	{"I-15", "share below 0", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"-0.1"}]}`), "default.loss_shares[0].share", "-0.1", pledge.ErrShareRange},
	// case-format: "a number of people or days is a JSON number": whole, not negative.
	{"case-format/counts", "negative employees", withTop(`"enterprise":{"size_facts":{"employees":-1}}`), "enterprise.size_facts.employees", "-1", pledge.ErrCount},
	{"case-format/counts", "half a person", withTop(`"enterprise":{"size_facts":{"employees":1.5}}`), "enterprise.size_facts.employees", "1.5", pledge.ErrCount},
	{"case-format/counts", "a whole number with a fraction part", withTop(`"application":{"kind":"fee_subsidy","copies":2.0}`), "application.copies", "2.0", pledge.ErrCount},
	{"case-format/counts", "exponent", withTop(`"application":{"kind":"fee_subsidy","copies":1e2}`), "application.copies", "1e2", pledge.ErrCount},
	{"I-19", "a supplement period of no days is no deadline", withTop(`"application":{"kind":"fee_subsidy","supplement_days":0}`), "application.supplement_days", "0", pledge.ErrNotPositive},
	{"case-format/counts", "past int", withRight(`"term_compensation_days":99999999999999999999`), "rights[0].term_compensation_days", "99999999999999999999", pledge.ErrCount},
	{"case-format/counts", "a string", withTop(`"application":{"kind":"fee_subsidy","supplement_days":"10"}`), "application.supplement_days", "10", pledge.ErrType},
	{"case-format/counts", "fee years as a string", withRight(`"annual_fees_paid_through_year":"4"`), "rights[0].annual_fees_paid_through_year", "4", pledge.ErrType},
	// case-format: each enumerated key lists its spellings.
	{"case-format/enums", "patent is not a kind", swap(`"invention"`, `"patent"`), "rights[0].kind", "patent", pledge.ErrUnknownValue},
	{"case-format/enums", "spelling is exact", swap(`"invention"`, `"Invention"`), "rights[0].kind", "Invention", pledge.ErrUnknownValue},
	{"case-format/enums", "empty mode", withLoan(`"mode":""`), "loan.mode", "", pledge.ErrUnknownValue},
	{"case-format/enums", "an unknown material", withTop(`"application":{"kind":"fee_subsidy","materials":["application_form","photo"]}`), "application.materials[1]", "photo", pledge.ErrUnknownValue},
	{"case-format/enums", "a kind as a number", swap(`"invention"`, `1`), "rights[0].kind", "1", pledge.ErrType},
	{"case-format/enums", "an unknown industry", withTop(`"enterprise":{"size_facts":{"industry":"mining"}}`), "enterprise.size_facts.industry", "mining", pledge.ErrUnknownValue},
	// case-format: an attested fact "is true, false, or absent/null".
	{"case-format/facts", "the string true", withRight(`"granted":"true"`), "rights[0].granted", "true", pledge.ErrType},
	{"case-format/facts", "1", withRight(`"granted":1`), "rights[0].granted", "1", pledge.ErrType},
	{"case-format/facts", "a plain bool too", withTop(`"enterprise":{"accept_credit_code":"yes"}`), "enterprise.accept_credit_code", "yes", pledge.ErrType},
	// case-format: names and numbers are JSON strings.
	{"case-format/strings", "a holder as a number", withRight(`"holders":[5]`), "rights[0].holders[0]", "5", pledge.ErrType},
	{"case-format/strings", "a null holder", withRight(`"holders":[null]`), "rights[0].holders[0]", "null", pledge.ErrType},
	{"case-format/strings", "a patent number as a number", withRight(`"number":201310123456`), "rights[0].number", "201310123456", pledge.ErrType},
	// case-format: "an end before its start … is an input error" (each one day before its start).
	{"case-format/order", "start the day before signing", withLoan(`"start_date":"2016-01-04"`), "loan.start_date", "2016-01-04", pledge.ErrEndBeforeStart},
	{"case-format/order", "maturity the day before the start", swap(`"maturity_date":"2017-01-08"`, `"maturity_date":"2016-01-07","start_date":"2016-01-08"`), "loan.maturity_date", "2016-01-07", pledge.ErrEndBeforeStart},
	{"case-format/order", "maturity before signing, no start", swap(`"2017-01-08"`, `"2016-01-04"`), "loan.maturity_date", "2016-01-04", pledge.ErrEndBeforeStart},
	{"Art. 14¶3", "terminated before signing", withLoan(`"terminated":"2016-01-04"`), "loan.terminated", "2016-01-04", pledge.ErrEndBeforeStart},
	{"Art. 14¶3", "release filed before termination", withLoan(`"terminated":"2017-01-08","release_filed":"2017-01-07"`), "loan.release_filed", "2017-01-07", pledge.ErrEndBeforeStart},
	{"Art. 14¶1", "registration filed before signing", withLoan(`"registration":{"filed":"2016-01-04"}`), "loan.registration.filed", "2016-01-04", pledge.ErrEndBeforeStart},
	{"Art. 14¶2", "change filed before the change", withLoan(`"changes":[{"changed":"2016-05-03","filed":"2016-05-02"}]`), "loan.changes[0].filed", "2016-05-02", pledge.ErrEndBeforeStart},
	{"Art. 14¶2", "change before signing", withLoan(`"changes":[{"changed":"2016-01-04"}]`), "loan.changes[0].changed", "2016-01-04", pledge.ErrEndBeforeStart},
	{"I-19", "supplemented before submission", withTop(`"application":{"kind":"fee_subsidy","submitted":"2016-03-01","supplemented":"2016-02-29"}`), "application.supplemented", "2016-02-29", pledge.ErrEndBeforeStart},
	{"I-19", "supplemented before the request", withTop(`"application":{"kind":"fee_subsidy","submitted":"2016-03-01","supplement_requested":"2016-03-04","supplemented":"2016-03-03"}`), "application.supplemented", "2016-03-03", pledge.ErrEndBeforeStart},
	{"I-19", "notice before submission", withTop(`"application":{"kind":"risk_compensation","submitted":"2016-03-01","notice_published":"2016-02-29"}`), "application.notice_published", "2016-02-29", pledge.ErrEndBeforeStart},
	{"I-19", "supplement requested before submission", withTop(`"application":{"kind":"fee_subsidy","submitted":"2016-03-01","supplement_requested":"2016-02-29"}`), "application.supplement_requested", "2016-02-29", pledge.ErrEndBeforeStart},
	{"Art. 14¶3", "release filed before signing, no termination", withLoan(`"release_filed":"2016-01-04"`), "loan.release_filed", "2016-01-04", pledge.ErrEndBeforeStart},
	{"I-6", "IC first use before creation", withRight(`"ic_created":"2014-11-20","ic_first_commercial_use":"2014-11-19"`), "rights[0].ic_first_commercial_use", "2014-11-19", pledge.ErrEndBeforeStart},
	{"I-6", "IC registration before creation", withRight(`"ic_created":"2014-11-20","ic_registration_filed":"2014-11-19"`), "rights[0].ic_registration_filed", "2014-11-19", pledge.ErrEndBeforeStart},
	// I-10: uses summing past the loan amount; 3,000,000.00 + 2,000,000.01 = 5,000,000.01 > 5,000,000.00.
	{"I-10", "uses one fen past the amount", withLoan(`"uses":[{"purpose":"rd","amount":"3000000.00"},{"purpose":"funds","amount":"2000000.01"}]`), "loan.uses", "5000000.01", pledge.ErrUsesExceedAmount},
	// I-15: 0.5 + 0.51 = 1.01 > 1.
	{"I-15", "shares one hundredth past 1", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"0.5"},{"bearer":"insurer","share":"0.51"}]}`), "default.loss_shares", "1.01", pledge.ErrSharesExceedOne},
	// Art. 5(4): what is applied to the loan comes out of the proceeds; 200,000.01 > 200,000.00.
	{"Art. 5(4)", "applied one fen past the proceeds", withLoan(`"transfers":[{"proceeds":"200000.00","applied_to_loan":"200000.01"}]`), "loan.transfers[0].applied_to_loan", "200000.01", pledge.ErrAppliedExceedsProceeds},
}

func TestDecodeCaseErrors(t *testing.T) {
	require.GreaterOrEqual(t, len(errorRows), 40)
	for _, tc := range errorRows {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c, err := pledge.DecodeCase([]byte(tc.in))
			require.Error(t, err)
			assert.Nil(t, c, "no case on error")
			require.ErrorIs(t, err, tc.err)
			errs := pledge.InputErrors(err)
			require.Len(t, errs, 1, "%v", err)
			assert.Equal(t, tc.field, errs[0].Field)
			require.ErrorIs(t, errs[0], tc.err)
			if tc.value != anyValue {
				assert.Equal(t, tc.value, errs[0].Value)
			}
		})
	}
}

// Values at the edge of each rule, which must be accepted; each row says what it decodes to.
func TestDecodeCaseBounds(t *testing.T) {
	tests := []struct {
		ref, name string
		in        string
		check     func(t *testing.T, c *pledge.Case)
	}{
		{"case-format/money", "zero amount", swap(`"5000000.00"`, `"0.00"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, c.Loan.Amount.IsZero())
		}},
		{"case-format/money", "minus zero is zero, not negative", swap(`"5000000.00"`, `"-0.00"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, c.Loan.Amount.IsZero())
		}},
		{"case-format/money", "whole yuan", swap(`"5000000.00"`, `"5000000"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, dec("5000000.00").Equal(c.Loan.Amount))
		}},
		{"case-format/money", "40 digits before the point, at the decoder's limit", swap(`"5000000.00"`, `"`+strings.Repeat("1", 40)+`.00"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, dec(strings.Repeat("1", 40)).Equal(c.Loan.Amount))
		}},
		{"case-format/rates", "40 digits after the point, at the decoder's limit", withLoan(`"annual_rate":"0.` + strings.Repeat("1", 40) + `"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, dec("0."+strings.Repeat("1", 40)).Equal(c.Loan.AnnualRate.Decimal))
		}},
		{"case-format/money", "exactly 2 decimals", swap(`"5000000.00"`, `"0.01"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, dec("0.01").Equal(c.Loan.Amount))
		}},
		{"case-format/money", "an optional amount null is not given", withLoan(`"providers":[{"role":"insurer","fee":null}]`), func(t *testing.T, c *pledge.Case) {
			assert.False(t, c.Loan.Providers[0].Fee.Valid)
		}},
		{"case-format/rates", "rate 0", withLoan(`"annual_rate":"0"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, c.Loan.AnnualRate.Valid && c.Loan.AnnualRate.Decimal.IsZero())
		}},
		{"case-format/rates", "rate just below 1, any decimals", withLoan(`"annual_rate":"0.99999999"`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, dec("0.99999999").Equal(c.Loan.AnnualRate.Decimal))
		}},
		{"I-15", "share exactly 1, shares summing to exactly 1", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"1"},{"bearer":"insurer","share":"0"}]}`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, dec("1").Equal(c.Default.LossShares[0].Share))
		}},
		{"I-10", "uses summing to exactly the amount", withLoan(`"uses":[{"purpose":"rd","amount":"3000000.00"},{"purpose":"funds","amount":"2000000.00"}]`), func(t *testing.T, c *pledge.Case) {
			assert.Len(t, c.Loan.Uses, 2)
		}},
		{"Art. 5(4)", "all the proceeds applied", withLoan(`"transfers":[{"proceeds":"200000.00","applied_to_loan":"200000.00"}]`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, dec("200000").Equal(c.Loan.Transfers[0].AppliedToLoan.Decimal))
		}},
		{"case-format/order", "maturity on the start day", withLoan(`"start_date":"2017-01-08"`), func(t *testing.T, c *pledge.Case) {
			assert.Equal(t, c.Loan.StartDate, c.Loan.MaturityDate)
		}},
		{"Art. 14¶3", "release filed the day of termination", withLoan(`"terminated":"2017-01-08","release_filed":"2017-01-08"`), func(t *testing.T, c *pledge.Case) {
			assert.Equal(t, day("2017-01-08"), c.Loan.ReleaseFiled)
		}},
		{"case-format/dates", "29 February of a leap year (2012, before the contract of 2016-01-05)", withRight(`"filing_date":"2012-02-29"`), func(t *testing.T, c *pledge.Case) {
			assert.Equal(t, day("2012-02-29"), c.Rights[0].FilingDate)
		}},
		{"case-format/dates", "an optional date null is not given", withLoan(`"start_date":null`), func(t *testing.T, c *pledge.Case) {
			assert.True(t, c.Loan.StartDate.IsZero())
		}},
		{"case-format/counts", "zero employees", withTop(`"enterprise":{"size_facts":{"employees":0}}`), func(t *testing.T, c *pledge.Case) {
			require.NotNil(t, c.Enterprise.SizeFacts.Employees)
			assert.Equal(t, 0, *c.Enterprise.SizeFacts.Employees)
		}},
		{"case-format/counts", "a count null is not given", withTop(`"application":{"kind":"fee_subsidy","copies":null}`), func(t *testing.T, c *pledge.Case) {
			assert.Nil(t, c.Application.Copies)
		}},
		{"case-format/facts", "null is not known, false is no", withRight(`"granted":null,"terminated":false`), func(t *testing.T, c *pledge.Case) {
			assert.Equal(t, pledge.NotKnown, c.Rights[0].Granted)
			assert.Equal(t, pledge.No, c.Rights[0].Terminated)
		}},
		{"case-format/as_of", "evaluated before signing: a proposed loan, not an error", swap(`"2016-06-30"`, `"2015-12-01"`), func(t *testing.T, c *pledge.Case) {
			assert.Equal(t, day("2015-12-01"), c.AsOf)
		}},
		{"case-format/json", "an optional object null is not given", withTop(`"default":null,"application":null`), func(t *testing.T, c *pledge.Case) {
			assert.Nil(t, c.Default)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c, err := pledge.DecodeCase([]byte(tc.in))
			require.NoError(t, err)
			tc.check(t, c)
		})
	}
}

// Seven problems at once, each read off the input by hand, all reported in document order; the loan's
// own rule (maturity before signing) comes after the loan's keys, and the unknown key after the loan.
func TestDecodeCaseManyProblems(t *testing.T) {
	in := `{"as_of":"2016-13-01",
		"enterprise":{"size":"huge"},
		"rights":[{"kind":"invention","granted":"yes"}],
		"loan":{"amount":"-1","contract_date":"2016-01-05","maturity_date":"2015-12-31",
		        "uses":[{"purpose":"rd","amount":5}]},
		"extra":1}`
	want := []struct {
		field, value string
		err          error
	}{
		{"as_of", "2016-13-01", pledge.ErrNoSuchDay},
		{"enterprise.size", "huge", pledge.ErrUnknownValue},
		{"rights[0].granted", "yes", pledge.ErrType},
		{"loan.amount", "-1", pledge.ErrNegative},
		{"loan.uses[0].amount", "5", pledge.ErrNotString},
		{"loan.maturity_date", "2015-12-31", pledge.ErrEndBeforeStart},
		{"extra", "1", pledge.ErrUnknownKey},
	}
	c, err := pledge.DecodeCase([]byte(in))
	assert.Nil(t, c)
	errs := pledge.InputErrors(err)
	require.Len(t, errs, len(want), "%v", err)
	for i, w := range want {
		assert.Equal(t, w.field, errs[i].Field, "error %d", i)
		assert.Equal(t, w.value, errs[i].Value, "error %d", i)
		assert.ErrorIs(t, errs[i], w.err, "error %d", i)
	}
	// Missing keys come after an object's given keys, in the order of the Go struct.
	_, err = pledge.DecodeCase([]byte(`{"loan":{"lender":5}}`))
	assert.Equal(t, []string{
		"loan.lender " + pledge.ErrType.Error(),
		"loan.amount " + pledge.ErrMissing.Error(),
		"loan.contract_date " + pledge.ErrMissing.Error(),
		"loan.maturity_date " + pledge.ErrMissing.Error(),
		"as_of " + pledge.ErrMissing.Error(),
		"rights " + pledge.ErrMissing.Error(),
	}, fieldsAndCauses(err))
}

// fieldsAndCauses writes each input error in err as its key path and its cause's words.
func fieldsAndCauses(err error) []string {
	var out []string
	for _, e := range pledge.InputErrors(err) {
		out = append(out, e.Field+" "+e.Err.Error())
	}
	return out
}

// A key given twice is found however many keys come between (past 32 keys the decoder switches to a
// map), and the duplicate is reported while parsing, so before the walk's errors.
func TestDecodeCaseDuplicateAmongMany(t *testing.T) {
	for _, n := range []int{3, 31, 32, 33, 100} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf(`"k%d":%d`, i, i)
		}
		last := fmt.Sprintf("k%d", n-1) // the last key, given again
		in := withTop(`"x":{` + strings.Join(keys, ",") + `,"` + last + `":"again"}`)
		_, err := pledge.DecodeCase([]byte(in))
		errs := pledge.InputErrors(err)
		require.Len(t, errs, 2, "%d keys", n)
		assert.Equal(t, "x."+last, errs[0].Field)
		assert.Equal(t, "again", errs[0].Value)
		assert.ErrorIs(t, errs[0], pledge.ErrDuplicateKey)
		assert.Equal(t, "x", errs[1].Field)
		assert.ErrorIs(t, errs[1], pledge.ErrUnknownKey)
	}
}

func TestUnmarshalJSON(t *testing.T) {
	var c pledge.Case
	require.NoError(t, json.Unmarshal(fullCase(t), &c))
	assert.Empty(t, caseDiff(wantFull(), c))

	// Inside a service's own request type, as a value and as a pointer.
	var req struct {
		ID   string       `json:"id"`
		Case pledge.Case  `json:"case"`
		Opt  *pledge.Case `json:"opt"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"id":"r1","case":`+minimal+`,"opt":null}`), &req))
	assert.Equal(t, day("2016-06-30"), req.Case.AsOf)
	assert.Nil(t, req.Opt)

	// The same errors as DecodeCase, and the case left as it was.
	for _, tc := range errorRows {
		if tc.err == pledge.ErrSyntax {
			continue // json.Unmarshal checks the syntax itself first (see below)
		}
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			before := c
			err := json.Unmarshal([]byte(tc.in), &c)
			_, want := pledge.DecodeCase([]byte(tc.in))
			require.Error(t, err)
			assert.Equal(t, pledge.InputErrors(want), pledge.InputErrors(err))
			assert.Empty(t, caseDiff(before, c))
		})
	}
	var se *json.SyntaxError
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"as_of":`), &c), &se, "encoding/json reports bad syntax itself")
}

func TestMarshalJSON(t *testing.T) {
	want, err := pledge.DecodeCase(fullCase(t))
	require.NoError(t, err)
	out, err := json.Marshal(want)
	require.NoError(t, err)
	// The keys and forms of docs/case-format.md: amounts with 2 decimals, rates as decimal strings.
	for _, s := range []string{
		`"as_of":"2016-06-30"`, `"amount":"5000000.00"`, `"annual_rate":"0.06"`, `"fee":"60000.00"`,
		`"applied_to_loan":"150000.50"`, `"share":"0.3"`, `"kind":"ic_layout"`, `"granted":true`,
		`"terminated":false`, `"employees":120`, `"copies":2`, `"holders":["重庆某科技有限公司","重庆某大学"]`,
		`"registration":{"filed":"2016-01-15"}`, `"objection":"none"`,
	} {
		assert.Contains(t, string(out), s)
	}
	// Not given, so left out: holder_consent (null), audited_principal_loss (null), mode of nothing.
	assert.NotContains(t, string(out), `holder_consent`)
	assert.NotContains(t, string(out), `audited_principal_loss`)
	got, err := pledge.DecodeCase(out)
	require.NoError(t, err, "%s", out)
	assert.Empty(t, caseDiff(*want, *got))

	// A case built in Go with a missing required date, a 3-decimal amount, a required amount never set
	// and a rate of 1.5 is written as it is, so that reading it back reports each, rather than rounding
	// the amount, guessing a zero or dropping the problem: the date and the unset amount are left out
	// (required, so reading back reports them missing), the amount keeps its 3 decimals.
	bad := *want
	bad.AsOf = deadlines.Date{}
	bad.Loan.Amount = dec("1.230")
	bad.Loan.AnnualRate = nullDec("1.5")
	def := *want.Default
	def.OutstandingPrincipal = decimal.Decimal{}
	bad.Default = &def
	out, err = json.Marshal(bad)
	require.NoError(t, err)
	assert.NotContains(t, string(out), `"as_of"`)
	assert.NotContains(t, string(out), `"outstanding_principal"`)
	assert.Contains(t, string(out), `"amount":"1.230"`)
	assert.Contains(t, string(out), `"annual_rate":"1.5"`)
	_, err = pledge.DecodeCase(out)
	fromJSON := fieldsAndCauses(err)
	assert.Equal(t, []string{
		"loan.amount " + pledge.ErrPrecision.Error(),
		"loan.annual_rate " + pledge.ErrRateRange.Error(),
		"default.outstanding_principal " + pledge.ErrMissing.Error(),
		"as_of " + pledge.ErrMissing.Error(),
	}, fromJSON)
	// Validate says the same of the case in Go, in the order of the Go types.
	assert.ElementsMatch(t, fromJSON, fieldsAndCauses(bad.Validate()))

	// An empty case is an empty object; empty lists are left out, and a pointer to an empty struct is {};
	// text that is not UTF-8 is not written as U+FFFD, but refused.
	out, err = json.Marshal(pledge.Case{})
	require.NoError(t, err)
	assert.Equal(t, "{}", string(out))
	out, err = json.Marshal(pledge.Case{Rights: []pledge.Right{}, Loan: pledge.Loan{Changes: []pledge.Change{},
		Registration: &pledge.Registration{}}, Application: &pledge.Application{Materials: []pledge.Material{}}})
	require.NoError(t, err)
	assert.Equal(t, `{"loan":{"registration":{}},"application":{}}`, string(out))
	bad = *want
	bad.Rights = slices.Clone(bad.Rights)
	bad.Rights[1].Holders = []string{"重庆某科技有限公司", "重庆\xff大学"}
	_, err = json.Marshal(bad)
	var ie *pledge.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "rights[1].holders[1]", ie.Field)
	assert.ErrorIs(t, err, pledge.ErrUTF8)

	// Nor is a value no spelling exists for (Size(9), Fact(3): the named values stop at Large and No;
	// an unknown material in a list), which would read back as another value or none: refused at its key,
	// with the number, as Validate refuses it.
	for _, tc := range []struct {
		mend  func(c *pledge.Case)
		field string
		value string
	}{
		{func(c *pledge.Case) { c.Enterprise.Size = 9 }, "enterprise.size", "9"},
		{func(c *pledge.Case) { c.Enterprise.TechBased = 3 }, "enterprise.tech_based", "3"},
		{func(c *pledge.Case) {
			a := *c.Application
			a.Materials = []pledge.Material{a.Materials[0], 200}
			c.Application = &a
		}, "application.materials[1]", "200"},
	} {
		bad = *want
		tc.mend(&bad)
		_, err = json.Marshal(bad)
		require.ErrorAs(t, err, &ie, tc.field)
		assert.Equal(t, tc.field, ie.Field)
		assert.Equal(t, tc.value, ie.Value)
		assert.ErrorIs(t, err, pledge.ErrUnknownValue)
		assert.Contains(t, fieldsAndCauses(bad.Validate()), tc.field+" "+pledge.ErrUnknownValue.Error())
	}
}

func TestInputErrorMessage(t *testing.T) {
	// docs/case-format.md prints `loan.amount: "-5": negative amount` on stderr.
	_, err := pledge.DecodeCase([]byte(swap(`"5000000.00"`, `"-5"`)))
	assert.EqualError(t, err, `loan.amount: "-5": negative amount`)
	var ie *pledge.InputError
	require.True(t, errors.As(err, &ie))
	// A problem with the case itself names it, never an empty path (`: "[1,2]": …`).
	_, err = pledge.DecodeCase([]byte(`[1,2]`))
	assert.EqualError(t, err, `(case): "[1,2]": wrong JSON type`)
	_, err = pledge.DecodeCase([]byte(`{"as_of":"2016-06-30"`))
	assert.EqualError(t, err, `(case): "byte 21: end of input": not valid JSON`)
	assert.Equal(t, "(case)", pledge.RootField)
}

func ExampleDecodeCase() {
	_, err := pledge.DecodeCase([]byte(`{
		"as_of": "2016-06-30",
		"rights": [{"kind": "invention", "filing_date": "2016-02-30"}],
		"loan": {"amount": "-5", "contract_date": "2016-01-05", "maturity_date": "2017-01-08",
		         "annual_rate": "6"}
	}`))
	for _, e := range pledge.InputErrors(err) {
		fmt.Println(e)
	}
	c, err := pledge.DecodeCase([]byte(`{
		"as_of": "2016-06-30",
		"rights": [{"kind": "invention", "number": "201310123456.2"}],
		"loan": {"amount": "5000000.00", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}
	}`))
	fmt.Println(err, c.Rights[0].Kind, c.Loan.Amount.StringFixed(2), c.Loan.MaturityDate)
	// Output:
	// rights[0].filing_date: "2016-02-30": no such day
	// loan.amount: "-5": negative amount
	// loan.annual_rate: "6": rate outside [0, 1)
	// <nil> invention 5000000.00 2017-01-08
}

// BenchmarkDecodeCase decodes the full example case (full.json, about 4 KB): a service decodes one case
// per request. No target; run with -benchmem.
func BenchmarkDecodeCase(b *testing.B) {
	data := fullCase(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pledge.DecodeCase(data); err != nil {
			b.Fatal(err)
		}
	}
}
