// Package casetest holds the rows that hold every way into cqpledge to one contract (issue 8): each rule
// of the case format that a case built in Go can break, as a case file and as a change to a case in Go,
// with the key path and the sentinel that DecodeCase, Case.Validate — and Assess, Check and Evaluate,
// which refuse an invalid case — must give for both. For tests only.
package casetest

import (
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Minimal is the smallest case the format accepts: the required keys of docs/case-format.md only.
const Minimal = `{"as_of":"2016-06-30","rights":[{"kind":"invention"}],` +
	`"loan":{"amount":"5000000.00","contract_date":"2016-01-05","maturity_date":"2017-01-08"}}`

// Swap returns Minimal with old replaced by new (old must be there).
func Swap(old, new string) string {
	if !strings.Contains(Minimal, old) {
		panic("Swap: " + old + " not in Minimal")
	}
	return strings.Replace(Minimal, old, new, 1)
}

// WithLoan adds keys to Minimal's loan.
func WithLoan(keys string) string {
	return Swap(`"maturity_date":"2017-01-08"`, `"maturity_date":"2017-01-08",`+keys)
}

// WithTop adds keys to Minimal's top level.
func WithTop(keys string) string {
	return Swap(`"as_of":"2016-06-30"`, `"as_of":"2016-06-30",`+keys)
}

// WithRight adds keys to Minimal's one right.
func WithRight(keys string) string {
	return Swap(`{"kind":"invention"}`, `{"kind":"invention",`+keys+`}`)
}

// MinimalGo is Minimal built in Go: the same case, key for key.
func MinimalGo() *pledge.Case {
	return &pledge.Case{
		AsOf:   day("2016-06-30"),
		Rights: []pledge.Right{{Kind: pledge.Invention}},
		Loan: pledge.Loan{Amount: dec("5000000.00"), ContractDate: day("2016-01-05"),
			MaturityDate: day("2017-01-08")},
	}
}

// Row is one rule broken: in a case file (JSON) and in Go (Mutate, applied to MinimalGo), refused at the
// key path Field with the sentinel Err. Ref cites the rule: the case format's section, an article, an
// interpretation.
type Row struct {
	Ref, Name string
	JSON      string
	Mutate    func(c *pledge.Case)
	Field     string
	Err       error
}

func dec(s string) decimal.Decimal         { return decimal.RequireFromString(s) }
func nullDec(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }
func day(s string) deadlines.Date          { return deadlines.MustParseDate(s) }
func intp(n int) *int                      { return &n }

// Rows are the decoder's rules a case built in Go can break too: each row breaks one, in a case file (JSON,
// built from Minimal) and in Go (Mutate, applied to MinimalGo), and names the key path and the sentinel
// every way into the library must refuse both with. The rules a Go case cannot break (syntax, JSON types,
// unknown and duplicate keys, numbers for amounts, the forms of numbers and dates, null in an array, the
// size of the file) are listed in pledge's TestJSONOnlyRules.
var Rows = []Row{
	// Required keys: absent in the file, the zero value in Go.
	{"case-format/required", "as_of", Swap(`"as_of":"2016-06-30",`, ``),
		func(c *pledge.Case) { c.AsOf = deadlines.Date{} }, "as_of", pledge.ErrMissing},
	{"case-format/required", "rights", Swap(`[{"kind":"invention"}]`, `[]`),
		func(c *pledge.Case) { c.Rights = nil }, "rights", pledge.ErrMissing},
	{"case-format/required", "the loan", `{"as_of":"2016-06-30","rights":[{"kind":"invention"}]}`,
		func(c *pledge.Case) { c.Loan = pledge.Loan{} }, "loan", pledge.ErrMissing},
	{"case-format/required", "loan.amount, never set in Go", Swap(`"amount":"5000000.00",`, ``),
		func(c *pledge.Case) { c.Loan.Amount = decimal.Decimal{} }, "loan.amount", pledge.ErrMissing},
	{"case-format/required", "loan.contract_date", Swap(`"contract_date":"2016-01-05",`, ``),
		func(c *pledge.Case) { c.Loan.ContractDate = deadlines.Date{} }, "loan.contract_date", pledge.ErrMissing},
	{"case-format/required", "loan.maturity_date", Swap(`"2017-01-08"`, `null`),
		func(c *pledge.Case) { c.Loan.MaturityDate = deadlines.Date{} }, "loan.maturity_date", pledge.ErrMissing},
	{"case-format/required", "a right's kind", Swap(`{"kind":"invention"}`, `{"number":"201310123456.2"}`),
		func(c *pledge.Case) { c.Rights[0] = pledge.Right{Number: "201310123456.2"} }, "rights[0].kind", pledge.ErrMissing},
	{"case-format/required", "a use's purpose", WithLoan(`"uses":[{"amount":"1.00"}]`),
		func(c *pledge.Case) { c.Loan.Uses = []pledge.Use{{Amount: dec("1.00")}} }, "loan.uses[0].purpose", pledge.ErrMissing},
	{"case-format/required", "a use's amount", WithLoan(`"uses":[{"purpose":"rd"}]`),
		func(c *pledge.Case) { c.Loan.Uses = []pledge.Use{{Purpose: pledge.RD}} }, "loan.uses[0].amount", pledge.ErrMissing},
	{"case-format/required", "a provider's role", WithLoan(`"providers":[{"name":"某担保公司"}]`),
		func(c *pledge.Case) { c.Loan.Providers = []pledge.Provider{{Name: "某担保公司"}} }, "loan.providers[0].role", pledge.ErrMissing},
	{"case-format/required", "a change's day", WithLoan(`"changes":[{"filed":"2016-05-10"}]`),
		func(c *pledge.Case) { c.Loan.Changes = []pledge.Change{{Filed: day("2016-05-10")}} }, "loan.changes[0].changed", pledge.ErrMissing},
	{"case-format/required", "a default's principal", WithTop(`"default":{}`),
		func(c *pledge.Case) { c.Default = &pledge.Default{} }, "default.outstanding_principal", pledge.ErrMissing},
	{"case-format/required", "a loss share's share", WithTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender"}]}`),
		func(c *pledge.Case) {
			c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00"), LossShares: []pledge.LossShare{{Bearer: pledge.LenderBearer}}}
		}, "default.loss_shares[0].share", pledge.ErrMissing},
	{"case-format/required", "an application's kind", WithTop(`"application":{"applicant":"某担保公司"}`),
		func(c *pledge.Case) { c.Application = &pledge.Application{Applicant: "某担保公司"} }, "application.kind", pledge.ErrMissing},
	{"case-format/required", "a sanction's body, empty", WithTop(`"sanctions":[{"body":"","decided":"2014-05-06","ground":"fraud"}]`),
		func(c *pledge.Case) {
			c.Sanctions = []pledge.Sanction{{Decided: day("2014-05-06"), Ground: pledge.Fraud}}
		}, "sanctions[0].body", pledge.ErrMissing},
	// Money: not negative, at most 2 decimals as written.
	{"case-format/money", "negative, as in the spec's stderr line", Swap(`"5000000.00"`, `"-5"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("-5") }, "loan.amount", pledge.ErrNegative},
	{"case-format/money", "one fen below zero", Swap(`"5000000.00"`, `"-0.01"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("-0.01") }, "loan.amount", pledge.ErrNegative},
	{"case-format/money", "3 decimals, though it equals 1.23", Swap(`"5000000.00"`, `"1.230"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("1.230") }, "loan.amount", pledge.ErrPrecision},
	{"case-format/money", "a negative fee", WithLoan(`"providers":[{"role":"guarantor","fee":"-1.00"}]`),
		func(c *pledge.Case) {
			c.Loan.Providers = []pledge.Provider{{Role: pledge.Guarantor, Fee: nullDec("-1.00")}}
		}, "loan.providers[0].fee", pledge.ErrNegative},
	{"case-format/money", "3 decimals in revenue", WithTop(`"enterprise":{"size_facts":{"revenue":"35000000.001"}}`),
		func(c *pledge.Case) {
			c.Enterprise.SizeFacts = &pledge.SizeFacts{Revenue: nullDec("35000000.001")}
		}, "enterprise.size_facts.revenue", pledge.ErrPrecision},
	// At most 40 digits on either side of the point (the decoder's limit, which keeps a hostile number from
	// costing memory and time): 41 whole digits, 41 decimals of a rate, and a Go decimal of a million digits,
	// which no case file under MaxCaseBytes can hold (its JSON row is the 41-digit one again).
	{"case-format/digits", "41 whole digits", Swap(`"5000000.00"`, `"1`+strings.Repeat("0", 40)+`.00"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("1" + strings.Repeat("0", 40) + ".00") }, "loan.amount", pledge.ErrAmount},
	{"case-format/digits", "40 whole digits pass the limit and are an amount", Swap(`"5000000.00"`, `"1`+strings.Repeat("0", 39)+`.001"`),
		func(c *pledge.Case) { c.Loan.Amount = dec("1" + strings.Repeat("0", 39) + ".001") }, "loan.amount", pledge.ErrPrecision},
	{"case-format/digits", "a rate of 41 decimals", WithLoan(`"annual_rate":"0.` + strings.Repeat("0", 40) + `1"`),
		func(c *pledge.Case) { c.Loan.AnnualRate = nullDec("0." + strings.Repeat("0", 40) + "1") }, "loan.annual_rate", pledge.ErrAmount},
	{"case-format/digits", "a million digits, from Go", Swap(`"5000000.00"`, `"1`+strings.Repeat("0", 40)+`.00"`),
		func(c *pledge.Case) { c.Loan.Amount = decimal.New(1, 1_000_000) }, "loan.amount", pledge.ErrAmount},
	// Rates in [0, 1), shares in [0, 1].
	{"case-format/rates", "exactly 1", WithLoan(`"annual_rate":"1"`),
		func(c *pledge.Case) { c.Loan.AnnualRate = nullDec("1") }, "loan.annual_rate", pledge.ErrRateRange},
	{"case-format/rates", "1.5, as issue 8 found", WithLoan(`"annual_rate":"1.5"`),
		func(c *pledge.Case) { c.Loan.AnnualRate = nullDec("1.5") }, "loan.annual_rate", pledge.ErrRateRange},
	{"case-format/rates", "below 0", WithLoan(`"lender_average_rate":"-0.0001"`),
		func(c *pledge.Case) { c.Loan.LenderAverageRate = nullDec("-0.0001") }, "loan.lender_average_rate", pledge.ErrRateRange},
	{"I-15", "share past 1", WithTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"1.01"}]}`),
		func(c *pledge.Case) {
			c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00"),
				LossShares: []pledge.LossShare{{Bearer: pledge.LenderBearer, Share: dec("1.01")}}}
		}, "default.loss_shares[0].share", pledge.ErrShareRange},
	// Counts.
	{"case-format/counts", "negative employees", WithTop(`"enterprise":{"size_facts":{"employees":-1}}`),
		func(c *pledge.Case) { c.Enterprise.SizeFacts = &pledge.SizeFacts{Employees: intp(-1)} }, "enterprise.size_facts.employees", pledge.ErrCount},
	{"case-format/counts", "negative term compensation", WithRight(`"term_compensation_days":-3`),
		func(c *pledge.Case) { c.Rights[0].TermCompensationDays = -3 }, "rights[0].term_compensation_days", pledge.ErrCount},
	{"I-19", "a supplement period of no days", WithTop(`"application":{"kind":"fee_subsidy","supplement_days":0}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication, SupplementDays: intp(0)}
		}, "application.supplement_days", pledge.ErrNotPositive},
	// Enumerations: a spelling not allowed in the file, a value out of range in Go.
	{"case-format/enums", "a kind that is none", Swap(`"invention"`, `"patent"`),
		func(c *pledge.Case) { c.Rights[0].Kind = pledge.RightKind(99) }, "rights[0].kind", pledge.ErrUnknownValue},
	{"case-format/enums", "a material that is none", WithTop(`"application":{"kind":"fee_subsidy","materials":["application_form","photo"]}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication,
				Materials: []pledge.Material{pledge.ApplicationForm, pledge.Material(99)}}
		}, "application.materials[1]", pledge.ErrUnknownValue},
	{"case-format/enums", "an empty material", WithTop(`"application":{"kind":"fee_subsidy","materials":[""]}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication, Materials: []pledge.Material{0}}
		}, "application.materials[0]", pledge.ErrUnknownValue},
	// Dates in order (each one day before its start).
	{"case-format/order", "start before signing", WithLoan(`"start_date":"2016-01-04"`),
		func(c *pledge.Case) { c.Loan.StartDate = day("2016-01-04") }, "loan.start_date", pledge.ErrEndBeforeStart},
	{"case-format/order", "maturity before signing, as issue 8 found", Swap(`"2017-01-08"`, `"2016-01-04"`),
		func(c *pledge.Case) { c.Loan.MaturityDate = day("2016-01-04") }, "loan.maturity_date", pledge.ErrEndBeforeStart},
	{"Art. 14¶3", "release filed before termination", WithLoan(`"terminated":"2017-01-08","release_filed":"2017-01-07"`),
		func(c *pledge.Case) { c.Loan.Terminated, c.Loan.ReleaseFiled = day("2017-01-08"), day("2017-01-07") }, "loan.release_filed", pledge.ErrEndBeforeStart},
	{"Art. 14¶1", "registration filed before signing", WithLoan(`"registration":{"filed":"2016-01-04"}`),
		func(c *pledge.Case) { c.Loan.Registration = &pledge.Registration{Filed: day("2016-01-04")} }, "loan.registration.filed", pledge.ErrEndBeforeStart},
	{"Art. 14¶2", "change filed before the change", WithLoan(`"changes":[{"changed":"2016-05-03","filed":"2016-05-02"}]`),
		func(c *pledge.Case) {
			c.Loan.Changes = []pledge.Change{{Changed: day("2016-05-03"), Filed: day("2016-05-02")}}
		}, "loan.changes[0].filed", pledge.ErrEndBeforeStart},
	{"Art. 14¶2", "change before signing", WithLoan(`"changes":[{"changed":"2016-01-04"}]`),
		func(c *pledge.Case) { c.Loan.Changes = []pledge.Change{{Changed: day("2016-01-04")}} }, "loan.changes[0].changed", pledge.ErrEndBeforeStart},
	{"I-6", "IC first use before creation", WithRight(`"ic_created":"2014-11-20","ic_first_commercial_use":"2014-11-19"`),
		func(c *pledge.Case) {
			c.Rights[0].ICCreated, c.Rights[0].ICFirstCommercialUse = day("2014-11-20"), day("2014-11-19")
		}, "rights[0].ic_first_commercial_use", pledge.ErrEndBeforeStart},
	{"I-19", "supplemented before the request", WithTop(`"application":{"kind":"fee_subsidy","submitted":"2016-03-01","supplement_requested":"2016-03-04","supplemented":"2016-03-03"}`),
		func(c *pledge.Case) {
			c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication, Submitted: day("2016-03-01"),
				SupplementRequested: day("2016-03-04"), Supplemented: day("2016-03-03")}
		}, "application.supplemented", pledge.ErrEndBeforeStart},
	// I-35: 集成电路布图设计保护条例 took effect, and its registration began, on 2001-10-01: a registration
	// applied for the day before is impossible.
	{"I-35", "IC registration the day before registration began", WithRight(`"ic_registration_filed":"2001-09-30"`),
		func(c *pledge.Case) { c.Rights[0].ICRegistrationFiled = day("2001-09-30") }, "rights[0].ic_registration_filed", pledge.ErrImpossibleDate},
	// Term facts a patent cannot have (I-6, I-29): a filing before the Patent Law took effect on
	// 1985-04-01; term compensation for a utility model, to which Art. 42 of the Patent Law gives none;
	// fees paid through year 21 of an invention's 20-year term, for which no fee is due.
	{"I-6", "an invention filed the day before the Patent Law took effect", WithRight(`"filing_date":"1985-03-31"`),
		func(c *pledge.Case) { c.Rights[0].FilingDate = day("1985-03-31") }, "rights[0].filing_date", deadlines.ErrBeforeLaw},
	{"I-6", "term compensation for a utility model", Swap(`{"kind":"invention"}`, `{"kind":"utility_model","filing_date":"2014-03-10","term_compensation_days":10}`),
		func(c *pledge.Case) {
			c.Rights[0] = pledge.Right{Kind: pledge.UtilityModel, FilingDate: day("2014-03-10"), TermCompensationDays: 10}
		}, "rights[0].term_compensation_days", deadlines.ErrCompensation},
	{"I-29", "fees paid through year 21 of a 20-year term", WithRight(`"filing_date":"2010-03-10","annual_fees_paid_through_year":21`),
		func(c *pledge.Case) {
			c.Rights[0].FilingDate, c.Rights[0].AnnualFeesPaidThroughYear = day("2010-03-10"), intp(21)
		}, "rights[0].annual_fees_paid_through_year", deadlines.ErrFeeYear},
	{"I-29", "fees paid through year 0, which no patent has", WithRight(`"annual_fees_paid_through_year":0`),
		func(c *pledge.Case) { c.Rights[0].AnnualFeesPaidThroughYear = intp(0) }, "rights[0].annual_fees_paid_through_year", pledge.ErrNotPositive},
	// I-22: the pledge is judged on the contract date 2016-01-05 (no registration given); a patent filed the
	// day after cannot have been pledged then.
	{"I-22", "a patent filed the day after the contract", WithRight(`"filing_date":"2016-01-06"`),
		func(c *pledge.Case) { c.Rights[0].FilingDate = day("2016-01-06") }, "rights[0].filing_date", pledge.ErrEndBeforeStart},
	// Sums. I-10: 3,000,000.00 + 2,000,000.01 = 5,000,000.01 > 5,000,000.00.
	{"I-10", "uses one fen past the amount", WithLoan(`"uses":[{"purpose":"rd","amount":"3000000.00"},{"purpose":"funds","amount":"2000000.01"}]`),
		func(c *pledge.Case) {
			c.Loan.Uses = []pledge.Use{{Purpose: pledge.RD, Amount: dec("3000000.00")}, {Purpose: pledge.Funds, Amount: dec("2000000.01")}}
		}, "loan.uses", pledge.ErrUsesExceedAmount},
	// I-15: 0.5 + 0.51 = 1.01 > 1.
	{"I-15", "shares past 1", WithTop(`"default":{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"0.5"},{"bearer":"insurer","share":"0.51"}]}`),
		func(c *pledge.Case) {
			c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00"), LossShares: []pledge.LossShare{
				{Bearer: pledge.LenderBearer, Share: dec("0.5")}, {Bearer: pledge.InsurerBearer, Share: dec("0.51")}}}
		}, "default.loss_shares", pledge.ErrSharesExceedOne},
	// Art. 5(4): 200,000.01 applied out of 200,000.00 received.
	{"Art. 5(4)", "applied past the proceeds", WithLoan(`"transfers":[{"proceeds":"200000.00","applied_to_loan":"200000.01"}]`),
		func(c *pledge.Case) {
			c.Loan.Transfers = []pledge.Transfer{{Proceeds: nullDec("200000.00"), AppliedToLoan: nullDec("200000.01")}}
		}, "loan.transfers[0].applied_to_loan", pledge.ErrAppliedExceedsProceeds},
	// Identifiers (check characters worked by hand in eligibility's identifiers_test.go: 91310110666007217T,
	// Σ 966 → T; 201310123456.2, Σ 123 → 2).
	{"I-5", "a credit code's check character", WithTop(`"enterprise":{"credit_code":"91310110666007217U"}`),
		func(c *pledge.Case) { c.Enterprise.CreditCode = "91310110666007217U" }, "enterprise.credit_code", pledge.ErrCheckCharacter},
	{"Art. 2", "an invention's number on a design", Swap(`{"kind":"invention"}`, `{"kind":"design","number":"201310123456.2"}`),
		func(c *pledge.Case) { c.Rights[0] = pledge.Right{Kind: pledge.Design, Number: "201310123456.2"} }, "rights[0].number", pledge.ErrKindMismatch},
	{"Art. 2", "an IC layout design's number", Swap(`{"kind":"invention"}`, `{"kind":"ic_layout","number":"BS"}`),
		func(c *pledge.Case) { c.Rights[0] = pledge.Right{Kind: pledge.ICLayout, Number: "BS"} }, "rights[0].number", pledge.ErrIdentifier},
	// Issue 10: text that is not UTF-8.
	{"case-format/strings", "a lender's name with a byte that is not UTF-8", WithLoan("\"lender\":\"某银行\xff\""),
		func(c *pledge.Case) { c.Loan.Lender = "某银行\xff" }, "loan.lender", pledge.ErrUTF8},
	// Limits (docs/case-format.md, "Limits").
	{"case-format/limits", "a name of 1,025 bytes", WithLoan(`"lender":"` + strings.Repeat("x", 1025) + `"`),
		func(c *pledge.Case) { c.Loan.Lender = strings.Repeat("x", 1025) }, "loan.lender", pledge.ErrLimit},
	{"case-format/limits", "101 holders", WithRight(`"holders":[` + strings.TrimSuffix(strings.Repeat(`"h",`, 101), ",") + `]`),
		func(c *pledge.Case) { c.Rights[0].Holders = strings.Split(strings.Repeat("h,", 100)+"h", ",") }, "rights[0].holders", pledge.ErrLimit},
}
