package evalset

// Recall is a binary sentiment figure: how many gold negatives were labelled
// negative and how many gold positives were labelled positive. A "mixed"
// label counts as a miss for both, so the figure is never flattered by it.
type Recall struct {
	Negatives, NegHit  int
	Positives, PosHit  int
	NegMixed, PosMixed int
}

// Neg is negative recall.
func (r Recall) Neg() float64 { return ratio(r.NegHit, r.Negatives) }

// Pos is positive recall.
func (r Recall) Pos() float64 { return ratio(r.PosHit, r.Positives) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// MeasureRecall labels every scored comment with label (which returns
// "positive", "neutral", "negative" or "mixed").
func MeasureRecall(cs []Comment, label func(text string) string) Recall {
	var r Recall
	for _, c := range cs {
		switch c.Polarity {
		case Negative:
			r.Negatives++
			switch label(c.Text) {
			case "negative":
				r.NegHit++
			case "mixed":
				r.NegMixed++
			}
		case Positive:
			r.Positives++
			switch label(c.Text) {
			case "positive":
				r.PosHit++
			case "mixed":
				r.PosMixed++
			}
		}
	}
	return r
}
