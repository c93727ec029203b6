// Package evalset reads the public evaluation corpora in ../shared/eval for
// tests, benchmarks and `bedside eval analysis`. It is the only analysis
// package that does I/O, and nothing in it is shipped as a lexicon: the
// corpora are read at measurement time and never copied into the repository.
//
// Splits follow ../shared/eval/README.md: VADER tweets and movie snippets,
// druglib train and pxtextmining phase 1 are development data; VADER amazon
// and nyt, druglib test and pxtextmining v6framework are held out.
package evalset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNoEvalData is returned when the evaluation folder cannot be found, as
// on a user's machine; tests skip on it.
var ErrNoEvalData = errors.New("evaluation data not found (set BEDSIDE_EVAL_DIR or put it at <repo>/../shared/eval)")

// Dir locates the evaluation folder: $BEDSIDE_EVAL_DIR, or
// <repo root>/../shared/eval where the repo root is the nearest ancestor of
// the working directory holding go.mod.
func Dir() (string, error) {
	if d := os.Getenv("BEDSIDE_EVAL_DIR"); d != "" {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d, nil
		}
		return "", fmt.Errorf("BEDSIDE_EVAL_DIR=%s: %w", d, ErrNoEvalData)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find eval dir: %w", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			e := filepath.Join(d, "..", "shared", "eval")
			if fi, err := os.Stat(e); err == nil && fi.IsDir() {
				return filepath.Clean(e), nil
			}
			return "", ErrNoEvalData
		}
		if filepath.Dir(d) == d {
			return "", ErrNoEvalData
		}
	}
}
