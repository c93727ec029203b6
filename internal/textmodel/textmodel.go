// Package textmodel trains and applies the small learned text classifiers that sit beside
// Bedside's hand-written rules: logistic regression over sparse string features (words,
// word pairs, rule outputs), trained deterministically so that a generated model file can be
// checked for reproducibility, and small enough to ship as Go source.
//
// The rules know the wordings their authors thought of; a model trained on many writers'
// labelled texts carries some of that knowledge to wordings nobody wrote a rule for. Callers
// decide how the two combine.
package textmodel

import "math"

// Example is one labelled training item.
type Example struct {
	Feats []string
	Label bool
}

// Params controls training. The zero value is not useful; start from DefaultParams.
type Params struct {
	Epochs    int     // passes over the data
	Rate      float64 // initial learning rate, decayed as Rate/(1+epoch/2)
	L2        float64 // weight decay
	MinDF     int     // a feature must occur in at least this many examples
	MinWeight float64 // smaller weights are dropped from the trained model
	PosWeight float64 // gradient multiplier for positive examples (rare labels), 1 for none
	Seed      uint64  // shuffle seed; the same data and seed give the same model
}

// DefaultParams are the settings the project's models are trained with.
var DefaultParams = Params{Epochs: 20, Rate: 0.2, L2: 1e-3, MinDF: 2, MinWeight: 5e-3, PosWeight: 1, Seed: 0x9E3779B97F4A7C15}

// Model is a trained classifier.
type Model struct {
	Bias    float64
	Weights map[string]float64
}

// Logit is the model's log-odds for feats; features it does not know count zero.
func (m Model) Logit(feats []string) float64 {
	z := m.Bias
	for _, f := range feats {
		z += m.Weights[f]
	}
	return z
}

// Prob is the model's probability for feats.
func (m Model) Prob(feats []string) float64 { return Sigmoid(m.Logit(feats)) }

// Sigmoid maps log-odds to a probability.
func Sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// LogOdds maps a probability to log-odds, the inverse of Sigmoid: a threshold on Prob is the
// same threshold on Logit.
func LogOdds(p float64) float64 { return math.Log(p / (1 - p)) }

// Round is a weight as generated model files keep it: to four decimal places, which changes
// no decision of the project's models and keeps the files diffable.
func Round(w float64) float64 { return math.Round(w*1e4) / 1e4 }

// Train fits a model to exs by stochastic gradient descent. Duplicate features within one
// example count once per occurrence, as they do when scoring.
func Train(exs []Example, p Params) Model {
	df := map[string]int{}
	for _, e := range exs {
		seen := map[string]bool{}
		for _, f := range e.Feats {
			if !seen[f] {
				seen[f] = true
				df[f]++
			}
		}
	}
	ws := map[string]float64{}
	for f, n := range df {
		if n >= p.MinDF {
			ws[f] = 0
		}
	}
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := p.Seed | 1
	bias := 0.0
	for e := 0; e < p.Epochs; e++ {
		for k := len(order) - 1; k > 0; k-- { // Fisher-Yates with xorshift64
			rng ^= rng << 13
			rng ^= rng >> 7
			rng ^= rng << 17
			j := int(rng % uint64(k+1))
			order[k], order[j] = order[j], order[k]
		}
		rate := p.Rate / (1 + float64(e)*0.5)
		for _, i := range order {
			ex := &exs[i]
			z := bias
			for _, f := range ex.Feats {
				z += ws[f]
			}
			y, scale := 0.0, 1.0
			if ex.Label {
				y, scale = 1, p.PosWeight
			}
			grad := (Sigmoid(z) - y) * scale
			bias -= rate * grad
			for _, f := range ex.Feats {
				if w, ok := ws[f]; ok {
					ws[f] = w - rate*(grad+p.L2*w)
				}
			}
		}
	}
	for f, w := range ws {
		if math.Abs(w) < p.MinWeight {
			delete(ws, f)
		}
	}
	return Model{Bias: bias, Weights: ws}
}
