package ics

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

// alarmDays are the reminders of every event: a week before and the day before.
var alarmDays = []int{7, 1}

// maxFeeYears bounds the annual fees listed for one patent: the longest patent term is 20 years.
const maxFeeYears = 20

// Deadlines gathers the deadlines of a case and its report (r = subsidy.Evaluate(c, p, cal)) as a calendar
// whose texts are in lang:
//
//   - Art. 14¶1, ¶2, ¶3: the registration, each change and the release, as the report computed them
//     (Interpretation I-12);
//   - Art. 16: the last day to supplement the application's materials, where the report computed one
//     (Interpretation I-19);
//   - each pledged patent's annual fees from the first one not paid (annual_fees_paid_through_year + 1)
//     through the first one due after the loan's maturity: the last day to pay without surcharge and the
//     end of the grace period (deadlines.AnnualFee, Interpretation I-7): a lapsed fee ends the right and
//     with it the pledge's security (Art. 4(2), 4(3));
//   - the last day of each Art. 21¶1 ban (a fraud decision on or after the measure took effect,
//     Interpretation I-20), from which the body's applications are accepted again the next day.
//
// A deadline the calendar cannot compute is left out and named in the calendar's Notes.
func Deadlines(c *pledge.Case, r subsidy.Report, p subsidy.Policy, cal deadlines.Calendar, lang pledge.Lang) Calendar {
	out := Calendar{Stamp: c.AsOf, Name: say(lang, "知识产权质押融资期限", "IP pledge financing deadlines")}
	if who := caseName(c); who != "" {
		out.Name += say(lang, "：", ": ") + who
	}
	key := caseKey(c)
	add := func(kind string, i int, d deadlines.Date, summary, desc string) {
		out.Events = append(out.Events, Event{
			UID:         fmt.Sprintf("%s-%s-%d-%s@cqpledge", key, kind, i, basic(d)),
			Date:        d,
			Summary:     summary,
			Description: desc,
			AlarmDays:   alarmDays,
		})
	}
	explain := func(d deadlines.Deadline) string { return say(lang, d.Zh(), d.En()) }

	// Art. 14¶1–¶3.
	due := r.Deadlines
	if !due.Registration.IsZero() {
		add("art14-registration", 0, due.Registration.Last,
			say(lang, "质押登记截止（第十四条第一款）", "Pledge registration due (Art. 14¶1)"),
			explain(due.Registration)+filed(lang, registrationFiled(c)))
	}
	for i, d := range due.Changes {
		if d.IsZero() {
			continue
		}
		var when deadlines.Date
		if i < len(c.Loan.Changes) {
			when = c.Loan.Changes[i].Filed
		}
		add("art14-change", i, d.Last,
			say(lang, fmt.Sprintf("质押登记变更截止（第十四条第二款，第%d项变更）", i+1),
				fmt.Sprintf("Pledge change registration due (Art. 14¶2, change %d)", i+1)),
			explain(d)+filed(lang, when))
	}
	if !due.Release.IsZero() {
		add("art14-release", 0, due.Release.Last,
			say(lang, "质押登记解押截止（第十四条第三款）", "Pledge release due (Art. 14¶3)"),
			explain(due.Release)+filed(lang, c.Loan.ReleaseFiled))
	}
	for _, err := range r.Errors {
		if errors.Is(err, deadlines.ErrNotCovered) {
			out.Notes = append(out.Notes, err.Error())
		}
	}

	// Art. 16.
	if a := r.Application; a != nil && !a.SupplementDue.IsZero() {
		add("art16-supplement", 0, a.SupplementDue.Last,
			say(lang, "申请材料补充截止（第十六条）", "Application materials supplement due (Art. 16)"),
			explain(a.SupplementDue))
	}

	// Annual fees of the pledged patents.
	for i, right := range c.Rights {
		if !right.Kind.IsPatent() || right.FilingDate.IsZero() || right.AnnualFeesPaidThroughYear == nil {
			continue
		}
		until := c.Loan.MaturityDate
		if until.IsZero() {
			until = c.AsOf
		}
		term, err := deadlines.PatentTerm(right.Kind.PatentKind(), right.FilingDate, right.TermCompensationDays)
		if err != nil {
			out.Notes = append(out.Notes, fmt.Sprintf("rights[%d] %s: %s", i, right.Number,
				say(lang, fmt.Sprintf("保护期无法计算，年费期限从略：%v", err), fmt.Sprintf("the term cannot be computed, so no annual fees are given: %v", err))))
			continue
		}
		first := *right.AnnualFeesPaidThroughYear + 1
		if first < 2 { // the first year's fee is paid with the grant (AnnualFee starts at year 2)
			first = 2
		}
		for y := first; y < first+maxFeeYears && y <= term.Years; y++ { // I-29: no fee past the term
			fee, err := deadlines.AnnualFee(term, y, cal)
			if err != nil {
				out.Notes = append(out.Notes, fmt.Sprintf("rights[%d] %s: %s", i, right.Number,
					say(lang, fmt.Sprintf("第%d年年费的期限无法计算：%v", y, err),
						fmt.Sprintf("the annual fee of year %d cannot be computed: %v", y, err))))
				break
			}
			add(fmt.Sprintf("fee-%d", i), y, fee.PayBy.Last,
				say(lang, fmt.Sprintf("%s 第%d年年费缴纳期限", right.Number, y),
					fmt.Sprintf("%s: annual fee for year %d due", right.Number, y)),
				explain(fee.PayBy))
			add(fmt.Sprintf("fee-grace-%d", i), y, fee.GraceEnd.Last,
				say(lang, fmt.Sprintf("%s 第%d年年费滞纳期届满（未缴则专利权自%s终止）", right.Number, y, fee.TerminatesAsOf),
					fmt.Sprintf("%s: grace period for the year %d fee ends (unpaid, the patent terminates as of %s)",
						right.Number, y, fee.TerminatesAsOf)),
				explain(fee.GraceEnd))
			if fee.Due.After(until) {
				break
			}
		}
	}

	// Art. 21¶1 bans.
	for i, s := range c.Sanctions {
		b, ok := subsidy.FraudBan(s)
		if !ok || b.Decided.Before(p.Eligibility.EffectiveDate) {
			continue
		}
		add("art21-ban", i, b.LastDay,
			say(lang, fmt.Sprintf("%s 三年内不予受理补助申请的最后一日（第二十一条第一款）", b.Body),
				fmt.Sprintf("Last day of the 3-year ban on %s's subsidy applications (Art. 21¶1)", b.Body)),
			say(lang, fmt.Sprintf("%s作出决定，期间自决定之日起至三周年之日止，不因节假日顺延；次日起可再申请（解释I-20）", b.Decided),
				fmt.Sprintf("decided %s; the ban runs through the third anniversary, not moved for holidays; applications are accepted again from the next day (Interpretation I-20)", b.Decided)))
	}
	return out
}

func say(lang pledge.Lang, zh, en string) string {
	if lang == pledge.English {
		return en
	}
	return zh
}

func filed(lang pledge.Lang, d deadlines.Date) string {
	if d.IsZero() {
		return say(lang, "；尚未办理", "; not yet filed")
	}
	return say(lang, "；已于"+d.String()+"办理", "; filed "+d.String())
}

func registrationFiled(c *pledge.Case) deadlines.Date {
	if c.Loan.Registration == nil {
		return deadlines.Date{}
	}
	return c.Loan.Registration.Filed
}

func caseName(c *pledge.Case) string {
	if c.ID != "" {
		return c.ID
	}
	return c.Enterprise.Name
}

// caseKey names the case in UIDs: its id where given (so that a case evaluated again after a change
// updates its events), otherwise the first 12 hex digits of the SHA-256 of its canonical JSON
// (pledge.Case.MarshalJSON), so that the same case gives the same UIDs.
func caseKey(c *pledge.Case) string {
	if c.ID != "" {
		clean := []rune(c.ID)
		for i, r := range clean {
			if r == '@' || r < ' ' || r == 0x7f {
				clean[i] = '_'
			}
		}
		return "id-" + string(clean)
	}
	b, err := c.MarshalJSON()
	if err != nil {
		b = []byte(c.Enterprise.Name + c.AsOf.String())
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:6])
}
