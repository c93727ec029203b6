// Package topic finds what patient feedback is about, using the PRODUCT.md
// taxonomy. It is multi-label and negation-aware: "no problems with parking"
// does not make a comment about parking, and praise or criticism of manner
// is credited to the people it is about (doctors, nurses or other staff).
//
// The package is pure, safe for concurrent use and linear in the input.
package topic

import (
	"strings"

	"github.com/bedsidehq/bedside/internal/profanity"
	"unicode"
	"unicode/utf8"
)

// The topic ids, in taxonomy order.
const (
	WaitTime         = "wait_time"
	AccessScheduling = "access_scheduling"
	StaffCourtesy    = "staff_courtesy"
	ProviderCare     = "provider_care"
	NursingCare      = "nursing_care"
	Communication    = "communication"
	BillingInsurance = "billing_insurance"
	Cleanliness      = "cleanliness"
	Facility         = "facility"
	PainManagement   = "pain_management"
	Pharmacy         = "pharmacy"
	Telehealth       = "telehealth"
	Outcome          = "outcome"
	Privacy          = "privacy"
)

// IDs lists every topic id in taxonomy order.
var IDs = []string{WaitTime, AccessScheduling, StaffCourtesy, ProviderCare, NursingCare,
	Communication, BillingInsurance, Cleanliness, Facility, PainManagement, Pharmacy,
	Telehealth, Outcome, Privacy}

var order = func() map[string]int {
	m := map[string]int{}
	for i, id := range IDs {
		m[id] = i
	}
	return m
}()

// cue is one word or phrase that signals a topic or role.
type cue struct {
	words []string
	stem  bool // last word is a prefix
	class string
}

type index struct {
	byFirst map[string][]cue
	stems   []cue
}

var (
	topics = build(lexiconText)
	roles  = build(roleText + nursingText + competenceText)
)

func build(text string) *index {
	ix := &index{byFirst: map[string][]cue{}}
	for _, line := range strings.Split(text, "\n") {
		name, list, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, item := range strings.Split(list, ",") {
			ws := strings.Fields(strings.ToLower(item))
			if len(ws) == 0 {
				continue
			}
			c := cue{words: ws, class: strings.TrimSpace(name)}
			if last := ws[len(ws)-1]; strings.HasSuffix(last, "*") {
				c.stem = true
				ws[len(ws)-1] = strings.TrimSuffix(last, "*")
				if len(ws) == 1 {
					ix.stems = append(ix.stems, c)
					continue
				}
			}
			ix.byFirst[ws[0]] = append(ix.byFirst[ws[0]], c)
		}
	}
	return ix
}

// hit is a cue found at word position pos, spanning n words.
type hit struct {
	class string
	pos   int
	n     int
}

// match returns the cues starting at word i, longest first per class.
func (ix *index) match(words []string, i int, out []hit) []hit {
	w := words[i]
	for _, c := range ix.byFirst[w] {
		if i+len(c.words) > len(words) {
			continue
		}
		ok := true
		for k := 1; k < len(c.words); k++ {
			x := words[i+k]
			if c.stem && k == len(c.words)-1 {
				ok = strings.HasPrefix(x, c.words[k])
			} else {
				ok = x == c.words[k]
			}
			if !ok {
				break
			}
		}
		if ok {
			out = append(out, hit{c.class, i, len(c.words)})
		}
	}
	for _, c := range ix.stems {
		if strings.HasPrefix(w, c.words[0]) {
			out = append(out, hit{c.class, i, 1})
		}
	}
	return out
}

// Detect returns the topic ids of text in taxonomy order, each at most once.
func Detect(text string) []string {
	var found, rejected [14]bool
	ss := sentences(text)
	for _, sent := range ss {
		detectSentence(sent, &found, &rejected)
	}
	sharedModel().apply(ss, &found, &rejected)
	out := []string{}
	for i, f := range found {
		if f {
			out = append(out, IDs[i])
		}
	}
	return out
}

// strongManner are courtesy cues: how people treat patients is staff
// courtesy whoever shows it, a receptionist, a nurse or a surgeon ("So
// rude!", "the nurses were lovely"). The role topic is added when the
// sentence names the role.
var strongManner = set(`friendly unfriendly polite impolite rude rudely rudeness courteous
discourteous respectful disrespectful unwelcoming attitude attitudes manners unkind
abrupt dismissive condescending patronising patronizing arrogant unprofessional grumpy sarcastic
friendliness shouted aggressive laughed yelled impatient friendliest rudest`)

// personManner are courtesy cues only when the sentence is about people:
// "the nurses were lovely" is courtesy, "lovely food" is not.
var personManner = set(`kind kindness lovely nice helpful unhelpful pleasant unpleasant respect
patience patient manner kindly welcoming approachable cheerful caring compassionate warm delight accommodating genuine kindest nicest loveliest`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// detectSentence applies the rules to one sentence: found gets the topics they find, and
// rejected the topics whose cue they saw and set aside as negated or a false friend ("no
// problems with parking"), which the learned layer must not then add.
func detectSentence(words []string, found, rejected *[14]bool) {
	var hits []hit
	var roleHits []hit
	for i := range words {
		if (i > 0 && (isNumber(words[i-1]) || numberWords[words[i-1]]) && (words[i] == "hours" || words[i] == "hour" || words[i] == "minutes" || words[i] == "hrs" || words[i] == "mins") ||
			numberUnit(words[i])) && !onHold(words, i) && !notAWait(words, i) {
			hits = append(hits, hit{WaitTime, i, 1})
		}
		if d := drugKind(words[i]); d > 0 {
			hits = append(hits, hit{Pharmacy, i, 1})
			if d == 2 {
				hits = append(hits, hit{PainManagement, i, 1})
			}
		}
		hits = topics.match(words, i, hits)
		roleHits = roles.match(words, i, roleHits)
	}
	if c := courtesyRule(words); c >= 0 {
		roleHits = append(roleHits, hit{"courtesy", c, 1})
	}
	for _, r := range [...]struct {
		class string
		pos   int
	}{{Outcome, outcomeRule(words)}, {Privacy, privacyRule(words)}, {AccessScheduling, accessRule(words)},
		{NursingCare, nursingRule(words)}, {Cleanliness, cleanlinessRule(words)},
		{ProviderCare, providerActionRule(words)}, {WaitTime, waitRule(words)}} {
		if r.pos >= 0 {
			hits = append(hits, hit{r.class, r.pos, 1})
		}
	}
	phone := -1
	for _, h := range hits {
		if negatedProblem(words, h.pos, h.n) ||
			h.class == Facility && facilityFalse(words, h.pos) || h.class == Privacy && privacyFalse(words, h.pos) ||
			h.class == Pharmacy && pharmacyFalse(words, h.pos) || h.class == WaitTime && onTimeFalse(words, h.pos, h.n) {
			rejected[order[h.class]] = true
			continue
		}
		if h.class == Cleanliness && (words[h.pos] == "filthy" || words[h.pos] == "dirty") && h.pos+1 < len(words) && (words[h.pos+1] == "look" || words[h.pos+1] == "looks") {
			continue
		}
		// a queue on the phone is access: "number 25 in the queue".
		if h.class == WaitTime && strings.HasPrefix(words[h.pos], "queu") {
			if phone < 0 {
				phone = 0
				for _, w := range words {
					if phoneWords[w] {
						phone = 1
						break
					}
				}
			}
			if phone == 1 {
				found[order[AccessScheduling]] = true
				continue
			}
		}
		// opening times are not waits: "only open for two hours".
		if h.class == WaitTime && openingTime(words, h.pos) {
			continue
		}
		// "waiting room" is a place, not a wait.
		if h.class == WaitTime && words[h.pos] == "waiting" && h.n == 1 && h.pos+1 < len(words) &&
			(words[h.pos+1] == "room" || words[h.pos+1] == "area" || words[h.pos+1] == "rooms" || words[h.pos+1] == "areas") {
			continue
		}
		found[order[h.class]] = true
	}
	var provider, nurse, staff, staffNoun, pronoun, manner, strong, personal, competence bool
	for _, h := range roleHits {
		if negatedProblem(words, h.pos, h.n) {
			continue
		}
		switch h.class {
		case "provider":
			provider = true
		case "nurse":
			nurse = true
			if h.n > 1 || words[h.pos] == "buzzer" {
				found[order[NursingCare]] = true
			}
		case "pronoun":
			pronoun = true
		case "competence":
			competence = true
		case "staffnoun":
			staffNoun = true
		case "staff":
			staff = true
		case "courtesy":
			manner, strong = true, true
		case "manner":
			manner = true
			if strongManner[words[h.pos]] {
				strong = true
			}
			if personManner[words[h.pos]] {
				personal = true
			}
		}
	}
	if competence && !nurse && (provider || !staffNoun) {
		found[order[ProviderCare]] = true
	}
	if competence && nurse {
		found[order[NursingCare]] = true
	}
	if !manner && (provider || nurse || staff || staffNoun) && insulted(words) {
		manner = true
	}
	if !manner {
		return
	}
	if provider {
		found[order[ProviderCare]] = true
	}
	if nurse {
		found[order[NursingCare]] = true
	}
	person := provider || nurse || staff || staffNoun || pronoun
	// an elliptical verdict ("Very helpful.", "So kind!") is about the
	// people who helped.
	elliptic := personal && len(words) <= 3
	if staffNoun || staff && !provider && !nurse || strong || personal && (person || elliptic) {
		found[order[StaffCourtesy]] = true
	}
}

// insulted reports whether the sentence insults someone: profanity aimed at
// a doctor, nurse or receptionist is a complaint about them.
func insulted(words []string) bool {
	return profanity.Contains(strings.Join(words, " "))
}

// problemWords and negators recognise "no problems with parking", "parking
// was not an issue", "never any trouble getting an appointment".
var (
	problemWords = set(`problem problems issue issues complaint complaints complain trouble
troubles concern concerns worries worry difficulty difficulties hassle fuss`)
	negators = set(`no never without not nothing zero any n't`)
)

func isNeg(w string) bool {
	return negators[w] || strings.HasSuffix(w, "n't") || w == "cannot"
}

// negatedProblem reports whether the cue at pos (n words) sits in a negated
// complaint frame within the sentence: a negated problem word up to five
// words before it, or a negated problem word up to five words after it
// ("parking was no problem").
func negatedProblem(words []string, pos, n int) bool {
	for q := pos - 1; q >= 0 && q >= pos-5; q-- {
		if clauseBreak[words[q]] {
			break
		}
		if problemWords[words[q]] {
			for r := q - 1; r >= 0 && r >= q-3; r-- {
				if isNeg(words[r]) {
					return true
				}
			}
		}
	}
	end := pos + n
	for q := end; q < len(words) && q < end+5; q++ {
		if clauseBreak[words[q]] {
			break
		}
		if problemWords[words[q]] {
			for r := q - 1; r >= end && r >= q-3; r-- {
				if isNeg(words[r]) {
					return true
				}
			}
		}
	}
	return false
}

var abbreviations = set(`dr mr mrs ms mx st prof rev sr jr vs etc eg ie no dept approx c`)

// clauseBreak stops a negation frame: "parking was not an issue, but the
// food was cold" is about food.
var clauseBreak = set(`, and but although though however whereas except`)

// maxWords bounds the words kept per sentence; longer runs are split, which
// keeps matching linear on adversarial input.
const maxWords = 200

// sentences splits text into lowercased word lists. Words are runs of
// letters, digits and the joiners ' & - inside them; sentences end at . ! ?
// ; and newlines.
func sentences(text string) [][]string {
	var out [][]string
	var cur []string
	var b strings.Builder
	flushWord := func() {
		if b.Len() > 0 {
			w := strings.Trim(b.String(), "'-&")
			if w != "" {
				cur = append(cur, w)
			}
			b.Reset()
		}
		if len(cur) >= maxWords {
			out = append(out, cur)
			cur = nil
		}
	}
	flushSent := func() {
		flushWord()
		if len(cur) > 0 {
			out = append(out, cur)
			cur = nil
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			flushWord()
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == '\'' || r == '’' || r == '&' || r == '-':
			if b.Len() > 0 {
				if r == '’' {
					r = '\''
				}
				b.WriteRune(r)
			}
		case r == '.':
			// "Dr. Lee", "e.g.", "3.5": a full stop ends a sentence
			// only before whitespace and after a word that is not a
			// title abbreviation.
			w := b.String()
			if (i < len(text) && !unicode.IsSpace(rune(text[i]))) || abbreviations[w] {
				flushWord()
				continue
			}
			flushSent()
		case r == '!' || r == '?' || r == ';' || r == '\n':
			flushSent()
		case (r == '$' || r == '£' || r == '€') && i < len(text) && text[i] >= '0' && text[i] <= '9':
			// "$412", "£25": an amount of money.
			flushWord()
			cur = append(cur, "$")
		case r == ',' || r == ':' || r == '(' || r == ')':
			flushWord()
			cur = append(cur, ",")
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flushWord()
		}
		if b.Len() > 64 {
			// nothing in the lexicon is this long; drop the run.
			b.Reset()
		}
	}
	flushSent()
	return out
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// onHold reports whether a duration at i is a phone hold time, which is
// access, not waiting for care.
func onHold(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if words[k] == "hold" || words[k] == "menu" || words[k] == "phone" && k > 0 && words[k-1] == "the" {
			return true
		}
	}
	return false
}
