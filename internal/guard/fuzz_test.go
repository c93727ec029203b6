package guard

import (
	"strings"
	"testing"
)

// FuzzCheck: no panic, valid spans, for any text, context and reviewer. The seed corpus is in
// testdata/fuzz/FuzzCheck.
func FuzzCheck(f *testing.F) {
	g := mustGuard(f, nil)
	f.Add("Hi Maria, your MRI on 3/14/2024 at 2:30 pm showed a tumor. Call 555-123-4567.", "my MRI", "Maria", false)
	f.Add("Our patient John Smith, 94 years old, after his hip fracture...", "", "", true)
	// A dosing phrase cut off at either end once indexed past the tokens.
	f.Add("Take 200 mg every", "", "", false)
	f.Add("Per day.", "", "", false)
	f.Add("every", "", "", true)
	// Numbers and counts the reader wrote, repeated first thing in the reply.
	f.Add("48213 is on our list, and room 212 too. Six sessions!", "closer to 48213? room 212, 6 sessions", "", false)
	f.Add("\xff\xfe\x00 Dr.\u00a0Ñúñez 1-800-555-0199 ext 12 — www.ex.com/a?b=1 a@b.co", "ñ", "@x_1", false)
	f.Fuzz(func(t *testing.T, text, context, reviewer string, post bool) {
		k := KindReply
		if post {
			k = KindPost
		}
		r := g.Check(Input{Kind: k, Text: text, Context: context, Reviewer: reviewer, Allow: []string{"555-123-4567", "ex.com"}})
		if r.Findings == nil {
			t.Fatal("nil findings")
		}
		checkSpans(t, text, r.Findings)
		checkSpans(t, text, g.Disclosures(text))
	})
}

// adversarial builds megabyte inputs that would expose quadratic scanning.
func adversarial() map[string]string {
	mb := 1 << 20
	rep := func(s string) string { return strings.Repeat(s, mb/len(s)+1)[:mb] }
	return map[string]string{
		"digits":       rep("1234567890"),
		"digit groups": rep("555-123-4567 "),
		"dots":         rep(".........."),
		"at signs":     rep("a@b@c@d."),
		"urls":         rep("http://www.a.b/"),
		"names":        rep("Dr. Maria Lopez Smith "),
		"health":       rep("your chest pain and diabetes "),
		"mixed":        rep("日本語 Ωμέγα \xff\xfe Dr. O'Brien's "),
		"punctuation":  rep("((([[[{{{!!!???,,,;;;"),
		"one token":    rep("a"),
		"apostrophes":  rep("'s'''s"),
		"hyphens":      rep("x-ray-x-ray-"),
	}
}

// TestLinearOnAdversarialInput checks megabyte inputs finish with valid spans and that
// doubling the input roughly doubles the work, measured in tokens and findings rather than
// wall-clock time (which is noisy on shared CI machines).
func TestLinearOnAdversarialInput(t *testing.T) {
	g := mustGuard(t, nil)
	for name, text := range adversarial() {
		t.Run(name, func(t *testing.T) {
			r := g.Check(Input{Kind: KindReply, Text: text, Context: text[:4096], Reviewer: "Maria"})
			checkSpans(t, text, r.Findings)
			half := g.Check(Input{Kind: KindReply, Text: text[:len(text)/2], Context: text[:4096], Reviewer: "Maria"})
			if len(r.Findings) > 2*len(half.Findings)+4 {
				t.Errorf("findings grow faster than input: %d for 1 MB vs %d for 512 KB", len(r.Findings), len(half.Findings))
			}
		})
	}
}

// TestScanWorkIsLinear bounds the allocations of a Check: a pooled scan allocates per
// finding, not per byte or per pair of tokens.
func TestScanWorkIsLinear(t *testing.T) {
	g := mustGuard(t, nil)
	small := strings.Repeat("Thanks for the kind words about our team. ", 50)
	big := strings.Repeat(small, 16)
	g.Check(Input{Text: big}) // warm the pool
	a1 := testing.AllocsPerRun(5, func() { g.Check(Input{Text: small}) })
	a2 := testing.AllocsPerRun(5, func() { g.Check(Input{Text: big}) })
	if a2 > 16*a1+64 {
		t.Errorf("allocations grow superlinearly: %v for 16x input vs %v", a2, a1)
	}
}
