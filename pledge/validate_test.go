package pledge_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// minimalGo is minimal (decode_test.go) built in Go: the same case, key for key.
func minimalGo() *pledge.Case {
	return &pledge.Case{
		AsOf:   day("2016-06-30"),
		Rights: []pledge.Right{{Kind: pledge.Invention}},
		Loan: pledge.Loan{Amount: dec("5000000.00"), ContractDate: day("2016-01-05"),
			MaturityDate: day("2017-01-08")},
	}
}

func TestMinimalGoIsMinimal(t *testing.T) {
	c, err := pledge.DecodeCase([]byte(minimal))
	require.NoError(t, err)
	assert.Empty(t, caseDiff(*minimalGo(), *c))
	assert.NoError(t, minimalGo().Validate())
	full := wantFull()
	assert.NoError(t, full.Validate(), "the full example case is valid")
}

// sameRows are the decoder's rules a case built in Go can break too: each row breaks one, in a case file
// (json, built from minimal as decode_test.go's rows are) and in Go (mutate, applied to minimalGo), and
// names the key path and the sentinel both must report. The rules a Go case cannot break (syntax, JSON
// types, unknown and duplicate keys, numbers for amounts, the forms of numbers and dates, null in an
// array, the size of the file) are listed in TestJSONOnlyRules.
var sameRows = []struct {
	ref, name string
	json      string
	mutate    func(c *pledge.Case)
	field     string
	err       error
}{
	// Required keys: absent in the file, the zero value in Go.
	{"case-format/required", "as_of", swap(`"as_of":"2016-06-30",`, ``),
		func(c *pledge.Case) { c.AsOf = deadlines.Date{} }, "as_of", pledge.ErrMissing},
	{"case-format/required", "rights", swap(`[{"kind":"invention"}]`, `[]`),
		func(c *pledge.Case) { c.Rights = nil }, "rights", pledge.ErrMissing},
	{"case-format/required", "the loan", `{"as_of":"2016-06-30","rights":[{"kind":"invention"}]}`,
		func(c *pledge.Case) { c.Loan = pledge.Loan{} }, "loan", pledge.ErrMissing},
	{"case-format/required", "loan.amount, never set in Go", swap(`"amount":"5000000.00",`, ``),
		func(c *pledge.Case) { c.Loan.Amount = decimal.Decimal{} }, "loan.amount", pledge.ErrMissing},
	{"case-format/required", "loan.contract_date", swap(`"contract_date":"2016-01-05",`, ``),
		func(c *pledge.Case) { c.Loan.ContractDate = deadlines.Date{} }, "loan.contract_date", pledge.ErrMissing},
	{"case-format/required", "loan.maturity_date", swap(`"2017-01-08"`, `null`),
		func(c *pledge.Case) { c.Loan.MaturityDate = deadlines.Date{} }, "loan.maturity_date", pledge.ErrMissing},
	{"case-format/required", "a right's kind", swap(`{"kind":"invention"}`, `{"number":"201310123456.2"}`),
		func(c *pledge.Case) { c.Rights[0] = pledge.Right{Number: "201310123456.2"} }, "rights[0].kind", pledge.ErrMissing},
	{"case-format/required", "a use's purpose", withLoan(`"uses":[{"amount":"1.00"}]`),
		func(c *pledge.Case) { c.Loan.Uses = []pledge.Use{{Amount: dec("1.00")}} }, "loan.uses[0].purpose", pledge.ErrMissing},
	{"case-format/required", "a use's amount", withLoan(`"uses":[{"purpose":"rd"}]`),
		func(c *pledge.Case) { c.Loan.Uses = []pledge.Use{{Purpose: pledge.RD}} }, "loan.uses[0].amount", pledge.ErrMissing},
	{"case-format/required", "a provider's role", withLoan(`"providers":[{"name":"某担保公司"}]`),
		func(c *pledge.Case) { c.Loan.Providers = []pledge.Provider{{Name: "某担保公司"}} }, "loan.providers[0].role", pledge.ErrMissing},
	{"case-format/required", "a change's day", withLoan(`"changes":[{"filed":"2016-05-10"}]`),
		func(c *pledge.Case) { c.Loan.Changes = []pledge.Change{{Filed: day("2016-05-10")}} }, "loan.changes[0].changed", pledge.ErrMissing},
	{"case-format/required", "a default's principal", withTop(`"default":{}`),
		func(c *pledge.Case) { c.Default = &pledge.Default{} }, "default.outstanding_principal", pledge.ErrMissing},
	{"case-format/required", "a loss share's share", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender"}]}`),
		func(c *pledge.Case) {
			c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00"), LossShares: []pledge.LossShare{{Bearer: pledge.LenderBearer}}}
		}, "default.loss_shares[0].share", pledge.ErrMissing},
	{"case-format/required", "an application's kind", withTop(`"application":{"applicant":"某担保公司"}`),
		func(c *pledge.Case) { c.Application = &pledge.Application{Applicant: "某担保公司"} }, "application.kind", pledge.ErrMissing},
	{"case-format/required", "a sanction's body, empty", withTop(`"sanctions":[{"body":"","decided":"2014-05-06","ground":"fraud"}]`),
		func(c *pledge.Case) {
			c.Sanctions = []pledge.Sanction{{Decided: day("2014-05-06"), Ground: pledge.Fraud}}
		}, "sanctions[0].body", pledge.ErrMissing},
	// Money: not negative, at most 2 decimals as written.
	{"case-format/money", "negative, as in the spec's stderr line", swap(`"5000000.00"`, `"-5"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("-5") }, "loan.amount", pledge.ErrNegative},
	{"case-format/money", "one fen below zero", swap(`"5000000.00"`, `"-0.01"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("-0.01") }, "loan.amount", pledge.ErrNegative},
	{"case-format/money", "3 decimals, though it equals 1.23", swap(`"5000000.00"`, `"1.230"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("1.230") }, "loan.amount", pledge.ErrPrecision},
	{"case-format/money", "a negative fee", withLoan(`"providers":[{"role":"guarantor","fee":"-1.00"}]`),
		func(c *pledge.Case) {
			c.Loan.Providers = []pledge.Provider{{Role: pledge.Guarantor, Fee: nullDec("-1.00")}}
		}, "loan.providers[0].fee", pledge.ErrNegative},
	{"case-format/money", "3 decimals in revenue", withTop(`"enterprise":{"size_facts":{"revenue":"35000000.001"}}`),
		func(c *pledge.Case) {
			c.Enterprise.SizeFacts = &pledge.SizeFacts{Revenue: nullDec("35000000.001")}
		}, "enterprise.size_facts.revenue", pledge.ErrPrecision},
	// Rates in [0, 1), shares in [0, 1].
	{"case-format/rates", "exactly 1", withLoan(`"annual_rate":"1"`),
		func(c *pledge.Case) { c.Loan.AnnualRate = nullDec("1") }, "loan.annual_rate", pledge.ErrRateRange},
	{"case-format/rates", "1.5, as issue 8 found", withLoan(`"annual_rate":"1.5"`),
		func(c *pledge.Case) { c.Loan.AnnualRate = nullDec("1.5") }, "loan.annual_rate", pledge.ErrRateRange},
	{"case-format/rates", "below 0", withLoan(`"lender_average_rate":"-0.0001"`),
		func(c *pledge.Case) { c.Loan.LenderAverageRate = nullDec("-0.0001") }, "loan.lender_average_rate", pledge.ErrRateRange},
	{"I-15", "share past 1", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"1.01"}]}`),
		func(c *pledge.Case) {
			c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00"),
				LossShares: []pledge.LossShare{{Bearer: pledge.LenderBearer, Share: dec("1.01")}}}
		}, "default.loss_shares[0].share", pledge.ErrShareRange},
	// Counts.
	{"case-format/counts", "negative employees", withTop(`"enterprise":{"size_facts":{"employees":-1}}`),
		func(c *pledge.Case) { c.Enterprise.SizeFacts = &pledge.SizeFacts{Employees: intp(-1)} }, "enterprise.size_facts.employees", pledge.ErrCount},
	{"case-format/counts", "negative term compensation", withRight(`"term_compensation_days":-3`),
		func(c *pledge.Case) { c.Rights[0].TermCompensationDays = -3 }, "rights[0].term_compensation_days", pledge.ErrCount},
	{"I-19", "a supplement period of no days", withTop(`"application":{"kind":"fee_subsidy","supplement_days":0}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication, SupplementDays: intp(0)}
		}, "application.supplement_days", pledge.ErrNotPositive},
	// Enumerations: a spelling not allowed in the file, a value out of range in Go.
	{"case-format/enums", "a kind that is none", swap(`"invention"`, `"patent"`),
		func(c *pledge.Case) { c.Rights[0].Kind = pledge.RightKind(99) }, "rights[0].kind", pledge.ErrUnknownValue},
	{"case-format/enums", "a material that is none", withTop(`"application":{"kind":"fee_subsidy","materials":["application_form","photo"]}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication,
				Materials: []pledge.Material{pledge.ApplicationForm, pledge.Material(99)}}
		}, "application.materials[1]", pledge.ErrUnknownValue},
	{"case-format/enums", "an empty material", withTop(`"application":{"kind":"fee_subsidy","materials":[""]}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication, Materials: []pledge.Material{0}}
		}, "application.materials[0]", pledge.ErrUnknownValue},
	// Dates in order (each one day before its start).
	{"case-format/order", "start before signing", withLoan(`"start_date":"2016-01-04"`),
		func(c *pledge.Case) { c.Loan.StartDate = day("2016-01-04") }, "loan.start_date", pledge.ErrEndBeforeStart},
	{"case-format/order", "maturity before signing, as issue 8 found", swap(`"2017-01-08"`, `"2016-01-04"`),
		func(c *pledge.Case) { c.Loan.MaturityDate = day("2016-01-04") }, "loan.maturity_date", pledge.ErrEndBeforeStart},
	{"Art. 14¶3", "release filed before termination", withLoan(`"terminated":"2017-01-08","release_filed":"2017-01-07"`),
		func(c *pledge.Case) { c.Loan.Terminated, c.Loan.ReleaseFiled = day("2017-01-08"), day("2017-01-07") }, "loan.release_filed", pledge.ErrEndBeforeStart},
	{"Art. 14¶1", "registration filed before signing", withLoan(`"registration":{"filed":"2016-01-04"}`),
		func(c *pledge.Case) { c.Loan.Registration = &pledge.Registration{Filed: day("2016-01-04")} }, "loan.registration.filed", pledge.ErrEndBeforeStart},
	{"Art. 14¶2", "change filed before the change", withLoan(`"changes":[{"changed":"2016-05-03","filed":"2016-05-02"}]`),
		func(c *pledge.Case) {
			c.Loan.Changes = []pledge.Change{{Changed: day("2016-05-03"), Filed: day("2016-05-02")}}
		}, "loan.changes[0].filed", pledge.ErrEndBeforeStart},
	{"Art. 14¶2", "change before signing", withLoan(`"changes":[{"changed":"2016-01-04"}]`),
		func(c *pledge.Case) { c.Loan.Changes = []pledge.Change{{Changed: day("2016-01-04")}} }, "loan.changes[0].changed", pledge.ErrEndBeforeStart},
	{"I-6", "IC first use before creation", withRight(`"ic_created":"2014-11-20","ic_first_commercial_use":"2014-11-19"`),
		func(c *pledge.Case) {
			c.Rights[0].ICCreated, c.Rights[0].ICFirstCommercialUse = day("2014-11-20"), day("2014-11-19")
		}, "rights[0].ic_first_commercial_use", pledge.ErrEndBeforeStart},
	{"I-19", "supplemented before the request", withTop(`"application":{"kind":"fee_subsidy","submitted":"2016-03-01","supplement_requested":"2016-03-04","supplemented":"2016-03-03"}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication, Submitted: day("2016-03-01"),
				SupplementRequested: day("2016-03-04"), Supplemented: day("2016-03-03")}
		}, "application.supplemented", pledge.ErrEndBeforeStart},
	// I-35: 集成电路布图设计保护条例 took effect, and its registration began, on 2001-10-01: a registration
	// applied for the day before is impossible.
	{"I-35", "IC registration the day before registration began", withRight(`"ic_registration_filed":"2001-09-30"`),
		func(c *pledge.Case) { c.Rights[0].ICRegistrationFiled = day("2001-09-30") }, "rights[0].ic_registration_filed", pledge.ErrImpossibleDate},
	// Sums. I-10: 3,000,000.00 + 2,000,000.01 = 5,000,000.01 > 5,000,000.00.
	{"I-10", "uses one fen past the amount", withLoan(`"uses":[{"purpose":"rd","amount":"3000000.00"},{"purpose":"funds","amount":"2000000.01"}]`),
		func(c *pledge.Case) {
			c.Loan.Uses = []pledge.Use{{Purpose: pledge.RD, Amount: dec("3000000.00")}, {Purpose: pledge.Funds, Amount: dec("2000000.01")}}
		}, "loan.uses", pledge.ErrUsesExceedAmount},
	// I-15: 0.5 + 0.51 = 1.01 > 1.
	{"I-15", "shares past 1", withTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"0.5"},{"bearer":"insurer","share":"0.51"}]}`),
		func(c *pledge.Case) {
			c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00"), LossShares: []pledge.LossShare{
				{Bearer: pledge.LenderBearer, Share: dec("0.5")}, {Bearer: pledge.InsurerBearer, Share: dec("0.51")}}}
		}, "default.loss_shares", pledge.ErrSharesExceedOne},
	// Art. 5(4): 200,000.01 applied out of 200,000.00 received.
	{"Art. 5(4)", "applied past the proceeds", withLoan(`"transfers":[{"proceeds":"200000.00","applied_to_loan":"200000.01"}]`),
		func(c *pledge.Case) {
			c.Loan.Transfers = []pledge.Transfer{{Proceeds: nullDec("200000.00"), AppliedToLoan: nullDec("200000.01")}}
		}, "loan.transfers[0].applied_to_loan", pledge.ErrAppliedExceedsProceeds},
	// Identifiers (check characters worked by hand in eligibility's identifiers_test.go: 91310110666007217T,
	// Σ 966 → T; 201310123456.2, Σ 123 → 2).
	{"I-5", "a credit code's check character", withTop(`"enterprise":{"credit_code":"91310110666007217U"}`),
		func(c *pledge.Case) { c.Enterprise.CreditCode = "91310110666007217U" }, "enterprise.credit_code", pledge.ErrCheckCharacter},
	{"Art. 2", "an invention's number on a design", swap(`{"kind":"invention"}`, `{"kind":"design","number":"201310123456.2"}`),
		func(c *pledge.Case) { c.Rights[0] = pledge.Right{Kind: pledge.Design, Number: "201310123456.2"} }, "rights[0].number", pledge.ErrKindMismatch},
	{"Art. 2", "an IC layout design's number", swap(`{"kind":"invention"}`, `{"kind":"ic_layout","number":"BS"}`),
		func(c *pledge.Case) { c.Rights[0] = pledge.Right{Kind: pledge.ICLayout, Number: "BS"} }, "rights[0].number", pledge.ErrIdentifier},
	// Issue 10: text that is not UTF-8.
	{"case-format/strings", "a lender's name with a byte that is not UTF-8", withLoan("\"lender\":\"某银行\xff\""),
		func(c *pledge.Case) { c.Loan.Lender = "某银行\xff" }, "loan.lender", pledge.ErrUTF8},
	// Limits (docs/case-format.md, "Limits").
	{"case-format/limits", "a name of 1,025 bytes", withLoan(`"lender":"` + strings.Repeat("x", 1025) + `"`),
		func(c *pledge.Case) { c.Loan.Lender = strings.Repeat("x", 1025) }, "loan.lender", pledge.ErrLimit},
	{"case-format/limits", "101 holders", withRight(`"holders":[` + strings.TrimSuffix(strings.Repeat(`"h",`, 101), ",") + `]`),
		func(c *pledge.Case) { c.Rights[0].Holders = strings.Split(strings.Repeat("h,", 100)+"h", ",") }, "rights[0].holders", pledge.ErrLimit},
}

// TestValidateSameAsDecoder: each rule the decoder applies and a case built in Go can break is refused by
// Validate with the key path and the sentinel the decoder gives for the same mistake in a case file.
func TestValidateSameAsDecoder(t *testing.T) {
	require.GreaterOrEqual(t, len(sameRows), 45)
	for _, tc := range sameRows {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			_, err := pledge.DecodeCase([]byte(tc.json))
			fromJSON := pledge.InputErrors(err)
			require.Len(t, fromJSON, 1, "the case file: %v", err)
			assert.Equal(t, tc.field, fromJSON[0].Field, "the case file")
			assert.ErrorIs(t, fromJSON[0], tc.err, "the case file")

			c := minimalGo()
			tc.mutate(c)
			err = c.Validate()
			fromGo := pledge.InputErrors(err)
			require.Len(t, fromGo, 1, "the case in Go: %v", err)
			assert.Equal(t, tc.field, fromGo[0].Field, "the case in Go")
			assert.ErrorIs(t, fromGo[0], tc.err, "the case in Go")
			assert.ErrorIs(t, err, tc.err)
		})
	}
}

// Issue 8's cases built in Go, which gave "eligible" before, and a nil case: each refused, all at once,
// in the order of the Go types, with the keys a case file names.
func TestValidateIssue8(t *testing.T) {
	var nilCase *pledge.Case
	err := nilCase.Validate()
	assert.EqualError(t, err, `(case): "null": required key missing`)

	c := minimalGo()
	c.AsOf = deadlines.Date{}                // zero as_of
	c.Loan.Amount = decimal.NewFromInt(-5e6) // Loan.Amount = -5000000
	c.Loan.AnnualRate = nullDec("1.5")       // a rate of 1.5
	c.Loan.MaturityDate = day("2015-12-31")  // maturity before the contract date, 2016-01-05
	var got []string
	for _, e := range pledge.InputErrors(c.Validate()) {
		got = append(got, e.Error())
	}
	assert.Equal(t, []string{
		`loan.amount: "-5000000.00": negative amount`,
		`loan.annual_rate: "1.5": rate outside [0, 1)`,
		`loan.maturity_date: "2015-12-31": ends before it starts`,
		`as_of: "": required key missing`,
	}, got)
}

// Validate's other rules that only a Go value can break: a Fact out of its three values.
func TestValidateGoOnly(t *testing.T) {
	c := minimalGo()
	c.Rights[0].Granted = pledge.Fact(7)
	err := c.Validate()
	var ie *pledge.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "rights[0].granted", ie.Field)
	assert.Equal(t, "7", ie.Value)
	assert.ErrorIs(t, err, pledge.ErrUnknownValue)

	// An amount of zero made in Go is given, as "0.00" is in a case file; the zero value decimal.Decimal{}
	// (which shopspring v1.6.0 also names decimal.Zero) is an amount never set, not given.
	c = minimalGo()
	c.Loan.Amount = decimal.NewFromInt(0)
	assert.NoError(t, c.Validate())
	c.Loan.Amount = decimal.RequireFromString("0.00")
	assert.NoError(t, c.Validate())
	c.Loan.Amount = decimal.Zero
	assert.ErrorIs(t, c.Validate(), pledge.ErrMissing)
}

// TestJSONOnlyRules lists the decoder's rules that a case built in Go cannot break, each with a case file
// that breaks it: Validate has nothing to say of them, since the Go types cannot hold the mistake.
func TestJSONOnlyRules(t *testing.T) {
	for _, tc := range []struct{ rule, in string }{
		{"syntax", `{"as_of":`},
		{"JSON type", swap(`"2016-06-30"`, `20160630`)},
		{"unknown key", withTop(`"notes":"x"`)},
		{"key given twice", withLoan(`"amount":"1.00"`)},
		{"a number for an amount", swap(`"5000000.00"`, `5000000`)},
		{"a decimal's form", swap(`"5000000.00"`, `"5e6"`)},
		{"a count's form", withTop(`"application":{"kind":"fee_subsidy","copies":2.0}`)},
		{"a date's form", swap(`"2016-06-30"`, `"2016-6-30"`)},
		{"no such day", swap(`"2016-06-30"`, `"2016-02-30"`)},
		{"null in an array", withRight(`"holders":[null]`)},
		{"nested too deep", `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`},
	} {
		_, err := pledge.DecodeCase([]byte(tc.in))
		assert.Error(t, err, tc.rule)
	}
}

// Every list of a case has a limit, and Validate and the decoder refuse one element more, naming the
// list and the limit; the limit itself is accepted. Each list is filled with valid elements, so that the
// limit is the one problem.
func TestLimits(t *testing.T) {
	elements := map[string]any{
		"rights":                pledge.Right{Kind: pledge.Trademark},
		"unpledged_rights":      pledge.UnpledgedRight{Number: "x"},
		"sanctions":             pledge.Sanction{Body: "某担保公司", Decided: day("2014-05-06"), Ground: pledge.Fraud},
		"rights[0].holders":     "某公司",
		"loan.uses":             pledge.Use{Purpose: pledge.RD, Amount: dec("0.00")},
		"loan.providers":        pledge.Provider{Role: pledge.Guarantor},
		"loan.changes":          pledge.Change{Changed: day("2016-05-03")},
		"loan.transfers":        pledge.Transfer{},
		"default.loss_shares":   pledge.LossShare{Bearer: pledge.LenderBearer, Share: dec("0")},
		"application.materials": pledge.ApplicationForm,
	}
	limits := map[string]int{"rights": 1000, "unpledged_rights": 10000, "sanctions": 1000, "rights[0].holders": 100,
		"loan.uses": 100, "loan.providers": 100, "loan.changes": 1000, "loan.transfers": 1000,
		"default.loss_shares": 100, "application.materials": 100}
	assert.Len(t, elements, countLists(reflect.TypeFor[pledge.Case]()), "a row for every list of a case")
	for key, elem := range elements {
		limit := limits[key]
		t.Run("case-format/limits/"+key, func(t *testing.T) {
			for _, n := range []int{limit, limit + 1} {
				c := minimalGo()
				c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00")}
				c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication}
				list := listAt(c, key)
				s := reflect.MakeSlice(list.Type(), n, n)
				for i := range n {
					s.Index(i).Set(reflect.ValueOf(elem))
				}
				list.Set(s)
				data, err := c.MarshalJSON()
				require.NoError(t, err)
				_, decodeErr := pledge.DecodeCase(data)
				for who, err := range map[string]error{"Validate": c.Validate(), "DecodeCase": decodeErr} {
					if n == limit {
						assert.NoError(t, err, "%s: %d elements, the limit", who, n)
						continue
					}
					errs := pledge.InputErrors(err)
					require.Len(t, errs, 1, "%s: %v", who, err)
					assert.Equal(t, key, errs[0].Field, who)
					assert.Equal(t, fmt.Sprint(n), errs[0].Value, who)
					assert.ErrorIs(t, err, pledge.ErrLimit, who)
					assert.EqualError(t, errs[0], fmt.Sprintf(`%s: "%d": past the library's limit: %d elements, at most %d`, key, n, n, limit), who)
				}
			}
		})
	}
}

// countLists counts the slice fields of t and the struct types under it.
func countLists(t reflect.Type) int {
	n := 0
	for i := range t.NumField() {
		ft := t.Field(i).Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		switch ft.Kind() {
		case reflect.Slice:
			n++
			if ft.Elem().Kind() == reflect.Struct {
				n += countLists(ft.Elem())
			}
		case reflect.Struct:
			if ft != reflect.TypeFor[deadlines.Date]() && ft != reflect.TypeFor[decimal.Decimal]() &&
				ft != reflect.TypeFor[decimal.NullDecimal]() {
				n += countLists(ft)
			}
		}
	}
	return n
}

// listAt is the list at key in c, settable.
func listAt(c *pledge.Case, key string) reflect.Value {
	switch key {
	case "rights":
		return reflect.ValueOf(&c.Rights).Elem()
	case "unpledged_rights":
		return reflect.ValueOf(&c.UnpledgedRights).Elem()
	case "sanctions":
		return reflect.ValueOf(&c.Sanctions).Elem()
	case "rights[0].holders":
		return reflect.ValueOf(&c.Rights[0].Holders).Elem()
	case "loan.uses":
		return reflect.ValueOf(&c.Loan.Uses).Elem()
	case "loan.providers":
		return reflect.ValueOf(&c.Loan.Providers).Elem()
	case "loan.changes":
		return reflect.ValueOf(&c.Loan.Changes).Elem()
	case "loan.transfers":
		return reflect.ValueOf(&c.Loan.Transfers).Elem()
	case "default.loss_shares":
		return reflect.ValueOf(&c.Default.LossShares).Elem()
	case "application.materials":
		return reflect.ValueOf(&c.Application.Materials).Elem()
	}
	panic(key)
}

// Text of MaxTextBytes is accepted; a byte more is refused. A case file of MaxCaseBytes is read; a byte
// more is refused as a whole, before it is read.
func TestTextAndFileLimits(t *testing.T) {
	c := minimalGo()
	c.Loan.Lender = strings.Repeat("银", pledge.MaxTextBytes/3) + "x" // 341 × 3 + 1 = 1,024 bytes
	require.Len(t, c.Loan.Lender, pledge.MaxTextBytes)
	assert.NoError(t, c.Validate())
	data, err := c.MarshalJSON()
	require.NoError(t, err)
	_, err = pledge.DecodeCase(data)
	assert.NoError(t, err)

	padded := []byte(minimal + strings.Repeat(" ", pledge.MaxCaseBytes-len(minimal)))
	_, err = pledge.DecodeCase(padded)
	assert.NoError(t, err, "a file of exactly MaxCaseBytes")
	_, err = pledge.DecodeCase(append(padded, ' '))
	assert.EqualError(t, err, `(case): "4194305": past the library's limit: 4194305 bytes, at most 4194304`)
	assert.ErrorIs(t, err, pledge.ErrLimit)
}

// Issue 10, fault 1: two holders whose names differ only in a byte that is not UTF-8 were read as one
// name (both bytes became U+FFFD), so the holders merged and an undetermined co-ownership came out as a
// single holder. The case file is refused, naming each key; so is the case built in Go.
func TestInvalidUTF8IsRefused(t *testing.T) {
	in := withRight("\"holders\":[\"HOLDER\xff\",\"HOLDER\xfe\"]")
	_, err := pledge.DecodeCase([]byte(in))
	var got []string
	for _, e := range pledge.InputErrors(err) {
		got = append(got, e.Field+" "+fmt.Sprintf("%q", e.Value)+" "+e.Err.Error())
	}
	assert.Equal(t, []string{
		`rights[0].holders[0] "HOLDER\xff" not valid UTF-8`,
		`rights[0].holders[1] "HOLDER\xfe" not valid UTF-8`,
	}, got)

	c := minimalGo()
	c.Rights[0].Holders = []string{"HOLDER\xff", "HOLDER\xfe"}
	got = got[:0]
	for _, e := range pledge.InputErrors(c.Validate()) {
		got = append(got, e.Field+" "+fmt.Sprintf("%q", e.Value)+" "+e.Err.Error())
	}
	assert.Equal(t, []string{
		`rights[0].holders[0] "HOLDER\xff" not valid UTF-8`,
		`rights[0].holders[1] "HOLDER\xfe" not valid UTF-8`,
	}, got)

	// The same for a JSON escape naming half a surrogate pair, which reads as U+FFFD too; a whole pair is
	// one character, and accepted.
	_, err = pledge.DecodeCase([]byte(withRight(`"holders":["HOLDER\ud800","HOLDER\udfff"]`)))
	assert.Len(t, pledge.InputErrors(err), 2)
	assert.ErrorIs(t, err, pledge.ErrUTF8)
	d, err := pledge.DecodeCase([]byte(withRight(`"holders":["HOLDER\ud83d\ude00"]`)))
	require.NoError(t, err)
	assert.Equal(t, []string{"HOLDER😀"}, d.Rights[0].Holders)
	// An enumeration or a date with such bytes was refused before, as not one of its values.
	_, err = pledge.DecodeCase([]byte(swap(`"invention"`, "\"invention\xff\"")))
	assert.True(t, errors.Is(err, pledge.ErrUnknownValue))
}

// The limits docs/case-format.md lists are the limits the struct tags set, list by list, and the two
// constants.
func TestLimitsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/case-format.md")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(doc), "## Limits")
	require.True(t, ok)
	section, _, _ = strings.Cut(section, "\n## ")
	documented := map[string]string{}
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) == 4 && strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			documented[strings.Trim(strings.TrimSpace(cells[1]), "`")] = strings.TrimSpace(cells[2])
		}
	}
	tagged := map[string]string{}
	var walk func(prefix string, typ reflect.Type)
	walk = func(prefix string, typ reflect.Type) {
		for i := range typ.NumField() {
			sf := typ.Field(i)
			key := prefix + strings.Split(sf.Tag.Get("json"), ",")[0]
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch {
			case ft.Kind() == reflect.Slice:
				for _, w := range strings.Split(sf.Tag.Get("cq"), ",") {
					if n, ok := strings.CutPrefix(w, "max="); ok {
						tagged[key] = n
					}
				}
				if ft.Elem().Kind() == reflect.Struct {
					walk(key+"[].", ft.Elem())
				}
			case ft.Kind() == reflect.Struct && ft.PkgPath() == reflect.TypeFor[pledge.Case]().PkgPath():
				walk(key+".", ft)
			}
		}
	}
	walk("", reflect.TypeFor[pledge.Case]())
	for key, n := range tagged {
		assert.Equal(t, n, strings.ReplaceAll(documented[key], ",", ""), "the limit of %s", key)
	}
	assert.Len(t, documented, len(tagged), "a row in the table for each list, no more")
	assert.Contains(t, section, fmt.Sprintf("(%s bytes), `pledge.MaxCaseBytes`", "4,194,304"))
	assert.Equal(t, 4194304, pledge.MaxCaseBytes)
	assert.Contains(t, section, "1,024 bytes of UTF-8, `pledge.MaxTextBytes`")
	assert.Equal(t, 1024, pledge.MaxTextBytes)
}
