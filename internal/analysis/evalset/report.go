package evalset

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/bedsidehq/bedside/internal/analysis"
	"github.com/bedsidehq/bedside/internal/profanity"
	"github.com/bedsidehq/bedside/internal/sentiment"
	"github.com/bedsidehq/bedside/internal/topic"
)

// Report runs the shared-corpus measurements for split ("dev", "heldout"
// or "all") and prints them.
func Report(w io.Writer, dir string, a *analysis.Analyzer, split string) error {
	dev := split == "dev" || split == "all"
	held := split == "heldout" || split == "all"
	hc := sentiment.New()
	label := func(text string) string { return string(hc.Score(text, nil).Label) }
	ref := sentiment.Reference()
	refLabel := func(text string) string { return string(vaderLabel(ref.PolarityScores(text).Compound)) }

	fmt.Fprintf(w, "# Bedside analysis on %s (split: %s)\n\n", dir, split)

	fmt.Fprintln(w, "## VADER ground truth (3-class, +-0.05 thresholds on compound and on the mean human rating)")
	fmt.Fprintln(w, "| file | split | texts | parity with reference (5e-4) | reference VADER F1 | Bedside F1 |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, f := range VaderFiles {
		if f.HeldOut && !held || !f.HeldOut && !dev {
			continue
		}
		items, err := LoadVader(dir, f)
		if err != nil {
			return err
		}
		same := 0
		var refPred, hcPred, gold []sentiment.Label
		for _, it := range items {
			c := ref.PolarityScores(it.Text).Compound
			if math.Abs(c-it.RefCompound) <= 5e-4 {
				same++
			}
			gold = append(gold, vaderLabel(it.GroundTruth))
			refPred = append(refPred, vaderLabel(c))
			l := hc.Score(it.Text, nil).Label
			if l == sentiment.Mixed {
				l = sentiment.Neutral
			}
			hcPred = append(hcPred, l)
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d/%d | %.3f | %.3f |\n", f.Name, splitName(f.HeldOut), len(items), same, len(items),
			macroF1(gold, refPred), macroF1(gold, hcPred))
	}

	fmt.Fprintln(w, "\n## Sentiment recall on patient text (mixed counts as a miss)")
	fmt.Fprintln(w, "| corpus | split | negatives | positives | reference VADER neg / pos | Bedside neg / pos | Bedside mixed (neg/pos) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	row := func(name string, heldOut bool, cs []Comment, lab func(string) string) {
		r0 := MeasureRecall(cs, refLabel)
		r := MeasureRecall(cs, lab)
		fmt.Fprintf(w, "| %s | %s | %d | %d | %.3f / %.3f | %.3f / %.3f | %d / %d |\n", name, splitName(heldOut),
			r.Negatives, r.Positives, r0.Neg(), r0.Pos(), r.Neg(), r.Pos(), r.NegMixed, r.PosMixed)
	}
	var phase1, v6 []Comment
	if dev {
		d, err := LoadDruglib(dir, false)
		if err != nil {
			return err
		}
		row("druglib train (rating 1-3 vs 8-10)", false, d, label)
		if phase1, err = LoadPhase1(dir); err != nil {
			return err
		}
		row("pxtextmining phase 1 (criticality <0 vs >0)", false, phase1, label)
	}
	if held {
		d, err := LoadDruglib(dir, true)
		if err != nil {
			return err
		}
		row("druglib test (rating 1-3 vs 8-10)", true, d, label)
		if v6, err = LoadV6(dir); err != nil {
			return err
		}
		row("pxtextmining v6framework (sentiment 4-5 vs 1-2), text only", true, v6, label)
		withStars := func(c Comment) string {
			return string(hc.Score(c.Text, c.Stars).Label)
		}
		rs := MeasureRecallWith(v6, withStars)
		fmt.Fprintf(w, "| pxtextmining v6framework, text + FFT answer as stars | held-out | %d | %d | - | %.3f / %.3f | %d / %d |\n",
			rs.Negatives, rs.Positives, rs.Neg(), rs.Pos(), rs.NegMixed, rs.PosMixed)
	}

	fmt.Fprintln(w, "\n## Topics on pxtextmining through the documented label mapping (docs/ANALYSIS.md)")
	if dev {
		s := analysis.NewTopicScores()
		restrict := targets(Phase1Codes)
		for _, c := range phase1 {
			s.Add(mapTopics(c.Topics, Phase1Codes), topic.Detect(c.Text), restrict)
		}
		printTopics(w, "phase 1 (development; one label per comment)", s, restrict)
	}
	if held {
		s := analysis.NewTopicScores()
		restrict := targets(V6Topics)
		for _, c := range v6 {
			s.Add(mapTopics(c.Topics, V6Topics), topic.Detect(c.Text), restrict)
		}
		printTopics(w, "v6framework (held out; multi-label)", s, restrict)
	}

	if err := profanityReport(w, dir, dev, held); err != nil {
		return err
	}
	return nil
}

func splitName(heldOut bool) string {
	if heldOut {
		return "held-out"
	}
	return "dev"
}

func vaderLabel(x float64) sentiment.Label {
	switch {
	case x >= 0.05:
		return sentiment.Positive
	case x <= -0.05:
		return sentiment.Negative
	}
	return sentiment.Neutral
}

// macroF1 is the mean F1 over the three classes.
func macroF1(gold, pred []sentiment.Label) float64 {
	sum := 0.0
	for _, c := range []sentiment.Label{sentiment.Positive, sentiment.Neutral, sentiment.Negative} {
		var p analysis.PRF
		for i := range gold {
			switch {
			case gold[i] == c && pred[i] == c:
				p.TP++
			case pred[i] == c:
				p.FP++
			case gold[i] == c:
				p.FN++
			}
		}
		sum += p.F1()
	}
	return sum / 3
}

// MeasureRecallWith is MeasureRecall for labellers that need the whole
// comment (its star rating).
func MeasureRecallWith(cs []Comment, label func(Comment) string) Recall {
	var r Recall
	for _, c := range cs {
		l := ""
		if c.Polarity != Other {
			l = label(c)
		}
		switch c.Polarity {
		case Negative:
			r.Negatives++
			if l == "negative" {
				r.NegHit++
			} else if l == "mixed" {
				r.NegMixed++
			}
		case Positive:
			r.Positives++
			if l == "positive" {
				r.PosHit++
			} else if l == "mixed" {
				r.PosMixed++
			}
		}
	}
	return r
}

func printTopics(w io.Writer, name string, s *analysis.TopicScores, restrict map[string]bool) {
	fmt.Fprintf(w, "\n%s: %d comments, micro-F1 %.3f (precision %.3f, recall %.3f)\n\n", name, s.Texts,
		s.Micro.F1(), s.Micro.Precision(), s.Micro.Recall())
	fmt.Fprintln(w, "| topic | gold | F1 | precision | recall |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, id := range topic.IDs {
		if !restrict[id] {
			continue
		}
		p := s.PerTopic[id]
		fmt.Fprintf(w, "| %s | %d | %.3f | %.3f | %.3f |\n", id, p.TP+p.FN, p.F1(), p.Precision(), p.Recall())
	}
}

// PrintMetrics prints the figures for a labelled file.
func PrintMetrics(w io.Writer, name string, m analysis.Metrics, misses bool, exs []analysis.Example) {
	fmt.Fprintf(w, "# %s: %d texts\n\n", name, m.N)
	fmt.Fprintf(w, "sentiment: accuracy %.3f, negative recall %.3f, positive recall %.3f\n", m.SentimentAccuracy, m.NegativeRecall, m.PositiveRecall)
	labels := []sentiment.Label{sentiment.Positive, sentiment.Neutral, sentiment.Negative, sentiment.Mixed}
	fmt.Fprintln(w, "\n| gold \\ predicted | positive | neutral | negative | mixed |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, g := range labels {
		fmt.Fprintf(w, "| %s |", g)
		for _, p := range labels {
			fmt.Fprintf(w, " %d |", m.Confusion[g][p])
		}
		fmt.Fprintln(w)
	}
	printTopics(w, "topics", m.Topics, allTopics())
	fmt.Fprintf(w, "\nprofanity: precision %.3f, recall %.3f, exact severity on profane texts %.3f\n",
		m.Profanity.Precision(), m.Profanity.Recall(), m.SeverityAgreement)
	fmt.Fprintf(w, "self-disclosed PHI (guard detectors): precision %.3f, recall %.3f\n", m.PHI.Precision(), m.PHI.Recall())
	if misses {
		text := map[string]string{}
		for _, e := range exs {
			text[e.ID] = e.Text
		}
		fmt.Fprintln(w, "\nmisses:")
		for _, x := range m.Misses {
			fmt.Fprintf(w, "  %s %s want %s got %s: %q\n", x.ID, x.Field, x.Want, x.Got, text[x.ID])
		}
	}
}

func allTopics() map[string]bool {
	s := map[string]bool{}
	for _, id := range topic.IDs {
		s[id] = true
	}
	return s
}

// profanityReport measures recall by severity on the shared lists and
// false flags on clinical text.
func profanityReport(w io.Writer, dir string, dev, held bool) error {
	fmt.Fprintln(w, "\n## Profanity")
	fmt.Fprintln(w, "Recall = share of list terms for which Find reports something (severity mapping in docs/ANALYSIS.md).")
	fmt.Fprintln(w, "\n| list | severity (list's own) | terms | found | recall |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	rows, err := readCSV(filepath.Join(dir, "profanity", "surge_profanity_en.csv"))
	if err != nil {
		return err
	}
	if len(rows) > 0 {
		col := index(rows[0])
		bySev := map[string][2]int{}
		for _, r := range rows[1:] {
			sev := r[col["severity_description"]]
			c := bySev[sev]
			c[0]++
			if len(profanity.Find(r[col["text"]])) > 0 {
				c[1]++
			}
			bySev[sev] = c
		}
		for _, sev := range []string{"Severe", "Strong", "Mild"} {
			c := bySev[sev]
			fmt.Fprintf(w, "| surge-ai | %s | %d | %d | %.3f |\n", sev, c[0], c[1], ratio(c[1], c[0]))
		}
		// Where the Severe + Strong misses are: words never flagged alone
		// by design (profanity.Protected), words known but flagged only
		// in an insulting context, and words Bedside does not know.
		var prot, ctxOnly, unknown, total, found int
		for _, r := range rows[1:] {
			if sev := r[col["severity_description"]]; sev != "Severe" && sev != "Strong" {
				continue
			}
			term := r[col["text"]]
			total++
			switch {
			case len(profanity.Find(term)) > 0:
				found++
			case profanity.Protected(term):
				prot++
			case profanity.Known(term):
				ctxOnly++
			default:
				unknown++
			}
		}
		defer fmt.Fprintf(w, "\nsurge-ai Severe + Strong misses: %d protected clinical/identity/everyday words (never flagged alone by design), "+
			"%d known words flagged only in an insulting context, %d not known. Recall without the protected words: %d/%d = %.3f.\n",
			prot, ctxOnly, unknown, found, total-prot, ratio(found, total-prot))
		c := [2]int{bySev["Severe"][0] + bySev["Strong"][0], bySev["Severe"][1] + bySev["Strong"][1]}
		fmt.Fprintf(w, "| surge-ai | Severe + Strong | %d | %d | %.3f |\n", c[0], c[1], ratio(c[1], c[0]))
		// The same rows reduced to their distinct canonical forms ("@ssfcker"
		// -> "fuck"): does Bedside know the word, whatever the spelling.
		canon := map[string]bool{}
		for _, r := range rows[1:] {
			if sev := r[col["severity_description"]]; sev == "Severe" || sev == "Strong" {
				if f := strings.TrimSpace(r[col["canonical_form_1"]]); f != "" {
					canon[f] = true
				}
			}
		}
		hit := 0
		for f := range canon {
			if len(profanity.Find(f)) > 0 {
				hit++
			}
		}
		fmt.Fprintf(w, "| surge-ai canonical forms | Severe + Strong | %d | %d | %.3f |\n", len(canon), hit, ratio(hit, len(canon)))
	}
	data, err := os.ReadFile(filepath.Join(dir, "profanity", "dsojevic_en.json"))
	if err != nil {
		return fmt.Errorf("read dsojevic list: %w", err)
	}
	var ds []struct {
		Match    string `json:"match"`
		Severity int    `json:"severity"`
	}
	if err := json.Unmarshal(data, &ds); err != nil {
		return fmt.Errorf("parse dsojevic list: %w", err)
	}
	dsSev := map[int][2]int{}
	for _, e := range ds {
		for _, alt := range strings.Split(e.Match, "|") {
			alt = strings.ReplaceAll(alt, "*", "")
			c := dsSev[e.Severity]
			c[0]++
			if len(profanity.Find(alt)) > 0 {
				c[1]++
			}
			dsSev[e.Severity] = c
		}
	}
	for _, s := range []int{4, 3, 2, 1} {
		c := dsSev[s]
		fmt.Fprintf(w, "| dsojevic (per alternative) | %d | %d | %d | %.3f |\n", s, c[0], c[1], ratio(c[1], c[0]))
	}
	c := [2]int{dsSev[4][0] + dsSev[3][0], dsSev[4][1] + dsSev[3][1]}
	fmt.Fprintf(w, "| dsojevic (per alternative) | 3 + 4 | %d | %d | %.3f |\n", c[0], c[1], ratio(c[1], c[0]))
	ld := [2]int{}
	if err := eachLine(filepath.Join(dir, "profanity", "ldnoobw_en.txt"), func(_ int, line string) error {
		if strings.TrimSpace(line) == "" {
			return nil
		}
		ld[0]++
		if len(profanity.Find(line)) > 0 {
			ld[1]++
		}
		return nil
	}); err != nil {
		return err
	}
	fmt.Fprintf(w, "| LDNOOBW | (none) | %d | %d | %.3f |\n", ld[0], ld[1], ratio(ld[1], ld[0]))

	fmt.Fprintln(w, "\nFalse flags on clinical text:")
	notes, err := loadPhysionet(dir)
	if err != nil {
		return err
	}
	for _, part := range []struct {
		name string
		dev  bool
	}{{"patients 1-70 (dev)", true}, {"patients 71+ (held-out)", false}} {
		if part.dev && !dev || !part.dev && !held {
			continue
		}
		n, flagged := 0, 0
		terms := map[string]int{}
		for _, nt := range notes {
			if (nt.patient <= 70) != part.dev {
				continue
			}
			n++
			ms := profanity.Find(nt.text)
			if len(ms) > 0 {
				flagged++
			}
			for _, m := range ms {
				terms[m.Term]++
			}
		}
		fmt.Fprintf(w, "- PhysioNet deid nursing notes, %s: %d notes, %d with a flag %s\n", part.name, n, flagged, termList(terms))
	}
	return nil
}

func termList(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	var ks []string
	for k, v := range m {
		ks = append(ks, fmt.Sprintf("%s x%d", k, v))
	}
	sort.Strings(ks)
	return "(" + strings.Join(ks, ", ") + ")"
}

type note struct {
	patient int
	text    string
}

func loadPhysionet(dir string) ([]note, error) {
	data, err := os.ReadFile(filepath.Join(dir, "pii", "physionet-deid", "id.text"))
	if err != nil {
		return nil, fmt.Errorf("read physionet notes: %w", err)
	}
	var out []note
	for _, rec := range strings.Split(string(data), "START_OF_RECORD=")[1:] {
		head, body, ok := strings.Cut(rec, "\n")
		if !ok {
			continue
		}
		p, _ := strconv.Atoi(strings.SplitN(head, "||||", 2)[0])
		body, _, _ = strings.Cut(body, "||||END_OF_RECORD")
		out = append(out, note{p, body})
	}
	return out, nil
}
