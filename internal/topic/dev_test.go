package topic

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestDevSets holds the detector to the project's topic development files (written by the
// project; the sealed held-out sets are not read here). The learned layer is trained on these
// files, so the figures are in-sample: they catch regressions, they say nothing about new
// writers (`go generate ./internal/topic` with -cv, and the sealed sets, do).
// BEDSIDE_TOPIC_MISSES=1 prints every disagreement.
func TestDevSets(t *testing.T) {
	for _, f := range []struct {
		path        string
		floor, minR float64
	}{
		{"../analysis/testdata/devset.jsonl", 0.92, 0.95},
		{"../analysis/testdata/topics_dev2.jsonl", 0.90, 0.90},
		{"../analysis/testdata/topics_dev3.jsonl", 0.91, 0.91},
		{"../analysis/testdata/dev_external.jsonl", 0.87, 0.90},
		{"../analysis/testdata/topics_dev4.jsonl", 0.91, 0.97}, // in-sample 0.951 with five files, 0.911-0.916 with more: writers disagree
		{"../analysis/testdata/topics_dev5.jsonl", 0.93, 0.97},
		{"../analysis/testdata/topics_dev6.jsonl", 0.92, 0.97},
		{"../analysis/testdata/topics_dev7.jsonl", 0.89, 0.97},
		{"../analysis/testdata/topics_dev8.jsonl", 0.90, 0.97},
		{"../analysis/testdata/holdout_fresh2.jsonl", 0.92, 0.97},
		{"../analysis/testdata/holdout_fresh3.jsonl", 0.92, 0.97},
		{"../analysis/testdata/holdout_fresh4.jsonl", 0.92, 0.97},
		// Sealed until its single run on 8c353f0 (0.842, docs/BENCHMARKS.md); in-sample since.
		{"../analysis/testdata/holdout_fresh5.jsonl", 0.93, 0.97},
		// Sealed until its single run on 7f7b8a3 (0.837, docs/BENCHMARKS.md); in-sample since.
		{"../analysis/testdata/holdout_fresh6.jsonl", 0.93, 0.97},
		// Sealed until its single run on f9bc2c8 (0.865, docs/BENCHMARKS.md); in-sample since.
		{"../analysis/testdata/holdout_fresh7.jsonl", 0.93, 0.97},
		// Sealed until its single run on 6d83eea (0.844, docs/BENCHMARKS.md); in-sample since.
		{"../analysis/testdata/holdout_fresh8.jsonl", 0.93, 0.97},
		// Sealed until its single run on 8e02f28 (0.845, docs/BENCHMARKS.md); in-sample since.
		{"../analysis/testdata/holdout_fresh9.jsonl", 0.93, 0.97},
	} {
		fh, err := os.Open(f.path)
		if err != nil {
			t.Fatal(err)
		}
		var tp, fp, fn int
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var ex struct {
				ID     string   `json:"id"`
				Text   string   `json:"text"`
				Topics []string `json:"topics"`
			}
			if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
				t.Fatal(err)
			}
			got := Detect(ex.Text)
			want := map[string]bool{}
			for _, x := range ex.Topics {
				want[x] = true
			}
			var miss, extra []string
			for _, x := range got {
				if want[x] {
					tp++
					delete(want, x)
				} else {
					fp++
					extra = append(extra, x)
				}
			}
			for x := range want {
				fn++
				miss = append(miss, x)
			}
			if os.Getenv("BEDSIDE_TOPIC_MISSES") != "" && len(miss)+len(extra) > 0 {
				t.Logf("%s missed %v extra %v: %q", ex.ID, strings.Join(miss, " "), strings.Join(extra, " "), ex.Text)
			}
		}
		fh.Close()
		p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
		f1 := 2 * p * r / (p + r)
		t.Logf("%s: micro-F1 %.3f (P %.3f R %.3f)", f.path, f1, p, r)
		if f1 < f.floor || r < f.minR {
			t.Errorf("%s: micro-F1 %.3f / recall %.3f below floors %.2f / %.2f", f.path, f1, r, f.floor, f.minR)
		}
	}
}
