package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bedsidehq/bedside/internal/analysis"
	"github.com/bedsidehq/bedside/internal/analysis/evalset"
	"github.com/bedsidehq/bedside/internal/jsonl"
)

const analyzeUsage = `Usage:
  bedside analyze --jsonl < in.jsonl > out.jsonl
  bedside analyze < text.txt

With --jsonl, each input line is {"id", "text", "rating"?} (rating: 1-5 stars,
optional) and each output line, in the same order, is
{"id", "sentiment": {"compound", "label"}, "topics": [...],
 "profanity": {"found", "severity", "terms": [...]}, "phi": [<guard findings>]}.
Without --jsonl the whole of stdin is one text and the output is one object
without "id". A bad input line is reported on stderr with its line number,
nothing is written for it, the remaining lines are still analysed, and the
exit status is 1.

Flags:
`

// analyzeInput is one --jsonl input line. The id is echoed back verbatim,
// so callers may use strings or numbers.
type analyzeInput struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Rating *float64        `json:"rating"`
}

type analyzeOutput struct {
	ID json.RawMessage `json:"id"`
	analysis.Result
}

func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lines := fs.Bool("jsonl", false, "read one JSON object per line and write one per line")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), analyzeUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "bedside analyze: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	a, err := analysis.New(nil)
	if err != nil {
		fmt.Fprintf(stderr, "bedside analyze: %v\n", err)
		return 1
	}
	if !*lines {
		out := bufio.NewWriter(stdout)
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		text, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "bedside analyze: read stdin: %v\n", err)
			return 1
		}
		if err := enc.Encode(a.Analyze(string(text), nil)); err != nil {
			fmt.Fprintf(stderr, "bedside analyze: %v\n", err)
			return 1
		}
		if err := out.Flush(); err != nil {
			fmt.Fprintf(stderr, "bedside analyze: write: %v\n", err)
			return 1
		}
		return 0
	}
	bad, err := jsonl.Process(stdin, stdout, decodeAnalyzeLine, func(in analyzeInput) analyzeOutput {
		return analyzeOutput{ID: in.ID, Result: a.Analyze(*in.Text, in.Rating)}
	}, func(e *jsonl.LineError) { fmt.Fprintf(stderr, "bedside analyze: %v\n", e) })
	if err != nil {
		fmt.Fprintf(stderr, "bedside analyze: %v\n", err)
		return 1
	}
	if bad > 0 {
		return 1
	}
	return 0
}

// decodeAnalyzeLine reads one input line: {"id", "text", "rating"?}, rating in 1..5 stars.
func decodeAnalyzeLine(line []byte) (analyzeInput, error) {
	var in analyzeInput
	if err := json.Unmarshal(line, &in); err != nil {
		return in, fmt.Errorf("parse: %w", err)
	}
	if len(in.ID) == 0 || string(in.ID) == "null" {
		return in, errors.New(`missing "id"`)
	}
	if in.Text == nil {
		return in, errors.New(`missing "text"`)
	}
	if in.Rating != nil && (*in.Rating < 1 || *in.Rating > 5) {
		return in, fmt.Errorf(`"rating" %v is outside 1..5 stars`, *in.Rating)
	}
	return in, nil
}

const evalAnalysisUsage = `Usage:
  bedside eval analysis FILE              figures for a labelled JSONL file
  bedside eval analysis --shared [--split dev|heldout|all] [--eval-dir DIR]
                                          the published-corpus measurements
  bedside eval analysis --medication FILE druglib-style sentiment recall on a
                                          medication review file

FILE lines: {"id", "text", "rating"?, "sentiment", "topics", "profanity", "phi"}
(see internal/analysis/testdata/devset.jsonl). --medication FILE lines:
{"id", "drug", "condition", "rating" (1-10), "benefits", "side_effects",
"comments"}, scored as druglib is (internal/analysis/testdata/medication/).
--shared reads ../shared/eval
(or $BEDSIDE_EVAL_DIR): VADER parity and accuracy, druglib and pxtextmining
sentiment recall, pxtextmining topic F1 through the documented label mapping,
profanity recall by severity and false flags on clinical text. Development
splits are what the analysis was tuned on; held-out splits are reported once.

Flags:
`

func runEvalAnalysis(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval analysis", flag.ContinueOnError)
	fs.SetOutput(stderr)
	shared := fs.Bool("shared", false, "measure on the shared evaluation corpora")
	split := fs.String("split", "all", "with --shared: dev, heldout or all")
	dir := fs.String("eval-dir", "", "with --shared: evaluation folder (default $BEDSIDE_EVAL_DIR or <repo>/../shared/eval)")
	misses := fs.Bool("misses", false, "with FILE: list every disagreement")
	medication := fs.Bool("medication", false, "FILE is a medication review file")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), evalAnalysisUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	a, err := analysis.New(nil)
	if err != nil {
		fmt.Fprintf(stderr, "bedside eval analysis: %v\n", err)
		return 1
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *medication {
		if fs.NArg() != 1 || *shared {
			fmt.Fprintln(stderr, "bedside eval analysis: --medication takes one FILE")
			return 2
		}
		if err := evalset.MedicationReport(out, fs.Arg(0)); err != nil {
			fmt.Fprintf(stderr, "bedside eval analysis: %v\n", err)
			return 1
		}
		return 0
	}
	if *shared {
		if fs.NArg() > 0 {
			fmt.Fprintln(stderr, "bedside eval analysis: --shared takes no FILE")
			return 2
		}
		d := *dir
		if d == "" {
			if d, err = evalset.Dir(); err != nil {
				fmt.Fprintf(stderr, "bedside eval analysis: %v\n", err)
				return 1
			}
		}
		if *split != "dev" && *split != "heldout" && *split != "all" {
			fmt.Fprintf(stderr, "bedside eval analysis: --split %q: want dev, heldout or all\n", *split)
			return 2
		}
		if err := evalset.Report(out, d, a, *split); err != nil {
			fmt.Fprintf(stderr, "bedside eval analysis: %v\n", err)
			return 1
		}
		return 0
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "bedside eval analysis: %v\n", err)
		return 1
	}
	exs, err := analysis.ParseExamples(data)
	if err != nil {
		fmt.Fprintf(stderr, "bedside eval analysis: %s: %v\n", fs.Arg(0), err)
		return 1
	}
	evalset.PrintMetrics(out, fs.Arg(0), a.Evaluate(exs), *misses, exs)
	return 0
}
