package topic

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// TestModelReproducible: model_data.go is what cmd/traintopic makes of the labelled files
// today. A changed, added or removed file, or a change to the features or the training,
// needs `go generate ./internal/topic`.
func TestModelReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model (about a second); skipped with -short")
	}
	files, err := ReadLabelledFiles("../analysis/testdata")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("model_data.go")
	if err != nil {
		t.Fatal(err)
	}
	if got := TrainModel(files); !bytes.Equal(got, want) {
		t.Fatal("model_data.go is stale: run `go generate ./internal/topic` and commit the result")
	}
}

// rulesOnly is Detect without the learned layer.
func rulesOnly(text string) []string {
	var found, rejected [14]bool
	for _, s := range sentences(text) {
		detectSentence(s, &found, &rejected)
	}
	out := []string{}
	for i, f := range found {
		if f {
			out = append(out, IDs[i])
		}
	}
	return out
}

// TestModelFillsRuleGaps: the learned layer adds topics told in words no rule knows, and
// does not add what the rules set aside.
func TestModelFillsRuleGaps(t *testing.T) {
	for _, c := range []struct {
		text  string
		rules []string // what the rules alone find
		want  []string // what Detect finds
	}{
		{"Told me it was anxiety. It was my appendix.", []string{}, []string{ProviderCare, Outcome}},
		// the layer never adds what the rules set aside as negated
		{"Not one problem with the car park.", []string{}, []string{}},
	} {
		if got := rulesOnly(c.text); !reflect.DeepEqual(got, c.rules) {
			t.Errorf("rules(%q) = %v, want %v", c.text, got, c.rules)
		}
		if got := Detect(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
