package pledge

import "github.com/shopspring/decimal"

// Params are the figures the pledge's own rules leave to the project's reading of the measure
// (spec/interpretation.md). DefaultParams returns the project's defaults; a what-if is a changed copy.
//
// A Params value is used as given: Check and FundUse never replace a zero field by a default.
type Params struct {
	// MainUseShare is the share of the loan amount that must go to the permitted purposes for the funds to
	// be "主要用于" them (Art. 7, Interpretation I-10): the permitted part must be more than
	// MainUseShare × the loan amount. Default 0.5 (more than half).
	MainUseShare decimal.Decimal
}

// DefaultParams returns the project's reading of the measure: Interpretation I-10, "主要用于" means more
// than half (MainUseShare 0.5).
func DefaultParams() Params {
	return Params{MainUseShare: decimal.RequireFromString("0.5")}
}
