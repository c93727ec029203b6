package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestAnalyzeJSONL(t *testing.T) {
	in := `{"id":"a","text":"I waited 3 hours in the ER and the receptionist was rude.","rating":1}
{"id":7,"text":"The nurses were wonderful. No problems with parking."}
{"id":"c","text":"f***ing useless, call me on 555-201-7788"}
`
	var out, errb bytes.Buffer
	if code := runAnalyze([]string{"--jsonl"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines: %s", len(lines), out.String())
	}
	type line struct {
		ID        json.RawMessage `json:"id"`
		Sentiment struct {
			Compound float64 `json:"compound"`
			Label    string  `json:"label"`
		} `json:"sentiment"`
		Topics    []string `json:"topics"`
		Profanity struct {
			Found    bool     `json:"found"`
			Severity string   `json:"severity"`
			Terms    []string `json:"terms"`
		} `json:"profanity"`
		PHI []struct {
			Rule  string `json:"rule"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		} `json:"phi"`
	}
	var got []line
	for _, l := range lines {
		var x line
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatalf("output %q: %v", l, err)
		}
		got = append(got, x)
	}
	if string(got[0].ID) != `"a"` || got[0].Sentiment.Label != "negative" || !contains(got[0].Topics, "wait_time") {
		t.Errorf("line 1 = %+v", got[0])
	}
	if string(got[1].ID) != `7` || got[1].Sentiment.Label != "positive" || got[1].Profanity.Found || contains(got[1].Topics, "facility") {
		t.Errorf("line 2 = %+v", got[1])
	}
	if !got[2].Profanity.Found || got[2].Profanity.Severity != "strong" || len(got[2].PHI) == 0 {
		t.Errorf("line 3 = %+v", got[2])
	}
	if !strings.Contains(lines[1], `"phi":[]`) || !strings.Contains(lines[1], `"terms":[]`) {
		t.Errorf("empty lists must encode as []: %s", lines[1])
	}
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func TestAnalyzeBadLines(t *testing.T) {
	in := `{"id":"ok1","text":"fine"}
{"id":"bad","text":
{"id":"norating","text":"x","rating":9}
{"text":"no id"}
{"id":"ok2","text":"great"}
`
	var out, errb bytes.Buffer
	code := runAnalyze([]string{"--jsonl"}, strings.NewReader(in), &out, &errb)
	if code == 0 {
		t.Fatal("exit 0 on bad input")
	}
	for _, want := range []string{"line 2", "line 3", "line 4"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr %q does not name %s", errb.String(), want)
		}
	}
	s := out.String()
	if strings.Contains(s, `"bad"`) || strings.Contains(s, `"norating"`) || strings.Count(s, "\n") != 2 ||
		!strings.Contains(s, `"ok1"`) || !strings.Contains(s, `"ok2"`) {
		t.Errorf("output = %s", s)
	}
}

func TestAnalyzeHelpAndPlainText(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runAnalyze([]string{"--help"}, strings.NewReader(""), &out, &errb); code != 0 || !strings.Contains(out.String(), "--jsonl") {
		t.Errorf("--help: exit %d, out %q", code, out.String())
	}
	out.Reset()
	if code := runAnalyze(nil, strings.NewReader("The nurses were wonderful."), &out, &errb); code != 0 {
		t.Fatalf("plain: exit %d %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"label":"positive"`) || !strings.Contains(out.String(), "nursing_care") {
		t.Errorf("plain output %s", out.String())
	}
}

func TestEvalAnalysisDevSet(t *testing.T) {
	var out, errb bytes.Buffer
	code := runEvalAnalysis([]string{"../../internal/analysis/testdata/devset.jsonl"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"sentiment: accuracy", "micro-F1", "profanity: precision", "self-disclosed PHI"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if code := runEvalAnalysis([]string{"--help"}, &out, &errb); code != 0 {
		t.Errorf("--help exit %d", code)
	}
	if code := runEvalAnalysis([]string{"/nonexistent/file.jsonl"}, &out, &errb); code == 0 {
		t.Error("missing file: exit 0")
	}
}

// BenchmarkAnalyzeJSONL measures the command end to end (JSON in, JSON out)
// and reports texts per second.
func BenchmarkAnalyzeJSONL(b *testing.B) {
	texts := []string{
		"I waited 3 hours in the ER and nobody told us anything.",
		"Dr. Patel was thorough, kind and explained everything.",
		"The receptionist was rude and the parking is a nightmare.",
		"Nothing to improve, keep up the good work!",
		"They billed my insurance twice and nobody in billing will fix it.",
	}
	var in bytes.Buffer
	const n = 10000
	for i := 0; i < n; i++ {
		line, _ := json.Marshal(map[string]any{"id": i, "text": texts[i%len(texts)]})
		in.Write(line)
		in.WriteByte('\n')
	}
	data := in.Bytes()
	for b.Loop() {
		var out, errb bytes.Buffer
		if code := runAnalyze([]string{"--jsonl"}, bytes.NewReader(data), &out, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "texts/s")
}
