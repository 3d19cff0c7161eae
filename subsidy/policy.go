package subsidy

import (
	"errors"
	"reflect"

	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Policy holds the figures of the measure that decide the support due. [Default2015] returns the measure
// as issued; a what-if is a changed copy ("what if the cap were 2,000,000.00?"):
//
//	p := subsidy.Default2015()
//	p.CompensationCap = decimal.RequireFromString("2000000.00")
//
// A Policy is a plain value: copying it copies every figure, and nothing in it is ever changed in place by
// this package, so copies never affect one another and a Policy is safe for concurrent use. (Reference is
// an interface; the series this package supplies never change after they are built.) A Policy is used as
// given: a zero field is never replaced by a default.
//
// Rounding is not a figure: money is always rounded down to the fen (Interpretation I-17).
type Policy struct {
	// Name says which policy this is, for the report's record of what made it (Report.Rules): "渝科委发〔2015〕
	// 84号" for the measure as issued; a what-if names itself ("cap 2,000,000.00"). It decides nothing.
	Name string
	// Eligibility holds the figures of the financing's eligibility rules, among them the effective date
	// 2015-08-31 (Art. 24, Interpretation I-1).
	Eligibility eligibility.Params
	// FeeSubsidyRate is the fee subsidy's cap as a share of the loan amount (Art. 17: 不超过每笔贷款金额1%的
	// 担保费和保险费补助; Interpretation I-14): 0.01.
	FeeSubsidyRate decimal.Decimal
	// CompensationShare is the share of the principal loss compensated (Art. 18: 按不超过审定企业知识产权质押贷款
	// 坏账本金损失的30%给予补偿; Interpretation I-15): 0.30.
	CompensationShare decimal.Decimal
	// CompensationCap is the most compensated for one loan, in yuan (Art. 18: 每笔贷款损失补偿不超过人民币150万元):
	// 1500000.00.
	CompensationCap decimal.Decimal
	// RateCeilingMultiple is the highest actual rate, as a multiple of the reference rate, of a loan within
	// the compensation (Art. 18: 其贷款的实际利率应不超过同期人民银行贷款基准利率的150%; Interpretation I-16):
	// 1.5.
	RateCeilingMultiple decimal.Decimal
	// Reference is the reference rate series the ceiling multiplies (Interpretation I-16): [Benchmark], the
	// PBOC benchmark the text names. A what-if may supply another ([LPR], [FixedSeries], or the caller's own).
	Reference RateSeries
}

// Default2015 returns the measure as issued (渝科委发〔2015〕84号): the fee subsidy at 1% of the loan amount
// (Art. 17), the compensation at 30% of the principal loss capped at 1,500,000.00 yuan a loan (Art. 18), the
// rate condition at 150% of the PBOC benchmark lending rate (Art. 18, Interpretation I-16), and
// eligibility.Default2015 (effective 2015-08-31, Art. 24, Interpretation I-1). Each call returns a fresh value.
func Default2015() Policy {
	return Policy{
		Name:                "渝科委发〔2015〕84号",
		Eligibility:         eligibility.Default2015(),
		FeeSubsidyRate:      decimal.RequireFromString("0.01"),
		CompensationShare:   decimal.RequireFromString("0.30"),
		CompensationCap:     decimal.RequireFromString("1500000.00"),
		RateCeilingMultiple: decimal.RequireFromString("1.5"),
		Reference:           Benchmark(),
	}
}

// Validate reports every figure of p that no policy can have, each a *pledge.InputError naming the figure
// as the report's "rules" object does ("policy.fee_subsidy_rate"), joined; nil where none. A Policy is
// used as given — a zero figure is never replaced by a default — so Evaluate refuses one with Validate's
// errors rather than answer with confidence from nonsense:
//
//   - fee_subsidy_rate and compensation_share are fractions in [0, 1] (pledge.ErrShareRange);
//   - compensation_cap is an amount: not negative, at most 2 decimals (pledge.ErrNegative, ErrPrecision);
//     rate_ceiling_multiple is not negative (pledge.ErrNegative);
//   - the reference rate series is given (pledge.ErrMissing), and a FixedSeries's rate is given and in
//     [0, 1) (pledge.ErrMissing, ErrRateRange at policy.reference.value): without it the rate condition
//     (Art. 18) cannot be judged;
//   - the eligibility figures: the effective date given, main_use_share in [0, 1], max_rest_shift not
//     negative (eligibility.Params.Validate).
func (p Policy) Validate() error {
	var errs []error
	fail := func(key string, v decimal.Decimal, err error) {
		errs = append(errs, &pledge.InputError{Field: "policy." + key, Value: text.Decimal(v, 0), Err: err})
	}
	fraction := func(key string, v decimal.Decimal) {
		if v.IsNegative() || v.GreaterThan(one) {
			fail(key, v, pledge.ErrShareRange)
		}
	}
	fraction("fee_subsidy_rate", p.FeeSubsidyRate)
	fraction("compensation_share", p.CompensationShare)
	switch most := p.CompensationCap; {
	case most.IsNegative():
		fail("compensation_cap", most, pledge.ErrNegative)
	case most.Exponent() < -2: // as a case's amounts: decimals written, "0.001" or "1.230"
		fail("compensation_cap", most, pledge.ErrPrecision)
	}
	if p.RateCeilingMultiple.IsNegative() {
		fail("rate_ceiling_multiple", p.RateCeilingMultiple, pledge.ErrNegative)
	}
	switch ref := p.Reference.(type) {
	case nil:
		errs = append(errs, &pledge.InputError{Field: "policy.reference", Value: "", Err: pledge.ErrMissing})
	case FixedSeries:
		switch v := ref.Value; {
		case reflect.ValueOf(v).Field(0).IsNil(): // decimal.Decimal{}: never set (FixedSeries{})
			errs = append(errs, &pledge.InputError{Field: "policy.reference.value", Value: "", Err: pledge.ErrMissing})
		case v.IsNegative() || v.GreaterThanOrEqual(one):
			fail("reference.value", v, pledge.ErrRateRange)
		}
	}
	errs = append(errs, p.Eligibility.Validate())
	return errors.Join(errs...)
}
