package schema_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The case schema's patterns for money, rates, shares, dates and the credit code's shape say exactly
// what the library accepts: not a looser or stricter approximation. A rate in [0, 1) and a share in
// [0, 1] are ranges a pattern can express exactly for plain decimal strings (a rate's whole part is all
// zeros; a share's is all zeros, or 1 with only zeros after the point), and so is a real day (the
// month's length and the leap-year rule written out). These tests hold the schema to the library on
// every string of a small alphabet and on chosen edges, and FuzzPatternsAgreeWithLibrary on any string.

// patternKeys are where each pattern is tried: a key of the smallest case holding it, and the edits that
// put a value there.
var patternKeys = []struct {
	name, key string
	put       func(quoted string) []edit
}{
	{"money", "loan.amount", func(q string) []edit { return []edit{set("loan.amount", q)} }},
	{"rate", "loan.annual_rate", func(q string) []edit { return []edit{set("loan.annual_rate", q)} }},
	{"share", "default.loss_shares[0].share", func(q string) []edit {
		return []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":`+q+`}]}`)}
	}},
	// as_of: a date with no rule between keys (a patent's filing date has them: before the Patent Law, after
	// the pledge), so that only the date's own form decides.
	{"date", "as_of", func(q string) []edit { return []edit{set("as_of", q)} }},
	// The check character is the library's alone (a schema cannot compute it): accept_credit_code lets
	// the library judge the shape only.
	{"credit code", "enterprise.credit_code", func(q string) []edit {
		return []edit{set("enterprise.credit_code", q), set("enterprise.accept_credit_code", "true")}
	}},
}

// agree reports, for value at each pattern key, a disagreement between the library and the schema.
func agree(t testing.TB, s schemas, value string) {
	t.Helper()
	q, err := json.Marshal(value)
	require.NoError(t, err)
	for _, pk := range patternKeys {
		data := caseWith(t, pk.put(string(q))...)
		dec := decoderPaths(t, data)
		library := len(dec) == 0
		schema := len(schemaPaths(t, s.caseSchema, data)) == 0
		if library != schema {
			t.Errorf("%s %q at %s: the library accepts it %v (errors at %v), the schema %v", pk.name, value, pk.key, library, dec, schema)
		}
		if !library && !(len(dec) == 1 && dec[0] == pk.key) {
			t.Errorf("%s %q: the library names %v, not only %s", pk.name, value, dec, pk.key)
		}
	}
}

// patternEdges are values at the edges of each rule.
var patternEdges = []string{
	"", "0", "-0", "-0.00", "-0.000", "-00.0", "0.00", "00", "01", "1", "1.", ".1", "1.0", "1.00", "1.000", "-1",
	"0.9", "0.99999", "1.0000", "1.0001", "0.0435", "0.06525", "-0.0001", "5000000.00", "5000000.001",
	"1e2", "1E2", "+1", " 1", "1 ", "1,000", "NaN", "Infinity", "0x10", "１", "٣", "1.5",
	strings.Repeat("9", 40), strings.Repeat("9", 41), "0." + strings.Repeat("9", 40), "0." + strings.Repeat("9", 41),
	strings.Repeat("0", 39) + "1", strings.Repeat("0", 40) + "1", strings.Repeat("0", 40) + "1.00", "1." + strings.Repeat("0", 40),
	"-" + strings.Repeat("0", 40), "-" + strings.Repeat("0", 41),
	"2016-06-30", "2016-02-29", "2015-02-29", "2000-02-29", "1900-02-29", "0001-01-01", "0000-01-01", "9999-12-31",
	"2016-6-30", "2016-06-30 ", "2016-06-30\n", "\n2016-06-30", "2016-06-31", "2016-04-30", "20160630",
	"91500108203456788C", "91500108203456788c", "9150010820345678", "915001082034567880C", "Y1500108203456788C",
	"91500108203456788I", "91500108203456788O", "9150010820345678S", "91A00108203456788C", "91500108203456788\n",
}

func TestPatternsAgreeWithLibraryOnEdges(t *testing.T) {
	s := mustSchemas(t)
	for _, v := range patternEdges {
		agree(t, s, v)
	}
}

// TestPatternsAgreeWithLibraryExhaustively: every string of up to 4 characters from "015.-e+" (2,800
// strings) at every pattern key, and every credit code made from a valid one by changing one position to
// any of 0–9, A–Z, a, "-" or a blank (18 × 39), or by cutting or lengthening it.
func TestPatternsAgreeWithLibraryExhaustively(t *testing.T) {
	t.Parallel() // the slowest tests of the package run beside each other
	if testing.Short() {
		t.Skip("-short: the edges only (TestPatternsAgreeWithLibraryOnEdges)")
	}
	s := mustSchemas(t)
	const alphabet = "015.-e+"
	strs := []string{""}
	for length := 1; length <= 4; length++ {
		next := strs
		for _, prefix := range strs {
			if len(prefix) == length-1 {
				for _, c := range alphabet {
					next = append(next, prefix+string(c))
				}
			}
		}
		strs = next
	}
	require.Len(t, strs, 1+7+49+343+2401)
	for _, v := range strs {
		agree(t, s, v)
	}
	const code = "91500108203456788C"
	chars := "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZa- "
	for i := range len(code) {
		for _, c := range chars {
			agree(t, s, code[:i]+string(c)+code[i+1:])
		}
		agree(t, s, code[:i])
		agree(t, s, code+code[:i+1])
	}
}

// FuzzPatternsAgreeWithLibrary: any string, as money, a rate, a share, a date and a credit code, is
// accepted by the library exactly where the schema accepts it.
func FuzzPatternsAgreeWithLibrary(f *testing.F) {
	for _, v := range patternEdges {
		f.Add(v)
	}
	s := mustSchemas(f)
	f.Fuzz(func(t *testing.T, v string) {
		agree(t, s, v)
	})
}
