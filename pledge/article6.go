package pledge

import "strconv"

// providerNames returns the names of l's providers in role, in the order given; a provider with no name is
// written as its key path ("loan.providers[1]").
func providerNames(l Loan, role ProviderRole) []string {
	var out []string
	for i, p := range l.Providers {
		if p.Role != role {
			continue
		}
		name := p.Name
		if name == "" {
			name = itemPath("loan.providers", i)
		}
		out = append(out, name)
	}
	return out
}

// FinancingMode judges Art. 6: the loan's declared mode and its providers. Code financing_mode, one
// finding:
//
//   - direct, Art. 6(1): "（一）企业将知识产权财产权出质给银行等金融机构，银行等金融机构作为知识产权质权人向企业
//     提供资金。" Met. A direct loan that also has a guarantor or insurer is still Met: 6(1) makes the bank the
//     pledgee and forbids no further credit enhancement; the message names the providers, which matter to
//     Art. 8 and Art. 17.
//   - guarantee or insurance, Art. 6(2): "（二）企业将知识产权财产权出质给融资担保机构或贷款保证保险机构，由
//     融资担保机构、贷款保证保险机构为企业融资提供担保、保证保险，银行向企业提供资金。" Met where the
//     providers include a guarantor (guarantee) or an insurer (insurance); NotMet where they do not, since the
//     mode then has no one to be the pledgee.
//   - mode not given: Unknown, citing Art. 6.
func FinancingMode(l Loan) []Finding {
	f := Finding{Code: "financing_mode"}
	guarantors, insurers := providerNames(l, Guarantor), providerNames(l, Insurer)
	lender := l.Lender
	if lender == "" {
		lender = "贷款银行"
	}
	lenderEn := l.Lender
	if lenderEn == "" {
		lenderEn = "the lending bank"
	}
	switch l.Mode {
	case Direct:
		f.Ref, f.Outcome = ArtItem(6, 1), Met
		f.Zh = "知识产权直接出质给" + lender + "，由其作为质权人提供资金"
		f.En = "the rights are pledged directly to " + lenderEn + ", which lends as pledgee"
		if others := append(guarantors, insurers...); len(others) > 0 {
			f.Zh += "；另有担保或保险机构" + listZh(others)
			f.En += "; the loan also has a guarantor or insurer (" + listEn(others) + ")"
		}
	case Guarantee, Insurance:
		f.Ref = ArtItem(6, 2)
		have, roleZh, roleEn := guarantors, "融资担保机构", "financing guarantor"
		if l.Mode == Insurance {
			have, roleZh, roleEn = insurers, "贷款保证保险机构", "loan-guarantee insurer"
		}
		if len(have) > 0 {
			f.Outcome = Met
			f.Zh = "知识产权出质给" + roleZh + listZh(have) + "，由其提供" + modeZh(l.Mode) + "，银行提供资金"
			f.En = "the rights are pledged to the " + roleEn + " " + listEn(have) + ", which provides the " + l.Mode.String() + ", and the bank lends"
		} else {
			f.Outcome = NotMet
			f.Zh = "融资方式为" + modeZh(l.Mode) + "，但未列明" + roleZh
			f.En = "the financing mode is " + l.Mode.String() + ", but no " + roleEn + " is among the loan's providers"
		}
	default:
		f.Ref, f.Outcome = Art(6), Unknown
		g, i := strconv.Itoa(len(guarantors)), strconv.Itoa(len(insurers))
		f.Zh = "融资方式未说明（担保机构" + g + "家、保险机构" + i + "家）"
		f.En = "the financing mode is not given (" + g + " guarantors, " + i + " insurers listed)"
	}
	return []Finding{f}
}

// modeZh names a credit-enhanced mode in Chinese.
func modeZh(m Mode) string {
	if m == Insurance {
		return "保证保险"
	}
	return "担保"
}

// creditEnhanced reports whether l has a guarantee or insurance (Art. 6(2), Art. 8, Art. 17): its mode is
// guarantee or insurance, or it lists a guarantor or insurer.
func creditEnhanced(l Loan) bool {
	if l.Mode == Guarantee || l.Mode == Insurance {
		return true
	}
	for _, p := range l.Providers {
		if p.Role == Guarantor || p.Role == Insurer {
			return true
		}
	}
	return false
}
