package guard

//go:generate go run ./cmd/trainguard -o opinion_model.go

import (
	"math"
	"math/bits"
	"sync"
)

// The second opinion is a small learned model that reads a reply the rules passed and, when it
// is confident the reply still describes the patient's care in words no rule knows, adds one
// warn finding (possible_disclosure) on the sentence that scored highest. It never blocks and
// never runs on posts. Its weights are a logistic regression over lower-cased word unigrams,
// bigrams and "this word also occurs in the patient's text" features, trained by
// cmd/trainguard on the project's development sets only and committed as opinion_model.go.

// Feature kinds. A feature's name is its prefix followed by the word (and, for a bigram, a
// space and the next word); numbers read as "#".
const (
	featUni  = "u:"
	featBi   = "b:"
	featCtx  = "c:"
	featStop = "#"
)

// opinionWeight is one feature of the generated model.
type opinionWeight struct {
	feat string
	w    float32
}

// opinionModel is the generated model compiled into an open-addressing table keyed by the
// FNV-1a hash of the feature name, so scoring a token is a few integer operations.
type opinionModel struct {
	bias, threshold float64
	keys            []uint64
	vals            []float32
	mask            uint64
}

func newOpinionModel(bias, threshold float64, ws []opinionWeight) *opinionModel {
	n := 1 << bits.Len(uint(len(ws)*2+1))
	m := &opinionModel{bias: bias, threshold: threshold, keys: make([]uint64, n), vals: make([]float32, n), mask: uint64(n - 1)}
	for _, w := range ws {
		h := fnvString(fnvOffset, w.feat)
		if h == 0 {
			h = 1
		}
		i := h & m.mask
		for m.keys[i] != 0 && m.keys[i] != h {
			i = (i + 1) & m.mask
		}
		m.keys[i], m.vals[i] = h, m.vals[i]+w.w
	}
	return m
}

func (m *opinionModel) weight(h uint64) float32 {
	if h == 0 {
		h = 1
	}
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		switch m.keys[i] {
		case h:
			return m.vals[i]
		case 0:
			return 0
		}
	}
}

var (
	defaultOpinionOnce sync.Once
	defaultOpinion     *opinionModel
)

// sharedOpinion is the committed model, compiled once per process.
func sharedOpinion() *opinionModel {
	defaultOpinionOnce.Do(func() {
		defaultOpinion = newOpinionModel(opinionBias, opinionThreshold, opinionWeights[:])
	})
	return defaultOpinion
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func fnvBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

var numWord = []byte(featStop)

// opinionWord is the form a token takes in features: its lower-case form, or "#" for numbers.
func (d *doc) opinionWord(i int) []byte {
	if d.has(i, tHasDigit) {
		return numWord
	}
	return d.norm(i)
}

// opinionFeatures walks the features of the analyzed reply in s, calling emit with the token
// index, the feature prefix and the one or two words. Training (featureNames) and scoring
// (opinionScore) both walk through here, so they cannot disagree.
func (s *scan) opinionFeatures(emit func(i int, prefix string, a, b []byte)) {
	d := &s.d
	ctx := s.in.Context != ""
	for i := range d.toks {
		w := d.opinionWord(i)
		emit(i, featUni, w, nil)
		if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent {
			emit(i, featBi, w, d.opinionWord(i+1))
		}
		if ctx && !d.has(i, tHasDigit) && s.ctxWords[hashBytes(w)] {
			emit(i, featCtx, w, nil)
		}
	}
}

// featureNames lists the feature names of an input (training and cross-validation).
func (g *Guard) featureNames(in Input) []string {
	s := g.pool.Get().(*scan)
	defer g.pool.Put(s)
	s.reset(g, in)
	s.analyze()
	var out []string
	s.opinionFeatures(func(_ int, prefix string, a, b []byte) {
		f := prefix + string(a)
		if b != nil {
			f += " " + string(b)
		}
		out = append(out, f)
	})
	return out
}

// opinionScore scores the analyzed reply in s: the logit of the whole text and the token span
// of the sentence whose features weigh most.
func (s *scan) opinionScore(m *opinionModel) (logit float64, t0, t1 int) {
	d := &s.d
	if len(d.toks) == 0 {
		return math.Inf(-1), 0, 0
	}
	sum := 0.0
	cur, curSum := int32(-1), 0.0
	best, bestSum := int32(-1), math.Inf(-1)
	s.opinionFeatures(func(i int, prefix string, a, b []byte) {
		h := fnvBytes(fnvString(fnvOffset, prefix), a)
		if b != nil {
			h = fnvBytes((h^' ')*fnvPrime, b)
		}
		w := float64(m.weight(h))
		sum += w
		if k := d.toks[i].sent; k != cur {
			if cur >= 0 && curSum > bestSum {
				best, bestSum = cur, curSum
			}
			cur, curSum = k, 0
		}
		curSum += w
	})
	if cur >= 0 && curSum > bestSum {
		best = cur
	}
	t0 = -1
	for i := range d.toks {
		if d.toks[i].sent == best {
			if t0 < 0 {
				t0 = i
			}
			t1 = i + 1
		}
	}
	return m.bias + sum, t0, t1
}

// secondOpinion adds the possible_disclosure warning to a reply the rules passed when the model
// is confident. It only ever adds a warning.
func (s *scan) secondOpinion(m *opinionModel) []Finding {
	sev := SeverityWarn
	if o, ok := s.g.policy.Severity["possible_disclosure"]; ok && o == SeverityOff {
		return nil
	}
	logit, t0, t1 := s.opinionScore(m)
	if logit < m.threshold || t0 < 0 {
		return nil
	}
	r := rules["possible_disclosure"]
	start, end := s.d.toks[t0].start, s.d.toks[t1-1].end
	// Extend to the sentence's closing punctuation.
	for end < len(s.in.Text) && (s.in.Text[end] == '.' || s.in.Text[end] == '!' || s.in.Text[end] == '?') {
		end++
	}
	return resolve(s.in.Text, []Finding{{Rule: "possible_disclosure", Category: r.Category, Severity: sev,
		Start: start, End: end, Message: r.Message, Alternative: r.Alternative}})
}
