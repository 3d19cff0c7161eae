package deadlines

// The measure's own deadlines (渝科委发〔2015〕84号). They are civil periods counted in days
// (Interpretation I-12, I-19) or, for the Art. 21 ban, in years (Interpretation I-20).

// Days of the Art. 14 periods.
const (
	RegistrationDays = 15 // Art. 14¶1: 签订知识产权质押融资合同后，双方应当在 15 日内……办理质押登记
	ChangeDays       = 15 // Art. 14¶2: 自变更之日起 15 日内……办理质押登记变更手续
	ReleaseDays      = 30 // Art. 14¶3: 合同解除或到期终止后，出质方应在 30 日内……办理知识产权质押登记解押手续
	BanYears         = 3  // Art. 21¶1: 3 年内不再受理其知识产权相关补助
)

// RegistrationDue is the last day to file the pledge registration (Art. 14¶1 "签订知识产权质押融资合同后，
// 双方应当在 15 日内……办理质押登记和备案手续", Interpretation I-12): 15 days after the contract is signed,
// the signing day not counted, moved off a rest day.
func RegistrationDue(signed Date, cal Calendar) (Deadline, error) {
	return CivilDays(signed, RegistrationDays, cal)
}

// ChangeDue is the last day to file a change of the registered content (Art. 14¶2 "当事人应当自变更之日
// 起 15 日内……办理质押登记变更手续", Interpretation I-12): 15 days after the change, the day of the change
// not counted, moved off a rest day.
func ChangeDue(changed Date, cal Calendar) (Deadline, error) {
	return CivilDays(changed, ChangeDays, cal)
}

// ReleaseDue is the last day to file the release of the pledge (Art. 14¶3 "合同解除或到期终止后，出质方
// 应在 30 日内……办理知识产权质押登记解押手续", Interpretation I-12): 30 days after the contract ended, the
// day it ended not counted, moved off a rest day.
func ReleaseDue(terminated Date, cal Calendar) (Deadline, error) {
	return CivilDays(terminated, ReleaseDays, cal)
}

// SupplementDue is the last day to supply missing application materials (Art. 16 "对于材料不齐的，限期予以
// 补充；逾期不能补充的，不予受理", Interpretation I-19): days after the applicant was told, that day not
// counted, moved off a rest day. The call for applications sets the number of days; the measure fixes
// none, so there is no default, and days below 1 is an *ArgError (ErrPeriodLength).
func SupplementDue(requested Date, days int, cal Calendar) (Deadline, error) {
	if days < 1 {
		return Deadline{}, argInt("days", days, ErrPeriodLength)
	}
	return CivilDays(requested, days, cal)
}

// BanLastDay is the last day of the Art. 21¶1 ban on accepting the body's IP subsidy applications ("3 年
// 内不再受理其知识产权相关补助", Interpretation I-20): the third anniversary of the decision (28 February for
// a decision of 29 February). The day of the decision is not counted, and the day is not moved for
// holidays, since nothing has to be done on it. An application is accepted again only after this day.
// The zero Date gives the zero Date.
func BanLastDay(decided Date) Date { return decided.AddYears(BanYears) }
