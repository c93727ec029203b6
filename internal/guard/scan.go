package guard

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
)

// hit is a lexicon match over tokens [t0, t1).
type hit struct {
	t0, t1    int
	bits      uint32 // phrase sections, or health category
	id        int    // policy phrase index
	possessed bool   // a body part or care word that counts because it is the reader's
}

// idHit is an identifier found by the hand-written scanners, on byte offsets.
type idHit struct {
	start, end int
	rule       string
	sent       int32
	relative   bool // a relative date ("last Tuesday")
}

// person is a probable person name over tokens [t0, t1).
type person struct {
	t0, t1             int
	doctor, staff      bool
	provider           bool // staff who give care (clinicalRole): a nurse, a hygienist
	reviewer, mentions bool
	handle             bool // a social handle ("@dani.glows")
}

// scan is the per-call scratch state; Guards keep them in a pool.
type scan struct {
	g         *Guard
	in        Input
	d, c      doc
	phrases   []hit
	health    []hit
	ids       []idHit
	persons   []person
	sent      []uint32 // phrase section bits per sentence
	sentName  []bool   // sentence names a (non-staff) person
	sentRev   []bool   // sentence names the reviewer
	tokPer    []int32  // person index covering each token, or -1
	endBits   []uint32 // phrase section bits of phrases ending at each token
	ctxTerms  map[uint64]bool
	ctxWords  map[uint64]bool
	ctxStaff  map[uint64]bool // names the reviewer gave with a staff role ("Coach Dave")
	revWords  map[string]bool
	revHandle bool   // the reviewer field is a single handle
	revNamed  bool   // a reviewer word is a known first or last name (or one that is also a word)
	revLens   uint64 // bit n set when some reviewer word has n bytes (n < 64): a cheap pre-filter
	revFirst  uint64 // bit c&63 set when some reviewer word starts with byte c: another
	ctxHits   []hit
	ctxHealth []hit // scratch: health terms of the context (analyze)
	rev       doc   // scratch: the tokenized reviewer name (analyze)
	allow     allowList
	allowBuf  allowList // scratch for allow (allowList.with)
	findings  []Finding
	// loose is set for Disclosures: patient-written text is scanned for recall (any
	// capitalized name-like sequence, bare ZIP codes, address lines), while outgoing text
	// keeps the stricter forms so organization names are not mistaken for people.
	loose         bool
	covered       []bool   // scratch for extraPersons
	links         [][2]int // scratch for dropHealthInLinks
	added         []person // scratch for extraPersons
	sflag         []uint8  // per-sentence flags for the structural rules
	own           []bool   // tokens the second opinion skips: the organization's own contact details (opinion.go)
	names         []uint8  // per token, the kind of person name there (opinion.go)
	ranged        []bool   // time ids that are one end of a span of hours (timeRanges)
	sentThird     []bool   // sentences with a third-person word (patient posts)
	sentMoney     []bool   // sentences with a past billing action (money amounts)
	sentOne       []bool   // sentences pointing at one person ("she", "a visitor", "our CEO")
	sentCare      []bool   // sentences with a past act of care ("treated", "delivered")
	sentEvery     []bool   // sentences with a recurring time ("every Friday")
	sentFrom      []bool   // sentences with a hometown ("from Riverton")
	sentStaffDay  []bool   // sentences celebrating staff ("Happy Nurses Week to ...")
	sentPatient   []bool   // sentences with the word "patient"
	handles       []handleSpan
	handleHealth  []hit           // conditions and symptoms inside the reviewer's own handle ("eczema_warrior_88")
	ctxScores     map[string]bool // "N/M" scores in the context (contextScores)
	ctxScoresDone bool
	sentHealth    []bool // sentences with a health term
	storyDone     bool   // sentOne, sentCare and sentEvery are filled for this check
	timeIdx       []int  // scratch for timeRanges
}

var seed = maphash.MakeSeed()

func hashBytes(b []byte) uint64 { return maphash.Bytes(seed, b) }

func (s *scan) reset(g *Guard, in Input) {
	s.g, s.in = g, in
	s.phrases, s.health, s.ids, s.persons = s.phrases[:0], s.health[:0], s.ids[:0], s.persons[:0]
	s.findings = s.findings[:0]
	if s.ctxTerms == nil {
		s.ctxTerms, s.ctxWords, s.revWords = map[uint64]bool{}, map[uint64]bool{}, map[string]bool{}
		s.ctxStaff = map[uint64]bool{}
	}
	clear(s.ctxTerms)
	clear(s.ctxWords)
	clear(s.ctxStaff)
	clear(s.revWords)
	s.allow = g.allow.with(in.Allow, &s.allowBuf)
	s.loose = false
	s.storyDone = false
	s.ctxScoresDone = false
}

// canContinue says whether a multi-word phrase may run on into token j.
func (d *doc) canContinue(j int) bool {
	t := d.toks[j].flags
	return t&tSentStart == 0 && (t&tPunctGap == 0 || t&tJoined != 0)
}

// matchAll records every phrase of trie root starting at every token (all prefixes), so one
// token can be both a tie word ("your") and the start of a longer phrase ("your visit").
func (d *doc) matchAll(root *tnode, out []hit) []hit {
	for i := range d.toks {
		if root.next != nil && d.toks[i].id == 0 {
			continue
		}
		n := root
		for j := i; j < len(d.toks); j++ {
			if j > i && !d.canContinue(j) {
				break
			}
			if n.dense != nil || n.next != nil {
				n = n.at(d.toks[j].id)
			} else if n.snext != nil {
				n = n.snext[string(d.stem(j))]
			} else {
				n = nil
			}
			if n == nil {
				break
			}
			if n.val != 0 {
				out = append(out, hit{t0: i, t1: j + 1, bits: n.val, id: n.id})
			}
		}
	}
	return out
}

// matchLongest records the longest health term at each position and skips past it, so
// "breast cancer" is one finding, not two.
func (d *doc) matchLongest(l *lexicons, out []hit) []hit {
	for i := 0; i < len(d.toks); {
		if d.toks[i].id == 0 && d.toks[i].flags&tAllCap == 0 {
			// A word in no lexicon can still have a clinical form ("septoplasty").
			if c := morphCategory(d.norm(i)); c != 0 {
				out = append(out, hit{t0: i, t1: i + 1, bits: c})
			}
			i++
			continue
		}
		n := l.health
		best, bestCat := -1, uint32(0)
		for j := i; j < len(d.toks); j++ {
			if j > i && !d.canContinue(j) {
				break
			}
			n = n.at(d.toks[j].id)
			if n == nil {
				break
			}
			if n.val != 0 {
				best, bestCat = j+1, n.val
			}
		}
		if best < 0 && d.toks[i].flags&(tCap|tAllCap) != 0 {
			// Case-sensitive terms ("ER", "CT") are all upper-case.
			if c, ok := l.healthCase[d.raw(i)]; ok {
				best, bestCat = i+1, uint32(c)
			}
		}
		if best > 0 {
			out = append(out, hit{t0: i, t1: best, bits: bestCat})
			i = best
			continue
		}
		i++
	}
	return out
}

func (d *doc) termKey(h hit) uint64 {
	var x uint64
	for i := h.t0; i < h.t1; i++ {
		x = x*1099511628211 ^ foldedHash(d.stem(i))
	}
	return x
}

// foldedHash hashes a lower-case word with its Spanish accents folded, so that "presion
// alta" in a patient's text and "presión alta" in the reply are one term: patients often type
// without accents.
func foldedHash(b []byte) uint64 {
	accented := false
	for _, c := range b {
		if c == 0xC3 {
			accented = true
			break
		}
	}
	if !accented {
		return hashBytes(b)
	}
	var buf [64]byte
	out := buf[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == 0xC3 && i+1 < len(b) {
			if f, ok := foldAccent[b[i+1]]; ok {
				out = append(out, f)
				i++
				continue
			}
		}
		out = append(out, b[i])
	}
	return hashBytes(out)
}

// foldAccent maps the second byte of a UTF-8 á é í ó ú ü (lower case) to its plain vowel.
var foldAccent = map[byte]byte{0xA1: 'a', 0xA9: 'e', 0xAD: 'i', 0xB3: 'o', 0xBA: 'u', 0xBC: 'u'}

// analyze runs every detector over the text (and, for replies, the context).
func (s *scan) analyze() {
	l := s.g.lex
	s.d.tokenize(s.in.Text, l)
	d := &s.d
	s.phrases = d.matchAll(l.phrases, s.phrases)
	s.health = d.matchLongest(l, s.health)
	s.sent = growU32(s.sent, d.nsent)
	s.endBits = growU32(s.endBits, len(d.toks))
	for _, h := range s.phrases {
		s.sent[d.toks[h.t0].sent] |= h.bits
		s.endBits[h.t1-1] |= h.bits
	}
	kept := s.health[:0]
	for _, h := range s.health {
		if h.bits == uint32(hcNeutral) {
			continue
		}
		if h.bits&uint32(hcPossessed) != 0 {
			// Body parts and care words count only when possessed ("your knee").
			if s.loose || s.in.Kind == KindPost || !s.possBefore(h.t0) && !s.stanceDet(h.t0) {
				continue
			}
			if h.t1 < len(s.d.toks) && string(s.d.norm(h.t1)) == "care" {
				continue // "your eye care": a line of service, not a body part
			}
			h.bits &^= uint32(hcPossessed)
			h.possessed = true
		}
		kept = append(kept, h)
	}
	s.health = kept
	s.revHandle, s.revNamed, s.revLens, s.revFirst = false, false, 0, 0
	if s.in.Reviewer != "" {
		r := &s.rev
		r.tokenize(s.in.Reviewer, nil)
		s.revHandle = len(r.toks) == 1 // a handle such as "tinytim" or "kiara_b"
		for i := range r.toks {
			w := string(r.norm(i))
			if len(w) >= 2 && !reviewerStop[w] {
				s.revWords[w] = true
				s.revNamed = s.revNamed || l.first[w] || l.last[w] || l.ambiguous[w]
				s.revFirst |= 1 << (w[0] & 63)
				if len(w) < 64 {
					s.revLens |= 1 << len(w)
				}
			}
		}
	}
	if s.in.Context != "" {
		c := &s.c
		c.tokenize(s.in.Context, l)
		ch := c.matchLongest(l, s.ctxHealth[:0])
		s.ctxHealth = ch
		for _, h := range ch {
			if h.bits == uint32(hcNeutral) || h.bits&uint32(hcPossessed) != 0 || c.generalQuestion(h.t0) {
				continue
			}
			// Every sub-span too: "rotator cuff" echoes "torn rotator cuff".
			for a := h.t0; a < h.t1; a++ {
				for b := a + 1; b <= h.t1 && b <= a+5; b++ {
					s.ctxTerms[c.termKey(hit{t0: a, t1: b})] = true
				}
			}
		}
		for i := range c.toks {
			s.ctxWords[foldedHash(c.norm(i))] = true
			// "Coach Dave", "hygienist Jenna", "Dave the PT": the reviewer named a staff member.
			if c.has(i, tCap) && !c.has(i, tAllCap) && (i > 0 && roleWord[string(c.norm(i-1))] ||
				i+1 < len(c.toks) && roleWord[string(c.norm(i+1))] || i+2 < len(c.toks) && string(c.norm(i+1)) == "the" && roleWord[string(c.norm(i+2))]) {
				s.ctxStaff[hashBytes(c.norm(i))] = true
			}
		}
	}
	s.scanIdentifiers()
	s.dropHealthInLinks()
	s.markStaffDays()
	s.scanPersons()
	s.extraPersons()
	s.scanHandles()
	s.staffByName()
	s.sentName = growBool(s.sentName, d.nsent)
	s.sentRev = growBool(s.sentRev, d.nsent)
	if cap(s.tokPer) < len(d.toks) {
		s.tokPer = make([]int32, len(d.toks))
	}
	s.tokPer = s.tokPer[:len(d.toks)]
	for i := range s.tokPer {
		s.tokPer[i] = -1
	}
	for pi, p := range s.persons {
		if !p.staff && !p.doctor {
			s.sentName[d.toks[p.t0].sent] = true
		}
		if p.reviewer {
			s.sentRev[d.toks[p.t0].sent] = true
		}
		for k := p.t0; k < p.t1; k++ {
			s.tokPer[k] = int32(pi)
		}
	}
}

var reviewerStop = map[string]bool{"the": true, "a": true, "an": true, "and": true, "of": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "patient": true, "happy": true, "unhappy": true, "customer": true, "guest": true, "user": true,
	"anonymous": true, "mom": true, "dad": true, "local": true, "guide": true, "review": true, "reviewer": true}

func growU32(b []uint32, n int) []uint32 {
	if cap(b) < n {
		b = make([]uint32, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func growBool(b []bool, n int) []bool {
	if cap(b) < n {
		b = make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func (s *scan) add(rule string, start, end int, msg string) {
	r := rules[rule]
	sev := r.Severity
	if o, ok := s.g.policy.Severity[rule]; ok {
		sev = o
	}
	if msg == "" {
		msg = r.Message
	}
	s.findings = append(s.findings, Finding{Rule: rule, Category: r.Category, Severity: sev, Start: start, End: end, Message: msg, Alternative: r.Alternative})
}

func (s *scan) addTok(rule string, t0, t1 int, msg string) {
	s.add(rule, s.d.toks[t0].start, s.d.toks[t1-1].end, msg)
}

func (s *scan) finish() []Finding { return resolve(s.in.Text, s.findings) }

// disclosures reports every identifier and health term with no tie required: what a patient
// revealed about themselves.
func (s *scan) disclosures() {
	s.loose = true
	s.analyze()
	d := &s.d
	for _, h := range s.health {
		s.addTok(healthRule[h.bits], h.t0, h.t1, "")
	}
	for _, id := range s.ids {
		if id.rule == "money" || id.rule == "street_name" {
			continue // an amount is not an identifier; numberless street names are judged in replies only
		}
		if !s.allow.allows(id.rule, s.in.Text[id.start:id.end]) {
			s.add(id.rule, id.start, id.end, "")
		}
	}
	for _, p := range s.persons {
		if !p.staff {
			s.addTok("person_name", p.t0, p.t1, "")
		}
	}
	_ = d
}

// checkAll applies the rules for an outgoing reply or post.
func (s *scan) checkAll() {
	s.analyze()
	d := &s.d
	reply := s.in.Kind != KindPost
	l := s.g.lex
	_ = l

	s.sentenceFlags()

	// A post identifies a patient when it names someone who is not staff (or gives an age
	// over 89) and talks about them as a patient.
	postPatient := false
	anyPatientCue := false
	for _, h := range s.phrases {
		if h.bits&phPatientCue != 0 && !s.teamDid(h.t0) {
			anyPatientCue = true
		}
	}
	if !reply && !anyPatientCue && len(s.health) > 0 {
		// "Before and after: Danielle (@dani.glows) after three laser sessions": a tagged
		// person in a post that speaks of health.
		for _, p := range s.persons {
			if p.handle && !p.staff && !p.doctor {
				anyPatientCue = true
			}
		}
	}
	if !reply && !anyPatientCue {
		// "Thank you, Mr. Okoro, for the kind note after your knee surgery": a named person
		// and health information tied by a pronoun or possessive. "Meet Lily, who has needed
		// 43 transfusions", "Welcome back, Deb! She's here for the other knee": a named person
		// and health information told in the third person.
		s.sentThird = s.sentencesWith(thirdPerson, s.sentThird)
		third := s.sentThird
		for _, h := range s.health {
			k := d.toks[h.t0].sent
			if s.sent[k]&(phTie|phPoss|phRelative) != 0 && (s.sentName[k] || k > 0 && s.sentName[k-1] && s.possBefore(h.t0)) ||
				third[k] && (s.sentName[k] || k > 0 && s.sentName[k-1]) {
				anyPatientCue = true
			}
		}
	}
	if !reply && anyPatientCue {
		for _, p := range s.persons {
			if !p.staff && !p.doctor {
				postPatient = true
			}
		}
		for _, id := range s.ids {
			if id.rule == "age_over_89" {
				postPatient = true
			}
		}
	}

	// Phrase rules.
	hasInvite, apology := false, false
	for _, h := range s.phrases {
		b := h.bits
		if b&phInvite != 0 && !s.pastContact(h.t0) {
			hasInvite = true
		}
		if b&phRecords != 0 {
			s.addTok("records_disclosure", h.t0, h.t1, "")
		}
		if b&phGuarantee != 0 {
			s.addTok("guarantee", h.t0, h.t1, "")
		}
		if b&phArgue != 0 {
			// Arguing with critics is defensive in a post as much as in a reply ("To
			// everyone spreading lies about our ER: check your facts").
			s.addTok("tone_defensive", h.t0, h.t1, "")
		}
		if !reply {
			continue
		}
		if b&phApology != 0 && !s.condolence(h.t0) {
			apology = true
		}
		if b&phVisit != 0 {
			if s.personNear(h.t0, h.t1+2) {
				s.addTok("visit_specifics", h.t0, h.t1, "")
			} else {
				s.addTok("relationship_confirmed", h.t0, h.t1, "")
			}
		}
		if b&phRelationship != 0 {
			if s.relativeIn(h.t0, h.t1) {
				// "we saw your husband", "caring for your mom": confirms a family member was
				// a patient, and the reviewer identifies them.
				s.addTok("visit_specifics", h.t0, h.t1, "This confirms that the reviewer's family member was a patient here; visit specifics about a family member are protected health information.")
			} else {
				s.addTok("relationship_confirmed", h.t0, h.t1, "")
			}
		}
		if b&phTone != 0 {
			s.addTok("tone_defensive", h.t0, h.t1, "")
		}
		if b&phAdvice != 0 {
			s.addTok("medical_advice", h.t0, h.t1, "")
		}
	}

	// Health information.
	for _, h := range s.health {
		k := d.toks[h.t0].sent
		bits := s.sent[k]
		rule := healthRule[h.bits]
		msg := ""
		if h.possessed {
			msg = possessedMessage
		}
		if reply {
			business := bits&phBusiness != 0 && bits&phVisitCue == 0
			switch {
			case s.orgUnit(h):
				// "our NICU nursing team", "our admissions coordinator": the organization's
				// own department, named after what it does. Whether naming it ties the reader
				// to it is careUnitNamed's question.
			case s.readerFreeOf(h):
				s.addTok(rule, h.t0, h.t1, msg)
			case (!business || s.definiteBefore(h.t0) || s.opensSentence(h.t0) && s.sentenceOpensOnEcho(h)) && s.ctxTerms[d.termKey(h)] &&
				(h.bits != uint32(hcBilling) || bits&phTie != 0 && bits&phInvite == 0 || s.possNear(h.t0, h.t1)):
				// A billing word is echoed only when tied to the reader: "Billing concerns
				// matter to us" answers "billed me twice" without repeating a detail, and
				// "we'd like to go over the charges with you privately" invites without one.
				s.addTok("health_echo", h.t0, h.t1, "")
			case h.bits != uint32(hcBilling) && (h.bits != uint32(hcCareSetting) || bits&phTie != 0) && s.stanceDet(h.t0) && !s.eventSentence(k):
				// "glad the new knee is holding up", "hope the antibiotics kicked in": the
				// writer reacts to the reader's own treatment.
				if bits&phRelative != 0 {
					s.addTok("family_health", h.t0, h.t1, "")
				} else {
					s.addTok(rule, h.t0, h.t1, msg)
				}
			case business:
			case bits&phGeneric != 0 && !s.possBefore(h.t0) && s.genericOutside(k, h):
				// General education ("if you have chest pain, call 911").
			case s.newPatientOffer(h.t0), !s.possBefore(h.t0) && (s.offerSentence(k) || s.freeOffer(h.t0)):
				// "you can bring your kids to the flu shot clinic": what anyone may do.
				// "Your first consultation with us is free", answering "How much is a consult?"
				// "A free consultation is the best way to talk through your goals."
			case s.possNear(h.t0, h.t1):
				if bits&phRelative != 0 {
					s.addTok("family_health", h.t0, h.t1, "")
				} else {
					s.addTok(rule, h.t0, h.t1, msg)
				}
			case bits&phAdvice != 0 && s.definiteBefore(h.t0) && treatmentHit(h):
				// "Give the tretinoin 8-12 weeks", "finish all of the antiviral": advice about
				// a treatment the reader has, not about treatments in general.
				s.addTok(rule, h.t0, h.t1, msg)
			case treatmentHit(h) && s.treatmentLeft(h.t0):
				// "only two more infusions to go", "your remaining cycles".
				s.addTok(rule, h.t0, h.t1, msg)
			case h.bits == uint32(hcBilling) || bits&phAdvice != 0:
				// Billing words are personal only when possessed; advice has its own rule.
			case bits&phRelative != 0 && bits&phTie != 0:
				s.addTok("family_health", h.t0, h.t1, "")
			case bits&(phTie|phRelationship|phVisit) != 0 || s.sentName[k] || s.reviewerIn(k):
				s.addTok(rule, h.t0, h.t1, msg)
			}
			continue
		}
		if postPatient && (bits&(phTie|phPatientCue) != 0 || s.sentName[k]) {
			s.addTok(rule, h.t0, h.t1, "This post ties health information to an identifiable patient. "+rules[rule].Message)
		} else if !postPatient && h.bits&uint32(hcPossessed) == 0 && s.onePatientStory(k) {
			s.addTok("patient_in_post", h.t0, h.t1, "This post tells one patient's care: who (even without a name, such as \"a visitor from Ohio\" or \"our CEO\"), what and when. A stranger or a neighbour can tell who it is. Patient stories need the patient's written authorization.")
		}
	}

	// Identifiers.
	s.sentHealth = growBool(s.sentHealth, d.nsent)
	for _, h := range s.health {
		s.sentHealth[d.toks[h.t0].sent] = true
	}
	ranged := s.timeRanges()
	var money []bool // sentencesWith(moneyVerb), once the first amount asks
	for idx, id := range s.ids {
		if s.allow.allows(id.rule, s.in.Text[id.start:id.end]) {
			continue
		}
		bits := s.sent[id.sent]
		switch id.rule {
		case "date", "time":
			if reply {
				visit := bits&(phRelationship|phVisit|phVisitCue) != 0
				if s.eventSentence(id.sent) && bits&(phRelationship|phVisit) == 0 {
					visit = false // "we'd love to see your family at our festival on Saturday"
				}
				// "A wait from 9 p.m. to 5 a.m. is unacceptable" answering "Waited in the
				// ER from 9pm to 5am": the reader's own times, repeated (not opening hours).
				visit = visit || id.rule == "time" && ranged[idx] && !s.sentenceHas(id.sent, openingWord) && s.echoedInContext(id.start, id.end)
				if bits&phBusiness != 0 && !visit {
					continue
				}
				if id.rule == "time" && ranged[idx] && (!visit || s.contextGeneralQuestion()) {
					continue // opening hours: "9 a.m. to 6 p.m.", "de 9 a.m. a 1 p.m.", visiting hours asked about
				}
				if id.rule == "time" && !visit && bits&(phPoss|phRelative|phPatientCue) == 0 && !s.sentHealth[id.sent] && s.sentenceHas(id.sent, phoneLineWord) {
					continue // "the 8am rush", "call after 11am, when lines are quieter": when our phones are busy
				}
				if id.rule == "time" && !visit && s.recurringTime(id) {
					continue // "broadcasts every evening from 6pm"
				}
				if bits&(phRelationship|phVisit|phPoss|phRelative|phPatientCue) == 0 && !s.sentHealth[id.sent] && s.contextGeneralQuestion() {
					continue // "Is the clinic open on Thanksgiving?" answered with the schedule
				}
				if !visit && bits&(phTie|phPoss|phStance|phRelative|phPatientCue) == 0 && !s.sentHealth[id.sent] && s.bareDay(id) {
					continue // "adding a new physician in June", "some shifts moved to Wednesday"
				}
				if !s.sentHealth[id.sent] && s.dayOfTreat(id) {
					continue // "the Friday fish tacos are a fan favorite", "Taco Tuesday"
				}
				s.add(id.rule, id.start, id.end, "")
			} else if postPatient && (bits&(phTie|phPatientCue) != 0 || s.sentName[id.sent]) {
				s.add(id.rule, id.start, id.end, "")
			}
		case "street_name":
			// "a wonderful stay at Mercy Ridge" names the organization (mercyridge.org).
			if reply && bits&(phPoss|phTie) != 0 && !s.orgName(d.tokAt(id.start), d.tokAt(id.end)) && !s.institutionIn(d.tokAt(id.start), d.tokAt(id.end)) {
				s.add("street_address", id.start, id.end, "")
			}
		case "money":
			// "The $180 you were charged", "your copay was $45": a billing detail.
			if reply && (bits&(phTie|phPoss|phRecords) != 0 || bits&phStance != 0 && bits&phBusiness == 0 || s.moneyIn(&money, id.sent)) {
				s.add("insurance_billing", id.start, id.end, "")
			}
		case "street_address", "city_state", "zip_code":
			if i := d.tokAt(id.start); id.rule == "city_state" && i < len(d.toks) && s.inPerson(i) {
				continue // "Dr. Alicia Marr, MD": a credential, not Maryland
			}
			if id.rule == "street_address" && s.ownAddress(d.tokAt(id.start)) {
				continue // "Our new office is at 410 Harbor Avenue"
			}
			if reply || postPatient {
				s.add(id.rule, id.start, id.end, "")
			}
		default:
			s.add(id.rule, id.start, id.end, "")
		}
	}

	// "Happy belated birthday! Thanks for spending part of it with us." answering "came in on
	// my birthday": the reader's birthday, repeated, dates their visit and is itself an
	// identifier.
	if reply && s.in.Context != "" {
		for i := range d.toks {
			if birthdayWord[string(d.norm(i))] && s.ctxWords[foldedHash(d.norm(i))] {
				s.addTok("date", i, i+1, "The reader mentioned their birthday; repeating it dates their visit, and a birth date is an identifier.")
			}
		}
	}

	// Names.
	namedByReviewer := false // some person in the reply is one the reviewer named
	for _, p := range s.persons {
		namedByReviewer = namedByReviewer || p.mentions
	}
	for _, p := range s.persons {
		k := d.toks[p.t0].sent
		switch {
		case !reply:
			if postPatient && !p.staff && !p.doctor {
				s.addTok("patient_in_post", p.t0, p.t1, "")
			}
		case p.reviewer:
			s.addTok("reviewer_name", p.t0, p.t1, "")
			for _, h := range s.handleHealth {
				if p.t0 <= h.t0 && h.t1 <= p.t1 {
					// "Thank you, eczema_warrior_88!": the reply writes the reader's condition.
					s.addTok(healthRule[h.bits], h.t0, h.t1, "The reviewer's handle names a health condition; writing it in the reply ties that condition to them in public. Leave the handle out.")
				}
			}
		case p.doctor || p.staff:
			if s.sent[k]&(phVisit|phRelationship) != 0 {
				s.addTok("visit_specifics", p.t0, p.t1, "Naming the provider alongside the patient's visit states who treated them; visit specifics are protected health information.")
			} else if (p.doctor || p.provider) && !p.mentions && s.in.Context != "" && s.sent[k]&(phInvite|phBusiness|phGeneric) == 0 && !namedByReviewer {
				// "Thank you! Dr. Marsh will be so happy to hear this." or "Rosa will be so
				// happy to hear that" (Rosa a hygienist in the staff directory) answering a
				// review that names no one tells readers who treated the reviewer.
				s.addTok("visit_specifics", p.t0, p.t1, "The reviewer did not name this provider; naming them in the reply tells readers who treated the reviewer, which is protected health information.")
			} else if p.mentions || p.doctor {
				s.addTok("provider_named", p.t0, p.t1, "")
			}
		default:
			s.addTok("person_name", p.t0, p.t1, "")
		}
	}
	if reply && len(s.revWords) > 0 {
		for i := range d.toks {
			// Most tokens have the length of some reviewer word ("Sam": every "the", "you",
			// "our"); few also share its first letter, and only those are looked up.
			if n := len(d.norm(i)); n >= 64 || s.revLens&(1<<n) == 0 || s.revFirst&(1<<(d.norm(i)[0]&63)) == 0 {
				continue
			}
			// When the reviewer's display name is a description with no known name in it
			// ("Volunteer hopeful", "Privacy please"), a word capitalized only because it
			// opens a sentence ("Volunteer training runs...") is not that name.
			sentCap := d.has(i, tCap) && !(d.has(i, tSentStart) && !s.revNamed && !initials(d.raw(i)))
			if s.revWords[string(d.norm(i))] && (sentCap || d.has(i, tHasDigit) || d.is(i, wFirst) && !d.is(i, wAmbiguous|wCommon) ||
				s.revHandle && len(d.norm(i)) >= 4 && !d.is(i, wCommon)) && !s.inPerson(i) {
				s.addTok("reviewer_name", i, i+1, "")
			}
		}
	}

	if reply {
		s.structural()
		s.careUnitNamed()
	} else {
		s.postAdvice()
	}
	s.dosing()

	// Take-offline invitation for negative feedback.
	// A reply that apologizes answers someone unhappy, whatever words the complaint used.
	if reply && !hasInvite && !s.hasContact() && s.answersComplaint(apology) {
		start, end := trimSpan(s.in.Text)
		if start < end {
			s.add("no_offline_invitation", start, end, "")
		}
	}
	s.policyRules()
}

func trimSpan(t string) (int, int) {
	start, end := 0, len(t)
	for start < end && (t[start] == ' ' || t[start] == '\n' || t[start] == '\t' || t[start] == '\r') {
		start++
	}
	for end > start && (t[end-1] == ' ' || t[end-1] == '\n' || t[end-1] == '\t' || t[end-1] == '\r') {
		end--
	}
	return start, end
}

// dropHealthInLinks removes health terms inside URLs and email addresses
// ("mercyvalley.org/flu" is a link, not a disclosure).
func (s *scan) dropHealthInLinks() {
	d := &s.d
	links := s.links[:0]
	for _, id := range s.ids {
		if id.rule == "url" || id.rule == "email" {
			links = append(links, [2]int{id.start, id.end})
		}
	}
	s.links = links
	if len(links) == 0 {
		return
	}
	// slices' generic sorts, unlike sort.Slice, allocate nothing; a stable sort's result is
	// fixed by its order alone (links with the same start are consumed together below).
	slices.SortStableFunc(links, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	slices.SortStableFunc(s.health, func(a, b hit) int { return cmp.Compare(a.t0, b.t0) })
	kept := s.health[:0]
	k, maxEnd := 0, -1
	for _, h := range s.health { // health hits are in text order
		st, en := d.toks[h.t0].start, d.toks[h.t1-1].end
		for k < len(links) && links[k][0] < en {
			maxEnd = max(maxEnd, links[k][1])
			k++
		}
		if maxEnd > st {
			continue // inside (or overlapping) a link that starts before the term ends
		}
		kept = append(kept, h)
	}
	s.health = kept
}

// possBefore: a possessive right before token i, allowing one modifier ("your left knee",
// "your son's teeth").
// genericOutside: sentence k holds a generic-audience phrase other than the health term's
// own words ("a positive drug screen" is not "screening" education).
func (s *scan) genericOutside(k int32, h hit) bool {
	for _, p := range s.phrases {
		if p.bits&phGeneric != 0 && s.d.toks[p.t0].sent == k && (p.t1 <= h.t0 || p.t0 >= h.t1) {
			return true
		}
	}
	return false
}

// definiteBefore: "the", "that" or "this" right before token i ("For the ear ache, ..."
// refers back to the patient's own ear ache even in a sentence about opening hours).
// unitNoun names a part of the organization: "our billing office", "our NICU team".
var unitNoun = map[string]bool{"team": true, "teams": true, "staff": true, "office": true, "offices": true,
	"department": true, "departments": true, "dept": true, "unit": true, "units": true, "coordinator": true,
	"coordinators": true, "nurses": true, "nursing": true, "program": true, "programs": true, "programme": true,
	"services": true, "service": true, "specialists": true, "providers": true, "desk": true, "counselors": true,
	"counsellors": true, "therapists": true, "navigators": true, "navigator": true, "wing": true, "floor": true,
	"entrance": true, "lobby": true, "volunteers": true, "director": true, "manager": true, "line": true}

// orgUnit: health term h is preceded by "our" and followed by a unit noun, so it names one of
// the organization's own departments rather than anyone's care.
func (s *scan) orgUnit(h hit) bool {
	d := &s.d
	if h.t0 == 0 || h.t1 >= len(d.toks) || string(d.norm(h.t0-1)) != "our" {
		return false
	}
	return d.toks[h.t1].sent == d.toks[h.t0].sent && unitNoun[string(d.norm(h.t1))]
}

// readerFreeOf: "watching you go seizure-free", "you've been cancer free for a year": the
// reader's own condition, now gone, is still their condition.
func (s *scan) readerFreeOf(h hit) bool {
	d := &s.d
	k := d.toks[h.t0].sent
	if h.t1 >= len(d.toks) || d.toks[h.t1].sent != k || string(d.norm(h.t1)) != "free" {
		return false
	}
	for i := h.t0 - 1; i >= 0 && i >= h.t0-3 && d.toks[i].sent == k; i-- {
		switch string(d.norm(i)) {
		case "you", "you're", "you've", "u", "your":
			return true
		}
	}
	return false
}

// initials: "RJ", "TJ": two or three capital letters, a name however the reviewer wrote it.
func initials(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// treatmentHit: a medication, procedure or test: something done to or taken by someone.
func treatmentHit(h hit) bool {
	switch uint8(h.bits) &^ hcPossessed {
	case hcMedication, hcProcedure, hcTest:
		return true
	}
	return false
}

// treatmentLeft: the treatment at token i is counted down ("two more infusions", "your last
// rounds", "the remaining cycles"): the reader is partway through it.
func (s *scan) treatmentLeft(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		switch string(d.norm(k)) {
		case "more", "remaining", "final":
			return k > 0 && (d.has(k-1, tNum) || countWord[string(d.norm(k-1))])
		}
	}
	return false
}

// countWord: what may count a treatment down before "more", "remaining" or "final".
var countWord = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "couple": true, "few": true, "your": true,
	"the": true, "his": true, "her": true}

func (s *scan) definiteBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch string(s.d.norm(i - 1)) {
	case "the", "that", "this", "those", "these":
		return true
	}
	return false
}

func (s *scan) possBefore(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if d.toks[k+1].flags&tSentStart != 0 {
			return false
		}
		if s.endBits[k]&phPoss != 0 || d.has(k, tPoss) && s.endBits[k]&phRelative != 0 {
			return true
		}
	}
	return false
}

// stanceDet: in a reply, a sentence where the writer reacts to the reader ("glad", "hope",
// "sorry") and the term follows a determiner ("the new knee", "that sprained ankle"): the
// thing is the reader's own.
func (s *scan) stanceDet(i int) bool {
	d := &s.d
	if s.in.Kind == KindPost || s.sent[d.toks[i].sent]&phStance == 0 || s.sent[d.toks[i].sent]&phGeneric != 0 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if d.toks[k+1].flags&tSentStart != 0 {
			return false
		}
		if detWord[string(d.norm(k))] {
			// The determiner must follow the stance word: "glad the ...", not "the ... glad".
			for j := k - 1; j >= 0 && d.toks[j].sent == d.toks[k].sent; j-- {
				if s.endBits[j]&phStance != 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

var detWord = map[string]bool{"the": true, "that": true, "those": true, "these": true, "this": true,
	"finishing": true, "completing": true, "being": true, "starting": true, "getting": true, "beating": true, "surviving": true}

// possNear says whether a possessive ("your", "his") sits within a few tokens of the term
// [t0, t1) in the same sentence: "your colonoscopy", "the balance on your account".
func (s *scan) possNear(t0, t1 int) bool {
	d := &s.d
	sent := d.toks[t0].sent
	for k := max(0, t0-4); k < min(len(d.toks), t1+4); k++ {
		if k >= t0 && k < t1 || d.toks[k].sent != sent {
			continue
		}
		if s.endBits[k]&phPoss != 0 {
			return true
		}
	}
	return false
}

// sentenceOpensOnEcho: the reply's sentence opens on the reader's own health term ("Panic
// attacks are real medical events", "Cardiac rehab to a 5K"), so it is about their condition
// even where business words follow. Not an answer to a question ("Flu shots are free for all
// students" answering "are flu shots free?") and not a care setting ("Ambulance service has
// high fixed costs").
func (s *scan) sentenceOpensOnEcho(h hit) bool {
	if h.bits == uint32(hcCareSetting) || h.bits == uint32(hcBilling) || strings.Contains(s.in.Context, "?") {
		return false
	}
	if c := &s.c; len(c.toks) > 0 && questionOpener[string(c.norm(0))] {
		return false // "are flu shots actually free or is there a catch lol"
	}
	return true
}

// opensSentence: token i opens its sentence, alone or after a quantity word ("Some swelling
// in the first week is normal" answering "I had more swelling than expected").
func (s *scan) opensSentence(i int) bool {
	d := &s.d
	return d.has(i, tSentStart) || i > 0 && d.has(i-1, tSentStart) && echoLead[string(d.norm(i-1))]
}

// echoLead: words that may stand before an echoed term that opens a sentence.
var echoLead = map[string]bool{"some": true, "mild": true, "minor": true, "a": true, "the": true, "any": true, "that": true, "this": true}

// freeOffer: the term at token i is offered free to anyone ("a free consultation",
// "complimentary skin checks"), not the reader's own care.
func (s *scan) freeOffer(i int) bool {
	d := &s.d
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	switch string(d.norm(i - 1)) {
	case "free", "complimentary", "no-cost":
	default:
		return false
	}
	if i < 2 || d.toks[i-2].sent != d.toks[i].sent {
		return true
	}
	switch string(d.norm(i - 2)) {
	case "a", "an", "offer", "offers", "offering", "book", "schedule", "for", "with":
		return true
	}
	return false
}

// teamDid: the patient-story cue at token i ("completed", "graduated") is something our own
// team did ("Our front desk team just completed customer-service training"), not a patient.
func (s *scan) teamDid(i int) bool {
	d := &s.d
	switch string(d.norm(i)) {
	case "completed", "completing", "finished", "graduated":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-2 && d.toks[k].sent == d.toks[i].sent; k-- {
		if unitNoun[string(d.norm(k))] {
			for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == d.toks[i].sent; j-- {
				if string(d.norm(j)) == "our" {
					return true
				}
			}
		}
	}
	return false
}

// ownAddress: the street address at token i is the organization's own, as the sentence says
// before it ("Our new office is at", "we've moved to", "find us at").
func (s *scan) ownAddress(i int) bool {
	d := &s.d
	our := false
	for k := i - 1; k >= 0 && k >= i-6 && d.toks[k].sent == d.toks[i].sent; k-- {
		switch w := string(d.norm(k)); w {
		case "our", "we're", "we've", "we", "us":
			our = true
		case "your", "you", "you're", "his", "her", "their", "my":
			return false
		}
	}
	if !our || i < 2 {
		return false
	}
	switch string(d.norm(i - 1)) {
	case "at", "to", "on":
	default:
		return false
	}
	switch string(d.norm(i - 2)) {
	case "is", "located", "moved", "moving", "us", "relocated", "relocating", "now":
		return true
	}
	return false
}

// orgPlace: "our Springfield, IL clinic" is the organization's own location.
var orgPlace = map[string]bool{"clinic": true, "office": true, "location": true, "hospital": true, "campus": true,
	"center": true, "branch": true, "practice": true, "site": true, "facility": true}

// sentencesWith marks, in one pass over the tokens, the sentences holding a word of set: a
// past billing action ("refunded", "charged") in moneyVerb, a third-person word in
// thirdPerson. Rules ask it once per check, not once per finding, so a long sentence is not
// walked again for every hit in it.
func (s *scan) sentencesWith(set map[string]bool, out []bool) []bool {
	d := &s.d
	out = growBool(out, d.nsent)
	for i := range d.toks {
		if set[string(d.norm(i))] {
			out[d.toks[i].sent] = true
		}
	}
	return out
}

// relativeIn: a relative word ("husband", "mom") inside tokens [t0, t1).
func (s *scan) relativeIn(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if s.endBits[k]&phRelative != 0 {
			return true
		}
	}
	return false
}

func (s *scan) personNear(t0, t1 int) bool {
	sent := s.d.toks[t0].sent
	for t0 > 0 && t0 > t1-8 && s.d.toks[t0-1].sent == sent {
		t0--
	}
	for k := t0; k <= t1 && k < len(s.tokPer); k++ {
		if s.tokPer[k] >= 0 {
			return true
		}
	}
	return false
}

// scanHandles adds the social handles in the text ("@dani.glows", "@sam_i_am") as persons:
// a handle names one person as surely as a name does. The organization's own accounts (named
// like its web host) and staff-directory members are not patients; the reviewer's own handle,
// with or without "@" ("Thanks lab_rat_lou!"), is the reviewer. Names and health words found
// inside a handle give way to it.
func (s *scan) scanHandles() {
	d := &s.d
	text := s.in.Text
	rev := strings.TrimPrefix(strings.TrimSpace(s.in.Reviewer), "@")
	spans := s.handles[:0]
	s.handleHealth = s.handleHealth[:0]
	for at := strings.IndexByte(text, '@'); at >= 0; {
		start := at + 1
		end := start
		for end < len(text) && end-start < 40 && (isAlpha(text[end]) || isDigit(text[end]) || text[end] == '_' || text[end] == '.') {
			end++
		}
		for end > start && text[end-1] == '.' {
			end-- // "thanks @sam." ends the sentence
		}
		// Not an email address ("care@clinic.org") or a lone "@".
		if !(at > 0 && handleByte(text[at-1])) && end-start >= 2 {
			if t0, t1 := d.tokAt(start), d.tokAt(end); t0 < t1 && !s.orgName(t0, t1) {
				spans = append(spans, handleSpan{t0, t1, rev != "" && strings.EqualFold(rev, text[start:end])})
			}
		}
		next := strings.IndexByte(text[end:], '@')
		if next < 0 {
			break
		}
		at = end + next
	}
	if s.in.Kind != KindPost && len(rev) >= 4 && len(rev) <= 40 && strings.ContainsAny(rev, "_.0123456789") && !strings.ContainsAny(rev, " \t") {
		for i := 0; i+len(rev) <= len(text); i++ {
			e := i + len(rev)
			if strings.EqualFold(text[i:e], rev) && !(i > 0 && handleByte(text[i-1])) && !(e < len(text) && handleByte(text[e]) && text[e] != '.') {
				if t0, t1 := d.tokAt(i), d.tokAt(e); t0 < t1 {
					spans = append(spans, handleSpan{t0, t1, true})
				}
				i = e - 1
			}
		}
	}
	s.handles = spans
	if len(spans) == 0 {
		return
	}
	in := growBool(s.covered, len(d.toks))
	s.covered = in
	for _, h := range spans {
		for k := h.t0; k < h.t1; k++ {
			in[k] = true
		}
	}
	overlaps := func(t0, t1 int) bool {
		for k := t0; k < t1; k++ {
			if in[k] {
				return true
			}
		}
		return false
	}
	persons := s.persons[:0]
	for _, p := range s.persons {
		if !overlaps(p.t0, p.t1) {
			persons = append(persons, p)
		}
	}
	s.persons = persons
	health := s.health[:0]
	for _, h := range s.health {
		if !overlaps(h.t0, h.t1) {
			health = append(health, h) // "lab" in "@lab_rat_lou" is no test
			continue
		}
		if b := uint8(h.bits) &^ hcPossessed; b == hcCondition || b == hcSymptom {
			for _, sp := range spans {
				if sp.reviewer && sp.t0 <= h.t0 && h.t1 <= sp.t1 {
					s.handleHealth = append(s.handleHealth, h)
				}
			}
		}
	}
	s.health = health
	for _, h := range spans {
		s.addPerson(h.t0, h.t1, false)
		if n := len(s.persons); n > 0 && s.persons[n-1].t0 == h.t0 {
			p := &s.persons[n-1]
			p.handle = true
			p.reviewer = p.reviewer || h.reviewer
		}
	}
}

// staffByName marks as staff every person whose name is written elsewhere in the text as a
// staff member's: "This is Rosa. She has volunteered here for 22 years ... Happy birthday,
// Rosa!"
func (s *scan) staffByName() {
	d := &s.d
	var staff map[string]bool
	for _, p := range s.persons {
		if p.staff && p.t1 == p.t0+1 {
			if staff == nil {
				staff = map[string]bool{}
			}
			staff[string(d.norm(p.t0))] = true
		}
	}
	if staff == nil {
		return
	}
	for i := range s.persons {
		p := &s.persons[i]
		if !p.staff && !p.doctor && p.t1 == p.t0+1 && staff[string(d.norm(p.t0))] {
			p.staff = true
		}
	}
}

// handleSpan is a social handle's tokens, and whether it is the reviewer's.
type handleSpan struct {
	t0, t1   int
	reviewer bool
}

func handleByte(c byte) bool { return isAlpha(c) || isDigit(c) || c == '_' || c == '.' || c == '@' }

func (s *scan) inPerson(i int) bool { return s.tokPer[i] >= 0 }

func (s *scan) reviewerIn(k int32) bool { return s.sentRev[k] }

// hasContact: the text gives a phone number, email or web address anywhere.
func (s *scan) hasContact() bool { return s.contactIn(-1) }

// contactIn: sentence k (any sentence for k < 0) holds a phone number, email or web address.
func (s *scan) contactIn(k int32) bool {
	for _, id := range s.ids {
		if (k < 0 || id.sent == k) && contactRule(id.rule) {
			return true
		}
	}
	return false
}

// contactRule: identifiers that are ways to reach someone.
func contactRule(rule string) bool { return rule == "phone" || rule == "email" || rule == "url" }

// recurringTime: a word of recurrence comes shortly before the time ("every evening from
// 6pm", "daily at 7 a.m.").
func (s *scan) recurringTime(id idHit) bool {
	d := &s.d
	i := d.tokAt(id.start)
	for k := i - 1; k >= 0 && k >= i-4 && d.toks[k].sent == id.sent; k-- {
		switch string(d.norm(k)) {
		case "every", "each", "daily", "nightly", "weekdays", "weekends", "weeknights":
			return true
		}
	}
	return false
}

// phoneLineWord: words of a sentence about our phone lines and their busy times.
var phoneLineWord = map[string]bool{"rush": true, "lines": true, "phones": true, "phone": true, "queue": true, "queues": true, "switchboard": true}

// openingWord: words of a sentence about opening hours ("we're open 8 a.m. to 8 p.m.").
var openingWord = map[string]bool{"open": true, "opens": true, "hours": true, "closed": true,
	"close": true, "closes": true, "abrimos": true, "horario": true, "cerramos": true}

// echoedInContext: the text[start:end] (a time or date) also occurs in a patient text that is
// not only general questions, letters and digits compared ("9 p.m." is "9pm").
func (s *scan) echoedInContext(start, end int) bool {
	if s.in.Context == "" || s.contextGeneralQuestion() {
		return false
	}
	var a, b [64]byte
	key := appendAlnumLower(a[:0], s.d.text[start:end])
	if len(key) < 3 {
		return false
	}
	ctx := s.in.Context
	for i := 0; i < len(ctx); i++ {
		if c := ctx[i] | 0x20; c != key[0] {
			continue
		}
		got := appendAlnumLower(b[:0], ctx[i:min(len(ctx), i+3*len(key))])
		if len(got) >= len(key) && string(got[:len(key)]) == string(key) {
			return true
		}
	}
	return false
}

// appendAlnumLower appends the ASCII letters and digits of t, lower-cased, up to cap(dst).
func appendAlnumLower(dst []byte, t string) []byte {
	for i := 0; i < len(t) && len(dst) < cap(dst); i++ {
		c := t[i]
		switch {
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c|0x20)
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			dst = append(dst, c)
		}
	}
	return dst
}

// pastContact: the invitation phrase at token i speaks of contact already tried, so it
// invites nothing: "Thanks for reaching out", "sorry about the trouble reaching us", "you
// couldn't reach us".
func (s *scan) pastContact(i int) bool {
	if i == 0 {
		return false
	}
	switch string(s.d.norm(i - 1)) {
	case "for", "trouble", "difficulty", "difficulties", "problems", "issues", "couldn't", "can't", "cannot", "never", "unable":
		return true
	case "to":
		return i >= 2 && string(s.d.norm(i-2)) == "unable"
	}
	return false
}

// condolence: the apology at token i is sympathy for a death ("so sorry for your loss",
// "sorry to hear of your mother's passing"), not an answer to a complaint.
func (s *scan) condolence(i int) bool {
	d := &s.d
	k := d.toks[i].sent
	for j := i; j < len(d.toks) && d.toks[j].sent == k; j++ {
		switch string(d.norm(j)) {
		case "loss", "passing", "passed", "died", "death", "condolences", "sympathy", "grief", "pérdida", "perdida", "fallecimiento":
			return true
		}
	}
	return false
}

// answersComplaint judges whether the reply answers an unhappy reader: the patient's text has
// more negative cues than positive ones, or the reply apologizes and the patient's text is
// not pure praise. Deliberately simple and self-contained.
func (s *scan) answersComplaint(apology bool) bool {
	if s.in.Context == "" {
		return apology
	}
	neg, pos := s.contextCues()
	return neg > 0 && (neg > pos || neg == pos && pos < 2) || apology && !(pos > 0 && neg == 0 && !s.contextTurns())
}

// contextTurns: the patient's text turns from praise to something else ("Therapists are
// great, but they keep changing the schedule").
func (s *scan) contextTurns() bool {
	c := &s.c
	for i := range c.toks {
		switch string(c.norm(i)) {
		case "but", "however", "although", "though", "except", "unfortunately":
			return true
		}
	}
	return false
}

// contextCues counts the negative and positive cues in the patient's text.
func (s *scan) contextCues() (neg, pos int) {
	hs := s.c.matchAll(s.g.lex.phrases, s.ctxHits[:0])
	s.ctxHits = hs
	lastNeg, lastPos := -1, -1
	for _, h := range hs {
		// Count each token once per polarity; "would not recommend" is negative only.
		if h.bits&phNegative != 0 && h.t1-h.t0 == 1 && s.neutralUse(h.t0) {
			continue
		}
		if h.bits&phNegative != 0 && h.t0 > lastNeg {
			neg++
			lastNeg = h.t1 - 1
			lastPos = max(lastPos, h.t1-1)
		} else if h.bits&phPositive != 0 && h.t0 > lastPos {
			pos++
			lastPos = h.t1 - 1
		}
	}
	return neg, pos
}

// questionOpener: words that open a patient's question ("do you take...", "anyone know...",
// "whats the difference...").
var questionOpener = map[string]bool{"do": true, "does": true, "can": true, "are": true, "is": true,
	"will": true, "would": true, "should": true, "any": true, "anyone": true, "anybody": true,
	"where": true, "who": true, "when": true, "whats": true, "what's": true, "hows": true,
	"how's": true, "how": true, "what": true, "which": true, "why": true}

// generalQuestion: the patient's sentence holding token i is a general question ("Do you
// treat kids with ADHD?", "How much is a cleaning?"): its health words are not disclosures.
func (c *doc) generalQuestion(i int) bool {
	sent := c.toks[i].sent
	k := i
	for k > 0 && c.toks[k-1].sent == sent {
		k--
	}
	e := i
	for e+1 < len(c.toks) && c.toks[e+1].sent == sent {
		e++
	}
	asked := strings.Contains(c.text[c.toks[e].end:min(len(c.text), c.toks[e].end+3)], "?")
	if !questionOpener[string(c.norm(k))] {
		return false
	}
	switch string(c.norm(k)) {
	case "whats", "what's", "hows", "how's":
		// A comment often drops the question mark: "Whats the difference between a cold
		// and the flu".
		asked = asked || e == len(c.toks)-1
	case "how", "what", "which", "why":
		// ... when the question word is followed by what makes it one ("how long", "what
		// is"), not in "How they treated me was awful".
		asked = asked || e == len(c.toks)-1 && k+1 <= e && questionNext[string(c.norm(k+1))]
	}
	if !asked {
		return false
	}
	vaccine := false
	for j := k; j <= e; j++ {
		switch string(c.norm(j)) {
		case "shot", "shots", "vaccine", "vaccines", "booster", "jab", "vaccination", "vaccinations":
			vaccine = true
		}
	}
	for j := k; j <= e; j++ {
		switch string(c.norm(j)) {
		case "i'm", "me", "mine", "i've":
			return false // "Am I ..."-type questions are about the writer
		case "my":
			if j < i && j >= i-2 {
				return false // "Can I get my MRI results?" is about the writer
			}
		case "i":
			if j+1 <= e && personalVerb[string(c.norm(j+1))] && !(vaccine && string(c.norm(j+1)) == "get") {
				return false // "Do I need surgery?"; "Can I get my flu and covid shots the same day?" asks about a service
			}
		}
	}
	return true
}

var questionNext = map[string]bool{"is": true, "are": true, "do": true, "does": true, "can": true,
	"should": true, "long": true, "much": true, "many": true, "often": true, "soon": true}

var personalVerb = map[string]bool{"have": true, "had": true, "need": true, "needed": true, "got": true,
	"was": true, "am": true, "get": true, "should": true, "still": true}

// neutralUse: a one-word negative cue used as a plain noun in the patient's text: "waiting
// room", "late hours", "office hours".
func (s *scan) neutralUse(i int) bool {
	c := &s.c
	w := string(c.norm(i))
	switch w {
	case "wait", "waiting":
		return i+1 < len(c.toks) && (string(c.norm(i+1)) == "room" || string(c.norm(i+1)) == "area" || string(c.norm(i+1)) == "list")
	case "hours", "hour":
		return i > 0 && hourMod[string(c.norm(i-1))]
	}
	return false
}

var hourMod = map[string]bool{"late": true, "evening": true, "extended": true, "weekend": true, "office": true, "visiting": true,
	"business": true, "opening": true, "new": true, "open": true, "flexible": true, "convenient": true, "early": true, "saturday": true}

// Word sets for the identifier scanners.
var (
	months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
		"apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
	monthLead = map[string]bool{"in": true, "on": true, "during": true, "since": true, "last": true, "this": true,
		"early": true, "late": true, "mid": true, "until": true, "past": true, "back": true, "of": true}
	streetSuffix = map[string]bool{"st": true, "street": true, "ave": true, "avenue": true, "av": true, "rd": true,
		"road": true, "blvd": true, "boulevard": true, "ln": true, "lane": true, "dr": true, "drive": true, "ct": true,
		"court": true, "way": true, "pl": true, "place": true, "pkwy": true, "parkway": true, "hwy": true,
		"highway": true, "cir": true, "circle": true, "ter": true, "terrace": true, "trail": true, "trl": true,
		"sq": true, "square": true, "loop": true, "pike": true, "row": true, "route": true, "rte": true,
		"plaza": true, "crescent": true, "alley": true, "path": true, "run": true, "crossing": true, "commons": true,
		"green": true, "point": true, "ridge": true, "hill": true, "heights": true, "gardens": true, "park": true,
		"view": true, "center": true, "centre": true, "close": true, "mews": true, "walk": true, "expressway": true,
		"freeway": true, "turnpike": true, "gate": true, "grove": true, "junction": true, "landing": true}
	unitWords = map[string]bool{"apt": true, "apartment": true, "suite": true, "ste": true, "unit": true, "fl": true,
		"floor": true, "rm": true, "bldg": true, "building": true, "box": true}
	states = map[string]bool{"al": true, "ak": true, "az": true, "ar": true, "ca": true, "co": true, "ct": true,
		"de": true, "fl": true, "ga": true, "hi": true, "id": true, "il": true, "in": true, "ia": true, "ks": true,
		"ky": true, "la": true, "me": true, "md": true, "ma": true, "mi": true, "mn": true, "ms": true, "mo": true,
		"mt": true, "ne": true, "nv": true, "nh": true, "nj": true, "nm": true, "ny": true, "nc": true, "nd": true,
		"oh": true, "ok": true, "or": true, "pa": true, "ri": true, "sc": true, "sd": true, "tn": true, "tx": true,
		"ut": true, "vt": true, "va": true, "wa": true, "wv": true, "wi": true, "wy": true, "dc": true, "pr": true}
	stateNames = map[string]bool{"alabama": true, "alaska": true, "arizona": true, "arkansas": true, "california": true,
		"colorado": true, "connecticut": true, "delaware": true, "florida": true, "georgia": true, "hawaii": true,
		"idaho": true, "illinois": true, "indiana": true, "iowa": true, "kansas": true, "kentucky": true,
		"louisiana": true, "maine": true, "maryland": true, "massachusetts": true, "michigan": true, "minnesota": true,
		"mississippi": true, "missouri": true, "montana": true, "nebraska": true, "nevada": true, "hampshire": true,
		"jersey": true, "mexico": true, "york": true, "carolina": true, "dakota": true, "ohio": true, "oklahoma": true,
		"oregon": true, "pennsylvania": true, "island": true, "tennessee": true, "texas": true, "utah": true,
		"vermont": true, "virginia": true, "washington": true, "wisconsin": true, "wyoming": true}
	tlds = map[string]bool{"com": true, "org": true, "net": true, "edu": true, "gov": true, "io": true, "us": true,
		"info": true, "health": true, "care": true, "biz": true, "me": true, "ly": true, "app": true, "ai": true,
		"uk": true, "ca": true, "mil": true, "co": true, "de": true, "fr": true, "nl": true, "eu": true, "au": true,
		"hospital": true, "clinic": true, "dental": true, "doctor": true, "online": true, "site": true, "biz.": true}
	honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "dra": true, "doctora": true, "sra": true, "srta": true,
		"doctor": true, "prof": true, "professor": true, "nurse": true, "sister": false,
		// A title before a name, not a role on the staff (see staffRole).
		"coach": true, "sr": true, "don": true, "doña": true}
	doctorTitles = map[string]bool{"dr": true, "dra": true, "doctor": true, "doctora": true, "prof": true, "professor": true}
	// nameStop are capitalized words that end a name ("Maria Hospital" is not a surname).
	nameStop = map[string]bool{"hospital": true, "clinic": true, "center": true, "centre": true, "health": true,
		"medical": true, "team": true, "street": true, "st": true, "avenue": true, "road": true, "department": true,
		"and": true, "or": true, "the": true, "of": true, "at": true, "in": true, "on": true, "for": true, "is": true,
		"was": true, "i": true, "we": true, "you": true, "thank": true, "thanks": true, "hi": true, "hello": true,
		"dear": true, "dr": true, "mr": true, "mrs": true, "ms": true, "rn": true, "md": true, "np": true, "pa": true,
		"lpn": true, "dds": true, "dmd": true, "phd": true, "do": true, "memorial": true, "regional": true,
		"university": true, "nursing": true, "rehab": true, "rehabilitation": true, "academic": true, "academy": true, "college": true, "county": true, "general": true, "children": true, "care": true, "urgent": true,
		"family": true, "practice": true, "group": true, "foundation": true, "cancer": true, "heart": true,
		"institute": true, "pharmacy": true, "dental": true, "office": true, "staff": true, "please": true}
)

// scanHomesAndAgeWords finds two identifiers written in plain words: where the reader lives
// ("the drive home to Pine Hollow", "everyone back in Dayton", "all the way from Cedar Falls"),
// a town smaller than a state; and an age over 89 as a noun ("our nonagenarian friends").
func (s *scan) scanHomesAndAgeWords() {
	d := &s.d
	for i := 0; i+1 < len(d.toks); i++ {
		n := d.norm(i)
		// "patients in their nineties", "now in her 90s"
		if (string(n) == "nineties" || string(n) == "90s") && i >= 2 && string(d.norm(i-2)) == "in" && agePronoun[string(d.norm(i-1))] {
			t := &d.toks[i]
			s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "age_over_89", sent: t.sent})
			continue
		}
		if len(n) >= 11 && ageWord[string(n)] {
			t := &d.toks[i]
			s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "age_over_89", sent: t.sent})
			continue
		}
		// Most words are not followed by "to", "in" or "from"; that test is cheaper than
		// the map lookup, so it goes first.
		if len(n) < 2 || len(n) > 9 || i+2 >= len(d.toks) {
			continue
		}
		j := i + 2
		nx := d.norm(i + 1)
		if len(nx) != 2 && len(nx) != 4 {
			continue // not "to", "in" or "from"
		}
		next := string(nx)
		switch next {
		case "to", "in", "from":
		default:
			continue
		}
		// "the drive home to Pine Hollow", and a journey from the reader's home: "driving in
		// from Greenville", "traveled from Dayton".
		lead := len(n) >= 3 && homeLead[string(n)] ||
			next == "from" && (travelVerb[string(n)] || string(n) == "in" && i > 0 && travelVerb[string(d.norm(i-1))])
		if !lead {
			continue
		}
		if !s.hometownAt(j) || d.is(j, wFirst|wLast) && !d.is(j, wAmbiguous) {
			continue
		}
		e := j + 1
		for e < len(d.toks) && e < j+3 && d.has(e, tCap) && !d.has(e, tSentStart) && d.gap(e) == " " && !d.is(e, wNameStop) {
			e++
		}
		s.ids = append(s.ids, idHit{start: d.toks[j].start, end: d.toks[e-1].end, rule: "city_state", sent: d.toks[j].sent})
	}
}

// homeLead: words before "to/in/from <Town>" that make the town the reader's home.
var homeLead = map[string]bool{"home": true, "back": true, "drive": true, "trip": true, "way": true, "commute": true}

// travelVerb: verbs of a journey whose starting point is the traveller's home.
var travelVerb = map[string]bool{"driving": true, "drove": true, "drive": true, "drives": true,
	"traveled": true, "travelled": true, "traveling": true, "travelling": true, "travel": true,
	"flew": true, "flying": true, "commute": true, "commutes": true, "commuting": true}

// ageWord: nouns that state an age over 89.
var ageWord = map[string]bool{"nonagenarian": true, "nonagenarians": true, "centenarian": true, "centenarians": true,
	"supercentenarian": true, "supercentenarians": true}

// scanIdentifiers finds emails, URLs, IPs, phone and fax numbers, SSNs, dates and times, ages,
// addresses and numbers introduced by context words (MRN, member ID, plate...).
func (s *scan) scanIdentifiers() {
	d := &s.d
	text := d.text
	s.scanEmails()
	s.scanURLs()
	s.scanHomesAndAgeWords()
	tokAt := func(pos int) int32 { return s.sentAt(pos) }
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		n := d.norm(i)
		if d.has(i, tWord) {
			// Every rule below starts with one of these classes or a digit; most words have
			// none and are passed over in one test.
			if t.info&(wMonth|wTLD|wStreet|wState|wStateName) == 0 && t.flags&tHasDigit == 0 {
				continue
			}
			// Months and dates in words.
			if d.is(i, wMonth) && (d.has(i, tCap) || d.caps) {
				if e, ok := s.monthDate(i); ok {
					s.ids = append(s.ids, idHit{start: t.start, end: e, rule: "date", sent: t.sent})
					continue
				}
			}
			// Domain names: word.tld
			// "fenwickbridgecharity.org.uk" ends at its last label, and a hyphen joins labels
			// ("thornleigh-pennock.nhs.uk"): a shorter reading would not match the allow-list.
			if d.is(i, wTLD) && i > 0 && d.gap(i) == "." && t.flags&tJoined != 0 && d.has(i-1, tWord|tNum) &&
				!(i+1 < len(d.toks) && d.gap(i+1) == "." && d.toks[i+1].flags&tJoined != 0 && d.is(i+1, wTLD)) {
				j := i - 1
				for j > 0 && (d.gap(j) == "." || d.gap(j) == "-") && d.toks[j].flags&tJoined != 0 {
					j--
				}
				// "transplant.info@kingsley.org" is an email address's local part, not a site.
				if (j < i-1 || len(d.norm(j)) >= 2) && !(t.end < len(text) && text[t.end] == '@') {
					end := t.end
					for end < len(text) && text[end] == '/' {
						for end < len(text) && !isSpace(text[end]) {
							end++
						}
					}
					s.ids = append(s.ids, idHit{start: d.toks[j].start, end: end, rule: "url", sent: t.sent})
				}
			}
			// A street named without a number in a reply about the reader: "your home on Cedar
			// Ridge Road". Kept only when the sentence is about the reader (see checkAll).
			if d.is(i, wStreet) && d.has(i, tCap) && i >= 2 && !d.caps {
				j := i - 1
				for j > 0 && i-j < 3 && d.has(j, tCap) && !d.has(j, tSentStart) && d.has(j-1, tCap) && !d.has(j-1, tSentStart) {
					j--
				}
				if d.has(j, tCap) && !d.has(j, tSentStart) && j >= 1 && (string(d.norm(j-1)) == "on" || string(d.norm(j-1)) == "at" || string(d.norm(j-1)) == "off") {
					s.ids = append(s.ids, idHit{start: d.toks[j].start, end: t.end, rule: "street_name", sent: t.sent})
				}
			}
			// Alphanumeric postal codes after a ZIP label: "Postcode: SW1A 1AA", "ZIP: K1A 0B1".
			if d.has(i, tHasDigit) && len(n) <= 8 && s.zipCue(i) {
				end := t.end
				if i+1 < len(d.toks) && d.gap(i+1) == " " && d.has(i+1, tHasDigit) && len(d.norm(i+1)) <= 4 {
					end = d.toks[i+1].end
					i++
				}
				s.ids = append(s.ids, idHit{start: t.start, end: end, rule: "zip_code", sent: t.sent})
				continue
			}
			// Alphanumeric codes after a context word.
			if d.has(i, tHasDigit) && digitCount(n) >= 4 {
				if r := s.idContext(i); r != "" {
					s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: r, sent: t.sent})
				} else if len(n) >= 8 && digitCount(n) >= 6 {
					s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "unique_code", sent: t.sent})
				}
			}
			// City, ST
			if i >= 1 && !d.caps && (d.is(i, wState) && d.has(i, tAllCap) || d.is(i, wStateName) && d.has(i, tCap)) && strings.Contains(d.gap(i), ",") {
				j := i - 1
				for j > 0 && i-j < 3 && d.has(j-1, tCap) && !d.has(j, tSentStart) && !strings.ContainsAny(d.gap(j), ",.") {
					j--
				}
				ours := j > 0 && (string(d.norm(j-1)) == "our" || string(d.norm(j-1)) == "the") ||
					i+1 < len(d.toks) && orgPlace[string(d.norm(i+1))]
				if d.has(j, tCap) && !d.is(j, wMonth) && !ours {
					end := t.end
					if i+1 < len(d.toks) && d.has(i+1, tNum) && (len(d.norm(i+1)) == 5 || len(d.norm(i+1)) == 9) {
						end = d.toks[i+1].end
					}
					s.ids = append(s.ids, idHit{start: d.toks[j].start, end: end, rule: "city_state", sent: t.sent})
				}
			}
			continue
		}
		// Number tokens.
		if !allDigits(n) {
			s.ordinalOrTime(i)
			continue
		}
		if t.start > 0 && text[t.start-1] == '$' {
			// "$340": an amount; personal only when tied to the reader (checked later).
			j, _, _, _ := s.numberGroup(i)
			s.ids = append(s.ids, idHit{start: t.start - 1, end: d.toks[j-1].end, rule: "money", sent: t.sent})
			i = j - 1
			continue
		}
		if e, ok := s.address(i); ok {
			s.ids = append(s.ids, idHit{start: t.start, end: e, rule: "street_address", sent: t.sent})
			continue
		}
		if i > 0 && s.streetWord(i-1) {
			s.ids = append(s.ids, idHit{start: d.toks[i-1].start, end: t.end, rule: "street_address", sent: t.sent})
			continue
		}
		if s.loose && i > 0 && d.is(i-1, wUnit) || s.loose && i > 1 && string(d.norm(i-1)) == "box" {
			s.ids = append(s.ids, idHit{start: d.toks[i-1].start, end: t.end, rule: "street_address", sent: t.sent})
			continue
		}
		j, lens, seps, plus := s.numberGroup(i)
		gs := t.start
		if plus >= 0 {
			gs = plus
		}
		ge := d.toks[j-1].end
		if ge < len(text) && text[ge] == ')' && strings.HasPrefix(text[gs:], "(") {
			ge++
		}
		rule, rel := s.classifyNumber(i, j, lens, seps, plus >= 0)
		_ = rel
		if rule != "" {
			if rule == "time" || rule == "date" {
				// extend over a trailing am/pm or year
				if j < len(d.toks) {
					if d.meridiemAt(j) {
						ge = d.toks[j].end
						if ap := string(d.norm(j)); ap == "a" || ap == "p" {
							ge = d.toks[j+1].end
						}
					}
				}
			}
			if !(rule == "date" && s.ratingAt(i, j)) {
				s.ids = append(s.ids, idHit{start: gs, end: ge, rule: rule, sent: tokAt(gs)})
			}
		}
		i = j - 1
	}
	// Relative dates from the phrase lexicon.
	for _, h := range s.phrases {
		if h.bits&phDateRel != 0 {
			if nm := d.norm(h.t1 - 1); len(nm) > 6 && nm[len(nm)-1] == 's' && weekday[string(nm[:len(nm)-1])] {
				continue // "on Saturdays": a recurring day, business hours
			}
			if h.t1-h.t0 == 1 && s.recursBefore(h.t0) {
				continue // "every Tuesday", "every Tuesday and Friday afternoon"
			}
			if h.t1 < len(d.toks) && weekday[string(d.norm(h.t1-1))] && dayRecurs[string(d.norm(h.t1))] {
				continue // "Saturday mornings tend to be busiest", "our Monday huddle"
			}
			if h.t1-h.t0 == 1 && s.weekdayRange(h.t0) {
				continue // "Monday to Friday, 8 to 5", "Mon–Fri"
			}
			if h.t0 > 0 && greeting[string(d.norm(h.t0-1))] && d.toks[h.t0-1].sent == d.toks[h.t0].sent {
				continue // "Happy Mother's Day!", "¡Feliz Día de las Madres a usted también!": a greeting
			}
			if h.t0 > 0 && weekday[string(d.norm(h.t0))] {
				// "on a Monday morning" is any Monday; "every other Saturday", "alternate
				// Fridays" recur.
				prev := string(d.norm(h.t0 - 1))
				if prev == "a" || prev == "alternate" || prev == "alternating" || prev == "our" ||
					(prev == "other" || prev == "second" || prev == "third") && h.t0 > 1 && recurWord[string(d.norm(h.t0-2))] {
					continue
				}
			}
			s.ids = append(s.ids, idHit{start: d.toks[h.t0].start, end: d.toks[h.t1-1].end, rule: "date", sent: d.toks[h.t0].sent, relative: true})
		}
	}
}

// markStaffDays marks the sentences that celebrate the team ("Happy Nurses Week to ...",
// "Staff Appreciation Day", a retirement); the names in them are staff, unless the sentence
// speaks of a patient.
func (s *scan) markStaffDays() {
	d := &s.d
	s.sentStaffDay = growBool(s.sentStaffDay, d.nsent)
	s.sentPatient = growBool(s.sentPatient, d.nsent)
	for i := range d.toks {
		w := string(d.norm(i))
		if w == "appreciation" || staffLife[w] || (w == "week" || w == "day") && i > 0 && staffDayRole[string(d.norm(i-1))] {
			s.sentStaffDay[d.toks[i].sent] = true
		}
		switch w {
		case "patient", "patients", "recipient", "recipients", "survivor", "survivors":
			s.sentPatient[d.toks[i].sent] = true
		}
	}
	for k := range s.sentStaffDay {
		// "Nurses Week shoutout: a letter from a grateful patient, Ronald." "Our newest
		// kidney transplant recipient, Marcus" is no new hire.
		s.sentStaffDay[k] = s.sentStaffDay[k] && !s.sentPatient[k]
	}
	// "This is Rosa. She has volunteered at the gift shop for 22 years": the sentence before
	// one that opens with "she" or "he" introduces the same person.
	for i := range d.toks {
		k := d.toks[i].sent
		if k > 0 && d.has(i, tSentStart) && s.sentStaffDay[k] && !s.sentPatient[k-1] {
			if w := string(d.norm(i)); w == "she" || w == "he" || w == "she's" || w == "he's" {
				s.sentStaffDay[k-1] = true
			}
		}
	}
}

// staffLife: a staff member's working life ("Happy retirement to Marge, who has volunteered in
// our NICU for 25 years").
var staffLife = map[string]bool{"retirement": true, "retiring": true, "retires": true, "retired": true,
	"volunteered": true, "volunteering": true, "employee": true, "newest": true, "joins": true, "joining": true, "hired": true, "hiring": true}

var staffDayRole = map[string]bool{"nurses": true, "nurse": true, "hygienist": true, "hygienists": true, "doctors": true,
	"doctor": true, "staff": true, "pharmacists": true, "pharmacist": true, "techs": true, "tech": true, "volunteer": true,
	"volunteers": true, "therapists": true, "therapist": true, "assistants": true, "assistant": true, "midwives": true,
	"employee": true, "employees": true, "radiology": true, "lab": true, "ems": true}

// recursBefore: "every" or "each" among the three words before token i, in its sentence, with
// only weekdays and "and"/"or" between ("every Tuesday and Friday").
func (s *scan) recursBefore(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		w := string(d.norm(k))
		if recurWord[w] {
			return true
		}
		if !weekday[w] && w != "and" && w != "or" {
			return false
		}
	}
	return false
}

// weekdayRange: weekday token i is one end of a span of days ("Monday to Friday",
// "Monday–Friday", "de lunes a viernes"): business hours, not a date.
func (s *scan) weekdayRange(i int) bool {
	d := &s.d
	joined := func(a, b int) bool { // tokens a < b are two weekdays joined by a range word or dash
		if a < 0 || b >= len(d.toks) || !weekday[string(d.norm(a))] || !weekday[string(d.norm(b))] {
			return false
		}
		if b == a+1 {
			return rangeJoin[strings.TrimSpace(d.gap(b))]
		}
		return b == a+2 && rangeJoin[string(d.norm(a+1))]
	}
	return joined(i, i+1) || joined(i, i+2) || joined(i-1, i) || joined(i-2, i)
}

// dayRecurs: words after a weekday that make it any such day ("Saturday mornings") or a
// standing event of the organization ("Monday huddle").
var dayRecurs = map[string]bool{"mornings": true, "afternoons": true, "evenings": true, "nights": true,
	"huddle": true, "huddles": true, "meeting": true, "meetings": true, "rounds": true, "clinics": true,
	"happy": true, "bingo": true, "trivia": true, "movie": true, "music": true, "cookie": true, "coffee": true,
	"social": true, "brunch": true, "pizza": true, "karaoke": true, "yoga": true, "club": true, "tradition": true}

// ratingAt: tokens [i, j) are a score out of 5 or 10 ("thanks for the 10/10", "a solid 9/10"),
// not a date.
func (s *scan) ratingAt(i, j int) bool {
	d := &s.d
	if j != i+2 {
		return false
	}
	num, den := atoiSmall(d.norm(i)), string(d.norm(i+1))
	if den != "10" && den != "5" || num > atoiSmall(d.norm(i+1)) || d.gap(i+1) != "/" {
		return false
	}
	if i > 0 {
		switch string(d.norm(i - 1)) {
		case "the", "a", "solid", "perfect", "your", "us":
			return true
		}
	}
	// "10/10 right back at you" answering a review that gave 10/10.
	return s.contextScores()[d.text[d.toks[i].start:d.toks[i+1].end]]
}

// contextScores is the set of "N/M" scores written in the patient's text, read once per check
// (a reply full of dates must not search a long review once per date).
func (s *scan) contextScores() map[string]bool {
	if s.ctxScoresDone {
		return s.ctxScores
	}
	s.ctxScoresDone = true
	clear(s.ctxScores)
	c := s.in.Context
	for i := 0; i < len(c); i++ {
		if c[i] != '/' || i == 0 || i+1 >= len(c) || !isDigit(c[i-1]) || !isDigit(c[i+1]) {
			continue
		}
		a, b := i-1, i+1
		for a > 0 && i-a < 3 && isDigit(c[a-1]) {
			a--
		}
		for b < len(c) && b-i <= 2 && isDigit(c[b]) {
			b++
		}
		if s.ctxScores == nil {
			s.ctxScores = map[string]bool{}
		}
		s.ctxScores[c[a:b]] = true
	}
	return s.ctxScores
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func (s *scan) sentAt(pos int) int32 {
	d := &s.d
	lo, hi := 0, len(d.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if d.toks[m].end <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.toks) {
		return d.toks[lo].sent
	}
	if len(d.toks) > 0 {
		return d.toks[len(d.toks)-1].sent
	}
	return 0
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

func digitCount(b []byte) int {
	n := 0
	for _, c := range b {
		if isDigit(c) {
			n++
		}
	}
	return n
}

func atoiSmall(b []byte) int {
	if len(b) > 6 {
		return 1 << 30
	}
	n, _ := strconv.Atoi(string(b))
	return n
}

// monthDate recognizes "March 3", "March 3rd, 2024", "Mar 2024", "in March" starting at the
// month token i (or "3 March" ending there); it returns the end offset.
func (s *scan) monthDate(i int) (int, bool) {
	d := &s.d
	n := string(d.norm(i))
	if i+1 < len(d.toks) && d.has(i+1, tNum) && !d.has(i+1, tSentStart) {
		v := atoiSmall(leadingDigits(d.norm(i + 1)))
		if v >= 1 && v <= 31 || v >= 1900 && v <= 2100 {
			end := d.toks[i+1].end
			if v <= 31 && i+2 < len(d.toks) && d.has(i+2, tNum) && len(d.norm(i+2)) == 4 && !d.has(i+2, tSentStart) {
				end = d.toks[i+2].end
			}
			return end, true
		}
	}
	if i > 0 && d.has(i-1, tNum) && !d.has(i, tSentStart) {
		v := atoiSmall(leadingDigits(d.norm(i - 1)))
		if v >= 1 && v <= 31 {
			return d.toks[i].end, true
		}
	}
	if i > 1 && string(d.norm(i-1)) == "of" && d.has(i-2, tNum) {
		return d.toks[i].end, true
	}
	if n == "may" || n == "mar" || n == "jan" || n == "dec" || n == "sep" {
		if i == 0 || string(d.norm(i-1)) != "in" && string(d.norm(i-1)) != "since" && string(d.norm(i-1)) != "last" {
			return 0, false
		}
	}
	if i > 0 && monthLead[string(d.norm(i-1))] && !d.has(i, tSentStart) {
		return d.toks[i].end, true
	}
	return 0, false
}

func leadingDigits(b []byte) []byte {
	i := 0
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	return b[:i]
}

// ordinalOrTime handles digit-led tokens with letters: "12th", "3pm".
func (s *scan) ordinalOrTime(i int) {
	d := &s.d
	t := &d.toks[i]
	n := d.norm(i)
	ld := leadingDigits(n)
	suf := string(n[len(ld):])
	v := atoiSmall(ld)
	switch suf {
	case "am", "pm":
		if v >= 1 && v <= 12 {
			s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "time", sent: t.sent})
		}
	case "st", "nd", "rd", "th":
		if v > 89 && v < 130 && i+1 < len(d.toks) && string(d.norm(i+1)) == "birthday" {
			s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "age_over_89", sent: t.sent})
			return
		}
		if v < 1 || v > 31 || i == 0 {
			return
		}
		prev := string(d.norm(i - 1))
		next := ""
		if i+1 < len(d.toks) {
			next = string(d.norm(i + 1))
		}
		if prev == "the" && i >= 2 && (string(d.norm(i-2)) == "on" || string(d.norm(i-2)) == "since") && next != "floor" && next != "anniversary" && next != "birthday" && next != "annual" && next != "year" {
			s.ids = append(s.ids, idHit{start: d.toks[i-1].start, end: t.end, rule: "date", sent: t.sent})
		}
	default:
		if digitCount(n) >= 3 && len(n) >= 5 {
			if r := s.idContext(i); r != "" {
				s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: r, sent: t.sent})
			} else if digitCount(n) >= 6 {
				s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "unique_code", sent: t.sent})
			}
		}
	case "yo", "y", "yrs", "yr":
		if v > 89 && v < 130 {
			s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "age_over_89", sent: t.sent})
		}
	case "s":
		if v >= 90 && v <= 120 && v%10 == 0 && i > 0 && (string(d.norm(i-1)) == "her" || string(d.norm(i-1)) == "his" || string(d.norm(i-1)) == "their") {
			s.ids = append(s.ids, idHit{start: t.start, end: t.end, rule: "age_over_89", sent: t.sent})
		}
	}
}

// address recognizes "1234 Oak Street", "55 N. Main St Apt 4", "PO Box 12" starting at a
// number token.
func (s *scan) address(i int) (int, bool) {
	d := &s.d
	n := d.norm(i)
	if len(n) > 6 || d.has(i, tJoined) && i > 0 && d.has(i-1, tNum) {
		return 0, false
	}
	if i >= 2 && string(d.norm(i-1)) == "box" && (string(d.norm(i-2)) == "po" || string(d.norm(i-2)) == "p") {
		return d.toks[i].end, true
	}
	words := 0
	for j := i + 1; j < len(d.toks) && j <= i+5; j++ {
		if d.has(j, tSentStart) || (d.has(j, tPunctGap) && !d.has(j, tJoined) && d.gap(j) != ". ") {
			return 0, false
		}
		w := string(d.norm(j))
		if words > 0 && (d.is(j, wStreet) || s.loose && !d.caps && (d.has(j, tNum) && allDigits(d.norm(j)) && d.gap(j) == " " || s.streetWord(j))) {
			end := d.toks[j].end
			// unit: Apt 4B, Suite 200, #12
			if j+2 < len(d.toks) && d.is(j+1, wUnit) && d.has(j+2, tHasDigit) {
				end = d.toks[j+2].end
			} else if j+1 < len(d.toks) && d.has(j+1, tHasDigit) && strings.Contains(d.gap(j+1), "#") {
				end = d.toks[j+1].end
			}
			return end, true
		}
		capOK := d.has(j, tCap) || d.caps || d.has(j, tNum) && len(w) > 2 && !allDigits(d.norm(j))
		if s.loose && !capOK && !d.caps {
			// "9383 ul. Chrzanowska 61", "7873 216 Menzies Street", "31 Rue tachkent St."
			capOK = streetParticle[w] || j == i+1 && d.has(j, tNum) && d.gap(j) == " " || words > 0 && d.has(j, tWord) && nonASCII(d.raw(j))
		}
		if !capOK {
			return 0, false
		}
		if d.has(j, tWord) {
			words++
		}
	}
	return 0, false
}

// streetParticle: small words inside street names in many languages.
var streetParticle = map[string]bool{"ul": true, "u": true, "út": true, "rue": true, "via": true, "dei": true, "de": true,
	"del": true, "la": true, "le": true, "di": true, "da": true, "do": true, "dos": true, "das": true, "van": true,
	"von": true, "der": true, "den": true, "avenida": true, "calle": true, "rua": true, "st": true}

// streetSuffixes end street names in many languages ("Søndergade", "Kiannonkatu").
var streetSuffixes = []string{"street", "gade", "gata", "gatan", "katu", "tie", "vej", "veien", "vegen", "gasse",
	"strasse", "straße", "weg", "laan", "straat", "ulica", "utca", "allee", "platz", "väg", "vägen", "stræde"}

// streetWord: a capitalized word that names a street by its ending.
func (s *scan) streetWord(j int) bool {
	d := &s.d
	if !d.has(j, tWord) || !(d.has(j, tCap) || d.caps) {
		return false
	}
	n := d.norm(j)
	for _, suf := range streetSuffixes {
		if len(n) > len(suf)+2 && string(n[len(n)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// numberGroup joins digit tokens separated by phone/date punctuation: "(555) 123-4567",
// "3/14/2024", "123-45-6789". plus is the offset of a leading "+" or "(" or -1.
func (s *scan) numberGroup(i int) (j int, lens []int, seps string, plus int) {
	d := &s.d
	text := d.text
	var lensBuf [8]int
	lens = lensBuf[:0]
	plus = -1
	g := d.gap(i)
	if k := len(g) - 1; k >= 0 && (g[k] == '+' || g[k] == '(') {
		plus = d.toks[i].start - 1
		if k >= 1 && g[k] == '(' && g[k-1] == '+' {
			plus--
		}
	}
	var sepBuf [8]byte
	sb := sepBuf[:0]
	j = i
	for j < len(d.toks) && len(lens) < 6 {
		if !allDigits(d.norm(j)) {
			break
		}
		if j > i {
			gp := d.gap(j)
			if len(gp) == 0 || len(gp) > 3 || !onlyChars(gp, " -.()/") || d.has(j, tSentStart) && !strings.Contains(gp, ".") {
				break
			}
			if strings.Contains(gp, ". ") {
				break
			}
			sb = append(sb, sepChar(gp))
		}
		lens = append(lens, d.toks[j].end-d.toks[j].start)
		j++
	}
	_ = text
	return j, lens, string(sb), plus
}

func onlyChars(s, set string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) < 0 {
			return false
		}
	}
	return true
}

func sepChar(g string) byte {
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case '-', '/', '.':
			return g[i]
		}
	}
	if strings.ContainsAny(g, "()") {
		return ')'
	}
	return ' '
}

func allSep(seps string, c byte) bool {
	for i := 0; i < len(seps); i++ {
		if seps[i] != c {
			return false
		}
	}
	return len(seps) > 0
}

func lensIs(lens []int, want ...int) bool {
	if len(lens) != len(want) {
		return false
	}
	for i := range lens {
		if lens[i] != want[i] {
			return false
		}
	}
	return true
}

// classifyNumber decides what a number group is from its shape and the words around it.
func (s *scan) classifyNumber(i, j int, lens []int, seps string, plus bool) (string, bool) {
	d := &s.d
	total := 0
	for _, l := range lens {
		total += l
	}
	val := func(k int) int { return atoiSmall(d.norm(i + k)) }
	// ZIP and postal codes: after "ZIP", "zip code is", "postal code:"; a 5-digit or ZIP+4
	// number right after a state ("IL 62704", "Illinois 62704-1234"); any 12345-6789.
	if total >= 3 && total <= 10 && s.zipCue(i) {
		return "zip_code", false
	}
	if i >= 1 && (lensIs(lens, 5) || lensIs(lens, 5, 4) && seps == "-") && (d.is(i-1, wState) && d.has(i-1, tAllCap) || d.is(i-1, wStateName) && d.has(i-1, tCap)) {
		return "zip_code", false
	}
	if lensIs(lens, 5, 4) && seps == "-" {
		return "zip_code", false
	}
	// Time "3:30 pm": a ":" gap is not part of number groups.
	if len(lens) == 1 && lens[0] <= 2 && j < len(d.toks) && d.gap(j) == ":" && allDigits(d.norm(j)) && len(d.norm(j)) == 2 {
		return "time", false
	}
	if i > 0 && strings.Contains(d.gap(i), "#") && total >= 3 {
		if r := hashContext[string(d.norm(i-1))]; r != "" {
			return r, false
		}
	}
	if ctx := s.idContext(i); ctx != "" && total >= 4 {
		return ctx, false
	}
	switch {
	case len(lens) == 4 && allSep(seps, '.') && lens[0] <= 3 && lens[1] <= 3 && lens[2] <= 3 && lens[3] <= 3 &&
		val(0) <= 255 && val(1) <= 255 && val(2) <= 255 && val(3) <= 255:
		return "ip_address", false
	case lensIs(lens, 3, 2, 4) && (allSep(seps, '-') || allSep(seps, ' ')):
		return "ssn", false
	case len(lens) == 3 && (allSep(seps, '/') || allSep(seps, '-') || allSep(seps, '.')) && lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4) &&
		val(0) >= 1 && val(0) <= 12 && val(1) >= 1 && val(1) <= 31:
		return "date", false
	case len(lens) == 3 && (allSep(seps, '-') || allSep(seps, '/')) && lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2:
		return "date", false
	case len(lens) == 2 && allSep(seps, '/') && lens[0] <= 2 && lens[1] <= 2 && val(0) >= 1 && val(0) <= 12 && val(1) >= 1 && val(1) <= 31:
		return "date", false
	case plus && total >= 8 && total <= 15:
		return "phone", false
	case lensIs(lens, 3, 3, 4) || lensIs(lens, 1, 3, 3, 4) || lensIs(lens, 10) || lensIs(lens, 11) && d.norm(i)[0] == '1':
		return "phone", false
	case lensIs(lens, 3, 4) && (allSep(seps, '-') || allSep(seps, '.')):
		return "phone", false
	case (total == 10 || total == 11) && len(lens) <= 3 && lens[0] >= 3 && d.norm(i)[0] == '0' && allSep(seps, ' '):
		// A UK number: "020 7946 0123", "0117 496 0123", "01632 960555".
		return "phone", false
	case total >= 13 && total <= 19 && (len(lens) == 1 || allLens(lens, 4)):
		return "account_number", false
	}
	if i >= 1 {
		p := string(d.norm(i - 1))
		if p == "zip" || p == "zipcode" || p == "postcode" || (p == "code" && i >= 2 && (string(d.norm(i-2)) == "zip" || string(d.norm(i-2)) == "postal")) {
			return "zip_code", false
		}
	}
	if len(lens) == 2 && lens[0] == 3 && lens[1] == 4 && s.phoneContext(i) {
		return "phone", false
	}
	if len(lens) == 1 {
		if ok := s.ageAt(i); ok {
			return "age_over_89", false
		}
		if t := s.timeAt(i); t {
			return "time", false
		}
		n := d.norm(i)
		if len(n) == 4 && i >= 1 && s.endBits[i-1]&phSSN != 0 {
			if s.sent[d.toks[i].sent]&phAccount != 0 {
				return "account_number", false
			}
			return "ssn", false
		}
		if (len(n) == 5 || len(n) == 9) && i >= 1 {
			p := string(d.norm(i - 1))
			if d.is(i-1, wState) && d.has(i-1, tAllCap) || d.is(i-1, wStateName) || p == "zip" || p == "zipcode" || p == "code" && i >= 2 && string(d.norm(i-2)) == "zip" {
				return "zip_code", false
			}
		}
		if i >= 1 && (string(d.norm(i-1)) == "room" || string(d.norm(i-1)) == "rm" || string(d.norm(i-1)) == "bed" || string(d.norm(i-1)) == "bay") {
			s.health = append(s.health, hit{t0: i - 1, t1: i + 1, bits: uint32(hcCareSetting)})
			return "", false
		}
		if len(n) <= 2 && s.in.Kind != KindPost && i >= 1 && clockPrep[string(d.norm(i-1))] &&
			s.sent[d.toks[i].sent]&(phTie|phStance) != 0 && s.sent[d.toks[i].sent]&phBusiness == 0 && s.clockInContext(n) {
			return "time", false // "Glad we could get you home by 6!" answering "in and out by 6"
		}
		if len(n) >= 3 && len(n) <= 5 && s.in.Kind != KindPost {
			// "So sorry about the TV in 212!" answering "room 212 had a broken tv"; "sites
			// near Dover St in 48213" answering "closer to 48213? I live on Dover St".
			switch s.numberInContext(n) {
			case "room":
				return "care_setting", false // the reader's own room, whatever the sentence says
			case "zip":
				if i > 0 && echoedAccountWord[string(d.norm(i-1))] {
					return "account_number", false // "we've recalled account 88314"
				}
				return "zip_code", false
			}
		}
	}
	if total >= 8 && !strings.ContainsAny(seps, "/.") {
		return "unique_code", false
	}
	if s.loose && len(lens) == 1 && lens[0] == 5 {
		return "zip_code", false
	}
	return "", false
}

var birthdayWord = map[string]bool{"birthday": true, "bday": true, "b-day": true, "cumpleaños": true, "cumpleanos": true, "cumple": true}

// greeting: words that make the holiday after them a wish, not a date.
var greeting = map[string]bool{"happy": true, "merry": true, "feliz": true, "felíz": true, "joyous": true, "blessed": true}

// clockPrep: words before a bare hour ("by 6", "until 4").
var clockPrep = map[string]bool{"by": true, "at": true, "until": true, "till": true, "til": true, "around": true, "before": true, "after": true}

// clockInContext: the patient's text gives the hour n (1 to 12) as a time of their own: after
// a clockPrep word, or with am/pm ("by 6", "at 2am", "2 a.m.").
func (s *scan) clockInContext(n []byte) bool {
	if v := atoiSmall(n); v < 1 || v > 12 {
		return false
	}
	c := &s.c
	for j := range c.toks {
		w := c.norm(j)
		switch {
		case string(w) == string(n):
			if j >= 1 && clockPrep[string(c.norm(j-1))] || c.meridiemAt(j+1) {
				return true
			}
		case len(w) == len(n)+2 && string(w[:len(n)]) == string(n) && (string(w[len(n):]) == "am" || string(w[len(n):]) == "pm"):
			return true
		}
	}
	return false
}

// echoedAccountWord: a word before a number the reader wrote that makes it their account,
// claim or order, where the lexicon's account phrases ("account number") need two words.
var echoedAccountWord = map[string]bool{"account": true, "acct": true, "claim": true, "invoice": true,
	"case": true, "ticket": true, "order": true, "reference": true, "ref": true}

// numberInContext says what the patient's text makes of the digits n when it writes them as
// a number of their own: "room" after room, rm, bed or bay; "zip" for five digits standing
// alone (not money, not part of a phone number or date); "" otherwise.
func (s *scan) numberInContext(n []byte) string {
	c := &s.c
	for j := range c.toks {
		if string(c.norm(j)) != string(n) {
			continue
		}
		if j >= 1 {
			switch string(c.norm(j - 1)) {
			case "room", "rm", "bed", "bay":
				return "room"
			}
		}
		if len(n) == 5 && !strings.ContainsAny(c.gap(j), "$-/().#") && (j+1 >= len(c.toks) || !strings.ContainsAny(c.gap(j+1), "-/()")) {
			return "zip"
		}
	}
	return ""
}

// zipCue: a ZIP or postal-code label right before token i, in the same sentence, allowing a
// few filler words: "ZIP: 62704", "zip code is 62704", "Postal Code - K1A", "ZIP+4 62704-1234".
func (s *scan) zipCue(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if d.toks[k+1].sent != d.toks[i].sent {
			return false
		}
		switch string(d.norm(k)) {
		case "zip", "zipcode", "zipcodes", "postcode", "postal", "zip+4", "zip4":
			return true
		case "code":
			if k >= 1 {
				switch string(d.norm(k - 1)) {
				case "post", "pin", "postal", "zip":
					return true
				}
			}
		case "is", "was", "number", "no", "num", "4", "plus", "area":
			continue
		}
		return false
	}
	return false
}

// phoneContext: "Phone: 467 3395", "call me at 555 0123".
func (s *scan) phoneContext(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch string(d.norm(k)) {
		case "phone", "telephone", "tel", "cell", "mobile", "fax", "call", "text", "registered", "number", "ph":
			return true
		}
	}
	return false
}

func allLens(lens []int, n int) bool {
	for _, l := range lens {
		if l != n {
			return false
		}
	}
	return true
}

// ageAt: "92 years old", "92-year-old", "aged 92", "age 92" with a value over 89.
func (s *scan) ageAt(i int) bool {
	d := &s.d
	v := atoiSmall(d.norm(i))
	if v <= 89 || v > 130 {
		return false
	}
	if i+1 < len(d.toks) {
		nx := string(d.norm(i + 1))
		if nx == "year" || nx == "years" || nx == "yr" || nx == "yrs" || nx == "yo" {
			if i+2 < len(d.toks) && (string(d.norm(i+2)) == "old" || string(d.norm(i+2)) == "young") || nx == "yo" || d.has(i+1, tJoined) {
				return true
			}
			// "celebrating 97 years with him", not "celebrating 100 years of service".
			if i >= 1 && celebrateWord[string(d.norm(i-1))] && (i+2 >= len(d.toks) || string(d.norm(i+2)) != "of") {
				return true
			}
			// "someone with 92 years of wisdom"
			if i+3 < len(d.toks) && string(d.norm(i+2)) == "of" && lifeYears[string(d.norm(i+3))] {
				return true
			}
		}
	}
	if i >= 1 {
		p := string(d.norm(i - 1))
		if (p == "is" || p == "was" || p == "turns") && i >= 2 {
			// "Your mother is 94", "he was 97": a person's age stated with a verb.
			q := string(d.norm(i - 2))
			if s.endBits[i-2]&phRelative != 0 || q == "he" || q == "she" || q == "who" || q == "mother" || q == "father" {
				return true
			}
		}
		if p == "age" || p == "aged" || p == "turned" || p == "turning" || p == "ages" {
			return true
		}
		// "At 92, you deserve every minute", "At 95, Rose still volunteers": a sentence
		// opening with someone's age (not "at 100 percent capacity").
		if p == "at" && d.has(i-1, tSentStart) && i+1 < len(d.toks) && (strings.HasPrefix(d.gap(i+1), ",") || agePronoun[string(d.norm(i+1))]) {
			return true
		}
		// "Lola Remedios, 91, our oldest patient": an age in apposition to a name.
		return d.has(i-1, tCap) && d.gap(i) == ", " && (i+1 == len(d.toks) || strings.HasPrefix(d.gap(i+1), ",") ||
			strings.HasPrefix(d.gap(i+1), "!") || strings.HasPrefix(d.gap(i+1), ")"))
	}
	return false
}

var lifeYears = map[string]bool{"wisdom": true, "life": true, "living": true, "age": true, "love": true, "marriage": true}

var celebrateWord = map[string]bool{"celebrating": true, "celebrated": true, "celebrate": true, "celebrates": true}

// timeAt: "3:30", "3:30 pm", "3 pm", "10 a.m.".
func (s *scan) timeAt(i int) bool {
	d := &s.d
	v := atoiSmall(d.norm(i))
	if v > 24 || i+1 >= len(d.toks) {
		return false
	}
	if d.gap(i+1) == ":" && len(d.norm(i+1)) == 2 {
		return true
	}
	return v >= 1 && v <= 12 && d.meridiemAt(i+1)
}

// meridiemAt: token i is "am" or "pm", or "a"/"p" with the "m" after it ("2 a.m.").
func (d *doc) meridiemAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	switch string(d.norm(i)) {
	case "am", "pm":
		return true
	case "a", "p":
		return i+1 < len(d.toks) && string(d.norm(i+1)) == "m"
	}
	return false
}

// idContext looks back a few tokens in the sentence for a context phrase that says what a
// number is ("MRN", "member ID", "license plate").
func (s *scan) idContext(i int) string {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		b := s.endBits[k]
		switch {
		case b&phMRN != 0:
			return "mrn"
		case b&phPlan != 0:
			return "health_plan_number"
		case b&phAccount != 0:
			return "account_number"
		case b&phLicense != 0:
			return "license_number"
		case b&phVehicle != 0:
			return "vehicle_number"
		case b&phDevice != 0:
			return "device_number"
		case b&phSSN != 0 && (string(d.norm(k)) == "ssn" || string(d.norm(k)) == "security" || string(d.norm(k)) == "number" && k > 0 && string(d.norm(k-1)) == "security"):
			return "ssn"
		}
		if d.has(k, tSentStart) {
			break
		}
	}
	return ""
}

// scanEmails finds local@domain.tld around every "@"; each byte is visited a bounded number
// of times, so the scan is linear.
func (s *scan) scanEmails() {
	text := s.d.text
	from := 0
	for {
		k := strings.IndexByte(text[from:], '@')
		if k < 0 {
			return
		}
		at := from + k
		from = at + 1
		a := at
		for a > 0 && a > at-64 && isEmailLocal(text[a-1]) {
			a--
		}
		b := at + 1
		dot := false
		for b < len(text) && b < at+256 && (isAlnum(text[b]) || text[b] == '-' || text[b] == '.') {
			if text[b] == '.' {
				dot = true
			}
			b++
		}
		for b > at+1 && text[b-1] == '.' {
			b--
		}
		if a < at && dot && b > at+3 && text[b-1] != '-' && isAlpha(text[b-1]) {
			s.ids = append(s.ids, idHit{start: a, end: b, rule: "email", sent: s.sentAt(a)})
			from = b
		}
	}
}

func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }
func isAlpha(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// scanURLs finds http(s):// and www. addresses.
func (s *scan) scanURLs() {
	text := s.d.text
	for i := 0; i < len(text); i++ {
		if i+9 <= len(text) && !urlPairIn(text[i:i+9]) {
			i += 7 // none of the eight positions starts an address
			continue
		}
		c := text[i] | 0x20
		if c != 'h' && c != 'w' {
			continue
		}
		if i > 0 && isAlnum(text[i-1]) {
			continue
		}
		n := 0
		switch {
		case hasPrefixFold(text[i:], "https://"):
			n = 8
		case hasPrefixFold(text[i:], "http://"):
			n = 7
		case hasPrefixFold(text[i:], "www."):
			n = 4
		default:
			continue
		}
		e := i + n
		for e < len(text) && !isSpace(text[e]) && text[e] != '<' && text[e] != '>' && text[e] != '"' && text[e] != '\'' && text[e] < 0x80 {
			e++
		}
		for e > i+n && strings.IndexByte(".,;:!?)]}", text[e-1]) >= 0 {
			e--
		}
		if e > i+n+1 {
			s.ids = append(s.ids, idHit{start: i, end: e, rule: "url", sent: s.sentAt(i)})
			s.urlRecordNumbers(i, e)
		}
		i = e
	}
}

// urlRecordNumbers adds a record-number identifier for each query value of four or more
// digits, under a key that names a person or record, in the address text[start:end]: "portal.example.org/results?patient=884213" is the
// organization's own site and still names one patient's records.
func (s *scan) urlRecordNumbers(start, end int) {
	text := s.d.text
	q := strings.IndexAny(text[start:end], "?#")
	if q < 0 {
		return
	}
	for i := start + q; i < end; i++ {
		if text[i] != '=' {
			continue
		}
		j := i + 1
		for j < end && isDigit(text[j]) {
			j++
		}
		k := i
		for k > start && text[k-1] != '?' && text[k-1] != '&' && text[k-1] != '#' {
			k--
		}
		if j-(i+1) >= 4 && (j == end || text[j] == '&' || text[j] == '#') && recordKey[strings.ToLower(text[k:i])] {
			s.ids = append(s.ids, idHit{start: i + 1, end: j, rule: "mrn", sent: s.sentAt(i)})
		}
		i = j - 1
	}
}

// recordKey: query keys whose number names a person's record.
var recordKey = map[string]bool{"patient": true, "patientid": true, "patient_id": true, "pid": true,
	"pt": true, "mrn": true, "member": true, "memberid": true, "member_id": true, "account": true,
	"acct": true, "chart": true, "record": true, "user": true, "userid": true, "user_id": true, "id": true}

// urlPairIn reports whether an address ("http", "www.", any case) may start at one of the
// first eight bytes of b (nine bytes long): whether some byte is h or H followed by t or T,
// or w or W followed by w or W. scanURLs skips eight bytes at a time while it says no,
// which is most of a text: the test is a few word-wide operations instead of a comparison
// per byte.
func urlPairIn(b string) bool {
	const (
		ones   = 0x0101010101010101
		lowers = 0x20 * ones // or-ing 0x20 folds exactly H to h, T to t and W to w
		high   = 0x80 * ones
		low7   = 0x7f * ones
	)
	_ = b[8]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	y := x>>8 | uint64(b[8])<<56 // the byte after each byte of x
	x, y = x|lowers, y|lowers
	// zero has the high bit set in exactly the bytes of v that are zero.
	zero := func(v uint64) uint64 { return ^((v&low7 + low7) | v) & high }
	return zero(x^('h'*ones))&zero(y^('t'*ones))|zero(x^('w'*ones))&zero(y^('w'*ones)) != 0
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// scanPersons finds probable person names: an honorific and a capitalized word ("Dr. Patel"),
// a known first name optionally followed by capitalized words ("Maria Lopez"), or "the X
// family". Staff-directory members, the reviewer and names the reviewer used are marked.
func (s *scan) scanPersons() {
	d := &s.d
	l := s.g.lex
	caps := d.caps
	capAt := func(j int) bool { return j < len(d.toks) && d.has(j, tWord) && (d.has(j, tCap) || caps) }
	for i := 0; i < len(d.toks); i++ {
		if !d.has(i, tWord) || d.toks[i].info&(wHonorific|wFirst|wLast) == 0 {
			continue
		}
		n := string(d.norm(i))
		// Honorific + name.
		if d.is(i, wHonorific) && (d.has(i, tCap) || caps || n == "dr") && i+1 < len(d.toks) && capAt(i+1) && !d.is(i+1, wNameStop) && !d.has(i+1, tSentStart) {
			j := i + 2
			for j < len(d.toks) && j < i+3 && capAt(j) && !d.has(j, tSentStart) && !d.has(j, tPunctGap) && !d.is(j, wNameStop) && (d.is(j, wLast) || d.is(i+1, wFirst)) {
				j++
			}
			s.addPerson(i, j, d.is(i, wDoctor))
			i = j - 1
			continue
		}
		if !capAt(i) {
			continue
		}
		// "the Garcia family"
		if d.is(i, wLast) && !d.is(i, wAmbiguous) && i+1 < len(d.toks) && familyWord[string(d.norm(i+1))] && !d.has(i, tSentStart) {
			s.addPerson(i, i+1, false)
			continue
		}
		if !d.is(i, wFirst) {
			continue
		}
		j := i + 1
		for j < len(d.toks) && j < i+4 && capAt(j) && !d.has(j, tSentStart) && (!d.has(j, tPunctGap) || d.toks[j-1].end-d.toks[j-1].start == 1) {
			if d.is(j, wNameStop|wMonth|wWeekday) || l.health.at(d.toks[j].id) != nil && d.toks[j].id != 0 && !d.is(j, wLast) {
				break
			}
			if caps && !d.is(j, wLast|wFirst) {
				break
			}
			j++
		}
		if d.is(i, wAmbiguous) && (j == i+1 || !d.is(j-1, wLast)) &&
			!(j == i+1 && !d.has(i, tSentStart) && string(d.normAt(j)) == "from" && s.hometownAt(j+1)) {
			continue // "Don from Riverton" is a person; "Don" alone may be the verb
		}
		if caps && j == i+1 && d.has(i, tSentStart) {
			continue
		}
		s.addPerson(i, j, false)
		i = j - 1
	}
}

// familyWord: "the Garcia family", "the Nakamura twins".
var familyWord = map[string]bool{"family": true, "twins": true, "triplets": true, "kids": true, "children": true,
	"boys": true, "girls": true, "sisters": true, "brothers": true, "household": true}

// roleWord: staff roles patients name people by.
var roleWord = func() map[string]bool {
	m := map[string]bool{"coach": true, "receptionist": true, "assistant": true, "trainer": true,
		"manager": true, "coordinator": true, "director": true, "ceo": true, "chaplain": true,
		"advocate": true, "liaison": true, "navigator": true, "supervisor": true, "lead": true}
	for w := range clinicalRole {
		m[w] = true
	}
	return m
}()

// hashContext: "record #123456" and friends.
var hashContext = map[string]string{"record": "mrn", "chart": "mrn", "patient": "mrn", "mrn": "mrn", "rx": "mrn",
	"account": "account_number", "acct": "account_number", "claim": "account_number", "invoice": "account_number",
	"policy": "health_plan_number", "group": "health_plan_number", "member": "health_plan_number",
	"plate": "vehicle_number", "serial": "device_number", "id": "unique_code", "license": "license_number", "dl": "license_number"}

// nameCue words introduce a name: "my name is Odalys", "Dear Bernadette", "assistant to X".
var nameCue = map[string]bool{"little": true, "baby": true, "named": true, "dear": true, "hi": true, "hello": true, "hey": true, "am": true,
	"i'm": true, "im": true, "called": true, "to": false, "ask": true, "meet": true, "mrs": false, "by": false,
	"client": true, "patient": true, // "our client Jordan, 11": a name that is also a place
	"says": true, "said": true} // a quotation's speaker: "says Bill Thornton, who had a stent placed"

// extraPersons adds names the lexicon-driven pass cannot see: "Oriana T. Vasquez-Reyes" (a
// middle initial), "my name is Odalys" (a cue), and, for patient-written text only,
// capitalized sequences such as "Zoltán Kertész" or "Ingvar Dahl" in mid-sentence.
func (s *scan) extraPersons() {
	d := &s.d
	if len(d.toks) == 0 {
		return
	}
	s.covered = growBool(s.covered, len(d.toks))
	covered := s.covered
	for _, p := range s.persons {
		for k := p.t0; k < p.t1; k++ {
			covered[k] = true
		}
	}
	nameLike := func(j int) bool {
		return j < len(d.toks) && !covered[j] && d.has(j, tWord) && d.has(j, tCap) && !d.caps && !d.has(j, tAllCap) &&
			!d.is(j, wNameStop|wMonth|wWeekday|wHonorific|wState|wStateName|wTLD|wCommon) && d.toks[j].id == 0 && d.toks[j].end-d.toks[j].start >= 2
	}
	extend := func(i int) int {
		j := i + 1
		for j < len(d.toks) && j < i+3 && !d.has(j, tSentStart) && (!d.has(j, tPunctGap) || d.toks[j-1].end-d.toks[j-1].start == 1 && d.gap(j) == ". ") {
			if d.toks[j].end-d.toks[j].start == 1 && d.has(j, tCap) && nameLike(j+1) {
				j += 2
				continue
			}
			if !nameLike(j) {
				break
			}
			j++
		}
		return j
	}
	added := s.added[:0]
	defer func() { s.added = added[:0] }()
	for i := 0; i < len(d.toks); i++ {
		if covered[i] {
			continue
		}
		if !(nameLike(i) || d.has(i, tWord) && d.has(i, tCap) && d.is(i, wFirst|wLast)) {
			continue
		}
		n := string(d.norm(i))
		// Cue: "my name is X", "Dear X"; not across a sentence end ("at 10 am. Conoce las salas").
		cue := i > 0 && !d.has(i, tSentStart) && (nameCue[string(d.norm(i-1))] || i > 1 && string(d.norm(i-1)) == "to" && praiseWord[string(d.norm(i-2))] || string(d.norm(i-1)) == "is" && i > 1 && string(d.norm(i-2)) == "name" ||
			string(d.norm(i-1)) == "to" && i > 1 && string(d.norm(i-2)) == "assistant")
		// "named Employee of the Month", "Nurse of the Year": a title.
		cue = cue && !(i+2 < len(d.toks) && string(d.norm(i+1)) == "of" && string(d.norm(i+2)) == "the")
		// "our patient Jasmine", but "our Patient Advocacy office" is a title.
		if cue && d.has(i-1, tCap) && (string(d.norm(i-1)) == "patient" || string(d.norm(i-1)) == "client") {
			cue = false
		}
		// Middle initial: "Oriana T. Vasquez-Reyes", "Teodora M Lindqvist".
		initial := i+2 < len(d.toks) && d.toks[i+1].end-d.toks[i+1].start == 1 && d.has(i+1, tCap) && nameLike(i+2) && !d.has(i+2, tSentStart)
		// "pick up Jake's forms": a capitalized unknown word with a possessive mid-sentence.
		// Not an eponym: "its link to Reye's syndrome".
		// Not after "our" or "the": "Our Auxiliary's famous sale" is a group's.
		poss := !s.loose && nameLike(i) && !d.has(i, tSentStart) && d.has(i, tPoss) && i+1 < len(d.toks) && d.has(i+1, tWord) && !d.has(i+1, tCap) &&
			!eponymHead[string(d.norm(i+1))] && !(i > 0 && (string(d.norm(i-1)) == "our" || string(d.norm(i-1)) == "the"))
		loose := s.loose && nameLike(i) && (!d.has(i, tSentStart) || nonASCII(d.raw(i)) || i+1 < len(d.toks) && nameLike(i+1) && !d.has(i+1, tSentStart)) &&
			(nonASCII(d.raw(i)) || i+1 < len(d.toks) && nameLike(i+1) && !d.has(i+1, tSentStart) || d.is(i, wLast|wFirst) && !d.is(i, wAmbiguous) ||
				!d.has(i, tSentStart)) ||
			s.loose && nameLike(i) && i+1 < len(d.toks) && strings.HasPrefix(d.gap(i+1), ":") ||
			// Sentence-initial name in patient text: "Bryce, can I...", "Quintessa lives on...".
			s.loose && nameLike(i) && d.has(i, tSentStart) && !d.is(i, wCommon) && i+1 < len(d.toks) &&
				(strings.HasPrefix(d.gap(i+1), ",") || d.is(i+1, wCommon) && !d.has(i+1, tCap))
		if !(nameLike(i) || d.has(i, tWord) && d.has(i, tCap) && d.is(i, wFirst|wLast)) || !(cue || initial || loose || poss) {
			continue
		}
		_ = n
		j := extend(i)
		added = append(added, person{t0: i, t1: j})
		for k := i; k < j; k++ {
			covered[k] = true
		}
		i = j - 1
	}
	for _, p := range added {
		s.addPerson(p.t0, p.t1, false)
	}
}

func nonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// signature: the name at tokens [t0, t1) signs a reply as someone who manages rather than
// treats: a dash or tilde before it and a title after it, at the end ("— Marcus Hale, Nurse
// Manager"). A clinician's signature ("— Jess, PT") still tells readers who treated the
// reader, and a dash in a post attributes a testimonial to a patient ("— Malik, 27").
func (s *scan) signature(t0, t1 int) bool {
	d := &s.d
	n := len(d.toks)
	if s.in.Kind == KindPost || t0 == 0 || t1 >= n || n-t1 > 4 {
		return false
	}
	g := d.gap(t0)
	if !strings.Contains(g, "~") && !strings.Contains(g, "—") && !strings.Contains(g, "–") && !strings.HasSuffix(strings.TrimRight(g, " "), "-") {
		return false
	}
	return signTitle[string(d.norm(n-1))]
}

// signTitle: last words of the titles of people who answer for the organization.
var signTitle = map[string]bool{"manager": true, "director": true, "coordinator": true,
	"administrator": true, "supervisor": true, "team": true, "office": true, "officer": true,
	"liaison": true, "advocate": true, "representative": true, "relations": true,
	"experience": true, "ceo": true, "president": true}

// eponymHead: words after a possessive name that make it the name of a disease, sign or test.
var eponymHead = map[string]bool{"syndrome": true, "disease": true, "palsy": true, "sign": true,
	"phenomenon": true, "disorder": true, "sarcoma": true, "lymphoma": true, "test": true,
	"maneuver": true, "manoeuvre": true, "law": true, "triad": true, "ulcer": true, "contracture": true}

var agePronoun = map[string]bool{"you": true, "you're": true, "you've": true, "she": true, "she's": true,
	"he": true, "he's": true, "they": true, "your": true, "her": true, "his": true, "their": true, "my": true}

var recurWord = map[string]bool{"every": true, "each": true, "most": true, "some": true, "any": true, "open": true, "closed": true}

// praiseWord: "congratulations to Jerome", "shout-out to Ana", "welcome to ..." is not one.
var praiseWord = map[string]bool{"congratulations": true, "congrats": true, "shoutout": true, "shout-out": true, "out": true, "kudos": true, "thanks": true}

// moneyVerb: a past billing action makes an amount in a reply the reader's ("refunded the $45").
var moneyVerb = map[string]bool{"refunded": true, "charged": true, "billed": true, "paid": true, "waived": true, "credited": true,
	"owed": true, "collected": true, "applied": true, "overcharged": true, "reimbursed": true, "refund": true, "adjusted": true, "wrote": true, "discounted": true,
	// Spanish: "los $800 corresponden a la corona", "le cobraron $45"
	"cobraron": true, "cobramos": true, "cobró": true, "corresponden": true, "corresponde": true,
	"reembolsamos": true, "reembolsaron": true, "pagó": true, "pagaron": true, "facturamos": true, "facturaron": true}

var weekday = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

func (s *scan) addPerson(t0, t1 int, doctor bool) {
	d := &s.d
	p := person{t0: t0, t1: t1, doctor: doctor}
	if s.placeOrInstitution(t0, t1) {
		return
	}
	if s.orgName(t0, t1) {
		// "the Little Sprouts family", "Hi Riverbend family!": the organization's own name,
		// read from its allow-listed web and email hosts.
		return
	}
	if s.staffAppositive(t0, t1) || s.staffRole(t0) && !s.yourBefore(t0) ||
		t0 > 1 && strings.HasPrefix(d.gap(t0), ",") && s.staffRole(t0-1) && string(d.norm(t0-2)) != "your" || // "our patient advocate, Dana Ortiz"
		t0 > 0 && s.staffRole(t0-1) && !s.yourBefore(t0-1) {
		// "ask for Sandra, our practice manager", "Meet Rosie, our office therapy dog",
		// "nurse Jenny Park", "our hygienist Maria" — but "your therapist, Jenna" names the
		// reader's own provider.
		p.staff = true
		p.provider = t0 > 0 && clinicalRole[string(d.norm(t0-1))]
	}
	if s.in.Kind == KindPost && s.sentStaffDay[d.toks[t0].sent] {
		// "Happy Dental Hygienist Appreciation Week to Kim, Rosa and Jen!"
		p.staff = true
	}
	for k := t0; k < t1; k++ {
		w := string(d.norm(k))
		if honorifics[w] || len(w) < 2 {
			continue
		}
		if s.revWords[w+"s"] {
			p.reviewer = true // "The Hendersons" thanked as "Henderson family"
		}
		if c, ok := s.g.staff[w]; ok {
			p.staff = true
			p.provider = p.provider || c
		}
		if found, c := hasStaff(s.in.Staff, w); found {
			p.staff = true
			p.provider = p.provider || c
		}
		if s.revWords[w] {
			p.reviewer = true
		}
		if s.ctxWords[foldedHash(d.norm(k))] {
			p.mentions = true
		}
		if s.ctxStaff[hashBytes(d.norm(k))] {
			p.staff, p.mentions = true, true
		}
	}
	if s.signature(t0, t1) {
		// "Thank you for the great review! — Marcus Hale, Nurse Manager": the person
		// replying, not the provider the reader saw, even when the staff directory lists a
		// clinical role ("nurse manager").
		p.staff, p.provider, p.doctor = true, false, false
	}
	s.persons = append(s.persons, p)
}

// orgName says whether the capitalized words [t0, t1) spell (letters only, at least five)
// part of the first label of one of the organization's allow-listed hosts
// ("Little Sprouts" in littlesproutspeds.com, "Riverbend" in riverbendhealth.org).
func (s *scan) orgName(t0, t1 int) bool {
	if len(s.allow.hosts) == 0 {
		return false
	}
	d := &s.d
	var buf [64]byte
	b := buf[:0]
	for k := t0; k < t1; k++ {
		for _, c := range d.norm(k) {
			if isAlpha(c) {
				b = append(b, c|0x20)
			}
		}
	}
	if len(b) < 5 {
		return false
	}
	for _, h := range s.allow.hosts {
		if i := strings.IndexByte(h, '.'); i > 0 {
			h = h[:i]
		}
		if strings.Contains(h, string(b)) {
			return true
		}
	}
	return false
}

// staffAppositive: a name after "meet", "ask for", "contact"... and followed by ", our <role>" introduces a member of the team
// ("Sandra, our practice manager"), unless the role is a patient's ("John, our patient").
func (s *scan) staffAppositive(t0, t1 int) bool {
	d := &s.d
	if t0 == 0 || t1 >= len(d.toks) || !strings.HasPrefix(d.gap(t1), ",") || string(d.norm(t1)) != "our" {
		return false
	}
	// Only where a team member is introduced or pointed to ("Meet Rosie, our...", "ask for
	// Sandra, our..."), not a greeting ("Hi Dana, our nurses...").
	switch string(d.norm(t0 - 1)) {
	case "meet", "for", "with", "contact", "call", "email", "introducing", "introduce", "welcomes", "welcoming":
	default:
		return false
	}
	for k := t1 + 1; k < len(d.toks) && k < t1+5 && !d.has(k, tSentStart); k++ {
		if d.has(k, tHasDigit) {
			return false // "Maya, our 15-year-old soccer star"
		}
		switch string(d.norm(k)) {
		case "patient", "patients", "client", "clients", "resident", "residents", "member", "members", "customer", "customers":
			return false
		}
	}
	return true
}

// rangeJoin are the words and dashes between the two ends of a span of hours, in English and
// Spanish.
var rangeJoin = map[string]bool{"-": true, "–": true, "—": true, "to": true, "until": true, "till": true,
	"through": true, "thru": true, "a": true, "hasta": true}

// timeRanges marks the time ids (indexed like s.ids) that are one end of a span of hours
// ("7am–4pm", "9 a.m. to 6 p.m."), which says when something is open, not when someone was
// seen: two times, in text order, with only a range join between them. Each time is compared
// with the next one only, so the cost stays linear in the number of times.
func (s *scan) timeRanges() []bool {
	s.ranged = growBool(s.ranged, len(s.ids))
	s.timeIdx = s.timeIdx[:0]
	for i, id := range s.ids {
		if id.rule == "time" {
			s.timeIdx = append(s.timeIdx, i)
		}
	}
	slices.SortFunc(s.timeIdx, func(a, b int) int { return s.ids[a].start - s.ids[b].start })
	for k := 1; k < len(s.timeIdx); k++ {
		a, b := s.ids[s.timeIdx[k-1]], s.ids[s.timeIdx[k]]
		if a.end > b.start || b.start-a.end > 8 {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(strings.TrimLeft(s.in.Text[a.end:b.start], ".")))
		if rangeJoin[gap] {
			s.ranged[s.timeIdx[k-1]], s.ranged[s.timeIdx[k]] = true, true
		}
	}
	return s.ranged
}

// thirdPerson are the words that tell something about a person in the third person.
var thirdPerson = map[string]bool{"who": true, "who's": true, "whose": true, "he": true, "she": true, "his": true,
	"her": true, "he's": true, "she's": true, "they're": true, "their": true, "him": true}

// possessedMessage explains a body part or care word that counts only because it is the
// reader's ("your knee", "your results", "your new contacts"): the category's own message would
// call "contacts" a condition.
const possessedMessage = "This refers to the reader's own body, treatment or results (\"your knee\", \"your results\"), which tells readers they were cared for and for what. Speak in general terms instead."

// onePatientStory: post sentence k tells one person's care: it points at one person who is
// not on staff ("a visitor from Ohio", "our very own CEO", "the 8-year-old", "he") and either
// says when ("this morning", "Saturday") or what the team did ("treated", "delivered"). The
// health words in it are then that person's, even with no name: "We treated a visitor from
// Ohio for a jellyfish sting this morning." Education, campaigns and events point at no one
// ("Flu shots Saturday for everyone 6 months and up").
func (s *scan) onePatientStory(k int32) bool {
	d := &s.d
	bits := s.sent[k]
	if bits&(phGeneric|phBusiness) != 0 {
		return false
	}
	if !s.storyDone {
		s.storyDone = true
		s.sentOne = growBool(s.sentOne, d.nsent)
		s.sentCare = growBool(s.sentCare, d.nsent)
		s.sentEvery = growBool(s.sentEvery, d.nsent)
		s.sentFrom = growBool(s.sentFrom, d.nsent)
		staff := false
		for _, p := range s.persons {
			staff = staff || p.staff || p.doctor
		}
		for i := range d.toks {
			w := string(d.norm(i))
			sent := d.toks[i].sent
			switch {
			case onePronoun[w] && !staff:
				s.sentOne[sent] = true
			case onePerson[w] && i > 0 && oneDet[string(d.norm(i-1))]:
				s.sentOne[sent] = true
			case i > 1 && onePerson[w] && oneDet[string(d.norm(i-2))] && !d.has(i-1, tSentStart),
				i > 2 && onePerson[w] && oneDet[string(d.norm(i-3))] && !d.has(i-1, tSentStart) && !d.has(i-2, tSentStart):
				s.sentOne[sent] = true // "a young mom", "our own CEO", "the Central High sophomore"
			case w == "old" && i > 1 && ageUnit[string(d.norm(i-1))] && d.has(i-2, tNum):
				s.sentOne[sent] = true // "the 8-year-old", "a 3-day-old"
			case careDone[w]:
				s.sentCare[sent] = true
			}
			if w == "every" || w == "each" {
				s.sentEvery[sent] = true // "He visits the pediatric floor every Friday"
			}
			if w == "from" && s.hometownAt(i+1) {
				s.sentFrom[sent] = true // "a retired mail carrier from Oak Hollow"
			}
		}
	}
	if !s.sentOne[k] {
		return false
	}
	if s.sentCare[k] || s.sentFrom[k] {
		return true
	}
	if s.sentEvery[k] {
		return false
	}
	if bits&phDateRel != 0 {
		return true
	}
	for _, id := range s.ids {
		if id.sent == k && (id.rule == "date" || id.rule == "time") {
			return true
		}
	}
	return false
}

// hometownAt: token i starts a capitalized place name that says where someone lives ("from
// Riverton", "from Oak Hollow"), not an institution ("from Mercy Hospital"), a person ("from
// Dr. Ahn") or a time ("from Monday").
func (s *scan) hometownAt(i int) bool {
	d := &s.d
	if i >= len(d.toks) || !d.has(i, tWord) || !d.has(i, tCap) || d.has(i, tSentStart) ||
		d.is(i, wHonorific|wMonth|wWeekday|wNameStop) {
		return false
	}
	if w := string(d.norm(i)); w == "our" || w == "the" {
		return false
	}
	for k := i + 1; k < len(d.toks) && k <= i+2 && d.has(k, tCap); k++ {
		switch string(d.norm(k)) {
		case "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr":
			return false // "back to Main Street": a street, named elsewhere ("Maple Ridge" is a town)
		}
	}
	return !s.institutionIn(i-1, min(i+3, len(d.toks)-1))
}

var ageUnit = map[string]bool{"year": true, "month": true, "week": true, "day": true}

// onePronoun, oneDet + onePerson: words that point at one person.
var onePronoun = map[string]bool{"he": true, "she": true, "him": true, "his": true, "himself": true, "herself": true, "he's": true, "she's": true}
var oneDet = map[string]bool{"a": true, "an": true, "the": true, "our": true, "this": true, "one": true, "own": true}
var onePerson = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "baby": true, "toddler": true,
	"teen": true, "teenager": true, "student": true, "visitor": true, "tourist": true, "driver": true, "worker": true,
	"runner": true, "player": true, "director": true, "ceo": true, "mom": true, "dad": true, "mother": true, "father": true,
	"grandmother": true, "grandfather": true, "grandma": true, "grandpa": true, "veteran": true, "neighbor": true,
	"cyclist": true, "hiker": true, "swimmer": true, "golfer": true, "farmer": true, "firefighter": true, "officer": true,
	"teacher": true, "guest": true, "gentleman": true, "lady": true, "kid": true, "son": true, "daughter": true,
	"newborn": true, "infant": true, "senior": true, "retiree": true, "fan": true, "hero": true, "mayor": true,
	"principal": true, "pastor": true, "athlete": true, "sophomore": true, "freshman": true, "quarterback": true, "pitcher": true, "camper": true,
	"artist": true, "musician": true, "carrier": true, "foreman": true, "mechanic": true, "patient": true}

// careDone: past acts of care by the team.
var careDone = map[string]bool{"treated": true, "cared": true, "delivered": true, "admitted": true, "stitched": true,
	"resuscitated": true, "airlifted": true, "transported": true, "operated": true, "stabilized": true,
	"discharged": true, "revived": true, "intubated": true}

// bareDay: the date is one month or weekday name, with no day number. In a reply sentence
// with no health term and nothing about the reader or a relative, it dates the
// organization's plans ("adding a new physician in June"), not a visit.
func (s *scan) bareDay(id idHit) bool {
	d := &s.d
	i := d.tokAt(id.start)
	if i >= len(d.toks) || d.toks[i].end != id.end {
		return false
	}
	return d.is(i, wMonth|wWeekday)
}

// dayOfTreat: a bare weekday naming a weekly menu item or activity ("their Friday frybread",
// "the Friday fish tacos", "Taco Tuesday", "Wednesday yoga"), which belongs to everyone.
func (s *scan) dayOfTreat(id idHit) bool {
	if !s.bareDay(id) {
		return false
	}
	d := &s.d
	i := d.tokAt(id.start)
	if !d.is(i, wWeekday) {
		return false
	}
	return i+1 < len(d.toks) && weeklyTreat[string(d.norm(i+1))] && !d.has(i+1, tSentStart) ||
		i > 0 && weeklyTreat[string(d.norm(i-1))] && !d.has(i, tSentStart)
}

// weeklyTreat: what a cafeteria or a community calendar offers on a weekday.
var weeklyTreat = map[string]bool{"taco": true, "tacos": true, "fish": true, "frybread": true, "pizza": true,
	"soup": true, "special": true, "specials": true, "menu": true, "lunch": true, "brunch": true,
	"breakfast": true, "donuts": true, "doughnuts": true, "bagels": true, "dessert": true, "bbq": true,
	"barbecue": true, "market": true, "yoga": true, "bingo": true, "trivia": true, "music": true,
	"treats": true, "treat": true, "chili": true, "burgers": true, "pancakes": true, "cookies": true}

// placeOrInstitution: the capitalized words [t0, t1) that look like a name are a place or an
// institution: "San Antonio", "Fort Wayne", "our Wayne location", "the Harmon Family
// Foundation", "Johns Hopkins".
func (s *scan) placeOrInstitution(t0, t1 int) bool {
	d := &s.d
	if t1 < len(d.toks) && d.is(t1, wStreet) && d.has(t1, tCap) && !d.has(t1, tSentStart) && d.gap(t1) == " " && !d.is(t1, wHonorific) {
		return true // "the lot off Lowell Avenue"
	}
	if t0 > 0 && placePrefix[string(d.norm(t0-1))] && d.has(t0-1, tCap) && !d.is(t0, wHonorific) {
		return true // "Los Alamos", but not "La Dra. Ibáñez"
	}
	if t1 < len(d.toks) && t0 > 0 && orgPlace[string(d.norm(t1))] && (string(d.norm(t0-1)) == "our" || string(d.norm(t0-1)) == "the") {
		return true
	}
	if t1+1 < len(d.toks) && familyWord[string(d.norm(t1))] && institutionWord[string(d.norm(t1+1))] {
		return true
	}
	if t1 < len(d.toks) && d.has(t1, tJoined) && d.has(t1, tCap) && strings.HasPrefix(d.gap(t1), "-") && areaWord[string(d.norm(t1))] {
		return true // "Tri-County Medical Center", "Mid-Valley"
	}
	if t0 > 0 && programWord[string(d.norm(t0-1))] && !d.has(t0-1, tCap) && t1-t0 >= 2 {
		return true // "nuestro programa Dulce Vida", "the program Healthy Steps"
	}
	if t1-t0 == 2 && institutionNames[string(d.norm(t0))+" "+string(d.norm(t0+1))] {
		return true
	}
	for k := t0 + 1; k <= t1 && k < len(d.toks); k++ {
		if eventTitle[string(d.norm(k))] && d.has(k, tCap) && !d.has(k, tSentStart) {
			return true // "the Teddy Bear Tour", "the Jenny Lind Fun Run"
		}
	}
	if t0 > 0 && d.has(t0-1, tCap) && !d.has(t0, tSentStart) && s.orgName(t0-1, t1) {
		return true // "the Little Oaks team" with littleoakspeds.com
	}
	return false
}

// areaWord: a region word that a hyphenated prefix turns into a place's name ("Tri-County",
// "Mid-Valley", "Bi-State").
var areaWord = map[string]bool{"county": true, "counties": true, "valley": true, "state": true, "states": true,
	"city": true, "cities": true, "lakes": true, "river": true, "rivers": true, "area": true, "region": true,
	"town": true, "towns": true, "coast": true, "island": true, "islands": true, "plains": true}

// programWord: a lower-case word that a program's or campaign's title follows, as Spanish
// puts it ("el programa Dulce Vida") and English sometimes does.
var programWord = map[string]bool{"program": true, "programme": true, "programa": true, "proyecto": true,
	"campaign": true, "campaña": true, "iniciativa": true, "initiative": true, "curso": true, "clase": true, "clases": true}

// institutionIn: a capitalized word after the first of tokens [t0, t1], the token after
// the span included, makes the words an institution's name ("Granite Falls Medical Center",
// "Cedar Rapids Hospital"), not a street.
func (s *scan) institutionIn(t0, t1 int) bool {
	d := &s.d
	for i := t0 + 1; i <= t1 && i < len(d.toks); i++ {
		if !d.has(i, tCap) {
			continue
		}
		switch w := string(d.norm(i)); w {
		case "medical", "hospital", "health", "regional", "memorial", "community", "urgent", "university", "clinic", "clinics":
			return true
		}
	}
	return false
}

// eventTitle: a capitalized word that makes the words before it an event's name.
var eventTitle = map[string]bool{"tour": true, "run": true, "walk": true, "gala": true, "fair": true, "drive": true,
	"classic": true, "festival": true, "party": true, "picnic": true, "challenge": true, "dash": true, "ball": true,
	"bash": true, "luncheon": true, "breakfast": true, "night": true, "day": true, "week": true, "month": true,
	"award": true, "awards": true, "scholarship": true, "lecture": true, "series": true, "clinic": true}

var placePrefix = map[string]bool{"san": true, "santa": true, "saint": true, "st": true, "fort": true, "ft": true,
	"port": true, "mount": true, "mt": true, "lake": true, "glen": true, "los": true, "las": true, "el": true, "la": true,
	"new": true, "north": true, "south": true, "east": true, "west": true, "upper": true, "lower": true}
var institutionWord = map[string]bool{"foundation": true, "fund": true, "trust": true, "center": true, "centre": true,
	"institute": true, "practice": true, "pharmacy": true, "clinic": true, "dental": true, "medicine": true, "scholarship": true}
var institutionNames = map[string]bool{"johns hopkins": true, "sloan kettering": true, "md anderson": true,
	"ronald mcdonald": true, "kaiser permanente": true, "cedars sinai": true, "mount sinai": true}

// staffRole: token k is a staff role that makes the name after it a team member ("nurse
// Jenny Park"). "Coach" used as a title ("Coach Ray Dawson from Central High") is a sports
// coach from the community, often the patient of a post; only a health or wellness coach
// ("our health coach Maria") is staff.
func (s *scan) staffRole(k int) bool {
	d := &s.d
	w := string(d.norm(k))
	if !roleWord[w] {
		return false
	}
	if w == "coach" {
		return k > 0 && coachKind[string(d.norm(k-1))]
	}
	return true
}

var coachKind = map[string]bool{"health": true, "wellness": true, "lactation": true, "diabetes": true, "nutrition": true,
	"fitness": true, "recovery": true, "peer": true, "care": true, "our": true, "birth": true, "sleep": true, "life": true}

// yourBefore: "your" comes just before token i, or one word earlier ("your physical therapist").
func (s *scan) yourBefore(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if string(d.norm(k)) == "your" {
			return true
		}
	}
	return false
}

// moneyIn: sentence k holds a past billing action; *m caches sentencesWith(moneyVerb) for the
// rest of the check.
func (s *scan) moneyIn(m *[]bool, k int32) bool {
	if *m == nil {
		s.sentMoney = s.sentencesWith(moneyVerb, s.sentMoney)
		*m = s.sentMoney
	}
	return (*m)[k]
}
