package textmodel

import (
	"reflect"
	"testing"
)

func toyData() []Example {
	var exs []Example
	for i := 0; i < 40; i++ {
		exs = append(exs,
			Example{Feats: []string{"u:bill", "u:charged"}, Label: true},
			Example{Feats: []string{"u:bill", "u:paid", "u:thanks"}, Label: true},
			Example{Feats: []string{"u:nurse", "u:kind"}, Label: false},
			Example{Feats: []string{"u:parking", "u:thanks"}, Label: false},
		)
	}
	return exs
}

func TestTrainSeparates(t *testing.T) {
	m := Train(toyData(), DefaultParams)
	if p := m.Prob([]string{"u:charged", "u:bill"}); p < 0.9 {
		t.Errorf("P(billing | charged bill) = %.3f, want ≥ 0.9", p)
	}
	if p := m.Prob([]string{"u:nurse", "u:kind"}); p > 0.1 {
		t.Errorf("P(billing | nurse kind) = %.3f, want ≤ 0.1", p)
	}
	if w := m.Weights["u:thanks"]; w >= m.Weights["u:bill"] {
		t.Errorf("a word on both sides (%.3f) should weigh less than one on the positive side only (%.3f)", w, m.Weights["u:bill"])
	}
	if _, ok := m.Weights["u:unknown"]; ok {
		t.Error("a feature never seen has a weight")
	}
}

func TestMinDF(t *testing.T) {
	exs := []Example{{Feats: []string{"u:rare", "u:common"}, Label: true}, {Feats: []string{"u:common"}, Label: false}}
	m := Train(exs, DefaultParams)
	if _, ok := m.Weights["u:rare"]; ok {
		t.Error("a feature in one example was kept despite MinDF 2")
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	a, b := Train(toyData(), DefaultParams), Train(toyData(), DefaultParams)
	if !reflect.DeepEqual(a, b) {
		t.Error("two trainings on the same data differ")
	}
	p := DefaultParams
	p.Seed++
	if c := Train(toyData(), p); reflect.DeepEqual(a, c) {
		t.Error("a different seed gave an identical model; the shuffle is not used")
	}
}

func TestPosWeightRaisesRecall(t *testing.T) {
	exs := []Example{}
	for i := 0; i < 30; i++ {
		exs = append(exs, Example{Feats: []string{"u:a", "u:x"}, Label: i%3 == 0})
	}
	p := DefaultParams
	lo := Train(exs, p).Prob([]string{"u:a", "u:x"})
	p.PosWeight = 3
	hi := Train(exs, p).Prob([]string{"u:a", "u:x"})
	if hi <= lo {
		t.Errorf("PosWeight 3 gave P %.3f, not above %.3f with 1", hi, lo)
	}
}

func TestLogOddsInvertsSigmoid(t *testing.T) {
	for _, p := range []float64{0.003, 0.4, 0.5, 0.9, 0.98} {
		if got := Sigmoid(LogOdds(p)); got < p-1e-12 || got > p+1e-12 {
			t.Errorf("Sigmoid(LogOdds(%v)) = %v", p, got)
		}
	}
	if LogOdds(0.5) != 0 {
		t.Errorf("LogOdds(0.5) = %v, want 0", LogOdds(0.5))
	}
}

func TestRound(t *testing.T) {
	for in, want := range map[float64]float64{0.123456: 0.1235, -0.00004: 0, -1.23456: -1.2346, 2: 2} {
		if got := Round(in); got != want {
			t.Errorf("Round(%v) = %v, want %v", in, got, want)
		}
	}
}
