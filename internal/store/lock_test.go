package store_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

// TestExclusive holds one named lock from several stores on one database at once, as several
// processes would: the critical sections never overlap, every one runs, another name is not
// blocked, and a caller whose context ends while waiting gives up with the context's error.
func TestExclusive(t *testing.T) {
	storetest.EachShared(t, 3, func(t *testing.T, stores []*store.Store) {
		var inside, maxInside, runs atomic.Int32
		var wg sync.WaitGroup
		for i := 0; i < 9; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := stores[i%len(stores)].Exclusive(ctx, "demo-seed-x", func() error {
					n := inside.Add(1)
					for m := maxInside.Load(); n > m && !maxInside.CompareAndSwap(m, n); m = maxInside.Load() {
					}
					time.Sleep(5 * time.Millisecond)
					inside.Add(-1)
					runs.Add(1)
					return nil
				})
				if err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
		if maxInside.Load() != 1 || runs.Load() != 9 {
			t.Fatalf("%d runs, up to %d inside the lock at once; want 9 runs, one at a time", runs.Load(), maxInside.Load())
		}

		held := make(chan struct{})
		release := make(chan struct{})
		done := make(chan error, 1)
		go func() {
			done <- stores[0].Exclusive(ctx, "held", func() error { close(held); <-release; return nil })
		}()
		<-held
		if err := stores[1].Exclusive(ctx, "other", func() error { return nil }); err != nil {
			t.Fatalf("another lock name waited on or failed: %v", err)
		}
		short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		defer cancel()
		if err := stores[1].Exclusive(short, "held", func() error { t.Error("ran while the lock was held"); return nil }); err == nil {
			t.Fatal("Exclusive on a held lock returned nil after its context ended")
		}
		close(release)
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if err := stores[1].Exclusive(ctx, "held", func() error { return nil }); err != nil {
			t.Fatalf("lock not released: %v", err)
		}
		if err := stores[0].Exclusive(ctx, "Bad Name", func() error { return nil }); err == nil {
			t.Fatal("a lock name with spaces was accepted")
		}
	})
}
