package profanity

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestClinicalTextIsClean is the Scunthorpe guarantee: anatomy, clinical
// vocabulary, names and places patients write must never be flagged.
func TestClinicalTextIsClean(t *testing.T) {
	f, err := os.Open("testdata/clinical.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		n++
		for _, m := range Find(line) {
			t.Errorf("flagged %q (%s) in %q", line[m.Start:m.End], m.Term, line)
		}
	}
	if n < 30 {
		t.Fatalf("only %d clinical sentences", n)
	}
}
