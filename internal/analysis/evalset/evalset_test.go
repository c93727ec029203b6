package evalset

import (
	"errors"
	"testing"
)

// TestLoadersMatchPublishedCounts guards the parsers: druglib must give the
// UCI counts despite its unquoted newlines, pxtextmining the documented rows.
func TestLoadersMatchPublishedCounts(t *testing.T) {
	dir, err := Dir()
	if errors.Is(err, ErrNoEvalData) {
		t.Skip("evaluation data not available: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		heldOut bool
		want    int
	}{{false, 3107}, {true, 1036}} {
		d, err := LoadDruglib(dir, c.heldOut)
		if err != nil {
			t.Fatal(err)
		}
		if len(d) != c.want {
			t.Errorf("druglib heldOut=%v: %d rows, want %d", c.heldOut, len(d), c.want)
		}
	}
	p1, err := LoadPhase1(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(p1) != 10334 {
		t.Errorf("phase1: %d rows, want 10334", len(p1))
	}
	v6, err := LoadV6(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(v6) != 7908 {
		t.Errorf("v6: %d rows, want 7908", len(v6))
	}
}
