// Command trainguard trains the guard's second opinion (two text-level logistic regressions,
// opinion.go) on every labelled file in testdata/*.jsonl and writes opinion_model.go. It never
// reads testdata/sealed/, where held-out sets wait for their single measurement. Run it from
// internal/guard with `go generate`; with -cv it first prints leave-one-file-out figures
// (each file decided by models trained on the others) to standard error.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/bedsidehq/bedside/internal/guard"
)

func main() {
	out := flag.String("o", "opinion_model.go", "output file")
	dir := flag.String("testdata", "testdata", "folder holding the labelled *.jsonl files")
	cv := flag.Bool("cv", false, "print leave-one-file-out cross-validation first")
	misses := flag.Bool("misses", false, "with -cv: list every example cross-validation gets wrong")
	dump := flag.String("dump", "", "with -cv: write every example's decision inputs (rules' verdict, log-odds) to this JSONL file")
	th := guard.CommittedThresholds
	flag.Float64Var(&th.Disclosure, "disclosure", th.Disclosure, "disclosure (block) threshold for replies, for -cv")
	flag.Float64Var(&th.DisclosureReview, "review", th.DisclosureReview, "disclosure warning threshold for replies, for -cv (above 1: off)")
	flag.Float64Var(&th.PostDisclosure, "post-disclosure", th.PostDisclosure, "disclosure (block) threshold for posts, for -cv")
	flag.Float64Var(&th.PostDisclosureReview, "post-review", th.PostDisclosureReview, "disclosure warning threshold for posts, for -cv (above 1: off)")
	flag.Float64Var(&th.Concern, "concern", th.Concern, "concern threshold for -cv (above 1: off)")
	flag.Parse()
	sets, err := guard.OpinionSets(*dir)
	if err != nil {
		fail(err)
	}
	if *cv {
		rows, err := guard.CrossValidateOpinion(sets, th)
		if err != nil {
			fail(err)
		}
		if *dump != "" {
			if err := writeDecisions(*dump, rows); err != nil {
				fail(err)
			}
		}
		var rules, both guard.Metrics
		for _, r := range rows {
			fmt.Fprintln(os.Stderr, r)
			if *misses {
				for _, m := range r.Misses {
					fmt.Fprintln(os.Stderr, "    miss", m)
				}
			}
			rules.Add(r.Rules)
			both.Add(r.Both)
		}
		fmt.Fprintf(os.Stderr, "%-28s rules: %s\n%-28s  both: %s\n", "pooled", rules.Summary(), "", both.Summary())
	}
	src, err := guard.TrainOpinion(sets)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s from %d labelled files\n", *out, len(sets))
}

// writeDecisions writes one JSON line per cross-validated example, with its file's name.
func writeDecisions(path string, rows []guard.OpinionCV) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("dump decisions: %w", err)
	}
	enc := json.NewEncoder(f)
	for _, r := range rows {
		for _, d := range r.Decided {
			if err := enc.Encode(struct {
				File string `json:"file"`
				guard.CVDecision
			}{r.Name, d}); err != nil {
				f.Close()
				return fmt.Errorf("dump decisions: %w", err)
			}
		}
	}
	return f.Close()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "trainguard:", err)
	os.Exit(1)
}
