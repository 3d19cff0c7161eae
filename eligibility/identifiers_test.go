package eligibility_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
)

// The ref of each row names the standard the identifier follows (docs/reference-data.md §2). Every expected
// check character is worked out by hand in the row's comment: the weighted sum Σ, its remainder, the
// character. "shape" rows must fail with pledge.ErrIdentifier, "check" rows with pledge.ErrCheckCharacter.

// requireIdentifierError asserts err is an *IdentifierError of kind wrapping want.
func requireIdentifierError(t *testing.T, err error, kind string, want error) {
	t.Helper()
	require.Error(t, err)
	require.ErrorIs(t, err, want)
	var ie *eligibility.IdentifierError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, kind, ie.Kind)
	assert.NotEmpty(t, ie.Detail)
	assert.NotEmpty(t, ie.DetailZh, "every detail is written in Chinese too")
	other := pledge.ErrIdentifier
	if want == pledge.ErrIdentifier {
		other = pledge.ErrCheckCharacter
	}
	assert.False(t, errors.Is(err, other), "an error is a shape error or a check error, never both")
}

const (
	valid = "valid"
	shape = "shape"
	check = "check"
)

func wantErr(outcome string) error {
	switch outcome {
	case shape:
		return pledge.ErrIdentifier
	case check:
		return pledge.ErrCheckCharacter
	}
	return nil
}

func TestParseCreditCode(t *testing.T) {
	// Values: 0–9, A=10 B=11 C=12 D=13 E=14 F=15 G=16 H=17 J=18 K=19 L=20 M=21 N=22 P=23 Q=24 R=25 T=26 U=27
	// W=28 X=29 Y=30. Weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28. Check = 31 − (Σ mod 31), 31 → 0.
	tests := []struct {
		ref, name, in, want string
		region, org         string
		chongqing           bool
	}{
		// 9·1+1·3+3·9+1·27+0·19+1·26+1·16+0·17+6·20+6·29+6·25+0·13+0·8+7·24+2·10+1·30+7·28
		// = 9+3+27+27+0+26+16+0+120+174+150+0+0+168+20+30+196 = 966; 966 mod 31 = 5; 31−5 = 26 = T.
		{"GB 32100-2015", "reference-data worked example", "91310110666007217T", valid, "310110", "666007217", false},
		// python-stdnum's example: 9+3+9+27+0+0+0+0+120+0+0+0+24+168+30+120+28 = 538; 538 mod 31 = 11; 31−11 = 20 = L.
		{"GB 32100-2015", "python-stdnum example", "91110000600037341L", valid, "110000", "600037341", false},
		// 9+3+45+0+0+0+0+0+20+58+75+52+40+144+70+240+224 = 980; 980 mod 31 = 19; 31−19 = 12 = C.
		{"I-5", "a Chongqing code", "91500000123456788C", valid, "500000", "123456788", true},
		// 9+3+45+0+0+26+0+85+20+58+75+52+40+144+70+240+10·28 = 1147 = 37·31; mod 31 = 0; 31 → written 0.
		{"GB 32100-2015", "check 31 written 0", "9150010512345678A0", valid, "500105", "12345678A", true},
		// Position 1 a letter (registration department Y = 30), position 17 U = 27:
		// 30+3+45+0+0+26+0+85+20+58+75+52+40+144+70+240+756 = 1644; 1644 mod 31 = 1; 31−1 = 30 = Y.
		{"GB 32100-2015", "letter in position 1, check Y", "Y150010512345678UY", valid, "500105", "12345678U", true},
		// Letters in the organisation code, M = 21, J = 18, P = 23:
		// 5+6+45+0+0+0+0+0+420+522+575+13+16+72+40+150+168 = 2032; 2032 mod 31 = 17; 31−17 = 14 = E.
		{"GB 32100-2015", "letters in the organisation code", "52500000MJP123456E", valid, "500000", "MJP123456", true},

		// One-character changes of the worked example.
		{"GB 32100-2015", "check T→U", "91310110666007217U", check, "", "", false},
		// Position 17 7→8 adds 28: 994 mod 31 = 2, check 29 = X, not T.
		{"GB 32100-2015", "position 17 changed", "91310110666007218T", check, "", "", false},
		// Position 9 6→7 adds 20: 986 mod 31 = 25, check 6, not T.
		{"GB 32100-2015", "position 9 changed", "91310110766007217T", check, "", "", false},
		{"GB 32100-2015", "check is a forbidden letter", "91310110666007217S", shape, "", "", false},
		{"GB 32100-2015", "lower-case check", "91310110666007217t", shape, "", "", false},
		{"GB 32100-2015", "letter O instead of zero", "9131011O666007217T", shape, "", "", false},
		{"GB 32100-2015", "letter I in organisation code", "91310110I66007217T", shape, "", "", false},
		{"GB 32100-2015", "letter in region code", "913A0110666007217T", shape, "", "", false},
		{"GB 32100-2015", "17 characters", "91310110666007217", shape, "", "", false},
		{"GB 32100-2015", "19 characters", "91310110666007217T0", shape, "", "", false},
		{"GB 32100-2015", "leading space", " 91310110666007217", shape, "", "", false},
		{"GB 32100-2015", "empty", "", shape, "", "", false},
		{"GB 32100-2015", "18 bytes of non-ASCII", "统一社会信用", shape, "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c, err := eligibility.ParseCreditCode(tc.in)
			if tc.want != valid {
				requireIdentifierError(t, err, "credit_code", wantErr(tc.want))
				assert.Equal(t, eligibility.CreditCode{}, c)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.in, c.String())
			assert.True(t, c.CheckOK())
			assert.Equal(t, tc.region, c.Region())
			assert.Equal(t, tc.org, c.OrganizationCode())
			assert.Equal(t, tc.chongqing, c.InChongqing())
		})
	}
}

func TestParseCreditCodeLenient(t *testing.T) {
	tests := []struct {
		ref, name, in, want string
		checkOK             bool
	}{
		{"GB 32100-2015", "valid code", "91310110666007217T", valid, true},
		// The early pilot codes that fail the check are accepted, and say so.
		{"GB 32100-2015", "bad check accepted", "91310110666007217U", valid, false},
		{"GB 32100-2015", "bad shape still refused", "91310110666007217S", shape, false},
		{"GB 32100-2015", "bad length still refused", "9131011066600721", shape, false},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c, err := eligibility.ParseCreditCodeLenient(tc.in)
			if tc.want != valid {
				requireIdentifierError(t, err, "credit_code", wantErr(tc.want))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.in, c.String())
			assert.Equal(t, tc.checkOK, c.CheckOK())
		})
	}
}

func TestCreditCodeZeroValue(t *testing.T) {
	var c eligibility.CreditCode
	assert.Equal(t, "", c.String())
	assert.Equal(t, "", c.Region())
	assert.Equal(t, "", c.OrganizationCode())
	assert.False(t, c.InChongqing())
	assert.False(t, c.CheckOK())
	assert.Zero(t, c.CheckCharacter())
	assert.Zero(t, c.ExpectedCheck())
}

// CheckCharacter is position 18 as given; ExpectedCheck the one GB 32100-2015 gives (by hand: Σ 966,
// 966 mod 31 = 5, 31 − 5 = 26 = T), whether or not they agree.
func TestCreditCodeCheckCharacters(t *testing.T) {
	for _, tc := range []struct {
		ref, code   string
		given, want byte
	}{
		{"I-5", "91310110666007217T", 'T', 'T'},
		{"I-5", "91310110666007217A", 'A', 'T'},
	} {
		t.Run(tc.ref+"/"+tc.code, func(t *testing.T) {
			c, err := eligibility.ParseCreditCodeLenient(tc.code)
			require.NoError(t, err)
			assert.Equal(t, string(tc.given), string(c.CheckCharacter()))
			assert.Equal(t, string(tc.want), string(c.ExpectedCheck()))
			assert.Equal(t, tc.given == tc.want, c.CheckOK())
		})
	}
}

func TestParseOrganizationCode(t *testing.T) {
	// Values 0–9, A–Z = 10–35; weights 3 7 9 10 5 8 4 2; C = 11 − (Σ mod 11), 10 → X, 11 → 0.
	tests := []struct {
		ref, name, in, want, str string
	}{
		// 6·3+6·7+6·9+0·10+0·5+7·8+2·4+1·2 = 18+42+54+0+0+56+8+2 = 180; 180 mod 11 = 4; 11−4 = 7.
		{"GB 11714-1997", "reference-data worked example", "66600721-7", valid, "66600721-7"},
		{"GB 11714-1997", "the same without hyphen, as inside 91310110666007217T", "666007217", valid, "66600721-7"},
		// 1·3+2·7+3·9+4·10+5·5+6·8+7·4+8·2 = 3+14+27+40+25+48+28+16 = 201; 201 mod 11 = 3; 11−3 = 8.
		{"GB 11714-1997", "digits 1–8", "12345678-8", valid, "12345678-8"},
		// Σ = 0; 0 mod 11 = 0; 11−0 = 11 → 0.
		{"GB 11714-1997", "check 11 written 0", "00000000-0", valid, "00000000-0"},
		// 6·2 = 12; 12 mod 11 = 1; 11−1 = 10 → X.
		{"GB 11714-1997", "check 10 written X", "00000006-X", valid, "00000006-X"},
		// M=22, A=10, P=25, E=14, T=29: 66+70+45+100+125+72+56+58 = 592; 592 mod 11 = 9; 11−9 = 2.
		{"GB 11714-1997", "letters in the body", "MA5AP9ET-2", valid, "MA5AP9ET-2"},
		// A=10 in position 8: 10·2 = 20; 20 mod 11 = 9; 11−9 = 2.
		{"GB 11714-1997", "letter A is 10", "0000000A-2", valid, "0000000A-2"},
		// Z=35, the last letter, in position 8: 35·2 = 70; 70 mod 11 = 4; 11−4 = 7.
		{"GB 11714-1997", "letter Z is 35", "0000000Z-7", valid, "0000000Z-7"},

		{"GB 11714-1997", "check 7→8", "66600721-8", check, ""},
		// Position 8 1→2 adds 2: 182 mod 11 = 6; 11−6 = 5, not 7.
		{"GB 11714-1997", "position 8 changed", "66600722-7", check, ""},
		{"GB 11714-1997", "X where 7 is due", "66600721-X", check, ""},
		{"GB 11714-1997", "check a letter other than X", "66600721-A", shape, ""},
		{"GB 11714-1997", "lower-case body", "ma5ap9et-2", shape, ""},
		{"GB 11714-1997", "hyphen misplaced", "6660072-17", shape, ""},
		{"GB 11714-1997", "space for hyphen", "66600721 7", shape, ""},
		{"GB 11714-1997", "8 characters", "66600721", shape, ""},
		{"GB 11714-1997", "11 characters", "66600721-77", shape, ""},
		{"GB 11714-1997", "empty", "", shape, ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			o, err := eligibility.ParseOrganizationCode(tc.in)
			if tc.want != valid {
				requireIdentifierError(t, err, "organization_code", wantErr(tc.want))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.str, o.String())
		})
	}
	assert.Equal(t, "", eligibility.OrganizationCode{}.String())
}

func TestCreditCodeCarriesAValidOrganizationCode(t *testing.T) {
	// GB 32100-2015 part 4 is the GB 11714 organisation code: 666007217 in 91310110666007217T is 66600721-7.
	c, err := eligibility.ParseCreditCode("91310110666007217T")
	require.NoError(t, err)
	o, err := eligibility.ParseOrganizationCode(c.OrganizationCode())
	require.NoError(t, err)
	assert.Equal(t, "66600721-7", o.String())
}

func TestParseCitizenID(t *testing.T) {
	// Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; Σ mod 11 = 0…10 → 1 0 X 9 8 7 6 5 4 3 2.
	tests := []struct {
		ref, name, in, want, birth string
	}{
		// 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2
		// = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → X. Born 1949-12-31.
		{"GB 11643-1999", "the standard's example", "11010519491231002X", valid, "1949-12-31"},
		// 1·7+1·9+0·10+1·5+0·8+5·4+2·2+0·1+0·6+0·3+0·7+2·9+2·10+9·5+0·8+0·4+1·2
		// = 7+9+0+5+0+20+4+0+0+0+0+18+20+45+0+0+2 = 130; 130 mod 11 = 9 → 3. Born on a leap day.
		{"GB 11643-1999", "born 2000-02-29", "110105200002290013", valid, "2000-02-29"},
		// 5·7+0·9+0·10+1·5+0·8+3·4+1·2+9·1+8·6+5·3+1·7+0·9+0·10+1·5+1·8+2·4+3·2 = 160; 160 mod 11 = 6 → 6.
		{"GB 11643-1999", "a Chongqing number", "500103198510011236", valid, "1985-10-01"},

		{"GB 11643-1999", "check X→1", "110105194912310021", check, ""},
		// Position 17 2→3 adds its weight 2: Σ = 169; 169 mod 11 = 4 → 8, not X.
		{"GB 11643-1999", "position 17 changed", "11010519491231003X", check, ""},
		{"GB 11643-1999", "lower-case x", "11010519491231002x", shape, ""},
		{"GB 11643-1999", "month 13", "11010519491331002X", shape, ""},
		{"GB 11643-1999", "1900-02-29 (1900 is no leap year)", "110105190002290013", shape, ""},
		{"GB 11643-1999", "day 00", "110105194912000020", shape, ""},
		{"GB 11643-1999", "year 0000", "110105000001010010", shape, ""},
		{"GB 11643-1999", "letter in body", "1101051949123100AX", shape, ""},
		{"GB 11643-1999", "15-digit old number", "110105491231002", shape, ""},
		{"GB 11643-1999", "empty", "", shape, ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			id, err := eligibility.ParseCitizenID(tc.in)
			if tc.want != valid {
				requireIdentifierError(t, err, "citizen_id", wantErr(tc.want))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.in, id.String())
			assert.Equal(t, deadlines.MustParseDate(tc.birth), id.BirthDate())
		})
	}
	assert.True(t, eligibility.CitizenID{}.BirthDate().IsZero())
}

func TestParsePatentNumber(t *testing.T) {
	// From 2003-10-01: check = Σ digit×weight mod 11, weights 2 3 4 5 6 7 8 9 2 3 4 5, 10 → X.
	// Before: the first 8 weights, 2 3 4 5 6 7 8 9; none for 1985–1988.
	tests := []struct {
		ref, name, in, want, str string
		year                     int
		kind                     pledge.RightKind
		pct                      bool
	}{
		// 2·2+0·3+1·4+8·5+1·6+1·7+5·8+6·9+4·2+2·3+8·4+8·5 = 4+0+4+40+6+7+40+54+8+6+32+40 = 241; 241 mod 11 = 10 → X.
		{"ZC 0006-2003", "reference-data worked example", "201811564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},
		// Published with the rule: 4+0+4+35+6+0+48+0+2+24+24+10 = 157; 157 mod 11 = 3.
		{"ZC 0006-2003", "published example 201710601862.3", "201710601862.3", valid, "201710601862.3", 2017, pledge.Invention, false},
		// case-format.md's example: 4+0+4+15+6+0+8+18+6+12+20+30 = 123; 123 mod 11 = 2.
		{"ZC 0006-2003", "case-format example", "201310123456.2", valid, "201310123456.2", 2013, pledge.Invention, false},
		// Design: 2·2+0·3+1·4+5·5+3·6+0·7+0·8+1·9+2·2+3·3+4·4+5·5 = 4+0+4+25+18+0+0+9+4+9+16+25 = 114; 114 mod 11 = 4.
		{"ZC 0006-2003", "design", "201530012345.4", valid, "201530012345.4", 2015, pledge.Design, false},
		// Utility model: 4+0+4+30+12+0+40+0+0+0+0+5 = 95; 95 mod 11 = 7.
		{"ZC 0006-2003", "utility model", "201620500001.7", valid, "201620500001.7", 2016, pledge.UtilityModel, false},
		// PCT invention, published as "CN 2010 8 0063196 .9": 4+0+4+0+48+0+0+54+6+3+36+30 = 185; 185 mod 11 = 9.
		{"ZC 0006-2003", "PCT invention (8)", "201080063196.9", valid, "201080063196.9", 2010, pledge.Invention, true},
		// PCT utility model: 4+0+4+10+54+0+0+0+0+3+0+0 = 75; 75 mod 11 = 9.
		{"ZC 0006-2003", "PCT utility model (9)", "201290000100.9", valid, "201290000100.9", 2012, pledge.UtilityModel, true},
		// Check 0: 4+0+4+45+6+0+0+0+0+0+0+8·5 = 99 = 9·11; 99 mod 11 = 0.
		{"ZC 0006-2003", "check 0", "201910000008.0", valid, "201910000008.0", 2019, pledge.Invention, false},
		// The first year of the format: 4+0+0+15+6+0+0+9+4+9+16+25 = 88 = 8·11; mod 11 = 0.
		{"ZC 0006-2003", "year 2003, 12 digits", "200310012345.0", valid, "200310012345.0", 2003, pledge.Invention, false},
		{"ZC 0006-2003 §5.2", "prefix CN", "CN201811564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},
		{"ZC 0006-2003 §5.2", "prefix CN and one space", "CN 201811564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},
		{"ZC 0006-2003 §5.2", "prefix ZL (granted)", "ZL201811564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},
		{"ZC 0006-2003 §5.3", "spaces after year and type", "2018 1 1564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},
		{"ZC 0006-2003 §5.3", "space after year only", "2018 11564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},
		{"ZC 0006-2003 §5.3", "space after type only", "20181 1564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},
		{"ZC 0006-2003 §5.3", "ZL, spaces", "ZL 2018 1 1564288.X", valid, "201811564288.X", 2018, pledge.Invention, false},

		// 9·2+0·3+1·4+0·5+1·6+6·7+7·8+3·9 = 18+0+4+0+6+42+56+27 = 153; 153 mod 11 = 10 → X.
		{"pre-2003", "reference-data worked example", "90101673.X", valid, "90101673.X", 1990, pledge.Invention, false},
		// Published with the rule: 18+15+4+5+30+42+0+72 = 186; 186 mod 11 = 10 → X.
		{"pre-2003", "published example ZL95115608.X", "ZL95115608.X", valid, "95115608.X", 1995, pledge.Invention, false},
		// Published with the rule: 18+21+4+0+6+49+48+45 = 191; 191 mod 11 = 4.
		{"pre-2003", "published example 97101765.4", "97101765.4", valid, "97101765.4", 1997, pledge.Invention, false},
		// 0·2+2·3+2·4+1·5+2·6+3·7+4·8+5·9 = 0+6+8+5+12+21+32+45 = 129; 129 mod 11 = 8.
		{"pre-2003", "2002 utility model", "02212345.8", valid, "02212345.8", 2002, pledge.UtilityModel, false},
		// 0+9+4+0+0+0+0+9 = 22; 22 mod 11 = 0. The last year of the old format.
		{"pre-2003", "2003, 8 digits", "03100001.0", valid, "03100001.0", 2003, pledge.Invention, false},
		// 8·2+9·3+1·4+0+0+0+0+1·9 = 16+27+4+9 = 56; 56 mod 11 = 1. The first year with a check.
		{"pre-2003", "1989, first year with a check", "89100001.1", valid, "89100001.1", 1989, pledge.Invention, false},
		{"pre-2003", "1985, no check", "85100001", valid, "85100001", 1985, pledge.Invention, false},
		{"pre-2003", "1988 design, no check", "88300123", valid, "88300123", 1988, pledge.Design, false},
		{"pre-2003", "1988 with CN", "CN88200123", valid, "88200123", 1988, pledge.UtilityModel, false},

		// One-character changes of the worked examples.
		{"ZC 0006-2003", "check X→9", "201811564288.9", check, "", 0, 0, false},
		// Last serial digit 8→9 adds 5: 246 mod 11 = 4, not X.
		{"ZC 0006-2003", "last digit changed", "201811564289.X", check, "", 0, 0, false},
		// Type 1→2 adds 6: 247 mod 11 = 5, not X.
		{"ZC 0006-2003", "type digit changed", "201821564288.X", check, "", 0, 0, false},
		{"pre-2003", "check X→0", "90101673.0", check, "", 0, 0, false},
		// Serial 3→4 adds 9: 162 mod 11 = 8, not X.
		{"pre-2003", "last digit changed", "90101674.X", check, "", 0, 0, false},

		{"ZC 0006-2003", "lower-case x", "201811564288.x", shape, "", 0, 0, false},
		{"ZC 0006-2003", "no check", "201811564288", shape, "", 0, 0, false},
		{"ZC 0006-2003", "no dot", "201811564288X", shape, "", 0, 0, false},
		{"ZC 0006-2003", "dot, no check", "201811564288.", shape, "", 0, 0, false},
		{"ZC 0006-2003", "two check characters", "201811564288.XX", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.3", "space before the dot", "201811564288 .X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.3", "space after the dot", "201811564288. X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.3", "space inside the serial", "2018115 64288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.3", "two spaces", "2018  11564288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.3", "leading space", " 201811564288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.3", "space then nothing", "2018 .X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.2", "two spaces after CN", "CN  201811564288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.2", "lower-case prefix", "cn201811564288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003 §5.2", "other prefix", "US201811564288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003", "type digit 4", "201841564288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003", "type digit 0", "201801564288.X", shape, "", 0, 0, false},
		{"ZC 0006-2003", "12 digits of 2002", "200210012345.0", shape, "", 0, 0, false},
		{"ZC 0006-2003", "13 digits", "2018115642881.X", shape, "", 0, 0, false},
		{"ZC 0006-2003", "11 digits", "20181156428.X", shape, "", 0, 0, false},
		{"pre-2003", "1985 with a check", "85100001.4", shape, "", 0, 0, false},
		{"pre-2003", "1990 without a check", "90101673", shape, "", 0, 0, false},
		{"pre-2003", "year 84", "84100001", shape, "", 0, 0, false},
		{"pre-2003", "year 04 (12-digit era)", "04100001.0", shape, "", 0, 0, false},
		{"pre-2003", "spaces in the old format", "90 1 01673.X", shape, "", 0, 0, false},
		{"pre-2003", "a space where the 2003 format allows one", "9010 1673.X", shape, "", 0, 0, false},
		{"pre-2003", "type digit 5", "90501673.X", shape, "", 0, 0, false},
		{"ZC 0006-2003", "empty", "", shape, "", 0, 0, false},
		{"ZC 0006-2003", "prefix only", "ZL", shape, "", 0, 0, false},
		{"ZC 0006-2003", "full-width digits", "２０１８１１５６４２８８.X", shape, "", 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			p, err := eligibility.ParsePatentNumber(tc.in)
			if tc.want != valid {
				requireIdentifierError(t, err, "patent_number", wantErr(tc.want))
				assert.Equal(t, eligibility.PatentNumber{}, p)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.str, p.String())
			assert.Equal(t, tc.year, p.Year())
			assert.Equal(t, tc.kind, p.Kind())
			assert.Equal(t, tc.pct, p.PCT())
		})
	}
}

func TestPatentNumberZeroValue(t *testing.T) {
	var p eligibility.PatentNumber
	assert.Equal(t, "", p.String())
	assert.Equal(t, 0, p.Year())
	assert.Equal(t, byte(0), p.TypeDigit())
	assert.Equal(t, pledge.KindUnset, p.Kind())
	assert.False(t, p.PCT())
}

func TestPatentNumberTypeDigit(t *testing.T) {
	// The 5th of 12 digits, the 3rd of 8 (ZC 0006-2003 §4.1; the pre-2003 YY T NNNNN).
	for in, want := range map[string]byte{"201530012345.4": '3', "02212345.8": '2', "201290000100.9": '9'} {
		p, err := eligibility.ParsePatentNumber(in)
		require.NoError(t, err)
		assert.Equal(t, want, p.TypeDigit(), in)
	}
}

func TestCheckICLayoutNumber(t *testing.T) {
	tests := []struct {
		ref, name, in, want string
	}{
		{"reference-data §2", "published example", "BS.185559220", valid},
		{"reference-data §2", "no check rule: the last digit changed is still accepted", "BS.185559221", valid},
		{"reference-data §2", "one digit", "BS.1", valid},
		{"reference-data §2", "no digits", "BS.", shape},
		{"reference-data §2", "no dot", "BS185559220", shape},
		{"reference-data §2", "lower case", "bs.185559220", shape},
		{"reference-data §2", "letter among digits", "BS.18555922O", shape},
		{"reference-data §2", "trailing check like a patent", "BS.18555922.0", shape},
		{"reference-data §2", "a patent number", "201811564288.X", shape},
		{"reference-data §2", "empty", "", shape},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			err := eligibility.CheckICLayoutNumber(tc.in)
			if tc.want == valid {
				require.NoError(t, err)
				return
			}
			requireIdentifierError(t, err, "ic_layout_number", pledge.ErrIdentifier)
		})
	}
}

func TestIdentifierErrorMessage(t *testing.T) {
	_, err := eligibility.ParseCreditCode("91310110666007217U")
	// 966 mod 31 = 5 → T is due (see TestParseCreditCode).
	assert.EqualError(t, err, `credit_code "91310110666007217U": check character does not match: `+
		`check character is 'U', the standard's algorithm gives 'T'`)
	_, err = eligibility.ParsePatentNumber("2018115642")
	assert.EqualError(t, err, `patent_number "2018115642": malformed identifier: `+
		`has 10 digits before the check character, want 12 (from 2003-10-01) or 8 (before)`)
	_, err = eligibility.ParseCitizenID("1101051949123100")
	assert.EqualError(t, err, `citizen_id "1101051949123100": malformed identifier: has 16 characters, want 18`)
	// The same details in Chinese, for a Chinese message (pledge.InputError.Message).
	var ie *eligibility.IdentifierError
	_, err = eligibility.ParseCreditCode("91310110666007217U")
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, `校验码为 'U'，按标准算法应为 'T'`, ie.DetailZh)
	_, err = eligibility.ParsePatentNumber("2018115642")
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, `校验码前有 10 位数字，应为 12 位（2003-10-01 起）或 8 位（此前）`, ie.DetailZh)
	_, err = eligibility.ParseCitizenID("1101051949123100")
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, `有 16 个字符，应为 18 个`, ie.DetailZh)
	_, err = eligibility.ParseOrganizationCode("66600721-a")
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, `第 10 位字符 'a' 不是数字或 X（校验码）`, ie.DetailZh)
	e := &eligibility.IdentifierError{Kind: "credit_code", Value: "x", Err: pledge.ErrIdentifier}
	assert.Equal(t, `credit_code "x": malformed identifier`, e.Error())
}

// BenchmarkParseCreditCode measures the check a bank runs on every borrower record. No target: measured
// only (go test ./eligibility -run '^$' -bench ParseCreditCode -benchmem).
func BenchmarkParseCreditCode(b *testing.B) {
	for b.Loop() {
		if _, err := eligibility.ParseCreditCode("91310110666007217T"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePatentNumber measures the check run on every pledged right, in the spaced 2003 format with
// a prefix (the longest path). No target: measured only.
func BenchmarkParsePatentNumber(b *testing.B) {
	for b.Loop() {
		if _, err := eligibility.ParsePatentNumber("ZL 2018 1 1564288.X"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestIdentifierErrorDetail: a shape error says what is wrong and where, counting positions from 1 as a
// person does (the positions below are counted by hand on the text given).
func TestIdentifierErrorDetail(t *testing.T) {
	tests := []struct {
		ref, name, in string
		parse         func(string) error
		detail        string
	}{
		{"GB 32100-2015", "a letter in the region code's first place (position 3)", "91A10110666007217T", creditCode,
			`character 'A' at position 3 is not a digit (positions 3–8 are a region code)`},
		{"GB 32100-2015", "a letter in the region code's second place (position 4)", "913A0110666007217T", creditCode,
			`character 'A' at position 4 is not a digit (positions 3–8 are a region code)`},
		{"GB 32100-2015", "a letter in the region code's last place (position 8)", "9131011A666007217T", creditCode,
			`character 'A' at position 8 is not a digit (positions 3–8 are a region code)`},
		{"ZC 0006-2003", "a letter among the serial's digits (position 12)", "20181156428A.X", patentNumber,
			`character 'A' at position 12 is not a digit`},
		{"ZC 0006-2003", "after the prefix CN and its space (position 7: C, N, space, 2, 0, 1, A)", "CN 201A11564288.X", patentNumber,
			`character 'A' at position 7 is not a digit`},
		{"ZC 0006-2003 §5.3", "a space after the year that ends the number", "2018 ", patentNumber,
			"a space is allowed only after the 4-digit year and after the type digit"},
		{"ZC 0006-2003 §5.3", "a space after the type digit that ends the number", "2018 1 ", patentNumber,
			"a space is allowed only after the 4-digit year and after the type digit"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			err := tc.parse(tc.in)
			var ie *eligibility.IdentifierError
			require.ErrorAs(t, err, &ie)
			assert.Equal(t, tc.detail, ie.Detail)
		})
	}
}

func creditCode(s string) error {
	_, err := eligibility.ParseCreditCode(s)
	return err
}

func patentNumber(s string) error {
	_, err := eligibility.ParsePatentNumber(s)
	return err
}
