package ingest_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/demo"
	"github.com/bedsidehq/bedside/internal/ingest"
	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

func newIngester(tb testing.TB) *ingest.Ingester {
	in, err := ingest.NewDefault()
	if err != nil {
		tb.Fatal(err)
	}
	return in
}

func location(tb testing.TB, st *store.Store) (*store.Tenant, int64) {
	ctx := context.Background()
	org, err := st.CreateOrganization(ctx, "Ingest Health", "")
	if err != nil {
		tb.Fatal(err)
	}
	t := st.Tenant(org.ID, bedside.SystemActor)
	loc := &bedside.Node{ParentID: org.RootID, Kind: bedside.KindLocation, Name: "Main Street Clinic", TimeZone: "America/New_York"}
	if err := t.CreateNode(ctx, loc); err != nil {
		tb.Fatal(err)
	}
	return t, loc.ID
}

func TestIngestAnalysesOnArrival(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		tn, loc := location(t, st)
		one, nine := 1, 9
		at := time.Date(2026, 6, 1, 14, 0, 0, 0, time.UTC)
		items := []*bedside.Feedback{
			{LocationID: loc, Source: "google", Kind: "review", ExternalID: "g1", Rating: &one, CreatedAt: at,
				Text: "Waited three hours in the ER and nobody told us anything. The billing office overcharged me twice. Shit service."},
			{LocationID: loc, Source: "survey", Kind: "survey", ExternalID: "s1", NPS: &nine, CreatedAt: at,
				Text: "After my knee replacement the nurses were wonderful and kind.\xff"},
		}
		n, err := newIngester(t).Ingest(ctx, tn, items)
		if err != nil || n != 2 {
			t.Fatalf("ingest: %d %v", n, err)
		}
		var ids []int64
		rows, _ := st.DB().Query(`SELECT id FROM feedback ORDER BY id`)
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			ids = append(ids, id)
		}
		rows.Close()
		bad, err := tn.Feedback(ctx, ids[0])
		if err != nil {
			t.Fatal(err)
		}
		a := bad.Analysis
		if a == nil || a.SentimentLabel != "negative" || a.Sentiment >= 0 || a.Profanity == "none" || a.Profanity == "" {
			t.Fatalf("complaint analysis: %+v", a)
		}
		if !contains(a.Topics, "wait_time") || !contains(a.Topics, "billing_insurance") {
			t.Fatalf("complaint topics: %v", a.Topics)
		}
		good, _ := tn.Feedback(ctx, ids[1])
		if good.Text != "After my knee replacement the nurses were wonderful and kind.\uFFFD" {
			t.Fatalf("invalid UTF-8 not repaired: %q", good.Text)
		}
		if good.Analysis.SentimentLabel != "positive" || !good.Analysis.ContainsPHI || !contains(good.Analysis.Topics, "nursing_care") {
			t.Fatalf("praise with self-disclosure: %+v", good.Analysis)
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// BenchmarkIngest measures analysed inserts into SQLite in batches of 500 demo feedback items;
// the PRODUCT.md bar is 2,000 items/s.
func BenchmarkIngest(b *testing.B) {
	ds := demo.Generate(3, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	st := storetest.SQLite(b)
	tn, loc := location(b, st)
	in := newIngester(b)
	const batch = 500
	b.ResetTimer()
	total := 0
	for i := 0; i < b.N; i++ {
		items := make([]*bedside.Feedback, batch)
		for j := range items {
			f := ds.Feedback[(i*batch+j)%len(ds.Feedback)]
			items[j] = &bedside.Feedback{LocationID: loc, Source: f.Source, Kind: f.Kind, ExternalID: fmt.Sprintf("%d-%d", i, j),
				AuthorName: f.AuthorName, Rating: f.Rating, NPS: f.NPS, Text: f.Text, CreatedAt: f.CreatedAt}
		}
		n, err := in.Ingest(context.Background(), tn, items)
		if err != nil || n != batch {
			b.Fatalf("%d %v", n, err)
		}
		total += n
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "items/s")
}
