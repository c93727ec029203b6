package guard

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// evalDir finds ../shared/eval from the module root, or BEDSIDE_EVAL_DIR.
func evalDir(t *testing.T) string {
	if d := os.Getenv("BEDSIDE_EVAL_DIR"); d != "" {
		return d
	}
	wd, _ := os.Getwd()
	for d := wd; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			e := filepath.Join(d, "..", "shared", "eval")
			if _, err := os.Stat(e); err != nil {
				t.Skipf("evaluation data not found at %s (set BEDSIDE_EVAL_DIR); skipping", e)
			}
			return e
		}
	}
	t.Skip("module root not found; skipping evaluation")
	return ""
}

// presidioCovered maps the presidio-synthetic labels to what the guard claims to detect.
// AGE (the guard only flags ages over 89), GPE (only "City, ST" forms), ORGANIZATION, TITLE,
// NRP and IBAN_CODE, and DATE_TIME spans that are a bare year (Safe Harbor allows years), are
// not Safe Harbor identifiers the guard covers and are reported only.
var presidioCovered = map[string]bool{"PERSON": true, "PHONE_NUMBER": true, "EMAIL_ADDRESS": true, "US_SSN": true,
	"STREET_ADDRESS": true, "ZIP_CODE": true, "DATE_TIME": true, "IP_ADDRESS": true, "DOMAIN_NAME": true,
	"CREDIT_CARD": true, "US_DRIVER_LICENSE": true}

type typeScore struct{ hit, total int }

// spanByteOffsets converts code-point offsets to byte offsets.
func cpToByte(s string, cp int) int {
	i := 0
	for n := 0; n < cp && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

type presidioRow struct {
	Text  string `json:"full_text"`
	Spans []struct {
		Type  string `json:"entity_type"`
		Start int    `json:"start_position"`
		End   int    `json:"end_position"`
	} `json:"spans"`
	Template int `json:"template_id"`
}

func isYear(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func identifierFindings(g *Guard, text string) []Finding {
	var out []Finding
	for _, f := range g.Disclosures(text) {
		if f.Category == "identifier" {
			out = append(out, f)
		}
	}
	return out
}

// evalPresidio returns per-type recall and overall precision for templates with parity odd
// (held out) or even (development).
func evalPresidio(t *testing.T, g *Guard, odd bool) (map[string]*typeScore, int, int) {
	data, err := os.ReadFile(filepath.Join(evalDir(t), "pii", "presidio-synthetic", "synth_dataset_v2.json"))
	if err != nil {
		t.Skipf("presidio-synthetic not readable: %v", err)
	}
	var rows []presidioRow
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatal(err)
	}
	scores := map[string]*typeScore{}
	tp, findings := 0, 0
	for _, r := range rows {
		if (r.Template%2 == 1) != odd {
			continue
		}
		var gold []goldSpan
		for _, sp := range r.Spans {
			b := goldSpan{s: cpToByte(r.Text, sp.Start), e: cpToByte(r.Text, sp.End), typ: sp.Type}
			if b.typ == "DATE_TIME" && isYear(r.Text[b.s:b.e]) {
				// Safe Harbor permits the year: the guard deliberately never flags it.
				b.typ = "DATE_TIME_YEAR_ONLY"
			}
			gold = append(gold, b)
		}
		hit, n := scoreSpans(scores, gold, identifierFindings(g, r.Text))
		tp += hit
		findings += n
	}
	return scores, tp, findings
}

func reportScores(t *testing.T, title string, scores map[string]*typeScore, covered map[string]bool) float64 {
	var names []string
	for k := range scores {
		names = append(names, k)
	}
	sort.Strings(names)
	hit, total := 0, 0
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	for _, k := range names {
		s := scores[k]
		mark := "  (not covered)"
		if covered == nil || covered[k] {
			mark = ""
			hit += s.hit
			total += s.total
		}
		fmt.Fprintf(&b, "  %-20s %4d/%-4d recall %.3f%s\n", k, s.hit, s.total, float64(s.hit)/float64(s.total), mark)
	}
	r := float64(hit) / float64(max(total, 1))
	fmt.Fprintf(&b, "  covered types: %d/%d recall %.3f", hit, total, r)
	t.Log(b.String())
	return r
}

// TestPresidioIdentifierRecall measures identifier recall per type and precision on the
// held-out presidio-synthetic templates (odd template ids); development templates are
// reported with -v for tuning. A span counts as found when an identifier finding overlaps it.
func TestPresidioIdentifierRecall(t *testing.T) {
	g := mustGuard(t, nil)
	dev, dtp, dn := evalPresidio(t, g, false)
	reportScores(t, "presidio-synthetic DEVELOPMENT (even templates)", dev, presidioCovered)
	t.Logf("  development precision %d/%d = %.3f", dtp, dn, float64(dtp)/float64(max(dn, 1)))
	held, tp, n := evalPresidio(t, g, true)
	r := reportScores(t, "presidio-synthetic HELD OUT (odd templates)", held, presidioCovered)
	t.Logf("  held-out precision %d/%d = %.3f", tp, n, float64(tp)/float64(max(n, 1)))
	if r < 0.90 {
		t.Errorf("held-out identifier recall on covered types %.3f < 0.90", r)
	}
}

// TestPhysioNetPHIRecall measures PHI recall (category-blind, overlap) on the PhysioNet deid
// gold standard: patients 1-70 are development, the rest held out.
func TestPhysioNetPHIRecall(t *testing.T) {
	dir := filepath.Join(evalDir(t), "pii", "physionet-deid")
	text, err := os.ReadFile(filepath.Join(dir, "id.text"))
	if err != nil {
		t.Skipf("physionet-deid not readable: %v", err)
	}
	notes := map[string]string{}
	for _, rec := range strings.Split(string(text), "START_OF_RECORD=")[1:] {
		hdr, body, ok := strings.Cut(rec, "||||\n")
		if !ok {
			continue
		}
		parts := strings.Split(hdr, "||||")
		body = strings.TrimSuffix(strings.TrimRight(body, "\n"), "||||END_OF_RECORD")
		notes[parts[0]+"/"+parts[1]] = body
	}
	f, err := os.Open(filepath.Join(dir, "id-phi.phrase"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold := map[string][]goldSpan{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 5 {
			continue
		}
		s, _ := strconv.Atoi(fs[2])
		e, _ := strconv.Atoi(fs[3])
		gold[fs[0]+"/"+fs[1]] = append(gold[fs[0]+"/"+fs[1]], goldSpan{s, e, fs[4]})
	}
	g := mustGuard(t, nil)
	for _, heldOut := range []bool{false, true} {
		scores := map[string]*typeScore{}
		tp, n := 0, 0
		for key, spans := range gold {
			pat, _ := strconv.Atoi(strings.Split(key, "/")[0])
			if (pat > 70) != heldOut {
				continue
			}
			note := notes[key]
			hit, k := scoreSpans(scores, spans, identifierFindings(g, note))
			tp += hit
			n += k
		}
		name := "physionet-deid DEVELOPMENT (patients 1-70)"
		if heldOut {
			name = "physionet-deid HELD OUT (patients > 70)"
		}
		reportScores(t, name, scores, nil)
		t.Logf("  precision %d/%d = %.3f (notes with no gold PHI are not scored)", tp, n, float64(tp)/float64(max(n, 1)))
	}
}

// goldSpan is a labelled identifier span in bytes, with its gold type.
type goldSpan struct {
	s, e int
	typ  string
}

// scoreSpans adds to scores each gold span's recall (any overlapping finding) by type, and
// returns how many findings overlap some gold span and how many findings there are.
func scoreSpans(scores map[string]*typeScore, gold []goldSpan, fs []Finding) (tp, n int) {
	overlaps := func(f Finding, b goldSpan) bool { return f.Start < b.e && b.s < f.End }
	for _, b := range gold {
		sc := scores[b.typ]
		if sc == nil {
			sc = &typeScore{}
			scores[b.typ] = sc
		}
		sc.total++
		for _, f := range fs {
			if overlaps(f, b) {
				sc.hit++
				break
			}
		}
	}
	for _, f := range fs {
		n++
		for _, b := range gold {
			if overlaps(f, b) {
				tp++
				break
			}
		}
	}
	return tp, n
}
