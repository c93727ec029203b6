package sentiment_test

import (
	"errors"
	"math"
	"testing"

	"github.com/bedsidehq/bedside/internal/analysis/evalset"
	"github.com/bedsidehq/bedside/internal/sentiment"
)

// TestVaderParity holds the port to the reference Python VADER 3.3.2 on all
// four ground-truth corpora (23,703 texts): compound within 5e-4 of the
// reference (which rounds to 4 decimals) on every line.
func TestVaderParity(t *testing.T) {
	dir, err := evalset.Dir()
	if errors.Is(err, evalset.ErrNoEvalData) {
		t.Skip("VADER reference scores not available: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	v := sentiment.Reference()
	for _, f := range evalset.VaderFiles {
		items, err := evalset.LoadVader(dir, f)
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		for _, it := range items {
			got := v.PolarityScores(it.Text).Compound
			if math.Abs(got-it.RefCompound) > 5e-4 {
				bad++
				if bad <= 5 {
					t.Errorf("%s %s: compound %.4f, reference %.4f: %q", f.Name, it.ID, got, it.RefCompound, it.Text)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d texts differ from the reference", f.Name, bad, len(items))
		}
		t.Logf("%s: %d texts, %d differ", f.Name, len(items), bad)
	}
}

// The two sentences from the issue: reference VADER reads disease words as
// sentiment.
func TestVaderReferenceQuirks(t *testing.T) {
	v := sentiment.Reference()
	if got := v.PolarityScores("I was diagnosed with heart disease.").Compound; math.Abs(got-0.6369) > 5e-4 {
		t.Errorf("heart disease: got %.4f, reference VADER gives about +0.64", got)
	}
	if got := v.PolarityScores("I waited 3 hours in the ER.").Compound; got != 0 {
		t.Errorf("waited: got %.4f, reference VADER gives 0", got)
	}
}
