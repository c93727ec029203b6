package guard

import (
	"fmt"
	"sort"

	"github.com/bedsidehq/bedside/internal/profanity"
	"strings"
	"testing"
	"time"
)

// reply1KB is a realistic 1 KB reply with a few findings.
var reply1KB = func() string {
	s := "Thank you for taking the time to share your feedback with us. We're sorry to hear that the wait was longer than expected and that you felt the front desk did not keep you informed. " +
		"Our team works hard to provide timely, respectful care to every person who walks through our doors, and comments like yours help us improve. " +
		"We have shared your concerns with our leadership team so they can review staffing during busy evening hours. " +
		"We would welcome the chance to learn more about what happened; please contact our Patient Relations team at (555) 010-4400 or patientrelations@mercyvalley.org at your convenience. " +
		"Again, thank you for letting us know, and we hope to have the opportunity to make this right. Dr. Patel and the whole team wish you well after your knee surgery. "
	for len(s) < 1024 {
		s += "We appreciate you. "
	}
	return s[:1024]
}()

var ctx = "Waited three hours and nobody told me anything. Rude front desk. Dr. Patel was fine but my knee surgery follow-up was a mess."

func BenchmarkCheck1KB(b *testing.B) {
	g := mustGuard(b, nil)
	in := Input{Kind: KindReply, Text: reply1KB, Context: ctx, Reviewer: "Sam T.", Allow: []string{"(555) 010-4400", "patientrelations@mercyvalley.org"}}
	b.SetBytes(int64(len(reply1KB)))
	b.ReportAllocs()
	for b.Loop() {
		g.Check(in)
	}
}

// BenchmarkCheck1KBGuardOnly is BenchmarkCheck1KB without the profanity.Find call (owned by
// internal/profanity): the guard's own tokenizer, lexicon tries, scanners and rules.
func BenchmarkCheck1KBGuardOnly(b *testing.B) {
	g := mustGuard(b, nil)
	in := Input{Kind: KindReply, Text: reply1KB, Context: ctx, Reviewer: "Sam T.", Allow: []string{"(555) 010-4400", "patientrelations@mercyvalley.org"}}
	saved := findProfanity
	findProfanity = func(string) []profanity.Match { return nil }
	defer func() { findProfanity = saved }()
	b.SetBytes(int64(len(reply1KB)))
	b.ReportAllocs()
	for b.Loop() {
		g.Check(in)
	}
}

// BenchmarkCheck1KBLatency reports the p99 latency of single Check calls.
func BenchmarkCheck1KBLatency(b *testing.B) {
	g := mustGuard(b, nil)
	in := Input{Kind: KindReply, Text: reply1KB, Context: ctx, Reviewer: "Sam T.", Allow: []string{"(555) 010-4400"}}
	ds := make([]time.Duration, 0, 1<<16)
	for b.Loop() {
		t0 := time.Now()
		g.Check(in)
		ds = append(ds, time.Since(t0))
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds()), "p50-µs")
}

func BenchmarkCheck1MB(b *testing.B) {
	g := mustGuard(b, nil)
	text := strings.Repeat(reply1KB, 1024)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Check(Input{Kind: KindReply, Text: text, Context: ctx})
	}
}

// BenchmarkCheckRepeated runs shapes whose per-item work once walked the whole text (the
// organization's own phone repeated, opening hours repeated, a post of named people told in
// the third person, also as one sentence without an end) at 256 KiB and 1 MiB: MB/s should hold steady between the two sizes.
func BenchmarkCheckRepeated(b *testing.B) {
	rep := func(s string, n int) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	for _, c := range []struct {
		name string
		in   Input
		unit string
	}{
		{"own phone", Input{Kind: KindReply, Context: "Bad", Allow: []string{"(555) 010-4400"}}, "Call (555) 010-4400 today. "},
		{"hours", Input{Kind: KindReply, Context: "When are you open?"}, "Open 9am-5pm. "},
		{"third person", Input{Kind: KindPost}, "Meet Jonah, who has diabetes and asthma. "},
		{"one long sentence", Input{Kind: KindPost}, "Meet Jonah who has diabetes and asthma "},
	} {
		for _, n := range []int{256 << 10, 1 << 20} {
			b.Run(fmt.Sprintf("%s/%dKiB", c.name, n>>10), func(b *testing.B) {
				g := mustGuard(b, nil)
				in := c.in
				in.Text = rep(c.unit, n)
				b.SetBytes(int64(n))
				for b.Loop() {
					g.Check(in)
				}
			})
		}
	}
}

// BenchmarkProfanityShare1KB measures the profanity.Find call Check makes on the same text,
// so the guard's own cost can be read as the difference.
func BenchmarkProfanityShare1KB(b *testing.B) {
	b.SetBytes(int64(len(reply1KB)))
	for b.Loop() {
		profanity.Find(reply1KB)
	}
}

// compliant1KB is reply1KB without its one disclosing sentence: the rules pass it, so the
// second opinion (when on) reads every sentence.
var compliant1KB = func() string {
	s := reply1KB[:strings.Index(reply1KB, " Dr. Patel")] + " "
	for len(s) < 1024 {
		s += "We appreciate you. "
	}
	return s[:1024]
}()

// BenchmarkCheck1KBOpinion runs BenchmarkCheck1KB's reply and the compliant 1 KB reply with
// the second opinion on (the default) and off (policy), to show what it costs.
func BenchmarkCheck1KBOpinion(b *testing.B) {
	off := DefaultPolicy()
	off.Severity = map[string]Severity{"possible_disclosure": SeverityOff, "possible_concern": SeverityOff}
	for _, c := range []struct {
		name, text string
		p          *Policy
	}{{"blocking/off", reply1KB, off}, {"blocking/on", reply1KB, nil}, {"compliant/off", compliant1KB, off}, {"compliant/on", compliant1KB, nil}} {
		b.Run(c.name, func(b *testing.B) {
			g := mustGuard(b, c.p)
			in := Input{Kind: KindReply, Text: c.text, Context: ctx, Reviewer: "Sam T.", Allow: []string{"(555) 010-4400", "patientrelations@mercyvalley.org"}}
			if v := g.Check(in).Verdict; strings.HasPrefix(c.name, "compliant") && v != VerdictPass {
				b.Fatalf("compliant reply: %s %+v", v, g.Check(in).Findings)
			}
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				g.Check(in)
			}
		})
	}
}
