package guard

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestOpinionModelReproducible regenerates the second opinion from the development sets and
// compares it with the committed opinion_model.go (run `go generate ./internal/guard` after
// changing a dev set, the tokenizer or the trainer).
func TestOpinionModelReproducible(t *testing.T) {
	sets, err := OpinionDevSets("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if strings.Contains(s.Name, "holdout") {
			t.Fatalf("trained on a held-out set: %s", s.Name)
		}
	}
	src, cv, err := TrainOpinion(sets)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cv {
		t.Log(c)
	}
	committed, err := os.ReadFile("opinion_model.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, committed) {
		t.Fatal("opinion_model.go is not what the development sets give: run go generate ./internal/guard")
	}
	if len(opinionWeights) < 100 {
		t.Fatalf("model has %d weights", len(opinionWeights))
	}
}

func TestSecondOpinion(t *testing.T) {
	g := mustGuard(t, nil)
	rulesOnly := mustGuard(t, nil)
	rulesOnly.opinion = nil

	// A reply that describes the reader's recovery in words no rule knows.
	disclosing := Input{Kind: KindReply, Text: "It was a pleasure seeing how much stronger your grip has gotten since the spring. Keep it up!", Context: "Love this place."}
	if v := rulesOnly.Check(disclosing).Verdict; v != VerdictPass {
		t.Fatalf("the rules now catch the example (%s): pick one they miss", v)
	}
	r := g.Check(disclosing)
	if r.Verdict != VerdictWarn || len(r.Findings) != 1 || r.Findings[0].Rule != "possible_disclosure" {
		t.Fatalf("want one possible_disclosure warning, got %s %+v", r.Verdict, r.Findings)
	}
	f := r.Findings[0]
	if f.Category != "review" || f.Severity != SeverityWarn || f.Message == "" || f.Alternative == "" {
		t.Fatalf("finding %+v", f)
	}
	if want := "It was a pleasure seeing how much stronger your grip has gotten since the spring."; f.Text != want {
		t.Fatalf("span %q, want the sentence %q", f.Text, want)
	}
	checkSpans(t, disclosing.Text, r.Findings)

	// Clearly general replies and posts stay silent.
	for _, in := range []Input{
		{Kind: KindReply, Text: "Thank you for the kind words! We share them with our whole team.", Context: "Great staff."},
		{Kind: KindReply, Text: "We appreciate you taking the time to leave a review. Have a wonderful week!", Context: "Friendly and quick."},
		{Kind: KindPost, Text: "It was a pleasure seeing how much stronger your grip gets with our free hand-strength class this spring. Keep it up!"},
		{Kind: KindPost, Text: "Flu shots are available at every location this month. No appointment needed."},
	} {
		if r := g.Check(in); r.Verdict != VerdictPass {
			t.Errorf("%q: %s %+v", in.Text, r.Verdict, r.Findings)
		}
	}

	// It only ever warns, and a policy can switch it off.
	p := DefaultPolicy()
	p.Severity = map[string]Severity{"possible_disclosure": SeverityBlock}
	if r := mustGuard(t, p).Check(disclosing); r.Verdict != VerdictWarn {
		t.Errorf("the second opinion must never block: %s", r.Verdict)
	}
	p.Severity = map[string]Severity{"possible_disclosure": SeverityOff}
	if r := mustGuard(t, p).Check(disclosing); r.Verdict != VerdictPass {
		t.Errorf("severity off ignored: %s %+v", r.Verdict, r.Findings)
	}
}
