package pledge

import (
	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/shopspring/decimal"
)

// Case is one pledge financing: an enterprise pledging its rights for one loan, at whatever stage it has
// reached (docs/case-format.md, "In"). The JSON keys are the library's public contract.
//
// Conventions: a zero deadlines.Date means the date was not given; a Fact's zero value is NotKnown; an
// optional amount is a decimal.NullDecimal (Valid false: not given); an optional count is a *int (nil:
// not given). Money fields carry the struct tag `cq:"money"` (a JSON string in yuan, at most 2 decimals,
// not negative), rates `cq:"rate"` (a JSON string, an annual decimal fraction in [0, 1)), shares
// `cq:"share"` (a JSON string, a fraction in [0, 1]); `cq:"required"` marks a key that must be given;
// `cq:"max=N"` is the most elements a list may have (docs/case-format.md, "Limits"). Every text is valid
// UTF-8 of at most MaxTextBytes bytes.
//
// Decode a case with DecodeCase (or json.Unmarshal, which calls it), which enforces all of this; a case
// built in Go is checked by Validate, against the same rules, with the same errors.
type Case struct {
	// ID names the case for the caller (a loan number, a register's row key); optional, echoed in the
	// report so that a report can be traced to its case.
	ID              string           `json:"id"`
	AsOf            deadlines.Date   `json:"as_of" cq:"required"` // the date the case is evaluated on
	Enterprise      Enterprise       `json:"enterprise"`
	Rights          []Right          `json:"rights" cq:"required,max=1000"`   // the rights pledged
	UnpledgedRights []UnpledgedRight `json:"unpledged_rights" cq:"max=10000"` // the pledgor's other rights (Art. 5(3))
	Loan            Loan             `json:"loan" cq:"required"`
	Default         *Default         `json:"default"`                 // only for a loan that went bad
	Application     *Application     `json:"application"`             // a subsidy application, Art. 15–16
	Sanctions       []Sanction       `json:"sanctions" cq:"max=1000"` // Art. 21 decisions against the parties
}

// Enterprise is the borrower and pledgor (Art. 2, Interpretation I-5).
type Enterprise struct {
	Name string `json:"name"`
	// District is the district or county (区县) of Chongqing the enterprise is registered in, as the
	// caller writes it; optional, for grouping a portfolio's totals. No rule reads it.
	District   string `json:"district"`
	CreditCode string `json:"credit_code"` // 统一社会信用代码, checked (GB 32100)
	// AcceptCreditCode accepts a credit code that fails its check character (early pilot codes).
	AcceptCreditCode      bool       `json:"accept_credit_code"`
	RegisteredInChongqing Fact       `json:"registered_in_chongqing"` // attested
	TechBased             Fact       `json:"tech_based"`              // attested 科技型 status
	Size                  Size       `json:"size"`                    // attested size; or give SizeFacts
	SizeFacts             *SizeFacts `json:"size_facts"`              // computed under 工信部联企业〔2011〕300号
}

// SizeFacts are the figures 工信部联企业〔2011〕300号 classifies an enterprise by.
type SizeFacts struct {
	Industry    Industry            `json:"industry"`
	Employees   *int                `json:"employees"`
	Revenue     decimal.NullDecimal `json:"revenue" cq:"money"`      // yuan, last year
	TotalAssets decimal.NullDecimal `json:"total_assets" cq:"money"` // yuan
}

// Right is a right offered in pledge (Art. 2, 4, 5).
type Right struct {
	Kind    RightKind `json:"kind" cq:"required"`
	Number  string    `json:"number"`               // application or registration number, checked against Kind
	Holders []string  `json:"holders" cq:"max=100"` // as on the register
	// FilingDate is the patent application's filing date (申请日).
	FilingDate deadlines.Date `json:"filing_date"`
	Granted    Fact           `json:"granted"` // granted / registered (Art. 4(1))
	// TermCompensationDays is patent term compensation granted (专利法 第四十二条第二、三款), in days.
	TermCompensationDays int `json:"term_compensation_days"`
	// AnnualFeesPaidThroughYear is the last patent year whose annual fee is paid: at least 1, for no patent
	// has a year 0 (Interpretation I-29).
	AnnualFeesPaidThroughYear *int `json:"annual_fees_paid_through_year" cq:"positive"`
	Terminated                Fact `json:"terminated"` // terminated or declared invalid
	// IC layout designs (集成电路布图设计保护条例 第十二条).
	ICRegistrationFiled  deadlines.Date `json:"ic_registration_filed"`
	ICFirstCommercialUse deadlines.Date `json:"ic_first_commercial_use"`
	ICCreated            deadlines.Date `json:"ic_created"`
	// Art. 5(1).
	PledgorIsHolder  Fact `json:"pledgor_is_holder"`  // No: a third party's right
	HolderConsent    Fact `json:"holder_consent"`     // a third-party holder's consent
	CoHoldersConsent Fact `json:"co_holders_consent"` // needed where there are several holders
	// CoHoldersAgreement: the co-holders made a special agreement on the pledge (2021 CNIPA rules, ground
	// 10). Added by the library; absent means no such agreement.
	CoHoldersAgreement Fact   `json:"co_holders_agreement"`
	Family             string `json:"family"` // patent family id (Art. 5(3), Interpretation I-9)
	// Art. 4(2) and the CNIPA refusal grounds (Interpretation I-7).
	Transferable           Fact `json:"transferable"`
	AlreadyPledged         Fact `json:"already_pledged"`
	Suspended              Fact `json:"suspended"`
	InvalidationPending    Fact `json:"invalidation_pending"`
	SameDayInventionFiling Fact `json:"same_day_invention_filing"`
	ProceedAnyway          Fact `json:"proceed_anyway"`
	// Art. 4(4), 4(5): attested judgement conditions (Interpretation I-8).
	IndustrialPolicy     Fact `json:"industrial_policy"`
	MarketPotential      Fact `json:"market_potential"`
	InImplementation     Fact `json:"in_implementation"`
	NationalSecurity     Fact `json:"national_security"` // Yes means it involves state security or secrets
	StateAssetsCompliant Fact `json:"state_assets_compliant"`
}

// UnpledgedRight is a right of the pledgor that is not pledged (Art. 5(3)).
type UnpledgedRight struct {
	Number string    `json:"number"`
	Family string    `json:"family"`
	Kind   RightKind `json:"kind"` // added by the library; optional
}

// Loan is the loan the rights secure (Art. 6–8, 14).
type Loan struct {
	Lender string `json:"lender"`
	Mode   Mode   `json:"mode"` // Art. 6
	// Amount is the principal in the loan contract.
	Amount decimal.Decimal `json:"amount" cq:"money,required"`
	// AnnualRate is the actual annual rate (Art. 18).
	AnnualRate decimal.NullDecimal `json:"annual_rate" cq:"rate"`
	// LenderAverageRate is the lender's average for the same class and band (Art. 8).
	LenderAverageRate decimal.NullDecimal `json:"lender_average_rate" cq:"rate"`
	ContractDate      deadlines.Date      `json:"contract_date" cq:"required"`
	StartDate         deadlines.Date      `json:"start_date"`
	MaturityDate      deadlines.Date      `json:"maturity_date" cq:"required"`
	// ForfeitureClause: the contract gives the rights to the pledgee on default (流质).
	ForfeitureClause Fact `json:"forfeiture_clause"`
	// ContractContentComplete: the pledge contract has the content CNIPA requires (attested).
	ContractContentComplete Fact          `json:"contract_content_complete"`
	Uses                    []Use         `json:"uses" cq:"max=100"`       // Art. 7
	Providers               []Provider    `json:"providers" cq:"max=100"`  // guarantors and insurers (Art. 6(2), 17)
	Registration            *Registration `json:"registration"`            // Art. 14¶1
	Changes                 []Change      `json:"changes" cq:"max=1000"`   // Art. 14¶2
	Transfers               []Transfer    `json:"transfers" cq:"max=1000"` // Art. 5(4)
	// Terminated is the day the contract ended (repaid, released, rescinded): Art. 14¶3.
	Terminated   deadlines.Date `json:"terminated"`
	ReleaseFiled deadlines.Date `json:"release_filed"`
}

// Use is an amount of the loan put to one purpose (Art. 7).
type Use struct {
	Purpose Purpose         `json:"purpose" cq:"required"`
	Amount  decimal.Decimal `json:"amount" cq:"money,required"`
}

// Provider is a guarantor or insurer of the loan (Art. 6(2), 17).
type Provider struct {
	Role ProviderRole        `json:"role" cq:"required"`
	Name string              `json:"name"`
	Fee  decimal.NullDecimal `json:"fee" cq:"money"` // the fee it actually charged (Interpretation I-14)
}

// Registration is the pledge registration at the CNIPA agency (Art. 14¶1).
type Registration struct {
	Filed deadlines.Date `json:"filed"`
}

// Change is a change of the registered content (Art. 14¶2).
type Change struct {
	Changed deadlines.Date `json:"changed" cq:"required"` // the day the content changed
	Filed   deadlines.Date `json:"filed"`                 // the day the change registration was filed
}

// Transfer is a transfer or licence of a pledged right during the pledge (Art. 5(4)).
type Transfer struct {
	Date           deadlines.Date      `json:"date"`
	PledgeeConsent Fact                `json:"pledgee_consent"`
	Proceeds       decimal.NullDecimal `json:"proceeds" cq:"money"`
	AppliedToLoan  decimal.NullDecimal `json:"applied_to_loan" cq:"money"` // proceeds applied to the loan or deposited (提存)
}

// Default is a loan that went bad (Art. 13, 15(3), 18).
type Default struct {
	OutstandingPrincipal decimal.Decimal     `json:"outstanding_principal" cq:"money,required"`
	OutstandingInterest  decimal.NullDecimal `json:"outstanding_interest" cq:"money"`
	EnforcementCosts     decimal.NullDecimal `json:"enforcement_costs" cq:"money"`
	// Recoveries: disposal of the rights and any other recovery (Art. 13, Interpretation I-13).
	Recoveries decimal.NullDecimal `json:"recoveries" cq:"money"`
	// AuditedPrincipalLoss: where given, used as it is (Interpretation I-13).
	AuditedPrincipalLoss decimal.NullDecimal `json:"audited_principal_loss" cq:"money"`
	LossRecognized       Fact                `json:"loss_recognized"`          // Art. 15(3)
	RecoveryCompleted    Fact                `json:"recovery_completed"`       // Art. 15(3)
	LossShares           []LossShare         `json:"loss_shares" cq:"max=100"` // Interpretation I-15
}

// LossShare is the share of the loss one bearer bore (Interpretation I-15).
type LossShare struct {
	Bearer BearerRole      `json:"bearer" cq:"required"`
	Name   string          `json:"name"`
	Share  decimal.Decimal `json:"share" cq:"share,required"`
}

// Application is a subsidy application (Art. 15–16, Interpretation I-18, I-19).
type Application struct {
	Kind      ApplicationKind `json:"kind" cq:"required"`
	Applicant string          `json:"applicant"`
	Submitted deadlines.Date  `json:"submitted"`
	Materials []Material      `json:"materials" cq:"max=100"`
	Copies    *int            `json:"copies"`
	Stamped   Fact            `json:"stamped"`
	// UnifiedLicense: the applicant's business licence bears a unified social credit code (三证合一), so it
	// stands for the organisation code and tax registration certificates (Art. 15(2), Interpretation I-18).
	// Added by the library; absent: decided by the submission date (on or after 2015-10-01). An applicant
	// still holding an old-style licence during the 2015-10-01…2017-12-31 transition answers false.
	UnifiedLicense Fact `json:"unified_license"`
	// SupplementDays is the deadline, in days, the notice set for missing materials (no default, I-19); at
	// least 1, since a period of no days is no deadline.
	SupplementDays *int `json:"supplement_days" cq:"positive"`
	// SupplementRequested is the day the applicant was told to supplement (added by the library; absent:
	// the last day to supplement is not known, the submission date giving only the earliest it can be).
	SupplementRequested deadlines.Date `json:"supplement_requested"`
	// Supplemented is the day the missing materials were supplied; absent: not supplied.
	Supplemented deadlines.Date `json:"supplemented"`
	// NoticePublished and Objection are the public notice of Art. 16 (added by the library; optional).
	NoticePublished deadlines.Date `json:"notice_published"`
	Objection       Objection      `json:"objection"`
}

// Sanction is an Art. 21 decision against a party.
type Sanction struct {
	Body    string         `json:"body" cq:"required"`
	Decided deadlines.Date `json:"decided" cq:"required"`
	Ground  SanctionGround `json:"ground" cq:"required"`
	// ThisCase: the decision found that the subsidies or compensation on this case were obtained by fraud
	// (Art. 21¶1: 将追回补助资金), so they are recovered. Added by the library; absent or false: the decision
	// is a ban only, and nothing on this case is recovered. Read for the fraud ground only.
	ThisCase Fact `json:"this_case"`
}
