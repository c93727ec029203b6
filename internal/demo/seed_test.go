package demo

import (
	"context"
	"sync"
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

// TestConcurrentFirstSeeds starts several seeders at once on one empty database, as several
// `bedside serve --demo` processes starting together would: exactly one creates the demo, none
// fails, and the result is the same single demo a lone seeder writes, with an intact audit chain.
func TestConcurrentFirstSeeds(t *testing.T) {
	const seeders = 4
	storetest.EachShared(t, seeders, func(t *testing.T, stores []*store.Store) {
		ctx := context.Background()
		ds := Generate(7, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
		ds.Feedback = ds.Feedback[:300] // the race is in the organization, nodes and users
		in := testIngester(t)
		results := make([]*SeedResult, seeders)
		errs := make([]error, seeders)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				results[i], errs[i] = Seed(ctx, stores[i], in, ds, cheapHash)
			}()
		}
		close(start)
		wg.Wait()
		created, feedback := 0, 0
		for i, err := range errs {
			if err != nil {
				t.Fatalf("seeder %d: %v", i, err)
			}
			if results[i].Created {
				created++
			}
			feedback += results[i].Feedback
		}
		if created != 1 || feedback != len(ds.Feedback) {
			t.Fatalf("%d seeders reported creating the demo (want 1) and inserted %d feedback items (want %d)", created, feedback, len(ds.Feedback))
		}
		st := stores[0]
		count := func(q string) (n int) {
			if err := st.DB().QueryRow(q).Scan(&n); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			return n
		}
		nodes := 1 + len(ds.Regions)
		for _, r := range ds.Regions {
			nodes += len(r.Locations)
			for _, l := range r.Locations {
				nodes += len(l.Providers)
			}
		}
		if got := count(`SELECT COUNT(*) FROM organizations`); got != 1 {
			t.Errorf("organizations = %d, want 1", got)
		}
		if got := count(`SELECT COUNT(*) FROM nodes`); got != nodes {
			t.Errorf("nodes = %d, want %d", got, nodes)
		}
		if got := count(`SELECT COUNT(*) FROM users`); got != len(ds.Users) {
			t.Errorf("users = %d, want %d", got, len(ds.Users))
		}
		if got := count(`SELECT COUNT(*) FROM grants`); got != len(ds.Users) {
			t.Errorf("grants = %d, want %d", got, len(ds.Users))
		}
		if got := count(`SELECT COUNT(*) FROM feedback`); got != len(ds.Feedback) {
			t.Errorf("feedback = %d, want %d", got, len(ds.Feedback))
		}
		if _, err := st.VerifyAudit(ctx); err != nil {
			t.Errorf("audit after concurrent seeds: %v", err)
		}
	})
}

// TestSeedGrantsUserLeftWithoutRole resumes a seed that stopped between creating a demo user
// and granting its role: the next run gives the grant instead of skipping the existing user.
func TestSeedGrantsUserLeftWithoutRole(t *testing.T) {
	ctx := context.Background()
	st := storetest.SQLite(t)
	ds := Generate(7, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	ds.Feedback = ds.Feedback[:20]
	if _, err := Seed(ctx, st, testIngester(t), ds, cheapHash); err != nil {
		t.Fatal(err)
	}
	u := ds.Users[0]
	if _, err := st.DB().Exec(`DELETE FROM grants WHERE user_id = (SELECT id FROM users WHERE email = ?)`, u.Email); err != nil {
		t.Fatal(err)
	}
	if _, err := Seed(ctx, st, testIngester(t), ds, cheapHash); err != nil {
		t.Fatal(err)
	}
	got, err := st.UserByEmail(ctx, u.Email)
	if err != nil || len(got.Grants) != 1 || string(got.Grants[0].Role) != u.Role {
		t.Fatalf("after resuming, %s has grants %+v (%v), want one %s grant", u.Email, got.Grants, err, u.Role)
	}
}
