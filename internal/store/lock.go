package store

import (
	"context"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"regexp"
)

var lockNamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{0,99}$`)

// Exclusive runs fn while holding the lock called name, shared by every process on this
// database: while fn runs, no other Exclusive with the same name runs anywhere, and a second
// caller waits (until ctx ends) instead of failing. Start-up work that several nodes may begin at
// once on an empty database, such as seeding the demo, uses it to run once and not race.
//
// On PostgreSQL the lock is a transaction-scoped advisory lock held by a transaction that stays
// open while fn runs; on SQLite it is an exclusive flock on a file beside the database
// (bedside.db.NAME.lock, left in place). Either way a crashed holder releases it. fn does its
// writes through the store as usual, not inside the lock's transaction.
func (s *Store) Exclusive(ctx context.Context, name string, fn func() error) error {
	if !lockNamePattern.MatchString(name) {
		return fmt.Errorf("lock name %q: use lowercase letters, digits, dots and dashes", name)
	}
	if s.dialect == Postgres {
		return s.exclusivePostgres(ctx, name, fn)
	}
	path := filepath.Join(s.dataDir, "bedside.db."+name+".lock")
	unlock, err := lockFile(ctx, path)
	if err != nil {
		return fmt.Errorf("take lock %s: %w", name, err)
	}
	defer unlock()
	return fn()
}

func (s *Store) exclusivePostgres(ctx context.Context, name string, fn func() error) error {
	h := fnv.New64a()
	h.Write([]byte("bedside.lock/" + name))
	key := int64(h.Sum64())
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("take lock %s: begin transaction: %w", name, err)
	}
	// Rolling back ends the transaction and with it the advisory lock; nothing was written.
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, key); err != nil {
		return fmt.Errorf("take lock %s: %w", name, err)
	}
	return fn()
}
