package profanity

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// scanner walks a text once, token by token.
type scanner struct {
	text    string
	matches []Match

	// tok holds the normalized current token: a token longer than 64
	// bytes is never looked up. It is an array, not a slice into a
	// buffer of the scanner's own, so the scanner stays on Find's stack.
	tok  [64]byte
	prev [2]word
	memo memo
	// pending single-letter tokens ("f u c k") waiting to be joined.
	spaced      []byte
	spacedStart int
	spacedEnd   int
	spacedN     int
	// the previous multi-letter token, for two-word joins ("ass hole").
	last    word
	lastEnd int
}

// word remembers a recent token: its span and the length of its
// normalized text (0 for a token that is not a word, or longer than
// maxWord). The text itself is folded from the input again on the rare
// occasions it is read, instead of being copied for every token.
type word struct {
	n          int
	start, end int
	matched    bool
}

const maxWord = 24

// set records the token t[start:end], whose normalized text is b (nil
// for a token that is not a word).
func (w *word) set(b []byte, start, end int) {
	w.n = len(b)
	if len(b) > maxWord {
		w.n = 0
	}
	w.start, w.end = start, end
	w.matched = false
}

// text returns w's normalized text, folding it from t into dst: a
// token's normalized text is folded[] of each of its bytes.
func (w *word) text(t string, dst *[maxWord]byte) []byte {
	b := dst[:w.n]
	for k := range b {
		b[k] = folded[t[w.start+k]]
	}
	return b
}

// class of a byte inside a token.
const (
	sep = iota
	letter
	leet
	mask
	other
)

// classes and folded are classify and the normalization of a token byte
// (lower∘unleet, and '*' for a mask) as tables: the scan looks every byte
// up once instead of branching through a switch.
var classes, folded = func() (c [256]uint8, f [256]byte) {
	for i := 0; i < 256; i++ {
		c[i] = uint8(classifySlow(byte(i)))
		f[i] = lower(unleet(byte(i)))
		if c[i] == mask {
			f[i] = '*'
		}
	}
	return
}()

// Lanes of classCounts: one byte each, enough for a token of at most 64
// bytes. The low 16 bits of an entry hold the byte's folded form, so one
// load gives both; their sum over a token stays below bit 16.
const (
	laneLetter = 16 + 8*iota
	laneUpper  // upper-case letters
	laneLeet
	laneOne // '1' and '|', which may also stand for l
	laneMask
	laneOther
)

// classCounts adds one to the lanes of a byte's class, so a token's
// counts are one addition per byte, and holds folded[c] below them.
var classCounts = func() (m [256]uint64) {
	for i := range m {
		c := byte(i)
		switch classifySlow(c) {
		case letter:
			m[i] = 1 << laneLetter
			if c <= 'Z' {
				m[i] |= 1 << laneUpper
			}
		case leet:
			m[i] = 1 << laneLeet
			if c == '1' || c == '|' {
				m[i] |= 1 << laneOne
			}
		case mask:
			m[i] = 1 << laneMask
		case other:
			m[i] = 1 << laneOther
		}
		m[i] |= uint64(folded[i])
	}
	return
}()

func lane(counts uint64, l int) int { return int(counts >> l & 0xff) }

func classify(c byte) int { return int(classes[c]) }

func classifySlow(c byte) int {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return letter
	case c == '0', c == '1', c == '3', c == '4', c == '5', c == '6', c == '7', c == '8', c == '9', c == '@', c == '$', c == '!', c == '|', c == '+':
		return leet
	case c == '*', c == '#':
		return mask
	case c >= '2' && c <= '9':
		return other
	case c >= 0x80:
		return other
	}
	return sep
}

func unleet(c byte) byte {
	switch c {
	case '0':
		return 'o'
	case '1', '!', '|':
		return 'i'
	case '3':
		return 'e'
	case '4', '@':
		return 'a'
	case '5', '$':
		return 's'
	case '6', '9':
		return 'g'
	case '7', '+':
		return 't'
	case '8':
		return 'b'
	}
	return c
}

func (s *scanner) run() {
	t := s.text
	i := 0
	for i < len(t) {
		if classes[t[i]] == sep {
			i++
			continue
		}
		j := i + 1
		for j < len(t) && classes[t[j]] != sep {
			j++
		}
		s.token(i, j)
		i = j
	}
	s.flushSpaced()
}

// decoration marks the bytes token trims as punctuation: decoLead at the
// start of a token, decoTrail at its end.
var decoration = func() (m [256]uint8) {
	for _, c := range []byte("*#!|") {
		m[c] |= decoLead
	}
	for _, c := range []byte("!#|") {
		m[c] |= decoTrail
	}
	return
}()

const (
	decoLead = 1 << iota
	decoTrail
)

// token handles one maximal run of non-separator bytes t[i:j].
func (s *scanner) token(i, j int) {
	t := s.text
	// Trim decoration that is punctuation, not obfuscation: leading masks
	// and bangs ("*fuck*", "!!"), trailing bangs and hashes ("shit!!").
	for i < j && decoration[t[i]]&decoLead != 0 {
		i++
	}
	for j > i && (decoration[t[j-1]]&decoTrail != 0 || t[j-1] == '1' && j-i > 1 && isLetterRun(t[i:j-1])) {
		j--
	}
	if i >= j {
		return
	}
	// separated single letters accumulate ("f u c k", "s.h.i.t").
	gap := i - s.spacedEnd
	if j-i == 1 && classify(t[i]) != other && classify(t[i]) != mask {
		// letters spelled out are spaced, dotted, dashed or underscored;
		// "c/o o/n" is two clinical abbreviations, not "coon".
		if s.spacedN == 0 || gap != 1 || !spelledGap(t[i-1]) {
			s.flushSpaced()
			s.spacedStart = i
		}
		s.spaced = append(s.spaced, lower(unleet(t[i])))
		s.spacedEnd = j
		s.spacedN++
		s.pushPrev(s.spaced[len(s.spaced)-1:], i, j)
		return
	}
	if s.spacedN > 0 { // flushing nothing is a no-op; most tokens follow a word, not a letter
		s.flushSpaced()
	}

	// A token that is too long, or holds a byte of no class we read
	// (the digit 2, non-ASCII), is never a word we look up: decide
	// that before normalizing the rest of it.
	if j-i > 64 {
		s.skipToken(i, j)
		return
	}
	// One table-driven pass normalizes the token, counts its byte
	// classes and profiles it for lookup.
	buf := s.tok[:j-i]
	counts, q := normalize(buf, t[i:j])
	if lane(counts, laneOther) > 0 {
		s.skipToken(i, j)
		return
	}
	letters, upper, leets := lane(counts, laneLetter), lane(counts, laneUpper), lane(counts, laneLeet)
	ones, wild := lane(counts, laneOne), lane(counts, laneMask)
	title := upper == 1 && t[i] >= 'A' && t[i] <= 'Z'
	caps := upper == letters && letters > 1
	// "900cc", "45S" and "D5" are quantities, not "gookk" and "ass": a
	// token that starts with a digit needs more letters than digits.
	digitLead := t[i] >= '0' && t[i] <= '9' && letters <= leets
	// "@$$" is letters spelled in symbols only: a token of three or more
	// look-alikes that starts with "@" is read like one with letters.
	symbols := letters == 0 && t[i] == '@' && wild == 0 && leets >= 3
	if letters == 0 && !symbols || digitLead {
		s.skipToken(i, j)
		return
	}
	var e *entry
	compound, variant := false, leets > 0
	switch {
	case wild > 0:
		// "#'S***" is a possessive with decoration, not a masked word.
		if wild < len(buf) && len(buf) >= 3 && buf[0] != '*' && (i == 0 || t[i-1] != '\'') {
			e = lex.wild(buf)
			variant = true
		}
	default:
		var how int
		e, how = s.lookup(len(buf), q)
		if e == nil && ones > 0 {
			// the variant with 1 and | read as l ("a11", "bu||s"), made
			// only for the few tokens that have them.
			var ab [64]byte
			alt := ab[:copy(ab[:], buf)]
			for k := i; k < j; k++ {
				if t[k] == '1' || t[k] == '|' {
					alt[k-i] = 'l'
				}
			}
			e, how = lex.lookup(alt)
		}
		if e == nil && leets > 0 && len(buf) >= 4 {
			e, how = atMask(buf, t[i:j])
		}
		compound = how == byCompound
		variant = variant || how == byVariant
	}
	// A disguised spelling ("c0ck") never has the innocent reading, so the
	// innocent contexts of its term ("cock and bull") do not apply.
	if e != nil && (protected[string(buf)] || !compound && (!s.allowed(buf, e, title, caps, variant) || !variant && s.innocentContext(e.term, buf, j))) {
		e = nil
	}
	// three-word phrases ("bust a nut", "suck my balls") and a one-letter
	// first word joined by a hyphen ("a-hole").
	if wild == 0 && len(buf) > 1 && (lex.ends3[buf[len(buf)-2]&31][buf[len(buf)-1]&31] && s.prev[0].n > 1 &&
		lex.starts3[folded[t[s.prev[0].start]]&31][folded[t[s.prev[0].start+1]]&31] && s.joinThree(buf, e, i, j) ||
		s.prev[1].n == 1 && s.joinLetter(buf, e, i, j)) {
		s.pushPrev(buf, i, j)
		s.last.set(buf, i, j)
		return
	}
	// two-word joins: "ass hole", "mother fucker", "blow job".
	if s.last.n > 1 && len(buf) > 1 && s.last.end < i && i-s.last.end <= 2 && wild == 0 && plainGap(t[s.last.end:i]) &&
		lex.shape.mayJoined(folded[t[s.last.start]], folded[t[s.last.start+1]], s.last.n, buf) {
		var lb [maxWord]byte
		last := s.last.text(t, &lb)
		var jb [96]byte
		jn := copy(jb[:], last)
		jn += copy(jb[jn:], buf)
		je, ok := lex.forms[string(jb[:jn])]
		// a word already inside an earlier join ("bitch shit" then "shit
		// ass") does not start another: spans never overlap.
		overlap := !s.last.matched && len(s.matches) > 0 && s.matches[len(s.matches)-1].End > s.last.start
		if ok && !overlap && !je.ctx && !lex.noJoin[string(jb[:jn])] && (e == nil || je.sev.Rank() >= e.sev.Rank()) &&
			(t[s.last.end:i] == "-" || !lex.hyphenOnly[string(jb[:jn])] &&
				(lex.joinable[string(jb[:jn])] || e != nil || s.last.matched || lex.partOf(last) || lex.partOf(buf))) {
			if s.last.matched && len(s.matches) > 0 {
				s.matches = s.matches[:len(s.matches)-1]
			}
			s.matches = append(s.matches, Match{Term: je.term, Start: s.last.start, End: j, Severity: je.sev})
			s.pushPrev(buf, i, j)
			s.last.set(buf, i, j)
			s.last.matched = false
			return
		}
	}
	if e != nil {
		s.matches = append(s.matches, Match{Term: e.term, Start: i, End: j, Severity: e.sev})
	}
	s.pushPrev(buf, i, j)
	s.last.set(buf, i, j)
	s.last.matched = e != nil
}

// atMask reads each "@" after the first letter of the token src (buf
// normalized) as a mask: "@" stands for any vowel, not only a, so "f@ck"
// and "c@nt" are "f*ck" and "c*nt". The first letter stays ("@ss" is read
// as letters). It is kept out of token, whose hot path it would slow.
//
//go:noinline
func atMask(buf []byte, src string) (*entry, int) {
	if strings.IndexByte(src[1:], '@') < 0 {
		return nil, byForm
	}
	var ab [64]byte
	alt := ab[:copy(ab[:], buf)]
	for k := 1; k < len(src); k++ {
		if src[k] == '@' {
			alt[k] = '*'
		}
	}
	if e := lex.wild(alt); e != nil {
		return e, byVariant
	}
	return nil, byForm
}

// normalize writes the folded bytes of src to dst (as long as src) and
// returns their classCounts and profiler, valid when there is no mask:
// then dst is all letters. It is a function of its own so its few values
// stay in registers instead of competing with the whole of token.
//
//go:noinline
func normalize(dst []byte, src string) (counts uint64, q profiler) {
	dst = dst[:len(src)]
	for r := 0; r < len(src); r++ {
		v := classCounts[src[r]]
		counts += v
		n := byte(v) // folded[c]
		dst[r] = n
		q = q.add(n)
	}
	return counts, q
}

// joinThree matches a three-word form ending in the current token buf
// (t[i:j]), whose own entry is e: "choke the chicken", "bust a nut",
// "suck my balls". The phrase replaces matches inside it unless one of
// them, or e, is more severe ("suck my cunt" stays cunt).
func (s *scanner) joinThree(buf []byte, e *entry, i, j int) bool {
	t := s.text
	p0, p1 := &s.prev[0], &s.prev[1]
	if p0.n < 2 || p1.n == 0 || p0.end >= p1.start || p1.end >= i ||
		!plainGap(t[p0.end:p1.start]) || !plainGap(t[p1.end:i]) ||
		!lex.shape3.mayJoined(folded[t[p0.start]], folded[t[p0.start+1]], p0.n+p1.n, buf) {
		return false
	}
	var b0, b1 [maxWord]byte
	var jb [2*maxWord + 64]byte
	jn := copy(jb[:], p0.text(t, &b0))
	jn += copy(jb[jn:], p1.text(t, &b1))
	jn += copy(jb[jn:], buf)
	if !lex.joinable3[string(jb[:jn])] {
		return false
	}
	return s.replaceWith(lex.forms[string(jb[:jn])], e, p0.start, j)
}

// joinLetter matches a form spelled as one letter, a hyphen and a word
// ("a-hole"); only the hyphen joins: "a hole" is an ordinary hole.
func (s *scanner) joinLetter(buf []byte, e *entry, i, j int) bool {
	p := &s.prev[1]
	if p.n != 1 || p.end != i-1 || s.text[p.end] != '-' || len(buf) < 3 {
		return false
	}
	var jb [65]byte
	jb[0] = folded[s.text[p.start]]
	jn := 1 + copy(jb[1:], buf)
	if !lex.shape.may(jb[:jn]) {
		return false
	}
	je, ok := lex.forms[string(jb[:jn])]
	return ok && s.replaceWith(je, e, p.start, j)
}

// replaceWith records je for the span start..j in place of the matches
// inside it, when je is a usable joined form no less severe than them or
// than e, the current token's own entry.
func (s *scanner) replaceWith(je, e *entry, start, j int) bool {
	if je == nil || je.ctx || e != nil && e.sev.Rank() > je.sev.Rank() {
		return false
	}
	k := len(s.matches)
	for k > 0 && s.matches[k-1].End > start {
		if s.matches[k-1].Start < start || s.matches[k-1].Severity.Rank() > je.sev.Rank() {
			return false
		}
		k--
	}
	s.matches = append(s.matches[:k], Match{Term: je.term, Start: start, End: j, Severity: je.sev})
	return true
}

// memo remembers the words lookup found clean. A reply repeats its words
// ("you", "the", "team", "our": almost half of a typical reply's tokens
// are repeats), and lookup is a pure function of the word, so a repeat is
// answered without profiling, hashing and skeleton-building it again.
// Each slot holds a word of up to 15 bytes, zero-padded, with its length
// in the top byte; a zero slot is empty. Only clean words are kept: they
// are almost all words, and a slot without a pointer costs no write
// barrier.
type memo [128][2]uint64

// memoKey returns the slot index and key of w (at most 15 bytes), read
// from the scanner's token array with the bytes past w masked off.
func (s *scanner) memoKey(n int) (int, [2]uint64) {
	k0 := binary.LittleEndian.Uint64(s.tok[0:8])
	k1 := binary.LittleEndian.Uint64(s.tok[8:16])
	if n < 8 {
		k0 &= 1<<(8*n) - 1
		k1 = 0
	} else {
		k1 &= 1<<(8*(n-8)) - 1
	}
	k1 |= uint64(n) << 56
	h := (k0*0x9e3779b97f4a7c15 ^ k1*0xc2b2ae3d27d4eb4f) >> 57
	return int(h & (uint64(len(s.memo)) - 1)), [2]uint64{k0, k1}
}

// lookup is lex.lookupProfiled for the token s.tok[:n] with profiler q,
// through the memo of clean words.
func (s *scanner) lookup(n int, q profiler) (*entry, int) {
	w := s.tok[:n]
	if n > 15 {
		return lex.lookupProfiled(w, q.profile(w))
	}
	slot, key := s.memoKey(n)
	if s.memo[slot] == key {
		return nil, byForm
	}
	e, how := lex.lookupProfiled(w, q.profile(w))
	if e == nil {
		s.memo[slot] = key
	}
	return e, how
}

// skipToken records a token that cannot be profane ("900cc", "£50",
// "2nd"): it still separates its neighbours, which never join across it.
func (s *scanner) skipToken(i, j int) {
	s.pushPrev(nil, i, j)
	s.last.n, s.last.matched = 0, false
}

// isLetterRun reports whether b is all ASCII letters (so a trailing "1" in
// "shit1" is a typo'd bang, but "b1" keeps it).
func isLetterRun(b string) bool {
	for i := 0; i < len(b); i++ {
		if classify(b[i]) != letter {
			return false
		}
	}
	return len(b) > 2
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// respellings are the spellings people use to dodge filters that match
// "fuck" and "shit" literally; lookup retries a word with them undone.
var respellings = []struct{ from, to string }{
	{"ph", "f"}, {"fvck", "fuck"}, {"fxck", "fuck"}, {"fcuk", "fuck"}, {"fucc", "fuck"},
	{"fukk", "fuck"}, {"fuqq", "fuck"}, {"fuq", "fuck"}, {"fugg", "fuck"}, {"fuk", "fuck"},
	{"fck", "fuck"}, {"fuc", "fuck"}, {"fukc", "fuck"}, {"shyt", "shit"}, {"sht", "shit"},
	{"biatch", "bitch"}, {"biotch", "bitch"}, {"bytch", "bitch"}, {"z", "s"}, {"kk", "ck"},
}

// How lookup reached an entry: the word as written, a compound of stems
// and fillers, or a respelled, squeezed or skeleton variant (which shows
// the writer meant the vulgar sense, so ctx words count without a lead-in).
const (
	byForm = iota
	byCompound
	byVariant
)

// lookup resolves a normalized word: exact form, then compound, then the
// same with repeated letters squeezed ("fuuuck", "shiiiit"), then with
// common respellings undone ("phuk", "fvcking") or an inflection dropped,
// then by phonetic skeleton ("kunt", "niggah", "btch").
func (t *table) lookup(w []byte) (*entry, int) {
	return t.lookupProfiled(w, profileOf(w))
}

// lookupProfiled is lookup for a word whose profile is known.
func (t *table) lookupProfiled(w []byte, p profile) (*entry, int) {
	e, how := t.lookup2(w, p)
	if e != nil {
		if innocentEmbeddings[string(w)] {
			return nil, byForm
		}
		return e, how
	}
	if len(w) < 3 || len(w) > maxCompound {
		return nil, byForm
	}
	var sb [2 * maxCompound]byte
	var k []byte
	if p.special() {
		// the profile already knows a letter is rewritten: skip
		// skeleton's own check for a plain word.
		k = skelEnding(skelLetters(sb[:0], w), 0)
	} else if cut, repl := skelEndingRule(w); cut == 0 {
		// A plain word with no slang ending is its own skeleton: look
		// it up as it is instead of copying it, which is most words.
		k = w
	} else {
		k = append(append(sb[:0], w[:len(w)-cut]...), repl...)
	}
	if len(k) >= 3 && t.skelShape.may(k) {
		if e, ok := t.skel[string(k)]; ok && !innocentSkeleton[string(w)] && !innocentEmbeddings[string(w)] {
			return e, byVariant
		}
	}
	return nil, byForm
}

func (t *table) lookup2(w []byte, p profile) (*entry, int) {
	if e, how := t.lookup1(w, p.run(), p.stem()); e != nil {
		return e, how
	}
	if len(w) < 4 || len(w) > maxCompound {
		return nil, byForm
	}
	// The bigram flag is only a hint ("sh" starts "shyt" and "share");
	// mayRespell confirms some respelling really occurs. When none does,
	// the respelled word is w itself, which lookup1 has just rejected.
	if p.respell() && mayRespell(w) {
		cur := string(w)
		for _, r := range respellings {
			if strings.Contains(cur, r.from) {
				cur = strings.ReplaceAll(cur, r.from, r.to)
			}
		}
		var rb [2 * maxCompound]byte
		if len(cur) <= len(rb) {
			if e, how := t.lookup1(append(rb[:0], cur...), longestRun([]byte(cur)), true); e != nil {
				if how == byForm {
					how = byVariant
				}
				return e, how
			}
		}
	}
	if p.embed() {
		if e := embedded(w); e != nil {
			return e, byCompound
		}
	}
	// plurals of forms that are not stems: "nutsacks", "wetbacks" (only
	// plurals of long forms: "spiked" and "proning" are clinical words)
	if c := w[len(w)-1]; c != 's' && c != 'z' {
		return nil, byForm // every suffix below ends in s or z
	}
	for _, suf := range [...]string{"s", "es", "z"} {
		if n := len(w) - len(suf); n >= 5 && string(w[n:]) == suf && t.shape.may(w[:n]) {
			if e, ok := t.forms[string(w[:n])]; ok && !e.ctx && !e.name {
				return e, byForm
			}
		}
	}
	return nil, byForm
}

// lookup1 tries the exact form, the compound analysis and the squeezed
// form. stemmy is false only when the caller knows no compound stem can
// occur in w (profile.stem), which spares the compound analysis for most
// words.
func (t *table) lookup1(w []byte, run int, stemmy bool) (*entry, int) {
	if t.shape.may(w) {
		if e, ok := t.forms[string(w)]; ok {
			return e, byForm
		}
	}
	if stemmy {
		if e := t.compound(w); e != nil {
			return e, byCompound
		}
	}
	if run < 2 {
		return nil, byForm
	}
	var cb [64]byte
	c := cb[:0]
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		c = append(c, w[i])
	}
	if t.shape.may(c) {
		// short forms need a run of three: "cook" is not "cok".
		if e, ok := t.collapsed[string(c)]; ok && (len(c) >= 4 || run >= 3) {
			// a doubled letter is a typo as often as a disguise
			// ("rapping"), so only a run of three unlocks ctx words.
			if run < 3 {
				return e, byForm
			}
			return e, byVariant
		}
		if e, ok := t.collapsedRun3[string(c)]; ok && run >= 3 {
			return e, byVariant
		}
	}
	if run < 3 {
		return nil, byForm
	}
	if e := t.compound(c); e != nil {
		return e, byCompound
	}
	return nil, byForm
}

func longestRun(w []byte) int {
	best, cur := 0, 0
	for i := range w {
		if i > 0 && w[i] == w[i-1] {
			cur++
		} else {
			cur = 1
		}
		best = max(best, cur)
	}
	return best
}

// allowed applies the name and context rules of an entry to the current
// occurrence w.
func (s *scanner) allowed(w []byte, e *entry, title, caps, variant bool) bool {
	if e.name && title || title && placeNames[string(w)] {
		return false
	}
	// An all-caps name ("DICK SMITH") needs an insulting lead-in; a
	// disguised spelling ("c0ck", "kawk") is never the innocent sense.
	if !e.ctx && !(e.name && caps) || variant && !caps {
		return true
	}
	var pb [maxWord]byte
	p1 := string(s.prev[1].text(s.text, &pb))
	// A severe word with an innocent sense is a slur ("cracker", "queer",
	// "spastic"): only words aimed at a person lead into it, never the
	// possessives and exclamations that lead into anatomy slang ("what a
	// cracker of a nurse", "such a queer feeling", "my hillbilly cousin").
	leads := insultLeads
	if e.sev == Severe {
		leads = slurLeads
	}
	if leads[p1] {
		return true
	}
	if p1 == "a" || p1 == "an" || p1 == "the" || p1 == "such" {
		return leads[string(s.prev[0].text(s.text, &pb))]
	}
	return false
}

func (s *scanner) pushPrev(b []byte, start, end int) {
	s.prev[0] = s.prev[1]
	s.prev[1].set(b, start, end)
}

// flushSpaced checks a finished run of single letters: "f u c k" as a whole,
// or without a leading article ("a f u c k").
func (s *scanner) flushSpaced() {
	if s.spacedN >= 3 {
		w := s.spaced
		e, _ := lex.lookup(w)
		if e == nil && (w[0] == 'a' || w[0] == 'i') && len(w) >= 4 {
			e, _ = lex.lookup(w[1:])
		}
		// spelling a word out letter by letter is itself a disguise, so
		// ctx words count ("c o c k").
		if e != nil && (!e.ctx || s.spacedN >= 4) && !protected[string(w)] {
			s.matches = append(s.matches, Match{Term: e.term, Start: s.spacedStart, End: s.spacedEnd, Severity: e.sev})
		}
	}
	s.spaced = s.spaced[:0]
	s.spacedN = 0
}

// personLeads address a person: before an innocentPrev word they make
// the insult the reading ("you little prick", "ya big fairy").
var personLeads = map[string]bool{"you": true, "ya": true, "u": true, "yer": true, "ye": true, "youse": true}

// innocentContext reports whether the word after position end, or the word
// before the current one, marks an innocent reading of term. The lists of
// the spelling form, when it has its own, replace those of its term.
func (s *scanner) innocentContext(term string, form []byte, end int) bool {
	ws, ok := innocentPrev[string(form)]
	if !ok {
		ws, ok = innocentPrev[term]
	}
	if ok {
		var pb [maxWord]byte
		p := string(s.prev[1].text(s.text, &pb))
		for _, w := range ws {
			// two words of look-back: "a little prick" is a needle,
			// "you little prick" is not.
			if p == w && !personLeads[string(s.prev[0].text(s.text, &pb))] {
				return true
			}
		}
	}
	ws, ok = innocentNext[string(form)]
	if !ok {
		ws, ok = innocentNext[term]
	}
	if !ok {
		return false
	}
	t := s.text
	k := end
	for k < len(t) && (t[k] == ' ' || t[k] == '-') {
		k++
	}
	m := k
	for m < len(t) && classify(t[m]) == letter {
		m++
	}
	for _, w := range ws {
		if strings.EqualFold(t[k:m], w) {
			return true
		}
	}
	return false
}

func spelledGap(c byte) bool { return c == ' ' || c == '.' || c == '-' || c == '_' }

// plainGap reports whether the bytes between two words are a single space
// or hyphen: "ass hole" and "ass-hole" join, "he'll" and "red/skin" do not.
func plainGap(g string) bool {
	return g == " " || g == "-" || g == "  "
}

// anywhere lists stems no English word contains, so a word containing one
// is profane however it is glued together ("cuntasaurus", "darkshit",
// "fuckstar"). where: 0 anywhere, 1 only as a prefix or suffix, 2 only as
// a suffix ("pussycat" and "niggardly" are words), 3 only as a prefix.
var anywhere = []struct {
	stem  string
	where int
	term  string
	sev   Severity
}{
	{"fuck", 0, "fuck", Strong}, {"motherf", 0, "motherfucker", Severe}, {"cunt", 1, "cunt", Severe},
	{"nigger", 0, "nigger", Severe}, {"faggot", 0, "faggot", Severe}, {"shit", 1, "shit", Moderate},
	{"bitch", 0, "bitch", Moderate}, {"whore", 0, "whore", Strong}, {"jizz", 0, "jizz", Strong},
	{"asshole", 0, "asshole", Strong}, {"bastard", 1, "bastard", Moderate}, {"twat", 1, "twat", Strong},
	{"slut", 1, "slut", Strong}, {"cocksuck", 0, "cocksucker", Strong}, {"dickhead", 0, "dickhead", Strong},
	{"wanker", 0, "wanker", Strong}, {"niggas", 0, "nigger", Severe}, {"dildo", 0, "dildo", Strong},
	{"bukkake", 0, "bukkake", Strong}, {"pussy", 2, "pussy", Strong}, {"nigga", 2, "nigger", Severe},
	{"wank", 3, "wanker", Strong}, {"cumshot", 0, "cum", Strong}, {"blowjob", 0, "blowjob", Strong},
	{"handjob", 0, "blowjob", Strong}, {"rimjob", 0, "blowjob", Strong}, {"titfuck", 0, "fuck", Strong},
}

// placeNames are places and names spelled like a profane form or its
// variant; in Title case they are never flagged ("Twatt" in Orkney,
// "Schitt", Dr. Pratt, Pekka).
var placeNames = map[string]bool{"twatt": true, "schitt": true, "shitterton": true, "cox": true,
	"bonner": true, "pratt": true, "fugger": true, "fock": true, "pekka": true, "shota": true, "polak": true}

// innocentSkeleton are English words whose skeleton is a profane form's.
var innocentSkeleton = map[string]bool{"whoa": true, "lesser": true, "lessor": true, "lessors": true,
	"hookah": true, "hookahs": true, "jigger": true, "jiggers": true, "frigga": true, "niger": true,
	"nicer": true, "cox": true, "pica": true, "spacer": true, "spacers": true, "nigher": true,
	// common words of patients' other languages: French "dix" (ten) and
	// "prix", Spanish "peca" (freckle), "pecar" and "flama", Italian
	// "benda" (bandage), Portuguese "nica", German "Puter"...
	"dix": true, "prix": true, "coqs": true, "foc": true, "porcin": true, "rapin": true, "futur": true,
	"futre": true, "perus": true, "peca": true, "pecas": true, "pecar": true, "pecca": true, "nica": true,
	"nicas": true, "nicar": true, "flama": true, "tinca": true, "bona": true, "minga": true, "mingas": true,
	"mingar": true, "paci": true, "tozza": true, "kicke": true, "beava": true, "benda": true, "langa": true,
	"langor": true, "verger": true, "vergar": true, "wienre": true, "puter": true, "puters": true}

// innocentEmbeddings are real words that contain an anywhere stem, or
// that a squeezed letter run, a compound, a respelling or a skeleton turns
// into a form ("Shiite" is not "shite", German "wanken" is to sway).
var innocentEmbeddings = map[string]bool{"crapes": true, "shitake": true, "shitakes": true, "shittah": true, "shittahs": true,
	"shittim": true, "shittimwood": true, "shittimwoods": true, "twattle": true, "bastardizations": true, "bastardisations": true,
	"wankel": true, "swanker": true, "swankers": true, "shitterton": true, "retarding": true,
	"bastardise": true, "bastardised": true, "bastardises": true, "bastardising": true, "bastardisation": true,
	"bastardize": true, "bastardized": true, "bastardizes": true, "bastardizing": true, "bastardization": true,
	"snigger": true, "sniggers": true, "sniggered": true, "sniggering": true,
	"shiite": true, "shiites": true, "puzzi": true, "pizzo": true, "zwinger": true, "zwingers": true,
	"wanken": true, "wanke": true, "wankend": true, "wankende": true, "wankenden": true, "wankender": true,
	"wankendes": true, "wankst": true, "wankt": true, "wankte": true, "wankten": true,
	"retarder": true, "retardez": true, "retardiez": true, "retarda": true, "retardas": true, "jacasse": true,
	"jacasses": true, "jacassez": true, "jacasser": true, "titrage": true, "titrages": true, "bussiez": true,
	"pussiez": true, "pommiez": true, "zambo": true}

var embeddedEntries = func() map[string]*entry {
	m := map[string]*entry{}
	for _, a := range anywhere {
		m[a.stem] = &entry{term: a.term, sev: a.sev}
	}
	return m
}()

// bigramIndex maps the first two letters of a pattern to the patterns, so
// a word is searched for many patterns in one pass over its letters.
type bigramIndex [26][26][]int

func newBigramIndex(pats []string) *bigramIndex {
	var ix bigramIndex
	for i, p := range pats {
		if len(p) >= 2 && p[0] >= 'a' && p[0] <= 'z' && p[1] >= 'a' && p[1] <= 'z' {
			ix[p[0]-'a'][p[1]-'a'] = append(ix[p[0]-'a'][p[1]-'a'], i)
		}
	}
	return &ix
}

var (
	anywhereIndex = func() *bigramIndex {
		var ps []string
		for _, a := range anywhere {
			ps = append(ps, a.stem)
		}
		return newBigramIndex(ps)
	}()
	respellIndex = func() *bigramIndex {
		var ps []string
		for _, r := range respellings {
			ps = append(ps, r.from)
		}
		return newBigramIndex(ps)
	}()
)

// profile is what one pass over a word tells lookup: its longest run of
// one letter, whether a respelling, an anywhere stem or a compound stem may
// occur in it, and whether skeleton would rewrite any letter. The flags
// only say whether a path of lookup is worth trying; the path itself
// decides. It is packed into one integer: a struct of bools is copied
// through memory on every call, which costs more than the lookup it saves.
type profile uint32

// A profile holds the run length in its low byte and the pair flags of
// pairInfo (shifted down by pairShift) above it.
const (
	maxRun      = 255 // cap of the run length; lookup only compares it with 2 and 3
	profStem    = 1 << 14
	profEmbed   = 1 << 15
	profRespell = (pairRespell | pairZ) >> pairShift
	profSpecial = pairSpecial >> pairShift
)

func (p profile) run() int      { return int(p & maxRun) }
func (p profile) respell() bool { return p&profRespell != 0 }
func (p profile) embed() bool   { return p&profEmbed != 0 }
func (p profile) stem() bool    { return p&profStem != 0 }
func (p profile) special() bool { return p&profSpecial != 0 }

// withRun returns p with run length n (capped at maxRun).
func (p profile) withRun(n int) profile { return p&^maxRun | profile(min(n, maxRun)) }

// pairInfo is what the profiler learns from two adjacent letters, indexed
// by c&31 of each: 1 to 26 for a to z, and 0 for "no previous letter", so
// the first letter is looked up like any other. The profiler only ever
// sees lowercase letters (profileOf falls back to profileSlow for anything
// else), and the mask proves every index in range.
//
// Bits 0-31 (stemNext) say which third letters c complete the first three
// letters of a compound stem (bit c&31; bit 0 and all others when a stem
// is just the two letters). Bits 37-63 (embedNext) say the same for the
// anywhere stems. A word in which no compound stem starts cannot be split
// into stems and fillers with at least one stem, and a word in which no
// anywhere stem starts contains none, so those paths are skipped for
// almost every word. Bits 32-36 are flags.
var pairInfo = func() (f [32][32]uint64) {
	for _, r := range respellings {
		if len(r.from) >= 2 {
			f[r.from[0]&31][r.from[1]&31] |= pairRespell
		}
	}
	for a := byte(0); a <= 'z'&31; a++ {
		for c := byte('a'); c <= 'z'; c++ {
			b := c & 31
			if a == b {
				f[a][b] |= pairDouble
			}
			if skelSpecial[c] {
				f[a][b] |= pairSpecial
			}
			if c == 'z' {
				f[a][b] |= pairZ
			}
		}
	}
	for _, st := range lex.stems {
		if len(st) >= 3 {
			f[st[0]&31][st[1]&31] |= 1 << (st[2] & 31)
		} else if len(st) == 2 {
			f[st[0]&31][st[1]&31] |= 1<<32 - 1
		}
	}
	for _, a := range anywhere {
		if len(a.stem) >= 3 {
			f[a.stem[0]&31][a.stem[1]&31] |= 1 << (embedShift + a.stem[2]&31)
		} else if len(a.stem) == 2 {
			f[a.stem[0]&31][a.stem[1]&31] |= (1<<27 - 1) << embedShift
		}
	}
	return
}()

// Flags of pairInfo, between stemNext and embedNext.
const (
	pairShift   = 32 - 8 // moves the flags to their place in a profile
	pairRespell = 1 << (32 + iota - 1)
	pairDouble  // the same letter twice
	pairSpecial // the second letter is one skeleton rewrites
	pairZ       // the second letter is z, a one-letter respelling
	embedShift  = 37
)

// anyStem and anyEmbed are set when a compound or anywhere stem is a
// single letter, which the pair table cannot express: then every word
// may hold one.
var anyStem, anyEmbed = func() (bool, bool) {
	s, e := false, false
	for _, st := range lex.stems {
		s = s || len(st) < 2
	}
	for _, a := range anywhere {
		e = e || len(a.stem) < 2
	}
	return s, e
}()

// profiler builds a profile one letter at a time, so the scanner can
// profile a token in the same loop that normalizes it. It is a small value
// the compiler keeps in registers.
type profiler struct {
	acc  uint64 // pairInfo of every pair, or'ed (only the flags are read)
	need uint64 // pairInfo of the previous two letters
	// hit collects need&thirdBits[c] for each letter c: the stemNext and
	// embedNext bits of the letter that follows, set when a compound stem
	// (bits 1-26) or an anywhere stem (bits 38-63) starts somewhere.
	hit  uint64
	prev uint8 // previous letter &31 (0: none)
}

// thirdBits selects the stemNext and embedNext bits of a third letter
// (a mask rather than a shift by the letter, which ties up a register the
// loop needs).
var thirdBits = func() (m [32]uint64) {
	for c := byte('a'); c <= 'z'; c++ {
		b := c & 31
		m[b] = 1<<b | 1<<(embedShift+b)
	}
	return
}()

// add returns q with lowercase letter c added.
func (q profiler) add(c byte) profiler {
	b := c & 31
	e := pairInfo[q.prev&31][b]
	q.acc |= e
	q.hit |= q.need & thirdBits[b]
	q.need = e
	q.prev = b
	return q
}

// profile finishes the profile of w, the letters added.
func (q profiler) profile(w []byte) profile {
	// need also says whether a two-letter stem ends the word (bits 0 and
	// embedShift).
	stem := q.hit&(1<<32-2) != 0 || q.need&1 != 0
	embed := q.hit>>(embedShift+1) != 0 || q.need>>embedShift&1 != 0
	p := profile(1) | profile(q.acc>>pairShift)&(profRespell|profSpecial) |
		profile(b2u(stem))*profStem | profile(b2u(embed))*profEmbed
	if anyStem {
		p |= profStem
	}
	if anyEmbed {
		p |= profEmbed
	}
	if q.acc&pairDouble != 0 {
		p = p.withRun(longestRun(w))
	}
	return p
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// profileOf makes the one pass over w that every lookup starts with, so
// the rarer paths (respellings, anywhere stems, compounds, skeletons) are
// tried only on words that could reach them.
func profileOf(w []byte) profile {
	if len(w) == 0 {
		return 0
	}
	var q profiler
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return profileSlow(w)
		}
		q = q.add(c)
	}
	return q.profile(w)
}

// profileSlow is profileOf for words with bytes other than lowercase
// letters, which the scanner never looks up; it keeps profileOf total by
// leaving every path open.
func profileSlow(w []byte) profile {
	p := profile(profRespell | profStem | profEmbed).withRun(longestRun(w))
	for _, c := range w {
		if skelSpecial[c] {
			p |= profSpecial
		}
	}
	return p
}

// mayRespell is a one-pass filter: most words contain no respelling at all.
func mayRespell(w []byte) bool {
	for i, c := range w {
		if c == 'z' {
			return true
		}
		if i+1 < len(w) && c >= 'a' && c <= 'z' && w[i+1] >= 'a' && w[i+1] <= 'z' {
			for _, p := range respellIndex[c-'a'][w[i+1]-'a'] {
				if bytes.HasPrefix(w[i:], []byte(respellings[p].from)) {
					return true
				}
			}
		}
	}
	return false
}

// embedded finds an anywhere stem inside w.
func embedded(w []byte) *entry {
	if len(w) < 5 {
		return nil
	}
	for i := 0; i+1 < len(w); i++ {
		a, b := w[i]-'a', w[i+1]-'a'
		if a >= 26 || b >= 26 {
			continue
		}
		for _, p := range anywhereIndex[a][b] {
			st := anywhere[p]
			if !bytes.HasPrefix(w[i:], []byte(st.stem)) {
				continue
			}
			atStart, atEnd := i == 0, i+len(st.stem) == len(w)
			if st.where == 1 && !atStart && !atEnd || st.where == 2 && !atEnd || st.where == 3 && !atStart {
				continue
			}
			if innocentEmbeddings[string(w)] {
				return nil
			}
			return embeddedEntries[st.stem]
		}
	}
	return nil
}
