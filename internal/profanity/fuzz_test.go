package profanity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "f***", "sh!t a$$ b1tch", "f u c k", "s.h.i.t", "Scunthorpe", "Dick Dickson",
		"fuuuuuuuuck", "\xff\xfe", "<b>fuck</b>", "a**", "****", "motherf***er", "ass hole", "#'S***",
		strings.Repeat("f ", 1000), strings.Repeat("*", 500), strings.Repeat("a$", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range Find(s) {
			if m.Start < prev || m.Start >= m.End || m.End > len(s) {
				t.Fatalf("bad span %d..%d (prev end %d) in %q", m.Start, m.End, prev, s)
			}
			if m.Term == "" || m.Severity.Rank() == 0 {
				t.Fatalf("bad match %+v", m)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("span splits a character: %+v in %q", m, s)
			}
			prev = m.End
		}
	})
}

// BenchmarkFindAdversarial feeds worst-case shapes at growing sizes; ns/op
// divided by the size stays flat when the scan is linear.
func BenchmarkFindAdversarial(b *testing.B) {
	shapes := map[string]string{
		"letters":  "f u c k a s s ",
		"masks":    "f*** s**t a** ",
		"longword": "fuckfuckfuckfuckfuckfuckfuckfuckfuckfuck",
		"runs":     "fuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuck ",
	}
	for name, unit := range shapes {
		for _, size := range []int{1 << 10, 1 << 14, 1 << 18} {
			text := strings.Repeat(unit, size/len(unit)+1)[:size]
			b.Run(name+"/"+itoa(size), func(b *testing.B) {
				b.SetBytes(int64(size))
				for b.Loop() {
					Find(text)
				}
			})
		}
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func BenchmarkFind(b *testing.B) {
	text := "The receptionist was rude and the doctor never listened. I waited 3 hours in the ER with my daughter, who has asthma. Absolute sh!t service."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text)
	}
}

// BenchmarkFind1KB is a 1 KB staff reply, the shape the compliance guard
// scans on every Check (its BenchmarkProfanityShare1KB).
func BenchmarkFind1KB(b *testing.B) {
	s := "Thank you for taking the time to share your feedback with us. We're sorry to hear that the wait was longer than expected and that you felt the front desk did not keep you informed. " +
		"Our team works hard to provide timely, respectful care to every person who walks through our doors, and comments like yours help us improve. " +
		"We have shared your concerns with our leadership team so they can review staffing during busy evening hours. " +
		"We would welcome the chance to learn more about what happened; please contact our Patient Relations team at (555) 010-4400 or patientrelations@mercyvalley.org at your convenience. " +
		"Again, thank you for letting us know, and we hope to have the opportunity to make this right. Dr. Patel and the whole team wish you well after your knee surgery. "
	for len(s) < 1024 {
		s += "We appreciate you. "
	}
	s = s[:1024]
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s)
	}
}
