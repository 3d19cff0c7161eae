package pledge_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// largestCase is a valid case file of close to MaxCaseBytes with every list at its limit: 1,000 rights
// with every key given and as many holders each as the bytes left allow, 10,000 unpledged rights, 1,000
// sanctions, changes and transfers, 100 uses, providers, loss shares and materials. It is the largest
// case the library reads, the one whose memory issue 10 asks to measure.
func largestCase(t testing.TB) []byte {
	c := wantFull()
	full := c.Rights[0]
	c.Rights = nil
	c.UnpledgedRights = nil
	for i := range 10_000 {
		c.UnpledgedRights = append(c.UnpledgedRights, pledge.UnpledgedRight{Number: "U" + strconv.Itoa(i), Family: "F1"})
	}
	for range 1000 {
		c.Sanctions = append(c.Sanctions, c.Sanctions[0])
		c.Loan.Changes = append(c.Loan.Changes, c.Loan.Changes[0])
		c.Loan.Transfers = append(c.Loan.Transfers, pledge.Transfer{Date: day("2016-04-01"), PledgeeConsent: pledge.Yes})
	}
	c.Sanctions, c.Loan.Changes, c.Loan.Transfers = c.Sanctions[1:], c.Loan.Changes[1:], c.Loan.Transfers[1:]
	provider := c.Loan.Providers[0]
	c.Loan.Uses = nil
	c.Loan.Providers = nil
	c.Application.Materials = nil
	for range 100 {
		c.Loan.Uses = append(c.Loan.Uses, pledge.Use{Purpose: pledge.RD, Amount: dec("50000.00")})
		c.Loan.Providers = append(c.Loan.Providers, provider)
		c.Application.Materials = append(c.Application.Materials, pledge.ApplicationForm)
	}
	c.Default.LossShares = nil
	for range 100 {
		c.Default.LossShares = append(c.Default.LossShares, pledge.LossShare{Bearer: pledge.LenderBearer, Name: "某银行", Share: dec("0.01")})
	}
	// Fill the rest with holders, as many to each right as fit.
	c.Rights = make([]pledge.Right, 1000)
	for i := range c.Rights {
		c.Rights[i] = full
		c.Rights[i].Number = ""
	}
	base, err := c.MarshalJSON()
	require.NoError(t, err)
	holder := `"重庆某科技有限公司第0000号",` // 38 bytes in JSON
	perRight := min(100, (pledge.MaxCaseBytes-len(base))/1000/len(holder))
	for i := range c.Rights {
		c.Rights[i].Holders = nil
		for h := range perRight {
			c.Rights[i].Holders = append(c.Rights[i].Holders, fmt.Sprintf("重庆某科技有限公司第%04d号", h))
		}
	}
	data, err := c.MarshalJSON()
	require.NoError(t, err)
	require.LessOrEqual(t, len(data), pledge.MaxCaseBytes)
	return data
}

// TestLargestCase: the largest case within the limits is read by both readers (the walker, where a key
// given twice at its end sends it there), and each allocates a bounded multiple of its size; its peak
// resident memory, measured in a process of its own, is reported and bounded. Hostile files of the same
// size — a million elements in one list, two million numbers under an unknown key — are refused with the
// memory bounded too.
func TestLargestCase(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 4 MiB case")
	}
	data := largestCase(t)
	t.Logf("largest case: %d bytes (MaxCaseBytes %d)", len(data), pledge.MaxCaseBytes)
	require.Greater(t, len(data), pledge.MaxCaseBytes*9/10)
	c, err := pledge.DecodeCase(data)
	require.NoError(t, err)
	assert.Len(t, c.Rights, 1000)
	assert.Len(t, c.UnpledgedRights, 10_000)

	twice := concat(bytes.TrimSuffix(data, []byte("}")), []byte(`,"id":"a","id":"b"}`))
	inputs := []struct {
		name  string
		in    []byte
		bound float64 // bytes allocated, at most this many times the input's size
	}{
		{"the fast path", data, 12},
		{"the walker", twice, 12},
		{"a million elements in one list", []byte(`{"rights":[` + strings.Repeat(`{},`, 1_398_000) + `{}]}`), 1},
		// Read past token by token, for the keys given twice and the depth inside; the tokens are garbage
		// at once, and the peak memory stays low.
		{"two million numbers under an unknown key", []byte(`{"x":[` + strings.Repeat(`1,`, 2_000_000) + `1]}`), 64},
	}
	dir := t.TempDir()
	for i, tc := range inputs {
		t.Run(tc.name, func(t *testing.T) {
			require.LessOrEqual(t, len(tc.in), pledge.MaxCaseBytes)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			pledge.DecodeCase(tc.in)
			runtime.ReadMemStats(&after)
			allocated := int64(after.TotalAlloc - before.TotalAlloc)
			t.Logf("%s: %d bytes in, %d bytes allocated (%.1f×)", tc.name, len(tc.in), allocated,
				float64(allocated)/float64(len(tc.in)))
			bound := tc.bound
			if raceEnabled {
				bound *= 2
			}
			assert.LessOrEqual(t, float64(allocated), bound*float64(len(tc.in)))

			// Peak RSS, in a process of its own: the same test binary, told to read the file and stop, or
			// to read and decode it.
			path := filepath.Join(dir, strconv.Itoa(i)+".json")
			require.NoError(t, os.WriteFile(path, tc.in, 0o644))
			read, decoded := peakRSS(t, path, false), peakRSS(t, path, true)
			t.Logf("%s: peak RSS %d KiB reading the %d KiB file, %d KiB reading and decoding it (%d KiB more)",
				tc.name, read, len(tc.in)/1024, decoded, decoded-read)
			assert.Less(t, decoded-read, int64(64<<10), "decoding needs less than 64 MiB more")
		})
	}
}

// peakRSS runs TestLargestCaseChild on the file at path and returns its peak resident memory, in KiB.
func peakRSS(t *testing.T, path string, decode bool) int64 {
	cmd := exec.Command(os.Args[0], "-test.run", "^TestLargestCaseChild$")
	cmd.Env = append(os.Environ(), "CQPLEDGE_LARGEST="+path, "CQPLEDGE_DECODE="+strconv.FormatBool(decode))
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	at := bytes.Index(out, []byte("maxrss-kb "))
	require.GreaterOrEqual(t, at, 0, "%s", out)
	var kb int64
	_, err = fmt.Sscanf(string(out[at:]), "maxrss-kb %d", &kb)
	require.NoError(t, err, "%s", out)
	return kb
}

// TestLargestCaseChild is TestLargestCase's measuring process; it does nothing in a test run.
func TestLargestCaseChild(t *testing.T) {
	path := os.Getenv("CQPLEDGE_LARGEST")
	if path == "" {
		t.Skip("run by TestLargestCase")
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	if os.Getenv("CQPLEDGE_DECODE") == "true" {
		pledge.DecodeCase(data) // a case, or every problem with it
	}
	// VmHWM, the peak resident set of this process's memory since it began (ru_maxrss would count the
	// parent's memory, which an exec'd child inherits in it).
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status to read the peak resident memory from")
	}
	for _, line := range strings.Split(string(status), "\n") {
		if kb, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			fmt.Printf("maxrss-kb %s\n", strings.TrimSpace(strings.TrimSuffix(kb, "kB")))
		}
	}
}
