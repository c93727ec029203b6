package main

import (
	"fmt"
	"io"
)

// Placeholder until the analysis lands; owned by the analysis work.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "bedside analyze: not built yet")
	return 2
}

func runEvalAnalysis(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "bedside eval analysis: not built yet")
	return 2
}
