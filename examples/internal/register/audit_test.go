package register

import (
	"bytes"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// editedTemplate writes the template in lang, lets edit change its cells, and reads it back.
func editedTemplate(t *testing.T, lang pledge.Lang, edit func(f *excelize.File)) []Item {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Template(&buf, lang))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	edit(f)
	buf.Reset()
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	reg, err := OpenXLSX(&buf)
	require.NoError(t, err)
	defer reg.Close()
	var items []Item
	require.NoError(t, reg.Each(func(it Item) error { items = append(items, it); return nil }))
	return items
}

// messages is every problem of it in lang.
func messages(it Item, lang pledge.Lang) []string {
	var out []string
	for _, p := range it.Problems {
		out = append(out, p.Message(lang))
	}
	return out
}

// A percentage belongs to a rate or share column only. In an amount column it was read as yuan: the
// template's fee 60000.00 overwritten with the text "60%" read as 0.60 yuan, and the case judged on it;
// "1.2%" was refused as having more than 2 places (0.012). Both are refused as a percentage in an amount,
// quoting the cell as written.
func TestPercentInAnAmountIsRefused(t *testing.T) {
	for _, in := range []string{"60%", "1.2%", "5 ％"} {
		items := editedTemplate(t, pledge.Chinese, func(f *excelize.File) {
			require.NoError(t, f.SetCellStr("担保保险机构", "D2", in))
		})
		require.Len(t, items, 1)
		it := items[0]
		assert.True(t, it.Refused(), in)
		assert.Equal(t, []string{`担保保险机构 第2行 收取费用（loan.providers[0].fee）："` + in + `"：应为金额（元），不能是百分比`}, messages(it, pledge.Chinese))
		assert.Equal(t, []string{`担保保险机构 row 2, column 收取费用 (loan.providers[0].fee): "` + in + `": an amount in yuan, not a percentage`}, messages(it, pledge.English))
		require.Len(t, it.Problems, 1)
		assert.ErrorIs(t, it.Problems[0], ErrPercentAmount)
	}
	// A rate column still reads a percentage: 6% is 0.06.
	c := &Sheets[0].Cols[slicesIndex(Sheets[0].Cols, "loan.annual_rate")]
	v, err := convert(c, "6%", false)
	require.NoError(t, err)
	assert.JSONEq(t, `"0.06"`, string(v))
}

func slicesIndex(cols []Column, key string) int {
	for i := range cols {
		if cols[i].Key == key {
			return i
		}
	}
	panic("no column " + key)
}
