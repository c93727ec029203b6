package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/demo"
	"github.com/bedsidehq/bedside/internal/ingest"
	"github.com/bedsidehq/bedside/internal/server"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

func newIngester(tb testing.TB) *ingest.Ingester {
	in, err := ingest.NewDefault()
	if err != nil {
		tb.Fatal(err)
	}
	return in
}

// BenchmarkLocationTree measures GET /api/v1/locations for the demo organization's org admin
// (about 110 nodes), end to end through the HTTP stack on SQLite.
func BenchmarkLocationTree(b *testing.B) {
	ctx := context.Background()
	st := storetest.SQLite(b)
	ds := demo.Generate(1, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))
	res, err := demo.Seed(ctx, st, newIngester(b), ds, cheap)
	if err != nil {
		b.Fatal(err)
	}
	admin, err := st.UserByEmail(ctx, ds.Users[0].Email)
	if err != nil {
		b.Fatal(err)
	}
	secret, display, hash := auth.NewAPIToken()
	if _, err := st.Tenant(res.Organization.ID, bedside.SystemActor).CreateToken(ctx, admin.ID, "bench", display, hash); err != nil {
		b.Fatal(err)
	}
	s, err := server.New(server.Config{Store: st, Logger: quiet, PasswordParams: &cheap})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/api/v1/locations", nil)
	req.Header.Set("Authorization", "Bearer "+secret)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := http.DefaultClient.Do(req)
		if err != nil || r.StatusCode != 200 {
			b.Fatalf("%v %v", r, err)
		}
		r.Body.Close()
	}
}
