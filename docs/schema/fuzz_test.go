package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

// picker turns the fuzzer's bytes into choices. Each choice takes the next byte (0 once the bytes run
// out): a byte of 252 or more picks one of the choice's bad values (where it has any), any other byte
// one of its good values, modulo their number. Option 0 of every choice makes a valid case like
// testdata/cases/quickstart.json, so the empty input is that case; and bad values are rare enough (1 byte
// in 64) that most random inputs make a case the library evaluates, with a bad value here and there.
type picker struct{ data []byte }

func (p *picker) next() int {
	if len(p.data) == 0 {
		return 0
	}
	b := p.data[0]
	p.data = p.data[1:]
	return int(b)
}

// choose picks one of good, or one of bad.
func choose[T any](p *picker, good []T, bad ...T) T {
	b := p.next()
	if len(bad) > 0 && b >= 252 {
		return bad[b%len(bad)]
	}
	return good[b%len(good)]
}

func oneOf[T any](p *picker, options ...T) T { return choose(p, options) }

// texts splits options into good ones and bad ones, written with a leading "!".
func texts(options []string) (good, bad []string) {
	for _, o := range options {
		if b, ok := strings.CutPrefix(o, "!"); ok {
			bad = append(bad, b)
		} else {
			good = append(good, o)
		}
	}
	return good, bad
}

// date picks a date; "" is not given, a leading "!" marks a bad option.
func (p *picker) date(options ...string) deadlines.Date {
	good, bad := texts(options)
	if s := choose(p, good, bad...); s != "" {
		return deadlines.MustParseDate(s)
	}
	return deadlines.Date{}
}

// money picks a decimal; "" is not given, a leading "!" marks a bad option.
func (p *picker) money(options ...string) decimal.NullDecimal {
	good, bad := texts(options)
	if s := choose(p, good, bad...); s != "" {
		return decimal.NewNullDecimal(decimal.RequireFromString(s))
	}
	return decimal.NullDecimal{}
}

// count picks a count; "" is not given (nil), a leading "!" marks a bad option.
func (p *picker) count(options ...string) *int {
	good, bad := texts(options)
	s := choose(p, good, bad...)
	if s == "" {
		return nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return &n
}

// after picks a day so many days after base; "" is not given, a leading "!" marks a bad option (a
// negative offset: a day before base, which the library refuses where the case format orders the two).
// Where base is not given, from is used in its place.
func (p *picker) after(base, from deadlines.Date, options ...string) deadlines.Date {
	good, bad := texts(options)
	s := choose(p, good, bad...)
	if s == "" {
		return deadlines.Date{}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	if base.IsZero() {
		base = from
	}
	return base.AddDays(n)
}

// part picks a share of whole, rounded down to the fen; a leading "!" marks a bad option, added to whole
// (so that the parts pass it).
func (p *picker) part(whole decimal.Decimal, options ...string) decimal.Decimal {
	good, bad := texts(options)
	if b := p.next(); len(bad) > 0 && b >= 252 {
		return whole.Add(decimal.RequireFromString(bad[b%len(bad)]))
	} else {
		return whole.Mul(decimal.RequireFromString(good[b%len(good)])).RoundDown(2)
	}
}

// fact picks the good answer first, then the other, then not known.
func (p *picker) fact(good pledge.Fact) pledge.Fact {
	other := pledge.No
	if good == pledge.No {
		other = pledge.Yes
	}
	return oneOf(p, good, other, pledge.NotKnown)
}

func day(s string) deadlines.Date { return deadlines.MustParseDate(s) }

// numbers are valid numbers of each kind of right (check characters worked by the ZC 0006-2003 weights
// 2 3 4 5 6 7 8 9 2 3 4 5: 2013 1 0123456 gives Σ = 123, 123 mod 11 = 2; 2007 2 0123456 gives 145 mod
// 11 = 2; 2013 3 0123456 gives 135 mod 11 = 3), the IC layout number of pledge/testdata/decode/full.json,
// and a trademark's registration number.
var numbers = map[pledge.RightKind]string{
	pledge.Invention:    "201310123456.2",
	pledge.UtilityModel: "200720123456.2",
	pledge.Design:       "201330123456.3",
	pledge.ICLayout:     "BS.155001234",
	pledge.Trademark:    "12345678",
}

// goCase builds a case in Go from the fuzzer's bytes, each value from a small set of good ones (some of
// them at odds with another key: a maturity before signing, uses past the amount) and, rarely, a bad one
// (a negative amount, three decimals, a rate of 1.5, a zero as_of, no rights, an unset or out-of-range
// enumeration, a wrong check character, a share past 1, …). It never builds a Fact outside Yes, No and
// NotKnown: a Go-only value no JSON can carry (Case.MarshalJSON writes it null), Validate's to refuse.
func goCase(p *picker) *pledge.Case {
	c := &pledge.Case{
		ID:   oneOf(p, "", "渝-2016-0001"),
		AsOf: p.date("2016-06-30", "2017-06-30", "2014-01-01", "2027-01-20", "2016-01-05", "!"),
		Enterprise: pledge.Enterprise{
			Name:                  oneOf(p, "重庆某科技有限公司", "", "某担保公司"),
			District:              oneOf(p, "", "渝北区"),
			CreditCode:            choose(p, []string{"91500108203456788C", ""}, "91500108203456788D", "91500108203456788c"),
			AcceptCreditCode:      oneOf(p, false, true),
			RegisteredInChongqing: p.fact(pledge.Yes),
			TechBased:             p.fact(pledge.Yes),
			Size:                  choose(p, []pledge.Size{pledge.Small, pledge.SizeUnset, pledge.Large, pledge.Micro}, pledge.Size(9)),
		},
	}
	if oneOf(p, false, true) {
		c.Enterprise.SizeFacts = &pledge.SizeFacts{
			Industry:    choose(p, []pledge.Industry{pledge.SoftwareIT, pledge.Retail, pledge.IndustryUnset}, pledge.Industry(99)),
			Employees:   p.count("120", "0", "5000", "", "!-1"),
			Revenue:     p.money("35000000.00", "", "!-1.00", "!1.234"),
			TotalAssets: p.money("28000000.00", "", "0"),
		}
	}
	for range choose(p, []int{1, 2, 3}, 0) {
		kind := choose(p, []pledge.RightKind{pledge.Invention, pledge.UtilityModel, pledge.Design, pledge.ICLayout, pledge.Trademark},
			pledge.KindUnset, pledge.RightKind(99))
		icCreated := p.date("", "2014-11-20", "2015-05-01")
		c.Rights = append(c.Rights, pledge.Right{
			Kind:                      kind,
			Number:                    choose(p, []string{numbers[kind], ""}, "201310123456.3", numbers[pledge.UtilityModel]),
			Holders:                   oneOf(p, []string{"重庆某科技有限公司"}, nil, []string{"重庆某科技有限公司", "重庆某大学"}, []string{""}),
			FilingDate:                p.date("2013-03-01", "", "2007-03-01", "1990-01-01", "2016-02-29"),
			Granted:                   p.fact(pledge.Yes),
			TermCompensationDays:      choose(p, []int{0, 30}, -1),
			AnnualFeesPaidThroughYear: p.count("4", "20", "1", "", "!-1"),
			Terminated:                p.fact(pledge.No),
			ICCreated:                 icCreated,
			ICRegistrationFiled:       p.after(icCreated, day("2014-11-20"), "", "140", "!-1"),
			ICFirstCommercialUse:      p.after(icCreated, day("2014-11-20"), "", "73", "!-1"),
			PledgorIsHolder:           p.fact(pledge.Yes),
			HolderConsent:             p.fact(pledge.NotKnown),
			CoHoldersConsent:          p.fact(pledge.Yes),
			CoHoldersAgreement:        p.fact(pledge.NotKnown),
			Family:                    oneOf(p, "F1", "", "F2"),
			Transferable:              p.fact(pledge.Yes),
			AlreadyPledged:            p.fact(pledge.No),
			Suspended:                 p.fact(pledge.No),
			InvalidationPending:       p.fact(pledge.No),
			SameDayInventionFiling:    p.fact(pledge.No),
			ProceedAnyway:             p.fact(pledge.No),
			IndustrialPolicy:          p.fact(pledge.Yes),
			MarketPotential:           p.fact(pledge.Yes),
			InImplementation:          p.fact(pledge.Yes),
			NationalSecurity:          p.fact(pledge.No),
			StateAssetsCompliant:      p.fact(pledge.Yes),
		})
	}
	for range oneOf(p, 0, 1, 2) {
		kind := choose(p, []pledge.RightKind{pledge.KindUnset, pledge.UtilityModel, pledge.Invention}, pledge.RightKind(99))
		number := choose(p, []string{numbers[kind], ""}, "201310123456.3", numbers[pledge.Design])
		if kind == pledge.KindUnset && number == "" {
			number = "201320123457.2" // a kind not given: the number is not checked
		}
		c.UnpledgedRights = append(c.UnpledgedRights, pledge.UnpledgedRight{
			Number: number,
			Family: oneOf(p, "F1", "F2", ""),
			Kind:   kind,
		})
	}
	l := &c.Loan
	l.Lender = oneOf(p, "某银行重庆分行", "")
	l.Mode = choose(p, []pledge.Mode{pledge.Guarantee, pledge.Direct, pledge.Insurance, pledge.ModeUnset}, pledge.Mode(9))
	l.Amount = p.money("5000000.00", "3000000.00", "0.01", "0", "100000000000000000.01", "8000000.00", "!-5000000", "!1.234").Decimal
	l.AnnualRate = p.money("0.06", "", "0.06525", "0.0653", "0", "!1.5", "!-0.01")
	l.LenderAverageRate = p.money("0.065", "", "0.06")
	l.ContractDate = p.date("2016-01-05", "2014-06-01", "2015-08-30", "2026-12-20", "2019-08-20", "!")
	signed := l.ContractDate
	l.StartDate = p.after(signed, day("2016-01-05"), "3", "", "0", "!-1")
	// a year on, two, twenty (past a patent's term), the same day; before the start is bad.
	l.MaturityDate = p.after(l.StartDate, signed, "366", "731", "7305", "0", "!-1")
	if signed.IsZero() && !l.MaturityDate.IsZero() {
		l.MaturityDate = day("2017-01-08") // no contract date: a maturity of its own
	}
	l.ForfeitureClause = p.fact(pledge.No)
	l.ContractContentComplete = p.fact(pledge.Yes)
	// Uses as quickstart.json gives them: 60% to R&D, the rest to working capital. Each takes a fraction
	// of what the uses before it leave, so that good ones never pass the amount; the last use takes all of
	// it first, so that the uses account for the whole loan (Interpretation I-27).
	rest := l.Amount
	uses := oneOf(p, 2, 1, 0, 3)
	for i := range uses {
		fractions := []string{"0.6", "0.5", "1", "0", "!0.01"} // bad: one fen past the rest, so past the amount
		if i == uses-1 {
			fractions = []string{"1", "0.5", "0", "!0.01"}
		}
		u := pledge.Use{
			Purpose: choose(p, []pledge.Purpose{pledge.RD, pledge.WorkingCapital, pledge.Securities}, pledge.PurposeUnset, pledge.Purpose(99)),
			Amount:  p.part(rest, fractions...),
		}
		rest = decimal.Max(decimal.Zero, rest.Sub(u.Amount))
		l.Uses = append(l.Uses, u)
	}
	for range oneOf(p, 1, 0, 2, 3) {
		l.Providers = append(l.Providers, pledge.Provider{
			Role: choose(p, []pledge.ProviderRole{pledge.Guarantor, pledge.Insurer}, pledge.ProviderRoleUnset, pledge.ProviderRole(9)),
			Name: oneOf(p, "某担保公司", "某保险公司", ""),
			Fee:  p.money("60000.00", "", "25000.00", "0", "1000000000.00", "0.01", "!-1", "!1.001"),
		})
	}
	if oneOf(p, true, false) {
		// filed on time (10 days), late (16), not yet; bad: before signing.
		l.Registration = &pledge.Registration{Filed: p.after(signed, day("2016-01-05"), "10", "16", "", "!-1")}
	}
	for range oneOf(p, 0, 1) {
		changed := p.after(signed, day("2016-01-05"), "119", "0", "!-1", "!") // bad: before signing, not given
		l.Changes = append(l.Changes, pledge.Change{
			Changed: changed,
			Filed:   p.after(changed, day("2016-05-03"), "7", "", "20", "!-1"),
		})
	}
	for range oneOf(p, 0, 1) {
		proceeds := p.money("200000.00", "", "0")
		applied := decimal.NullDecimal{}
		switch oneOf(p, "all", "none", "not given") {
		case "all":
			applied = proceeds
		case "none":
			applied = decimal.NewNullDecimal(decimal.Zero)
		}
		if proceeds.Valid && p.next() >= 252 { // bad: one fen past the proceeds
			applied = decimal.NewNullDecimal(proceeds.Decimal.Add(decimal.New(1, -2)))
		}
		l.Transfers = append(l.Transfers, pledge.Transfer{
			Date:           p.date("2016-06-01", ""),
			PledgeeConsent: p.fact(pledge.Yes),
			Proceeds:       proceeds,
			AppliedToLoan:  applied,
		})
	}
	// Ended at maturity, or not yet; the release filed 12 or 40 days after, or not yet.
	l.Terminated = p.after(l.MaturityDate, signed, "", "0", "!-100000")
	l.ReleaseFiled = p.after(l.Terminated, day("2017-01-08"), "", "12", "40", "!-1")
	if l.Terminated.IsZero() && !l.ReleaseFiled.IsZero() && l.ReleaseFiled.Before(signed) {
		l.ReleaseFiled = deadlines.Date{}
	}
	if oneOf(p, false, true) {
		d := &pledge.Default{
			OutstandingPrincipal: p.money("4000000.00", "0", "6000000.00", "100000000.00", "!-1").Decimal,
			OutstandingInterest:  p.money("120000.00", ""),
			EnforcementCosts:     p.money("30000.00", ""),
			Recoveries:           p.money("1000000.00", "", "0", "9000000.00"),
			AuditedPrincipalLoss: p.money("", "6000000.00", "0.03", "!-1"),
			LossRecognized:       p.fact(pledge.Yes),
			RecoveryCompleted:    p.fact(pledge.Yes),
		}
		left := decimal.New(1, 0) // what the shares so far leave of the whole loss
		for range oneOf(p, 1, 0, 2) {
			share := p.money("1", "0.7", "0.5", "0.333", "0", "!1.5", "!-0.1").Decimal
			if share.LessThanOrEqual(decimal.New(1, 0)) && !share.IsNegative() {
				share = decimal.Min(share, left)
			}
			left = decimal.Max(decimal.Zero, left.Sub(share))
			d.LossShares = append(d.LossShares, pledge.LossShare{
				Bearer: choose(p, []pledge.BearerRole{pledge.LenderBearer, pledge.GuarantorBearer, pledge.InsurerBearer}, pledge.BearerRoleUnset),
				Name:   oneOf(p, "某银行重庆分行", "某担保公司", ""),
				Share:  share,
			})
		}
		c.Default = d
	}
	if oneOf(p, false, true) {
		submitted := p.after(signed, day("2016-01-05"), "56", "", "-400", "3999")
		requested := p.after(submitted, day("2016-03-01"), "", "3", "!-1")
		c.Application = &pledge.Application{
			Kind: choose(p, []pledge.ApplicationKind{pledge.FeeSubsidyApplication, pledge.RiskCompensationApplication},
				pledge.ApplicationKindUnset, pledge.ApplicationKind(9)),
			Applicant: oneOf(p, "某担保公司", "", "重庆某科技有限公司"),
			Submitted: submitted,
			Materials: choose(p, [][]pledge.Material{
				{pledge.ApplicationForm, pledge.BusinessLicense, pledge.LegalRepID, pledge.RegistrationRecord, pledge.LoanReviewRecords},
				nil, {pledge.ApplicationForm}}, []pledge.Material{pledge.Material(99)}),
			Copies:              p.count("2", "1", "", "!-1"),
			Stamped:             p.fact(pledge.Yes),
			UnifiedLicense:      p.fact(pledge.NotKnown),
			SupplementDays:      p.count("10", "15", "", "!0", "!-1"),
			SupplementRequested: requested,
			Supplemented:        p.after(requested, submitted, "", "6", "30", "!-1"),
			NoticePublished:     p.after(submitted, day("2016-03-01"), "", "31", "!-1"),
			Objection: choose(p, []pledge.Objection{pledge.ObjectionUnset, pledge.NoObjection, pledge.ObjectionPending,
				pledge.ObjectionUpheld, pledge.ObjectionDismissed}, pledge.Objection(9)),
		}
		if submitted.IsZero() && requested.IsZero() {
			c.Application.Supplemented = deadlines.Date{} // nothing to order it against: keep the case simple
		}
	}
	for range oneOf(p, 0, 1) {
		c.Sanctions = append(c.Sanctions, pledge.Sanction{
			Body:     choose(p, []string{"某担保公司", "重庆某科技有限公司"}, ""),
			Decided:  p.date("2015-12-01", "2014-05-06", "2017-05-10", "!"),
			Ground:   choose(p, []pledge.SanctionGround{pledge.Fraud, pledge.Misuse}, pledge.SanctionGroundUnset, pledge.SanctionGround(9)),
			ThisCase: p.fact(pledge.NotKnown),
		})
	}
	return c
}

// The figures the caps are checked against, from the measure's own words, not from the code's Policy:
// Art. 17 担保费或保险费补助…不超过贷款金额的1%; Art. 18 按…本金损失的30%…每笔最高不超过150万元.
var (
	feeCapRate = decimal.RequireFromString("0.01")
	lossShare  = decimal.RequireFromString("0.3")
	perLoanCap = decimal.RequireFromString("1500000.00")
	fen        = int32(2)
)

// FuzzGoCase builds a case in Go (goCase) and asserts that either (*pledge.Case).Validate refuses it with
// input errors — and then the decoder refuses its JSON (Case.MarshalJSON) too, and Evaluate refuses the Go
// case with the same errors — or Validate accepts it, the decoder reads its JSON, and subsidy.Evaluate
// returns a report that
//
//   - validates against the report schema, in the form and language the bytes choose;
//   - is the report of the same case read from its JSON (a case built in Go is judged as one read from
//     a file);
//   - keeps the caps: the fee subsidy at most 1% of the loan amount (to the fen, I-17) and at most the
//     fees charged, each provider at most its fee, exactly min(fees, cap) where every fee is known; the
//     compensation (amount + unallocated, I-32) at most 1,500,000.00 and at most 30% of the principal
//     loss, exactly min(30% of the loss to the fen, 1,500,000.00) where the loss is known (the audited
//     loss, or the outstanding principal less what the recoveries left after costs and interest, I-13,
//     every figure given), and never more than 30% of the outstanding principal otherwise.
//
// And the case schema accepts every case JSON the library accepts.
func FuzzGoCase(f *testing.F) {
	f.Add([]byte{})                                            // quickstart-like: eligible, fee subsidy 50,000.00
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}) // the same
	f.Add([]byte{0, 255})                                      // as_of not given: a byte of 252 or more picks a bad value
	f.Add(bytes.Repeat([]byte{255}, 200))                      // bad values everywhere
	f.Add(bytes.Repeat([]byte{1}, 200))
	f.Add(bytes.Repeat([]byte{2}, 200))
	f.Add(bytes.Repeat([]byte{3}, 200))
	f.Add(bytes.Repeat([]byte{1, 0}, 100))
	f.Add(bytes.Repeat([]byte{0, 0, 1}, 70))
	f.Add([]byte("a default and an application: 0123456789abcdefghijklmnopqrstuvwxyz"))
	s := mustSchemas(f)
	policy, cal := subsidy.Default2015(), deadlines.China()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := &picker{data: data}
		c := goCase(p)
		lang := oneOf(p, pledge.Chinese, pledge.English)
		compact := oneOf(p, false, true)

		caseJSON, err := json.Marshal(c)
		if err != nil {
			// A value the case file cannot spell (an enumeration out of range, text that is not UTF-8) is
			// not written: Validate must refuse it at the same key, and Evaluate with it.
			var ie *pledge.InputError
			verr := c.Validate()
			if !errors.As(err, &ie) || !slices.ContainsFunc(pledge.InputErrors(verr), func(e *pledge.InputError) bool {
				return e.Field == ie.Field && errors.Is(e, ie.Err)
			}) {
				t.Fatalf("Case.MarshalJSON: %v; Validate: %v", err, verr)
			}
			if _, eerr := subsidy.Evaluate(c, policy, cal); eerr == nil || eerr.Error() != verr.Error() {
				t.Fatalf("Evaluate answers %v where Validate refuses with %v", eerr, verr)
			}
			return
		}
		schemaOK := len(schemaPaths(t, s.caseSchema, caseJSON)) == 0
		if verr := c.Validate(); verr != nil {
			refused(t, verr, caseJSON)
			if _, err := decode(caseJSON); err == nil {
				t.Fatalf("Validate refuses the Go case (%v), the decoder reads its JSON:\n%s", verr, caseJSON)
			}
			if _, err := subsidy.Evaluate(c, policy, cal); err == nil || err.Error() != verr.Error() {
				t.Fatalf("Evaluate answers %v where Validate refuses with %v:\n%s", err, verr, caseJSON)
			}
			return
		}
		read, err := decode(caseJSON)
		if err != nil {
			t.Fatalf("Validate accepts the Go case, the decoder refuses its JSON (%v):\n%s", err, caseJSON)
		}
		if !schemaOK {
			t.Fatalf("the library reads a case the schema refuses (%v):\n%s", schemaPaths(t, s.caseSchema, caseJSON), caseJSON)
		}
		r, err := subsidy.Evaluate(c, policy, cal)
		if err != nil {
			t.Fatalf("Evaluate refuses a case Validate accepts: %v\n%s", err, caseJSON)
		}
		report := encode(t, r, lang, compact)
		if paths := schemaPaths(t, s.report, report); len(paths) > 0 {
			t.Fatalf("the report does not validate at %v\ncase: %s\nreport: %s", paths, caseJSON, report)
		}
		fromJSON, err := subsidy.Evaluate(read, policy, cal)
		if err != nil {
			t.Fatalf("Evaluate refuses the case read from its JSON, not the Go case: %v\n%s", err, caseJSON)
		}
		if again := encode(t, fromJSON, lang, compact); !bytes.Equal(report, again) {
			t.Fatalf("the Go case and the case read from its JSON give different reports\ncase: %s\nGo:   %s\nJSON: %s", caseJSON, report, again)
		}
		checkCaps(t, c, r, caseJSON)
	})
}

func encode(t *testing.T, r subsidy.Report, lang pledge.Lang, compact bool) []byte {
	var b bytes.Buffer
	enc := subsidy.NewEncoder(&b, lang)
	enc.SetCompact(compact)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// refused asserts that err is a refusal with input errors, each naming a key.
func refused(t *testing.T, err error, caseJSON []byte) {
	errs := pledge.InputErrors(err)
	if len(errs) == 0 {
		t.Fatalf("refused without an *InputError: %v\n%s", err, caseJSON)
	}
	for _, e := range errs {
		if e.Field == "" || e.Err == nil {
			t.Fatalf("an InputError without its key or cause: %#v\n%s", e, caseJSON)
		}
	}
}

func checkCaps(t *testing.T, c *pledge.Case, r subsidy.Report, caseJSON []byte) {
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf(format+"\ncase: %s", append(args, caseJSON)...)
	}
	if fs := r.FeeSubsidy; fs != nil {
		cap := c.Loan.Amount.Mul(feeCapRate).RoundDown(fen) // Art. 17, I-17
		if !fs.Cap.Equal(cap) {
			fail("fee subsidy cap %s, want 1%% of %s to the fen, %s", fs.Cap, c.Loan.Amount, cap)
		}
		fees, known := decimal.Zero, true
		for _, pr := range c.Loan.Providers {
			known = known && pr.Fee.Valid
			fees = fees.Add(pr.Fee.Decimal)
		}
		if fs.Amount.Valid {
			amount := fs.Amount.Decimal
			if amount.GreaterThan(cap) || amount.IsNegative() {
				fail("fee subsidy %s outside [0, the cap %s]", amount, cap)
			}
			if !known {
				fail("fee subsidy %s computed though a fee is not given", amount)
			}
			if want := decimal.Min(fees, cap); !amount.Equal(want) {
				fail("fee subsidy %s, want min(fees %s, cap %s) = %s", amount, fees, cap, want)
			}
			sum := decimal.Zero
			for i, part := range fs.Providers {
				if !part.Amount.Valid || part.Amount.Decimal.GreaterThan(c.Loan.Providers[i].Fee.Decimal) {
					fail("provider %d gets %v, its fee is %s", i, part.Amount, c.Loan.Providers[i].Fee.Decimal)
				}
				sum = sum.Add(part.Amount.Decimal)
			}
			if !sum.Equal(amount) {
				fail("providers' parts sum to %s, not %s", sum, amount)
			}
		}
	}
	rc := r.RiskCompensation
	if rc == nil || !rc.Amount.Valid {
		return
	}
	if !rc.Unallocated.Valid {
		fail("compensation amount %s with no unallocated figure", rc.Amount.Decimal)
	}
	total := rc.Amount.Decimal.Add(rc.Unallocated.Decimal)
	if total.GreaterThan(perLoanCap) || rc.Amount.Decimal.IsNegative() || rc.Unallocated.Decimal.IsNegative() {
		fail("compensation %s + unallocated %s outside [0, 1,500,000.00]", rc.Amount.Decimal, rc.Unallocated.Decimal)
	}
	d := c.Default
	loss, lossKnown := decimal.Zero, true
	switch {
	case d.AuditedPrincipalLoss.Valid:
		loss = d.AuditedPrincipalLoss.Decimal
	case d.Recoveries.Valid && d.EnforcementCosts.Valid && d.OutstandingInterest.Valid:
		// I-13: recoveries go to costs, then interest, then principal.
		toPrincipal := d.Recoveries.Decimal.Sub(d.EnforcementCosts.Decimal).Sub(d.OutstandingInterest.Decimal)
		toPrincipal = decimal.Min(decimal.Max(toPrincipal, decimal.Zero), d.OutstandingPrincipal)
		loss = d.OutstandingPrincipal.Sub(toPrincipal)
	default:
		lossKnown = false
	}
	if lossKnown {
		want := decimal.Min(loss.Mul(lossShare).RoundDown(fen), perLoanCap)
		if !total.Equal(want) {
			fail("compensation %s + unallocated %s = %s, want min(30%% of %s to the fen, 1,500,000.00) = %s",
				rc.Amount.Decimal, rc.Unallocated.Decimal, total, loss, want)
		}
		if !rc.PrincipalLoss.Valid || !rc.PrincipalLoss.Decimal.Equal(loss) {
			fail("principal loss %v, want %s", rc.PrincipalLoss, loss)
		}
	} else if total.GreaterThan(d.OutstandingPrincipal.Mul(lossShare)) {
		fail("compensation %s above 30%% of the outstanding principal %s, which bounds any loss", total, d.OutstandingPrincipal)
	}
	sum := decimal.Zero
	for _, part := range rc.Bearers {
		sum = sum.Add(part.Amount.Decimal)
	}
	if !sum.Equal(rc.Amount.Decimal) {
		fail("bearers' parts sum to %s, not the amount payable %s", sum, rc.Amount.Decimal)
	}
}

// TestGoCaseStartsFromQuickstart: with no bytes, goCase makes testdata/cases/quickstart.json's case (both
// uses given as R&D, 3,000,000.00 and 2,000,000.00), which the library reads and judges eligible with a
// fee subsidy of 1% × 5,000,000.00 = 50,000.00 (the fee, 60,000.00, is above the cap).
func TestGoCaseStartsFromQuickstart(t *testing.T) {
	c := goCase(&picker{})
	data, err := json.Marshal(c)
	require.NoError(t, err)
	_, err = decode(data)
	require.NoError(t, err, "%s", data)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	assert.Equal(t, pledge.Eligible, r.Outcome, "%v", r.Because)
	require.NotNil(t, r.FeeSubsidy)
	assert.True(t, r.FeeSubsidy.Amount.Decimal.Equal(decimal.RequireFromString("50000.00")), "%v", r.FeeSubsidy.Amount)
	assert.Nil(t, r.RiskCompensation)
	require.Len(t, c.Loan.Uses, 2)
	assert.True(t, c.Loan.Uses[0].Amount.Equal(decimal.RequireFromString("3000000.00")), "60%% of 5,000,000.00: %s", c.Loan.Uses[0].Amount)
	assert.True(t, c.Loan.Uses[1].Amount.Equal(decimal.RequireFromString("2000000.00")), "the rest: %s", c.Loan.Uses[1].Amount)
}

// TestGoCaseReachesEveryPath: goCase is no generator of refusals only. Over 3,000 inputs of 300 bytes from
// a fixed pseudo-random sequence, a fifth or more of the cases are refused and a fifth or more evaluated, with a fee subsidy computed,
// a compensation computed, an application reviewed; so FuzzGoCase's assertions are exercised from its
// first run.
func TestGoCaseReachesEveryPath(t *testing.T) {
	var refusedN, reports, fees, compensations, applications int
	x := uint32(1)
	buf := make([]byte, 300)
	for range 3000 {
		for i := range buf {
			x = x*1664525 + 1013904223 // Numerical Recipes' LCG
			buf[i] = byte(x >> 24)
		}
		c := goCase(&picker{data: buf})
		data, err := json.Marshal(c)
		if err != nil { // a value the case file cannot spell: refused by MarshalJSON, as by Validate
			require.Error(t, c.Validate())
			refusedN++
			continue
		}
		if _, err := decode(data); err != nil {
			refusedN++
			continue
		}
		r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
		if err != nil {
			refusedN++
			continue
		}
		reports++
		if r.FeeSubsidy != nil && r.FeeSubsidy.Amount.Valid {
			fees++
		}
		if r.RiskCompensation != nil && r.RiskCompensation.Amount.Valid {
			compensations++
		}
		if r.Application != nil {
			applications++
		}
	}
	t.Logf("refused %d, reports %d (fee subsidy %d, compensation %d, application %d)", refusedN, reports, fees, compensations, applications)
	// About 60 choices have bad values, each picked for 1 byte in 64: (63/64)^60 ≈ 39% of the cases have
	// none, and some of those are refused for a good value at odds with another (a use past the rest).
	assert.Greater(t, refusedN, 600)
	assert.Greater(t, reports, 600)
	assert.Positive(t, fees)
	assert.Positive(t, compensations)
	assert.Positive(t, applications)
}
