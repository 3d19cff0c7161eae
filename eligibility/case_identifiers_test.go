package eligibility_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/pledge"
)

// problem is one expected input error: its key path and its sentinel.
type problem struct {
	field string
	err   error
}

// requireProblems asserts err holds exactly the expected *pledge.InputErrors, in order.
func requireProblems(t *testing.T, err error, want []problem) {
	t.Helper()
	if len(want) == 0 {
		require.NoError(t, err)
		return
	}
	got := pledge.InputErrors(err)
	require.Len(t, got, len(want), "%v", err)
	for i, w := range want {
		assert.Equal(t, w.field, got[i].Field)
		assert.ErrorIs(t, got[i], w.err, "%s", got[i])
	}
}

// identifierErrors are the identifier errors pledge.Case.Validate finds in c (which also reports, for these
// partial cases, the required keys they leave out): the check characters, the shapes and the type digits.
func identifierErrors(c *pledge.Case) error {
	if c == nil {
		return nil
	}
	var errs []error
	for _, e := range pledge.InputErrors(c.Validate()) {
		if errors.Is(e, pledge.ErrIdentifier) || errors.Is(e, pledge.ErrCheckCharacter) || errors.Is(e, pledge.ErrKindMismatch) {
			errs = append(errs, e)
		}
	}
	return errors.Join(errs...)
}

// A case's identifiers, checked by Case.Validate against this package's parsers' rules.
func TestCaseIdentifiers(t *testing.T) {
	// The numbers' check characters are worked out in identifiers_test.go: 91310110666007217T (Σ 966 → T),
	// 201811564288.X (Σ 241 → X), 201620500001.7 (Σ 95 → 7), 201530012345.4 (Σ 114 → 4),
	// 201080063196.9 (Σ 185 → 9), 201290000100.9 (Σ 75 → 9).
	right := func(k pledge.RightKind, n string) pledge.Right { return pledge.Right{Kind: k, Number: n} }
	tests := []struct {
		ref, name string
		c         pledge.Case
		want      []problem
	}{
		{"I-5", "valid credit code", pledge.Case{Enterprise: pledge.Enterprise{CreditCode: "91310110666007217T"}}, nil},
		{"I-5", "no credit code given", pledge.Case{}, nil},
		{"I-5", "credit code fails its check", pledge.Case{Enterprise: pledge.Enterprise{CreditCode: "91310110666007217U"}},
			[]problem{{"enterprise.credit_code", pledge.ErrCheckCharacter}}},
		{"I-5", "failing check accepted on request", pledge.Case{Enterprise: pledge.Enterprise{CreditCode: "91310110666007217U", AcceptCreditCode: true}}, nil},
		{"I-5", "bad shape refused even on request", pledge.Case{Enterprise: pledge.Enterprise{CreditCode: "9131011066600721", AcceptCreditCode: true}},
			[]problem{{"enterprise.credit_code", pledge.ErrIdentifier}}},
		{"I-5", "lower-case credit code", pledge.Case{Enterprise: pledge.Enterprise{CreditCode: "91310110666007217t"}},
			[]problem{{"enterprise.credit_code", pledge.ErrIdentifier}}},

		{"Art. 2", "invention with type 1", pledge.Case{Rights: []pledge.Right{right(pledge.Invention, "201811564288.X")}}, nil},
		{"Art. 2", "utility model with type 2", pledge.Case{Rights: []pledge.Right{right(pledge.UtilityModel, "201620500001.7")}}, nil},
		{"Art. 2", "design with type 3", pledge.Case{Rights: []pledge.Right{right(pledge.Design, "201530012345.4")}}, nil},
		{"Art. 2", "invention with PCT type 8", pledge.Case{Rights: []pledge.Right{right(pledge.Invention, "201080063196.9")}}, nil},
		{"Art. 2", "utility model with PCT type 9", pledge.Case{Rights: []pledge.Right{right(pledge.UtilityModel, "201290000100.9")}}, nil},
		{"Art. 2", "granted, with ZL", pledge.Case{Rights: []pledge.Right{right(pledge.Invention, "ZL201811564288.X")}}, nil},
		{"Art. 2", "no number given", pledge.Case{Rights: []pledge.Right{right(pledge.Invention, "")}}, nil},
		{"Art. 2", "invention with a utility model's number", pledge.Case{Rights: []pledge.Right{right(pledge.Invention, "201620500001.7")}},
			[]problem{{"rights[0].number", pledge.ErrKindMismatch}}},
		{"Art. 2", "utility model with PCT invention type 8", pledge.Case{Rights: []pledge.Right{right(pledge.UtilityModel, "201080063196.9")}},
			[]problem{{"rights[0].number", pledge.ErrKindMismatch}}},
		{"Art. 2", "design with an invention's number", pledge.Case{Rights: []pledge.Right{right(pledge.Design, "90101673.X")}},
			[]problem{{"rights[0].number", pledge.ErrKindMismatch}}},
		{"Art. 2", "patent number fails its check", pledge.Case{Rights: []pledge.Right{right(pledge.Invention, "201811564288.9")}},
			[]problem{{"rights[0].number", pledge.ErrCheckCharacter}}},
		{"Art. 2", "patent with an IC layout number", pledge.Case{Rights: []pledge.Right{right(pledge.Invention, "BS.185559220")}},
			[]problem{{"rights[0].number", pledge.ErrIdentifier}}},
		{"Art. 2", "IC layout number", pledge.Case{Rights: []pledge.Right{right(pledge.ICLayout, "BS.185559220")}}, nil},
		{"Art. 2", "IC layout with a patent number", pledge.Case{Rights: []pledge.Right{right(pledge.ICLayout, "201811564288.X")}},
			[]problem{{"rights[0].number", pledge.ErrIdentifier}}},
		{"I-4", "trademark numbers are not checked", pledge.Case{Rights: []pledge.Right{right(pledge.Trademark, "第123号")}}, nil},
		{"I-4", "copyright numbers are not checked", pledge.Case{Rights: []pledge.Right{right(pledge.Copyright, "2016SR000001")}}, nil},
		{"I-4", "other numbers are not checked", pledge.Case{Rights: []pledge.Right{right(pledge.OtherRight, "x")}}, nil},

		{"Art. 5(3)", "unpledged right with its kind", pledge.Case{UnpledgedRights: []pledge.UnpledgedRight{
			{Number: "201811564288.X", Kind: pledge.Invention}}}, nil},
		{"Art. 5(3)", "unpledged right, bad check", pledge.Case{UnpledgedRights: []pledge.UnpledgedRight{
			{Number: "201811564288.1", Kind: pledge.Invention}}},
			[]problem{{"unpledged_rights[0].number", pledge.ErrCheckCharacter}}},
		{"Art. 5(3)", "unpledged right, kind contradicted", pledge.Case{UnpledgedRights: []pledge.UnpledgedRight{
			{Number: "201811564288.X", Kind: pledge.Invention}, {Number: "201811564288.X", Kind: pledge.Design}}},
			[]problem{{"unpledged_rights[1].number", pledge.ErrKindMismatch}}},
		{"Art. 5(3)", "unpledged right without kind not checked", pledge.Case{UnpledgedRights: []pledge.UnpledgedRight{
			{Number: "not a number"}}}, nil},

		{"I-5", "every problem at once, in case order", pledge.Case{
			Enterprise: pledge.Enterprise{CreditCode: "91310110666007217U"},
			Rights: []pledge.Right{right(pledge.Invention, "201811564288.X"), right(pledge.Invention, "201620500001.7"),
				right(pledge.ICLayout, "BS")},
			UnpledgedRights: []pledge.UnpledgedRight{{Number: "9010167.X", Kind: pledge.Invention}},
		}, []problem{
			{"enterprise.credit_code", pledge.ErrCheckCharacter},
			{"rights[1].number", pledge.ErrKindMismatch},
			{"rights[2].number", pledge.ErrIdentifier},
			{"unpledged_rights[0].number", pledge.ErrIdentifier},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			requireProblems(t, identifierErrors(&tc.c), tc.want)
		})
	}
}

func TestCaseIdentifiersMessages(t *testing.T) {
	err := identifierErrors(&pledge.Case{
		Enterprise: pledge.Enterprise{CreditCode: "91310110666007217U"},
		Rights:     []pledge.Right{{Kind: pledge.Invention, Number: "201620500001.7"}},
	})
	// The key path, the value, the sentinel's words and what exactly is wrong (966 mod 31 = 5 → T).
	assert.EqualError(t, err, `enterprise.credit_code: "91310110666007217U": check character does not match: `+
		`check character is 'U', the standard's algorithm gives 'T'`+"\n"+
		`rights[0].number: "201620500001.7": number's type digit contradicts kind: type digit 2 is a utility_model, the kind is invention`)
	var ie *pledge.InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "91310110666007217U", ie.Value)

	// Each kind a type digit names, with its article: 1 an invention, 2 a utility_model, 3 a design. Check
	// characters by hand (weights 2 3 4 5 6 7 8 9 2 3 4 5, Σ mod 11): 201310123456 Σ 123 → 2;
	// 201330123456 Σ 4+0+4+15+18+0+8+18+6+12+20+30 = 135 → 3.
	for _, tc := range []struct {
		ref, number string
		kind        pledge.RightKind
		want        string
	}{
		{"I-4", "201310123456.2", pledge.Design, "type digit 1 is an invention, the kind is design"},
		{"I-4", "201620500001.7", pledge.Invention, "type digit 2 is a utility_model, the kind is invention"},
		{"I-4", "201330123456.3", pledge.Invention, "type digit 3 is a design, the kind is invention"},
	} {
		t.Run(tc.ref+"/"+tc.number, func(t *testing.T) {
			err := identifierErrors(&pledge.Case{Rights: []pledge.Right{{Kind: tc.kind, Number: tc.number}}})
			require.ErrorIs(t, err, pledge.ErrKindMismatch)
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

// minimalCase is a case with the keys docs/case-format.md requires and the identifiers to test.
func minimalCase(creditCode, kind, number string) string {
	return `{"as_of": "2016-06-30",
  "enterprise": {"credit_code": "` + creditCode + `"},
  "rights": [{"kind": "` + kind + `", "number": "` + number + `"}],
  "loan": {"amount": "5000000.00", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}}`
}

// A case file's identifiers are checked as it is read (pledge.DecodeCase), with its other problems, all at
// once.
func TestDecodeCaseIdentifiers(t *testing.T) {
	tests := []struct {
		ref, name, in string
		want          []problem
	}{
		{"I-5", "a valid case", minimalCase("91310110666007217T", "invention", "201310123456.2"), nil},
		{"I-5", "a bad credit code", minimalCase("91310110666007217U", "invention", "201310123456.2"),
			[]problem{{"enterprise.credit_code", pledge.ErrCheckCharacter}}},
		{"Art. 2", "a kind mismatch", minimalCase("91310110666007217T", "design", "201310123456.2"),
			[]problem{{"rights[0].number", pledge.ErrKindMismatch}}},
		// The decoder's errors and the identifiers' come back together.
		{"I-5", "decoder and identifier errors at once", `{"as_of": "2016-06-30", "bogus": 1,
  "enterprise": {"credit_code": "91310110666007217U", "accept_credit_code": false},
  "rights": [{"kind": "invention", "number": "201310123456.3"}],
  "loan": {"amount": "5000000.00", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}}`,
			[]problem{{"bogus", pledge.ErrUnknownKey},
				{"enterprise.credit_code", pledge.ErrCheckCharacter},
				{"rights[0].number", pledge.ErrCheckCharacter}}},
		{"I-5", "accept_credit_code read even when the case does not decode", `{"as_of": "2016-06-30", "bogus": 1,
  "enterprise": {"credit_code": "91310110666007217U", "accept_credit_code": true},
  "rights": [{"kind": "invention"}],
  "loan": {"amount": "5000000.00", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}}`,
			[]problem{{"bogus", pledge.ErrUnknownKey}}},
		{"I-5", "malformed JSON: the decoder's error only", `{"enterprise": {"credit_code": "91310110666007217U"`,
			[]problem{{"", pledge.ErrSyntax}}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c, err := pledge.DecodeCase([]byte(tc.in))
			if len(tc.want) == 0 {
				require.NoError(t, err)
				require.NotNil(t, c)
				assert.Equal(t, "91310110666007217T", c.Enterprise.CreditCode)
				return
			}
			assert.Nil(t, c)
			if tc.want[0].field == "" { // a syntax error has no key path to compare
				require.ErrorIs(t, err, tc.want[0].err)
				assert.Len(t, pledge.InputErrors(err), 1)
				return
			}
			requireProblems(t, err, tc.want)
		})
	}
}
