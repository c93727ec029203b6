package guard

//go:generate go run ./cmd/trainguard

import (
	"math"
	"math/bits"
	"strings"
	"sync"
)

// The second opinion is a small learned model that reads each sentence of a reply the rules
// passed and, when its best sentence scores at or above the threshold, adds one warn finding
// (possible_disclosure) on that sentence: it may describe the reader's own care in words no
// rule knows. It never blocks, never runs on posts, never fires on a sentence that is only an
// invitation to get in touch, a contact detail, or a thanks or greeting (exemptSentences). It is
// off by default; a policy switches it on with `severity: possible_disclosure: warn` (block is
// read as warn) and off again with `off`.
//
// A sentence's score is a logistic regression over its lower-cased word unigrams, its bigrams
// and "this word also occurs in the patient's text" features, trained by cmd/trainguard on the
// development sets and testdata/sentences_dev.tsv only (opinion_train.go) and committed as
// opinion_model.go.

// opinionModel is the generated model compiled into an open-addressing table. A unigram slot
// holds the word's weight and the weight of the same word when it also occurs in the patient's
// text; a bigram slot holds its weight in uni. Keys are FNV-1a hashes of the lower-case words,
// so scoring a token is one hash and at most two probes.
type opinionModel struct {
	bias, threshold float64
	keys            []uint64
	uni, ctx        []float32
	mask            uint64
}

// opinionWeight is one feature of the generated model: "u:word", "b:word word" or "c:word".
type opinionWeight struct {
	feat string
	w    float32
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	if h == 0 {
		h = 1
	}
	return h
}

// biKey combines the hashes of two adjacent words.
func biKey(a, b uint64) uint64 {
	h := (a*0x9E3779B97F4A7C15 ^ b) * fnvPrime
	if h == 0 {
		h = 1
	}
	return h
}

func newOpinionModel(bias, threshold float64, ws []opinionWeight) *opinionModel {
	n := 1 << bits.Len(uint(len(ws)*2+1))
	m := &opinionModel{bias: bias, threshold: threshold, keys: make([]uint64, n),
		uni: make([]float32, n), ctx: make([]float32, n), mask: uint64(n - 1)}
	for _, w := range ws {
		var h uint64
		switch w.feat[:2] {
		case featUni, featCtx:
			h = fnvBytes([]byte(w.feat[2:]))
		case featBi:
			a, b, _ := strings.Cut(w.feat[2:], " ")
			h = biKey(fnvBytes([]byte(a)), fnvBytes([]byte(b)))
		default:
			continue
		}
		i := m.slot(h)
		m.keys[i] = h
		if w.feat[:2] == featCtx {
			m.ctx[i] += w.w
		} else {
			m.uni[i] += w.w
		}
	}
	return m
}

// slot is the table index of key h: its own slot, or the empty slot where it would go.
func (m *opinionModel) slot(h uint64) uint64 {
	i := h & m.mask
	for m.keys[i] != 0 && m.keys[i] != h {
		i = (i + 1) & m.mask
	}
	return i
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

// Feature name prefixes (training and the generated model).
const (
	featUni = "u:"
	featBi  = "b:"
	featCtx = "c:"
)

var numWord = []byte("#")

// opinionWord is the form a token takes in features: its lower-case form, or "#" for numbers.
func (d *doc) opinionWord(i int) []byte {
	if d.has(i, tHasDigit) {
		return numWord
	}
	return d.norm(i)
}

// greetWord opens a thanks or greeting sentence.
var greetWord = map[string]bool{"thank": true, "thanks": true, "thankyou": true, "hi": true, "hello": true,
	"hey": true, "dear": true, "greetings": true, "welcome": true, "cheers": true, "congratulations": true,
	"congrats": true, "best": true, "regards": true, "sincerely": true, "warmly": true, "warm": true,
	"kind": true, "many": true, "good": true, "happy": true}

// greetNext: the word after an opener that makes it a greeting or sign-off ("good morning",
// "kind regards", "many thanks", "happy holidays"); openers not listed here stand alone.
var greetNext = map[string]map[string]bool{
	"good":  {"morning": true, "afternoon": true, "evening": true, "day": true},
	"kind":  {"regards": true, "wishes": true},
	"warm":  {"regards": true, "wishes": true},
	"best":  {"regards": true, "wishes": true, "": true},
	"many":  {"thanks": true},
	"happy": {"holidays": true, "new": true, "thanksgiving": true, "friday": true, "monday": true},
}

// exemptSentences marks the sentences the second opinion never fires on (and is never trained
// on): an invitation to get in touch (any invite phrase), a contact detail (a phone, email or
// web address, the organization's own included), a thanks or greeting (the sentence opens with
// "thank", "hi", "hello", "dear", "good morning", "kind regards"...), or fewer than two words.
// The rules still read these sentences; only the learned model skips them.
func (s *scan) exemptSentences(out []bool) []bool {
	d := &s.d
	out = growBool(out, d.nsent)
	for k := 0; k < d.nsent; k++ {
		out[k] = s.sent[k]&phInvite != 0
	}
	for _, id := range s.ids {
		if id.rule == "phone" || id.rule == "email" || id.rule == "url" {
			if id.sent >= 0 && int(id.sent) < d.nsent {
				out[id.sent] = true
			}
		}
	}
	words := 0
	for i := range d.toks {
		k := d.toks[i].sent
		if d.has(i, tSentStart) || i == 0 {
			// Close the previous sentence's word count.
			if i > 0 && words < 2 {
				out[d.toks[i-1].sent] = true
			}
			words = 0
			a := string(d.norm(i))
			if greetWord[a] {
				next := ""
				if i+1 < len(d.toks) && d.toks[i+1].sent == k {
					next = string(d.norm(i + 1))
				}
				if nx, ok := greetNext[a]; !ok || nx[next] {
					out[k] = true
				}
			}
		}
		if d.has(i, tWord) {
			words++
		}
	}
	if len(d.toks) > 0 && words < 2 {
		out[d.toks[len(d.toks)-1].sent] = true
	}
	return out
}

// opinionFeatures walks the features of the analyzed reply in s, calling emit with the token
// index, the feature prefix and the one or two words; exempt sentences are skipped. Training
// uses it to name features; scoring (opinionBest) walks the same tokens with hashes, and
// TestOpinionScoreMatchesFeatures checks that the two agree.
func (s *scan) opinionFeatures(exempt []bool, emit func(i int, prefix string, a, b []byte)) {
	d := &s.d
	ctx := s.in.Context != ""
	for i := range d.toks {
		if exempt[d.toks[i].sent] {
			continue
		}
		w := d.opinionWord(i)
		emit(i, featUni, w, nil)
		if i > 0 && d.toks[i-1].sent == d.toks[i].sent {
			emit(i, featBi, d.opinionWord(i-1), w)
		}
		if ctx && !d.has(i, tHasDigit) && s.ctxWords[hashBytes(w)] {
			emit(i, featCtx, w, nil)
		}
	}
}

// opinionBest scores every sentence of the analyzed reply in s that is not exempt and returns
// the best logit and that sentence (-Inf and -1 when every sentence is exempt).
func (s *scan) opinionBest(m *opinionModel, exempt []bool) (float64, int32) {
	d := &s.d
	ctx := s.in.Context != ""
	best, bestK := math.Inf(-1), int32(-1)
	cur, sum := int32(-1), 0.0
	var prev uint64
	for i := range d.toks {
		k := d.toks[i].sent
		if exempt[k] {
			continue
		}
		if k != cur {
			if cur >= 0 && m.bias+sum > best {
				best, bestK = m.bias+sum, cur
			}
			cur, sum, prev = k, 0, 0
		}
		w := d.opinionWord(i)
		h := fnvBytes(w)
		j := m.slot(h)
		if m.keys[j] == h {
			sum += float64(m.uni[j])
			if c := m.ctx[j]; c != 0 && ctx && !d.has(i, tHasDigit) && s.ctxWords[hashBytes(w)] {
				sum += float64(c)
			}
		}
		if prev != 0 {
			b := biKey(prev, h)
			if j := m.slot(b); m.keys[j] == b {
				sum += float64(m.uni[j])
			}
		}
		prev = h
	}
	if cur >= 0 && m.bias+sum > best {
		best, bestK = m.bias+sum, cur
	}
	return best, bestK
}

// opinionEnabled: the policy's severity for possible_disclosure, else the rule's default (off),
// is not off. Any other setting means warn: the second opinion never blocks.
func (g *Guard) opinionEnabled() bool {
	sev := rules["possible_disclosure"].Severity
	if o, ok := g.policy.Severity["possible_disclosure"]; ok {
		sev = o
	}
	return sev != SeverityOff && g.opinion != nil
}

// secondOpinion returns the possible_disclosure warning for a reply the rules passed when the
// model's best sentence reaches the threshold.
func (s *scan) secondOpinion(m *opinionModel) []Finding {
	s.exempt = s.exemptSentences(s.exempt)
	logit, k := s.opinionBest(m, s.exempt)
	if k < 0 || logit < m.threshold {
		return nil
	}
	d := &s.d
	t0, t1 := -1, 0
	for i := range d.toks {
		if d.toks[i].sent == k {
			if t0 < 0 {
				t0 = i
			}
			t1 = i + 1
		}
	}
	start, end := d.toks[t0].start, d.toks[t1-1].end
	for end < len(s.in.Text) && (s.in.Text[end] == '.' || s.in.Text[end] == '!' || s.in.Text[end] == '?') {
		end++
	}
	r := rules["possible_disclosure"]
	return resolve(s.in.Text, []Finding{{Rule: "possible_disclosure", Category: r.Category, Severity: SeverityWarn,
		Start: start, End: end, Message: r.Message, Alternative: r.Alternative}})
}
