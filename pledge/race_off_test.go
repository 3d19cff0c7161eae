//go:build !race

package pledge_test

// raceEnabled: built with -race (race_on_test.go).
const raceEnabled = false
