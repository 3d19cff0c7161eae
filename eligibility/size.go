package eligibility

import (
	"errors"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
)

// ErrSizeFactsMissing: the size facts given do not decide whether the enterprise is micro, small or
// medium, because a figure that could change it is not given (Interpretation I-23). The caller makes an
// Unknown finding of it (Interpretation I-5: a fact not given is unknown, never assumed). The error is a
// *SizeFactsError naming the missing keys.
var ErrSizeFactsMissing = errors.New("size facts missing")

// SizeFactsError names the figures that 工信部联企业〔2011〕300号 needs for the industry, that the case does
// not give, and that could change whether the enterprise is micro, small or medium. It wraps
// ErrSizeFactsMissing.
type SizeFactsError struct {
	Industry pledge.Industry
	// Missing are the keys under enterprise.size_facts that could decide it and are not given, in the case
	// file's order: "industry", "employees", "revenue", "total_assets".
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

// SizeResult is an enterprise's size under 工信部联企业〔2011〕300号, with the reason in one sentence, in
// Chinese and English, naming the figures used and the criterion that decided: the message of Art. 2's
// size finding.
type SizeResult struct {
	// SME is what Art. 2 asks (科技型中小微企业): Yes where the enterprise is within the standard's ceiling
	// for micro, small and medium enterprises, No where it is large, NotKnown where the figures given leave
	// it open (ClassifySize then returns ErrSizeFactsMissing).
	SME pledge.Fact
	// Size is the class — Micro, Small, Medium or Large — where the figures settle it, and SizeUnset where
	// they do not: a software company of 120 staff whose revenue is not given is certainly within the
	// ceiling (staff below 300 suffices) but medium or small by its revenue.
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

// sizeRows is 工信部联企业〔2011〕300号 第四条 (docs/reference-data.md §6), a row per industry, in the
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

// yuan is a money threshold in yuan: so many 万元 (10,000 yuan each), exactly.
func (b sizeBound) yuan() decimal.Decimal { return decimal.NewFromInt(b.v).Shift(4) }

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
		ok = f.Revenue.Decimal.GreaterThanOrEqual(b.yuan())
	case measureAssets:
		if !f.TotalAssets.Valid {
			return triUnknown
		}
		ok = f.TotalAssets.Decimal.GreaterThanOrEqual(b.yuan())
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

// classify applies the row of one industry to the figures (第四条): the class where they settle it
// (SizeUnset where not), and whether the enterprise is within the SME ceiling.
//
// Interpretation I-23: each criterion follows the row's own logic — the ceiling and micro are "或" (any
// one figure below its threshold settles them), medium and small are "且" (every figure at or above) — with
// a figure not given unknown, so that a missing figure leaves open only what it could change.
func (row sizeRow) classify(f pledge.SizeFacts) (pledge.Size, tri) {
	small := allAtLeast(f, row.small)
	if small == triFalse { // "…以下或…以下的为微型企业"; micro is always within the ceiling
		return pledge.Micro, triTrue
	}
	sme := anyBelow(f, row.ceiling) // "…以下或…以下的为中小微型企业"
	if sme == triFalse {
		return pledge.Large, triFalse
	}
	medium := allAtLeast(f, row.medium) // "…及以上，且…及以上的为中型企业"
	switch {
	case sme == triTrue && medium == triTrue:
		return pledge.Medium, triTrue
	case sme == triTrue && medium == triFalse && small == triTrue: // "…及以上，且…及以上的为小型企业"
		return pledge.Small, triTrue
	}
	return pledge.SizeUnset, sme
}

// ClassifySize computes an enterprise's size under 工信部联企业〔2011〕300号 (docs/reference-data.md §6), for
// Art. 2: 科技型中小微企业 — the measure's enterprises are micro, small or medium. Interpretation I-5: the size
// is attested or computed from industry, employees, revenue and total assets; this computes it.
//
// The rules, read from the standard's text (第四条) and applied to the industry's row:
//   - "以下" is strictly below and "及以上" at or above (docs/reference-data.md §6). 民法典第一千二百五十九条
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
// Interpretation I-23: a figure not given is unknown only where it could change whether the enterprise is
// within the ceiling. Where the figures given settle that, SME is Yes or No and the sentence names the
// criterion that decided ("从业人员120人……从业人员300人以下，属中小微型企业范围"), whether or not they also
// settle the class (Size SizeUnset where not, and the sentence says what is missing and that it does not
// matter). An industry not given is one more unknown figure: where the figures given put the enterprise
// on the same side of the ceiling in every industry of the standard, that decides it too. Otherwise SME is
// NotKnown and the error is a *SizeFactsError wrapping ErrSizeFactsMissing, naming the keys that could
// decide it, with a sentence saying so, for an Unknown finding. A negative figure or an industry that does
// not exist is a *pledge.InputError (pledge.ErrCount, pledge.ErrNegative, pledge.ErrUnknownValue).
func ClassifySize(f pledge.SizeFacts) (SizeResult, error) {
	if err := checkSizeFacts(f); err != nil {
		return SizeResult{}, err
	}
	if f.Industry == pledge.IndustryUnset {
		return classifyAnyIndustry(f)
	}
	row := sizeRows[f.Industry]
	size, sme := row.classify(f)
	leadZh, leadEn := sizeLead(f, row.zh, row.en, row.measures())
	// The standard is named in the verdict, not in brackets: the finding puts this sentence in brackets of
	// its own, and 〔2011〕 would be a third level.
	const std = "按工信部联企业〔2011〕300号"
	const stdEn = " under 工信部联企业〔2011〕300号"
	if size == pledge.Micro { // "…以下或…以下的为微型企业": name the thresholds the enterprise is below
		below := row.held(f, row.small, triFalse)
		return SizeResult{SME: pledge.Yes, Size: pledge.Micro,
			Zh: leadZh + "：" + joinBounds(below, belowZh, "、") + "，" + std + "属微型企业",
			En: leadEn + ": " + joinBounds(below, belowEn, " and ") + ", so it is micro" + stdEn,
		}, nil
	}
	if sme == triFalse {
		return SizeResult{SME: pledge.No, Size: pledge.Large,
			Zh: leadZh + "：不在中小微型企业范围内（须" + joinBounds(row.ceiling, belowZh, "或") + "），" + std + "属大型企业",
			En: leadEn + ": outside the SME ceiling (which needs " + joinBounds(row.ceiling, belowEn, " or ") + "), so it is large" + stdEn,
		}, nil
	}
	if sme == triUnknown {
		missing, missingZh, missingEn := row.missing(f)
		return SizeResult{SME: pledge.NotKnown,
				Zh: leadZh + "：未给出" + missingZh + "，按工信部联企业〔2011〕300号无法判断是否属于中小微型企业（须" + joinBounds(row.ceiling, belowZh, "或") + "）",
				En: leadEn + ": " + missingEn + " not given, so whether it is within the SME ceiling under 工信部联企业〔2011〕300号 (which needs " +
					joinBounds(row.ceiling, belowEn, " or ") + ") is unknown",
			},
			&SizeFactsError{Industry: f.Industry, Missing: missing}
	}
	// Interpretation I-23: within the ceiling, by the criteria the figures meet.
	held := row.held(f, row.ceiling, triFalse)
	inZh := joinBounds(held, belowZh, "、") + "，属中小微型企业范围（" + joinBounds(row.ceiling, belowZh, "或") + "即是）"
	inEn := joinBounds(held, belowEn, " and ") + ", so within the SME ceiling (" + joinBounds(row.ceiling, belowEn, " or ") + " suffices)"
	switch size {
	case pledge.Medium:
		return SizeResult{SME: pledge.Yes, Size: pledge.Medium,
			Zh: leadZh + "：" + inZh + "；达到中型企业标准（" + joinBounds(row.medium, atLeastZh, "且") + "），" + std + "属中型企业",
			En: leadEn + ": " + inEn + "; it meets the medium thresholds (" + joinBounds(row.medium, atLeastEn, " and ") + "), so it is medium" + stdEn,
		}, nil
	case pledge.Small:
		return SizeResult{SME: pledge.Yes, Size: pledge.Small,
			Zh: leadZh + "：" + inZh + "；" + joinBounds(row.small, atLeastZh, "且") + "，未达中型企业标准（" + joinBounds(row.medium, atLeastZh, "且") + "），" + std + "属小型企业",
			En: leadEn + ": " + inEn + "; " + joinBounds(row.small, atLeastEn, " and ") + " but short of the medium thresholds (" +
				joinBounds(row.medium, atLeastEn, " and ") + "), so it is small" + stdEn,
		}, nil
	}
	_, missingZh, missingEn := row.missing(f)
	return SizeResult{SME: pledge.Yes,
		Zh: leadZh + "：" + inZh + "；未给出" + missingZh + "，是中型、小型还是微型无法确定，但不影响其" + std + "属于中小微型企业",
		En: leadEn + ": " + inEn + "; " + missingEn + " not given, so whether it is medium, small or micro is not settled, which does not change that it is a micro, small or medium enterprise" + stdEn,
	}, nil
}

// classifyAnyIndustry is ClassifySize where the industry is not given (Interpretation I-23): the figures
// given are applied to every row of the standard, and whatever all rows agree on is decided — the same
// class in every industry (large in every one included), or within the ceiling in every one.
func classifyAnyIndustry(f pledge.SizeFacts) (SizeResult, error) {
	leadZh, leadEn := sizeLead(f, "未给出行业（enterprise.size_facts.industry）", "the industry (enterprise.size_facts.industry) is not given",
		[]sizeMeasure{measureStaff, measureRevenue, measureAssets})
	var (
		sizes   = map[pledge.Size]bool{}
		smes    = map[tri]bool{}
		missing = map[sizeMeasure]bool{}
	)
	for ind := pledge.IndustryUnset + 1; int(ind) < len(sizeRows); ind++ {
		row := sizeRows[ind]
		size, sme := row.classify(f)
		sizes[size], smes[sme] = true, true
		if sme == triUnknown {
			for _, m := range row.measures() {
				missing[m] = missing[m] || !given(f, m)
			}
		}
	}
	const std = "工信部联企业〔2011〕300号"
	switch {
	case len(sizes) == 1 && !sizes[pledge.SizeUnset]: // the same class in every industry
		var size pledge.Size
		for size = range sizes {
		}
		return SizeResult{SME: smeOf(size), Size: size,
			Zh: leadZh + "：按" + std + "在每一行业均属" + sizeNameZh(size) + "企业",
			En: leadEn + ": in every industry of " + std + " it is " + sizeNameEn(size),
		}, nil
	case len(smes) == 1 && smes[triTrue]:
		return SizeResult{SME: pledge.Yes,
			Zh: leadZh + "：按" + std + "在每一行业均低于中小微型企业上限之一，属中小微型企业；行业未给出，是中型、小型还是微型无法确定，但不影响其属于中小微型企业",
			En: leadEn + ": in every industry of " + std + " it is below one of the SME ceiling's thresholds, so it is a micro, small or medium enterprise; without the industry, whether medium, small or micro is not settled, which does not change that",
		}, nil
	}
	keys := []string{"industry"}
	for _, m := range []sizeMeasure{measureStaff, measureRevenue, measureAssets} {
		if missing[m] {
			keys = append(keys, measureKey[m])
		}
	}
	return SizeResult{SME: pledge.NotKnown,
			Zh: leadZh + "：所给数据在" + std + "的不同行业结论不同，无法判断是否属于中小微型企业",
			En: leadEn + ": the figures given fall on different sides of the SME ceiling in different industries of " + std + ", so whether it is within it is unknown",
		},
		&SizeFactsError{Missing: keys}
}

// smeOf is whether a class is micro, small or medium: Yes, or No for large.
func smeOf(s pledge.Size) pledge.Fact {
	if s == pledge.Large {
		return pledge.No
	}
	return pledge.Yes
}

// held returns the thresholds of bs whose comparison gives want: the criteria that decided.
func (row sizeRow) held(f pledge.SizeFacts, bs []sizeBound, want tri) []sizeBound {
	var out []sizeBound
	for _, b := range bs {
		if atLeast(f, b) == want {
			out = append(out, b)
		}
	}
	return out
}

// measures are the figures the row's ceiling turns on, in the case file's order.
func (row sizeRow) measures() []sizeMeasure {
	var out []sizeMeasure
	for _, m := range []sizeMeasure{measureStaff, measureRevenue, measureAssets} {
		for _, b := range row.ceiling {
			if b.m == m {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// missing names the row's figures that are not given: their keys, and their words in both languages.
func (row sizeRow) missing(f pledge.SizeFacts) (keys []string, zh, en string) {
	var zhs, ens []string
	for _, m := range row.measures() {
		if !given(f, m) {
			keys = append(keys, measureKey[m])
			zhs = append(zhs, measureZh[m]+"（enterprise.size_facts."+measureKey[m]+"）")
			ens = append(ens, measureEn[m]+" (enterprise.size_facts."+measureKey[m]+")")
		}
	}
	return keys, strings.Join(zhs, "、"), strings.Join(ens, " and ")
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

func given(f pledge.SizeFacts, m sizeMeasure) bool {
	switch m {
	case measureStaff:
		return f.Employees != nil
	case measureRevenue:
		return f.Revenue.Valid
	}
	return f.TotalAssets.Valid
}

// sizeLead opens the sentence: what is known of the industry, and the figures given that the standard
// reads (those of the measures listed), "软件和信息技术服务业，从业人员120人，营业收入35,000,000.00元" /
// "software and information technology services, 120 employees, revenue 35,000,000.00 yuan" (amounts by
// internal/text).
func sizeLead(f pledge.SizeFacts, zh, en string, measures []sizeMeasure) (string, string) {
	for _, m := range measures {
		if !given(f, m) {
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
// "revenue of at least 20,000,000.00 yuan".
func belowEn(b sizeBound) string {
	if b.m == measureStaff {
		return "fewer than " + strconv.FormatInt(b.v, 10) + " employees"
	}
	return measureEn[b.m] + " below " + text.Yuan(b.yuan()) + " yuan"
}

func atLeastEn(b sizeBound) string {
	if b.m == measureStaff {
		return "at least " + strconv.FormatInt(b.v, 10) + " employees"
	}
	return measureEn[b.m] + " of at least " + text.Yuan(b.yuan()) + " yuan"
}
