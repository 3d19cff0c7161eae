package deadlines_test

import (
	"errors"
	"fmt"

	"github.com/ipfinance/cqpledge/deadlines"
)

func ExampleParseDate() {
	d, err := deadlines.ParseDate("2016-02-29")
	fmt.Println(d, d.Weekday(), err)
	fmt.Println(d.AddYears(1), d.AddMonths(1)) // the corresponding day, or the month's last day

	_, err = deadlines.ParseDate("2016-02-30")
	fmt.Println(err, errors.Is(err, deadlines.ErrDateRange))
	// Output:
	// 2016-02-29 Monday <nil>
	// 2017-02-28 2016-03-29
	// "2016-02-30": no such day true
}

func ExampleRegistrationDue() {
	// Art. 14¶1: a pledge contract signed on 2017-09-18 must be registered within 15 days. Day 15 is
	// 2017-10-03, inside the National Day break, so the last day moves to 2017-10-09 (Interpretation I-12).
	due, err := deadlines.RegistrationDue(deadlines.MustParseDate("2017-09-18"), deadlines.China())
	if err != nil {
		panic(err)
	}
	fmt.Println(due.Last, due.Moved(), due.Why, "|", due.Rule)
	fmt.Println(due.Zh())
	// Output:
	// 2017-10-09 true holiday | 民法通则第一百五十四条
	// 2017-09-18起15日（当日不计入），届满日2017-10-03为法定节假日，顺延至2017-10-09（民法通则第一百五十四条）
}

func ExamplePatentTerm() {
	// A utility model filed on 29 February: the 10th anniversary in a common year is 1 March, so the
	// term ends on 28 February (Interpretation I-6), holiday or not.
	term, err := deadlines.PatentTerm(deadlines.PatentUtilityModel, deadlines.MustParseDate("2016-02-29"), 0)
	if err != nil {
		panic(err)
	}
	fmt.Println(term.Start, "to", term.End, "|", term.Years, "years |", term.Basis)
	fmt.Println(term.Covers(deadlines.MustParseDate("2026-02-28")))
	fmt.Println(term.Covers(deadlines.MustParseDate("2026-03-01")))
	// Output:
	// 2016-02-29 to 2026-02-28 | 10 years | 专利法（2008年修正）第四十二条
	// true true
	// false true
}

func ExampleICLayoutTerm() {
	// A layout design registered (applied for) 2012-05-01 and created 2011-01-01, its first commercial use
	// not given (Interpretation I-35): used on the creation day, it would be protected to 2020-12-31; never
	// used before the registration, to 2022-04-30. The end is not certain, so End is not given.
	term, err := deadlines.ICLayoutTerm(deadlines.MustParseDate("2012-05-01"), deadlines.Date{}, deadlines.MustParseDate("2011-01-01"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("end %q, between %s and %s\n", term.End, term.Earliest, term.Latest)
	fmt.Println(term.Covers(deadlines.MustParseDate("2020-12-31"))) // covered, certainly
	fmt.Println(term.Covers(deadlines.MustParseDate("2021-06-30"))) // not certain
	// Output:
	// end "", between 2020-12-31 and 2022-04-30
	// true true
	// false false
}

func ExampleAnnualFee() {
	// The fourth-year fee of an invention filed 2013-03-01 falls due on the anniversary that begins year
	// 4, 2016-03-01; unpaid, the grace period runs six months to 2016-09-01, and then the patent terminates
	// as of 2016-03-01 (Interpretation I-30).
	term, err := deadlines.PatentTerm(deadlines.PatentInvention, deadlines.MustParseDate("2013-03-01"), 0)
	if err != nil {
		panic(err)
	}
	fee, err := deadlines.AnnualFee(term, 4, deadlines.China())
	if err != nil {
		panic(err)
	}
	fmt.Println(fee.Due, fee.GraceEnd.Last, fee.TerminatesAsOf)

	state, _, _ := deadlines.FeeStateOn(term, 3, deadlines.MustParseDate("2016-05-10"), deadlines.China())
	fmt.Println(state)
	state, _, _ = deadlines.FeeStateOn(term, 20, deadlines.MustParseDate("2016-05-10"), deadlines.China())
	fmt.Println(state) // the term has 20 years: no fee is left (Interpretation I-29)
	// Output:
	// 2016-03-01 2016-09-01 2016-03-01
	// in grace
	// all paid
}

func ExampleChinaCalendar_Kind() {
	cal := deadlines.China()
	for _, s := range []string{"2026-02-16", "2026-02-14", "2026-02-21", "2026-03-02", "2026-03-07"} {
		k, _ := cal.Kind(deadlines.MustParseDate(s))
		fmt.Printf("%s %s rest=%t %q\n", s, k, k.Rest(), cal.HolidayName(deadlines.MustParseDate(s)))
	}
	_, err := cal.Kind(deadlines.MustParseDate("2027-01-04"))
	fmt.Println(err)
	// Output:
	// 2026-02-16 holiday rest=true "春节"
	// 2026-02-14 adjusted workday rest=false ""
	// 2026-02-21 holiday rest=true "春节"
	// 2026-03-02 workday rest=false ""
	// 2026-03-07 weekend rest=true ""
	// 2027-01-04: year not covered by the work calendar (2015–2026)
}
