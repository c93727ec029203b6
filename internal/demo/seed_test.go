package demo

import (
	"context"
	"testing"
	"time"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/ingest"
	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

var cheapHash = auth.Params{Time: 1, Memory: 1024, Threads: 1}

func testIngester(tb testing.TB) *ingest.Ingester {
	in, err := ingest.NewDefault()
	if err != nil {
		tb.Fatal(err)
	}
	return in
}

func TestSeedIsCompleteAndIdempotent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		ds := Generate(7, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
		res, err := Seed(ctx, st, testIngester(t), ds, cheapHash)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Created || res.Feedback != len(ds.Feedback) {
			t.Fatalf("first seed: created=%v feedback=%d of %d", res.Created, res.Feedback, len(ds.Feedback))
		}
		tn := st.Tenant(res.Organization.ID, bedside.SystemActor)
		nodes, _ := tn.Nodes(ctx, "", true)
		providers, locations := 0, 0
		for _, r := range ds.Regions {
			locations += len(r.Locations)
			for _, l := range r.Locations {
				providers += len(l.Providers)
			}
		}
		if want := 1 + len(ds.Regions) + locations + providers; len(nodes) != want {
			t.Fatalf("nodes = %d, want %d", len(nodes), want)
		}
		// Each demo user can sign in with the printed password and holds the intended role.
		for _, u := range ds.Users {
			got, err := st.UserByEmail(ctx, u.Email)
			if err != nil || auth.CheckPassword(got.PasswordHash, u.Password) != nil {
				t.Fatalf("demo user %s cannot sign in: %v", u.Email, err)
			}
			if len(got.Grants) != 1 || string(got.Grants[0].Role) != u.Role {
				t.Fatalf("demo user %s grants: %+v", u.Email, got.Grants)
			}
		}
		// Local time is the location's own zone.
		var local string
		st.DB().QueryRow(`SELECT local_time FROM feedback LIMIT 1`).Scan(&local)
		if _, err := time.Parse(time.RFC3339, local); err != nil || local[len(local)-1] == 'Z' {
			t.Fatalf("local_time %q is not an offset time in the location's zone", local)
		}
		// Every item was analysed on the way in; the demo's negative and self-disclosing texts show.
		var analysed, negative, phi int
		st.DB().QueryRow(`SELECT COUNT(*) FROM feedback WHERE sentiment IS NOT NULL`).Scan(&analysed)
		st.DB().QueryRow(`SELECT COUNT(*) FROM feedback WHERE sentiment_label = 'negative'`).Scan(&negative)
		st.DB().QueryRow(`SELECT COUNT(*) FROM feedback WHERE contains_phi`).Scan(&phi)
		if analysed != len(ds.Feedback) || negative < len(ds.Feedback)/10 || phi < len(ds.Feedback)/10 {
			t.Fatalf("analysis on arrival: %d analysed of %d, %d negative, %d with PHI", analysed, len(ds.Feedback), negative, phi)
		}
		again, err := Seed(ctx, st, testIngester(t), ds, cheapHash)
		if err != nil || again.Created || again.Feedback != 0 {
			t.Fatalf("second seed: %+v %v", again, err)
		}
		if nodes2, _ := tn.Nodes(ctx, "", true); len(nodes2) != len(nodes) {
			t.Fatalf("second seed added nodes: %d → %d", len(nodes), len(nodes2))
		}
		if _, err := st.VerifyAudit(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkSeed measures writing the whole demo year into a fresh SQLite database.
func BenchmarkSeed(b *testing.B) {
	ds := Generate(1, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	in := testIngester(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st := storetest.SQLite(b)
		b.StartTimer()
		if _, err := Seed(context.Background(), st, in, ds, cheapHash); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(ds.Feedback)), "feedback/op")
}
