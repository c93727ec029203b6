package guard

import (
	"embed"
	"io/fs"
	"slices"
	"strings"
	"sync"
)

// The lexicons are the project's own word lists (see lexicon/*.txt), compiled once per process
// into token tries keyed by normalized, lightly stemmed tokens. Each kind may span several
// files, one per language: health.txt and health_es.txt are one health lexicon.
var (
	//go:embed lexicon/*.txt
	lexiconFiles embed.FS

	healthText  = lexiconText("health")
	phrasesText = lexiconText("phrases")
	namesText   = lexiconText("names")
)

// nameMisses returns the name bits a token got through its stem but not as itself: names are
// matched whole, so "Sign" is not the name "Signe" and "Carried" is not "Carrie". A plural
// ("the Garcias") keeps its surname.
func (l *lexicons) nameMisses(w []byte) uint32 {
	var miss uint32
	for _, n := range [...]struct {
		set map[string]bool
		bit uint32
	}{{l.first, wFirst}, {l.last, wLast}, {l.ambiguous, wAmbiguous}} {
		if !n.set[string(w)] && !(len(w) > 3 && w[len(w)-1] == 's' && n.set[string(w[:len(w)-1])]) {
			miss |= n.bit
		}
	}
	return miss
}

// lexiconText joins lexicon/NAME.txt and lexicon/NAME_*.txt, in name order.
func lexiconText(name string) string {
	files, err := fs.Glob(lexiconFiles, "lexicon/"+name+"*.txt")
	if err != nil {
		panic(err)
	}
	var b strings.Builder
	for _, f := range files {
		if base := strings.TrimSuffix(strings.TrimPrefix(f, "lexicon/"), ".txt"); base != name && !strings.HasPrefix(base, name+"_") {
			continue
		}
		data, err := lexiconFiles.ReadFile(f)
		if err != nil {
			panic(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

// Health categories, in the order of their rule ids.
const (
	hcCondition uint8 = iota + 1
	hcSymptom
	hcProcedure
	hcTest
	hcMedication
	hcCareSetting
	hcBilling
	hcNeutral // multi-word names of services that are not health information ("billing office")

	// hcPossessed marks body parts and care words that are health information only when
	// possessed by the person answered ("your knee", "your cleaning").
	hcPossessed uint8 = 0x80
)

var healthSections = map[string]uint8{
	"condition": hcCondition, "symptom": hcSymptom, "procedure": hcProcedure, "test": hcTest,
	"medication": hcMedication, "care_setting": hcCareSetting, "insurance_billing": hcBilling, "neutral": hcNeutral, "possessed": hcCondition | hcPossessed,
}

var healthRule = [...]string{"", "health_condition", "health_symptom", "health_procedure", "health_test", "health_medication", "care_setting", "insurance_billing"}

// Phrase sections are bits: one phrase may belong to several (e.g. "contact" is both an
// invitation and a business cue).
const (
	phRelationship uint32 = 1 << iota
	phRecords
	phVisit
	phTone
	phAdvice
	phGuarantee
	phInvite
	phNegative
	phBusiness
	phGeneric
	phTie
	phRelative
	phPatientCue
	phDateRel
	phMRN
	phPlan
	phAccount
	phLicense
	phVehicle
	phDevice
	phBanned   // policy banned phrase (per-guard trie only)
	phRequired // policy required phrase (per-guard trie only)
	phPositive
	phSSN
	phVisitCue
	phPoss
	phStance  // "glad", "hope", "sorry": the writer reacts to the reader's situation
	phArgue   // arguing with critics ("spreading lies", "check your facts"), in replies and posts
	phApology // "sorry to hear", "we apologize": the reply answers someone unhappy
)

const phIDContext = phMRN | phPlan | phAccount | phLicense | phVehicle | phDevice

var phraseSections = map[string]uint32{
	"relationship": phRelationship, "records": phRecords, "visit": phVisit, "tone": phTone,
	"advice": phAdvice, "guarantee": phGuarantee, "invite": phInvite, "negative": phNegative,
	"business": phBusiness, "generic": phGeneric, "tie": phTie, "relative": phRelative,
	"patientcue": phPatientCue, "daterel": phDateRel, "positive": phPositive, "ssn": phSSN, "visitcue": phVisitCue, "poss": phPoss, "stance": phStance, "mrn": phMRN, "plan": phPlan, "argue": phArgue, "apology": phApology,
	"account": phAccount, "license": phLicense, "vehicle": phVehicle, "device": phDevice,
}

// tnode is a token-trie node. val holds the section bits (phrases) or category (health) of
// the phrase ending here; id distinguishes policy phrases.
//
// The shared lexicon tries are keyed by vocabulary ids (one hash lookup per token at
// tokenize time, integer lookups after that); policy tries, built per Guard, are keyed by
// the stem strings so compiling a policy never mutates shared state.
type tnode struct {
	dense []*tnode // children indexed by vocabulary id (the two shared roots only)
	next  map[uint32]*tnode
	keys  []uint32 // the ids of next, sorted, and their children (see compact)
	kids  []*tnode
	snext map[string]*tnode
	val   uint32
	id    int
}

func (n *tnode) child(k string, vocab map[string]uint32) *tnode {
	var c *tnode
	if vocab != nil {
		id := vocab[k]
		if id == 0 {
			id = uint32(len(vocab) + 1)
			vocab[k] = id
		}
		if n.next == nil {
			n.next = map[uint32]*tnode{}
		}
		if c = n.next[id]; c == nil {
			c = &tnode{id: -1}
			n.next[id] = c
		}
		return c
	}
	if n.snext == nil {
		n.snext = map[string]*tnode{}
	}
	if c = n.snext[k]; c == nil {
		c = &tnode{id: -1}
		n.snext[k] = c
	}
	return c
}

// add inserts the stemmed tokens of phrase; it reports false when the phrase has no tokens.
// vocab is the shared vocabulary for lexicon tries and nil for policy tries.
func (n *tnode) add(phrase string, val uint32, id int, replace bool, vocab map[string]uint32) bool {
	toks := normPhrase(phrase)
	if len(toks) == 0 {
		return false
	}
	cur := n
	for _, t := range toks {
		cur = cur.child(t, vocab)
	}
	if replace {
		cur.val = val
	} else {
		cur.val |= val
	}
	if id >= 0 {
		cur.id = id
	}
	return true
}

type lexicons struct {
	vocab map[string]uint32 // stem -> id for every stem used in the tries
	info  map[string]uint32 // lower-case word -> word-class flags (names, months, ...)
	// words merges both, keyed by stem, so tokenizing costs one hash lookup per token.
	words      map[string]wordEntry
	wtab       wordTable // the same entries in an open-addressing table probed with bytes
	health     *tnode
	healthCase map[string]uint8 // case-sensitive single-token terms such as "ER", "OR"
	phrases    *tnode
	first      map[string]bool
	last       map[string]bool
	ambiguous  map[string]bool
	common     map[string]bool // everyday words that start sentences ("However", "Thanks")
}

var (
	lexOnce sync.Once
	lexVal  *lexicons
)

// sharedLexicons compiles the embedded lexicons once per process; every Guard shares them
// read-only.
func sharedLexicons() *lexicons {
	lexOnce.Do(func() { lexVal = buildLexicons() })
	return lexVal
}

func buildLexicons() *lexicons {
	l := &lexicons{health: &tnode{id: -1}, healthCase: map[string]uint8{}, phrases: &tnode{id: -1},
		first: map[string]bool{}, last: map[string]bool{}, ambiguous: map[string]bool{}, common: map[string]bool{},
		vocab: map[string]uint32{}, info: map[string]uint32{}}
	eachTerm(healthText, func(section, term string) {
		c, ok := healthSections[section]
		if !ok || c == 0 {
			panic("guard: unknown health section " + section)
		}
		if strings.HasPrefix(term, "=") {
			if len(term) < 2 || term[1] < 'A' || term[1] > 'Z' {
				panic("guard: case-sensitive health term must start with a capital letter: " + term)
			}
			l.healthCase[term[1:]] = c
			return
		}
		l.health.add(term, uint32(c), -1, true, l.vocab)
	})
	eachTerm(phrasesText, func(section, term string) {
		bit := phraseSections[section]
		if bit == 0 {
			panic("guard: unknown phrase section " + section)
		}
		for _, p := range expand(term) {
			l.phrases.add(p, bit, -1, false, l.vocab)
		}
	})
	eachTerm(namesText, func(section, term string) {
		t := strings.ToLower(term)
		switch section {
		case "first":
			l.first[t] = true
		case "last":
			l.last[t] = true
		case "ambiguous":
			l.ambiguous[t] = true
		case "common":
			l.common[t] = true
		default:
			panic("guard: unknown names section " + section)
		}
	})
	l.buildInfo()
	l.wtab = newWordTable(l.words)
	l.health.densify(len(l.vocab))
	l.phrases.densify(len(l.vocab))
	l.health.compact()
	l.phrases.compact()
	return l
}

// densify gives a root a slice of children indexed by vocabulary id: almost every token is
// looked up at the root, and an index is cheaper than a map probe.
func (n *tnode) densify(nvocab int) {
	n.dense = make([]*tnode, nvocab+1)
	for id, c := range n.next {
		n.dense[id] = c
	}
}

// at returns the child for vocabulary id (nil when none).
func (n *tnode) at(id uint32) *tnode {
	if n.dense != nil {
		if int(id) < len(n.dense) {
			return n.dense[id]
		}
		return nil
	}
	return n.sparse(id)
}

// compact gives every node below n its children as a sorted slice as well (keys, kids),
// which sparse searches instead of probing the map: almost every node has a handful of
// children, and a few comparisons cost less than a map lookup. The maps stay for building
// and for the "has children" tests of matchAll.
func (n *tnode) compact() {
	if len(n.next) == 0 {
		return
	}
	n.keys = make([]uint32, 0, len(n.next))
	for id := range n.next {
		n.keys = append(n.keys, id)
	}
	slices.Sort(n.keys)
	n.kids = make([]*tnode, len(n.keys))
	for i, id := range n.keys {
		n.kids[i] = n.next[id]
		n.kids[i].compact()
	}
}

// sparse is at for a node without a dense index.
func (n *tnode) sparse(id uint32) *tnode {
	if n.kids == nil {
		return n.next[id] // a trie built without compact
	}
	if len(n.keys) > 16 {
		if i, ok := slices.BinarySearch(n.keys, id); ok {
			return n.kids[i]
		}
		return nil
	}
	for i, k := range n.keys {
		if k >= id {
			if k == id {
				return n.kids[i]
			}
			return nil
		}
	}
	return nil
}

// Word-class flags in lexicons.info.
const (
	wFirst uint32 = 1 << iota
	wLast
	wAmbiguous
	wMonth
	wWeekday
	wTLD
	wState
	wStateName
	wHonorific
	wDoctor
	wNameStop
	wStreet
	wUnit
	wCommon
	// Trigger words of the structural rules (structure.go), a cheap pre-filter by stem
	// before the exact word checks.
	wCareV
	wOutcome
	wRecov
	wPresence
	wChoose
	wRole
	wReview
	wEvent
	wGeneral
	wTrig
)

const wStruct = wCareV | wOutcome | wRecov | wPresence | wChoose | wRole | wReview | wEvent | wGeneral | wTrig

// wordEntry is what the tokenizer learns about a stem in one lookup.
type wordEntry struct{ id, info uint32 }

func (l *lexicons) buildInfo() {
	defer func() {
		l.words = make(map[string]wordEntry, len(l.vocab)+len(l.info))
		for k, id := range l.vocab {
			e := l.words[k]
			e.id = id
			l.words[k] = e
		}
		for k, f := range l.info {
			st := normPhrase(k)
			if len(st) != 1 {
				continue
			}
			e := l.words[st[0]]
			e.info |= f
			l.words[st[0]] = e
		}
	}()
	set := func(m map[string]bool, f uint32) {
		for k, v := range m {
			if v {
				l.info[k] |= f
			}
		}
	}
	set(l.first, wFirst)
	set(l.last, wLast)
	set(l.ambiguous, wAmbiguous)
	for k := range months {
		l.info[k] |= wMonth
	}
	set(weekday, wWeekday)
	set(tlds, wTLD)
	set(states, wState)
	set(stateNames, wStateName)
	set(honorifics, wHonorific)
	set(doctorTitles, wDoctor)
	set(nameStop, wNameStop)
	set(streetSuffix, wStreet)
	set(unitWords, wUnit)
	set(l.common, wCommon)
	set(careVerbs, wCareV)
	set(recoveryWords, wRecov)
	set(presenceVerbs, wPresence)
	set(chooseVerbs, wChoose)
	set(roleWord, wRole)
	set(reviewNoun, wReview)
	set(eventNoun, wEvent)
	set(generalWord, wGeneral)
	set(structTriggers, wTrig)
	for k := range outcomeWords {
		l.info[k] |= wOutcome
	}
}

// eachTerm walks a lexicon file: "@section" lines, "#" comments, comma-separated terms.
func eachTerm(text string, f func(section, term string)) {
	section := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "@"):
			section = line[1:]
		default:
			for _, t := range splitTerms(line) {
				f(section, t)
			}
		}
	}
}

// splitTerms splits on commas outside [..] groups.
func splitTerms(line string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '[':
			depth++
		case ']':
			depth--
		case ',':
			if depth == 0 {
				if t := strings.TrimSpace(line[start:i]); t != "" {
					out = append(out, t)
				}
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(line[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// expand turns "your [recent|] visit" into "your recent visit" and "your visit".
func expand(p string) []string {
	i := strings.IndexByte(p, '[')
	if i < 0 {
		return []string{strings.Join(strings.Fields(p), " ")}
	}
	j := strings.IndexByte(p[i:], ']')
	if j < 0 {
		return []string{p}
	}
	j += i
	var out []string
	for _, alt := range strings.Split(p[i+1:j], "|") {
		out = append(out, expand(p[:i]+alt+p[j+1:])...)
	}
	return out
}

// normPhrase tokenizes a phrase exactly as text is tokenized and returns its stems, so
// lexicon entries and text meet in the same normal form.
func normPhrase(p string) []string {
	var d doc
	d.tokenize(p, nil)
	out := make([]string, 0, len(d.toks))
	for i := range d.toks {
		out = append(out, string(d.stem(i)))
	}
	return out
}

// wordTable is an open-addressing hash table from stem bytes to wordEntry, built once. It
// is probed with the token's bytes directly (FNV-1a, linear probing), which is cheaper
// than a general map for the short keys the tokenizer looks up once per token.
type wordTable struct {
	mask  uint64
	keys  []string
	vals  []wordEntry
	maxLn int
}

func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func newWordTable(m map[string]wordEntry) wordTable {
	n := 1
	for n < 2*len(m)+2 {
		n <<= 1
	}
	t := wordTable{mask: uint64(n - 1), keys: make([]string, n), vals: make([]wordEntry, n)}
	for k, v := range m {
		if k == "" {
			continue
		}
		t.maxLn = max(t.maxLn, len(k))
		i := fnv1a([]byte(k)) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *wordTable) get(b []byte) wordEntry {
	if len(b) == 0 || len(b) > t.maxLn || t.keys == nil {
		return wordEntry{}
	}
	i := fnv1a(b) & t.mask
	for {
		k := t.keys[i]
		if k == "" {
			return wordEntry{}
		}
		if k == string(b) {
			return t.vals[i]
		}
		i = (i + 1) & t.mask
	}
}
