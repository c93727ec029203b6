package analysis

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func newAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnalyzeComposes(t *testing.T) {
	a := newAnalyzer(t)
	r := a.Analyze("I waited 3 hours in the ER and the receptionist was a rude f***ing b1tch. Call me on 555-201-7788.", nil)
	if r.Sentiment.Label != "negative" {
		t.Errorf("sentiment = %+v", r.Sentiment)
	}
	if !contains(r.Topics, "wait_time") || !contains(r.Topics, "staff_courtesy") {
		t.Errorf("topics = %v", r.Topics)
	}
	if !r.Profanity.Found || r.Profanity.Severity != "strong" {
		t.Errorf("profanity = %+v", r.Profanity)
	}
	if len(r.PHI) == 0 {
		t.Errorf("phi = %v, want the phone number at least", r.PHI)
	}
	b, err := json.Marshal(a.Analyze("", nil))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"sentiment":{"compound":0,"label":"neutral"},"topics":[],"profanity":{"found":false,"severity":"none","terms":[]},"phi":[]}`
	if string(b) != want {
		t.Errorf("empty text JSON = %s\nwant %s", b, want)
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

// TestDevSet holds the analysis to its own labelled development set. The
// floors sit just under the figures measured at the last tuning round, so a
// change that makes any of them clearly worse fails here.
func TestDevSet(t *testing.T) {
	data, err := os.ReadFile("testdata/devset.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	exs, err := ParseExamples(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) < 300 {
		t.Fatalf("dev set has %d examples, want at least 300", len(exs))
	}
	m := newAnalyzer(t).Evaluate(exs)
	t.Logf("sentiment acc %.3f neg %.3f pos %.3f; topics micro-F1 %.3f (P %.3f R %.3f); profanity P %.3f R %.3f sev %.3f; phi P %.3f R %.3f",
		m.SentimentAccuracy, m.NegativeRecall, m.PositiveRecall, m.Topics.Micro.F1(), m.Topics.Micro.Precision(), m.Topics.Micro.Recall(),
		m.Profanity.Precision(), m.Profanity.Recall(), m.SeverityAgreement, m.PHI.Precision(), m.PHI.Recall())
	floors := []struct {
		name      string
		got, want float64
	}{
		{"sentiment accuracy", m.SentimentAccuracy, 0.88},
		{"negative recall", m.NegativeRecall, 0.87},
		{"positive recall", m.PositiveRecall, 0.90},
		{"topic micro-F1", m.Topics.Micro.F1(), 0.90},
		{"profanity precision", m.Profanity.Precision(), 1.0},
		{"profanity recall", m.Profanity.Recall(), 0.95},
		{"self-disclosure recall", m.PHI.Recall(), 0.85},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s %.3f is below its floor %.3f", f.name, f.got, f.want)
		}
	}
	if os.Getenv("BEDSIDE_DEV_MISSES") != "" {
		byID := map[string]Example{}
		for _, e := range exs {
			byID[e.ID] = e
		}
		for _, x := range m.Misses {
			if strings.Contains(os.Getenv("BEDSIDE_DEV_MISSES"), x.Field) {
				t.Logf("%s %s want %s got %s: %q", x.ID, x.Field, x.Want, x.Got, byID[x.ID].Text)
			}
		}
	}
}

func TestParseExamplesNamesTheLine(t *testing.T) {
	_, err := ParseExamples([]byte("{\"id\":\"a\",\"text\":\"x\",\"sentiment\":\"positive\"}\n{\"id\":\"b\",\"text\":\"y\",\"sentiment\":\"happy\"}\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v, want it to name line 2", err)
	}
}

// TestAnalyzeConcurrent: one Analyzer shared by goroutines gives the same
// results as sequential calls (run with -race in CI).
func TestAnalyzeConcurrent(t *testing.T) {
	a := newAnalyzer(t)
	texts := []string{"I waited 3 hours in the ER.", "f***ing b1tch at the desk", "The nurses were lovely.", "Call me on 555-201-7788."}
	want := make([]string, len(texts))
	for i, s := range texts {
		b, _ := json.Marshal(a.Analyze(s, nil))
		want[i] = string(b)
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 200; k++ {
				i := k % len(texts)
				b, _ := json.Marshal(a.Analyze(texts[i], nil))
				if string(b) != want[i] {
					done <- fmt.Errorf("concurrent result for %q differs: %s", texts[i], b)
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
