package sentiment

import (
	"strings"
	"testing"
)

func FuzzScore(f *testing.F) {
	for _, s := range []string{"", "I was diagnosed with heart disease.", "no no no not never but but",
		"kind of least at least", "\xff\xfe😀👎", strings.Repeat("great! ", 200), "Nothing.", "No,",
		"GREAT service but TERRIBLE food!!!???", "tested negative", "could have been more"} {
		f.Add(s, 0.0)
		f.Add(s, 4.0)
	}
	f.Fuzz(func(t *testing.T, s string, r float64) {
		var rating *float64
		if r != 0 {
			rating = &r
		}
		sc := New().Score(s, rating)
		if !(sc.Compound >= -1 && sc.Compound <= 1) {
			t.Fatalf("compound %v out of [-1, 1] for %q", sc.Compound, s)
		}
		switch sc.Label {
		case Positive, Neutral, Negative, Mixed:
		default:
			t.Fatalf("label %q for %q", sc.Label, s)
		}
		p := Reference().PolarityScores(s)
		if !(p.Compound >= -1 && p.Compound <= 1) {
			t.Fatalf("reference compound %v for %q", p.Compound, s)
		}
	})
}

func BenchmarkScore(b *testing.B) {
	text := "The receptionist was rude and the doctor never listened. I waited 3 hours in the ER with my daughter. The nurses were lovely though."
	a := New()
	for b.Loop() {
		a.Score(text, nil)
	}
}

func BenchmarkScoreAdversarial(b *testing.B) {
	for _, size := range []int{1 << 10, 1 << 14, 1 << 18} {
		unit := "not so very good but never bad!!! "
		text := strings.Repeat(unit, size/len(unit)+1)[:size]
		b.Run(itoa(size), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				New().Score(text, nil)
			}
		})
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
