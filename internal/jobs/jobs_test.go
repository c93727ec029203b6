package jobs_test

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/jobs"
	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// waitFor polls cond until it holds or a generous deadline passes; it is a liveness bound for a
// background queue, not a speed measurement.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestSessionCleanupRuns(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		org, err := s.CreateOrganization(ctx, "Cleanup Health", "")
		if err != nil {
			t.Fatal(err)
		}
		tn := s.Tenant(org.ID, bedside.SystemActor)
		u, err := tn.CreateUser(ctx, "a@cleanup.test", "A", "h")
		if err != nil {
			t.Fatal(err)
		}
		now := s.Now()
		if err := tn.CreateSession(ctx, "expired", &bedside.Session{UserID: u.ID, CSRFToken: "x", CreatedAt: now.Add(-2 * time.Hour), ExpiresAt: now.Add(-time.Hour)}); err != nil {
			t.Fatal(err)
		}
		q, err := jobs.New(ctx, s, jobs.Options{Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		if err := q.Ready(ctx); err == nil {
			t.Fatal("queue ready before it started")
		}
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(ctx)
		if err := q.Ready(ctx); err != nil {
			t.Fatalf("ready: %v", err)
		}
		var count int
		waitFor(t, "the periodic cleanup to remove the expired session", func() bool {
			s.DB().QueryRow(`SELECT COUNT(*) FROM sessions`).Scan(&count)
			return count == 0
		})
		events, _ := tn.AuditEvents(ctx, 0, 100)
		if last := events[len(events)-1]; last.Action != "session.expire" || last.Detail != `{"count":1}` {
			t.Fatalf("cleanup not audited: %+v", last)
		}
	})
}

// countArgs is a test job; its worker records every execution so duplicates would show.
type countArgs struct{ N int }

func (countArgs) Kind() string { return "test_count" }

type countWorker struct {
	river.WorkerDefaults[countArgs]
	mu   *sync.Mutex
	runs map[int]int
}

func (w *countWorker) Work(ctx context.Context, job *river.Job[countArgs]) error {
	w.mu.Lock()
	w.runs[job.Args.N]++
	w.mu.Unlock()
	return nil
}

// TestTwoNodesRunEachJobOnce starts two queues on one PostgreSQL database, as two bedside
// serve processes would, and checks that every job runs exactly once across them.
func TestTwoNodesRunEachJobOnce(t *testing.T) {
	ctx := context.Background()
	url := storetest.PostgresURL(t)
	var mu sync.Mutex
	runs := map[int]int{}
	var queues []*jobs.Queue
	for i := 0; i < 2; i++ {
		s, err := store.Open(ctx, store.Config{DatabaseURL: url})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		q, err := jobs.New(ctx, s, jobs.Options{Logger: quiet, Register: func(w *river.Workers) {
			river.AddWorker(w, &countWorker{mu: &mu, runs: runs})
		}})
		if err != nil {
			t.Fatalf("node %d: %v", i, err)
		}
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		defer q.Stop(ctx)
		queues = append(queues, q)
	}
	const n = 60
	for i := 0; i < n; i++ {
		if err := queues[i%2].Insert(ctx, countArgs{N: i}, nil); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "all jobs to run", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(runs) == n
	})
	time.Sleep(500 * time.Millisecond) // let a duplicate, if any, show up
	mu.Lock()
	defer mu.Unlock()
	for i := 0; i < n; i++ {
		if runs[i] != 1 {
			t.Fatalf("job %d ran %d times", i, runs[i])
		}
	}
}
