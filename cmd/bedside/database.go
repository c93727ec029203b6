package main

import (
	"context"
	"flag"
	"os"

	"github.com/bedsidehq/bedside/internal/store"
)

// databaseFlags registers --data-dir and --database, defaulting to the BEDSIDE_* environment.
func databaseFlags(fs *flag.FlagSet) *store.Config {
	cfg := &store.Config{}
	fs.StringVar(&cfg.DataDir, "data-dir", envOr("BEDSIDE_DATA_DIR", "./bedside-data"), "directory of the embedded SQLite database (env BEDSIDE_DATA_DIR)")
	fs.StringVar(&cfg.DatabaseURL, "database", os.Getenv("BEDSIDE_DATABASE_URL"), "PostgreSQL URL postgres://…; overrides --data-dir (env BEDSIDE_DATABASE_URL)")
	return cfg
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// openStore opens and migrates the configured database.
func openStore(ctx context.Context, cfg *store.Config) (*store.Store, error) {
	st, err := store.Open(ctx, *cfg)
	if err != nil {
		return nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}
