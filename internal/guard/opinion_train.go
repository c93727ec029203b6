package guard

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Training of the second opinion (cmd/trainguard, `go generate ./internal/guard`). Everything
// here is deterministic: the same development sets and sentences give byte for byte the same
// opinion_model.go, which TestOpinionModelReproducible checks.
//
// Sentence labels. From the development sets (replies only; sentences exempt from the model
// are skipped): every sentence of a compliant reply is a negative; a sentence of a violating
// reply is a positive when a rule finding about health, the visit, the relationship or the
// records overlaps it, and is left out otherwise (it may be the innocent half of the reply).
// From testdata/sentences_dev.tsv: the line's label. Identifier, tone, advice and promise
// findings do not make positives: the model is about care described in words.

// OpinionSet is one labelled development file.
type OpinionSet struct {
	Name     string
	Examples []Example
}

// Training parameters.
const (
	opinionEpochs  = 20
	opinionRate    = 0.2
	opinionL2      = 1e-3
	opinionMinDF   = 2    // a feature must occur in at least two training sentences
	opinionMinW    = 5e-3 // smaller weights are not written out
	opinionWarnCap = 0.05 // compliant replies warned in leave-one-file-out CV, at most
)

// disclosureCategory: findings in these categories make a violating reply's sentence a positive.
var disclosureCategory = map[string]bool{"health": true, "visit": true, "relationship": true, "records": true}

type trainSent struct {
	feats []string
	label int8 // 1 violation, 0 compliant, -1 not trained on
	set   int  // development file, or -1 for sentences_dev.tsv
}

type trainReply struct {
	y       bool // expected block or warn
	ruleVer Verdict
	set     int
	post    bool
	sents   []int // indices of its non-exempt sentences in the sentence list
}

// opinionSentences runs the rules on in (second opinion off) and returns the verdict, the
// features of each non-exempt sentence, and for each whether a disclosure finding overlaps it.
func (g *Guard) opinionSentences(in Input) (Verdict, [][]string, []bool) {
	s := g.pool.Get().(*scan)
	defer g.pool.Put(s)
	s.reset(g, in)
	s.checkAll()
	fs := s.finish()
	s.exempt = s.exemptSentences(s.exempt)
	d := &s.d
	idx := map[int32]int{}
	var feats [][]string
	var spans [][2]int
	s.opinionFeatures(s.exempt, func(i int, prefix string, a, b []byte) {
		k := d.toks[i].sent
		j, ok := idx[k]
		if !ok {
			j = len(feats)
			idx[k] = j
			feats = append(feats, nil)
			spans = append(spans, [2]int{d.toks[i].start, d.toks[i].end})
		}
		spans[j][1] = d.toks[i].end
		f := prefix + string(a)
		if b != nil {
			f += " " + string(b)
		}
		feats[j] = append(feats[j], f)
	})
	disc := make([]bool, len(feats))
	for j, sp := range spans {
		for _, f := range fs {
			if disclosureCategory[f.Category] && f.Start < sp[1] && sp[0] < f.End {
				disc[j] = true
			}
		}
	}
	return verdictOf(fs), feats, disc
}

// OpinionCV is the cross-validated effect of the second opinion at the chosen threshold,
// counted over the development replies of the held-out folds (posts are not counted: the
// model never runs on them).
type OpinionCV struct {
	Name                                    string
	Violations, CaughtRules, CaughtBoth     int
	Compliant, WarnedRules, WarnedBoth      int
	Blocked                                 int // compliant replies blocked by the rules
	ModelFlagged                            int // violating replies the model alone flags
	ModelFalse                              int // compliant replies the model alone flags
	SentPos, SentPosFlag, SentNeg, SentNeg1 int // labelled sentences and how many reach the threshold
}

func (c OpinionCV) String() string {
	return fmt.Sprintf("%s: replies: violations caught %s (rules alone %s); compliant warned %s (rules alone %d); compliant blocked %d; model alone flags violations %s, compliant %s; sentences above threshold: violating %s, compliant %s",
		c.Name, frac(c.CaughtBoth, c.Violations), frac(c.CaughtRules, c.Violations), frac(c.WarnedBoth, c.Compliant), c.WarnedRules, c.Blocked,
		frac(c.ModelFlagged, c.Violations), frac(c.ModelFalse, c.Compliant), frac(c.SentPosFlag, c.SentPos), frac(c.SentNeg1, c.SentNeg))
}

func frac(a, b int) string { return fmt.Sprintf("%d/%d = %.3f", a, b, ratio(a, b)) }

func fnum(x float64) string { return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64) }

// TrainOpinion trains the second opinion on the development sets and the project-written
// sentences: it chooses the threshold by leave-one-file-out cross-validation over the
// development files (the lowest at which at most opinionWarnCap of the held-out file's
// compliant replies are warned, rules and model together, pooled over the folds), trains the
// final model on every labelled sentence, and returns the generated Go source with the
// cross-validation figures.
func TrainOpinion(sets []OpinionSet, extra []SentenceExample) (src []byte, cv []OpinionCV, err error) {
	g, err := New(nil)
	if err != nil {
		return nil, nil, err
	}
	g.opinion = nil // rules only
	var sents []trainSent
	var replies []trainReply
	for si, set := range sets {
		for _, ex := range set.Examples {
			in := ex.Input()
			r := trainReply{y: ex.Expect != VerdictPass, set: si, post: in.Kind == KindPost}
			if r.post {
				r.ruleVer = g.Check(in).Verdict
				replies = append(replies, r)
				continue
			}
			v, feats, disc := g.opinionSentences(in)
			r.ruleVer = v
			for j, f := range feats {
				lab := int8(0)
				if r.y {
					lab = -1
					if disc[j] {
						lab = 1
					}
				}
				r.sents = append(r.sents, len(sents))
				sents = append(sents, trainSent{feats: f, label: lab, set: si})
			}
			replies = append(replies, r)
		}
	}
	for _, e := range extra {
		_, feats, _ := g.opinionSentences(Input{Kind: KindReply, Text: e.Sentence, Context: e.Context})
		for _, f := range feats {
			lab := int8(0)
			if e.Violation {
				lab = 1
			}
			sents = append(sents, trainSent{feats: f, label: lab, set: -1})
		}
	}

	// Leave one development file out: each file was written as a batch in its own voice, so
	// its wordings are new to the model, as a held-out set's would be. The project-written
	// sentences are in every fold's training data.
	scores := make([]float64, len(sents))
	for f := range sets {
		var train []int
		for i := range sents {
			if sents[i].label >= 0 && sents[i].set != f {
				train = append(train, i)
			}
		}
		bias, ws := trainLR(sents, train)
		for i := range sents {
			if sents[i].set == f {
				scores[i] = scoreRounded(bias, ws, sents[i].feats)
			}
		}
	}
	thr := chooseThreshold(replies, scores)
	cv = append(cv, cvFigures("leave-one-file-out ("+strconv.Itoa(len(sets))+" folds)", replies, sents, scores, thr))

	var all []int
	for i := range sents {
		if sents[i].label >= 0 {
			all = append(all, i)
		}
	}
	bias, ws := trainLR(sents, all)
	names := make([]string, 0, len(ws))
	for f, w := range ws {
		if math.Abs(w) >= opinionMinW {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	npos, nneg, nextra := 0, 0, 0
	for _, i := range all {
		if sents[i].label == 1 {
			npos++
		} else {
			nneg++
		}
		if sents[i].set < 0 {
			nextra++
		}
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by internal/guard/cmd/trainguard from testdata/dev*.jsonl and testdata/sentences_dev.tsv; DO NOT EDIT.\n\n")
	b.WriteString("package guard\n\n")
	fmt.Fprintf(&b, "// Trained on %d sentences (%d violating, %d compliant; %d from sentences_dev.tsv).\n", len(all), npos, nneg, nextra)
	b.WriteString("// Cross-validation at the chosen threshold (see docs/GUARD.md, \"Learned second opinion\"):\n")
	for _, c := range cv {
		b.WriteString("//\n//\t" + c.Name + ", development replies:\n")
		b.WriteString("//\tviolations caught " + frac(c.CaughtBoth, c.Violations) + " (rules alone " + frac(c.CaughtRules, c.Violations) + "),\n")
		b.WriteString("//\tcompliant warned " + frac(c.WarnedBoth, c.Compliant) + " (rules alone " + strconv.Itoa(c.WarnedRules) + "),\n")
		b.WriteString("//\tmodel alone: violations " + frac(c.ModelFlagged, c.Violations) + ", compliant " + frac(c.ModelFalse, c.Compliant) + ";\n")
		b.WriteString("//\tsentences: violating " + frac(c.SentPosFlag, c.SentPos) + ", compliant " + frac(c.SentNeg1, c.SentNeg) + ".\n")
	}
	fmt.Fprintf(&b, "\nconst (\n\topinionBias      = %s\n\topinionThreshold = %s\n)\n\n", fnum(bias), fnum(thr))
	b.WriteString("var opinionWeights = [...]opinionWeight{\n")
	for _, f := range names {
		fmt.Fprintf(&b, "\t{%s, %s},\n", strconv.Quote(f), fnum(ws[f]))
	}
	b.WriteString("}\n")
	return b.Bytes(), cv, nil
}

// scoreRounded scores a sentence as the generated model will: weights rounded to 1e-4 and
// stored as float32, small ones dropped.
func scoreRounded(bias float64, ws map[string]float64, feats []string) float64 {
	s := float64(float32(math.Round(bias*1e4) / 1e4))
	for _, x := range feats {
		if w := ws[x]; math.Abs(w) >= opinionMinW {
			s += float64(float32(math.Round(w*1e4) / 1e4))
		}
	}
	return s
}

// replyScore is a reply's best sentence score (-Inf when every sentence is exempt).
func replyScore(r trainReply, scores []float64) float64 {
	best := math.Inf(-1)
	for _, i := range r.sents {
		best = math.Max(best, scores[i])
	}
	return best
}

// chooseThreshold picks the lowest threshold at which at most opinionWarnCap of the compliant
// development replies are warned (by a rule, or by the model on a reply the rules passed).
func chooseThreshold(replies []trainReply, scores []float64) float64 {
	var neg []float64
	n, ruleWarn := 0, 0
	for _, r := range replies {
		if r.post || r.y {
			continue
		}
		n++
		switch r.ruleVer {
		case VerdictWarn:
			ruleWarn++
		case VerdictPass:
			if s := replyScore(r, scores); !math.IsInf(s, -1) {
				neg = append(neg, s)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(neg)))
	allowed := int(math.Floor(opinionWarnCap*float64(n))) - ruleWarn
	if allowed <= 0 || len(neg) == 0 {
		return math.Inf(1)
	}
	if allowed >= len(neg) {
		return neg[len(neg)-1]
	}
	// Fire above the allowed-th highest compliant score: halfway to the next one down.
	return (neg[allowed] + neg[allowed-1]) / 2
}

func cvFigures(name string, replies []trainReply, sents []trainSent, scores []float64, thr float64) OpinionCV {
	c := OpinionCV{Name: name}
	for _, r := range replies {
		if r.post {
			continue
		}
		fires := replyScore(r, scores) >= thr
		both := r.ruleVer
		if both == VerdictPass && fires {
			both = VerdictWarn
		}
		if r.y {
			c.Violations++
			if r.ruleVer != VerdictPass {
				c.CaughtRules++
			}
			if both != VerdictPass {
				c.CaughtBoth++
			}
			if fires {
				c.ModelFlagged++
			}
			continue
		}
		c.Compliant++
		switch r.ruleVer {
		case VerdictBlock:
			c.Blocked++
		case VerdictWarn:
			c.WarnedRules++
		}
		if both == VerdictWarn {
			c.WarnedBoth++
		}
		if fires {
			c.ModelFalse++
		}
	}
	for i, s := range sents {
		if s.set < 0 {
			continue
		}
		switch s.label {
		case 1:
			c.SentPos++
			if scores[i] >= thr {
				c.SentPosFlag++
			}
		case 0:
			c.SentNeg++
			if scores[i] >= thr {
				c.SentNeg1++
			}
		}
	}
	return c
}

// trainLR fits an L2-regularised logistic regression on the sentences idx by stochastic
// gradient descent in a fixed pseudo-random order. Features seen in fewer than opinionMinDF
// training sentences are dropped.
func trainLR(sents []trainSent, idx []int) (float64, map[string]float64) {
	df := map[string]int{}
	for _, i := range idx {
		seen := map[string]bool{}
		for _, f := range sents[i].feats {
			if !seen[f] {
				seen[f] = true
				df[f]++
			}
		}
	}
	ws := map[string]float64{}
	for f, n := range df {
		if n >= opinionMinDF {
			ws[f] = 0
		}
	}
	order := append([]int(nil), idx...)
	rng := uint64(0x9E3779B97F4A7C15)
	bias := 0.0
	for e := 0; e < opinionEpochs; e++ {
		for k := len(order) - 1; k > 0; k-- { // Fisher-Yates with xorshift64
			rng ^= rng << 13
			rng ^= rng >> 7
			rng ^= rng << 17
			j := int(rng % uint64(k+1))
			order[k], order[j] = order[j], order[k]
		}
		rate := opinionRate / (1 + float64(e)*0.5)
		for _, i := range order {
			d := &sents[i]
			z := bias
			for _, f := range d.feats {
				z += ws[f]
			}
			p := 1 / (1 + math.Exp(-z))
			grad := p - float64(d.label)
			bias -= rate * grad
			for _, f := range d.feats {
				if w, ok := ws[f]; ok {
					ws[f] = w - rate*(grad+opinionL2*w)
				}
			}
		}
	}
	return bias, ws
}

// OpinionDevSets reads the development sets the second opinion is trained on: dir/dev*.jsonl,
// in name order. Held-out files (holdout*.jsonl) never match.
func OpinionDevSets(dir string) ([]OpinionSet, error) {
	files, err := filepath.Glob(filepath.Join(dir, "dev*.jsonl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var sets []OpinionSet
	for _, f := range files {
		if strings.Contains(filepath.Base(f), "holdout") {
			return nil, fmt.Errorf("%s: held-out sets are never trained on", f)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		exs, err := ParseExamples(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		sets = append(sets, OpinionSet{Name: filepath.ToSlash(f), Examples: exs})
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("no dev*.jsonl in %s", dir)
	}
	return sets, nil
}
