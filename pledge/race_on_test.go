//go:build race

package pledge_test

// raceEnabled: built with -race, whose instrumentation allocates more than the program does without it
// (TestLargestCase's bounds on bytes allocated are the ordinary build's, and are doubled under it).
const raceEnabled = true
