package analysis

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/bedsidehq/bedside/internal/profanity"
	"github.com/bedsidehq/bedside/internal/sentiment"
	"github.com/bedsidehq/bedside/internal/topic"
)

// Example is one line of a labelled analysis file (JSONL), the format of
// testdata/devset.jsonl and of `bedside eval analysis FILE`:
//
//	{"id", "text", "rating"?, "sentiment": "positive|neutral|negative|mixed",
//	 "topics": [...], "profanity": "none|mild|moderate|strong|severe", "phi": bool}
type Example struct {
	ID        string             `json:"id"`
	Text      string             `json:"text"`
	Rating    *float64           `json:"rating,omitempty"`
	Sentiment sentiment.Label    `json:"sentiment"`
	Topics    []string           `json:"topics"`
	Profanity profanity.Severity `json:"profanity"`
	PHI       bool               `json:"phi"`
}

// ParseExamples reads labelled examples, one JSON object per line; blank
// lines are skipped and errors name the line.
func ParseExamples(data []byte) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	valid := map[string]bool{}
	for _, id := range topic.IDs {
		valid[id] = true
	}
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var e Example
		if err := json.Unmarshal(line, &e); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		switch e.Sentiment {
		case sentiment.Positive, sentiment.Neutral, sentiment.Negative, sentiment.Mixed:
		default:
			return nil, fmt.Errorf("line %d: sentiment %q is not positive, neutral, negative or mixed", n, e.Sentiment)
		}
		for _, t := range e.Topics {
			if !valid[t] {
				return nil, fmt.Errorf("line %d: unknown topic %q", n, t)
			}
		}
		switch e.Profanity {
		case "":
			e.Profanity = profanity.None
		case profanity.None, profanity.Mild, profanity.Moderate, profanity.Strong, profanity.Severe:
		default:
			return nil, fmt.Errorf("line %d: profanity %q is not none, mild, moderate, strong or severe", n, e.Profanity)
		}
		if e.Rating != nil && (*e.Rating < 1 || *e.Rating > 5) {
			return nil, fmt.Errorf("line %d: rating %v is outside 1..5", n, *e.Rating)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read examples: %w", err)
	}
	return out, nil
}

// PRF is precision, recall and F1 from counts.
type PRF struct {
	TP, FP, FN int
}

// Precision is TP / (TP + FP).
func (p PRF) Precision() float64 { return div(p.TP, p.TP+p.FP) }

// Recall is TP / (TP + FN).
func (p PRF) Recall() float64 { return div(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 { return div(2*p.TP, 2*p.TP+p.FP+p.FN) }

func div(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TopicScores accumulates multi-label topic agreement.
type TopicScores struct {
	Micro    PRF
	PerTopic map[string]*PRF
	Texts    int
}

// NewTopicScores returns empty scores.
func NewTopicScores() *TopicScores {
	s := &TopicScores{PerTopic: map[string]*PRF{}}
	for _, id := range topic.IDs {
		s.PerTopic[id] = &PRF{}
	}
	return s
}

// Add scores one text. restrict, when non-nil, limits scoring to those
// topics (for a corpus whose labels only cover part of the taxonomy).
func (s *TopicScores) Add(gold, pred []string, restrict map[string]bool) {
	s.Texts++
	g := map[string]bool{}
	for _, t := range gold {
		g[t] = true
	}
	p := map[string]bool{}
	for _, t := range pred {
		if restrict == nil || restrict[t] {
			p[t] = true
		}
	}
	for t := range p {
		pt := s.PerTopic[t]
		if g[t] {
			s.Micro.TP++
			pt.TP++
		} else {
			s.Micro.FP++
			pt.FP++
		}
	}
	for t := range g {
		if !p[t] {
			s.Micro.FN++
			s.PerTopic[t].FN++
		}
	}
}

// Metrics are the figures for a labelled file.
type Metrics struct {
	N int
	// Sentiment: accuracy over the four labels, confusion[gold][pred], and
	// binary recall of negatives and positives.
	SentimentAccuracy float64
	Confusion         map[sentiment.Label]map[sentiment.Label]int
	NegativeRecall    float64
	PositiveRecall    float64
	Topics            *TopicScores
	// Profanity: detection (any severity) and exact severity agreement
	// on the texts that have profanity.
	Profanity         PRF
	SeverityAgreement float64
	// PHI: does the guard find self-disclosed PHI where a human did.
	PHI    PRF
	Misses []Miss
}

// Miss is one disagreement, for reading the errors of a development set.
type Miss struct {
	ID, Field, Want, Got string
}

// Evaluate analyses every example and compares with its labels.
func (a *Analyzer) Evaluate(exs []Example) Metrics {
	m := Metrics{N: len(exs), Topics: NewTopicScores(), Confusion: map[sentiment.Label]map[sentiment.Label]int{}}
	correct, neg, negHit, pos, posHit, prof, sevHit := 0, 0, 0, 0, 0, 0, 0
	for _, e := range exs {
		r := a.Analyze(e.Text, e.Rating)
		if m.Confusion[e.Sentiment] == nil {
			m.Confusion[e.Sentiment] = map[sentiment.Label]int{}
		}
		m.Confusion[e.Sentiment][r.Sentiment.Label]++
		if r.Sentiment.Label == e.Sentiment {
			correct++
		} else {
			m.Misses = append(m.Misses, Miss{e.ID, "sentiment", string(e.Sentiment), string(r.Sentiment.Label)})
		}
		switch e.Sentiment {
		case sentiment.Negative:
			neg++
			if r.Sentiment.Label == sentiment.Negative {
				negHit++
			}
		case sentiment.Positive:
			pos++
			if r.Sentiment.Label == sentiment.Positive {
				posHit++
			}
		}
		m.Topics.Add(e.Topics, r.Topics, nil)
		if fmt.Sprint(sorted(e.Topics)) != fmt.Sprint(sorted(r.Topics)) {
			m.Misses = append(m.Misses, Miss{e.ID, "topics", fmt.Sprint(sorted(e.Topics)), fmt.Sprint(sorted(r.Topics))})
		}
		gotProf := r.Profanity.Found
		wantProf := e.Profanity != profanity.None
		count(&m.Profanity, wantProf, gotProf)
		if wantProf {
			prof++
			if r.Profanity.Severity == e.Profanity {
				sevHit++
			}
		}
		if wantProf != gotProf || (wantProf && r.Profanity.Severity != e.Profanity) {
			m.Misses = append(m.Misses, Miss{e.ID, "profanity", string(e.Profanity), string(r.Profanity.Severity)})
		}
		gotPHI := len(r.PHI) > 0
		count(&m.PHI, e.PHI, gotPHI)
		if gotPHI != e.PHI {
			m.Misses = append(m.Misses, Miss{e.ID, "phi", fmt.Sprint(e.PHI), fmt.Sprint(gotPHI)})
		}
	}
	m.SentimentAccuracy = div(correct, len(exs))
	m.NegativeRecall = div(negHit, neg)
	m.PositiveRecall = div(posHit, pos)
	m.SeverityAgreement = div(sevHit, prof)
	return m
}

func count(p *PRF, want, got bool) {
	switch {
	case want && got:
		p.TP++
	case got:
		p.FP++
	case want:
		p.FN++
	}
}

func sorted(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}
