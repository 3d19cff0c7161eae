package deadlines_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPatentTerm(t *testing.T) {
	const (
		law92 = "专利法（1992年修正）第四十五条"
		law00 = "专利法（2000年修正）第四十二条"
		law08 = "专利法（2008年修正）第四十二条"
		law20 = "专利法（2020年修正）第四十二条第一款"
	)
	tests := []struct {
		ref, name   string
		kind        deadlines.PatentKind
		filing      string
		comp        int
		years       int
		anniversary string
		end         string
		basis       string
		how         string
	}{
		{"I-6", "invention, the case-format example", deadlines.PatentInvention, "2013-03-01", 0, 20, "2033-03-01", "2033-02-28", law08, "the day before the 20th anniversary"},
		{"I-6", "utility model, the review guide's example", deadlines.PatentUtilityModel, "1999-09-06", 0, 10, "2009-09-06", "2009-09-05", law92, "reference-data §4: protected to 2009-09-05"},
		{"I-6", "design filed the day before the 2020 law: 10 years", deadlines.PatentDesign, "2021-05-31", 0, 10, "2031-05-31", "2031-05-30", law08, "专利法（2008）: 外观设计十年"},
		{"I-6", "design filed on the 2020 law's first day: 15 years", deadlines.PatentDesign, "2021-06-01", 0, 15, "2036-06-01", "2036-05-31", law20, "专利法（2020）: 外观设计十五年"},
		{"I-6", "design filed the day after: 15 years", deadlines.PatentDesign, "2021-06-02", 0, 15, "2036-06-02", "2036-06-01", law20, ""},
		{"I-6", "utility model after 2021-06-01 stays 10 years", deadlines.PatentUtilityModel, "2021-06-01", 0, 10, "2031-06-01", "2031-05-31", law20, ""},
		{"I-6", "invention after 2021-06-01 stays 20 years", deadlines.PatentInvention, "2022-01-10", 0, 20, "2042-01-10", "2042-01-09", law20, ""},
		// 29 February: the anniversary in a common year is 1 March, so the term ends on 28 February.
		{"I-6", "utility model filed 29 February, ends in a common year", deadlines.PatentUtilityModel, "2016-02-29", 0, 10, "2026-03-01", "2026-02-28", law08, "2026 is common: anniversary 03-01, end 02-28"},
		{"I-6", "design filed 29 February, ends in a common year", deadlines.PatentDesign, "2012-02-29", 0, 10, "2022-03-01", "2022-02-28", law08, ""},
		{"I-6", "invention filed 29 February, ends in a leap year", deadlines.PatentInvention, "2012-02-29", 0, 20, "2032-02-29", "2032-02-28", law08, "2032 is leap: anniversary 02-29, end 02-28"},
		{"I-6", "design filed 29 February 2024: 15 years to a common year", deadlines.PatentDesign, "2024-02-29", 0, 15, "2039-03-01", "2039-02-28", law20, ""},
		{"I-6", "filed 1 March: ends 28 or 29 February", deadlines.PatentInvention, "2000-03-01", 0, 20, "2020-03-01", "2020-02-29", law92, "2020 is leap"},
		// Never rolls over a holiday.
		{"I-6", "ends on National Day: not moved", deadlines.PatentInvention, "2005-10-02", 0, 20, "2025-10-02", "2025-10-01", law00, "2025-10-01 is a holiday; the term does not roll"},
		{"I-6", "ends in the Spring Festival: not moved", deadlines.PatentUtilityModel, "2016-02-16", 0, 10, "2026-02-16", "2026-02-15", law08, "2026年通知: 春节2月15日至23日; the term does not roll"},
		// Term compensation (专利法 第四十二条第二款、第三款), inventions only.
		{"I-6", "invention with 100 days' compensation", deadlines.PatentInvention, "2015-06-10", 100, 20, "2035-06-10", "2035-09-17", law08 + "；专利法（2020年修正）第四十二条第二款、第三款（期限补偿100日）", "06-09 + 100: 21 to 06-30, 31, 31, 17 → 09-17"},
		{"I-6", "invention with 1 day's compensation: the anniversary itself", deadlines.PatentInvention, "2015-06-10", 1, 20, "2035-06-10", "2035-06-10", law08 + "；专利法（2020年修正）第四十二条第二款、第三款（期限补偿1日）", ""},
		// The law texts by filing date, below, at and past each amendment.
		{"I-6", "the 1992 text's first day", deadlines.PatentInvention, "1993-01-01", 0, 20, "2013-01-01", "2012-12-31", law92, ""},
		{"I-6", "the 1992 text's last day", deadlines.PatentInvention, "2001-06-30", 0, 20, "2021-06-30", "2021-06-29", law92, ""},
		{"I-6", "the 2000 text's first day", deadlines.PatentInvention, "2001-07-01", 0, 20, "2021-07-01", "2021-06-30", law00, ""},
		{"I-6", "the 2000 text's last day", deadlines.PatentUtilityModel, "2009-09-30", 0, 10, "2019-09-30", "2019-09-29", law00, ""},
		{"I-6", "the 2008 text's first day", deadlines.PatentUtilityModel, "2009-10-01", 0, 10, "2019-10-01", "2019-09-30", law08, ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.PatentTerm(tc.kind, d(tc.filing), tc.comp)
			require.NoError(t, err)
			assert.Equal(t, tc.kind, got.Kind)
			assert.Equal(t, tc.filing, got.Start.String())
			assert.Equal(t, tc.years, got.Years)
			assert.Equal(t, tc.anniversary, got.Anniversary.String())
			assert.Equal(t, tc.end, got.End.String(), tc.how)
			assert.Equal(t, tc.comp, got.CompensationDays)
			assert.Equal(t, tc.basis, got.Basis)
			assert.NotEmpty(t, got.BasisEn)
			assert.False(t, got.Capped)
			assert.Zero(t, got.RenewalYears, "renewal is the 1984 law's")
			// Certain: both bounds are the end, and Covers answers for sure on either side of it (I-6).
			assert.True(t, got.Certain())
			assert.Equal(t, got.End, got.Earliest)
			assert.Equal(t, got.End, got.Latest)
			covers, certain := got.Covers(got.End)
			assert.True(t, covers && certain, "protected on its last day")
			covers, certain = got.Covers(got.End.AddDays(1))
			assert.True(t, !covers && certain, "not the day after")
		})
	}
}

func TestPatentTermBasisEnglish(t *testing.T) {
	t.Run("I-6/the provision in English", func(t *testing.T) {
		got, err := deadlines.PatentTerm(deadlines.PatentInvention, d("2022-01-10"), 30)
		require.NoError(t, err)
		assert.Equal(t, "Patent Law (2020 amendment), art. 42(1); Patent Law (2020 amendment), art. 42(2), (3) (term compensation of 30 days)", got.BasisEn)
		got, err = deadlines.PatentTerm(deadlines.PatentDesign, d("2015-01-10"), 0)
		require.NoError(t, err)
		assert.Equal(t, "Patent Law (2008 amendment), art. 42", got.BasisEn)
	})
}

func TestPatentTermErrors(t *testing.T) {
	tests := []struct {
		ref, name string
		kind      deadlines.PatentKind
		filing    deadlines.Date
		comp      int
		arg       string
		want      error
	}{
		{"I-6", "filing not given", deadlines.PatentInvention, deadlines.Date{}, 0, "filing", deadlines.ErrMissingDate},
		{"I-29", "filed the day before the Patent Law took effect (1985-04-01)", deadlines.PatentInvention, d("1985-03-31"), 0, "filing", deadlines.ErrBeforeLaw},
		{"I-29", "compensation for an invention of the 1984 law", deadlines.PatentInvention, d("1992-12-31"), 5, "compensationDays", deadlines.ErrCompensation},
		{"I-4", "kind not set", deadlines.PatentKindUnset, d("2016-01-05"), 0, "kind", deadlines.ErrPatentKind},
		{"I-4", "kind unknown", deadlines.PatentKind(4), d("2016-01-05"), 0, "kind", deadlines.ErrPatentKind},
		{"I-6", "negative compensation", deadlines.PatentInvention, d("2016-01-05"), -1, "compensationDays", deadlines.ErrCompensation},
		{"I-6", "compensation for a utility model", deadlines.PatentUtilityModel, d("2016-01-05"), 10, "compensationDays", deadlines.ErrCompensation},
		{"I-6", "compensation for a design", deadlines.PatentDesign, d("2022-01-05"), 1, "compensationDays", deadlines.ErrCompensation},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.PatentTerm(tc.kind, tc.filing, tc.comp)
			require.ErrorIs(t, err, tc.want)
			var ae *deadlines.ArgError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.arg, ae.Arg)
			assert.Equal(t, deadlines.Term{}, got)
			_, certain := got.Covers(d("2016-01-05"))
			assert.False(t, certain, "the zero Term says nothing for sure")
		})
	}
}

// TestPatentTerm1984: Interpretation I-29. A patent filed before 1993-01-01 falls under the 1984 Patent
// Law, 第四十五条: inventions 15 years, utility models and designs 5 years, renewable once for 3 more, all from
// the filing date. The day before each anniversary is the last protected day (I-6); a utility model's or
// design's renewal is no fact of a case, so its last day is one of two, and End is not given.
func TestPatentTerm1984(t *testing.T) {
	const law84 = "专利法（1984年）第四十五条"
	tests := []struct {
		ref, name        string
		kind             deadlines.PatentKind
		filing           string
		years, renewal   int
		earliest, latest string
		end              string // "" where not certain
		basis            string
		how              string
	}{
		{"I-29", "invention filed on the 1984 law's last day", deadlines.PatentInvention, "1992-12-31", 15, 0,
			"2007-12-30", "2007-12-30", "2007-12-30", law84, "15th anniversary 2007-12-31, the day before: 2007-12-30"},
		{"I-29", "invention filed on the 1984 law's first day", deadlines.PatentInvention, "1985-04-01", 15, 0,
			"2000-03-31", "2000-03-31", "2000-03-31", law84, "15th anniversary 2000-04-01, the day before"},
		{"I-29", "utility model filed on the 1984 law's last day: five years, or eight renewed", deadlines.PatentUtilityModel, "1992-12-31", 5, 3,
			"1997-12-30", "2000-12-30", "", law84, "5th anniversary 1997-12-31 → 1997-12-30; 8th 2000-12-31 → 2000-12-30"},
		{"I-29", "design filed 29 February 1988", deadlines.PatentDesign, "1988-02-29", 5, 3,
			"1993-02-28", "1996-02-28", "", law84, "5th anniversary in common 1993 is 03-01 → 02-28; 8th in leap 1996 is 02-29 → 02-28"},
		{"I-29", "invention filed 1993-01-01: the 1992 text, 20 years", deadlines.PatentInvention, "1993-01-01", 20, 0,
			"2012-12-31", "2012-12-31", "2012-12-31", "专利法（1992年修正）第四十五条", "20th anniversary 2013-01-01 → 2012-12-31: no year 21"},
		{"I-29", "utility model filed 1993-01-01: 10 years, no renewal", deadlines.PatentUtilityModel, "1993-01-01", 10, 0,
			"2002-12-31", "2002-12-31", "2002-12-31", "专利法（1992年修正）第四十五条", "10th anniversary 2003-01-01 → 2002-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.PatentTerm(tc.kind, d(tc.filing), 0)
			require.NoError(t, err)
			assert.Equal(t, tc.filing, got.Start.String())
			assert.Equal(t, tc.years, got.Years)
			assert.Equal(t, tc.renewal, got.RenewalYears)
			assert.Equal(t, tc.earliest, got.Earliest.String(), tc.how)
			assert.Equal(t, tc.latest, got.Latest.String(), tc.how)
			assert.Equal(t, tc.end, got.End.String(), "a bound is never the end (I-35)")
			assert.Equal(t, tc.end != "", got.Certain())
			assert.Equal(t, tc.basis, got.Basis)
			assert.NotEmpty(t, got.BasisEn)
			// Covers: certain on or before the earliest end and after the latest, open between.
			covers, certain := got.Covers(got.Earliest)
			assert.True(t, covers && certain, "on the earliest end: covered whatever the renewal")
			covers, certain = got.Covers(got.Latest.AddDays(1))
			assert.True(t, !covers && certain, "past the latest end: ended whatever the renewal")
			if tc.end == "" {
				_, certain = got.Covers(got.Earliest.AddDays(1))
				assert.False(t, certain, "the day after the earliest end turns on the renewal")
				_, certain = got.Covers(got.Latest)
				assert.False(t, certain, "so does the latest end itself")
			}
		})
	}
}

// TestICLayoutTerm: 集成电路布图设计保护条例 第十二条 — 10 years from the earlier of the registration
// application and the first commercial use, but never past 15 years from creation (Interpretation I-6); a
// date not given is unknown, and the last protected day is given only where every date it could be gives
// the same one (Interpretation I-35). Each bound worked out by hand: the day before the 10th anniversary of
// a start, the day before the 15th anniversary of the creation, the earlier of the two.
func TestICLayoutTerm(t *testing.T) {
	tests := []struct {
		ref, name              string
		registered, used, made string // "" for not given
		start                  string // "" where not certain
		earliest, latest       string // "" for no bound
		end                    string // "" where not certain
		capped                 bool
		how                    string
	}{
		// Every date given: certain.
		{"I-6", "first use before registration: use counts", "2015-03-10", "2014-07-01", "2014-01-15", "2014-07-01",
			"2024-06-30", "2024-06-30", "2024-06-30", false, "earlier of 03-10 and 2014-07-01; cap 2029-01-14 is later"},
		{"I-6", "registration before first use: registration counts", "2015-01-01", "2015-01-02", "2014-12-01", "2015-01-01",
			"2024-12-31", "2024-12-31", "2024-12-31", false, "以较前日期为准; cap 2029-11-30 is later"},
		{"I-6", "same day", "2016-05-20", "2016-05-20", "2016-05-20", "2016-05-20",
			"2026-05-19", "2026-05-19", "2026-05-19", false, "created the day it was filed and used"},
		{"I-35", "a first use before 2001-10-01 happened and is judged", "2001-10-01", "2000-06-01", "2000-01-01", "2000-06-01",
			"2010-05-31", "2010-05-31", "2010-05-31", false, "10 years from 2000-06-01: 2010-05-31; cap 2014-12-31 is later"},
		// The 15-year cap from creation: one day below, at and past the 10-year end.
		{"I-6", "cap one day after the 10-year end: not capped", "2015-04-30", "2015-04-30", "2010-05-01", "2015-04-30",
			"2025-04-29", "2025-04-29", "2025-04-29", false, "10 years: 2025-04-29; cap 2025-04-30"},
		{"I-6", "cap on the 10-year end: not capped", "2015-05-01", "2015-05-01", "2010-05-01", "2015-05-01",
			"2025-04-30", "2025-04-30", "2025-04-30", false, "both 2025-04-30"},
		{"I-6", "cap one day before the 10-year end: capped", "2015-05-02", "2015-05-02", "2010-05-01", "2015-05-02",
			"2025-04-30", "2025-04-30", "2025-04-30", true, "10 years: 2025-05-01; cap 2025-04-30"},
		{"I-6", "capped, creation on 29 February", "2012-01-10", "2012-01-10", "2004-02-29", "2012-01-10",
			"2019-02-28", "2019-02-28", "2019-02-28", true, "cap: anniversary 2019-03-01, so 2019-02-28; 10 years would be 2022-01-09"},
		{"I-6", "15 years ran out before the term started", "2016-01-01", "2016-01-01", "2000-01-01", "2016-01-01",
			"2014-12-31", "2014-12-31", "2014-12-31", true, "cap 2014-12-31 < start: nothing protected"},
		// A date not given (I-35): each bound by the dates it could be.
		{"I-35", "first use not given: it could be the creation day", "2012-05-01", "", "2011-01-01", "",
			"2020-12-31", "2022-04-30", "", false,
			"latest: from the registration, 2022-04-30 (cap 2025-12-31 later); earliest: a use on 2011-01-01, 2020-12-31"},
		{"I-35", "creation not given: a creation long before ends it any day", "2012-05-01", "2011-09-01", "", "2011-09-01",
			"", "2021-08-31", "", false, "from the first use 2011-09-01 at the latest 2021-08-31; no lower bound"},
		{"I-35", "registration only", "2016-05-20", "", "", "",
			"", "2026-05-19", "", false, "at the latest 10 years from the registration; a use and a creation before, unknown"},
		{"I-35", "first use only, on 29 February", "", "2012-02-29", "", "",
			"", "2022-02-28", "", false, "anniversary 2022-03-01 (common year), end 02-28; a registration from 2001-10-01 could come first"},
		{"I-35", "first use before 2001-10-01, registration not given: the start is certain", "", "2001-09-30", "2000-01-01", "2001-09-30",
			"2011-09-29", "2011-09-29", "2011-09-29", false, "no registration can be before 2001-10-01, so the use 09-30 is the start; cap 2014-12-31 later"},
		{"I-35", "only the creation: 10 to 15 years from it", "", "", "2011-01-01", "",
			"2020-12-31", "2025-12-31", "", false, "a start on the creation day gives 2020-12-31; no start, the cap 2025-12-31"},
		{"I-35", "registration not given, but the cap ends it whatever the start", "", "2005-01-01", "1995-01-01", "",
			"2009-12-31", "2009-12-31", "2009-12-31", true,
			"cap 2009-12-31; the start lies in 2001-10-01…2005-01-01, whose 10 years end 2011-09-30 at the earliest: the cap is earlier either way"},
		{"I-35", "created 1996-10-01: the cap meets the earliest start's ten years", "", "2005-01-01", "1996-10-01", "",
			"2011-09-30", "2011-09-30", "2011-09-30", true,
			"cap 2011-09-30; a registration on 2001-10-01 would end it 2011-09-30 too; later starts are capped: certain"},
		{"I-35", "created 1996-10-02: the cap a day later, and the registration decides", "", "2005-01-01", "1996-10-02", "",
			"2011-09-30", "2011-10-01", "", false,
			"cap 2011-10-01; a registration on 2001-10-01 would end it 2011-09-30, one from 2001-10-02 on at the cap"},
		{"I-35", "the same, created a day later: the cap still decides", "", "2005-01-01", "1995-01-02", "",
			"2010-01-01", "2010-01-01", "2010-01-01", true, "cap 2010-01-01 < 2011-09-30"},
	}
	opt := func(s string) deadlines.Date {
		if s == "" {
			return deadlines.Date{}
		}
		return d(s)
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.ICLayoutTerm(opt(tc.registered), opt(tc.used), opt(tc.made))
			require.NoError(t, err)
			assert.Equal(t, tc.start, got.Start.String(), "start")
			assert.Equal(t, tc.earliest, got.Earliest.String(), "earliest: "+tc.how)
			assert.Equal(t, tc.latest, got.Latest.String(), "latest: "+tc.how)
			assert.Equal(t, tc.end, got.End.String(), "end: "+tc.how)
			assert.Equal(t, tc.end != "", got.Certain())
			assert.Equal(t, tc.capped, got.Capped)
			assert.Equal(t, 10, got.Years)
			assert.Equal(t, deadlines.PatentKindUnset, got.Kind)
			assert.Equal(t, "集成电路布图设计保护条例第十二条", got.Basis)
			if tc.start != "" {
				assert.Equal(t, tc.start, got.Anniversary.AddYears(-10).String(), "the anniversary is of the start")
			}
			// Covers is certain on or before the earliest end and past the latest, and only there.
			if tc.latest != "" {
				covers, certain := got.Covers(got.Latest.AddDays(1))
				assert.True(t, !covers && certain, "the day after the latest end")
			}
			if tc.earliest != "" {
				covers, certain := got.Covers(got.Earliest)
				assert.True(t, covers && certain, "on the earliest end")
			}
			if tc.end == "" {
				_, certain := got.Covers(got.Latest)
				assert.False(t, certain, "on the latest end, which a date not given could bring forward")
			}
		})
	}
}

// TestICLayoutTermCovers: a term whose last day lies between 2020-12-31 and 2022-04-30 (BS.185559220 with
// no first use given: registered 2012-05-01, created 2011-01-01) covers a maturity up to 2020-12-31 for
// sure, does not cover one from 2022-05-01 for sure, and leaves those between open (Interpretation I-35).
func TestICLayoutTermCovers(t *testing.T) {
	term, err := deadlines.ICLayoutTerm(d("2012-05-01"), deadlines.Date{}, d("2011-01-01"))
	require.NoError(t, err)
	tests := []struct {
		name            string
		day             string
		covers, certain bool
	}{
		{"the earliest end: covered whatever the first use", "2020-12-31", true, true},
		{"the day after: a use on the creation day would have ended it", "2021-01-01", false, false},
		{"the latest end: covered only if no use came before the registration", "2022-04-30", false, false},
		{"the day after the latest end: ended whatever the use", "2022-05-01", false, true},
	}
	for _, tc := range tests {
		t.Run("I-35/"+tc.name, func(t *testing.T) {
			covers, certain := term.Covers(d(tc.day))
			assert.Equal(t, tc.covers, covers)
			assert.Equal(t, tc.certain, certain)
		})
	}
}

func TestICLayoutTermErrors(t *testing.T) {
	tests := []struct {
		ref, name              string
		registered, used, made deadlines.Date
		arg                    string
		want                   error
	}{
		{"I-35", "no date at all", deadlines.Date{}, deadlines.Date{}, deadlines.Date{}, "registrationFiled, firstCommercialUse, created", deadlines.ErrMissingDate},
		{"I-6", "created after registration", d("2016-01-01"), deadlines.Date{}, d("2016-01-02"), "created", deadlines.ErrDateOrder},
		{"I-6", "created after first use", d("2016-03-01"), d("2016-01-01"), d("2016-02-01"), "created", deadlines.ErrDateOrder},
		{"I-35", "registration the day before the regulation (2001-10-01)", d("2001-09-30"), deadlines.Date{}, deadlines.Date{}, "registrationFiled", deadlines.ErrBeforeLaw},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			_, err := deadlines.ICLayoutTerm(tc.registered, tc.used, tc.made)
			require.ErrorIs(t, err, tc.want)
			var ae *deadlines.ArgError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.arg, ae.Arg)
		})
	}
	t.Run("I-35/the regulation's first day is accepted", func(t *testing.T) {
		got, err := deadlines.ICLayoutTerm(d("2001-10-01"), deadlines.Date{}, deadlines.Date{})
		require.NoError(t, err)
		assert.Equal(t, "2011-09-30", got.Latest.String(), "at the latest 10 years from 2001-10-01")
		assert.False(t, got.Certain(), "a use and a creation not given: no end")
	})
}

// TestPatentTermAtTheEndOfDates: a term past the range of Date ends on its last day but one, 9999-12-30 (the
// 20th anniversary of 9990-06-01 is past 9999, so it is clamped to 9999-12-31, the first day not covered).
func TestPatentTermAtTheEndOfDates(t *testing.T) {
	t.Run("I-6/filed 9990-06-01", func(t *testing.T) {
		got, err := deadlines.PatentTerm(deadlines.PatentInvention, d("9990-06-01"), 0)
		require.NoError(t, err)
		assert.Equal(t, "9999-12-31", got.Anniversary.String())
		assert.Equal(t, "9999-12-30", got.End.String())
	})
}
