package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/bedsidehq/bedside/internal/guard"
	"github.com/bedsidehq/bedside/internal/jsonl"
)

const checkUsage = `Usage:
  bedside check [flags] < text            check one text (readable report)
  bedside check --jsonl [flags] < in.jsonl  one JSON object per line in, one per line out

JSONL input:  {"id", "kind": "reply"|"post", "text", "context", "reviewer", "allow": [...], "staff": [...]}
JSONL output: {"id", "verdict", "findings": [{"rule", "category", "severity", "start", "end", "text", "message"}], "policy"}
Exit status is 0 whatever the verdicts; bad input stops with a message naming the line.

Flags:
`

// loadGuard compiles the policy file (or the default policy).
func loadGuard(path string) (*guard.Guard, error) {
	var p *guard.Policy
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read policy: %w", err)
		}
		if p, err = guard.ParsePolicy(data); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return guard.New(p)
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "read JSON lines, write one result per line")
	policy := fs.String("policy", "", "organization policy file (YAML or JSON)")
	kind := fs.String("kind", "reply", "single-text mode: reply or post")
	context := fs.String("context", "", "single-text mode: the patient's text being answered")
	reviewer := fs.String("reviewer", "", "single-text mode: the reviewer's public name or handle")
	asJSON := fs.Bool("json", false, "single-text mode: print the JSON result instead of the report")
	var allow stringList
	fs.Var(&allow, "allow", "single-text mode: the organization's own phone, email or URL (repeatable)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), checkUsage)
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "bedside check: unexpected argument %q (the text is read from stdin)\n", fs.Arg(0))
		return 2
	}
	g, err := loadGuard(*policy)
	if err != nil {
		fmt.Fprintf(stderr, "bedside check: %v\n", err)
		return 2
	}
	if *jsonl {
		return checkJSONL(g, stdin, stdout, stderr)
	}
	data, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "bedside check: read stdin: %v\n", err)
		return 1
	}
	req := guard.Request{Kind: guard.Kind(*kind), Text: strings.TrimRight(string(data), "\r\n"), Context: *context, Reviewer: *reviewer, Allow: allow}
	if err := req.Validate(); err != nil {
		fmt.Fprintf(stderr, "bedside check: %v\n", err)
		return 2
	}
	res := g.Check(req.Input())
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(res)
		return 0
	}
	writeReport(w, req.Text, res)
	return 0
}

// writeReport prints the text with every finding marked under the words it concerns.
func writeReport(w io.Writer, text string, res guard.Result) {
	fmt.Fprintf(w, "verdict: %s   (policy %s, %d finding(s))\n\n", strings.ToUpper(string(res.Verdict)), res.Policy, len(res.Findings))
	if len(res.Findings) == 0 {
		fmt.Fprintln(w, "No problems found.")
		return
	}
	for i, f := range res.Findings {
		ls := strings.LastIndexByte(text[:f.Start], '\n') + 1
		le := strings.IndexByte(text[f.Start:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += f.Start
		}
		line := text[ls:le]
		lineNo := strings.Count(text[:ls], "\n") + 1
		col := utf8.RuneCountInString(text[ls:f.Start])
		end := min(f.End, le)
		width := max(1, utf8.RuneCountInString(text[f.Start:end]))
		// Keep long lines readable: show a window around the span.
		prefix := ""
		if col > 60 {
			cut := 0
			for k := range line {
				if utf8.RuneCountInString(line[:k]) >= col-40 {
					cut = k
					break
				}
			}
			line, col, prefix = line[cut:], col-utf8.RuneCountInString(text[ls:ls+cut]), "…"
		}
		if utf8.RuneCountInString(line) > 160 {
			r := []rune(line)
			line = string(r[:min(len(r), max(160, col+width))])
		}
		fmt.Fprintf(w, "%d. %s  %s (%s)\n", i+1, strings.ToUpper(string(f.Severity)), f.Rule, f.Category)
		fmt.Fprintf(w, "   %4d | %s%s\n", lineNo, prefix, line)
		fmt.Fprintf(w, "        | %s%s\n", strings.Repeat(" ", col+utf8.RuneCountInString(prefix)), strings.Repeat("^", min(width, 160)))
		fmt.Fprintf(w, "   %s\n", f.Message)
		if f.Alternative != "" {
			fmt.Fprintf(w, "   Instead: %s\n", f.Alternative)
		}
		fmt.Fprintln(w)
	}
}

// checkJSONL checks one request per line. Lines are processed in batches on every core and
// written in input order; on a bad line, every earlier line is written, nothing for the bad
// one, and the exit status is 1.
// checkJSONL checks one request per line. Unknown fields are ignored, so a labelled file
// (with "expect") can be piped straight through.
func checkJSONL(g *guard.Guard, stdin io.Reader, stdout, stderr io.Writer) int {
	decode := func(raw []byte) (guard.Request, error) {
		var req guard.Request
		if err := json.Unmarshal(raw, &req); err != nil {
			return req, err
		}
		return req, req.Validate()
	}
	check := func(req guard.Request) guard.Result {
		res := g.Check(req.Input())
		res.ID = req.ID
		return res
	}
	bad, err := jsonl.Process(stdin, stdout, decode, check, func(e *jsonl.LineError) {
		fmt.Fprintf(stderr, "bedside check: %v\n", e)
	})
	if err != nil {
		fmt.Fprintf(stderr, "bedside check: %v\n", err)
		return 1
	}
	if bad > 0 {
		return 1
	}
	return 0
}

func runEvalGuard(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval guard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	policy := fs.String("policy", "", "organization policy file")
	verbose := fs.Bool("v", false, "list every miss")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: bedside eval guard FILE [-v] [--policy FILE]\n\nFILE is JSONL: bedside check --jsonl input plus \"expect\": block|warn|pass and optional \"rule\".")
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	file := fs.Arg(0)
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
