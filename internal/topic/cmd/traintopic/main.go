// Command traintopic trains the topic detector's learned layer on the project-written
// labelled files in internal/analysis/testdata (*.jsonl directly in that folder; the sealed
// held-out sets in its subfolders are never read) and writes model_data.go. Run it from
// internal/topic with `go generate`; with -cv it first prints leave-one-file-out
// cross-validation figures to standard error.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/bedsidehq/bedside/internal/topic"
)

func main() {
	out := flag.String("o", "model_data.go", "output file")
	dir := flag.String("testdata", "../analysis/testdata", "folder holding the labelled *.jsonl files")
	cv := flag.Bool("cv", false, "print leave-one-file-out cross-validation figures first")
	flag.Parse()
	files, err := topic.ReadLabelledFiles(*dir)
	if err != nil {
		fail(err)
	}
	if *cv {
		for _, r := range topic.CrossValidate(files, []float64{0.4, 0.5, 0.6, 0.7, 0.8}) {
			fmt.Fprintln(os.Stderr, r)
		}
	}
	if err := os.WriteFile(*out, topic.TrainModel(files), 0o644); err != nil {
		fail(err)
	}
	n := 0
	for _, f := range files {
		n += len(f.Texts)
	}
	fmt.Fprintf(os.Stderr, "wrote %s from %d texts in %d files\n", *out, n, len(files))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "traintopic:", err)
	os.Exit(1)
}
