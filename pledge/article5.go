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

// Obligations judges Art. 5, the pledgor's obligations: "质押融资时，出质人应当承担相关义务：", on the pledge
// as made (Interpretation I-22). Its findings, in this order: each right's two Art. 5(1) consents, each
// right's Art. 5(2) full value, each right's Art. 5(3) family, then the Art. 5(4) transfers.
//
// Art. 5(1): "（一）存在共同知识产权权利人的，应当已取得所有权利人的同意，以第三方所有的知识产权设定质押的，应当已
// 取得知识产权权利人或授权人的同意；" Each right gets two findings:
//
//   - code third_party_consent: where the pledgor is not the holder (pledgor_is_holder false), the holder's
//     consent (holder_consent) must be attested: true Met, false NotMet, not given Unknown — a third party's
//     right pledged with its holder's consent is within the measure (Interpretation I-28). Where the
//     pledgor is the holder, NotApplicable. Where that is not known, Met if the holder's consent is attested
//     anyway (it covers either case), otherwise Unknown.
//   - code co_holders_consent: where the register names several distinct holders, all their consent must be
//     attested: co_holders_consent true, or an agreement among the co-owners authorising one of them to
//     pledge alone (co_holders_agreement true), which is that consent (Interpretation I-28): Met; otherwise
//     co_holders_consent false NotMet, not given Unknown. One holder: NotApplicable. No holders given:
//     whether there are co-holders is not known, so Unknown, unless the consent or the agreement is attested
//     anyway (Met).
//
// Art. 5(2): "（二）出质人必须将质权价值全额用于贷款质押担保；" Code full_value_pledged, one per right: a right
// already under another current registered pledge (already_pledged true) cannot put its full value behind
// this loan: NotMet; false Met; not given Unknown (Attested).
//
// Art. 5(3): "（三）与质押专利权相关的同族专利权等知识产权应一并质押，企业应在申请评估时列出目录；" and
// Interpretation I-9: every right of the pledgor that shares a family id with a pledged right must be
// pledged too. The pledgor's other rights are those the case lists under unpledged_rights (the catalogue
// the enterprise lists, 列出目录); a right listed there under a number that is also pledged counts as
// pledged. Family ids are compared exactly, whatever the kind of right ("同族专利权等知识产权"). Code
// family_pledged_together, one finding per pledged right, in order: no family id declared NotApplicable;
// its family has no right left out Met, naming the family's pledged rights (the first 20, then how many in
// all); its family has rights left out: at the family's first pledged right, one NotMet finding for each
// right left out, in the order listed, whose Subject is the right left out, and nothing at the family's
// later pledged rights.
//
// Art. 5(4): "（四）出质人在质押期间转让或授权许可第三方使用出质权利时，必须经质押权人同意，且转让费、许可使用费、
// 实施专利所得收益均须优先用于归还贷款或提存。" Each transfer (Subject its key path, "loan.transfers[0]") gets
// two findings: code transfer_pledgee_consent, the pledgee's consent (pledgee_consent: true Met, false
// NotMet, not given Unknown; Attested); code transfer_proceeds_to_loan, the proceeds go to the loan (or are
// deposited, 提存) first: the amount applied at least the proceeds Met, less NotMet, showing both, either
// amount not given Unknown. A loan with no transfers gets one NotApplicable finding, code no_transfer.
func Obligations(c *Case) []Finding {
	out := make([]Finding, 0, 4*len(c.Rights)+max(1, 2*len(c.Loan.Transfers)))
	for i, r := range c.Rights { // Art. 5(1)
		subject := rightSubject(i, r)
		out = append(out, thirdPartyConsent(subject, r), coHoldersConsent(subject, r))
	}
	for i, r := range c.Rights { // Art. 5(2)
		out = append(out, fullValue(rightSubject(i, r), r))
	}
	out = appendFamily(out, c)          // Art. 5(3)
	return appendTransfers(out, c.Loan) // Art. 5(4)
}

// thirdPartyConsent is the Art. 5(1) finding on a third party's consent (Interpretation I-28: a third
// party's right pledged with its holder's consent is within the measure).
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

// coHoldersConsent is the Art. 5(1) finding on the consent of all co-holders. Interpretation I-28: an
// agreement among the co-owners that authorises one of them to pledge the right alone
// (co_holders_agreement) is the consent of all co-holders Art. 5(1) asks for.
func coHoldersConsent(subject string, r Right) Finding {
	f := Finding{Ref: ArtItem(5, 1), Subject: subject, Code: "co_holders_consent"}
	holders := r.HolderNames()
	n := strconv.Itoa(len(holders))
	switch {
	case len(holders) == 1:
		f.Outcome = NotApplicable
		f.Zh = "权利人仅" + holders[0] + "一人，不存在共同权利人"
		f.En = holders[0] + " is the only holder, so there are no co-holders"
	case len(holders) == 0 && r.CoHoldersConsent == Yes:
		f.Outcome = Met
		f.Zh = "权利人未列明，但已取得所有权利人的同意"
		f.En = "the holders are not listed, but the consent of all holders is attested"
	case len(holders) == 0 && r.CoHoldersAgreement == Yes:
		f.Outcome = Met
		f.Zh = "权利人未列明，但共有人已约定由出质人单独出质，即取得所有权利人的同意（I-28）"
		f.En = "the holders are not listed, but the co-owners agreed that the pledgor may pledge the right alone, which is the consent of all holders (I-28)"
	case len(holders) == 0:
		f.Outcome = Unknown
		f.Zh = "权利人未列明，无法判断是否存在共同权利人及是否已取得其同意"
		f.En = "the holders are not listed, so whether there are co-holders who must consent is not known"
	case r.CoHoldersConsent == Yes:
		f.Outcome = Met
		f.Zh = "共同权利人" + listZh(holders) + "已全部同意出质"
		f.En = "all " + n + " co-holders (" + listEn(holders) + ") have consented to the pledge"
	case r.CoHoldersAgreement == Yes:
		f.Outcome = Met
		f.Zh = "共同权利人" + listZh(holders) + "已约定由出质人单独出质，即已取得所有权利人的同意（I-28）"
		f.En = "the " + n + " co-holders (" + listEn(holders) + ") agreed that the pledgor may pledge the right alone, which is the consent of all of them (I-28)"
	case r.CoHoldersConsent == No:
		f.Outcome = NotMet
		f.Zh = "共同权利人" + listZh(holders) + "未全部同意出质，亦无由出质人单独出质的约定"
		f.En = "not all " + n + " co-holders (" + listEn(holders) + ") have consented to the pledge, and no agreement lets the pledgor pledge it alone"
	default:
		f.Outcome = Unknown
		f.Zh = "共同权利人" + listZh(holders) + "是否均已同意出质未知"
		f.En = "whether all " + n + " co-holders (" + listEn(holders) + ") have consented is not known"
	}
	return f
}

// fullValue is the Art. 5(2) finding on a right: its full value secures this loan only if it secures no
// other debt under a current pledge (already_pledged false).
func fullValue(subject string, r Right) Finding {
	return Attested(ArtItem(5, 2), subject, "full_value_pledged", r.AlreadyPledged, No, FactWords{
		YesZh:     "该权利未在其他现行质押中担保他债，质权价值全额用于本笔贷款质押担保",
		YesEn:     "the right secures no other debt under a current pledge, so its full value secures this loan",
		NoZh:      "该权利已在其他现行质押中担保他债，质权价值不能全额用于本笔贷款质押担保",
		NoEn:      "the right already secures another debt under a current pledge, so its full value cannot secure this loan",
		UnknownZh: "该权利是否已在其他现行质押中担保他债未知",
		UnknownEn: "whether the right already secures another debt under a current pledge is not known",
	})
}

// appendFamily appends the Art. 5(3) findings (Interpretation I-9) to out.
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
				w = [2]string{"同族" + fam + "所列知识产权均已一并质押（" + zh + "）",
					"every listed right of family " + fam + " is pledged together (" + en + ")"}
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

// appendTransfers appends the Art. 5(4) findings to out.
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
		consent := Attested(ArtItem(5, 4), subject, "transfer_pledgee_consent", t.PledgeeConsent, Yes, FactWords{
			YesZh:     whenZh + "转让或许可出质权利已经质权人同意",
			YesEn:     whenEn + " transfer or licence of a pledged right had the pledgee's consent",
			NoZh:      whenZh + "转让或许可出质权利未经质权人同意",
			NoEn:      whenEn + " transfer or licence of a pledged right did not have the pledgee's consent",
			UnknownZh: whenZh + "转让或许可出质权利是否经质权人同意未知",
			UnknownEn: "whether " + whenEn + " transfer or licence of a pledged right had the pledgee's consent is not known",
		})

		proceeds := Finding{Ref: ArtItem(5, 4), Subject: subject, Code: "transfer_proceeds_to_loan"}
		switch {
		case !t.Proceeds.Valid:
			proceeds.Outcome = Unknown
			proceeds.Zh = whenZh + "转让或许可所得金额未提供，无法判断是否优先用于归还贷款或提存"
			proceeds.En = "the proceeds of " + whenEn + " transfer or licence are not given, so whether they went to the loan first is not known"
		case !t.AppliedToLoan.Valid:
			got := text.Yuan(t.Proceeds.Decimal)
			proceeds.Outcome = Unknown
			proceeds.Zh = whenZh + "转让或许可所得" + got + "元，用于归还贷款或提存的金额未提供"
			proceeds.En = whenEn + " transfer or licence brought " + got + " yuan, and the amount applied to the loan or deposited is not given"
		case t.AppliedToLoan.Decimal.LessThan(t.Proceeds.Decimal):
			got, applied := text.Yuan(t.Proceeds.Decimal), text.Yuan(t.AppliedToLoan.Decimal)
			proceeds.Outcome = NotMet
			proceeds.Zh = whenZh + "转让或许可所得" + got + "元，仅" + applied + "元用于归还贷款或提存"
			proceeds.En = whenEn + " transfer or licence brought " + got + " yuan, of which only " + applied + " yuan was applied to the loan or deposited"
		default:
			got, applied := text.Yuan(t.Proceeds.Decimal), text.Yuan(t.AppliedToLoan.Decimal)
			proceeds.Outcome = Met
			proceeds.Zh = whenZh + "转让或许可所得" + got + "元，已有" + applied + "元用于归还贷款或提存"
			proceeds.En = whenEn + " transfer or licence brought " + got + " yuan, and " + applied + " yuan was applied to the loan or deposited"
		}
		out = append(out, consent, proceeds)
	}
	return out
}
