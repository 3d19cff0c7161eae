package eligibility

import (
	"errors"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
)

// ErrSizeFactsMissing: the size facts given do not decide the enterprise's size, because a figure the
// industry's row needs is not given. The caller makes an Unknown finding of it (Interpretation I-5: a fact
// not given is unknown, never assumed). The error is a *SizeFactsError naming the missing keys.
var ErrSizeFactsMissing = errors.New("size facts missing")

// SizeFactsError names the figures that 工信部联企业〔2011〕300号 needs for the industry and the case does not
// give. It wraps ErrSizeFactsMissing.
type SizeFactsError struct {
	Industry pledge.Industry
	// Missing are the keys under enterprise.size_facts that are needed and not given, in the case file's
	// order: "industry", "employees", "revenue", "total_assets".
	Missing []string
}

// Error names the industry and the missing keys.
func (e *SizeFactsError) Error() string {
	s := "enterprise.size_facts: "
	if e.Industry != pledge.IndustryUnset {
		s += "industry " + strconv.Quote(e.Industry.String()) + " needs "
	}
	return s + strings.Join(e.Missing, ", ") + ": " + ErrSizeFactsMissing.Error()
}

// Unwrap returns ErrSizeFactsMissing, for errors.Is.
func (e *SizeFactsError) Unwrap() error { return ErrSizeFactsMissing }

// SizeResult is an enterprise's size computed under 工信部联企业〔2011〕300号 with the reason in one sentence,
// in Chinese and English, naming the figures used and the thresholds that decided: the message of the
// size finding. Where ClassifySize returns ErrSizeFactsMissing, Size is pledge.SizeUnset and the sentence
// says what is missing.
type SizeResult struct {
	Size   pledge.Size
	Zh, En string
}

// sizeMeasure is a figure the classification uses.
type sizeMeasure uint8

const (
	measureStaff   sizeMeasure = iota + 1 // 从业人员, persons
	measureRevenue                        // 营业收入, 万元
	measureAssets                         // 资产总额, 万元
)

// sizeBound is a threshold: so many persons, or so many 万元 (10,000 yuan).
type sizeBound struct {
	m sizeMeasure
	v int64
}

// sizeRow is one industry of 工信部联企业〔2011〕300号 第四条. Each band lists its thresholds:
// an enterprise is within the SME ceiling if it is below ANY ceiling threshold ("…以下或…以下的为中小微型
// 企业"); medium if at or above ALL medium thresholds ("…及以上，且…及以上的为中型企业"); small likewise with
// the small thresholds; micro if below ANY small threshold ("…以下或…以下的为微型企业").
type sizeRow struct {
	zh, en                 string
	ceiling, medium, small []sizeBound
}

func staffAt(v int64) sizeBound   { return sizeBound{measureStaff, v} }
func revenueAt(v int64) sizeBound { return sizeBound{measureRevenue, v} }
func assetsAt(v int64) sizeBound  { return sizeBound{measureAssets, v} }
func bounds(b ...sizeBound) []sizeBound {
	return b
}

// sizeRows is 工信部联企业〔2011〕300号 第四条 (spec/reference-data.md §6), a row per industry, in the
// standard's units: persons and 万元. Checked against the standard's text as reproduced publicly (a
// supplier-registration form quoting 第四条（一）–（十五） and a regression test quoting （一）–（四） and
// （十六）): no discrepancy with reference-data §6.
var sizeRows = [...]sizeRow{
	// （一）农、林、牧、渔业。营业收入20000万元以下的为中小微型企业。其中，营业收入500万元及以上的为中型企业，营业收入50万元
	// 及以上的为小型企业，营业收入50万元以下的为微型企业。
	pledge.Agriculture: {"农、林、牧、渔业", "agriculture, forestry, animal husbandry and fishery",
		bounds(revenueAt(20000)), bounds(revenueAt(500)), bounds(revenueAt(50))},
	// （二）工业。从业人员1000人以下或营业收入40000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入2000万元
	// 及以上的为中型企业；从业人员20人及以上，且营业收入300万元及以上的为小型企业；从业人员20人以下或营业收入300万元以下的为微型企业。
	pledge.IndustrySector: {"工业", "industry (工业)",
		bounds(staffAt(1000), revenueAt(40000)), bounds(staffAt(300), revenueAt(2000)), bounds(staffAt(20), revenueAt(300))},
	// （三）建筑业。营业收入80000万元以下或资产总额80000万元以下的为中小微型企业。其中，营业收入6000万元及以上，且资产总额
	// 5000万元及以上的为中型企业；营业收入300万元及以上，且资产总额300万元及以上的为小型企业；营业收入300万元以下或资产总额
	// 300万元以下的为微型企业。
	pledge.Construction: {"建筑业", "construction",
		bounds(revenueAt(80000), assetsAt(80000)), bounds(revenueAt(6000), assetsAt(5000)), bounds(revenueAt(300), assetsAt(300))},
	// （四）批发业。从业人员200人以下或营业收入40000万元以下的为中小微型企业。其中，从业人员20人及以上，且营业收入5000万元
	// 及以上的为中型企业；从业人员5人及以上，且营业收入1000万元及以上的为小型企业；从业人员5人以下或营业收入1000万元以下的为微型企业。
	pledge.Wholesale: {"批发业", "wholesale",
		bounds(staffAt(200), revenueAt(40000)), bounds(staffAt(20), revenueAt(5000)), bounds(staffAt(5), revenueAt(1000))},
	// （五）零售业。从业人员300人以下或营业收入20000万元以下的为中小微型企业。其中，从业人员50人及以上，且营业收入500万元
	// 及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元以下的为微型企业。
	pledge.Retail: {"零售业", "retail",
		bounds(staffAt(300), revenueAt(20000)), bounds(staffAt(50), revenueAt(500)), bounds(staffAt(10), revenueAt(100))},
	// （六）交通运输业。从业人员1000人以下或营业收入30000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入
	// 3000万元及以上的为中型企业；从业人员20人及以上，且营业收入200万元及以上的为小型企业；从业人员20人以下或营业收入200万元
	// 以下的为微型企业。
	pledge.Transport: {"交通运输业", "transport",
		bounds(staffAt(1000), revenueAt(30000)), bounds(staffAt(300), revenueAt(3000)), bounds(staffAt(20), revenueAt(200))},
	// （七）仓储业。从业人员200人以下或营业收入30000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入1000万元
	// 及以上的为中型企业；从业人员20人及以上，且营业收入100万元及以上的为小型企业；从业人员20人以下或营业收入100万元以下的为微型企业。
	pledge.Warehousing: {"仓储业", "warehousing",
		bounds(staffAt(200), revenueAt(30000)), bounds(staffAt(100), revenueAt(1000)), bounds(staffAt(20), revenueAt(100))},
	// （八）邮政业。从业人员1000人以下或营业收入30000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入2000万元
	// 及以上的为中型企业；从业人员20人及以上，且营业收入100万元及以上的为小型企业；从业人员20人以下或营业收入100万元以下的为微型企业。
	pledge.Postal: {"邮政业", "postal services",
		bounds(staffAt(1000), revenueAt(30000)), bounds(staffAt(300), revenueAt(2000)), bounds(staffAt(20), revenueAt(100))},
	// （九）住宿业。从业人员300人以下或营业收入10000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入2000万元
	// 及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元以下的为微型企业。
	pledge.Accommodation: {"住宿业", "accommodation",
		bounds(staffAt(300), revenueAt(10000)), bounds(staffAt(100), revenueAt(2000)), bounds(staffAt(10), revenueAt(100))},
	// （十）餐饮业。从业人员300人以下或营业收入10000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入2000万元
	// 及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元以下的为微型企业。
	pledge.Catering: {"餐饮业", "catering",
		bounds(staffAt(300), revenueAt(10000)), bounds(staffAt(100), revenueAt(2000)), bounds(staffAt(10), revenueAt(100))},
	// （十一）信息传输业。从业人员2000人以下或营业收入100000万元以下的为中小微型企业。其中，从业人员100人及以上，且营业收入
	// 1000万元及以上的为中型企业；从业人员10人及以上，且营业收入100万元及以上的为小型企业；从业人员10人以下或营业收入100万元
	// 以下的为微型企业。
	pledge.InformationTransmission: {"信息传输业", "information transmission",
		bounds(staffAt(2000), revenueAt(100000)), bounds(staffAt(100), revenueAt(1000)), bounds(staffAt(10), revenueAt(100))},
	// （十二）软件和信息技术服务业。从业人员300人以下或营业收入10000万元以下的为中小微型企业。其中，从业人员100人及以上，且
	// 营业收入1000万元及以上的为中型企业；从业人员10人及以上，且营业收入50万元及以上的为小型企业；从业人员10人以下或营业收入
	// 50万元以下的为微型企业。
	pledge.SoftwareIT: {"软件和信息技术服务业", "software and information technology services",
		bounds(staffAt(300), revenueAt(10000)), bounds(staffAt(100), revenueAt(1000)), bounds(staffAt(10), revenueAt(50))},
	// （十三）房地产开发经营。营业收入200000万元以下或资产总额10000万元以下的为中小微型企业。其中，营业收入1000万元及以上，
	// 且资产总额5000万元及以上的为中型企业；营业收入100万元及以上，且资产总额2000万元及以上的为小型企业；营业收入100万元以下
	// 或资产总额2000万元以下的为微型企业。
	pledge.RealEstate: {"房地产开发经营", "real estate development",
		bounds(revenueAt(200000), assetsAt(10000)), bounds(revenueAt(1000), assetsAt(5000)), bounds(revenueAt(100), assetsAt(2000))},
	// （十四）物业管理。从业人员1000人以下或营业收入5000万元以下的为中小微型企业。其中，从业人员300人及以上，且营业收入1000万元
	// 及以上的为中型企业；从业人员100人及以上，且营业收入500万元及以上的为小型企业；从业人员100人以下或营业收入500万元以下的为微型企业。
	pledge.PropertyManagement: {"物业管理", "property management",
		bounds(staffAt(1000), revenueAt(5000)), bounds(staffAt(300), revenueAt(1000)), bounds(staffAt(100), revenueAt(500))},
	// （十五）租赁和商务服务业。从业人员300人以下或资产总额120000万元以下的为中小微型企业。其中，从业人员100人及以上，且资产
	// 总额8000万元及以上的为中型企业；从业人员10人及以上，且资产总额100万元及以上的为小型企业；从业人员10人以下或资产总额100万元
	// 以下的为微型企业。
	pledge.LeasingBusiness: {"租赁和商务服务业", "leasing and business services",
		bounds(staffAt(300), assetsAt(120000)), bounds(staffAt(100), assetsAt(8000)), bounds(staffAt(10), assetsAt(100))},
	// （十六）其他未列明行业。从业人员300人以下的为中小微型企业。其中，从业人员100人及以上的为中型企业；从业人员10人及以上的
	// 为小型企业；从业人员10人以下的为微型企业。
	pledge.OtherIndustry: {"其他未列明行业", "other industries",
		bounds(staffAt(300)), bounds(staffAt(100)), bounds(staffAt(10))},
}

// tri is a three-valued truth: a comparison with a figure not given is unknown.
type tri uint8

const (
	triUnknown tri = iota
	triFalse
	triTrue
)

// wan is 万元 in yuan.
var wan = decimal.NewFromInt(10000)

// atLeast compares the figure b measures with b's threshold: "及以上" (at or above). Its negation is "以下"
// (strictly below). Revenue and assets are given in yuan and the thresholds in 万元; the conversion is exact.
func atLeast(f pledge.SizeFacts, b sizeBound) tri {
	var ok bool
	switch b.m {
	case measureStaff:
		if f.Employees == nil {
			return triUnknown
		}
		ok = int64(*f.Employees) >= b.v
	case measureRevenue:
		if !f.Revenue.Valid {
			return triUnknown
		}
		ok = f.Revenue.Decimal.GreaterThanOrEqual(decimal.NewFromInt(b.v).Mul(wan))
	case measureAssets:
		if !f.TotalAssets.Valid {
			return triUnknown
		}
		ok = f.TotalAssets.Decimal.GreaterThanOrEqual(decimal.NewFromInt(b.v).Mul(wan))
	}
	if ok {
		return triTrue
	}
	return triFalse
}

// allAtLeast is the conjunction "…及以上，且…及以上": false as soon as one known figure is below.
func allAtLeast(f pledge.SizeFacts, bs []sizeBound) tri {
	out := triTrue
	for _, b := range bs {
		switch atLeast(f, b) {
		case triFalse:
			return triFalse
		case triUnknown:
			out = triUnknown
		}
	}
	return out
}

// anyBelow is the disjunction "…以下或…以下": true as soon as one known figure is below.
func anyBelow(f pledge.SizeFacts, bs []sizeBound) tri {
	out := triFalse
	for _, b := range bs {
		switch atLeast(f, b) {
		case triFalse:
			return triTrue
		case triUnknown:
			out = triUnknown
		}
	}
	return out
}

// ClassifySize computes an enterprise's size under 工信部联企业〔2011〕300号 (spec/reference-data.md §6), for
// Art. 2: 科技型中小微企业 — the measure's enterprises are micro, small or medium. Interpretation I-5: the size
// is attested or computed from industry, employees, revenue and total assets; this computes it.
//
// The rules, read from the standard's text (第四条) and applied to the industry's row:
//   - "以下" is strictly below and "及以上" at or above (spec/reference-data.md §6). 民法典 第一千二百五十九条
//     counts both "以上" and "以下" inclusive, but the standard pairs "20人以下" (micro) with "20人及以上"
//     (small), so a threshold can belong to one band only, and "及以上" names it.
//   - Within the SME ceiling: below ANY ceiling threshold ("从业人员1000人以下或营业收入40000万元以下").
//     Outside it: large.
//   - Medium: within the ceiling and at or above ALL medium thresholds ("且").
//   - Small: at or above ALL small thresholds, and not medium.
//   - Micro: below ANY small threshold ("或"). In every row the small thresholds are below the ceiling's on
//     the same figures, so a micro enterprise is always within the ceiling; and anything within the ceiling
//     that is neither small nor micro is medium.
//
// Revenue (营业收入, last year) and total assets (资产总额) are in yuan in the case and 万元 in the standard:
// a threshold of 2000万元 is 20,000,000.00 yuan exactly, so 19,999,999.99 is below it.
//
// A figure not given is unknown. Where the figures given decide the size anyway (a staff count below the
// small threshold makes a micro enterprise whatever its revenue), ClassifySize classifies; otherwise it
// returns a *SizeFactsError wrapping ErrSizeFactsMissing, with a SizeResult whose sentence says what is
// missing, for an Unknown finding. A negative figure or an industry that does not exist is a
// *pledge.InputError (pledge.ErrCount, pledge.ErrNegative, pledge.ErrUnknownValue).
func ClassifySize(f pledge.SizeFacts) (SizeResult, error) {
	if err := checkSizeFacts(f); err != nil {
		return SizeResult{}, err
	}
	if f.Industry == pledge.IndustryUnset {
		return SizeResult{
				Zh: "未给出行业（enterprise.size_facts.industry），无法按工信部联企业〔2011〕300号划型",
				En: "the industry (enterprise.size_facts.industry) is not given, so the size under 工信部联企业〔2011〕300号 is unknown",
			},
			&SizeFactsError{Missing: []string{"industry"}}
	}
	row := sizeRows[f.Industry]
	leadZh, leadEn := sizeLead(f, row)
	small := allAtLeast(f, row.small)
	if small == triFalse {
		// 第四条: "…以下或…以下的为微型企业". Name the thresholds the enterprise is below.
		var below []sizeBound
		for _, b := range row.small {
			if atLeast(f, b) == triFalse {
				below = append(below, b)
			}
		}
		return SizeResult{Size: pledge.Micro,
			Zh: leadZh + "：" + joinBounds(below, belowZh, "、") + "，属微型企业（工信部联企业〔2011〕300号）",
			En: leadEn + ": " + joinBounds(below, belowEn, " and ") + ", so micro under 工信部联企业〔2011〕300号",
		}, nil
	}
	sme := anyBelow(f, row.ceiling)
	if sme == triFalse {
		return SizeResult{Size: pledge.Large,
			Zh: leadZh + "：不在中小微型企业范围内（须" + joinBounds(row.ceiling, belowZh, "或") + "），属大型企业（工信部联企业〔2011〕300号）",
			En: leadEn + ": outside the SME ceiling (which needs " + joinBounds(row.ceiling, belowEn, " or ") + "), so large under 工信部联企业〔2011〕300号",
		}, nil
	}
	medium := allAtLeast(f, row.medium)
	switch {
	case sme == triTrue && medium == triTrue:
		return SizeResult{Size: pledge.Medium,
			Zh: leadZh + "：在中小微型企业范围内（" + joinBounds(row.ceiling, belowZh, "或") + "），达到中型企业标准（" + joinBounds(row.medium, atLeastZh, "且") + "），属中型企业（工信部联企业〔2011〕300号）",
			En: leadEn + ": within the SME ceiling (" + joinBounds(row.ceiling, belowEn, " or ") + ") and meeting the medium thresholds (" + joinBounds(row.medium, atLeastEn, " and ") + "), so medium under 工信部联企业〔2011〕300号",
		}, nil
	case sme == triTrue && medium == triFalse && small == triTrue:
		return SizeResult{Size: pledge.Small,
			Zh: leadZh + "：" + joinBounds(row.small, atLeastZh, "且") + "，未达中型企业标准（" + joinBounds(row.medium, atLeastZh, "且") + "），属小型企业（工信部联企业〔2011〕300号）",
			En: leadEn + ": " + joinBounds(row.small, atLeastEn, " and ") + ", short of the medium thresholds (" + joinBounds(row.medium, atLeastEn, " and ") + "), so small under 工信部联企业〔2011〕300号",
		}, nil
	}
	var missing []string
	var missingZh, missingEn []string
	for _, m := range []sizeMeasure{measureStaff, measureRevenue, measureAssets} {
		if rowUses(row, m) && !given(f, m) {
			missing = append(missing, measureKey[m])
			missingZh = append(missingZh, measureZh[m]+"（enterprise.size_facts."+measureKey[m]+"）")
			missingEn = append(missingEn, measureEn[m]+" (enterprise.size_facts."+measureKey[m]+")")
		}
	}
	return SizeResult{
			Zh: leadZh + "：未给出" + strings.Join(missingZh, "、") + "，无法按工信部联企业〔2011〕300号划型",
			En: leadEn + ": " + strings.Join(missingEn, " and ") + " not given, so the size under 工信部联企业〔2011〕300号 is unknown",
		},
		&SizeFactsError{Industry: f.Industry, Missing: missing}
}

// checkSizeFacts reports figures no enterprise can have, each as a *pledge.InputError.
func checkSizeFacts(f pledge.SizeFacts) error {
	var errs []error
	if int(f.Industry) >= len(sizeRows) {
		errs = append(errs, &pledge.InputError{Field: "enterprise.size_facts.industry",
			Value: strconv.Itoa(int(f.Industry)), Err: pledge.ErrUnknownValue})
	}
	if f.Employees != nil && *f.Employees < 0 {
		errs = append(errs, &pledge.InputError{Field: "enterprise.size_facts.employees",
			Value: strconv.Itoa(*f.Employees), Err: pledge.ErrCount})
	}
	if f.Revenue.Valid && f.Revenue.Decimal.IsNegative() {
		errs = append(errs, &pledge.InputError{Field: "enterprise.size_facts.revenue",
			Value: f.Revenue.Decimal.String(), Err: pledge.ErrNegative})
	}
	if f.TotalAssets.Valid && f.TotalAssets.Decimal.IsNegative() {
		errs = append(errs, &pledge.InputError{Field: "enterprise.size_facts.total_assets",
			Value: f.TotalAssets.Decimal.String(), Err: pledge.ErrNegative})
	}
	return errors.Join(errs...)
}

var (
	measureKey = [...]string{measureStaff: "employees", measureRevenue: "revenue", measureAssets: "total_assets"}
	measureZh  = [...]string{measureStaff: "从业人员", measureRevenue: "营业收入", measureAssets: "资产总额"}
	measureEn  = [...]string{measureStaff: "employees", measureRevenue: "revenue", measureAssets: "total assets"}
)

func rowUses(row sizeRow, m sizeMeasure) bool {
	for _, b := range row.ceiling {
		if b.m == m {
			return true
		}
	}
	return false
}

func given(f pledge.SizeFacts, m sizeMeasure) bool {
	switch m {
	case measureStaff:
		return f.Employees != nil
	case measureRevenue:
		return f.Revenue.Valid
	case measureAssets:
		return f.TotalAssets.Valid
	}
	return false
}

// sizeLead opens the sentence: the industry and the figures the row uses that are given,
// "软件和信息技术服务业，从业人员120人，营业收入35,000,000.00元" / "software and information technology
// services, 120 employees, revenue 35,000,000.00 yuan" (amounts by pledge.FormatYuan).
func sizeLead(f pledge.SizeFacts, row sizeRow) (zh, en string) {
	zh, en = row.zh, row.en
	for _, m := range []sizeMeasure{measureStaff, measureRevenue, measureAssets} {
		if !rowUses(row, m) || !given(f, m) {
			continue
		}
		switch m {
		case measureStaff:
			zh += "，从业人员" + strconv.Itoa(*f.Employees) + "人"
			en += ", " + strconv.Itoa(*f.Employees) + " employees"
		case measureRevenue:
			zh += "，营业收入" + text.Yuan(f.Revenue.Decimal) + "元"
			en += ", revenue " + text.Yuan(f.Revenue.Decimal) + " yuan"
		case measureAssets:
			zh += "，资产总额" + text.Yuan(f.TotalAssets.Decimal) + "元"
			en += ", total assets " + text.Yuan(f.TotalAssets.Decimal) + " yuan"
		}
	}
	return zh, en
}

func joinBounds(bs []sizeBound, word func(sizeBound) string, sep string) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = word(b)
	}
	return strings.Join(parts, sep)
}

// belowZh and atLeastZh write a threshold as the standard does: "从业人员300人以下", "营业收入2000万元及以上".
func belowZh(b sizeBound) string   { return measureZh[b.m] + unitZh(b) + "以下" }
func atLeastZh(b sizeBound) string { return measureZh[b.m] + unitZh(b) + "及以上" }

func unitZh(b sizeBound) string {
	if b.m == measureStaff {
		return strconv.FormatInt(b.v, 10) + "人"
	}
	return strconv.FormatInt(b.v, 10) + "万元"
}

// belowEn and atLeastEn write a threshold in English, money in yuan: "fewer than 300 employees",
// "revenue of at least 20,000,000 yuan".
func belowEn(b sizeBound) string {
	if b.m == measureStaff {
		return "fewer than " + thousands(b.v) + " employees"
	}
	return measureEn[b.m] + " below " + thousands(b.v*10000) + " yuan"
}

func atLeastEn(b sizeBound) string {
	if b.m == measureStaff {
		return "at least " + thousands(b.v) + " employees"
	}
	return measureEn[b.m] + " of at least " + thousands(b.v*10000) + " yuan"
}

// thousands writes a non-negative integer with comma separators: 20000000 → "20,000,000".
func thousands(v int64) string {
	s := strconv.FormatInt(v, 10)
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
