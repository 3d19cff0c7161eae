package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/pledge"
)

// edit is a change to the smallest case: set the key at path (dotted, with [i] for an array element) to
// the JSON text raw, or delete it where raw is "".
type edit struct{ path, raw string }

func set(path, raw string) edit { return edit{path, raw} }
func del(path string) edit      { return edit{path, ""} }

// caseWith applies edits to minimalCase and returns the JSON.
func caseWith(t testing.TB, edits ...edit) []byte {
	t.Helper()
	return edited(t, []byte(minimalCase), edits...)
}

// edited applies edits to the JSON document data and returns it (numbers kept as written).
func edited(t testing.TB, data []byte, edits ...edit) []byte {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	require.NoError(t, dec.Decode(&doc))
	for _, e := range edits {
		steps := splitPath(e.path)
		parent := doc
		for _, s := range steps[:len(steps)-1] {
			parent = child(t, parent, s)
		}
		last := steps[len(steps)-1]
		m, ok := parent.(map[string]any)
		require.True(t, ok, "%s: the parent is not an object", e.path)
		if e.raw == "" {
			delete(m, last)
		} else {
			m[last] = json.RawMessage(e.raw)
		}
	}
	out, err := json.Marshal(doc)
	require.NoError(t, err)
	return out
}

// splitPath splits "rights[0].kind" into "rights", "[0]", "kind".
func splitPath(path string) []string {
	var out []string
	for _, part := range strings.Split(path, ".") {
		key, idx, found := strings.Cut(part, "[")
		out = append(out, key)
		if found {
			out = append(out, "["+idx)
		}
	}
	return out
}

// child steps into an object's key, making an empty object where there is none, or an array's element.
func child(t testing.TB, v any, step string) any {
	t.Helper()
	if i, ok := strings.CutPrefix(step, "["); ok {
		n, err := strconv.Atoi(strings.TrimSuffix(i, "]"))
		require.NoError(t, err)
		return v.([]any)[n]
	}
	m := v.(map[string]any)
	c, ok := m[step]
	if !ok {
		c = map[string]any{}
		m[step] = c
	}
	return c
}

// badInputRows: for each class of bad input a schema can express — a wrong JSON type, a missing required
// key, a value not among an enumeration's spellings, malformed money (and rates and shares), a malformed
// or impossible date, an unknown key, a count below its minimum, a list past its limit, a text past 1,024
// characters, a credit code of the wrong shape — rows where the library refuses the case and so does the
// schema, both naming key. Each value is wrong by the rule named in the row (docs/case-format.md, the
// decoder's rules in pledge.DecodeCase's doc).
var badInputRows = []struct {
	class, name string
	edits       []edit
	key         string
}{
	// JSON types: a date is a string, money a string (a number is refused), an object an object, a fact a
	// bool, a count a number, a name a string.
	{"type", "as_of a number", []edit{set("as_of", `20160630`)}, "as_of"},
	{"type", "loan a string", []edit{set("loan", `"big"`)}, "loan"},
	{"type", "rights an object", []edit{set("rights", `{"kind":"invention"}`)}, "rights"},
	{"type", "a null right", []edit{set("rights", `[{"kind":"invention"},null]`)}, "rights[1]"},
	{"type", "money as a JSON number", []edit{set("loan.amount", `5000000`)}, "loan.amount"},
	{"type", "a rate as a JSON number", []edit{set("loan.annual_rate", `0.06`)}, "loan.annual_rate"},
	{"type", "a fact as the string \"true\"", []edit{set("rights[0].granted", `"true"`)}, "rights[0].granted"},
	{"type", "a fact as 1", []edit{set("rights[0].granted", `1`)}, "rights[0].granted"},
	{"type", "accept_credit_code \"yes\"", []edit{set("enterprise.accept_credit_code", `"yes"`)}, "enterprise.accept_credit_code"},
	{"type", "a count as a string", []edit{set("application", `{"kind":"fee_subsidy","supplement_days":"10"}`)}, "application.supplement_days"},
	{"type", "a holder as a number", []edit{set("rights[0].holders", `[5]`)}, "rights[0].holders[0]"},
	{"type", "a null holder", []edit{set("rights[0].holders", `[null]`)}, "rights[0].holders[0]"},
	{"type", "a patent number as a number", []edit{set("rights[0].number", `201310123456`)}, "rights[0].number"},
	{"type", "a kind as a number", []edit{set("rights[0].kind", `1`)}, "rights[0].kind"},
	{"type", "a null material", []edit{set("application", `{"kind":"fee_subsidy","materials":[null]}`)}, "application.materials[0]"},
	{"type", "the case an array", nil, pledge.RootField}, // the whole document replaced below

	// Required keys (cq:"required"): absent, null, or an empty list or name.
	{"required", "as_of absent", []edit{del("as_of")}, "as_of"},
	{"required", "as_of null", []edit{set("as_of", `null`)}, "as_of"},
	{"required", "rights absent", []edit{del("rights")}, "rights"},
	{"required", "no rights", []edit{set("rights", `[]`)}, "rights"},
	{"required", "loan absent", []edit{del("loan")}, "loan"},
	{"required", "loan null", []edit{set("loan", `null`)}, "loan"},
	{"required", "loan.amount absent", []edit{del("loan.amount")}, "loan.amount"},
	{"required", "loan.contract_date absent", []edit{del("loan.contract_date")}, "loan.contract_date"},
	{"required", "loan.maturity_date null", []edit{set("loan.maturity_date", `null`)}, "loan.maturity_date"},
	{"required", "a right without kind", []edit{set("rights", `[{"number":"201310123456.2"}]`)}, "rights[0].kind"},
	{"required", "a use without purpose", []edit{set("loan.uses", `[{"amount":"1.00"}]`)}, "loan.uses[0].purpose"},
	{"required", "a use without amount", []edit{set("loan.uses", `[{"purpose":"rd"}]`)}, "loan.uses[0].amount"},
	{"required", "a provider without role", []edit{set("loan.providers", `[{"name":"某担保公司","fee":"60000.00"}]`)}, "loan.providers[0].role"},
	{"required", "a change without its day", []edit{set("loan.changes", `[{"filed":"2016-05-10"}]`)}, "loan.changes[0].changed"},
	{"required", "a default without principal", []edit{set("default", `{"recoveries":"0.00"}`)}, "default.outstanding_principal"},
	{"required", "a loss share without bearer", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"share":"1"}]}`)}, "default.loss_shares[0].bearer"},
	{"required", "a loss share without share", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender"}]}`)}, "default.loss_shares[0].share"},
	{"required", "an application without kind", []edit{set("application", `{"applicant":"某担保公司"}`)}, "application.kind"},
	{"required", "a sanction with an empty body", []edit{set("sanctions", `[{"body":"","decided":"2014-05-06","ground":"fraud"}]`)}, "sanctions[0].body"},
	{"required", "a sanction without its day", []edit{set("sanctions", `[{"body":"某担保公司","ground":"fraud"}]`)}, "sanctions[0].decided"},
	{"required", "a sanction without ground", []edit{set("sanctions", `[{"body":"某担保公司","decided":"2016-05-06"}]`)}, "sanctions[0].ground"},

	// Enumerations: the spellings are exact, "" is none of them.
	{"enum", "patent is not a kind", []edit{set("rights[0].kind", `"patent"`)}, "rights[0].kind"},
	{"enum", "spelling is exact", []edit{set("rights[0].kind", `"Invention"`)}, "rights[0].kind"},
	{"enum", "an empty mode", []edit{set("loan.mode", `""`)}, "loan.mode"},
	{"enum", "an unknown size", []edit{set("enterprise.size", `"huge"`)}, "enterprise.size"},
	{"enum", "an unknown industry", []edit{set("enterprise.size_facts", `{"industry":"mining"}`)}, "enterprise.size_facts.industry"},
	{"enum", "an unknown purpose", []edit{set("loan.uses", `[{"purpose":"shares","amount":"1.00"}]`)}, "loan.uses[0].purpose"},
	{"enum", "a bank is not a provider role", []edit{set("loan.providers", `[{"role":"bank"}]`)}, "loan.providers[0].role"},
	{"enum", "a bearer bank", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"bank","share":"1"}]}`)}, "default.loss_shares[0].bearer"},
	{"enum", "an unknown material", []edit{set("application", `{"kind":"fee_subsidy","materials":["application_form","photo"]}`)}, "application.materials[1]"},
	{"enum", "an unknown application kind", []edit{set("application", `{"kind":"interest_subsidy"}`)}, "application.kind"},
	{"enum", "an unknown objection state", []edit{set("application", `{"kind":"fee_subsidy","objection":"rejected"}`)}, "application.objection"},
	{"enum", "an unknown ground", []edit{set("sanctions", `[{"body":"某担保公司","decided":"2016-05-06","ground":"theft"}]`)}, "sanctions[0].ground"},
	{"enum", "an unpledged right's kind", []edit{set("unpledged_rights", `[{"number":"201320123457.2","kind":"utility"}]`)}, "unpledged_rights[0].kind"},

	// Money: a string of digits, at most 2 decimals, not negative, no exponent, sign or blank.
	{"money", "negative, as case-format.md's own stderr line", []edit{set("loan.amount", `"-5"`)}, "loan.amount"},
	{"money", "one fen below zero", []edit{set("loan.amount", `"-0.01"`)}, "loan.amount"},
	{"money", "3 decimals, though it equals 1.23", []edit{set("loan.amount", `"1.230"`)}, "loan.amount"},
	{"money", "exponent", []edit{set("loan.amount", `"5e6"`)}, "loan.amount"},
	{"money", "no digit before the point", []edit{set("loan.amount", `".5"`)}, "loan.amount"},
	{"money", "no digit after the point", []edit{set("loan.amount", `"5."`)}, "loan.amount"},
	{"money", "a plus sign", []edit{set("loan.amount", `"+5"`)}, "loan.amount"},
	{"money", "a blank", []edit{set("loan.amount", `" 5"`)}, "loan.amount"},
	{"money", "thousands separators", []edit{set("loan.amount", `"5,000,000.00"`)}, "loan.amount"},
	{"money", "41 digits before the point", []edit{set("loan.amount", `"`+strings.Repeat("1", 41)+`"`)}, "loan.amount"},
	{"money", "NaN", []edit{set("loan.amount", `"NaN"`)}, "loan.amount"},
	{"money", "empty", []edit{set("loan.amount", `""`)}, "loan.amount"},
	{"money", "full-width digits", []edit{set("loan.amount", `"５"`)}, "loan.amount"},
	{"money", "3 decimals in a fee", []edit{set("loan.providers", `[{"role":"guarantor","fee":"60000.001"}]`)}, "loan.providers[0].fee"},
	{"money", "a negative recovery", []edit{set("default", `{"outstanding_principal":"1.00","recoveries":"-1.00"}`)}, "default.recoveries"},
	{"money", "revenue in 万元 with a unit", []edit{set("enterprise.size_facts", `{"revenue":"3500万"}`)}, "enterprise.size_facts.revenue"},
	// Rates in [0, 1), shares in [0, 1]: strings of the same form.
	{"rate", "exactly 1", []edit{set("loan.annual_rate", `"1"`)}, "loan.annual_rate"},
	{"rate", "1.0000", []edit{set("loan.annual_rate", `"1.0000"`)}, "loan.annual_rate"},
	{"rate", "6, a percentage", []edit{set("loan.annual_rate", `"6"`)}, "loan.annual_rate"},
	{"rate", "below 0", []edit{set("loan.lender_average_rate", `"-0.0001"`)}, "loan.lender_average_rate"},
	{"rate", "a percent sign", []edit{set("loan.annual_rate", `"6%"`)}, "loan.annual_rate"},
	{"rate", "41 decimals", []edit{set("loan.annual_rate", `"0.`+strings.Repeat("1", 41)+`"`)}, "loan.annual_rate"},
	{"share", "one hundredth past 1", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"1.01"}]}`)}, "default.loss_shares[0].share"},
	{"share", "below 0", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"-0.1"}]}`)}, "default.loss_shares[0].share"},
	{"share", "2", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"2"}]}`)}, "default.loss_shares[0].share"},
	{"share", "41 decimals", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"0.`+strings.Repeat("1", 41)+`"}]}`)}, "default.loss_shares[0].share"},
	{"share", "1 after 40 zeros", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"`+strings.Repeat("0", 40)+`1"}]}`)}, "default.loss_shares[0].share"},

	// Dates: YYYY-MM-DD naming a real day.
	{"date", "month without its zero", []edit{set("as_of", `"2016-6-30"`)}, "as_of"},
	{"date", "with a time", []edit{set("as_of", `"2016-06-30T00:00:00"`)}, "as_of"},
	{"date", "day first", []edit{set("as_of", `"30-06-2016"`)}, "as_of"},
	{"date", "slashes", []edit{set("as_of", `"2016/06/30"`)}, "as_of"},
	{"date", "empty", []edit{set("loan.start_date", `""`)}, "loan.start_date"},
	{"date", "30 February", []edit{set("rights[0].filing_date", `"2016-02-30"`)}, "rights[0].filing_date"},
	{"date", "29 February of a common year (2015)", []edit{set("rights[0].filing_date", `"2015-02-29"`)}, "rights[0].filing_date"},
	{"date", "29 February 1900: divisible by 100, not by 400", []edit{set("rights[0].filing_date", `"1900-02-29"`)}, "rights[0].filing_date"},
	{"date", "31 April", []edit{set("loan.terminated", `"2017-04-31"`)}, "loan.terminated"},
	{"date", "month 13", []edit{set("as_of", `"2016-13-01"`)}, "as_of"},
	{"date", "day 0", []edit{set("as_of", `"2016-06-00"`)}, "as_of"},
	{"date", "year 0", []edit{set("as_of", `"0000-06-30"`)}, "as_of"},
	{"date", "a five-digit year", []edit{set("as_of", `"20160-06-30"`)}, "as_of"},

	// Unknown keys, anywhere; keys are case-sensitive.
	{"unknown key", "at the top", []edit{set("notes", `"x"`)}, "notes"},
	{"unknown key", "case-sensitive", []edit{set("As_Of", `"2016-06-30"`)}, "As_Of"},
	{"unknown key", "in a use", []edit{set("loan.uses", `[{"purpose":"rd","amount":"1.00","note":1}]`)}, "loan.uses[0].note"},
	{"unknown key", "in size_facts", []edit{set("enterprise.size_facts", `{"staff":{"n":3}}`)}, "enterprise.size_facts.staff"},
	{"unknown key", "in a right", []edit{set("rights", `[{"kind":"invention","expires":"2033-02-28"}]`)}, "rights[0].expires"},
	{"unknown key", "$schema is no key of the case", []edit{set("$schema", `"case.schema.json"`)}, "$schema"},
	{"unknown key", "in registration", []edit{set("loan.registration", `{"filed":"2016-01-15","agency":"重庆代办处"}`)}, "loan.registration.agency"},

	// Counts at least 0; supplement_days at least 1 (a period of no days is no deadline).
	{"minimum", "negative employees", []edit{set("enterprise.size_facts", `{"employees":-1}`)}, "enterprise.size_facts.employees"},
	{"minimum", "negative term compensation", []edit{set("rights[0].term_compensation_days", `-1`)}, "rights[0].term_compensation_days"},
	{"minimum", "negative fee years", []edit{set("rights[0].annual_fees_paid_through_year", `-4`)}, "rights[0].annual_fees_paid_through_year"},
	{"minimum", "fees paid through year 0 (I-29)", []edit{set("rights[0].annual_fees_paid_through_year", `0`)}, "rights[0].annual_fees_paid_through_year"},
	{"minimum", "negative copies", []edit{set("application", `{"kind":"fee_subsidy","copies":-2}`)}, "application.copies"},
	{"minimum", "a supplement period of no days", []edit{set("application", `{"kind":"fee_subsidy","supplement_days":0}`)}, "application.supplement_days"},
	{"type", "half a person (not an integer)", []edit{set("enterprise.size_facts", `{"employees":1.5}`)}, "enterprise.size_facts.employees"},
	{"maximum", "past the library's int", []edit{set("rights[0].term_compensation_days", `9223372036854775808`)}, "rights[0].term_compensation_days"},

	// Limits (docs/case-format.md, "Limits"): a list past its cq:"max=N" tag; a text past 1,024 characters,
	// and so past the library's 1,024 bytes (a text of 1,024 characters or fewer, but more bytes, is the
	// library's alone: TestBeyondSchema).
	{"maxItems", "1,001 rights", []edit{set("rights", jsonList(`{"kind":"invention"}`, 1001))}, "rights"},
	{"maxItems", "101 holders of a right", []edit{set("rights[0].holders", jsonList(`"某公司"`, 101))}, "rights[0].holders"},
	{"maxItems", "10,001 unpledged rights", []edit{set("unpledged_rights", jsonList(`{}`, 10001))}, "unpledged_rights"},
	{"maxItems", "101 materials", []edit{set("application", `{"kind":"fee_subsidy","materials":`+jsonList(`"application_form"`, 101)+`}`)}, "application.materials"},
	{"maxLength", "a name of 1,025 ASCII characters", []edit{set("enterprise.name", `"`+strings.Repeat("x", 1025)+`"`)}, "enterprise.name"},
	{"maxLength", "a holder of 1,025 ASCII characters", []edit{set("rights[0].holders", `["`+strings.Repeat("x", 1025)+`"]`)}, "rights[0].holders[0]"},
	{"maxLength", "a sanction's body of 1,025 characters", []edit{set("sanctions", `[{"body":"`+strings.Repeat("x", 1025)+`","decided":"2016-05-06","ground":"fraud"}]`)}, "sanctions[0].body"},

	// Identifiers: the shape of a credit code (its check character is the library's alone).
	{"pattern", "a credit code in lower case", []edit{set("enterprise.credit_code", `"91500108203456788c"`)}, "enterprise.credit_code"},
	{"pattern", "a credit code of 17 characters", []edit{set("enterprise.credit_code", `"91500108203456788"`)}, "enterprise.credit_code"},
	{"pattern", "a credit code with the letter O", []edit{set("enterprise.credit_code", `"9150010820345678O"`), set("enterprise.accept_credit_code", `true`)}, "enterprise.credit_code"},
	{"pattern", "letters in the region code", []edit{set("enterprise.credit_code", `"9150A108203456788C"`), set("enterprise.accept_credit_code", `true`)}, "enterprise.credit_code"},
}

// jsonList is a JSON array of n copies of the JSON value item.
func jsonList(item string, n int) string {
	return "[" + strings.TrimSuffix(strings.Repeat(item+",", n), ",") + "]"
}

// TestBadInputBothReject: each row's case is refused by the library and by the schema (format
// annotated, and asserted), both naming the row's key. The key is the only one at fault: the library
// names no other.
func TestBadInputBothReject(t *testing.T) {
	s := mustSchemas(t)
	classes := map[string]int{}
	for _, row := range badInputRows {
		t.Run(row.class+"/"+row.name, func(t *testing.T) {
			data := caseWith(t, row.edits...)
			if row.key == pledge.RootField {
				data = []byte(`[` + minimalCase + `]`)
			}
			dec := decoderPaths(t, data)
			assert.Equal(t, []string{row.key}, dec, "the library's errors\n%s", data)
			assert.Contains(t, schemaPaths(t, s.caseSchema, data), row.key, "the schema's errors\n%s", data)
			assert.Contains(t, schemaPaths(t, s.caseFormat, data), row.key, "the schema's errors, format asserted\n%s", data)
			classes[row.class]++
		})
	}
	for _, c := range []string{"type", "required", "enum", "money", "rate", "share", "date", "unknown key", "minimum", "maximum", "maxItems", "maxLength", "pattern"} {
		assert.Positive(t, classes[c], "no row for the class %s", c)
	}
}

// TestBadInputRowsStartValid: the smallest case, which every row edits, is valid to both, so that a row
// refused is refused for its edit.
func TestBadInputRowsStartValid(t *testing.T) {
	s := mustSchemas(t)
	data := caseWith(t)
	assert.Empty(t, decoderPaths(t, data))
	assert.Empty(t, schemaPaths(t, s.caseSchema, data))
	assert.Empty(t, schemaPaths(t, s.caseFormat, data))
	assert.JSONEq(t, minimalCase, string(data))
}

// beyondSchemaRows are rules the library applies that a schema cannot express (rules between keys, sums,
// check characters): the library refuses each case, the schema accepts it. They are what the schema's
// descriptions say the library checks beyond it; a row that the schema starts refusing is welcome news
// and moves to badInputRows.
var beyondSchemaRows = []struct {
	name  string
	edits []edit
	key   string
}{
	{"maturity before signing", []edit{set("loan.maturity_date", `"2016-01-04"`)}, "loan.maturity_date"},
	{"start before signing", []edit{set("loan.start_date", `"2016-01-04"`)}, "loan.start_date"},
	{"change filed before the change", []edit{set("loan.changes", `[{"changed":"2016-05-03","filed":"2016-05-02"}]`)}, "loan.changes[0].filed"},
	{"uses past the loan amount (I-10)", []edit{set("loan.uses", `[{"purpose":"rd","amount":"3000000.00"},{"purpose":"funds","amount":"2000000.01"}]`)}, "loan.uses"},
	{"shares past 1 (I-15)", []edit{set("default", `{"outstanding_principal":"1.00","loss_shares":[{"bearer":"lender","share":"0.5"},{"bearer":"insurer","share":"0.51"}]}`)}, "default.loss_shares"},
	{"applied past the proceeds (Art. 5(4))", []edit{set("loan.transfers", `[{"proceeds":"200000.00","applied_to_loan":"200000.01"}]`)}, "loan.transfers[0].applied_to_loan"},
	{"supplemented before submission", []edit{set("application", `{"kind":"fee_subsidy","submitted":"2016-03-01","supplemented":"2016-02-29"}`)}, "application.supplemented"},
	{"a credit code's check character", []edit{set("enterprise.credit_code", `"91500108203456788D"`)}, "enterprise.credit_code"},
	{"a patent number's check character", []edit{set("rights[0].number", `"201310123456.3"`)}, "rights[0].number"},
	{"a patent number's type digit against kind", []edit{set("rights[0].number", `"200720123456.2"`)}, "rights[0].number"},
	{"filed before the Patent Law (I-6)", []edit{set("rights[0].filing_date", `"1985-03-31"`)}, "rights[0].filing_date"},
	{"filed after the contract (I-22)", []edit{set("rights[0].filing_date", `"2016-01-06"`)}, "rights[0].filing_date"},
	{"term compensation for a utility model (I-6)", []edit{set("rights[0].kind", `"utility_model"`), set("rights[0].filing_date", `"2014-03-10"`), set("rights[0].term_compensation_days", `10`)}, "rights[0].term_compensation_days"},
	{"fees paid past the term (I-29)", []edit{set("rights[0].filing_date", `"2010-03-10"`), set("rights[0].annual_fees_paid_through_year", `21`)}, "rights[0].annual_fees_paid_through_year"},
	{"a count written 2.0", []edit{set("application", `{"kind":"fee_subsidy","copies":2.0}`)}, "application.copies"},
	// A text's limit is 1,024 bytes of UTF-8; maxLength counts characters: 342 Chinese characters are 1,026
	// bytes, and a text of 1,024 characters whose bytes are more passes the schema.
	{"a name of 342 Chinese characters, 1,026 bytes", []edit{set("enterprise.name", `"`+strings.Repeat("银", 342)+`"`)}, "enterprise.name"},
	{"a lender of 1,024 characters, 1,026 bytes", []edit{set("loan.lender", `"`+strings.Repeat("x", 1023)+`银"`)}, "loan.lender"},
	{"a count written 1e2", []edit{set("application", `{"kind":"fee_subsidy","copies":1e2}`)}, "application.copies"},
	{"a key given twice", nil, "as_of"}, // written below: encoding/json cannot write it
}

func TestBeyondSchema(t *testing.T) {
	s := mustSchemas(t)
	for _, row := range beyondSchemaRows {
		t.Run(row.name, func(t *testing.T) {
			data := caseWith(t, row.edits...)
			if row.edits == nil {
				data = []byte(`{"as_of":"2016-06-30",` + strings.TrimPrefix(minimalCase, "{"))
			}
			assert.Equal(t, []string{row.key}, decoderPaths(t, data), "%s", data)
			assert.Empty(t, schemaPaths(t, s.caseFormat, data), "%s", data)
		})
	}
}

// TestFormatAgreesWithPattern: a date the pattern accepts the "date" format accepts too, and the other
// way round, on every day number 00–32 of every month 00–13 of years chosen for their leap rules (0000,
// 0004, 0100, 0400, 1900, 2000, 2015, 2016, 2100, 2400, 9996, 9999); and both agree with the library.
func TestFormatAgreesWithPattern(t *testing.T) {
	t.Parallel() // the slowest tests of the package run beside each other
	s := mustSchemas(t)
	n := 0
	for _, y := range []string{"0000", "0004", "0100", "0400", "1900", "2000", "2015", "2016", "2100", "2400", "9996", "9999"} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				date := fmt.Sprintf("%s-%02d-%02d", y, m, d)
				data := caseWith(t, set("as_of", strconv.Quote(date))) // a date with no rule between keys
				library := len(decoderPaths(t, data)) == 0
				pattern := len(schemaPaths(t, s.caseSchema, data)) == 0
				format := len(schemaPaths(t, s.caseFormat, data)) == 0
				if library != pattern || library != format {
					t.Errorf("%s: library %v, pattern %v, pattern and format %v", date, library, pattern, format)
				}
				if library {
					n++
				}
			}
		}
	}
	// Days: 11 years × 365 (0000 is no year: the library's years start at 1), and one more in each leap
	// year, 0004, 0400, 2000, 2016, 2400 and 9996 (0100, 1900, 2100: divisible by 100, not by 400).
	assert.Equal(t, 11*365+6, n)
}

// TestLimitsAtTheEdge: a case at the limits — the most elements of each list tried above, a text of 1,024
// ASCII characters and one of 1,024 bytes in Chinese — is read by the library and accepted by the schema:
// the limits in the schema are the library's, not a step below them.
func TestLimitsAtTheEdge(t *testing.T) {
	s := mustSchemas(t)
	data := caseWith(t,
		set("rights", jsonList(`{"kind":"invention","holders":`+jsonList(`"某公司"`, 100)+`}`, 1000)),
		set("unpledged_rights", jsonList(`{}`, 10000)),
		set("application", `{"kind":"fee_subsidy","materials":`+jsonList(`"application_form"`, 100)+`}`),
		set("enterprise.name", `"`+strings.Repeat("x", pledge.MaxTextBytes)+`"`),
		set("loan.lender", `"`+strings.Repeat("银", pledge.MaxTextBytes/3)+`x"`), // 341 × 3 + 1 bytes
	)
	assert.Empty(t, decoderPaths(t, data))
	assert.Empty(t, schemaPaths(t, s.caseSchema, data))
	assert.Empty(t, schemaPaths(t, s.caseFormat, data))
}
