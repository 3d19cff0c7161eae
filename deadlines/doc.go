// Package deadlines is legal time for the Chongqing IP pledge financing measures (渝科委发〔2015〕84号):
// date-only values, the work calendar of mainland China, and "what is the last day of this period, and by
// which rule". It knows nothing of the measure's vocabulary; the packages above turn its answers into
// findings. It imports none of them.
//
// What is implemented:
//
//   - Date: a calendar date with no time zone; YYYY-MM-DD parsing and formatting (text and JSON, with
//     *DateError wrapping ErrDateSyntax or ErrDateRange for "2016-02-30"); AddDays; AddMonths and AddYears
//     by the corresponding-day rule with the month-end fallback (民法典 第二百零二条).
//   - Calendar, and China(): Saturdays and Sundays rest, the State Council's public holidays rest, its
//     adjusted working days (调休) work. A caller may supply its own Calendar (CalendarFunc adapts a
//     function). A day a calendar does not cover is a *CoverageError, never a guess (Interpretation I-12).
//   - Civil periods (Interpretation I-3, I-12): CivilDays, CivilMonths, CivilYears — the day of the event
//     not counted, the corresponding day or month end, a last day on a rest day moved to the next working
//     day; the law applied is named by the day the period starts: 民法通则 第一百五十四条 before 2017-10-01,
//     民法总则 第二百条至第二百零四条 from then, 民法典 第二百条至第二百零四条 from 2021-01-01.
//   - The patent office's time limits (专利法实施细则 第五条): PatentPeriod.
//   - Terms of protection (Interpretation I-6): PatentTerm (专利法 第四十二条, 20 years for inventions, 10 for
//     utility models, 10 or — filed from 2021-06-01 — 15 for designs, plus term compensation) and
//     ICLayoutTerm (集成电路布图设计保护条例 第十二条). A term counts its first day and never rolls.
//   - Annual fees (专利法实施细则 第九十八条, spec/reference-data.md §4): AnnualFee, FeeStateOn.
//   - The measure's own deadlines: RegistrationDue, ChangeDue, ReleaseDue (Art. 14, Interpretation I-12),
//     SupplementDue (Art. 16, I-19), BanLastDay (Art. 21, I-20).
//
// Every period returns a Deadline that says which rule applied (Rule), its nominal last day, whether and
// why the last day moved (Why: the kind of day the nominal one was), and explains itself in one sentence
// (Zh, En) for a finding's message. Bad arguments are an *ArgError wrapping a sentinel (ErrMissingDate,
// ErrPeriodLength, …); nothing panics except the Must functions, which are for literals.
//
// How to cite: the measure as "Art. 14¶1", interpretations as "I-12", outside rules by their Chinese name
// and article ("民法典 第二百零二条", "专利法实施细则 第五条"). Grep for a citation to find the code, the
// test rows that pin it and its Example.
//
// The calendar covers 2015–2026 (ChinaFirstYear…ChinaLastYear). Its data come from the Go module
// github.com/6tail/lunar-go v1.4.7 (HolidayUtil), with one correction: 29 Saturdays and Sundays that the
// notices leave as ordinary weekends ("与周末连休") but lunar-go lists in a holiday's break are kept as
// weekends (weekendsJoined). It was checked day by day against the State Council's notices as transcribed
// by the data set holiday-cn: all 4383 days agree (the opt-in test TestChinaAgreesWithHolidayCN; set
// CQPLEDGE_HOLIDAY_CN to the data set's directory to run it).
//
// The package holds no mutable state. Its only package state is the calendar table China() builds once,
// through sync.Once, on first use and never changes afterwards, and a few constant tables; every function
// is pure (no clock, no I/O) and safe for concurrent use. Dates and calendars are arguments.
package deadlines
