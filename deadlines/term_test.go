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
			// Protected from the filing day to End, both included (I-6, Art. 4(3)).
			assert.True(t, got.Protected(got.Start))
			assert.True(t, got.Protected(got.End))
			assert.False(t, got.Protected(got.End.AddDays(1)))
			assert.False(t, got.Protected(got.Start.AddDays(-1)))
		})
	}
}

func TestPatentTermBasisEnglish(t *testing.T) {
	got, err := deadlines.PatentTerm(deadlines.PatentInvention, d("2022-01-10"), 30)
	require.NoError(t, err)
	assert.Equal(t, "Patent Law (2020 amendment), art. 42(1); Patent Law (2020 amendment), art. 42(2), (3) (term compensation of 30 days)", got.BasisEn)
	got, err = deadlines.PatentTerm(deadlines.PatentDesign, d("2015-01-10"), 0)
	require.NoError(t, err)
	assert.Equal(t, "Patent Law (2008 amendment), art. 42", got.BasisEn)
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
		{"I-6", "filed the day before the 1992 text (1984 law terms)", deadlines.PatentInvention, d("1992-12-31"), 0, "filing", deadlines.ErrBeforeLaw},
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
			assert.False(t, got.Protected(d("2016-01-05")), "the zero Term protects nothing")
		})
	}
}

func TestICLayoutTerm(t *testing.T) {
	tests := []struct {
		ref, name              string
		registered, used, made string // "" for not given
		start, end             string
		capped                 bool
		how                    string
	}{
		{"I-6", "first use before registration: use counts", "2015-03-10", "2014-07-01", "2014-01-15", "2014-07-01", "2024-06-30", false, "earlier of 03-10 and 2014-07-01; cap 2029-01-14 is later"},
		{"I-6", "registration before first use: registration counts", "2015-01-01", "2015-01-02", "", "2015-01-01", "2024-12-31", false, "以较前日期为准"},
		{"I-6", "registration only", "2016-05-20", "", "", "2016-05-20", "2026-05-19", false, ""},
		{"I-6", "first use only, on 29 February", "", "2012-02-29", "", "2012-02-29", "2022-02-28", false, "anniversary 2022-03-01 (common year), end 02-28"},
		{"I-6", "same day", "2016-05-20", "2016-05-20", "2016-05-20", "2016-05-20", "2026-05-19", false, "created the day it was filed and used"},
		// The 15-year cap from creation: one day below, at and past the 10-year end.
		{"I-6", "cap one day after the 10-year end: not capped", "", "2015-04-30", "2010-05-01", "2015-04-30", "2025-04-29", false, "10 years: 2025-04-29; cap 2025-04-30"},
		{"I-6", "cap on the 10-year end: not capped", "", "2015-05-01", "2010-05-01", "2015-05-01", "2025-04-30", false, "both 2025-04-30"},
		{"I-6", "cap one day before the 10-year end: capped", "", "2015-05-02", "2010-05-01", "2015-05-02", "2025-04-30", true, "10 years: 2025-05-01; cap 2025-04-30"},
		{"I-6", "capped, creation on 29 February", "", "2012-01-10", "2004-02-29", "2012-01-10", "2019-02-28", true, "cap: anniversary 2019-03-01, so 2019-02-28; 10 years would be 2022-01-09"},
		{"I-6", "15 years ran out before the term started", "2016-01-01", "", "2000-01-01", "2016-01-01", "2014-12-31", true, "cap 2014-12-31 < start: nothing protected"},
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
			assert.Equal(t, tc.start, got.Start.String())
			assert.Equal(t, tc.end, got.End.String(), tc.how)
			assert.Equal(t, tc.capped, got.Capped)
			assert.Equal(t, 10, got.Years)
			assert.Equal(t, deadlines.PatentKindUnset, got.Kind)
			assert.Equal(t, "集成电路布图设计保护条例第十二条", got.Basis)
			assert.Equal(t, got.End.Before(got.Start), !got.Protected(got.Start), "protected from its start unless the cap came first")
			assert.False(t, got.Protected(got.End.AddDays(1)))
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
		{"I-6", "neither registration nor use", deadlines.Date{}, deadlines.Date{}, d("2010-01-01"), "registrationFiled, firstCommercialUse", deadlines.ErrMissingDate},
		{"I-6", "created after registration", d("2016-01-01"), deadlines.Date{}, d("2016-01-02"), "created", deadlines.ErrDateOrder},
		{"I-6", "created after first use", d("2016-03-01"), d("2016-01-01"), d("2016-02-01"), "created", deadlines.ErrDateOrder},
		{"I-6", "registration before the regulation (2001-10-01)", d("2001-09-30"), deadlines.Date{}, deadlines.Date{}, "registrationFiled", deadlines.ErrBeforeLaw},
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
	// The regulation's first day is accepted.
	got, err := deadlines.ICLayoutTerm(d("2001-10-01"), deadlines.Date{}, deadlines.Date{})
	require.NoError(t, err)
	assert.Equal(t, "2011-09-30", got.End.String())
}
