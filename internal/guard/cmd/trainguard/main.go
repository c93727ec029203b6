// Command trainguard trains the guard's second opinion (a logistic regression that adds a
// possible_disclosure warning to replies the rules pass) on the project's development sets,
// internal/guard/testdata/dev*.jsonl, and writes the generated model. It never reads the
// held-out sets. Run it from internal/guard with `go generate`; the cross-validation figures
// go to standard error.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bedsidehq/bedside/internal/guard"
)

func main() {
	out := flag.String("o", "opinion_model.go", "output file")
	dir := flag.String("testdata", "testdata", "directory holding dev*.jsonl")
	flag.Parse()
	sets, err := guard.OpinionDevSets(*dir)
	if err != nil {
		fail(err)
	}
	src, cv, err := guard.TrainOpinion(sets)
	if err != nil {
		fail(err)
	}
	for _, c := range cv {
		fmt.Fprintln(os.Stderr, c)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fail(err)
	}
	names := make([]string, len(sets))
	for i, s := range sets {
		names[i] = filepath.Base(s.Name)
	}
	fmt.Fprintf(os.Stderr, "wrote %s from %s\n", *out, strings.Join(names, ", "))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainguard:", err)
	os.Exit(1)
}
