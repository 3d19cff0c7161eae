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
//     day; the law applied is the one in force on the day of the event (Interpretation I-31), though that
//     day is not counted: 民法通则第一百五十四条 before 2017-10-01, 民法总则第二百条至第二百零四条 from then,
//     民法典第二百条至第二百零四条 from 2021-01-01.
//   - The patent office's time limits (专利法实施细则 第五条): PatentPeriod.
//   - Terms of protection (Interpretation I-6): PatentTerm (专利法 第四十二条, 20 years for inventions, 10 for
//     utility models, 10 or — filed from 2021-06-01 — 15 for designs, plus term compensation; a filing
//     before 1993-01-01 under the 1984 law, Interpretation I-29) and ICLayoutTerm (集成电路布图设计保护条例
//     第十二条). A term counts its first day and never rolls. Where a date it turns on is not given
//     (Interpretation I-35) or the 1984 law left it to a renewal, the last day is not certain: Term.End is
//     then not given and Earliest and Latest bound it; Term.Covers answers "still protected on this day?"
//     only where every possible last day agrees.
//   - Annual fees (专利法实施细则 第九十八条, docs/reference-data.md §4, Interpretation I-30): AnnualFee,
//     FeeStateOn — due on the anniversary that begins the patent year, paid in time on the next working day,
//     grace and termination counted from the unmoved anniversary; never a year past the term (I-29).
//   - The measure's own deadlines: RegistrationDue, ChangeDue, ReleaseDue (Art. 14, Interpretation I-12),
//     SupplementDue (Art. 16, I-19), BanLastDay (Art. 21, I-20).
//
// Every period returns a Deadline that says which rule applied (Rule), its nominal last day, whether and
// why the last day moved (Why: the kind of day the nominal one was), and explains itself in one sentence
// (Zh, En) for a finding's message. Bad arguments are an *ArgError wrapping a sentinel (ErrMissingDate,
// ErrPeriodLength, …); nothing panics except the Must functions, which are for literals.
//
// How to cite: the measure as "Art. 14¶1", interpretations as "I-12" (docs/interpretation.md), outside
// rules by their Chinese name and article ("民法典 第二百零二条", "专利法实施细则 第五条"). Grep for a citation
// to find the code, the test rows that pin it and its Example; every test row is a subtest named by its
// citation, so `go test ./deadlines -run '/I-35'` runs the rows of one interpretation.
//
// Decisions where the sources are silent:
//
//   - An IC layout design's registration application must be made within two years of its first
//     commercial use (集成电路布图设计保护条例 第十七条); ICLayoutTerm does not use that as a bound on a first
//     use not given, since the project's reference data does not carry it: a registered design whose first
//     use and creation are not given has no earliest end.
//   - The fees of a term-compensation period are not modelled; the fee years are those of the statutory
//     term (Term.Years), and a fee is never named for a year past them.
//   - The 1984 Patent Law's annual fees (its rules of 1985) are not computed: FeeStateOn refuses such a
//     term (ErrBeforeLaw). Every such term had ended by 2007-12-30 (an invention filed 1992-12-31), before the measure took effect.
//   - A patent's annual fee of year N is due on the I-6 anniversary, so a patent filed on 29 February owes
//     its fee on 1 March in a common year (I-30 read with I-6), not on 28 February.
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
