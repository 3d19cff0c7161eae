package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seen is a line as a test compares it.
type seen struct {
	N       int
	Text    string
	Size    int64
	TooLong bool
}

func collect(t *testing.T, r io.Reader, max int) ([]seen, error) {
	t.Helper()
	var out []seen
	err := Each(r, max, func(l Line) error {
		if l.TooLong {
			require.Nil(t, l.Bytes, "a line past the bound is not held")
		}
		out = append(out, seen{l.N, string(l.Bytes), l.Size, l.TooLong})
		return nil
	})
	return out, err
}

// oracle is Each written the plain way, on the whole input at once: split at '\n'; a line's end is the
// '\n' and a '\r' before it; a piece after the last '\n' is a line when it is not empty.
func oracle(in string, max int) []seen {
	var out []seen
	pieces := strings.Split(in, "\n")
	for i, p := range pieces {
		ended := i < len(pieces)-1
		if !ended && p == "" {
			break
		}
		if ended {
			p = strings.TrimSuffix(p, "\r")
		}
		s := seen{N: i + 1, Size: int64(len(p)), TooLong: len(p) > max}
		if !s.TooLong {
			s.Text = string(bytes.TrimSpace([]byte(p)))
			if s.Text == "" {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

func TestEach(t *testing.T) {
	// max 5 in every row; sizes are counted by hand, without the line's end.
	tests := []struct {
		name, in string
		want     []seen
	}{
		{"empty input", "", nil},
		{"one line, no newline", "{}", []seen{{1, "{}", 2, false}}},
		{"blank lines count, and are not passed", "\n  \n{}\n", []seen{{3, "{}", 2, false}}},
		{"CRLF ends a line; white space trimmed", " {} \r\n", []seen{{1, "{}", 4, false}}},
		{"exactly the bound (5 bytes)", "12345\n", []seen{{1, "12345", 5, false}}},
		{"exactly the bound with CRLF: the \\r is the end", "12345\r\n", []seen{{1, "12345", 5, false}}},
		{"one past the bound (6 bytes)", "123456\n{}\n", []seen{{1, "", 6, true}, {2, "{}", 2, false}}},
		{"one past the bound, last line with no newline", "{}\n123456", []seen{{1, "{}", 2, false}, {2, "", 6, true}}},
		{"a \\r not before the newline is content", "1234\r5\n", []seen{{1, "", 6, true}}},
		{"spaces alone past the bound: a long line, not a blank one", "      \n", []seen{{1, "", 6, true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, size := range []int{16, 4096} { // 16: bufio's smallest buffer, so lines come in pieces
				got, err := collect(t, bufio.NewReaderSize(strings.NewReader(tc.in), size), 5)
				require.NoError(t, err)
				assert.Equal(t, tc.want, got, "buffer %d", size)
				assert.Equal(t, oracle(tc.in, 5), got, "the oracle")
			}
		})
	}
}

// A line of 40 bytes read through bufio's 16-byte buffer comes in three pieces: held up to the bound,
// then read past; the lines on either side are read as usual.
func TestEachLongLineInPieces(t *testing.T) {
	in := "{\"a\":1}\n" + strings.Repeat("x", 40) + "\r\n{\"b\":2}\n"
	got, err := collect(t, bufio.NewReaderSize(strings.NewReader(in), 16), 20)
	require.NoError(t, err)
	assert.Equal(t, []seen{{1, `{"a":1}`, 7, false}, {2, "", 40, true}, {3, `{"b":2}`, 7, false}}, got)
}

func TestEachErrors(t *testing.T) {
	// A read error is the input's, with the line it broke off in; the lines before it were passed.
	broken := io.MultiReader(strings.NewReader("{}\n{\"a\""), iotest.ErrReader(errors.New("disk on fire")))
	got, err := collect(t, broken, 100)
	var re *ReadError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 2, re.Line)
	assert.EqualError(t, err, "line 2: disk on fire")
	assert.Equal(t, []seen{{1, "{}", 2, false}}, got)

	// fn's error stops the reading and comes back as it is.
	stop := errors.New("stop")
	calls := 0
	err = Each(strings.NewReader("{}\n{}\n{}\n"), 100, func(Line) error { calls++; return stop })
	assert.Same(t, stop, err)
	assert.Equal(t, 1, calls)
}

func TestTooLong(t *testing.T) {
	err := TooLong(Line{N: 7, Size: MaxLine + 16, TooLong: true})
	var ie *pledge.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, pledge.RootField, ie.Field)
	assert.Equal(t, "67108880", ie.Value) // 64 × 1,048,576 + 16
	assert.ErrorIs(t, err, ErrTooLong)
	assert.Equal(t, "(case)：\"67108880\"：该行超过 67108864 字节：已跳过，未作为案件读取", ie.Message(pledge.Chinese))
	assert.Equal(t, `(case): "67108880": a line longer than 67108864 bytes: read past, not read as a case`, ie.Message(pledge.English))
}

// FuzzEach holds Each to the oracle on any input, through a 16-byte buffer and bounds from 0 to 63.
func FuzzEach(f *testing.F) {
	for _, s := range []string{"", "{}\n", "a\r\nb", "\r\r\n\n", "123456\n{}", strings.Repeat("x", 40) + "\r\n"} {
		f.Add(s, uint8(5))
	}
	f.Fuzz(func(t *testing.T, in string, max uint8) {
		m := int(max % 64)
		got, err := collect(t, bufio.NewReaderSize(strings.NewReader(in), 16), m)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(in, m); !slices.Equal(want, got) {
			t.Fatalf("Each %+v, oracle %+v", got, want)
		}
	})
}
