package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bedsidehq/bedside/internal/guard"
)

func runEvalGuard(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval guard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	policy := fs.String("policy", "", "organization policy file")
	verbose := fs.Bool("v", false, "list every miss")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: bedside eval guard FILE [-v] [--policy FILE]\n\nFILE is JSONL: bedside check --jsonl input plus \"expect\": block|warn|pass and optional \"rule\".")
		fs.PrintDefaults()
	}
	if len(args) == 0 {
		fs.Usage()
		return 2
	}
	file, rest := args[0], args[1:]
	if file == "-h" || file == "--help" || file == "-help" {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0
	}
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "bedside eval guard: %v\n", err)
		return 1
	}
	exs, err := guard.ParseExamples(data)
	if err != nil {
		fmt.Fprintf(stderr, "bedside eval guard: %s: %v\n", file, err)
		return 1
	}
	g, err := loadGuard(*policy)
	if err != nil {
		fmt.Fprintf(stderr, "bedside eval guard: %v\n", err)
		return 2
	}
	m := g.Evaluate(exs)
	fmt.Fprintf(stdout, "guard evaluation: %s (%d texts, policy %s)\n\n", file, m.N, g.PolicyVersion())
	fmt.Fprintf(stdout, "confusion (rows expected, columns predicted)\n")
	fmt.Fprintf(stdout, "%-10s %7s %7s %7s\n", "", "block", "warn", "pass")
	names := []string{"block", "warn", "pass"}
	for i, row := range m.Confusion {
		fmt.Fprintf(stdout, "%-10s %7d %7d %7d\n", names[i], row[0], row[1], row[2])
	}
	fmt.Fprintf(stdout, "\nblock recall         %.3f  (bar >= %.2f)\n", m.BlockRecall, guard.Bars.BlockRecall)
	fmt.Fprintf(stdout, "violation recall     %.3f  (bar >= %.2f)\n", m.ViolationRecall, guard.Bars.ViolationRecall)
	fmt.Fprintf(stdout, "false-block rate     %.3f  (bar <= %.2f)\n", m.FalseBlockRate, guard.Bars.FalseBlock)
	fmt.Fprintf(stdout, "false-warn rate      %.3f  (bar <= %.2f)\n", m.FalseWarnRate, guard.Bars.FalseWarn)
	if m.RuleTotal > 0 {
		fmt.Fprintf(stdout, "expected rule fired  %d/%d (%.3f)\n", m.RuleHits, m.RuleTotal, float64(m.RuleHits)/float64(m.RuleTotal))
	}
	if fails := m.MeetsBars(); len(fails) > 0 {
		fmt.Fprintf(stdout, "\nBARS NOT MET: %v\n", fails)
	} else {
		fmt.Fprintf(stdout, "\nall bars met\n")
	}
	if *verbose {
		fmt.Fprintf(stdout, "\nmisses (%d):\n", len(m.Misses))
		for _, x := range m.Misses {
			fmt.Fprintf(stdout, "- %s expect %s %s, got %s: %q\n", x.Example.ID, x.Example.Expect, x.Example.Rule, x.Got.Verdict, x.Example.Text)
			for _, f := range x.Got.Findings {
				fmt.Fprintf(stdout, "    %s %s %q\n", f.Severity, f.Rule, f.Text)
			}
		}
	}
	return 0
}
