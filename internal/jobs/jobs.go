// Package jobs runs Bedside's background work on River, on whichever database the store uses:
// riversqlite on its own one-connection pool beside the embedded database, riverpgxv5 on
// PostgreSQL, where several Bedside nodes share one queue and River's leader election makes
// periodic jobs run once for the whole cluster.
package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"riverqueue.com/riverui"

	"github.com/bedsidehq/bedside/internal/store"
)

// Options tune the queue; zero values mean production defaults.
type Options struct {
	Logger *slog.Logger
	// SessionCleanupEvery is how often expired sessions are removed (default 10 minutes).
	SessionCleanupEvery time.Duration
	// Register adds further workers before the client starts (tests use it).
	Register func(w *river.Workers)
	// Workers is how many jobs run at once on this node (default 4).
	Workers int
}

// Queue is a running River client with its UI handler.
type Queue struct {
	start   func(context.Context) error
	stop    func(context.Context) error
	ping    func(context.Context) error
	insert  func(context.Context, river.JobArgs, *river.InsertOpts) error
	close   func()
	ui      *riverui.Handler
	running atomic.Bool
}

// New migrates River's tables and builds the client for st's database. Call Start to work.
func New(ctx context.Context, st *store.Store, opts Options) (*Queue, error) {
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.SessionCleanupEvery == 0 {
		opts.SessionCleanupEvery = 10 * time.Minute
	}
	if opts.Workers == 0 {
		opts.Workers = 4
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, &SessionCleanupWorker{Store: st})
	if opts.Register != nil {
		opts.Register(workers)
	}
	riverLog := slog.New(quieter{opts.Logger.Handler(), slog.LevelWarn}).With("component", "river")
	cfg := &river.Config{
		Logger:  riverLog,
		Queues:  map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opts.Workers}},
		Workers: workers,
		PeriodicJobs: []*river.PeriodicJob{
			river.NewPeriodicJob(river.PeriodicInterval(opts.SessionCleanupEvery),
				func() (river.JobArgs, *river.InsertOpts) { return SessionCleanupArgs{}, nil },
				&river.PeriodicJobOpts{RunOnStart: true, ID: "session_cleanup"}),
		},
	}
	switch st.Dialect() {
	case store.Postgres:
		pool, err := pgxpool.New(ctx, st.DSN())
		if err != nil {
			return nil, fmt.Errorf("job queue pool: %w", err)
		}
		q, err := build(ctx, riverpgxv5.New(pool), cfg, func() { pool.Close() }, pool.Ping, riverLog,
			func(ctx context.Context, fn func() error) error { return withAdvisoryLock(ctx, pool, fn) })
		if err != nil {
			pool.Close()
		}
		return q, err
	default:
		// riversqlite wants a pool of exactly one connection of its own.
		db, err := sql.Open("sqlite", st.DSN())
		if err != nil {
			return nil, fmt.Errorf("job queue pool: %w", err)
		}
		db.SetMaxOpenConns(1)
		q, err := build(ctx, riversqlite.New(db), cfg, func() { db.Close() }, db.PingContext, riverLog,
			func(ctx context.Context, fn func() error) error { return fn() })
		if err != nil {
			db.Close()
		}
		return q, err
	}
}

func build[TTx any](ctx context.Context, driver riverdriver.Driver[TTx], cfg *river.Config, closeFn func(),
	ping func(context.Context) error, logger *slog.Logger, locked func(context.Context, func() error) error) (*Queue, error) {
	migrator, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: logger})
	if err != nil {
		return nil, fmt.Errorf("job queue migrator: %w", err)
	}
	if err := locked(ctx, func() error {
		_, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil)
		return err
	}); err != nil {
		return nil, fmt.Errorf("migrate job queue: %w", err)
	}
	client, err := river.NewClient(driver, cfg)
	if err != nil {
		return nil, fmt.Errorf("job queue client: %w", err)
	}
	ui, err := riverui.NewHandler(&riverui.HandlerOpts{
		Endpoints: riverui.NewEndpoints(client, nil),
		Logger:    logger,
		Prefix:    UIPrefix,
	})
	if err != nil {
		return nil, fmt.Errorf("job queue UI: %w", err)
	}
	q := &Queue{ui: ui, close: closeFn, ping: ping}
	q.start = func(ctx context.Context) error {
		if err := client.Start(ctx); err != nil {
			return err
		}
		return ui.Start(ctx)
	}
	q.stop = client.Stop
	q.insert = func(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) error {
		_, err := client.Insert(ctx, args, opts)
		return err
	}
	return q, nil
}

// quieter raises a handler's threshold: River reports routine queue statistics at info level
// every few seconds, which would drown Bedside's own log.
type quieter struct {
	slog.Handler
	min slog.Level
}

func (q quieter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= q.min && q.Handler.Enabled(ctx, l)
}

func (q quieter) WithAttrs(as []slog.Attr) slog.Handler {
	return quieter{q.Handler.WithAttrs(as), q.min}
}

func (q quieter) WithGroup(name string) slog.Handler {
	return quieter{q.Handler.WithGroup(name), q.min}
}

// UIPrefix is where the River UI is mounted.
const UIPrefix = "/riverui"

// Start begins working jobs until Stop.
func (q *Queue) Start(ctx context.Context) error {
	if err := q.start(ctx); err != nil {
		return fmt.Errorf("start job queue: %w", err)
	}
	q.running.Store(true)
	return nil
}

// Stop lets running jobs finish (until ctx ends), then releases the pool.
func (q *Queue) Stop(ctx context.Context) error {
	q.running.Store(false)
	err := q.stop(ctx)
	q.close()
	return err
}

// Ready reports whether the queue is working and its database answers.
func (q *Queue) Ready(ctx context.Context) error {
	if !q.running.Load() {
		return fmt.Errorf("job queue is not running")
	}
	return q.ping(ctx)
}

// Insert enqueues a job.
func (q *Queue) Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) error {
	return q.insert(ctx, args, opts)
}

// UI is the River UI handler; the server mounts it at UIPrefix behind its own authorization.
func (q *Queue) UI() http.Handler { return q.ui }

// withAdvisoryLock serializes River's migrations across nodes starting at the same moment.
func withAdvisoryLock(ctx context.Context, pool *pgxpool.Pool, fn func() error) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	const key = 0x62656473 // "beds"
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", key); err != nil {
		return fmt.Errorf("take migration lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", key)
	return fn()
}

// SessionCleanupArgs is the periodic job that removes expired sessions.
type SessionCleanupArgs struct{}

// Kind is River's name for the job; it is stored in the queue, so it never changes.
func (SessionCleanupArgs) Kind() string { return "session_cleanup" }

// SessionCleanupWorker deletes expired sessions and audits the deletions.
type SessionCleanupWorker struct {
	river.WorkerDefaults[SessionCleanupArgs]
	Store *store.Store
}

// Work runs one cleanup.
func (w *SessionCleanupWorker) Work(ctx context.Context, job *river.Job[SessionCleanupArgs]) error {
	n, err := w.Store.DeleteExpiredSessions(ctx)
	if err != nil {
		return fmt.Errorf("session cleanup: %w", err)
	}
	if n > 0 {
		slog.InfoContext(ctx, "expired sessions removed", "count", n)
	}
	return nil
}
