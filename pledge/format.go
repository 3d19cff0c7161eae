package pledge

import "strings"

// Sentences writes a finding's two sentences, the Chinese one as the parts zh and the English one as the
// parts en, each part after the one before, into one string, and returns the two sentences as slices of
// it. It is the same as writing zh[0]+zh[1]+… and en[0]+en[1]+…, in one allocation where those two
// concatenations cost two: the rules write several dozen findings for every case a service evaluates.
func Sentences(zh, en []string) (string, string) {
	n := 0
	for _, s := range zh {
		n += len(s)
	}
	total := n
	for _, s := range en {
		total += len(s)
	}
	var b strings.Builder
	b.Grow(total)
	for _, s := range zh {
		b.WriteString(s)
	}
	for _, s := range en {
		b.WriteString(s)
	}
	both := b.String()
	return both[:n], both[n:]
}
