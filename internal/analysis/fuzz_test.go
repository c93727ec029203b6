package analysis

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "I waited 3 hours in the ER.", "Call me on 555-201-7788, my MRN is 00482291.",
		"f***ing b1tch", "\xff\xfe<script>", strings.Repeat("a ", 500), "Dr. Dickson, Scunthorpe"} {
		f.Add(s)
	}
	a, err := New(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := a.Analyze(s, nil)
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("result does not encode: %v", err)
		}
		for _, p := range r.PHI {
			if p.Start < 0 || p.End > len(s) || p.Start > p.End {
				t.Fatalf("PHI span %d..%d outside %d bytes", p.Start, p.End, len(s))
			}
		}
		if r.Topics == nil || r.Profanity.Terms == nil || r.PHI == nil {
			t.Fatal("nil slice would encode as null")
		}
	})
}

func devTexts(b *testing.B) []string {
	data, err := os.ReadFile("testdata/devset.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	exs, err := ParseExamples(data)
	if err != nil {
		b.Fatal(err)
	}
	var ts []string
	for _, e := range exs {
		ts = append(ts, e.Text)
	}
	return ts
}

// BenchmarkAnalyze runs the whole analysis over the development set's
// patient texts and reports texts per second on one core.
func BenchmarkAnalyze(b *testing.B) {
	a, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	texts := devTexts(b)
	n := 0
	for b.Loop() {
		a.Analyze(texts[n%len(texts)], nil)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "texts/s")
}

// BenchmarkAnalyzeReview is one typical 400-byte review.
func BenchmarkAnalyzeReview(b *testing.B) {
	a, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	text := "I brought my mother to the ER on Saturday. We waited almost four hours and nobody told us anything. " +
		"When we finally saw Dr. Evans he was kind and explained everything, and the nurses were lovely. " +
		"But the billing office charged us twice and the parking is a nightmare. Overall a mixed experience, " +
		"the care itself was good but the organisation around it is poor."
	b.SetBytes(int64(len(text)))
	n := 0
	for b.Loop() {
		a.Analyze(text, nil)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "texts/s")
}

// BenchmarkAnalyzeAdversarial: hostile shapes at growing sizes; ns/byte
// should stay flat.
func BenchmarkAnalyzeAdversarial(b *testing.B) {
	a, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{1 << 10, 1 << 14, 1 << 18, 1 << 20} {
		text := strings.Repeat("f*** no no not but <b>waiting</b> 555-0199 a$$ ", size/45+1)[:size]
		b.Run(sizeLabel(size), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				a.Analyze(text, nil)
			}
		})
	}
}

func sizeLabel(n int) string {
	switch n {
	case 1 << 10:
		return "1KiB"
	case 1 << 14:
		return "16KiB"
	case 1 << 18:
		return "256KiB"
	}
	return "1MiB"
}
