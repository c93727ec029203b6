package main

import (
	"fmt"
	"io"
)

// Placeholder until the guard lands; owned by the guard work.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "bedside check: not built yet")
	return 2
}

func runEvalGuard(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "bedside eval guard: not built yet")
	return 2
}
