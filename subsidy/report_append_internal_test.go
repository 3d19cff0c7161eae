package subsidy

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

// twinAndOracle writes r with the fast writer (appendReport) and with encoding/json (the oracle).
func twinAndOracle(t testing.TB, r Report, lang pledge.Lang, compact bool) (twin, oracle string) {
	t.Helper()
	var tb, ob bytes.Buffer
	te, oe := NewEncoder(&tb, lang), NewEncoder(&ob, lang)
	te.SetCompact(compact)
	oe.SetCompact(compact)
	require.NoError(t, te.Encode(r))
	o := oe.report(r)
	require.NoError(t, oe.encodeOracle(&o))
	return tb.String(), ob.String()
}

// TestEncoderTwin holds the fast writer to encoding/json, byte for byte, on every golden case in both
// languages and both forms, and on strings that need every kind of escape.
func TestEncoderTwin(t *testing.T) {
	paths, err := filepath.Glob("../testdata/cases/*.json")
	require.NoError(t, err)
	var reports []Report
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden.json") || strings.HasSuffix(p, "articles.json") {
			continue
		}
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		c, err := pledge.DecodeCase(data)
		require.NoError(t, err, p)
		r, err := Evaluate(c, Default2015(), deadlines.China())
		require.NoError(t, err, p)
		reports = append(reports, r)
	}
	require.NotEmpty(t, reports)
	hostile := reports[0]
	hostile.ID = "id \"quoted\" \\ back\b\f\n\r\t\x01\x1f\x7f \u2028\u2029 \ufffd 中文 <&>"
	hostile.Findings = append([]pledge.Finding{{Ref: pledge.Art(2), Outcome: pledge.Info, Subject: "bad \xff\xfe utf-8 \xe2\x80",
		Code: "x", Zh: "\xe2\x80\xa8 line sep and \xe2\x80 cut", En: "tab\there"}}, hostile.Findings...)
	hostile.Errors = []error{&pledge.InputError{Field: "x", Value: "\x00", Err: pledge.ErrMissing}}
	hostile.FeeSubsidy = &FeeSubsidyReport{Outcome: pledge.Undetermined, Cap: decimal.RequireFromString("1e30"),
		Providers: []Part{{Name: "\"", Amount: decimal.NewNullDecimal(decimal.RequireFromString("-0.5"))}}}
	reports = append(reports, hostile, Report{})
	for i, r := range reports {
		for _, lang := range []pledge.Lang{pledge.Chinese, pledge.English} {
			for _, compact := range []bool{false, true} {
				twin, oracle := twinAndOracle(t, r, lang, compact)
				require.Equal(t, oracle, twin, "report %d, lang %d, compact %v", i, lang, compact)
			}
		}
	}
}

// FuzzEncoderTwin holds the fast writer to encoding/json on any text in the report's strings.
func FuzzEncoderTwin(f *testing.F) {
	for _, s := range []string{"", "plain", "中文，带标点。", "\"\\\b\f\n\r\t\x00\x1f", "\u2028\u2029", "\xff\xe2\x80", "\ufffd"} {
		f.Add(s, s+"x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		r := Report{ID: a, Outcome: pledge.Undetermined,
			Findings:         []pledge.Finding{{Ref: pledge.ArtItem(4, 3), Outcome: pledge.Unknown, Subject: a, Code: b, Zh: a + b, En: b + a}},
			Rights:           []RightProtection{{Number: b}},
			Errors:           []error{&pledge.InputError{Field: a, Value: b, Err: pledge.ErrMissing}},
			RiskCompensation: &RiskCompensationReport{Bearers: []Part{{Name: a}}, Steps: []Step{{Zh: a, En: b}}},
			Application:      &ApplicationReview{Outcome: ApplicationIncomplete},
			Rules:            Rules{Module: a, Version: b, Policy: Policy{Name: a}}}
		for _, compact := range []bool{false, true} {
			twin, oracle := twinAndOracle(t, r, pledge.Chinese, compact)
			if twin != oracle {
				t.Fatalf("twin %q\noracle %q", twin, oracle)
			}
		}
	})
}

// BenchmarkEndToEnd is what a JSON Lines run pays per case: decode the case (pledge.DecodeCase), evaluate
// it, write its report; once over every case file of testdata/cases, so one op is the whole mix. "twin"
// writes with appendReport, as Encoder.Encode does; "oracle" with encoding/json, as it would without the
// twin. The twin is kept only while it saves more than 10% of a case's end-to-end cost (issue 9): compare
// the two ns/op (and CPU time) in one run, several rounds.
func BenchmarkEndToEnd(b *testing.B) {
	paths, err := filepath.Glob("../testdata/cases/*.json")
	if err != nil {
		b.Fatal(err)
	}
	var cases [][]byte
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden.json") || strings.HasSuffix(p, "articles.json") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		cases = append(cases, data)
	}
	p, cal := Default2015(), deadlines.China()
	for _, twin := range []bool{true, false} {
		name := "oracle"
		if twin {
			name = "twin"
		}
		b.Run(name, func(b *testing.B) {
			enc := NewEncoder(io.Discard, pledge.Chinese)
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range cases {
					c, err := pledge.DecodeCase(data)
					if err != nil {
						b.Fatal(err)
					}
					r, err := Evaluate(c, p, cal)
					if err != nil {
						b.Fatal(err)
					}
					if twin {
						err = enc.Encode(r)
					} else {
						o := enc.report(r)
						err = enc.encodeOracle(&o)
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(cases)), "ns/case")
		})
	}
}
