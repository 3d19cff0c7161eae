package pledge

import (
	"errors"
	"slices"
)

// The case file's enumerations. Each is a small integer type whose zero value means "not set", with the
// case file's snake_case spelling as its text form (String, MarshalText, UnmarshalText). An unknown
// spelling is an error wrapping ErrUnknownValue.

// ErrUnknownValue: a value is not one of the spellings the case format allows for its key.
var ErrUnknownValue = errors.New("not an allowed value")

func enumText(names []string, i uint8) string {
	if int(i) < len(names) {
		return names[i]
	}
	return ""
}

func enumMarshal(names []string, i uint8) ([]byte, error) { return []byte(enumText(names, i)), nil }

func enumParse(names []string, b []byte) (uint8, error) {
	s := string(b)
	for i := 1; i < len(names); i++ {
		if names[i] == s {
			return uint8(i), nil
		}
	}
	return 0, ErrUnknownValue
}

// RightKind is the kind of a right offered in pledge (Art. 2, Interpretation I-4).
type RightKind uint8

const (
	KindUnset RightKind = iota
	Invention
	UtilityModel
	Design
	ICLayout
	Trademark
	Copyright
	OtherRight
)

var rightKindNames = []string{"", "invention", "utility_model", "design", "ic_layout", "trademark", "copyright", "other"}

// Values lists every allowed spelling, in order.
func (RightKind) Values() []string               { return slices.Clone(rightKindNames[1:]) }
func (k RightKind) String() string               { return enumText(rightKindNames, uint8(k)) }
func (k RightKind) MarshalText() ([]byte, error) { return enumMarshal(rightKindNames, uint8(k)) }
func (k *RightKind) UnmarshalText(b []byte) error {
	v, err := enumParse(rightKindNames, b)
	*k = RightKind(v)
	return err
}

// IsPatent reports whether k is one of the three kinds of patent.
func (k RightKind) IsPatent() bool { return k == Invention || k == UtilityModel || k == Design }

// Size is an enterprise's size class under 工信部联企业〔2011〕300号.
type Size uint8

const (
	SizeUnset Size = iota
	Micro
	Small
	Medium
	Large
)

var sizeNames = []string{"", "micro", "small", "medium", "large"}

func (Size) Values() []string               { return slices.Clone(sizeNames[1:]) }
func (s Size) String() string               { return enumText(sizeNames, uint8(s)) }
func (s Size) MarshalText() ([]byte, error) { return enumMarshal(sizeNames, uint8(s)) }
func (s *Size) UnmarshalText(b []byte) error {
	v, err := enumParse(sizeNames, b)
	*s = Size(v)
	return err
}

// Industry is an industry row of 工信部联企业〔2011〕300号 (docs/reference-data.md §6).
type Industry uint8

const (
	IndustryUnset Industry = iota
	Agriculture
	IndustrySector // 工业
	Construction
	Wholesale
	Retail
	Transport
	Warehousing
	Postal
	Accommodation
	Catering
	InformationTransmission
	SoftwareIT
	RealEstate
	PropertyManagement
	LeasingBusiness
	OtherIndustry
)

var industryNames = []string{"", "agriculture", "industry", "construction", "wholesale", "retail", "transport",
	"warehousing", "postal", "accommodation", "catering", "information_transmission", "software_it",
	"real_estate", "property_management", "leasing_business", "other"}

func (Industry) Values() []string               { return slices.Clone(industryNames[1:]) }
func (i Industry) String() string               { return enumText(industryNames, uint8(i)) }
func (i Industry) MarshalText() ([]byte, error) { return enumMarshal(industryNames, uint8(i)) }
func (i *Industry) UnmarshalText(b []byte) error {
	v, err := enumParse(industryNames, b)
	*i = Industry(v)
	return err
}

// Mode is the financing mode of Art. 6.
type Mode uint8

const (
	ModeUnset Mode = iota
	// Direct: the rights are pledged to the bank, which lends (Art. 6(1)).
	Direct
	// Guarantee: the rights are pledged to a financing guarantor, which guarantees the bank's loan (Art. 6(2)).
	Guarantee
	// Insurance: the rights are pledged to a loan-guarantee insurer, which insures the bank's loan (Art. 6(2)).
	Insurance
)

var modeNames = []string{"", "direct", "guarantee", "insurance"}

func (Mode) Values() []string               { return slices.Clone(modeNames[1:]) }
func (m Mode) String() string               { return enumText(modeNames, uint8(m)) }
func (m Mode) MarshalText() ([]byte, error) { return enumMarshal(modeNames, uint8(m)) }
func (m *Mode) UnmarshalText(b []byte) error {
	v, err := enumParse(modeNames, b)
	*m = Mode(v)
	return err
}

// Purpose is a use of the loan's funds (Art. 7).
type Purpose uint8

const (
	PurposeUnset Purpose = iota
	RD
	TechUpgrade
	Industrialization
	WorkingCapital
	EquityInvestment
	Securities
	Funds
	Futures
	ProhibitedOther
)

var purposeNames = []string{"", "rd", "tech_upgrade", "industrialization", "working_capital",
	"equity_investment", "securities", "funds", "futures", "prohibited_other"}

func (Purpose) Values() []string               { return slices.Clone(purposeNames[1:]) }
func (p Purpose) String() string               { return enumText(purposeNames, uint8(p)) }
func (p Purpose) MarshalText() ([]byte, error) { return enumMarshal(purposeNames, uint8(p)) }
func (p *Purpose) UnmarshalText(b []byte) error {
	v, err := enumParse(purposeNames, b)
	*p = Purpose(v)
	return err
}

// Permitted reports whether p is one of the purposes Art. 7 names as the loan's main use
// (技术研发、技术改造、项目产业化和流动资金周转).
func (p Purpose) Permitted() bool { return p >= RD && p <= WorkingCapital }

// Prohibited reports whether p is one of the uses Art. 7 forbids.
func (p Purpose) Prohibited() bool { return p >= EquityInvestment && p <= ProhibitedOther }

// ProviderRole is a credit-enhancement provider's role (Art. 6(2), 17).
type ProviderRole uint8

const (
	ProviderRoleUnset ProviderRole = iota
	Guarantor
	Insurer
)

var providerRoleNames = []string{"", "guarantor", "insurer"}

func (ProviderRole) Values() []string               { return slices.Clone(providerRoleNames[1:]) }
func (r ProviderRole) String() string               { return enumText(providerRoleNames, uint8(r)) }
func (r ProviderRole) MarshalText() ([]byte, error) { return enumMarshal(providerRoleNames, uint8(r)) }
func (r *ProviderRole) UnmarshalText(b []byte) error {
	v, err := enumParse(providerRoleNames, b)
	*r = ProviderRole(v)
	return err
}

// BearerRole is a loss bearer's role (Art. 18, Interpretation I-15).
type BearerRole uint8

const (
	BearerRoleUnset BearerRole = iota
	LenderBearer
	GuarantorBearer
	InsurerBearer
)

var bearerRoleNames = []string{"", "lender", "guarantor", "insurer"}

func (BearerRole) Values() []string               { return slices.Clone(bearerRoleNames[1:]) }
func (r BearerRole) String() string               { return enumText(bearerRoleNames, uint8(r)) }
func (r BearerRole) MarshalText() ([]byte, error) { return enumMarshal(bearerRoleNames, uint8(r)) }
func (r *BearerRole) UnmarshalText(b []byte) error {
	v, err := enumParse(bearerRoleNames, b)
	*r = BearerRole(v)
	return err
}

// ApplicationKind is the kind of support applied for (Art. 15(1)).
type ApplicationKind uint8

const (
	ApplicationKindUnset ApplicationKind = iota
	FeeSubsidyApplication
	RiskCompensationApplication
)

var applicationKindNames = []string{"", "fee_subsidy", "risk_compensation"}

func (ApplicationKind) Values() []string { return slices.Clone(applicationKindNames[1:]) }
func (k ApplicationKind) String() string { return enumText(applicationKindNames, uint8(k)) }
func (k ApplicationKind) MarshalText() ([]byte, error) {
	return enumMarshal(applicationKindNames, uint8(k))
}
func (k *ApplicationKind) UnmarshalText(b []byte) error {
	v, err := enumParse(applicationKindNames, b)
	*k = ApplicationKind(v)
	return err
}

// Material is a document of an application (Art. 15, Interpretation I-18).
type Material uint8

const (
	MaterialUnset Material = iota
	ApplicationForm
	BusinessLicense
	OrganizationCode
	TaxRegistration
	LegalRepID
	RegistrationRecord
	LoanReviewRecords
	LossRecognition
	RecoveryRecords
)

var materialNames = []string{"", "application_form", "business_license", "organization_code",
	"tax_registration", "legal_rep_id", "registration_record", "loan_review_records", "loss_recognition",
	"recovery_records"}

func (Material) Values() []string               { return slices.Clone(materialNames[1:]) }
func (m Material) String() string               { return enumText(materialNames, uint8(m)) }
func (m Material) MarshalText() ([]byte, error) { return enumMarshal(materialNames, uint8(m)) }
func (m *Material) UnmarshalText(b []byte) error {
	v, err := enumParse(materialNames, b)
	*m = Material(v)
	return err
}

// SanctionGround is the ground of an Art. 21 decision.
type SanctionGround uint8

const (
	SanctionGroundUnset SanctionGround = iota
	// Fraud: subsidies obtained by deception or falsification (Art. 21¶1).
	Fraud
	// Misuse: loan funds used for a purpose Art. 7 forbids (Art. 21¶2).
	Misuse
)

var sanctionGroundNames = []string{"", "fraud", "misuse"}

func (SanctionGround) Values() []string { return slices.Clone(sanctionGroundNames[1:]) }
func (g SanctionGround) String() string { return enumText(sanctionGroundNames, uint8(g)) }
func (g SanctionGround) MarshalText() ([]byte, error) {
	return enumMarshal(sanctionGroundNames, uint8(g))
}
func (g *SanctionGround) UnmarshalText(b []byte) error {
	v, err := enumParse(sanctionGroundNames, b)
	*g = SanctionGround(v)
	return err
}

// Objection is the state of the public notice's objection period (Art. 16, Interpretation I-19).
type Objection uint8

const (
	ObjectionUnset Objection = iota
	// NoObjection: the notice period passed without objection.
	NoObjection
	// ObjectionPending: an objection was raised and is not yet decided.
	ObjectionPending
	// ObjectionUpheld: an objection was raised and found to stand.
	ObjectionUpheld
	// ObjectionDismissed: an objection was raised and found not to stand (异议不成立).
	ObjectionDismissed
)

var objectionNames = []string{"", "none", "pending", "upheld", "dismissed"}

func (Objection) Values() []string               { return slices.Clone(objectionNames[1:]) }
func (o Objection) String() string               { return enumText(objectionNames, uint8(o)) }
func (o Objection) MarshalText() ([]byte, error) { return enumMarshal(objectionNames, uint8(o)) }
func (o *Objection) UnmarshalText(b []byte) error {
	v, err := enumParse(objectionNames, b)
	*o = Objection(v)
	return err
}

// Fact is an attested yes/no: Yes, No, or NotKnown (the zero value). In JSON: true, false, or null/absent.
// An unknown never counts as met (case-format.md).
type Fact uint8

const (
	NotKnown Fact = iota
	Yes
	No
)

// FactOf returns Yes for true and No for false.
func FactOf(b bool) Fact {
	if b {
		return Yes
	}
	return No
}

// Known reports whether f is Yes or No.
func (f Fact) Known() bool { return f == Yes || f == No }

func (f Fact) String() string {
	switch f {
	case Yes:
		return "true"
	case No:
		return "false"
	}
	return "null"
}

// MarshalJSON writes true, false or null.
func (f Fact) MarshalJSON() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalJSON reads true, false or null; anything else wraps ErrUnknownValue.
func (f *Fact) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "true":
		*f = Yes
	case "false":
		*f = No
	case "null":
		*f = NotKnown
	default:
		return ErrUnknownValue
	}
	return nil
}
