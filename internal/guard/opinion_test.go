package guard

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"
)

// TestSentencesDevReproducible: the committed project-written training sentences are exactly
// what SentencesDev generates (run `go generate ./internal/guard` after changing it).
func TestSentencesDevReproducible(t *testing.T) {
	committed, err := os.ReadFile("testdata/sentences_dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(SentencesDev(), committed) {
		t.Fatal("testdata/sentences_dev.tsv is not what SentencesDev gives: run go generate ./internal/guard")
	}
	exs, err := ParseSentences(committed)
	if err != nil {
		t.Fatal(err)
	}
	pass := 0
	for _, e := range exs {
		if !e.Violation {
			pass++
		}
	}
	if len(exs) < 500 || pass < len(exs)*3/4 {
		t.Fatalf("%d sentences, %d compliant: the file is meant to be mostly compliant sentences", len(exs), pass)
	}
}

// TestOpinionModelReproducible regenerates the second opinion from the development sets and
// sentences_dev.tsv and compares it with the committed opinion_model.go (run `go generate
// ./internal/guard` after changing a dev set, the rules, the tokenizer or the trainer).
func TestOpinionModelReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains 11 models")
	}
	sets, err := OpinionDevSets("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if strings.Contains(s.Name, "holdout") {
			t.Fatalf("trained on a held-out set: %s", s.Name)
		}
	}
	extra, err := ParseSentences(SentencesDev())
	if err != nil {
		t.Fatal(err)
	}
	src, cv, err := TrainOpinion(sets, extra)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cv {
		t.Log(c)
		if r := ratio(c.WarnedBoth, c.Compliant); r > opinionWarnCap {
			t.Errorf("cross-validated compliant replies warned %.3f > %.2f", r, opinionWarnCap)
		}
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

// opinionOn is the default policy with the second opinion switched on.
func opinionOn(t testing.TB) *Guard {
	p := DefaultPolicy()
	p.Severity = map[string]Severity{"possible_disclosure": SeverityWarn}
	return mustGuard(t, p)
}

// TestOpinionScoreMatchesFeatures: the hashed scorer adds up exactly the weights of the named
// features training used, per sentence.
func TestOpinionScoreMatchesFeatures(t *testing.T) {
	g := opinionOn(t)
	m := g.opinion
	ws := map[string]float64{}
	for _, w := range opinionWeights {
		ws[w.feat] = float64(w.w)
	}
	for _, in := range []Input{
		{Kind: KindReply, Text: "It was a pleasure seeing how much stronger your grip has gotten since the spring. Keep it up!", Context: "Love this place, my grip is stronger."},
		{Kind: KindReply, Text: "We hope the 2 new routines help. Our team will follow up.", Context: "Rude staff."},
		{Kind: KindReply, Text: "Thank you! Call us at 555-010-4400. We're sorry the wait was long."},
	} {
		s := g.pool.Get().(*scan)
		s.reset(g, in)
		s.checkAll()
		s.exempt = s.exemptSentences(s.exempt)
		exempt := append([]bool(nil), s.exempt...)
		got, k := s.opinionBest(m, exempt)
		best, bestK := math.Inf(-1), int32(-1)
		sums := map[int32]float64{}
		var order []int32
		s.opinionFeatures(exempt, func(i int, prefix string, a, b []byte) {
			kk := s.d.toks[i].sent
			if _, ok := sums[kk]; !ok {
				order = append(order, kk)
				sums[kk] = m.bias
			}
			f := prefix + string(a)
			if b != nil {
				f += " " + string(b)
			}
			sums[kk] += ws[f]
		})
		for _, kk := range order {
			if sums[kk] > best {
				best, bestK = sums[kk], kk
			}
		}
		g.pool.Put(s)
		if k != bestK || math.Abs(got-best) > 1e-6 {
			t.Errorf("%q: scorer %v on sentence %d, features %v on sentence %d", in.Text, got, k, best, bestK)
		}
	}
}

func TestSecondOpinion(t *testing.T) {
	g := opinionOn(t)
	def := mustGuard(t, nil)

	// A reply that describes the reader's recovery in words no rule knows.
	disclosing := Input{Kind: KindReply, Text: "It was a pleasure seeing how much stronger your grip has gotten since the spring. Keep it up!", Context: "Love this place."}
	if r := def.Check(disclosing); r.Verdict != VerdictPass {
		t.Fatalf("off by default, and the rules must miss the example: %s %+v", r.Verdict, r.Findings)
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

	// General replies, invitations, thanks and posts stay silent.
	for _, in := range []Input{
		{Kind: KindReply, Text: "We're sorry to hear that. Please contact our Patient Relations team.", Context: "Rude staff, terrible service."},
		{Kind: KindReply, Text: "Thank you for the kind words! We share them with our whole team.", Context: "Great staff."},
		{Kind: KindReply, Text: "We appreciate you taking the time to leave a review. Have a wonderful week!", Context: "Friendly and quick."},
		{Kind: KindReply, Text: "We apologize for the frustration. Our managers are reviewing how we communicate delays. Please call us at 555-010-4400.", Context: "Waited two hours, nobody told me anything.", Allow: []string{"555-010-4400"}},
		{Kind: KindPost, Text: "It was a pleasure seeing how much stronger your grip gets with our free hand-strength class this spring. Keep it up!"},
		{Kind: KindPost, Text: "Flu shots are available at every location this month. No appointment needed."},
	} {
		if r := g.Check(in); r.Verdict != VerdictPass {
			t.Errorf("%q: %s %+v", in.Text, r.Verdict, r.Findings)
		}
	}

	// It only ever warns, and a policy switches it off.
	p := DefaultPolicy()
	p.Severity = map[string]Severity{"possible_disclosure": SeverityBlock}
	if r := mustGuard(t, p).Check(disclosing); r.Verdict != VerdictWarn {
		t.Errorf("the second opinion must never block: %s", r.Verdict)
	}
	p.Severity = map[string]Severity{"possible_disclosure": SeverityOff}
	if r := mustGuard(t, p).Check(disclosing); r.Verdict != VerdictPass {
		t.Errorf("severity off ignored: %s %+v", r.Verdict, r.Findings)
	}
	pol, err := ParsePolicy([]byte("version: 1\nseverity:\n  possible_disclosure: warn\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r := mustGuard(t, pol).Check(disclosing); r.Verdict != VerdictWarn {
		t.Errorf("policy file opt-in ignored: %s", r.Verdict)
	}
}

// TestExemptSentences: invitations, contact details, thanks and greetings are never scored,
// whatever words they hold; other sentences are.
func TestExemptSentences(t *testing.T) {
	g := opinionOn(t)
	text := "Hello Sam. We hope your grip keeps getting stronger. Please reach out to our team anytime. Thanks again for the kind words about your recovery! Email care@example.org. Best regards"
	s := g.pool.Get().(*scan)
	defer g.pool.Put(s)
	s.reset(g, Input{Kind: KindReply, Text: text, Allow: []string{"care@example.org"}})
	s.checkAll()
	ex := s.exemptSentences(nil)
	want := []bool{true, false, true, true, true, true}
	if s.d.nsent != len(want) {
		t.Fatalf("%d sentences, want %d", s.d.nsent, len(want))
	}
	for k, w := range want {
		if ex[k] != w {
			t.Errorf("sentence %d exempt %v, want %v", k, ex[k], w)
		}
	}
}
