package guard

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bedsidehq/bedside/internal/textmodel"
)

// TestOpinionModelReproducible retrains the second opinion from testdata/*.jsonl and compares
// it with the committed opinion_model.go (run `go generate ./internal/guard` after changing a
// labelled file, the tokenizer or the trainer).
func TestOpinionModelReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two models on every labelled file")
	}
	sets, err := OpinionSets("testdata")
	if err != nil {
		t.Fatal(err)
	}
	// Training reads exactly testdata/*.jsonl: never a sealed set.
	want, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := filepath.Glob("testdata/sealed/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != len(want) {
		t.Fatalf("trained on %d files, want the %d in testdata/*.jsonl", len(sets), len(want))
	}
	for i, s := range sets {
		if s.Name != filepath.Base(want[i]) {
			t.Fatalf("trained on %s, want %s", s.Name, filepath.Base(want[i]))
		}
		for _, f := range sealed {
			if filepath.Base(f) == s.Name {
				t.Fatalf("trained on %s, which is also sealed", s.Name)
			}
		}
	}
	src, err := TrainOpinion(sets)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("opinion_model.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, committed) {
		t.Fatal("opinion_model.go is not what the labelled files give: run go generate ./internal/guard")
	}
	if len(opinionWeights) < 1000 {
		t.Fatalf("model has %d weights", len(opinionWeights))
	}
}

// TestOpinionScoreMatchesFeatures: the hashed scorer adds up exactly the weights of the named
// features training used, and names the sentence that adds most.
func TestOpinionScoreMatchesFeatures(t *testing.T) {
	g := mustGuard(t, nil)
	m := g.opinion
	ws := map[string][2]float32{}
	for _, w := range opinionWeights {
		ws[w.feat] = w.w
	}
	for _, in := range []Input{
		{Kind: KindReply, Text: "It was a pleasure seeing how much stronger your grip has gotten since the spring. Keep it up!", Context: "Love this place, my grip is stronger."},
		{Kind: KindReply, Text: "We hope the 2 new routines help. Our team will follow up.", Context: "Rude staff."},
		{Kind: KindPost, Text: "Thank you! Call us at 555-010-4400. We're sorry the wait was long."},
		{Kind: KindReply, Text: ""},
	} {
		s := g.pool.Get().(*scan)
		s.reset(g, in)
		s.checkAll()
		z, best := s.opinionScores(m)
		kind := s.kindIndex()
		want := [2]float64{m.bias[0][kind], m.bias[1][kind]}
		sums := map[int32][2]float64{}
		s.opinionFeatures(func(i int, prefix string, a, b []byte) {
			f := prefix + string(a)
			if b != nil {
				f += " " + string(b)
			}
			k := s.d.toks[i].sent
			x := sums[k]
			for j := range want {
				want[j] += float64(ws[f][j])
				x[j] += float64(ws[f][j])
			}
			sums[k] = x
		})
		g.pool.Put(s)
		for j := range want {
			if math.Abs(z[j]-want[j]) > 1e-4 {
				t.Errorf("%q model %d: scorer %v, features %v", in.Text, j, z[j], want[j])
			}
			if len(sums) == 0 {
				if best[j] != -1 {
					t.Errorf("%q: best sentence %d in a text without tokens", in.Text, best[j])
				}
				continue
			}
			for k, x := range sums {
				if x[j] > sums[best[j]][j]+1e-9 {
					t.Errorf("%q model %d: sentence %d adds %v, more than the best %d", in.Text, j, k, x[j], best[j])
				}
			}
		}
	}
}

// disclosing describes the reader's recovery in words no rule knows.
var disclosing = Input{Kind: KindReply, Text: "It was a pleasure seeing how much stronger your grip has gotten since the spring. Keep it up!", Context: "Love this place."}

func TestSecondOpinion(t *testing.T) {
	off := DefaultPolicy()
	off.Severity = map[string]Severity{"possible_disclosure": SeverityOff, "possible_concern": SeverityOff}
	if r := mustGuard(t, off).Check(disclosing); r.Verdict != VerdictPass {
		t.Fatalf("the rules alone must miss the example: %s %+v", r.Verdict, r.Findings)
	}
	g := mustGuard(t, nil)
	r := g.Check(disclosing)
	if r.Verdict != VerdictBlock || len(r.Findings) != 1 || r.Findings[0].Rule != "possible_disclosure" {
		t.Fatalf("want one possible_disclosure block, got %s %+v", r.Verdict, r.Findings)
	}
	f := r.Findings[0]
	if f.Category != "review" || f.Message == "" || f.Alternative == "" {
		t.Fatalf("finding %+v", f)
	}
	if want := "It was a pleasure seeing how much stronger your grip has gotten since the spring."; f.Text != want {
		t.Fatalf("span %q, want the sentence %q", f.Text, want)
	}
	checkSpans(t, disclosing.Text, r.Findings)

	// Everyday compliant replies and posts stay silent.
	for _, in := range []Input{
		{Kind: KindReply, Text: "We're sorry to hear that. Please contact our Patient Relations team.", Context: "Rude staff, terrible service."},
		{Kind: KindReply, Text: "Thank you for the kind words! We share them with our whole team.", Context: "Great staff."},
		{Kind: KindReply, Text: "We appreciate you taking the time to leave a review. Have a wonderful week!", Context: "Friendly and quick."},
		{Kind: KindReply, Text: "We're sorry your experience fell short. We'd like to learn more; please call our patient experience team at 555-010-4400.", Context: "Terrible. Never again.", Allow: []string{"555-010-4400"}},
		{Kind: KindReply, Text: "Thank you for sharing this. We take all feedback seriously and would welcome a chance to talk with you directly. Please email feedback@example.org.", Context: "The front desk was rude.", Allow: []string{"feedback@example.org"}},
		{Kind: KindPost, Text: "Flu shots are available at every location this month. No appointment needed."},
		{Kind: KindPost, Text: "Join us Saturday for a free blood pressure screening in the main lobby, 9 to noon."},
	} {
		if r := g.Check(in); r.Verdict != VerdictPass {
			t.Errorf("%q: %s %+v", in.Text, r.Verdict, r.Findings)
		}
	}

	// A policy can lower it to a warning or switch it off, in Go or in a policy file.
	p := DefaultPolicy()
	p.Severity = map[string]Severity{"possible_disclosure": SeverityWarn}
	if r := mustGuard(t, p).Check(disclosing); r.Verdict != VerdictWarn || r.Findings[0].Severity != SeverityWarn {
		t.Errorf("severity warn ignored: %s %+v", r.Verdict, r.Findings)
	}
	pol, err := ParsePolicy([]byte("version: 1\nseverity:\n  possible_disclosure: off\n  possible_concern: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r := mustGuard(t, pol).Check(disclosing); r.Verdict != VerdictPass {
		t.Errorf("policy file off ignored: %s %+v", r.Verdict, r.Findings)
	}
}

// TestSecondOpinionNeverOverridesABlock: a text the rules block gets no learned finding, and a
// text the rules warn gets at most the disclosure finding, never a concern.
func TestSecondOpinionNeverOverridesABlock(t *testing.T) {
	g := mustGuard(t, nil)
	blocked := Input{Kind: KindReply, Text: "Glad your knee replacement went well, Maria! It was a pleasure seeing how much stronger your grip has gotten.", Context: "Great surgeons."}
	r := g.Check(blocked)
	if r.Verdict != VerdictBlock {
		t.Fatalf("want block, got %s", r.Verdict)
	}
	for _, f := range r.Findings {
		if strings.HasPrefix(f.Rule, "possible_") {
			t.Errorf("learned finding on a text the rules block: %+v", f)
		}
	}
	warned := Input{Kind: KindReply, Text: "That is simply not true. Our staff followed every procedure correctly.", Context: "They ignored me for hours."}
	for _, f := range g.Check(warned).Findings {
		if f.Rule == "possible_concern" {
			t.Errorf("concern added to a text the rules already warn: %+v", f)
		}
	}
}

// TestSecondOpinionTiers drives the decision with a hand-made model: one word whose weight
// puts the disclosure probability at a chosen level.
func TestSecondOpinionTiers(t *testing.T) {
	g := mustGuard(t, nil)
	for _, kind := range []Kind{KindReply, KindPost} {
		in := Input{Kind: kind, Text: "Thanks for the note. Your grip is the talk of the office!"}
		block, review := DisclosureThreshold, DisclosureReviewThreshold
		if kind == KindPost {
			block, review = PostDisclosureThreshold, PostDisclosureReviewThreshold
		} else {
			in.Context = "Nice people."
		}
		decide := func(p float64) []Finding {
			m := newOpinionModel([2][2]float64{{-5, -5}, {-20, -20}}, []opinionWeight{{"u:grip", [2]float32{float32(textmodel.LogOdds(p) + 5), 0}}})
			s := g.pool.Get().(*scan)
			defer g.pool.Put(s)
			s.reset(g, in)
			s.checkAll()
			return s.secondOpinion(m, verdictOf(s.finish()))
		}
		type tier struct {
			p    float64
			want Severity // "" for no finding
		}
		cases := []tier{{0.9, SeverityBlock}, {block + 0.01, SeverityBlock}, {review - 0.01, ""}, {0.2, ""}}
		if review < block {
			// the warning tier: from review up to block
			cases = append(cases, tier{block - 0.01, SeverityWarn}, tier{review + 0.01, SeverityWarn})
		}
		for _, c := range cases {
			fs := decide(c.p)
			switch {
			case c.want == "" && len(fs) != 0:
				t.Errorf("%s p %.2f: want no finding, got %+v", kind, c.p, fs)
			case c.want != "" && (len(fs) != 1 || fs[0].Rule != "possible_disclosure" || fs[0].Severity != c.want):
				t.Errorf("%s p %.2f: want one possible_disclosure %s, got %+v", kind, c.p, c.want, fs)
			case c.want != "" && fs[0].Text != "Your grip is the talk of the office!":
				t.Errorf("%s p %.2f: finding on %q, want the sentence with the word", kind, c.p, fs[0].Text)
			}
		}
	}
}
