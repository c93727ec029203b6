// Command trainguard writes the guard's project-written training sentences
// (testdata/sentences_dev.tsv, from guard.SentencesDev) and trains the second opinion (a
// sentence-level logistic regression that adds a possible_disclosure warning to replies the
// rules pass) on them and the development sets, testdata/dev*.jsonl, writing the generated
// model. It never reads the held-out sets. Run it from internal/guard with `go generate`;
// the cross-validation figures go to standard error.
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
	dir := flag.String("testdata", "testdata", "directory holding dev*.jsonl and sentences_dev.tsv")
	flag.Parse()
	tsv := guard.SentencesDev()
	if err := os.WriteFile(filepath.Join(*dir, "sentences_dev.tsv"), tsv, 0o644); err != nil {
		fail(err)
	}
	extra, err := guard.ParseSentences(tsv)
	if err != nil {
		fail(err)
	}
	sets, err := guard.OpinionDevSets(*dir)
	if err != nil {
		fail(err)
	}
	src, cv, err := guard.TrainOpinion(sets, extra)
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
	fmt.Fprintf(os.Stderr, "wrote %s from %s and %d sentences of sentences_dev.tsv\n", *out, strings.Join(names, ", "), len(extra))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainguard:", err)
	os.Exit(1)
}
