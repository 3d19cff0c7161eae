package text

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWide(t *testing.T) {
	// The oracle: Markus Kuhn's mk_wcwidth (wcwidth.c, 2007-05-26), which gives two columns to U+1100–115F,
	// U+2E80–A4CF except U+303F, U+AC00–D7A3, U+F900–FAFF, U+FE30–FE6F, U+FF00–FF60, U+FFE0–FFE6 and
	// U+20000–3FFFD, and to U+2329, U+232A and U+FE10–FE19. wide takes its ranges but stops the CJK
	// compatibility forms at U+FE4F and leaves out the last three (TestWideLeavesOut). Each range is tried
	// at its ends and one past them.
	tests := []struct {
		r    rune
		wide bool
	}{
		{0x10FF, false}, {0x1100, true}, {0x115F, true}, {0x1160, false}, // Hangul Jamo initial consonants
		{0x2E7F, false}, {0x2E80, true}, {0x303E, true}, {0x303F, false}, {0x3040, true}, {0xA4CF, true}, {0xA4D0, false},
		{0xABFF, false}, {0xAC00, true}, {0xD7A3, true}, {0xD7A4, false}, // Hangul syllables
		{0xF8FF, false}, {0xF900, true}, {0xFAFF, true}, {0xFB00, false}, // CJK compatibility ideographs
		{0xFE2F, false}, {0xFE30, true}, {0xFE4F, true}, // CJK compatibility forms
		{0xFEFF, false}, {0xFF00, true}, {0xFF60, true}, {0xFF61, false}, // full-width forms
		{0xFFDF, false}, {0xFFE0, true}, {0xFFE6, true}, {0xFFE7, false},
		{0x1FFFF, false}, {0x20000, true}, {0x3FFFD, true}, {0x3FFFE, false}, // planes 2 and 3
		{'A', false}, {'中', true}, {'，', true},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("U+%04X", tc.r), func(t *testing.T) {
			assert.Equal(t, tc.wide, wide(tc.r))
			want := 1
			if tc.wide {
				want = 2
			}
			assert.Equal(t, want, Width(string(tc.r)))
		})
	}
}

func TestWideLeavesOut(t *testing.T) {
	// Where wide is narrower than mk_wcwidth: U+2329 and U+232A (angle brackets), U+FE10–FE19 (vertical
	// forms) and U+FE50–FE6F (small form variants) count one column, though a terminal following Unicode's
	// East Asian Width gives them two. The reports' own words use none of them; a name that does is
	// aligned one column short per such character. Recorded here so that a change is a decision.
	for _, r := range []rune{0x2329, 0x232A, 0xFE10, 0xFE19, 0xFE50, 0xFE6F} {
		assert.False(t, wide(r), "U+%04X", r)
	}
}

func TestPadRight(t *testing.T) {
	assert.Equal(t, "中文  ", PadRight("中文", 6), "4 columns, 2 spaces")
	assert.Equal(t, "中文", PadRight("中文", 4), "already wide enough")
	assert.Equal(t, "中文", PadRight("中文", 3), "wider than asked: never cut")
	assert.Equal(t, "  中文", PadLeft("中文", 6), "4 columns, 2 spaces before")
	assert.Equal(t, "中文", PadLeft("中文", 3), "wider than asked: never cut")
}
