package pledge

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/internal/text"
)

// Art. 5 lays the pledgor's obligations on the pledge as made (Interpretation I-22): the attested facts of
// each right are read as they stood when the registration was filed (or the contract signed), not on the
// evaluation date. Every function here leaves a finding for every right it applies to, NotApplicable where
// the clause does not reach the right, so that a report shows it was looked at.

// rightSubject names a pledged right in a finding: its number, or its key path where it has none.
func rightSubject(i int, r Right) string {
	if r.Number != "" {
		return r.Number
	}
	return itemPath("rights", i)
}

// HolderNames returns the distinct holders of r as the register lists them (Holders): each name with its
// surrounding blanks trimmed, blank names left out, a name given twice kept once, in the order first given.
// Art. 5(1) and the CNIPA co-owners ground count co-holders by it. It takes time linear in the number of
// names: a few are compared with one another, many are de-duplicated by a map, so that a hostile case with
// tens of thousands of holders costs no more than reading them.
func (r Right) HolderNames() []string {
	// Up to this many names, comparing each with those kept (at most few² string comparisons) is cheaper
	// than building a map.
	const few = 8
	var out []string
	if len(r.Holders) <= few {
		for _, h := range r.Holders {
			if h = strings.TrimSpace(h); h != "" && !slices.Contains(out, h) {
				out = append(out, h)
			}
		}
		return out
	}
	seen := make(map[string]struct{}, len(r.Holders))
	for _, h := range r.Holders {
		if h = strings.TrimSpace(h); h == "" {
			continue
		}
		if _, dup := seen[h]; !dup {
			seen[h] = struct{}{}
			out = append(out, h)
		}
	}
	return out
}

// Consents applies Art. 5(1) to each pledged right: "（一）存在共同知识产权权利人的，应当已取得所有权利人的
// 同意，以第三方所有的知识产权设定质押的，应当已取得知识产权权利人或授权人的同意；" (Interpretation I-22).
//
// Each right gets two findings, in this order:
//
//   - code third_party_consent: where the pledgor is not the holder (pledgor_is_holder false), the holder's
//     consent (holder_consent) must be attested: true Met, false NotMet, not given Unknown. Where the pledgor
//     is the holder, NotApplicable. Where that is not known, Met if the holder's consent is attested anyway
//     (it covers either case), otherwise Unknown.
//   - code co_holders_consent: where the register names several distinct holders, all their consent
//     (co_holders_consent) must be attested: true Met, false NotMet, not given Unknown. One holder:
//     NotApplicable. No holders given: whether there are co-holders is not known, so Unknown, unless the
//     co-holders' consent is attested anyway (Met).
func Consents(c *Case) []Finding { return appendConsents(make([]Finding, 0, 2*len(c.Rights)), c) }

func appendConsents(dst []Finding, c *Case) []Finding {
	for i, r := range c.Rights {
		subject := rightSubject(i, r)
		dst = append(dst, thirdPartyConsent(subject, r), coHoldersConsent(subject, r))
	}
	return dst
}

func thirdPartyConsent(subject string, r Right) Finding {
	f := Finding{Ref: ArtItem(5, 1), Subject: subject, Code: "third_party_consent"}
	switch {
	case r.PledgorIsHolder == Yes:
		f.Outcome = NotApplicable
		f.Zh = "出质人即为权利人，无需第三方权利人同意"
		f.En = "the pledgor holds the right itself, so no third party's consent is needed"
	case r.PledgorIsHolder == No && r.HolderConsent == Yes:
		f.Outcome = Met
		f.Zh = "以第三方所有的知识产权出质，已取得权利人或授权人的同意"
		f.En = "a third party's right is pledged and its holder's or licensor's consent is attested"
	case r.PledgorIsHolder == No && r.HolderConsent == No:
		f.Outcome = NotMet
		f.Zh = "以第三方所有的知识产权出质，未取得权利人或授权人的同意"
		f.En = "a third party's right is pledged without its holder's or licensor's consent"
	case r.PledgorIsHolder == No:
		f.Outcome = Unknown
		f.Zh = "以第三方所有的知识产权出质，是否已取得权利人或授权人的同意未知"
		f.En = "a third party's right is pledged and whether its holder or licensor consented is not known"
	case r.HolderConsent == Yes:
		f.Outcome = Met
		f.Zh = "出质人是否为权利人未说明，但已取得权利人或授权人的同意"
		f.En = "whether the pledgor holds the right is not given, but the holder's or licensor's consent is attested"
	default:
		f.Outcome = Unknown
		f.Zh = "出质人是否为权利人未说明，无法判断是否需要并已取得权利人同意"
		f.En = "whether the pledgor holds the right is not given, so whether a holder's consent is needed and given is not known"
	}
	return f
}

func coHoldersConsent(subject string, r Right) Finding {
	f := Finding{Ref: ArtItem(5, 1), Subject: subject, Code: "co_holders_consent"}
	holders := r.HolderNames()
	switch {
	case len(holders) == 0 && r.CoHoldersConsent == Yes:
		f.Outcome = Met
		f.Zh = "权利人未列明，但已取得所有权利人的同意"
		f.En = "the holders are not listed, but the consent of all holders is attested"
	case len(holders) == 0:
		f.Outcome = Unknown
		f.Zh = "权利人未列明，无法判断是否存在共同权利人及是否已取得其同意"
		f.En = "the holders are not listed, so whether there are co-holders who must consent is not known"
	case len(holders) == 1:
		f.Outcome = NotApplicable
		f.Zh, f.En = Sentences([]string{"权利人仅", holders[0], "一人，不存在共同权利人"},
			[]string{holders[0], " is the only holder, so there are no co-holders"})
	case r.CoHoldersConsent == Yes:
		f.Outcome = Met
		f.Zh = "共同权利人" + listZh(holders) + "已全部同意出质"
		f.En = "all " + strconv.Itoa(len(holders)) + " co-holders (" + listEn(holders) + ") have consented to the pledge"
	case r.CoHoldersConsent == No:
		f.Outcome = NotMet
		f.Zh = "共同权利人" + listZh(holders) + "未全部同意出质"
		f.En = "not all " + strconv.Itoa(len(holders)) + " co-holders (" + listEn(holders) + ") have consented to the pledge"
	default:
		f.Outcome = Unknown
		f.Zh = "共同权利人" + listZh(holders) + "是否均已同意出质未知"
		f.En = "whether all " + strconv.Itoa(len(holders)) + " co-holders (" + listEn(holders) + ") have consented is not known"
	}
	return f
}

// FullValue applies Art. 5(2) to each pledged right: "（二）出质人必须将质权价值全额用于贷款质押担保；"
// (Interpretation I-22). Code full_value_pledged: a right already under another current registered pledge
// (already_pledged true) cannot put its full value behind this loan: NotMet; false Met; not given Unknown.
func FullValue(c *Case) []Finding { return appendFullValue(make([]Finding, 0, len(c.Rights)), c) }

func appendFullValue(out []Finding, c *Case) []Finding {
	for i, r := range c.Rights {
		f := Finding{Ref: ArtItem(5, 2), Subject: rightSubject(i, r), Code: "full_value_pledged"}
		switch r.AlreadyPledged {
		case No:
			f.Outcome = Met
			f.Zh = "该权利未在其他现行质押中担保他债，质权价值全额用于本笔贷款质押担保"
			f.En = "the right secures no other debt under a current pledge, so its full value secures this loan"
		case Yes:
			f.Outcome = NotMet
			f.Zh = "该权利已在其他现行质押中担保他债，质权价值不能全额用于本笔贷款质押担保"
			f.En = "the right already secures another debt under a current pledge, so its full value cannot secure this loan"
		default:
			f.Outcome = Unknown
			f.Zh = "该权利是否已在其他现行质押中担保他债未知"
			f.En = "whether the right already secures another debt under a current pledge is not known"
		}
		out = append(out, f)
	}
	return out
}

// Family applies Art. 5(3): "（三）与质押专利权相关的同族专利权等知识产权应一并质押，企业应在申请评估时列出
// 目录；" and Interpretation I-9: every right of the pledgor that shares a family id with a pledged right
// must be pledged too. The pledgor's other rights are those the case lists under unpledged_rights (the
// catalogue the enterprise lists, 列出目录); a right listed there under a number that is also pledged counts
// as pledged. Family ids are compared exactly, whatever the kind of right ("同族专利权等知识产权").
//
// Code family_pledged_together, one finding per pledged right, in order:
//
//   - no family id declared: NotApplicable (no family declared, so nothing must be pledged with it);
//   - its family has no right left out: Met, naming the family's pledged rights (the first 20, then how
//     many in all);
//   - its family has rights left out: at the family's first pledged right, one NotMet finding for each right
//     left out, in the order listed, whose Subject is the right left out; later pledged rights of that
//     family add nothing.
func Family(c *Case) []Finding { return appendFamily(make([]Finding, 0, len(c.Rights)), c) }

func appendFamily(out []Finding, c *Case) []Finding {
	pledged := make(map[string]bool, len(c.Rights))
	pledgedIn := make(map[string][]string) // family id → the pledged rights in it
	for i, r := range c.Rights {
		if r.Number != "" {
			pledged[r.Number] = true
		}
		if r.Family != "" {
			pledgedIn[r.Family] = append(pledgedIn[r.Family], rightSubject(i, r))
		}
	}
	leftOut := make(map[string][]string) // family id → the rights of the family left out
	for i, u := range c.UnpledgedRights {
		if u.Family == "" || pledgedIn[u.Family] == nil || (u.Number != "" && pledged[u.Number]) {
			continue
		}
		name := u.Number
		if name == "" {
			name = itemPath("unpledged_rights", i)
		}
		leftOut[u.Family] = append(leftOut[u.Family], name)
	}

	reported := make(map[string]bool)
	// The Met sentence of each family, written once for all its pledged rights: a family of k rights would
	// otherwise cost k sentences of k names. It names at most maxListed of them.
	metWords := make(map[string][2]string)
	for i, r := range c.Rights {
		subject := rightSubject(i, r)
		fam := r.Family
		switch {
		case fam == "":
			out = append(out, Finding{Ref: ArtItem(5, 3), Outcome: NotApplicable, Subject: subject,
				Code: "family_pledged_together",
				Zh:   "未申报同族编号，无须一并质押的同族知识产权",
				En:   "no patent family is declared for the right, so no family right must be pledged with it"})
		case len(leftOut[fam]) == 0:
			w, ok := metWords[fam]
			if !ok {
				zh, en := listSome(pledgedIn[fam])
				w[0], w[1] = Sentences([]string{"同族", fam, "所列知识产权均已一并质押（", zh, "）"},
					[]string{"every listed right of family ", fam, " is pledged together (", en, ")"})
				metWords[fam] = w
			}
			out = append(out, Finding{Ref: ArtItem(5, 3), Outcome: Met, Subject: subject,
				Code: "family_pledged_together", Zh: w[0], En: w[1]})
		case !reported[fam]:
			reported[fam] = true
			for _, name := range leftOut[fam] {
				out = append(out, Finding{Ref: ArtItem(5, 3), Outcome: NotMet, Subject: name,
					Code: "family_pledged_together",
					Zh:   name + "与质押的" + subject + "同属同族" + fam + "，但未一并质押",
					En:   name + " shares family " + fam + " with the pledged right " + subject + " but is not pledged"})
			}
		}
	}
	return out
}

// Transfers applies Art. 5(4) to each transfer or licence of a pledged right during the pledge: "（四）出质人
// 在质押期间转让或授权许可第三方使用出质权利时，必须经质押权人同意，且转让费、许可使用费、实施专利所得收益均
// 须优先用于归还贷款或提存。"
//
// Each transfer (Subject its key path, "loan.transfers[0]") gets two findings, in this order:
//
//   - code transfer_pledgee_consent: the pledgee's consent: true Met, false NotMet, not given Unknown;
//   - code transfer_proceeds_to_loan: the proceeds go to the loan (or are deposited, 提存) first: the amount
//     applied at least the proceeds Met; less NotMet, showing both; either amount not given Unknown.
//
// A loan with no transfers gets one NotApplicable finding, code no_transfer.
func Transfers(l Loan) []Finding {
	return appendTransfers(make([]Finding, 0, max(1, 2*len(l.Transfers))), l)
}

func appendTransfers(out []Finding, l Loan) []Finding {
	if len(l.Transfers) == 0 {
		return append(out, Finding{Ref: ArtItem(5, 4), Outcome: NotApplicable, Code: "no_transfer",
			Zh: "质押期间未转让或许可出质权利",
			En: "no pledged right was transferred or licensed during the pledge"})
	}
	for i, t := range l.Transfers {
		subject := itemPath("loan.transfers", i)
		whenZh, whenEn := "日期未说明的", "an undated"
		if !t.Date.IsZero() {
			whenZh = t.Date.String()
			whenEn = "the " + whenZh
		}
		consent := Finding{Ref: ArtItem(5, 4), Subject: subject, Code: "transfer_pledgee_consent"}
		switch t.PledgeeConsent {
		case Yes:
			consent.Outcome = Met
			consent.Zh = whenZh + "转让或许可出质权利已经质权人同意"
			consent.En = whenEn + " transfer or licence of a pledged right had the pledgee's consent"
		case No:
			consent.Outcome = NotMet
			consent.Zh = whenZh + "转让或许可出质权利未经质权人同意"
			consent.En = whenEn + " transfer or licence of a pledged right did not have the pledgee's consent"
		default:
			consent.Outcome = Unknown
			consent.Zh = whenZh + "转让或许可出质权利是否经质权人同意未知"
			consent.En = "whether " + whenEn + " transfer or licence of a pledged right had the pledgee's consent is not known"
		}

		proceeds := Finding{Ref: ArtItem(5, 4), Subject: subject, Code: "transfer_proceeds_to_loan"}
		switch {
		case !t.Proceeds.Valid:
			proceeds.Outcome = Unknown
			proceeds.Zh = whenZh + "转让或许可所得金额未提供，无法判断是否优先用于归还贷款或提存"
			proceeds.En = "the proceeds of " + whenEn + " transfer or licence are not given, so whether they went to the loan first is not known"
		case !t.AppliedToLoan.Valid:
			proceeds.Outcome = Unknown
			got := text.Yuan(t.Proceeds.Decimal)
			proceeds.Zh = whenZh + "转让或许可所得" + got + "元，用于归还贷款或提存的金额未提供"
			proceeds.En = whenEn + " transfer or licence brought " + got + " yuan, and the amount applied to the loan or deposited is not given"
		case t.AppliedToLoan.Decimal.LessThan(t.Proceeds.Decimal):
			proceeds.Outcome = NotMet
			got, applied := text.Yuan(t.Proceeds.Decimal), text.Yuan(t.AppliedToLoan.Decimal)
			proceeds.Zh = whenZh + "转让或许可所得" + got + "元，仅" + applied + "元用于归还贷款或提存"
			proceeds.En = whenEn + " transfer or licence brought " + got + " yuan, of which only " + applied + " yuan was applied to the loan or deposited"
		default:
			proceeds.Outcome = Met
			got, applied := text.Yuan(t.Proceeds.Decimal), text.Yuan(t.AppliedToLoan.Decimal)
			proceeds.Zh = whenZh + "转让或许可所得" + got + "元，已有" + applied + "元用于归还贷款或提存"
			proceeds.En = whenEn + " transfer or licence brought " + got + " yuan, and " + applied + " yuan was applied to the loan or deposited"
		}
		out = append(out, consent, proceeds)
	}
	return out
}
