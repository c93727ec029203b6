package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runCheck([]string{"--help"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("--help exit %d", code)
	}
	if !strings.Contains(out.String(), "--jsonl") {
		t.Fatalf("usage missing flags: %q", out.String())
	}
}

func TestCheckJSONLContract(t *testing.T) {
	in := `{"id":"a","kind":"reply","text":"We hope your diabetes is better, Maria.","context":"Great staff","reviewer":"Maria G.","allow":["555-010-4400"]}
{"id":"b","kind":"post","text":"Schedule your mammogram today! Call 555-010-4400.","allow":["555-010-4400"]}

{"id":"c","kind":"reply","text":"Thanks for the kind words!"}
`
	var out, errb bytes.Buffer
	if code := runCheck([]string{"--jsonl"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 output lines, got %d: %q", len(lines), out.String())
	}
	want := []struct{ id, verdict string }{{"a", "block"}, {"b", "pass"}, {"c", "pass"}}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"id", "verdict", "findings", "policy"} {
			if _, ok := m[k]; !ok {
				t.Errorf("line %d lacks %q: %s", i+1, k, l)
			}
		}
		if m["id"] != want[i].id || m["verdict"] != want[i].verdict {
			t.Errorf("line %d = %s, want id %s verdict %s", i+1, l, want[i].id, want[i].verdict)
		}
		if _, ok := m["findings"].([]any); !ok {
			t.Errorf("findings must be an array: %s", l)
		}
	}
	if !strings.Contains(lines[0], `"start":`) || !strings.Contains(lines[0], `"message":`) {
		t.Errorf("finding fields missing: %s", lines[0])
	}
}

func TestCheckBadLineNamesLine(t *testing.T) {
	in := "{\"id\":\"1\",\"text\":\"ok\"}\n{\"id\":\"2\",\"kind\":\"tweet\",\"text\":\"x\"}\n{\"id\":\"3\",\"text\":\"ok\"}\n"
	var out, errb bytes.Buffer
	code := runCheck([]string{"--jsonl"}, strings.NewReader(in), &out, &errb)
	if code == 0 {
		t.Fatal("bad input must exit non-zero")
	}
	if !strings.Contains(errb.String(), "line 2") {
		t.Errorf("message must name line 2: %q", errb.String())
	}
	// Nothing is written for the bad line; the lines around it are checked, in order.
	if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); len(lines) != 2 ||
		!strings.Contains(lines[0], `"id":"1"`) || !strings.Contains(lines[1], `"id":"3"`) {
		t.Errorf("want lines 1 and 3 written, got %q", out.String())
	}
	errb.Reset()
	out.Reset()
	if code := runCheck([]string{"--jsonl"}, strings.NewReader("{not json\n"), &out, &errb); code == 0 || !strings.Contains(errb.String(), "line 1") || out.Len() != 0 {
		t.Errorf("invalid JSON: code %d stderr %q stdout %q", code, errb.String(), out.String())
	}
}

func TestCheckReportMarksFindings(t *testing.T) {
	var out, errb bytes.Buffer
	code := runCheck([]string{"--context", "awful wait"}, strings.NewReader("We reviewed your chart and your MRI was normal."), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"verdict: BLOCK", "records_disclosure", "^^^", "Instead:"} {
		if !strings.Contains(s, want) {
			t.Errorf("report lacks %q:\n%s", want, s)
		}
	}
}

func TestCheckPolicyErrors(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runCheck([]string{"--policy", "/nonexistent/policy.yaml"}, strings.NewReader("x"), &out, &errb); code == 0 {
		t.Fatal("missing policy file must fail")
	}
}

func TestEvalGuardDevSet(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runEvalGuard([]string{"../../internal/guard/testdata/dev.jsonl"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"confusion", "block recall", "violation recall", "false-block rate", "false-warn rate"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval output lacks %q", want)
		}
	}
}

// TestEvalGuardFlagsAnywhere: the policy flag works before and after FILE, and is used.
func TestEvalGuardFlagsAnywhere(t *testing.T) {
	pol := filepath.Join(t.TempDir(), "off.yaml")
	if err := os.WriteFile(pol, []byte("version: 1\nseverity:\n  possible_disclosure: off\n  possible_concern: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := "../../internal/guard/testdata/dev12.jsonl"
	run := func(args ...string) string {
		var out, errb bytes.Buffer
		if code := runEvalGuard(args, &out, &errb); code != 0 && code != 1 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		return out.String()
	}
	before, after, def := run("--policy", pol, file), run(file, "--policy", pol), run(file)
	if before != after {
		t.Errorf("--policy before FILE and after FILE differ:\n%s\n%s", before, after)
	}
	if before == def {
		t.Error("the policy switching the learned check off changed nothing")
	}
	var out, errb bytes.Buffer
	if code := runEvalGuard(nil, &out, &errb); code != 2 {
		t.Errorf("no FILE: exit %d, want 2", code)
	}
}

// BenchmarkCheckJSONL16MB measures `bedside check --jsonl` end to end (decode, check, encode)
// on 16 MB of replies.
func BenchmarkCheckJSONL16MB(b *testing.B) {
	line := `{"id":"r-%d","kind":"reply","text":"Thank you for sharing your feedback. We're sorry the wait was long and that you felt unheard. We'd like to learn more; please contact our Patient Relations team at (555) 010-4400 or patientrelations@mercyvalley.org. Our staff work hard to keep every visit on time, and we have shared your comments with our clinic leadership so they can review scheduling during the busy evening hours.","context":"Waited two hours, rude front desk, nobody explained anything. Terrible.","reviewer":"Sam T.","allow":["(555) 010-4400","patientrelations@mercyvalley.org"]}` + "\n"
	var buf bytes.Buffer
	for i := 0; buf.Len() < 16<<20; i++ {
		buf.WriteString(strings.Replace(line, "%d", itoa(i), 1))
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if code := runCheck([]string{"--jsonl"}, bytes.NewReader(data), io.Discard, io.Discard); code != 0 {
			b.Fatal("exit", code)
		}
	}
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	for {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	return string(b[n:])
}
