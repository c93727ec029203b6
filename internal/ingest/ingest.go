// Package ingest is the one way patient feedback enters Bedside: each item is analysed once,
// on arrival (sentiment, topics, profanity, self-disclosed PHI), and the batch is stored for
// its tenant in one audited transaction. Connectors, imports and the demo seed all come
// through here, so analysis can never be skipped or done twice.
package ingest

import (
	"context"
	"runtime"
	"strings"
	"sync"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/analysis"
	"github.com/bedsidehq/bedside/internal/store"
)

// Ingester analyses and stores feedback. It is safe for concurrent use.
type Ingester struct {
	analyzer *analysis.Analyzer
}

// New returns an Ingester that analyses with a.
func New(a *analysis.Analyzer) *Ingester { return &Ingester{analyzer: a} }

// NewDefault returns an Ingester whose PHI detection uses the guard's default policy, for
// tools and tests that have no organization policy at hand.
func NewDefault() (*Ingester, error) {
	a, err := analysis.New(nil)
	if err != nil {
		return nil, err
	}
	return New(a), nil
}

// Analyze fills in the analysis of every item that has none, spreading the work over the CPUs.
func (in *Ingester) Analyze(items []*bedside.Feedback) {
	workers := runtime.GOMAXPROCS(0)
	if workers > len(items) {
		workers = len(items)
	}
	var wg sync.WaitGroup
	next := make(chan *bedside.Feedback)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				f.Analysis = in.analyze(f)
			}
		}()
	}
	for _, f := range items {
		if f.Analysis == nil {
			next <- f
		}
	}
	close(next)
	wg.Wait()
}

func (in *Ingester) analyze(f *bedside.Feedback) *bedside.FeedbackAnalysis {
	var rating *float64
	if f.Rating != nil {
		r := float64(*f.Rating)
		rating = &r
	} else if f.NPS != nil {
		// A 0–10 recommendation maps onto the 1–5 star scale the sentiment layer understands.
		r := 1 + float64(*f.NPS)*0.4
		rating = &r
	}
	res := in.analyzer.Analyze(f.Text, rating)
	return &bedside.FeedbackAnalysis{
		Sentiment:      res.Sentiment.Compound,
		SentimentLabel: string(res.Sentiment.Label),
		Topics:         res.Topics,
		Profanity:      string(res.Profanity.Severity),
		ContainsPHI:    len(res.PHI) > 0,
	}
}

// Ingest analyses items and stores them for the tenant; it returns how many were new (items
// already stored, by source and external id, are skipped).
func (in *Ingester) Ingest(ctx context.Context, t *store.Tenant, items []*bedside.Feedback) (int, error) {
	// Platforms sometimes deliver broken encodings; keep the review, mark the bad bytes, rather
	// than lose what the patient wrote.
	for _, f := range items {
		f.Text = strings.ToValidUTF8(f.Text, "\uFFFD")
		f.AuthorName = strings.ToValidUTF8(f.AuthorName, "\uFFFD")
	}
	in.Analyze(items)
	return t.InsertFeedback(ctx, items)
}
