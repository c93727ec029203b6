package evalset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadMedicationReviews(t *testing.T) {
	cs, err := LoadMedicationReviews("../testdata/medication/dev1.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var neg, pos int
	for _, c := range cs {
		switch c.Polarity {
		case Negative:
			neg++
		case Positive:
			pos++
		}
		if c.Text == "" {
			t.Errorf("%s: empty text", c.ID)
		}
	}
	if len(cs) != 500 || neg != 150 || pos != 225 {
		t.Errorf("read %d reviews, %d negative, %d positive; want 500, 150, 225", len(cs), neg, pos)
	}
}

func TestLoadMedicationReviewsJoinsAnswersAndNamesBadLines(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte(`{"id":"a","rating":2,"benefits":"none really","side_effects":"nausea","comments":"stopped after a week"}`+"\n"), 0o600)
	cs, err := LoadMedicationReviews(good)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Text != "none really. stopped after a week" || cs[0].Polarity != Negative {
		t.Errorf("got %+v; want the benefits and comments answers joined, side effects left out, negative", cs)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"id":"a","rating":5,"benefits":"x","comments":"y"}`+"\n"+`{"id":"b","rating":11,"benefits":"x","comments":"y"}`+"\n"), 0o600)
	_, err = LoadMedicationReviews(bad)
	if err == nil || !strings.Contains(err.Error(), "line 2") || !strings.Contains(err.Error(), "outside 1..10") {
		t.Errorf("err = %v; want line 2 named and the rating range", err)
	}
}
