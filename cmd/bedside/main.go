// Command bedside is the whole product in one binary: the server, the compliance guard on the
// command line, feedback analysis, evaluation and administration.
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `Bedside: social customer care and reputation management for healthcare.

Usage:
  bedside <command> [flags]

Commands:
  serve     run the web application, JSON API and job workers
  admin     administration: migrate, create-org, token
  audit     audit chain tools: verify
  check     run the compliance guard on outgoing text
  analyze   analyse patient feedback (sentiment, topics, profanity, PHI)
  eval      measure the guard or the analysis on a labelled file

Run "bedside <command> --help" for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(rest, stdout, stderr)
	case "admin":
		return runAdmin(rest, stdout, stderr)
	case "audit":
		return runAudit(rest, stdout, stderr)
	case "check":
		return runCheck(rest, stdin, stdout, stderr)
	case "analyze":
		return runAnalyze(rest, stdin, stdout, stderr)
	case "eval":
		return runEval(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "bedside: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
}

const evalUsage = `Usage:
  bedside eval guard FILE      confusion matrix and recall figures for a labelled guard file
  bedside eval analysis FILE   figures for a labelled analysis file
`

func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, evalUsage)
		return 2
	}
	switch args[0] {
	case "guard":
		return runEvalGuard(args[1:], stdout, stderr)
	case "analysis":
		return runEvalAnalysis(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, evalUsage)
		return 0
	default:
		fmt.Fprintf(stderr, "bedside eval: unknown target %q\n\n%s", args[0], evalUsage)
		return 2
	}
}
