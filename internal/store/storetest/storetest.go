// Package storetest opens real, migrated, empty stores for tests: SQLite always, and
// PostgreSQL when BEDSIDE_TEST_POSTGRES_URL names a server (each test gets its own database).
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/bedsidehq/bedside/internal/store"
)

// PostgresEnv names the environment variable with the PostgreSQL server URL for tests.
const PostgresEnv = "BEDSIDE_TEST_POSTGRES_URL"

// Each runs fn once per available database engine as a subtest named after it.
func Each(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// EachShared runs fn once per available database engine with n stores open on one database,
// as n bedside processes sharing it would have (separate connection pools, one set of rows).
func EachShared(t *testing.T, n int, fn func(t *testing.T, stores []*store.Store)) {
	t.Helper()
	shared := func(t *testing.T, cfg store.Config) {
		stores := make([]*store.Store, n)
		for i := range stores {
			stores[i] = open(t, cfg)
		}
		fn(t, stores)
	}
	t.Run("sqlite", func(t *testing.T) { shared(t, store.Config{DataDir: t.TempDir()}) })
	t.Run("postgres", func(t *testing.T) { shared(t, store.Config{DatabaseURL: PostgresURL(t)}) })
}

// SQLite returns a migrated store in a temporary directory.
func SQLite(t testing.TB) *store.Store {
	t.Helper()
	return open(t, store.Config{DataDir: t.TempDir()})
}

// Postgres returns a migrated store in a new, empty database, or skips the test (with the
// reason) when no server is configured.
func Postgres(t testing.TB) *store.Store {
	t.Helper()
	dsn := PostgresURL(t)
	return open(t, store.Config{DatabaseURL: dsn})
}

// PostgresURL creates a fresh database on the configured server and returns its URL; it is
// dropped when the test ends.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		t.Skipf("PostgreSQL tests skipped: set %s (CI's .ci/run does) to run them", PostgresEnv)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open %s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	name := "bedside_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() { admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", PostgresEnv, err)
	}
	u.Path = "/" + name
	return u.String()
}

func open(t testing.TB, cfg store.Config) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return s
}
