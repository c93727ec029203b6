// Package store keeps Bedside's state in SQLite (embedded, the default) or PostgreSQL behind one
// API. Queries are written once, with "?" placeholders, and rebound for PostgreSQL; the schema is
// kept per dialect under migrations/. Every method that touches a tenant's rows lives on Tenant,
// which carries the organization id into every WHERE clause, and every state change appends to
// the tenant's audit chain in the same transaction.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/bedsidehq/bedside"
)

//go:embed migrations
var migrations embed.FS

// Dialect names the database engine behind a Store.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Config says where the data lives: DatabaseURL (postgres://…) wins over DataDir.
type Config struct {
	DataDir     string
	DatabaseURL string
}

// Store is the handle on the database. It is safe for concurrent use.
type Store struct {
	db      *sql.DB
	dialect Dialect
	dsn     string // for opening the job queue's own pool
	dataDir string // SQLite: the directory of the database file, where lock files live
	// Now is the clock; tests replace it. Times are kept in UTC with microsecond precision,
	// the finest both engines store.
	Now func() time.Time
}

// Open connects to the configured database. It does not migrate; call Migrate.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	s := &Store{Now: func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }}
	var err error
	switch {
	case cfg.DatabaseURL != "":
		if !strings.HasPrefix(cfg.DatabaseURL, "postgres://") && !strings.HasPrefix(cfg.DatabaseURL, "postgresql://") {
			return nil, fmt.Errorf("database URL must start with postgres:// (got %q)", redactURL(cfg.DatabaseURL))
		}
		s.dialect, s.dsn = Postgres, cfg.DatabaseURL
		s.db, err = sql.Open("pgx", cfg.DatabaseURL)
		if err != nil {
			return nil, fmt.Errorf("open postgres: %w", err)
		}
		s.db.SetMaxOpenConns(20)
		s.db.SetConnMaxIdleTime(5 * time.Minute)
	default:
		dir := cfg.DataDir
		if dir == "" {
			dir = "bedside-data"
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create data directory %s: %w", dir, err)
		}
		s.dialect, s.dsn, s.dataDir = SQLite, SQLiteDSN(filepath.Join(dir, "bedside.db")), dir
		s.db, err = sql.Open("sqlite", s.dsn)
		if err != nil {
			return nil, fmt.Errorf("open sqlite: %w", err)
		}
		// WAL lets readers run beside the single writer; IMMEDIATE transactions take the write
		// lock up front so two writers queue on busy_timeout instead of failing mid-transaction.
		s.db.SetMaxOpenConns(8)
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("connect to %s database: %w", s.dialect, err)
	}
	return s, nil
}

// SQLiteDSN is the connection string for the SQLite file at path, with the settings every
// connection needs.
func SQLiteDSN(path string) string {
	return "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_txlock=immediate&_time_format=sqlite"
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB exposes the pool to the job queue adapter, which needs the same database.
func (s *Store) DB() *sql.DB { return s.db }

// Dialect reports which engine is in use.
func (s *Store) Dialect() Dialect { return s.dialect }

// DSN is the connection string, for adapters that open their own pool (the job queue).
func (s *Store) DSN() string { return s.dsn }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// Migrate applies the embedded schema migrations. Several nodes starting together on one
// PostgreSQL take turns through an advisory lock.
func (s *Store) Migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations/"+string(s.dialect))
	if err != nil {
		return fmt.Errorf("migrations for %s: %w", s.dialect, err)
	}
	var opts []goose.ProviderOption
	dialect := goose.DialectSQLite3
	if s.dialect == Postgres {
		dialect = goose.DialectPostgres
		locker, err := lock.NewPostgresSessionLocker()
		if err != nil {
			return fmt.Errorf("migration lock: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(dialect, s.db, sub, opts...)
	if err != nil {
		return fmt.Errorf("prepare migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("apply migrations: %w", err)
	}
	return nil
}

// rebind turns "?" placeholders into PostgreSQL's "$n". Queries in this package never contain
// a literal question mark.
func (s *Store) rebind(q string) string {
	if s.dialect != Postgres {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// querier is what both *sql.DB and *sql.Tx offer.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// conn wraps a querier with the store's placeholder rebinding.
type conn struct {
	s *Store
	q querier
}

func (c conn) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return c.q.ExecContext(ctx, c.s.rebind(query), args...)
}

func (c conn) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return c.q.QueryContext(ctx, c.s.rebind(query), args...)
}

func (c conn) row(ctx context.Context, query string, args ...any) *sql.Row {
	return c.q.QueryRowContext(ctx, c.s.rebind(query), args...)
}

// insert runs an INSERT … RETURNING id.
func (c conn) insert(ctx context.Context, query string, args ...any) (int64, error) {
	var id int64
	err := c.row(ctx, query+" RETURNING id", args...).Scan(&id)
	return id, err
}

// read is a connection outside any transaction.
func (s *Store) read() conn { return conn{s: s, q: s.db} }

// inTx runs fn in a transaction and commits it when fn returns nil. A failure or panic rolls
// everything back, audit events included, so nothing is ever half-written.
func (s *Store) inTx(ctx context.Context, fn func(c conn) error) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
		if err != nil {
			tx.Rollback()
		}
	}()
	if err = fn(conn{s: s, q: tx}); err != nil {
		return err
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// isUniqueViolation reports whether err is a unique-constraint failure on either engine.
func isUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code == "23505"
	}
	var sqErr *sqlite.Error
	if errors.As(err, &sqErr) {
		return sqErr.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || sqErr.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}

// notFound converts sql.ErrNoRows into the domain's ENOTFOUND.
func notFound(err error, what string, id any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return bedside.Errorf(bedside.ENOTFOUND, "%s %v not found", what, id)
	}
	return err
}

// nullTime maps a nullable column to *time.Time.
func nullTime(t sql.NullTime) *time.Time {
	if !t.Valid {
		return nil
	}
	u := t.Time.UTC()
	return &u
}

// redactURL removes a password from a connection string before it reaches a message.
func redactURL(u string) string {
	if at := strings.LastIndex(u, "@"); at > 0 {
		if scheme := strings.Index(u, "://"); scheme >= 0 && scheme < at {
			return u[:scheme+3] + "…@" + u[at+1:]
		}
	}
	return u
}
