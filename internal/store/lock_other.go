//go:build !unix

package store

import (
	"context"
	"fmt"
	"sync"
)

// fileLocks stands in for flock where it does not exist: it excludes stores within this
// process only. Several processes on one SQLite file are not supported on these systems.
var fileLocks sync.Map // path → chan struct{} (a one-slot semaphore)

func lockFile(ctx context.Context, path string) (unlock func(), err error) {
	v, _ := fileLocks.LoadOrStore(path, make(chan struct{}, 1))
	sem := v.(chan struct{})
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for %s: %w", path, ctx.Err())
	}
}
