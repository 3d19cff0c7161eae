package pledge

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClip: an error repeats a value of up to maxValue (128) bytes whole; a longer one is cut to at most
// 128 bytes, at the start of a character, and marked with "…". Counted by hand: 127 ASCII bytes and 中
// (3 bytes) make 130; byte 128 falls inside 中, so the cut is before it, at 127.
func TestClip(t *testing.T) {
	x128 := strings.Repeat("x", 128)
	assert.Equal(t, x128, clip(x128), "exactly 128 bytes: whole")
	assert.Equal(t, x128+"…", clip(x128+"y"), "129 bytes: the first 128")
	assert.Equal(t, strings.Repeat("x", 127)+"…", clip(strings.Repeat("x", 127)+"中"), "not inside a character")
	assert.Equal(t, "", clip(""))
	// Bytes that start no character (invalid UTF-8, reported as ErrUTF8): the search for a character's
	// start goes back at most utf8.UTFMax bytes, to 124, then cuts there.
	cont := strings.Repeat("\x80", 200)
	assert.Equal(t, cont[:124]+"…", clip(cont))
}

func TestEnumTextPastTheTable(t *testing.T) {
	names := []string{"", "a", "b"}
	assert.Equal(t, "b", enumText(names, 2), "the last name")
	assert.Equal(t, "", enumText(names, 3), "the first value past the table")
	assert.Equal(t, "", enumText(names, 255))
}
