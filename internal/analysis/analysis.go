// Package analysis runs every analysis Bedside does on a piece of patient
// feedback when it arrives: sentiment, topics, profanity and the PHI the
// patient disclosed about themselves. The inbox uses the result for
// priority, SLA and moderation, the guard for what a reply must not echo,
// and analytics for the sentiment of each topic.
//
// Self-disclosed PHI comes from the compliance guard's own detectors
// (guard.Guard.Disclosures), so there is one implementation of "what is
// PHI", not two. The package does no I/O and an Analyzer is safe for
// concurrent use.
package analysis

import (
	"fmt"

	"github.com/bedsidehq/bedside/internal/guard"
	"github.com/bedsidehq/bedside/internal/profanity"
	"github.com/bedsidehq/bedside/internal/sentiment"
	"github.com/bedsidehq/bedside/internal/topic"
)

// Result is the analysis of one text. Its JSON encoding is the body of a
// `bedside analyze --jsonl` output line (without the id).
type Result struct {
	Sentiment sentiment.Score   `json:"sentiment"`
	Topics    []string          `json:"topics"`
	Profanity profanity.Summary `json:"profanity"`
	PHI       []guard.Finding   `json:"phi"`
}

// Analyzer analyses patient text.
type Analyzer struct {
	sentiment *sentiment.Analyzer
	guard     *guard.Guard
}

// New returns an Analyzer that reports self-disclosed PHI with g's
// detectors; a nil g means the guard's default policy.
func New(g *guard.Guard) (*Analyzer, error) {
	if g == nil {
		var err error
		g, err = guard.New(guard.DefaultPolicy())
		if err != nil {
			return nil, fmt.Errorf("analysis: default guard: %w", err)
		}
	}
	return &Analyzer{sentiment: sentiment.New(), guard: g}, nil
}

// Analyze analyses text. rating is the optional 1-5 star rating given with
// it (nil when absent); it informs the sentiment label.
func (a *Analyzer) Analyze(text string, rating *float64) Result {
	phi := a.guard.Disclosures(text)
	if phi == nil {
		phi = []guard.Finding{}
	}
	return Result{
		Sentiment: a.sentiment.Score(text, rating),
		Topics:    topic.Detect(text),
		Profanity: profanity.Summarize(profanity.Find(text)),
		PHI:       phi,
	}
}
