package guard

//go:generate go run ./cmd/trainguard -cv

import (
	"math"
	"math/bits"
	"strings"
	"sync"
)

// The second opinion is two small learned models that read the whole text after the rules.
// The rules know the wordings their authors thought of; on texts by writers they were not
// tuned on they caught 0.56 to 0.88 of the texts that must be blocked. The models, trained on
// every project-written labelled file, read care described in words no rule knows ("so glad
// you're walking again", "the team kept a close eye on him after the epinephrine").
//
//   - possible_disclosure (block by default): when the rules did not block and the disclosure
//     model's probability that the text must be blocked reaches DisclosureThreshold
//     (PostDisclosureThreshold for posts); as a warning when the rules passed and it reaches
//     only DisclosureReviewThreshold (PostDisclosureReviewThreshold).
//   - possible_concern (warn by default): when the rules passed, the disclosure model stayed
//     quiet and the concern model's probability that the text must be blocked or warned
//     reaches ConcernThreshold.
//
// Each adds one finding, on the sentence that contributed most to the score, so the writer
// sees where to look. A policy can lower either to warn or switch it off (`severity:`).
//
// A text's score is a logistic regression over its lower-case words (numbers as "#", person
// names by their part: "<staff>", "<doctor>", "<reviewer>", "<person>"; the organization's
// own practice as "<own-practice>"), pairs
// of adjacent words in a sentence, "this word also occurs in the patient's text" features and
// the kind of text. The features read the tokens only, never the rules' findings, so a rule
// change needs no retraining; cmd/trainguard writes opinion_model.go from testdata/*.jsonl
// (never testdata/sealed/) and TestOpinionModelReproducible checks it is current.

// Thresholds, chosen by leave-one-file-out cross-validation (`go generate ./internal/guard`
// prints it; `go run ./cmd/trainguard -cv -dump FILE` writes every example's log-odds so other
// values can be tried without training again; docs/GUARD.md has the trade-offs). Replies and
// posts have their own: over 75 labelled files one threshold of 0.43 caught 0.984 of the posts
// to block but only 0.963 of the replies, and on unseen writers most of the learned layer's
// false blocks were posts (staff, student and community news). Replies at 0.40 (no separate
// warning tier) and posts at 0.50 (warning from 0.45) catch more of the replies and block fewer
// posts: pooled, 0.969 of the texts to block and 0.975 of all violations caught, 2.0 % of
// compliant texts blocked and 3.0 % warned, against 0.968 / 0.975 / 2.1 % / 3.1 % at 0.43 for
// both. Replies at 0.38 would catch 0.972 but block the contrast lines' plain thanks.
const (
	DisclosureThreshold           = 0.40 // replies
	DisclosureReviewThreshold     = 0.40
	PostDisclosureThreshold       = 0.5
	PostDisclosureReviewThreshold = 0.45
	ConcernThreshold              = 0.9
)

// Model indices.
const (
	modelDisclosure = iota
	modelConcern
)

// opinionModel is the generated pair of models compiled into one open-addressing table. A
// unigram slot holds the word's weights and the weights of the same word when it also occurs
// in the patient's text; a pair slot holds its weights in uni. Keys are FNV-1a hashes of the
// lower-case words, so scoring a token is one hash and two probes (word, pair) for both models.
type opinionModel struct {
	bias   [2][2]float64 // [model][kind: 0 reply, 1 post]
	levels opinionLevels
	slots  []opinionSlot
	mask   uint64
}

// opinionSlot keeps a key and its weights together, so a probe touches one cache line.
type opinionSlot struct {
	key      uint64
	uni, ctx [2]float32
}

// opinionWeight is one feature of the generated models: "u:word", "b:word word" or "c:word",
// with its weight in each.
type opinionWeight struct {
	feat string
	w    [2]float32
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

func newOpinionModel(bias [2][2]float64, ws []opinionWeight) *opinionModel {
	n := 1 << bits.Len(uint(len(ws)*2+1))
	m := &opinionModel{bias: bias, levels: CommittedThresholds.levels(),
		slots: make([]opinionSlot, n), mask: uint64(n - 1)}
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
		sl := &m.slots[m.slot(h)]
		sl.key = h
		dst := &sl.uni
		if w.feat[:2] == featCtx {
			dst = &sl.ctx
		}
		dst[0] += w.w[0]
		dst[1] += w.w[1]
	}
	return m
}

// slot is the table index of key h: its own slot, or the empty slot where it would go.
func (m *opinionModel) slot(h uint64) uint64 {
	i := h & m.mask
	for m.slots[i].key != 0 && m.slots[i].key != h {
		i = (i + 1) & m.mask
	}
	return i
}

// sharedOpinion is the committed model, compiled once per process.
var sharedOpinion = sync.OnceValue(func() *opinionModel { return newOpinionModel(opinionBias, opinionWeights[:]) })

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

// kindIndex is the bias column for the text's kind.
func (s *scan) kindIndex() int {
	if s.in.Kind == KindPost {
		return 1
	}
	return 0
}

// ownContact marks the tokens inside the organization's own phone numbers, emails and web
// addresses. The models skip them: their digits and words say nothing about the reader, and
// in training a number was as often a patient's as the organization's.
func (s *scan) ownContact() []bool {
	d := &s.d
	s.own = growBool(s.own, len(d.toks))
	for _, id := range s.ids {
		if contactRule(id.rule) && s.allow.allows(id.rule, s.in.Text[id.start:id.end]) {
			for i := d.tokAt(id.start); i < len(d.toks) && d.toks[i].end <= id.end; i++ {
				s.own[i] = true
			}
		}
	}
	return s.own
}

// opinionFeatures walks the features of the analyzed text in s, calling emit with the token
// index, the feature prefix and the one or two words. Training uses it to name features;
// scoring (opinionScores) walks the same tokens with hashes, and
// TestOpinionScoreMatchesFeatures checks that the two agree.
func (s *scan) opinionFeatures(emit func(i int, prefix string, a, b []byte)) {
	d := &s.d
	ctx := s.in.Context != ""
	own := s.ownContact()
	names := s.nameWords()
	for i := range d.toks {
		if own[i] {
			continue
		}
		w := s.featureWord(names, i)
		emit(i, featUni, w, nil)
		if i > 0 && d.toks[i-1].sent == d.toks[i].sent && !own[i-1] {
			emit(i, featBi, s.featureWord(names, i-1), w)
		}
		if ctx && !d.has(i, tHasDigit) && s.ctxWords[foldedHash(d.norm(i))] {
			emit(i, featCtx, w, nil)
		}
	}
}

// Person names are features by their part, not their spelling: which names writers happened
// to use is no evidence ("Rosa" had learned a weight toward blocking from one writer's
// patients), while a staff member, a doctor, the reviewer or another person named is.
//
// The organization's own practice is read the same way: a service word that names the whole
// office ("our dental team" with brightsmiledental.com, see practiceService) is
// "<own-practice>", not "dental", so what the word weighs as a health center's clinical unit
// does not follow it into the dental office's thanks.
const (
	nameNone uint8 = iota
	nameStaff
	nameDoctor
	nameReviewer
	namePerson
	nameOwnPractice
)

var nameWord = [...][]byte{nameStaff: []byte("<staff>"), nameDoctor: []byte("<doctor>"),
	nameReviewer: []byte("<reviewer>"), namePerson: []byte("<person>"),
	nameOwnPractice: []byte("<own-practice>")}

var nameKey = func() (k [len(nameWord)]uint64) {
	for i, w := range nameWord {
		if w != nil {
			k[i] = fnvBytes(w)
		}
	}
	return k
}()

// nameWords marks, per token, the kind of person name the rules found there, or the
// organization's own practice (nameNone for neither).
func (s *scan) nameWords() []uint8 {
	n := len(s.d.toks)
	if cap(s.names) < n {
		s.names = make([]uint8, n)
	}
	s.names = s.names[:n]
	clear(s.names)
	for _, p := range s.persons {
		kind := namePerson
		switch {
		case p.reviewer:
			kind = nameReviewer
		case p.doctor:
			kind = nameDoctor
		case p.staff:
			kind = nameStaff
		}
		for i := p.t0; i < p.t1 && i < n; i++ {
			s.names[i] = kind
		}
	}
	if len(s.allow.hosts) > 0 {
		d := &s.d
		for i := range d.toks {
			if w := d.norm(i); s.names[i] == nameNone && len(w) >= 3 && len(w) <= 12 && s.ownPractice(string(w)) {
				s.names[i] = nameOwnPractice
			}
		}
	}
	return s.names
}

// featureWord is token i as the models read it: its name part, or opinionWord.
func (s *scan) featureWord(names []uint8, i int) []byte {
	if nw := names[i]; nw != 0 {
		return nameWord[nw]
	}
	return s.d.opinionWord(i)
}

// opinionScores returns both models' logits for the analyzed text in s and, for each, the
// sentence whose features add most to it (-1 for a text without tokens).
func (s *scan) opinionScores(m *opinionModel) (z [2]float64, best [2]int32) {
	d := &s.d
	ctx := s.in.Context != ""
	kind := s.kindIndex()
	z = [2]float64{m.bias[0][kind], m.bias[1][kind]}
	best = [2]int32{-1, -1}
	top := [2]float64{math.Inf(-1), math.Inf(-1)}
	cur := int32(-1)
	var sum [2]float64
	closeSentence := func() {
		for k := range sum {
			z[k] += sum[k]
			if cur >= 0 && sum[k] > top[k] {
				top[k], best[k] = sum[k], cur
			}
		}
	}
	var prev uint64
	own := s.ownContact()
	names := s.nameWords()
	for i := range d.toks {
		if k := d.toks[i].sent; k != cur {
			closeSentence()
			cur, sum, prev = k, [2]float64{}, 0
		}
		if own[i] {
			prev = 0
			continue
		}
		var h uint64
		if nw := names[i]; nw != 0 {
			h = nameKey[nw]
		} else {
			h = fnvBytes(d.opinionWord(i))
		}
		if sl := &m.slots[m.slot(h)]; sl.key == h {
			sum[0] += float64(sl.uni[0])
			sum[1] += float64(sl.uni[1])
			if c := sl.ctx; (c[0] != 0 || c[1] != 0) && ctx && !d.has(i, tHasDigit) && s.ctxWords[foldedHash(d.norm(i))] {
				sum[0] += float64(c[0])
				sum[1] += float64(c[1])
			}
		}
		if prev != 0 {
			b := biKey(prev, h)
			if sl := &m.slots[m.slot(b)]; sl.key == b {
				sum[0] += float64(sl.uni[0])
				sum[1] += float64(sl.uni[1])
			}
		}
		prev = h
	}
	closeSentence()
	return z, best
}

// opinionSeverity is the policy's severity for a learned rule, else the rule's default.
func (g *Guard) opinionSeverity(rule string) Severity {
	if o, ok := g.policy.Severity[rule]; ok {
		return o
	}
	return rules[rule].Severity
}

// secondOpinion returns the learned finding for a text the rules gave verdict v, if any.
func (s *scan) secondOpinion(m *opinionModel, v Verdict) []Finding {
	g := s.g
	disc, conc := g.opinionSeverity("possible_disclosure"), g.opinionSeverity("possible_concern")
	if v == VerdictBlock || disc == SeverityOff && (conc == SeverityOff || v != VerdictPass) {
		return nil
	}
	z, best := s.opinionScores(m)
	model, sev := decideOpinion(v, z, s.in.Kind == KindPost, s.learnedMayBlock, m.levels, disc, conc)
	if sev == SeverityOff {
		return nil
	}
	return s.opinionFinding(opinionRule[model], sev, best[model])
}

// opinionRule names each model's finding.
var opinionRule = [2]string{modelDisclosure: "possible_disclosure", modelConcern: "possible_concern"}

// opinionLevels are the thresholds as log-odds; disclosure and review per kind (0 reply, 1
// post).
type opinionLevels struct {
	disclosure, review [2]float64
	concern            float64
}

// decideOpinion is the second opinion's decision, shared by Check and by cross-validation:
// given the rules' verdict v, both models' log-odds z, whether the text is a post, whether the
// disclosure model may block this text (asked only when it would), the thresholds and the
// policy's severities, it returns the model whose finding the text gets and that finding's
// severity (SeverityOff for none).
func decideOpinion(v Verdict, z [2]float64, post bool, mayBlock func() bool, lv opinionLevels, disc, conc Severity) (int, Severity) {
	if v == VerdictBlock {
		return 0, SeverityOff
	}
	k := 0
	if post {
		k = 1
	}
	if disc != SeverityOff && z[modelDisclosure] >= lv.disclosure[k] {
		if !mayBlock() {
			if v != VerdictPass {
				return 0, SeverityOff
			}
			disc = SeverityWarn
		}
		return modelDisclosure, disc
	}
	if v == VerdictPass && disc != SeverityOff && z[modelDisclosure] >= lv.review[k] {
		return modelDisclosure, SeverityWarn
	}
	if v == VerdictPass && conc != SeverityOff && z[modelConcern] >= lv.concern {
		return modelConcern, conc
	}
	return 0, SeverityOff
}

// opinionFinding is the finding of rule on sentence k, with its closing punctuation.
func (s *scan) opinionFinding(rule string, sev Severity, k int32) []Finding {
	d := &s.d
	t0, t1 := d.sentTokens(k)
	if t0 == t1 {
		return nil
	}
	start, end := d.toks[t0].start, d.toks[t1-1].end
	for end < len(s.in.Text) && (s.in.Text[end] == '.' || s.in.Text[end] == '!' || s.in.Text[end] == '?') {
		end++
	}
	r := rules[rule]
	return resolve(s.in.Text, []Finding{{Rule: rule, Category: r.Category, Severity: sev,
		Start: start, End: end, Message: r.Message, Alternative: r.Alternative}})
}

// learnedMayBlock: a reply answering a general question ("How often should kids get eye
// exams?") that never ties anything to the reader ("your", "you mentioned") describes care only
// in general, a post whose only named people are staff is staff news, and a reply that only
// thanks staff says nothing of the reader's care (staffThanksOnly); there the model asks for a
// second look (warn) instead of blocking. Answers to general questions and staff milestones
// were the largest groups of the model's false blocks on the outside writers' sets.
func (s *scan) learnedMayBlock() bool {
	if s.in.Kind == KindPost {
		return !s.staffNewsPost()
	}
	if s.staffThanksOnly() {
		return false
	}
	if !s.contextGeneralQuestion() {
		return true
	}
	for k := 0; k < s.d.nsent; k++ {
		if s.sent[k]&(phTie|phPoss|phRelationship|phVisit|phRelative) != 0 || s.sentRev[k] {
			return true
		}
	}
	return false
}

// staffThanksOnly: a reply that names only directory staff, each one the reviewer named or
// one who gives no care, and says nothing about anyone else: no health term, no pronoun for
// a third person, no phrase about the reader's visit or family ("Thank you! Rosa will be so
// happy to hear that." answering "Rosa was very gentle", or naming the receptionist). The
// rules have judged the names (a provider the reviewer named warns); the model asks for a
// second look instead of blocking.
func (s *scan) staffThanksOnly() bool {
	if len(s.persons) == 0 || len(s.health) > 0 {
		return false
	}
	for _, p := range s.persons {
		if !p.staff || p.doctor || p.provider && !p.mentions || p.reviewer {
			return false
		}
	}
	d := &s.d
	names := s.nameWords()
	for i := range d.toks {
		if names[i] == nameNone && thirdPerson[string(d.norm(i))] {
			return false // "Keeping him comfortable at the end meant everything to her"
		}
	}
	for k := 0; k < d.nsent; k++ {
		if s.sent[k]&(phRelationship|phVisit|phRecords|phRelative|phPatientCue|phDateRel) != 0 {
			return false
		}
	}
	return true
}

// staffNewsPost: a post that names people, all of them staff or clinicians ("Congratulations
// to nurse Jenny Park on her retirement"), with no patient cue: its health words are the
// staff's work. The disclosure model only warns on it.
func (s *scan) staffNewsPost() bool {
	if len(s.persons) == 0 {
		return false
	}
	for _, p := range s.persons {
		if !p.staff && !p.doctor {
			return false
		}
	}
	for k := 0; k < s.d.nsent; k++ {
		if s.sent[k]&phPatientCue != 0 {
			return false
		}
	}
	return true
}

// contextGeneralQuestion: every sentence of the patient's text is a general question.
func (s *scan) contextGeneralQuestion() bool {
	c := &s.c
	if s.in.Context == "" || len(c.toks) == 0 {
		return false
	}
	asked := false
	for i := range c.toks {
		if i > 0 && c.toks[i].sent == c.toks[i-1].sent {
			continue
		}
		switch {
		case c.generalQuestion(i):
			asked = true
		case !asked || !courtesy[string(c.norm(i))]:
			return false
		}
	}
	return asked
}

// courtesy: a sentence opening with one of these after a question is a sign-off ("...? thanks"),
// not a statement about the writer; "thank u for visiting my grandpa" alone is no question.
var courtesy = map[string]bool{"thanks": true, "thank": true, "thx": true, "ty": true, "cheers": true, "tia": true, "gracias": true}
