package sentiment

import (
	"math"
	"testing"
)

// TestOtherTreatmentsOnePass pins that the complaint about other medicines
// is damped once, whichever way they are named: "many other medications"
// is both a quantifier phrase and an "other ..." phrase, and was damped by
// two passes. Words about the reviewed medicine are not damped.
func TestOtherTreatmentsOnePass(t *testing.T) {
	a := New()
	for _, c := range []struct {
		text   string
		damped []string // the words whose complaint is damped
	}{
		{"I had tried many other medications that made me dizzy and sick.", []string{"dizzy", "sick"}},
		{"Every antidepressant before made me sick. This one made me dizzy.", []string{"sick"}},
		{"I tried them all. They made me sick.", []string{"sick"}},
		{"The generic made me sick, but this one made me dizzy.", []string{"sick"}},
	} {
		text := c.text
		tk := a.v.tokenize(text)
		markBoundaries(&tk, text)
		d := newDoc(tk)
		d.medication = true
		s := make([]float64, len(d.norm))
		for i := range s {
			s[i] = -1
		}
		otherTreatments(d, s)
		want := map[string]bool{}
		for _, w := range c.damped {
			want[w] = true
		}
		for i, w := range d.norm {
			switch {
			case want[w] && math.Abs(s[i]+otherTreatmentDamp) > 1e-9:
				t.Errorf("%q: %q kept %.3f, want %.3f (damped once)", text, w, s[i], -otherTreatmentDamp)
			case (w == "dizzy" || w == "sick") && !want[w] && s[i] != -1:
				t.Errorf("%q: %q damped to %.3f, but it is about the reviewed medicine", text, w, s[i])
			}
		}
	}
}
