package pledge

import "github.com/ipfinance/cqpledge/internal/text"

// RatePrinciple judges Art. 8, second sentence: "对引入担保、保险机制或纳入科技风险补偿的知识产权质押贷款，
// 利率原则上应低于本机构同类同档次贷款利率平均水平。" Interpretation I-11: it is a principle (原则上), so it
// advises and never decides. Code rate_below_average, one finding:
//
//   - annual_rate at or above lender_average_rate: Advisory;
//   - below: Info;
//   - either rate not given: Info saying so.
//
// Which loans it reaches: those with a guarantee or insurance (mode guarantee or insurance, or a guarantor
// or insurer among the providers), and those brought into risk compensation. Whether a loan will be brought
// into risk compensation (Art. 18) cannot be known when it is signed, and every loan under the measure may
// be, so every loan is checked; the message says on which ground the principle reaches it (a guarantee or
// insurance; a risk-compensation application or a default; or only the possibility of risk compensation).
// Since the finding never decides, checking a loan the principle may not reach costs the decision nothing.
func RatePrinciple(c *Case) []Finding {
	f := Finding{Ref: Art(8), Code: "rate_below_average"}
	var groundZh, groundEn string
	switch {
	case creditEnhanced(c.Loan):
		groundZh, groundEn = "引入担保、保险机制的贷款", "a loan with a guarantee or insurance"
	case (c.Application != nil && c.Application.Kind == RiskCompensationApplication) || c.Default != nil:
		groundZh, groundEn = "申请或可能纳入科技风险补偿的贷款", "a loan in or heading for risk compensation"
	default:
		groundZh, groundEn = "可能纳入科技风险补偿的贷款", "a loan that may yet be brought into risk compensation"
	}
	rate, avg := c.Loan.AnnualRate, c.Loan.LenderAverageRate
	if !rate.Valid || !avg.Valid {
		f.Outcome = Info
		f.Zh = groundZh + "，年利率或本机构同类同档次贷款平均利率未提供，无法对照第八条"
		f.En = "for " + groundEn + ", the annual rate or the lender's average rate for the same class and band is not given, so Art. 8 cannot be applied"
		return []Finding{f}
	}
	r, a := text.Percent(rate.Decimal, 2), text.Percent(avg.Decimal, 2)
	if rate.Decimal.GreaterThanOrEqual(avg.Decimal) {
		f.Outcome = Advisory
		f.Zh = groundZh + "，年利率" + r + "不低于本机构同类同档次贷款平均利率" + a + "，而第八条要求原则上应低于"
		f.En = "for " + groundEn + ", the annual rate " + r + " is not below the lender's average " + a + " for the same class and band, which Art. 8 says it should in principle be"
	} else {
		f.Outcome = Info
		f.Zh = groundZh + "，年利率" + r + "低于本机构同类同档次贷款平均利率" + a
		f.En = "for " + groundEn + ", the annual rate " + r + " is below the lender's average " + a + " for the same class and band"
	}
	return []Finding{f}
}
