package profanity

import (
	"sort"
	"strings"
)

// entry is what a known form resolves to.
type entry struct {
	term string
	sev  Severity
	// name: a Title-case occurrence is a person or place, never flagged.
	name bool
	// ctx: flagged only after an insulting lead-in (see insultLeads).
	ctx bool
	// ctxStem: a stem from a ctx word, which takes no inflection in a
	// compound ("pricked" is a verb, "prickhead" an insult).
	ctxStem bool
	// prio orders candidates when a masked word ("s***") fits several forms.
	prio int
}

// part is a piece of a compound word: a profane stem or a harmless filler.
type part struct {
	stem *entry
	// suffixOnly fillers ("s", "er", "ing", "y") may only follow a stem; they
	// are not allowed after name-like stems, so "cocky", "Dickens" and
	// "Cummings" stay clean.
	suffix bool
}

// table is the compiled, read-only lexicon shared by all scans.
type table struct {
	forms map[string]*entry
	// shape has bit n of [a][b] set when some form of length n starts with
	// the letters a, b: a map lookup is skipped for words no form resembles,
	// which is almost every word of a patient's review.
	shape shapeSet
	// joinable are forms that may be spelled as two words even though
	// neither word is profane on its own ("blow job", "jerk off").
	joinable map[string]bool
	// joinable3 are the forms spelled as three words ("bust a nut",
	// "choke the chicken"); shape3 pre-filters them like shape.
	joinable3 map[string]bool
	shape3    shapeSet
	// ends3 and starts3 mark the last and the first two letters of the
	// three-word forms, the cheapest test that a phrase cannot be one.
	ends3, starts3 [32][32]bool
	// noJoin are forms whose spelling as separate words is innocent
	// ("strap on the splint") though the one-word spelling is not, and
	// hyphenOnly those joined only by a hyphen ("pearl-necklace").
	noJoin, hyphenOnly map[string]bool

	collapsed map[string]*entry
	// collapsedRun3 holds squeezed forms that had double letters.
	collapsedRun3 map[string]*entry
	byLen         map[int][]wildForm // keyed by len*32 + first letter
	parts         *trieNode
	maxForm       int
	// skel maps phonetic skeletons of forms ("kunt" for "cunt", "niger"
	// for "nigga", "fk" dropped-vowel spellings of the commonest words)
	// to entries; skelShape pre-filters it like shape.
	skel      map[string]*entry
	skelShape shapeSet
	// stems are the words entered in parts as compound stems; profileOf
	// uses them to skip compound analysis for words holding none.
	stems []string
}

type wildForm struct {
	form string
	e    *entry
}

type trieNode struct {
	next  [26]*trieNode
	parts []part
}

// wordFillers are harmless words that appear glued to profane stems in
// compounds ("shit" + "bag", "dumb" + "ass", "mother" + "fucker"). A compound
// is flagged only when every piece is a stem or a filler and at least one is
// a stem, which is what keeps "cocktail", "Hancock", "assassin" and
// "Scunthorpe" clean: their other pieces are not fillers.
var wordFillers = strings.Fields(`head heads face faces wad wads hole holes bag bags wit wits
stick sticks sucker suckers sucking licker lickers lick licking munch muncher nugget nuggets nut
nuts boy boys bucket dump stain stains weasel waffle burger monkey master mouth brain brains
breath hat hats clown clowns crack pirate wipe wipes load loads storm show fest house off up
mother bull horse dip dumb jack smart fat lard super dog chicken ape bat cluster mind dirty lil
big stupid lips eater sack sacks bomb ton tons puppet goblin bucket wagon wipe trumpet biscuit nugget
muppet tart rag lord king queen lover fiend hound jockey knocker gay star bunny trash pig cyber
slant mutha motha mudda muther mutter mothah moth suck sucks sucked breath monster fest girl
lickers eaters suckers stains shooter puffer packer munchers lick licks sucka sukka stick
knuckle knuckles badger badgers nozzle nozzles noodle noodles canoe canoes splash pouch
rocket rockets wizard wizards magnet magnets trumpets waffles muffins goblins juggler jugglers
puffin puffins whistle whistles plank planks sleeve sleeves spanner spanners sprout sprouts
maggot maggots tastic`)

// suffixFillers are inflections that may follow a stem.
var suffixFillers = strings.Fields(`s es ed eds er ers ing in ins ings y ys ie ies ier iest ery ish a as
az ah ahs z zz o os`)

// wildPriority orders the canonical terms tried for masked words, most
// commonly masked first, so "s***" reads as "shit" and "c***" as "cunt".
var wildPriority = strings.Fields(`fuck shit ass asshole bitch cunt dick cock crap damn hell piss
bastard motherfucker whore slut twat wanker prick pussy nigger faggot retard`)

var lex = compile(lexiconOverride + lexiconFirst + lexiconText + lexiconMore + lexiconCore + generated() + lexiconExtra + lexiconTail + phraseFrames())

func compile(text string) *table {
	t := &table{
		forms:         map[string]*entry{},
		joinable:      map[string]bool{},
		joinable3:     map[string]bool{},
		noJoin:        map[string]bool{},
		hyphenOnly:    map[string]bool{},
		collapsed:     map[string]*entry{},
		collapsedRun3: map[string]*entry{},
		byLen:         map[int][]wildForm{},
		parts:         &trieNode{},
		skel:          map[string]*entry{},
	}
	prio := map[string]int{}
	for i, w := range wildPriority {
		prio[w] = i
	}
	for _, line := range strings.Split(text, "\n") {
		head, forms, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		h := strings.Fields(head)
		e := &entry{term: h[0], sev: Severity(h[1]), prio: len(wildPriority)}
		if p, ok := prio[e.term]; ok {
			e.prio = p
		}
		stem := false
		for _, f := range h[2:] {
			switch f {
			case "name":
				e.name = true
			case "ctx":
				e.ctx = true
			case "stem":
				stem = true
			}
		}
		for _, f := range strings.Fields(forms) {
			base := e
			// a "-ctx" form has an innocent sense the rest of its line
			// lacks ("knockers", "tart"): flagged only after an insult.
			// A several-word form with "-ctx" ("strap-on-ctx") is innocent
			// as separate words and vulgar only written as one ("strapon").
			noJoin := false
			if g, ok := strings.CutSuffix(f, "-ctx"); ok {
				f = g
				if strings.ContainsAny(f, "-~") {
					noJoin = true
				} else {
					c := *e
					c.ctx = true
					base = &c
				}
			}
			// A hyphen marks a two- or three-word spelling ("blow-job",
			// "bust-a-nut"); "a~b" is written as one word or hyphenated
			// only ("money~shot").
			words := strings.Count(f, "-") + 1
			tilde := strings.Contains(f, "~")
			f = strings.NewReplacer("-", "", "~", "").Replace(f)
			switch {
			case noJoin:
				t.noJoin[f] = true
			case tilde:
				t.hyphenOnly[f] = true
			case words == 2:
				t.joinable[f] = true
			case words > 2:
				t.joinable3[f] = true
				t.shape3.add(f)
				t.ends3[f[len(f)-2]&31][f[len(f)-1]&31] = true
				t.starts3[f[0]&31][f[1]&31] = true
			}
			for _, g := range expand(f) {
				e := base
				if e.term == "*" {
					c := *e
					c.term = g
					e = &c
				}
				if _, dup := t.forms[g]; !dup {
					t.forms[g] = e
				}
				// A form with its own double letters ("ass", "asses") is
				// reachable through squeezing only from a run of three or
				// more, or "assess" would read as "asses".
				if c := collapse(g); c == g {
					t.collapsed[c] = e
				} else if _, dup := t.collapsedRun3[c]; !dup {
					t.collapsedRun3[c] = e
				}
				k := wildKey(len(g), g[0])
				t.byLen[k] = append(t.byLen[k], wildForm{g, e})
				if len(g) > t.maxForm {
					t.maxForm = len(g)
				}
			}
		}
		if stem {
			// Stems enter compounds without the ctx restriction (a
			// "dickhead" is never a finger prick) but keep the name rule.
			se := *e
			se.ctxStem = e.ctx
			se.ctx = false
			t.addPart(e.term, part{stem: &se})
			t.stems = append(t.stems, e.term)
		}
	}
	for _, w := range wordFillers {
		t.addPart(w, part{})
	}
	for _, w := range suffixFillers {
		t.addPart(w, part{suffix: true})
	}
	for f := range t.forms {
		t.shape.add(f)
	}
	t.addSkeletons()
	for f := range t.collapsed {
		t.shape.add(f)
	}
	for f := range t.collapsedRun3 {
		t.shape.add(f)
	}
	for n := range t.byLen {
		l := t.byLen[n]
		sort.SliceStable(l, func(i, j int) bool { return l[i].e.prio < l[j].e.prio })
	}
	return t
}

func (t *table) addPart(w string, p part) {
	n := t.parts
	for i := 0; i < len(w); i++ {
		c := w[i] - 'a'
		if c >= 26 {
			panic("profanity: lexicon part must be lowercase ASCII: " + w)
		}
		if n.next[c] == nil {
			n.next[c] = &trieNode{}
		}
		n = n.next[c]
	}
	n.parts = append(n.parts, p)
}

// expand turns "fuck+" into fuck, fucks, fucked, fucker, fuckers, fucking,
// fuckin; other forms stand for themselves.
func expand(f string) []string {
	base, plus := strings.CutSuffix(f, "+")
	if !plus {
		return []string{f}
	}
	out := []string{base}
	for _, suf := range []string{"s", "ed", "er", "ers", "ing", "in"} {
		out = append(out, base+suf)
	}
	return out
}

// collapse squeezes runs of the same letter: "fuuuuck" -> "fuck".
func collapse(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			if b == nil {
				b = append(make([]byte, 0, len(s)), s[:i]...)
			}
			continue
		}
		if b != nil {
			b = append(b, s[i])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// maxCompound bounds compound analysis so adversarial 1 MB "words" stay
// linear: nothing profane is that long.
const maxCompound = 40

// compound reports the first stem of w when w splits entirely into stems and
// fillers with at least one stem. Dynamic programming over positions, walking
// the part trie from each reachable position: O(len(w) * longest part).
func (t *table) compound(w []byte) *entry {
	n := len(w)
	if n < 4 || n > maxCompound {
		return nil
	}
	// state per position: reachable, reachable-with-stem, the stem, and
	// whether the last piece was a name-like stem (which refuses suffixes).
	var reach, withStem, lastName, lastSuffix [maxCompound + 1]bool
	var first [maxCompound + 1]*entry
	reach[0] = true
	for i := 0; i < n; i++ {
		if !reach[i] {
			continue
		}
		node := t.parts
		for j := i; j < n; j++ {
			c := w[j] - 'a'
			if c >= 26 {
				break
			}
			node = node.next[c]
			if node == nil {
				break
			}
			for _, p := range node.parts {
				if p.suffix && (!withStem[i] || lastName[i] || lastSuffix[i]) {
					continue
				}
				k := j + 1
				ws := withStem[i] || p.stem != nil
				if !reach[k] || (ws && !withStem[k]) {
					reach[k] = true
					withStem[k] = ws
					lastName[k] = p.stem != nil && (p.stem.name || p.stem.ctxStem)
					lastSuffix[k] = p.suffix
					if first[i] != nil {
						first[k] = first[i]
					} else {
						first[k] = p.stem
					}
				}
			}
		}
	}
	if withStem[n] && first[n] != nil {
		return first[n]
	}
	return nil
}

// wild matches a masked word ("f**k", "a**", "b*tch") against known forms of
// the same length, most commonly masked terms first.
func (t *table) wild(w []byte) *entry {
	for _, c := range t.byLen[wildKey(len(w), w[0])] {
		ok := true
		for i := 0; i < len(w); i++ {
			if w[i] != '*' && w[i] != c.form[i] {
				ok = false
				break
			}
		}
		if ok {
			return c.e
		}
	}
	return nil
}

// partOf reports whether w is itself a profane form or stem, which lets it
// join with its neighbour ("ass hole", "mother fucker").
func (t *table) partOf(w []byte) bool {
	if _, ok := t.forms[string(w)]; ok {
		return true
	}
	n := t.parts
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
		n = n.next[c-'a']
		if n == nil {
			return false
		}
	}
	for _, p := range n.parts {
		if p.stem != nil {
			return true
		}
	}
	return false
}

// shapeSet is a cheap pre-filter: a two-hash Bloom filter over each
// word's first two letters, last two letters and length. 8 KB, so it
// stays in cache; almost every word of a review fails it and is never
// hashed in full for a map lookup.
type shapeSet [1 << 10]uint64

func shapeHash(a, b, y, z byte, n int) (uint32, uint32) {
	h := uint32(a) | uint32(b)<<8 | uint32(y)<<16 | uint32(z)<<24
	h ^= uint32(n) * 0x9e3779b1
	h1 := (h * 0x85ebca6b) >> 16
	h2 := ((h ^ h>>15) * 0xc2b2ae35) >> 16
	return h1, h2
}

func (s *shapeSet) add(w string) {
	if len(w) < 2 {
		return
	}
	h1, h2 := shapeHash(w[0], w[1], w[len(w)-2], w[len(w)-1], len(w))
	s[h1>>6] |= 1 << (h1 & 63)
	s[h2>>6] |= 1 << (h2 & 63)
}

// may reports whether some lexicon word could equal w.
func (s *shapeSet) may(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	h1, h2 := shapeHash(w[0], w[1], w[len(w)-2], w[len(w)-1], len(w))
	return s[h1>>6]&(1<<(h1&63)) != 0 && s[h2>>6]&(1<<(h2&63)) != 0
}

// mayJoined is may for the concatenation of a word that starts with a0,
// a1 and is n bytes long and b (at least two bytes), without building it:
// two words next to each other are checked as a two-word form ("ass
// hole") far more often than they are one.
func (s *shapeSet) mayJoined(a0, a1 byte, n int, b []byte) bool {
	h1, h2 := shapeHash(a0, a1, b[len(b)-2], b[len(b)-1], n+len(b))
	return s[h1>>6]&(1<<(h1&63)) != 0 && s[h2>>6]&(1<<(h2&63)) != 0
}

// wildKey indexes candidate forms for a masked word by length and first
// letter (a masked word always shows its first letter).
func wildKey(n int, first byte) int { return n*32 + int(first&31) }

// disemvowelled lists the terms whose vowel-less spellings ("fck", "btch",
// "sht", "nggr") are common dodges and collide with no abbreviation a
// patient or clinician writes ("cnt" and "prn" do, so cunt and porn are
// not here).
var disemvowelled = map[string]bool{"fuck": true, "shit": true, "bitch": true, "dick": true,
	"whore": true, "slut": true, "nigger": true, "faggot": true, "bastard": true,
	"motherfucker": true, "wanker": true, "asshole": true}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// addSkeletons indexes every form by its skeleton. Forms of three letters
// or fewer are left out: their skeletons are ordinary words ("cok", "fag").
func (t *table) addSkeletons() {
	add := func(k string, e *entry) {
		if len(k) < 3 {
			return
		}
		if _, dup := t.skel[k]; !dup {
			t.skel[k] = e
			t.skelShape.add(k)
		}
	}
	forms := make([]string, 0, len(t.forms))
	for f := range t.forms {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	for _, f := range forms {
		e := t.forms[f]
		// z forms ("ballz", "nutz") would claim the plain words.
		// Vowel-less forms ("fcks") are matched as written: their
		// skeletons are abbreviations ("phx" is past history).
		if len(f) < 4 || strings.IndexByte(f, 'z') >= 0 || strings.IndexAny(f, "aeiouy") < 0 {
			continue
		}
		k := string(skeleton(nil, []byte(f)))
		add(k, e)
		if disemvowelled[e.term] && strings.HasPrefix(f, e.term[:2]) {
			d := []byte{k[0]}
			for i := 1; i < len(k); i++ {
				if !isVowel(k[i]) {
					d = append(d, k[i])
				}
			}
			if string(d) != k && len(d) >= 4 {
				add(string(d), e)
			}
		}
	}
}

// skeleton reduces a word to the letters that carry its sound, so
// respellings meet: ph→f, ck/c/q→k, x→ks, z→s, a v between
// consonants → u, and the vowel endings of slang
// (-a, -ah, -uh, -ur, -ar, -or, -re → -er; -in → -ing).
func skeleton(dst, w []byte) []byte {
	start := len(dst)
	plain := true
	for _, c := range w {
		if skelSpecial[c] {
			plain = false
			break
		}
	}
	if plain {
		dst = append(dst, w...)
		return skelEnding(dst, start)
	}
	return skelEnding(skelLetters(dst, w), start)
}

// skelLetters appends w with the letter rewrites of skeleton applied (not
// the ending). lookup calls it directly when the word's profile already
// shows a letter to rewrite.
func skelLetters(dst, w []byte) []byte {
	start := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !skelSpecial[c] && c != 'v' {
			dst = append(dst, c) // kept as it is, and never a k to merge
			continue
		}
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 'p' && next == 'h':
			c = 'f'
			i++
		case c == 'c' && next == 'k':
			c = 'k'
			i++
		case c == 'c', c == 'q':
			c = 'k'
		case c == 'x':
			dst = appendSkel(dst, start, 'k')
			c = 's'
		case c == 'z':
			c = 's'
		case c == 'v' && i > 0 && !isVowel(w[i-1]) && next != 0 && !isVowel(next):
			c = 'u'
		}
		dst = appendSkel(dst, start, c)
	}
	return dst
}

// appendSkel appends one skeleton letter to dst[start:]. "ck" and "kk"
// both come out as one k; other doubles stay, or "aspirate" would meet
// "asspirate" and "cook" would meet "cock".
func appendSkel(dst []byte, start int, c byte) []byte {
	if c == 'k' && len(dst) > start && dst[len(dst)-1] == 'k' {
		return dst
	}
	return append(dst, c)
}

// skelSpecial marks the letters skeleton rewrites.
var skelSpecial = func() (m [256]bool) {
	for _, c := range []byte("cqxzvpk") {
		m[c] = true
	}
	return
}()

// skelEnding rewrites the slang ending of the skeleton in dst[start:].
func skelEnding(dst []byte, start int) []byte {
	cut, repl := skelEndingRule(dst[start:])
	if cut == 0 {
		return dst
	}
	return append(dst[:len(dst)-cut], repl...)
}

// skelEndingRule says how skelEnding rewrites the ending of k: drop the
// last cut bytes and append repl (cut is 0 when the ending stays). It
// lets lookup test a plain word's skeleton without copying the word.
func skelEndingRule(k []byte) (cut int, repl string) {
	n := len(k)
	if n < 4 {
		return 0, ""
	}
	// The endings, each after at least two more letters, in the order
	// they are tried: -ahs -as -ars -urs -ors → -ers; -ah -uh -ur -ar -or
	// -re -a → -er; -in → -ing. The cases below say the same by last
	// letter.
	switch y, z := k[n-2], k[n-1]; z {
	case 'a':
		return 1, "er"
	case 'h':
		if (y == 'a' || y == 'u') && n > 4 {
			return 2, "er"
		}
	case 'r':
		if (y == 'u' || y == 'a' || y == 'o') && n > 4 {
			return 2, "er"
		}
	case 'e':
		if y == 'r' && n > 4 {
			return 2, "er"
		}
	case 'n':
		if y == 'i' && n > 4 {
			return 2, "ing"
		}
	case 's':
		switch {
		case n > 5 && y == 'h' && k[n-3] == 'a': // -ahs
			return 3, "ers"
		case n > 4 && y == 'a': // -as
			return 2, "ers"
		case n > 5 && y == 'r' && (k[n-3] == 'a' || k[n-3] == 'u' || k[n-3] == 'o'): // -ars, -urs, -ors
			return 3, "ers"
		}
	}
	return 0, ""
}
