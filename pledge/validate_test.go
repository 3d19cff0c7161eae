package pledge_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/casetest"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// minimalGo is minimal built in Go: the same case, key for key.
var minimalGo = casetest.MinimalGo

func TestMinimalGoIsMinimal(t *testing.T) {
	c, err := pledge.DecodeCase([]byte(minimal))
	require.NoError(t, err)
	assert.Empty(t, caseDiff(*minimalGo(), *c))
	assert.NoError(t, minimalGo().Validate())
	full := wantFull()
	assert.NoError(t, full.Validate(), "the full example case is valid")
}

// TestValidateSameAsDecoder: each rule the decoder applies and a case built in Go can break is refused by
// Validate with the key path and the sentinel the decoder gives for the same mistake in a case file.
func TestValidateSameAsDecoder(t *testing.T) {
	require.GreaterOrEqual(t, len(casetest.Rows), 45)
	for _, tc := range casetest.Rows {
		t.Run(tc.Ref+"/"+tc.Name, func(t *testing.T) {
			_, err := pledge.DecodeCase([]byte(tc.JSON))
			fromJSON := pledge.InputErrors(err)
			require.Len(t, fromJSON, 1, "the case file: %v", err)
			assert.Equal(t, tc.Field, fromJSON[0].Field, "the case file")
			assert.ErrorIs(t, fromJSON[0], tc.Err, "the case file")

			c := casetest.MinimalGo()
			tc.Mutate(c)
			err = c.Validate()
			fromGo := pledge.InputErrors(err)
			require.Len(t, fromGo, 1, "the case in Go: %v", err)
			assert.Equal(t, tc.Field, fromGo[0].Field, "the case in Go")
			assert.ErrorIs(t, fromGo[0], tc.Err, "the case in Go")
			assert.ErrorIs(t, err, tc.Err)
		})
	}
}

// Issue 8's cases built in Go, which gave "eligible" before, and a nil case: each refused, all at once,
// in the order of the Go types, with the keys a case file names.
func TestValidateIssue8(t *testing.T) {
	var nilCase *pledge.Case
	err := nilCase.Validate()
	assert.EqualError(t, err, `(case): "null": required key missing`)

	c := minimalGo()
	c.AsOf = deadlines.Date{}                // zero as_of
	c.Loan.Amount = decimal.NewFromInt(-5e6) // Loan.Amount = -5000000
	c.Loan.AnnualRate = nullDec("1.5")       // a rate of 1.5
	c.Loan.MaturityDate = day("2015-12-31")  // maturity before the contract date, 2016-01-05
	var got []string
	for _, e := range pledge.InputErrors(c.Validate()) {
		got = append(got, e.Error())
	}
	assert.Equal(t, []string{
		`loan.amount: "-5000000.00": negative amount`,
		`loan.annual_rate: "1.5": rate outside [0, 1)`,
		`loan.maturity_date: "2015-12-31": ends before it starts`,
		`as_of: "": required key missing`,
	}, got)
}

// Validate's other rules that only a Go value can break: a Fact out of its three values.
func TestValidateGoOnly(t *testing.T) {
	c := minimalGo()
	c.Rights[0].Granted = pledge.Fact(7)
	err := c.Validate()
	var ie *pledge.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "rights[0].granted", ie.Field)
	assert.Equal(t, "7", ie.Value)
	assert.ErrorIs(t, err, pledge.ErrUnknownValue)

	// An amount of zero made in Go is given, as "0.00" is in a case file; the zero value decimal.Decimal{}
	// (which shopspring v1.6.0 also names decimal.Zero) is an amount never set, not given.
	c = minimalGo()
	c.Loan.Amount = decimal.NewFromInt(0)
	assert.NoError(t, c.Validate())
	c.Loan.Amount = decimal.RequireFromString("0.00")
	assert.NoError(t, c.Validate())
	c.Loan.Amount = decimal.Zero
	assert.ErrorIs(t, c.Validate(), pledge.ErrMissing)
}

// TestJSONOnlyRules lists the decoder's rules that a case built in Go cannot break, each with a case file
// that breaks it: Validate has nothing to say of them, since the Go types cannot hold the mistake.
func TestJSONOnlyRules(t *testing.T) {
	for _, tc := range []struct{ rule, in string }{
		{"syntax", `{"as_of":`},
		{"JSON type", swap(`"2016-06-30"`, `20160630`)},
		{"unknown key", withTop(`"notes":"x"`)},
		{"key given twice", withLoan(`"amount":"1.00"`)},
		{"a number for an amount", swap(`"5000000.00"`, `5000000`)},
		{"a decimal's form", swap(`"5000000.00"`, `"5e6"`)},
		{"a count's form", withTop(`"application":{"kind":"fee_subsidy","copies":2.0}`)},
		{"a date's form", swap(`"2016-06-30"`, `"2016-6-30"`)},
		{"no such day", swap(`"2016-06-30"`, `"2016-02-30"`)},
		{"null in an array", withRight(`"holders":[null]`)},
		{"nested too deep", `{"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`},
	} {
		_, err := pledge.DecodeCase([]byte(tc.in))
		assert.Error(t, err, tc.rule)
	}
}

// Every list of a case has a limit, and Validate and the decoder refuse one element more, naming the
// list and the limit; the limit itself is accepted. Each list is filled with valid elements, so that the
// limit is the one problem.
func TestLimits(t *testing.T) {
	elements := map[string]any{
		"rights":                pledge.Right{Kind: pledge.Trademark},
		"unpledged_rights":      pledge.UnpledgedRight{Number: "x"},
		"sanctions":             pledge.Sanction{Body: "某担保公司", Decided: day("2014-05-06"), Ground: pledge.Fraud},
		"rights[0].holders":     "某公司",
		"loan.uses":             pledge.Use{Purpose: pledge.RD, Amount: dec("0.00")},
		"loan.providers":        pledge.Provider{Role: pledge.Guarantor},
		"loan.changes":          pledge.Change{Changed: day("2016-05-03")},
		"loan.transfers":        pledge.Transfer{},
		"default.loss_shares":   pledge.LossShare{Bearer: pledge.LenderBearer, Share: dec("0")},
		"application.materials": pledge.ApplicationForm,
	}
	limits := map[string]int{"rights": 1000, "unpledged_rights": 10000, "sanctions": 1000, "rights[0].holders": 100,
		"loan.uses": 100, "loan.providers": 100, "loan.changes": 1000, "loan.transfers": 1000,
		"default.loss_shares": 100, "application.materials": 100}
	assert.Len(t, elements, countLists(reflect.TypeFor[pledge.Case]()), "a row for every list of a case")
	for key, elem := range elements {
		limit := limits[key]
		t.Run("case-format/limits/"+key, func(t *testing.T) {
			for _, n := range []int{limit, limit + 1} {
				c := minimalGo()
				c.Default = &pledge.Default{OutstandingPrincipal: dec("1.00")}
				c.Application = &pledge.Application{Kind: pledge.FeeSubsidyApplication}
				list := listAt(c, key)
				s := reflect.MakeSlice(list.Type(), n, n)
				for i := range n {
					s.Index(i).Set(reflect.ValueOf(elem))
				}
				list.Set(s)
				data, err := c.MarshalJSON()
				require.NoError(t, err)
				_, decodeErr := pledge.DecodeCase(data)
				for who, err := range map[string]error{"Validate": c.Validate(), "DecodeCase": decodeErr} {
					if n == limit {
						assert.NoError(t, err, "%s: %d elements, the limit", who, n)
						continue
					}
					errs := pledge.InputErrors(err)
					require.Len(t, errs, 1, "%s: %v", who, err)
					assert.Equal(t, key, errs[0].Field, who)
					assert.Equal(t, fmt.Sprint(n), errs[0].Value, who)
					assert.ErrorIs(t, err, pledge.ErrLimit, who)
					assert.EqualError(t, errs[0], fmt.Sprintf(`%s: "%d": past the library's limit: %d elements, at most %d`, key, n, n, limit), who)
				}
			}
		})
	}
}

// countLists counts the slice fields of t and the struct types under it.
func countLists(t reflect.Type) int {
	n := 0
	for i := range t.NumField() {
		ft := t.Field(i).Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		switch ft.Kind() {
		case reflect.Slice:
			n++
			if ft.Elem().Kind() == reflect.Struct {
				n += countLists(ft.Elem())
			}
		case reflect.Struct:
			if ft != reflect.TypeFor[deadlines.Date]() && ft != reflect.TypeFor[decimal.Decimal]() &&
				ft != reflect.TypeFor[decimal.NullDecimal]() {
				n += countLists(ft)
			}
		}
	}
	return n
}

// listAt is the list at key in c, settable.
func listAt(c *pledge.Case, key string) reflect.Value {
	switch key {
	case "rights":
		return reflect.ValueOf(&c.Rights).Elem()
	case "unpledged_rights":
		return reflect.ValueOf(&c.UnpledgedRights).Elem()
	case "sanctions":
		return reflect.ValueOf(&c.Sanctions).Elem()
	case "rights[0].holders":
		return reflect.ValueOf(&c.Rights[0].Holders).Elem()
	case "loan.uses":
		return reflect.ValueOf(&c.Loan.Uses).Elem()
	case "loan.providers":
		return reflect.ValueOf(&c.Loan.Providers).Elem()
	case "loan.changes":
		return reflect.ValueOf(&c.Loan.Changes).Elem()
	case "loan.transfers":
		return reflect.ValueOf(&c.Loan.Transfers).Elem()
	case "default.loss_shares":
		return reflect.ValueOf(&c.Default.LossShares).Elem()
	case "application.materials":
		return reflect.ValueOf(&c.Application.Materials).Elem()
	}
	panic(key)
}

// Text of MaxTextBytes is accepted; a byte more is refused. A case file of MaxCaseBytes is read; a byte
// more is refused as a whole, before it is read.
func TestTextAndFileLimits(t *testing.T) {
	c := minimalGo()
	c.Loan.Lender = strings.Repeat("银", pledge.MaxTextBytes/3) + "x" // 341 × 3 + 1 = 1,024 bytes
	require.Len(t, c.Loan.Lender, pledge.MaxTextBytes)
	assert.NoError(t, c.Validate())
	data, err := c.MarshalJSON()
	require.NoError(t, err)
	_, err = pledge.DecodeCase(data)
	assert.NoError(t, err)

	padded := []byte(minimal + strings.Repeat(" ", pledge.MaxCaseBytes-len(minimal)))
	_, err = pledge.DecodeCase(padded)
	assert.NoError(t, err, "a file of exactly MaxCaseBytes")
	_, err = pledge.DecodeCase(append(padded, ' '))
	assert.EqualError(t, err, `(case): "4194305": past the library's limit: 4194305 bytes, at most 4194304`)
	assert.ErrorIs(t, err, pledge.ErrLimit)
}

// Issue 10, fault 1: two holders whose names differ only in a byte that is not UTF-8 were read as one
// name (both bytes became U+FFFD), so the holders merged and an undetermined co-ownership came out as a
// single holder. The case file is refused, naming each key; so is the case built in Go.
func TestInvalidUTF8IsRefused(t *testing.T) {
	in := withRight("\"holders\":[\"HOLDER\xff\",\"HOLDER\xfe\"]")
	_, err := pledge.DecodeCase([]byte(in))
	var got []string
	for _, e := range pledge.InputErrors(err) {
		got = append(got, e.Field+" "+fmt.Sprintf("%q", e.Value)+" "+e.Err.Error())
	}
	assert.Equal(t, []string{
		`rights[0].holders[0] "HOLDER\xff" not valid UTF-8`,
		`rights[0].holders[1] "HOLDER\xfe" not valid UTF-8`,
	}, got)

	c := minimalGo()
	c.Rights[0].Holders = []string{"HOLDER\xff", "HOLDER\xfe"}
	got = got[:0]
	for _, e := range pledge.InputErrors(c.Validate()) {
		got = append(got, e.Field+" "+fmt.Sprintf("%q", e.Value)+" "+e.Err.Error())
	}
	assert.Equal(t, []string{
		`rights[0].holders[0] "HOLDER\xff" not valid UTF-8`,
		`rights[0].holders[1] "HOLDER\xfe" not valid UTF-8`,
	}, got)

	// The same for a JSON escape naming half a surrogate pair, which reads as U+FFFD too; a whole pair is
	// one character, and accepted.
	_, err = pledge.DecodeCase([]byte(withRight(`"holders":["HOLDER\ud800","HOLDER\udfff"]`)))
	assert.Len(t, pledge.InputErrors(err), 2)
	assert.ErrorIs(t, err, pledge.ErrUTF8)
	d, err := pledge.DecodeCase([]byte(withRight(`"holders":["HOLDER\ud83d\ude00"]`)))
	require.NoError(t, err)
	assert.Equal(t, []string{"HOLDER😀"}, d.Rights[0].Holders)
	// An enumeration or a date with such bytes was refused before, as not one of its values.
	_, err = pledge.DecodeCase([]byte(swap(`"invention"`, "\"invention\xff\"")))
	assert.True(t, errors.Is(err, pledge.ErrUnknownValue))
}

// The limits docs/case-format.md lists are the limits the struct tags set, list by list, and the two
// constants.
func TestLimitsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/case-format.md")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(doc), "## Limits")
	require.True(t, ok)
	section, _, _ = strings.Cut(section, "\n## ")
	documented := map[string]string{}
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) == 4 && strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			documented[strings.Trim(strings.TrimSpace(cells[1]), "`")] = strings.TrimSpace(cells[2])
		}
	}
	tagged := map[string]string{}
	var walk func(prefix string, typ reflect.Type)
	walk = func(prefix string, typ reflect.Type) {
		for i := range typ.NumField() {
			sf := typ.Field(i)
			key := prefix + strings.Split(sf.Tag.Get("json"), ",")[0]
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			switch {
			case ft.Kind() == reflect.Slice:
				for _, w := range strings.Split(sf.Tag.Get("cq"), ",") {
					if n, ok := strings.CutPrefix(w, "max="); ok {
						tagged[key] = n
					}
				}
				if ft.Elem().Kind() == reflect.Struct {
					walk(key+"[].", ft.Elem())
				}
			case ft.Kind() == reflect.Struct && ft.PkgPath() == reflect.TypeFor[pledge.Case]().PkgPath():
				walk(key+".", ft)
			}
		}
	}
	walk("", reflect.TypeFor[pledge.Case]())
	for key, n := range tagged {
		assert.Equal(t, n, strings.ReplaceAll(documented[key], ",", ""), "the limit of %s", key)
	}
	assert.Len(t, documented, len(tagged), "a row in the table for each list, no more")
	assert.Contains(t, section, fmt.Sprintf("(%s bytes), `pledge.MaxCaseBytes`", "4,194,304"))
	assert.Equal(t, 4194304, pledge.MaxCaseBytes)
	assert.Contains(t, section, "1,024 bytes of UTF-8, `pledge.MaxTextBytes`")
	assert.Equal(t, 1024, pledge.MaxTextBytes)
}
