package guard

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestMissDump(t *testing.T) {
	g := mustGuard(t, nil)
	data, _ := os.ReadFile(filepath.Join(evalDir(t), "pii", "presidio-synthetic", "synth_dataset_v2.json"))
	var rows []presidioRow
	json.Unmarshal(data, &rows)
	want := os.Getenv("TYPE")
	n := 0
	for _, r := range rows {
		if r.Template%2 == 1 {
			continue
		}
		fs := identifierFindings(g, r.Text)
		for _, sp := range r.Spans {
			if sp.Type != want {
				continue
			}
			s, e := cpToByte(r.Text, sp.Start), cpToByte(r.Text, sp.End)
			found := false
			for _, f := range fs {
				if f.Start < e && s < f.End {
					found = true
				}
			}
			if !found && n < 40 {
				n++
				fmt.Printf("%q  || %q\n", r.Text[s:e], r.Text)
			}
		}
	}
}
