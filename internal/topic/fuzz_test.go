package topic

import (
	"strings"
	"testing"
)

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "No problems with parking.", "Dr. Lee listened.", "\xff waiting room",
		strings.Repeat("parking ", 300), "3 hours", "on hold for 40 minutes"} {
		f.Add(s)
	}
	valid := map[string]bool{}
	for _, id := range IDs {
		valid[id] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Detect(s)
		if got == nil {
			t.Fatal("nil topics")
		}
		last := -1
		for _, id := range got {
			if !valid[id] || order[id] <= last {
				t.Fatalf("topics %v for %q: unknown, duplicate or out of order", got, s)
			}
			last = order[id]
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	text := "The receptionist was rude and the doctor never listened. I waited 3 hours in the ER with my daughter. The nurses were lovely though, and parking was no problem."
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkDetectAdversarial(b *testing.B) {
	for _, size := range []int{1 << 10, 1 << 14, 1 << 18} {
		text := strings.Repeat("no problems with the waiting room parking staff doctor ", size/55+1)[:size]
		b.Run(sizeName(size), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				Detect(text)
			}
		})
	}
}

func sizeName(n int) string {
	switch {
	case n >= 1<<20:
		return "1MiB"
	case n >= 1<<18:
		return "256KiB"
	case n >= 1<<14:
		return "16KiB"
	}
	return "1KiB"
}
