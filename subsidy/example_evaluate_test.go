package subsidy_test

import (
	"fmt"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

// A guaranteed loan that went bad, with the lender's application for risk compensation: the full example of
// docs/case-format.md. The fee subsidy is 1% of the loan (the guarantor's 60,000.00 fee is above it); the
// recoveries pay costs and interest first, leaving a principal loss of 3,150,000.00, of which 30% is
// compensated.
func ExampleEvaluate() {
	c, err := pledge.DecodeCase([]byte(`{
	  "as_of": "2017-06-30",
	  "enterprise": {"name": "重庆某科技有限公司", "credit_code": "91500108203456788C",
	    "registered_in_chongqing": true, "tech_based": true, "size": "small"},
	  "rights": [{"kind": "invention", "number": "201310123456.2", "holders": ["重庆某科技有限公司"],
	    "filing_date": "2013-03-01", "granted": true, "annual_fees_paid_through_year": 4, "terminated": false,
	    "pledgor_is_holder": true, "transferable": true, "already_pledged": false, "suspended": false,
	    "invalidation_pending": false, "industrial_policy": true, "market_potential": true,
	    "in_implementation": true, "national_security": false, "state_assets_compliant": true}],
	  "loan": {"lender": "某银行重庆分行", "mode": "guarantee", "amount": "5000000.00",
	    "annual_rate": "0.0600", "lender_average_rate": "0.0650",
	    "contract_date": "2016-01-05", "start_date": "2016-01-08", "maturity_date": "2017-01-08",
	    "forfeiture_clause": false, "contract_content_complete": true,
	    "uses": [{"purpose": "rd", "amount": "5000000.00"}],
	    "providers": [{"role": "guarantor", "name": "某担保公司", "fee": "60000.00"}],
	    "registration": {"filed": "2016-01-15"}},
	  "default": {"outstanding_principal": "4000000.00", "outstanding_interest": "120000.00",
	    "enforcement_costs": "30000.00", "recoveries": "1000000.00",
	    "loss_recognized": true, "recovery_completed": true,
	    "loss_shares": [{"bearer": "lender", "name": "某银行重庆分行", "share": "1"}]},
	  "application": {"kind": "risk_compensation", "applicant": "某银行重庆分行", "submitted": "2017-03-01",
	    "materials": ["application_form", "business_license", "legal_rep_id", "registration_record",
	      "loan_review_records", "loss_recognition", "recovery_records"],
	    "copies": 2, "stamped": true, "supplement_days": 15}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	if err != nil {
		fmt.Println(err)
		return
	}
	fs, rc := r.FeeSubsidy, r.RiskCompensation
	fmt.Println("financing:", r.Outcome)
	fmt.Println("registration due:", r.Deadlines.Registration.Last)
	fmt.Println("fee subsidy:", fs.Outcome, fs.Amount.Decimal.StringFixed(2), "of a cap of", fs.Cap.StringFixed(2))
	fmt.Println("rate ceiling:", rc.RateCeiling.Decimal.Shift(2).String()+"%")
	fmt.Println("risk compensation:", rc.Outcome, rc.Amount.Decimal.StringFixed(2),
		"of a principal loss of", rc.PrincipalLoss.Decimal.StringFixed(2))
	fmt.Println("application:", r.Application.Outcome)
	// Output:
	// financing: eligible
	// registration due: 2016-01-20
	// fee subsidy: eligible 50000.00 of a cap of 50000.00
	// rate ceiling: 6.525%
	// risk compensation: eligible 945000.00 of a principal loss of 3150000.00
	// application: complete
}
