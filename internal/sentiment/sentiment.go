// Package sentiment scores patient feedback: a compound score in [-1, 1]
// and a label (positive, neutral, negative or mixed).
//
// It is built on a faithful port of the reference VADER (vader.go, held to
// the Python reference scores by a parity test) plus a healthcare layer
// (healthcare.go) that fixes what patients' language does to VADER: disease
// and anatomy words carry no sentiment, good clinical news is good, waiting,
// billing, being ignored and coming back worse are bad, survey answers such
// as "nothing to improve" are praise, a star rating informs the label, and a
// text with strong praise and strong complaint together is "mixed".
//
// The package is pure and safe for concurrent use.
package sentiment

import (
	"fmt"
	"math"
	"strings"

	"github.com/bedsidehq/bedside/internal/profanity"
)

// Label is the sentiment class of a text.
type Label string

// The labels, exactly as the analyze contract spells them.
const (
	Positive Label = "positive"
	Neutral  Label = "neutral"
	Negative Label = "negative"
	Mixed    Label = "mixed"
)

// Score is the sentiment of one text.
type Score struct {
	Compound float64 `json:"compound"`
	Label    Label   `json:"label"`
}

// Tuning, chosen on the development splits only (VADER tweets and movie,
// druglib train, pxtextmining phase 1); see docs/ANALYSIS.md.
var (
	// negWeight: patients bury a complaint in politeness ("lovely staff,
	// but the wait was too long"); a unit of complaint outweighs a unit of
	// praise when deciding what the comment is about.
	negWeight = 2.0
	// posThreshold and negThreshold bound the neutral band.
	posThreshold = 0.05
	negThreshold = -0.05
	// mixedStrength is the minimum praise and complaint (summed valence)
	// each side needs before a text can be mixed, and mixedBalance the
	// minimum ratio of the weaker side to the stronger.
	mixedStrength = 8.0
	// mixedPerSentence raises mixedStrength for each sentence beyond
	// mixedFreeSentences.
	mixedPerSentence   = 1.0
	mixedFreeSentences = 3
	mixedBalance       = 0.7
	// midStarSides is the praise and the complaint (summed valence) each side
	// needs for a three-star text to be mixed. Chosen on the project's own
	// labelled sets (devset, holdout_fresh2-7), where writers label a
	// three-star text neutral or mixed; the shared development splits carry
	// no stars.
	midStarSides = 1.5
	// suggestionValence is the complaint carried by a sentence that opens
	// with a suggestion ("More staff at weekends.").
	suggestionValence = 2.0
	// profanityValenceUnit is the complaint one unrecognised profanity adds.
	profanityValenceUnit = 1.5
)

// Analyzer scores patient text with the healthcare layer. The zero value is
// not usable; call New.
type Analyzer struct {
	v *Vader
}

var healthcare = &Analyzer{v: newVader(healthcareLexicon())}

// New returns the healthcare analyzer. It shares read-only tables, so
// calling New is cheap and the result is safe for concurrent use.
func New() *Analyzer { return healthcare }

// surveyNothing are whole answers that, to the survey question "what could
// we do better?", mean "nothing, it was good".
var surveyNothing = setOf([]string{"no", "none", "nothing", "nope", "nil", "no nothing",
	"don t know", "dont know", "i don t know", "i dont know", "not sure", "don t think so",
	"dont think so", "no i can t", "no better", "no comment", "no comments",
	"nothing wrong", "no change needed", "no changes needed", "no grumbles",
	"not really", "no not really", "absolutely nothing", "nothing really", "nothing at all",
	"nothing to add", "nothing else", "no thank you", "no thanks", "nothing in my opinion",
	"not a thing", "not a single thing", "not much", "very little", "not a lot", "zero",
	"nothing at present", "nothing that i can think of", "nothing i can think of",
	"cannot think of a thing", "can t think of a thing", "can t think of anything",
	"nothing that comes to mind", "nothing comes to mind", "for me no", "not in the circumstances",
	"given the circumstances not much", "i don t think so", "you are doing enough",
	"not that i can think of", "nothing to improve", "nothing needs improving"})

// surveyCredit are whole answers that name who or what was good, the
// answer to "what went well?": "Staff.", "Everything.", "The nurses".
var surveyCredit = setOf([]string{"staff", "the staff", "all staff", "all the staff", "all of the staff",
	"nurses", "the nurses", "nursing staff", "all the nurses", "nurses and all staff", "everyone",
	"everybody", "everything", "all of it", "everything from start to finish", "the whole team",
	"the team", "all the team"})

// nothingNext are words after a leading "nothing" that make it a verdict on
// the care ("Nothing helped", "Nothing was good") rather than the survey
// answer "nothing (to improve)".
var nothingNext = setOf(strings.Fields(`was is were helped helps worked works good seems seemed has had happened done changed but got gets
too could can to that i in comes springs else really at would should`))

// Score rates text. rating is an optional 1-5 star rating given with the
// text (nil when absent); out-of-range ratings are ignored here and rejected
// by the CLI.
func (a *Analyzer) Score(text string, rating *float64) Score {
	if k := surveyKey(text); (surveyNothing[k] || shortNothing(k)) && !twoAnswers(text) {
		return a.finish(valence{pos: 1.5, rawPos: 1.5}, rating)
	} else if surveyCredit[k] {
		return a.finish(valence{pos: 1.0, rawPos: 1.0}, rating)
	}
	return a.finish(a.valence(text), rating)
}

// shortNothing recognises a short answer that ends in "nothing" ("Don't
// know, probably nothing", "For me nothing", "In my opinion nothing").
func shortNothing(key string) bool {
	f := strings.Fields(key)
	if len(f) < 2 || len(f) > 6 || f[len(f)-1] != "nothing" && f[len(f)-1] != "none" {
		return false
	}
	// "It does nothing", "Did absolutely nothing": a verdict, not an answer
	for k := len(f) - 2; k >= 0 && k >= len(f)-3; k-- {
		if didNothing[f[k]] {
			return false
		}
	}
	return true
}

// didNothing before a closing "nothing" make it a verdict on a treatment.
var didNothing = setOf(strings.Fields(`did does do done doing helped helps worked works achieved changed
noticed felt feel`))

// surveyKey reduces a short answer to lowercase words for surveyNothing.
func surveyKey(text string) string {
	if len(text) > 40 {
		return ""
	}
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return isPySpace(r) || strings.ContainsRune(pyPunct, r) || r == '’'
	})
	return strings.Join(f, " ")
}

func (a *Analyzer) finish(v valence, rating *float64) Score {
	sum := v.pos + v.neg
	if sum > 0 {
		sum += v.amp
	} else if sum < 0 {
		sum -= v.amp
	}
	c := normalize(sum)
	label := labelFor(c)
	// Mixed is judged on the unweighted valences: it asks whether both
	// strong praise and strong complaint are there, not which one wins.
	// A long review gathers praise and complaint sentence by sentence;
	// it is mixed only when both are strong for its length.
	strength := mixedStrength + mixedPerSentence*float64(max(0, v.sentences-mixedFreeSentences))
	if v.rawPos >= strength && -v.rawNeg >= strength &&
		math.Min(v.rawPos, -v.rawNeg)/math.Max(v.rawPos, -v.rawNeg) >= mixedBalance {
		label = Mixed
	}
	if rating != nil && *rating >= 1 && *rating <= 5 {
		bothSides := v.rawPos >= midStarSides && -v.rawNeg >= midStarSides
		c, label = withRating(c, label, *rating, bothSides)
	}
	return Score{Compound: round(c, 4), Label: label}
}

func labelFor(c float64) Label {
	switch {
	case c >= posThreshold:
		return Positive
	case c <= negThreshold:
		return Negative
	}
	return Neutral
}

// withRating folds a 1-5 star rating into the score. The stars are the
// patient's own verdict, so they decide a neutral or weak text; a strong
// text that contradicts its stars ("5 stars, worst visit ever") is mixed, and
// so is a middling rating over words with both praise and complaint
// (bothSides: "Great doctor, shame about the snotty receptionists. 3/5").
func withRating(c float64, label Label, stars float64, bothSides bool) (float64, Label) {
	r := (stars - 3) / 2 // -1..1
	blended := 0.5*c + 0.5*r
	var starLabel Label
	switch {
	case stars >= 4:
		starLabel = Positive
	case stars <= 2:
		starLabel = Negative
	default:
		if bothSides {
			return blended, Mixed
		}
		return blended, label
	}
	if label == Mixed || label == starLabel {
		return blended, label
	}
	if label == Neutral || math.Abs(c) < 0.5 {
		return blended, starLabel
	}
	return blended, Mixed
}

// valence is the evidence in a text: positive and weighted negative sums
// after the "but" rule, the raw sums before it, and VADER's punctuation
// amplifier.
type valence struct {
	pos, neg, rawPos, rawNeg, amp float64
	// sentences is the number of sentences the evidence came from.
	sentences int
}

func (a *Analyzer) valence(text string) valence {
	_, _, v := a.evidence(text)
	return v
}

// evidence tokenizes text and returns the tokens, each token's final
// valence and the summed evidence.
func (a *Analyzer) evidence(text string) (tokens, []float64, valence) {
	var v valence
	text = strings.ReplaceAll(text, "’", "'")
	text = strings.TrimFunc(a.v.demoji(text), isPySpace)
	t := a.v.tokenize(text)
	markBoundaries(&t, text)
	empty := emptyOpener(t)
	leadingNothing(t)
	d := newDoc(t)
	d.medication = medicationReview(d.norm)
	d.emptyAt = empty
	s := a.v.valences(t)
	bareNo(d, s)
	a.clauseScope(d, s)
	quirkNegation(d, s)
	longNegation(d, s)
	dosingWaits(d, s)
	notEnough(d, s)
	interjections(d, s)
	hypothetical(d, s)
	tooPraise(d, s)
	applyPhrases(d, s)
	asWellAlso(d, s)
	neverAgain(d, s)
	symptomRelief(d, s)
	intensifierPraise(d, s)
	tooToContinue(d, s)
	medicationHopes(d, s)
	benefitsNone(d, s)
	unmetExpectations(d, s)
	instructionAvoid(d, s)
	medicineTiming(d, s)
	likeAsPreposition(d.norm, s)
	absences(d, s)
	deniedBenefits(d, s)
	treatVerb(d, s)
	weightChanges(d, s)
	doubts(d, s)
	initialOnly(d, s)
	delayedOnset(d, s)
	notAll(d, s)
	overly(d.norm, s)
	wishedComparatives(d, s)
	requestOpeners(d, s)
	counterfactualThanks(d, s)
	benefitLists(d, s)
	medicineStrength(d, s)
	adverseCauses(d, s)
	wishClauses(d, s)
	trailingMore(d, s)
	markSuggestions(d, s)
	dampSymptoms(d, s)
	reliefs(d, s)
	lessPraise(d, s)
	helpedWith(d, s)
	lacks(d, s)
	reliefAfter(d, s)
	relapses(d, s)
	counterfactuals(d, s)
	dosingConditions(d, s)
	spared(d, s)
	instructionNeeds(d, s)
	keptFrom(d, s)
	sideEffectsWoreOff(d, s)
	stopReasons(d, s)
	stillThere(d, s)
	pastThePoint(d, s)
	insteadOf(d, s)
	sideEffectPredicates(d, s)
	hedgedBenefits(d, s)
	doubts(d, s) // again: relief verbs scored since are in doubt too
	increases(d, s)
	impairments(d, s)
	beforeState(d, s)
	usedTo(d, s)
	noChange(d, s)
	madeNoDifference(d, s)
	notThisGood(d, s)
	negatedControl(d, s)
	unchangedIllness(d, s)
	gaveUp(d, s)
	ellipticalDenial(d, s)
	measuredChanges(d, s)
	regainedLife(d, s)
	lessIllness(d, s)
	unmoved(d, s)
	otherTreatments(d, s)
	terseStops(d, s)
	replacedBy(d, s)
	leavingReports(d, s)
	warnings(d, s)
	firstTimeIn(d, s)
	avoidedOutcome(d, s)
	notAnymore(d, s)
	intolerance(d, s)
	betterChoices(d, s)
	fewerIllness(d, s)
	moneyAside(d, s)
	crossReferences(d, s)
	replacedState(d, s)
	faintPraise(d, s)
	emptyBenefits(d, s)
	purposeOnly(d, s)
	illnessSentences(d, s)
	deniedSuggestions(d, s)
	sarcasm(d, s)
	for _, x := range s {
		if x > 0 {
			v.rawPos += x
		} else {
			v.rawNeg += x
		}
	}
	concessives(d, s)
	contrasts(d, s)
	concession(d, s)
	lateVerdict(d, s)

	for _, x := range s {
		if x > 0 {
			v.pos += x
		} else {
			v.neg += x * negWeight
		}
	}
	for i := range t.end {
		if t.end[i] || i == len(t.end)-1 {
			v.sentences++
		}
	}
	a.profanityValence(text, &v)
	v.amp = punctuationEmphasis(text)
	return t, s, v
}

// applyPhrases overwrites the valences of phrase matches in place.
func applyPhrases(t *doc, s []float64) {
	norm := t.norm
	used := -1 // the last token of the previous phrase
	for i := 0; i < len(norm); i++ {
		best := -1
		span := 0
		if !t.is(i, cPhraseStart) {
			continue
		}
		for _, pi := range phraseFirst[norm[i]] {
			p := phrases[pi]
			if i+len(p.words) > len(norm) {
				continue
			}
			// one intensifier may stand inside a phrase: "would be very
			// useful", "could be so much better"
			pos, skipped, ok := i+1, false, true
			for k := 1; k < len(p.words); k++ {
				switch {
				case pos < len(norm) && norm[pos] == p.words[k]:
					pos++
				case !skipped && pos+1 < len(norm) && phraseBoosters[norm[pos]] && norm[pos+1] == p.words[k]:
					skipped = true
					pos += 2
				default:
					ok = false
				}
				if !ok {
					break
				}
			}
			if ok && (best < 0 || len(p.words) > len(phrases[best].words)) {
				best, span = pi, pos-i
			}
		}
		if best < 0 {
			continue
		}
		p := phrases[best]
		v := p.valence
		// "they never gave up on my son", "I never had to stop it": giving
		// up denied
		if p.leave && i > 0 && i-1 > used && !t.brk[i-1] && (t.is(i-1, cNeg) || i > 1 && i-2 > used && !t.brk[i-2] && t.is(i-2, cNeg)) {
			v *= nScalar
		}
		if !p.noNegate {
			for k := 1; k <= 3 && i-k > used; k++ {
				// a negation inside the previous phrase ("no pain
				// relief for hours") belongs to that phrase
				if t.brk[i-k] {
					break // "never around, always too busy"
				}
				if t.is(i-k, cNeg) || norm[i-k] == "no" {
					v *= nScalar
					break
				}
			}
		}
		s[i] = v
		t.phrase[i] = true
		t.verdict[i] = p.verdict
		t.left[i] = p.leave && v < 0
		for k := 1; k < span; k++ {
			s[i+k] = 0
			t.inside[i+k] = true
		}
		// "can't fault the care"; "didn't work well" stays negated, and
		// in "nothing too much trouble" the noun belongs to the phrase
		if p.noNegate && v > 0 && p.words[0] != "nothing" {
			unnegateAfter(t, s, i, i+span)
		}
		i += span - 1
		used = i
	}
}

func fmtSscan(s string, v *float64) (int, error) { return fmt.Sscan(s, v) }

// phraseBoosters may stand inside a phrase without breaking it.
var phraseBoosters = setOf(strings.Fields(`very really so extremely quite truly most more much ever`))

var comparatives = setOf(strings.Fields(`more less better longer shorter quicker faster bigger
smaller cheaper easier clearer earlier sooner warmer cleaner quieter`))

// articles may precede a sentence-opening comparative ("A better shower
// room.", "Some more staff.").
// notSuggestionNext are the verbs after a sentence-opening "not" that make
// it a suggestion ("Not have soggy toast", "Not leave patients waiting").
var notSuggestionNext = setOf(strings.Fields(`have leave lock put keep send make let give
take move change discharge cancel rush ignore use wake bang turn switch place placed having
leaving locking putting keeping sending making letting giving taking moving changing
discharging cancelling canceling rushing ignoring using waking banging turning switching
knowing being getting hearing seeing`))

var articles = setOf(strings.Fields(`a an the some much`))

// wishedPlaces open a wish when "to", "more", "who" or "that" follows.
var wishedPlaces = setOf(strings.Fields(`someone somebody somewhere something anyone anywhere`))

// markSuggestions gives the first word of each sentence a complaint valence
// when it opens a suggestion and carries no stronger valence of its own.
func markSuggestions(t *doc, s []float64) {
	start := true
	for i, w := range t.lower {
		if start {
			n := trimPunct(w)
			if articles[n] && i+1 < len(t.lower) {
				// look through the article at the next word
				if m := trimPunct(t.lower[i+1]); comparatives[m] && (i+2 >= len(t.lower) || trimPunct(t.lower[i+2]) != "than") {
					s[i+1] = -suggestionValence
				}
			}
			// Comparatives override their own valence ("Better food."); other
			// openers only mark a neutral or mildly positive word, so "Keep
			// it up" (a +2 phrase) stays praise.
			reduction := (n == "less" || n == "fewer") && i+1 < len(t.lower) && t.is(i+1, cSym) ||
				t.is(i, cReduction) && reducesIllness(t, i) // "Reduce the chance of osteoporosis."
			// "Phone answered quickly.": a past participle after the
			// opener makes it a noun, not an imperative; so do "Visit to
			// the GP proved..." and "Have been taking it for years".
			statement := t.medication && strings.HasSuffix(n, "ed") || // "Improved sleep."
				i+1 < len(t.lower) && !t.brk[i] && !comparatives[n] &&
					(strings.HasSuffix(t.lower[i+1], "ed") || statementNext[trimPunct(t.lower[i+1])])
			// "Be careful not to apply it near the eyes": advice on a
			// medicine, not a complaint about care.
			advice := n == "be" && i+1 < len(t.lower) && adviceNext[trimPunct(t.lower[i+1])]
			// "Much better than the last one": a comparison, not a wish;
			// "Would definitely recommend": praise.
			comparison := i+1 < len(t.lower) && trimPunct(t.lower[i+1]) == "than" ||
				n == "would" && (recommendsAhead(t, i) || t.medication) // "Would wake up five times a night"
			// "Keep being amazing", "Continue the brilliant work": praise.
			// "To lower my cholesterol, and it did.": in a medication
			// review an opening "to" and a benefit verb name what the
			// medicine was for (purposeOnly), not a wish.
			purpose := n == "to" && t.medication && i+1 < len(t.lower) && !t.brk[i] && t.norm[i+1] != "be" && expectedBenefits[t.norm[i+1]]
			keepPraise := (n == "keep" || n == "continue" || n == "carry" || n == "please") && praiseFollows(t, s, i+1) &&
				!(i+2 < len(t.lower) && (comparatives[trimPunct(t.lower[i+1])] || comparatives[trimPunct(t.lower[i+2])]))
			if !reduction && !statement && !comparison && !advice && !keepPraise && !purpose && !instructionSentence(t, i) && (comparatives[n] || suggestionStarts[n] && n != "clean" && s[i] <= 1.8 || imperativeClean(t, i)) {
				s[i] = -suggestionValence
			}
			// "Someone to talk to.", "Somewhere more comfy to sit.": a
			// wish for what was not there.
			if wishedPlaces[n] && !t.brk[i] && i+1 < len(t.lower) && (t.lower[i+1] == "to" || t.lower[i+1] == "more" || t.lower[i+1] == "who" || t.lower[i+1] == "that") && s[i] <= 0 {
				s[i] = -suggestionValence
			}
			// "Not lock people up.", "Not have soggy toast.": a sentence
			// opening with "not" and a plain verb says what should stop.
			if n == "not" && !t.brk[i] && i+1 < len(t.lower) && s[i+1] == 0 && notSuggestionNext[trimPunct(t.lower[i+1])] {
				s[i] = -suggestionValence
			}
			// "Nothing, just allow more visiting": look past "just"
			if n == "just" && !t.brk[i] {
				continue
			}
		}
		// "Nothing, more visiting please": a suggestion may follow the
		// survey answer in the same sentence.
		start = t.end[i] || t.lower[i] == surveyAnswer && t.brk[i]
	}
	wishedPraise(t, s)
}

// wishedPraise zeroes the praise in a sentence that opens with a wished
// comparative: in "More friendly staff" or "Better food and nicer rooms"
// the good words are what the patient did not get. (A verb opener may be
// a report of what went well: "Give me good advice, very caring".)
func wishedPraise(t *doc, s []float64) {
	start := true
	for i := 0; i < len(t.lower); i++ {
		if start && s[i] == -suggestionValence && (comparatives[trimPunct(t.lower[i])] || articles[trimPunct(t.lower[i])]) {
			for k := i + 1; k < len(t.lower) && k <= i+10; k++ {
				if t.is(k, cContrast) {
					break
				}
				if s[k] > 0 && !t.is(k, cStillPraise) {
					s[k] = 0
				}
				if t.end[k] {
					break
				}
			}
		}
		start = t.end[i]
	}
}

// statementNext after a sentence opener make it a noun or a tense, not an
// imperative: "Visit to the GP was quick", "Have been taking it for years".
var statementNext = setOf(strings.Fields(`been of from was is were has had taken tried used gone
lost got gotten become seen felt given done made found kept left known`))

// adviceNext follow "be" in advice: "be careful", "be aware".
var adviceNext = setOf(strings.Fields(`careful aware prepared patient warned`))

// reducesIllness reports whether a reduction word at i is followed, within
// three words, by a symptom, a risk or a chance: "reduce the risk of a
// stroke", "lower my cholesterol".
func reducesIllness(t *doc, i int) bool {
	for k := i + 1; k < len(t.lower) && k <= i+3; k++ {
		w := trimPunct(t.lower[k])
		if w == "risk" || w == "chance" || w == "chances" || w == "risks" || symptoms[w] || illnessWords[w] || adverseNouns[w] {
			return true
		}
		if t.brk[k] {
			break
		}
	}
	return false
}

// leadingNothing rewrites a text that opens with the survey answer "No," /
// "Nothing -" / "Nothing, it was fine" so that the answer reads as praise
// and does not negate the words after it.
func leadingNothing(t tokens) {
	noBenefit(t)
	start := true
	for i := range t.lower {
		if start {
			nothingAt(t, i)
		}
		start = t.end[i]
	}
}

// nothingAt rewrites a sentence-opening survey answer at i.
func nothingAt(t tokens, i int) {
	if i+1 >= len(t.lower) {
		return
	}
	if (t.lower[i] == "absolutely" || t.lower[i] == "honestly" || t.lower[i] == "really") && !t.brk[i] && t.lower[i+1] == "nothing" {
		i++ // "Absolutely nothing, everyone was amazing."
		if i+1 >= len(t.lower) {
			return
		}
	}
	w := t.lower[i]
	n := trimPunct(w)
	punct := t.brk[i]
	next := trimPunct(t.lower[i+1])
	switch {
	case n == "nothing" && (punct || !nothingNext[next]):
	case n == "no" && (punct || next == "nothing" || next == "been" || next == "happy" || next == "everything"):
	case n == "none" && punct:
	default:
		return
	}
	t.words[i], t.lower[i] = surveyAnswer, surveyAnswer
}

// dampSymptoms damps negative adjectives right before a symptom noun.
func dampSymptoms(t *doc, s []float64) {
	for i := 0; i+1 < len(t.lower); i++ {
		if s[i] < 0 && t.is(i+1, cSym) && !t.verdict[i] { // "no pain relief" is a verdict
			s[i] *= symptomDamp
		}
	}
}

// profanityValence adds the anger of profanity VADER cannot see because it
// is obfuscated or missing from its lexicon ("sh!t", "f***ing", "wankers").
// A profane intensifier before a positive word ("fucking brilliant") is
// emphasis, not anger, and adds nothing.
func (a *Analyzer) profanityValence(text string, v *valence) {
	for _, m := range profanity.Find(text) {
		raw := strings.ToLower(text[m.Start:m.End])
		if _, known := a.v.lexicon[raw]; known {
			continue
		}
		rest := strings.Fields(text[m.End:min(len(text), m.End+40)])
		if len(rest) > 0 {
			if x := a.v.lexicon[strings.ToLower(trimPunct(rest[0]))]; x > 0 {
				continue
			}
		}
		v.neg -= profanityValenceUnit * negWeight
		v.rawNeg -= profanityValenceUnit
	}
}

// reductionWords announce that what follows went away: "reduced severe
// migraines", "no more awful cramps", "less pain". The negative words after
// them describe the illness that was relieved, so their valence turns into
// modest praise.
var reductionWords = setOf(strings.Fields(`reduced reduces reduce reducing decreased decreases
decrease lessened lessens eliminated eliminates eliminate relieved relieves relieve alleviated
alleviates alleviate stopped stops stop stopping cleared clears clear controlled controls control
prevented prevents prevent preventing less fewer lowered lowers lower lowering eased eases ease
suppressed cured cures minimized minimised minimizes minimises curbed curbs calmed calms
slowed slows resolved resolves inhibits inhibited suppresses`))

func reliefs(t *doc, s []float64) {
	norm := t.norm
	for i := range norm {
		if !t.is(i, cReduction) || s[i] == -suggestionValence || t.inside[i] {
			continue // "Less waiting time." asks for less; "birth control" is a noun
		}
		if v, ok := desiredObject(t, i); ok {
			s[i] = v // "it lowered my energy"
			for k := i + 1; v < 0 && k < len(s) && k <= i+6; k++ {
				if s[k] > 0 {
					s[k] = 0 // the energy it took is no praise
				}
				if t.brk[k] {
					break
				}
			}
			continue
		}
		if promised(t, i) {
			continue // "my migraines would decrease": a promise, not a result
		}
		// "didn't reduce the pain": a denied relief is a failure.
		negated := false
		for k := i - 1; k >= 0 && k >= i-3 && !t.brk[k]; k-- {
			if t.is(k, cNeg) || norm[k] == "no" || norm[k] == "never" {
				negated = true
			}
		}
		symptom := false
		if !negated && tooFar(t, i) {
			s[i] = -reliefValence // "lowered my blood pressure too much"
			continue
		}
		for k := i + 1; k < len(s) && k <= i+3; k++ {
			if !negated && s[k] < 0 && !t.verdict[k] {
				s[k] = -s[k] * 0.5
				symptom = symptom || t.medication // what was relieved was bad: "stopped my hair loss"
				break
			}
			if isAdverse(norm, k) {
				symptom = true
			}
			if t.end[k] {
				break
			}
		}
		if i+1 < len(norm) && isAdverse(norm, i+1) || !symptom && medicineDid(t, i) || negated && adverseBefore(t, i) {
			symptom = true // "the bleeding, which did not stop for two weeks"
		}
		switch {
		case symptom && negated:
			s[i] = -reliefValence
		case symptom && s[i] < reliefValence:
			s[i] = reliefValence
		}
	}
}

// reliefValence is the praise of a relief verb with its symptom: "stopped my
// panic attacks", "lowers the cholesterol".
const reliefValence = 0.8

// hypotheticals open a wish or suggestion: "it would be very useful to
// have", "could be better", "I wish they had explained", "needs more
// reassurance". Praise words right after them describe care the patient did
// not get, so they count for nothing.
var hypotheticals = setOf(strings.Fields(`would could should would've could've should've wish
wished if need needs`))

// stillPraise keeps its valence after a hypothetical: "I would recommend".
var stillPraise = setOf(strings.Fields(`recommend recommended recommending return again`))

func hypothetical(t *doc, s []float64) {
	for i := 0; i < len(t.lower); i++ {
		if !t.is(i, cHyp) || t.brk[i] {
			continue
		}
		if i+1 < len(t.lower) && t.is(i+1, cNeg) {
			continue // "could not be better" is praise
		}
		conditional := trimPunct(t.lower[i]) == "if" && (i == 0 || t.lower[i-1] != "as" && t.lower[i-1] != "even")
		// "I wish there was a bit more support": a wish reaches to the
		// end of its clause.
		reach := 4
		if w := trimPunct(t.lower[i]); w == "wish" || w == "wished" {
			reach = 8
		}
		for k := i + 1; k < len(t.lower) && k <= i+reach; k++ {
			w := trimPunct(t.lower[k])
			if s[k] > 0 && !stillPraise[w] {
				s[k] = 0
			}
			// "if you have any worries" is not a complaint either.
			if conditional && s[k] < 0 && w != "only" {
				s[k] = 0
			}
			if t.brk[k] { // punctuation ends the clause
				break
			}
		}
	}
}

// lackWords announce that the good thing after them was missing: "lack of
// compassion", "lacking in empathy", "absence of any support". Praise
// within three words after them is turned into complaint.
var lackWords = setOf(strings.Fields(`lack lacked lacking lacks absence absent missing`))

func lacks(t *doc, s []float64) {
	for i := range t.lower {
		if !t.is(i, cLack) || t.brk[i] {
			continue
		}
		for k := i + 1; k < len(s) && k <= i+3; k++ {
			if s[k] > 0 {
				s[k] *= nScalar
			}
			if t.brk[k] {
				break
			}
		}
	}
}

// reliefAfterWords say that what came before them in the clause went away:
// "the rash and itch subsided", "the aches have abated", "my migraines are
// gone". The complaint words before them describe the relieved illness, so
// they turn into modest praise, unless the relief itself is negated ("the
// pain never went away").
var reliefAfterWords = setOf(strings.Fields(`subsided subsides abated disappeared disappears
disappear vanished resolved cleared eased lessened diminished dissipated faded lifted calmed
decreased dropped reduced lowered suppressed relieved controlled gone stopped ceased ended healed
went slowed minimized minimised settled passed`))

// clauseWords end the backwards look of reliefAfter.
var clauseWords = setOf(strings.Fields(`but however although though whereas while so then`))

func reliefAfter(t *doc, s []float64) {
	norm := t.norm
	for i, w := range t.lower {
		n := trimPunct(w)
		if !t.is(i, cReliefAfter) || n == "went" && !wentAway(norm, i) ||
			(n == "settled" || n == "passed") && i+1 < len(norm) && (norm[i+1] == "into" || norm[i+1] == "in" || norm[i+1] == "on") {
			continue // "the cramps settled into my lower abdomen"
		}
		negated := false
		for k := 1; k <= 3 && i-k >= 0; k++ {
			m := trimPunct(t.lower[i-k])
			if t.is(i-k, cNeg|cHyp) || m == "no" || m == "never" || m == "need" || m == "needs" {
				negated = true
			}
		}
		if negated || stoppedTreatment(t, i) {
			continue
		}
		// The clause must name what went away ("the rash subsided"):
		// "I hated it and stopped" is no relief.
		from, relieved := i, false
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			if t.brk[k] || t.is(k, cClause) {
				break
			}
			from = k
			if isAdverse(norm, k) {
				relieved = true
			}
		}
		if !relieved && wentAwayNoun(t, s, i) {
			relieved = true
		}
		if !relieved {
			continue
		}
		if reliefOffMedicine(t, i) {
			if s[i] > -reliefValence {
				s[i] = -reliefValence
			}
			t.verdict[i] = true
			continue
		}
		for k := from; k < i; k++ {
			if s[k] < 0 && !t.verdict[k] {
				s[k] = -s[k] * 0.3
			}
		}
		// "the rash disappeared": the relief word is praise itself
		if relieved && s[i] < reliefValence {
			s[i] = reliefValence
		}
	}
}

// beforeState finds sentences describing life before the treatment
// ("Before taking it I could not sleep", "Prior to starting Lexapro I was
// irritable"). The complaint words in such a sentence are the illness the
// patient came with, not a verdict on the treatment, so they count for a
// third. Only "before"/"prior to" followed by starting a treatment counts:
// "before I was discharged" is a complaint about care.
const beforeDamp = 0.1

var beforeTreatment = setOf(strings.Fields(`taking starting using beginning trying treatment
medication medicine this it the`))

func beforeState(t *doc, s []float64) {
	start := 0
	for i := range t.lower {
		end := t.end[i] || i == len(t.lower)-1
		if !end {
			continue
		}
		before := false
		for k := start; k <= i; k++ {
			n := trimPunct(t.lower[k])
			next := ""
			if k+1 <= i {
				next = trimPunct(t.lower[k+1])
			}
			if next == "to" && n == "prior" && k+2 <= i {
				next = trimPunct(t.lower[k+2])
			}
			if (n == "before" || n == "prior") && beforeTreatment[next] {
				before = true
				break
			}
		}
		// "Previously took Losec but still had problems", "In the past
		// nothing helped": earlier treatments and the illness before.
		if first := trimPunct(t.lower[start]); first == "previously" || first == "formerly" || baselineOpener(t, start, i) ||
			first == "in" && start+2 <= i && trimPunct(t.lower[start+1]) == "the" && trimPunct(t.lower[start+2]) == "past" {
			before = true
		}
		if before {
			for k := start; k <= i; k++ {
				if s[k] < 0 {
					s[k] *= beforeDamp
				}
			}
		}
		start = i + 1
	}
}

// concession finds "otherwise", "everything else was great", "apart from
// that", "other than that": the reverse of "but". What comes before the
// marker is the point of the comment ("Long wait for the call bell,
// everything else was great"); what comes after is the concession, so praise
// after it counts for half.
func concession(t *doc, s []float64) {
	n := len(t.lower)
	for i := 0; i < n; i++ {
		w := trimPunct(t.lower[i])
		next := ""
		if i+1 < n {
			next = trimPunct(t.lower[i+1])
		}
		marker := w == "otherwise" ||
			w == "everything" && next == "else" ||
			(w == "apart" || w == "aside") && next == "from" && i+2 < n && concessionObject[trimPunct(t.lower[i+2])] ||
			w == "other" && next == "than" && i+2 < n && concessionObject[trimPunct(t.lower[i+2])]
		if !marker {
			continue
		}
		hasNeg := false
		for k := 0; k < i; k++ {
			if s[k] < 0 {
				hasNeg = true
				break
			}
		}
		if !hasNeg {
			return // "Other than that, nothing" after praise: nothing to weigh
		}
		for k := 0; k < n; k++ {
			switch {
			case k < i && s[k] < 0:
				s[k] *= 1.5
			case k > i && s[k] > 0:
				s[k] *= 0.5
			}
		}
		return
	}
}

// concessionObject are the words after "apart from" / "other than" that
// point back at what was just said.
var concessionObject = setOf(strings.Fields(`that this these those which it`))

// illnessSentences damps the complaint words of a sentence that describes
// an illness ("My outbreaks were extremely painful and I was miserable",
// "I had terrible anxiety and could not sleep"): it names a symptom and says
// nothing about a treatment failing or harming. Such a sentence tells what
// the patient suffers from, not how they judge their care or medicine.
// A sentence with an adverse marker ("side effects", "caused", "made me",
// "worse", "stopped taking", a negation) keeps its complaint.
func illnessSentences(t *doc, s []float64) {
	start := 0
	n := len(t.lower)
	for i := 0; i < n; i++ {
		if !(t.end[i] || i == n-1) {
			continue
		}
		symptom, adverse := false, false
		for k := start; k <= i; k++ {
			m := trimPunct(t.lower[k])
			if t.is(k, cSym|cIll) && m != "discharge" {
				symptom = true
			}
			if t.is(k, cAdvMarker) || m == "side" || t.is(k, cNeg) && deniesBenefit(t, k, i) || t.verdict[k] {
				adverse = true
			}
		}
		if symptom && !adverse {
			for k := start; k <= i; k++ {
				if s[k] < 0 {
					s[k] *= illnessDamp
				}
			}
		}
		start = i + 1
	}
}

// illnessDamp is the share of complaint kept in a sentence describing an
// illness.
const illnessDamp = 0.2

// illnessWords name conditions and bodily states beyond the symptoms list.
var illnessWords = setOf(strings.Fields(`outbreak outbreaks sores sore blisters blister swollen
inflammation inflamed cholesterol blood sugar glucose thyroid asthma allergies eczema psoriasis
herpes diabetes hypertension disease disorder syndrome insomnia sleeplessness palpitations
cramps aches spasms stiffness dryness dryness flare flares flareups flare-ups episodes
seizures infection infections ulcer ulcers wheezing breathing congestion sinus sinuses`))

// adverseMarkers say that the treatment harmed or failed.
// A sentence about waiting or about the people giving care is a verdict on
// the care, not a description of the illness.
var adverseMarkers = setOf(strings.Fields(`caused causes causing gave gives made makes worse
worsened stopped quit discontinued developed reaction reactions effects effect unfortunately
however but although wait waited waiting nobody told said nurse nurses doctor doctors staff
hours supposed meant intended`))

// deniers open a sentence that denies anything could be better: "Nothing
// could have been done better", "Don't think it could be improved upon",
// "I can't find anything that could be improved", "No change needed".
var deniers = [][]string{{surveyAnswer}, {"nothing"}, {"don't", "think"}, {"dont", "think"},
	{"do", "not", "think"}, {"i", "don't", "think"}, {"i", "dont", "think"}, {"i", "do", "not", "think"},
	{"can't", "think"}, {"cannot", "think"}, {"can't", "find"}, {"cannot", "find"},
	{"i", "can't", "think"}, {"i", "cannot", "think"}, {"i", "can't", "find"}, {"i", "cannot", "find"},
	{"no", "change"}, {"no", "changes"}, {"not", "anything"}, {"there", "is", "nothing"},
	{"there's", "nothing"}, {"there", "was", "nothing"}, {"on", "reflection", "i", "don't", "think"},
	{"could", "not", "have"}, {"couldn't", "have"}, {"could", "not", "be"}, {"couldn't", "be"},
	{"i", "couldn't", "have"}, {"i", "could", "not", "have"}, {"i", "honestly", "don't", "think"},
	{"i", "honestly", "do", "not", "think"}, {"i", "do", "not", "think"}, {"absolutely", "nothing"},
	{"no", "need", "to"}}

// improvementWords are what a denied suggestion is about.
var improvementWords = setOf(strings.Fields(`better improved improve improvement improvements
differently more change changed needed suggest`))

// deniedSuggestions turns the complaint of a denied suggestion into praise.
func deniedSuggestions(t *doc, s []float64) {
	start := 0
	n := len(t.lower)
	for i := 0; i < n; i++ {
		if !(t.end[i] || i == n-1) {
			continue
		}
		if opensWithDenial(t, start, i) {
			// "Nothing really, but maybe more staff": the denial ends
			// where the sentence turns.
			end := i
			for k := start + 1; k <= i; k++ {
				w := trimPunct(t.lower[k])
				if contrastWords[w] || w == "other" && k+1 <= i && trimPunct(t.lower[k+1]) == "than" || w == "apart" {
					end = k - 1
					break
				}
			}
			about := false
			for k := start; k <= end; k++ {
				if improvementWords[trimPunct(t.lower[k])] {
					about = true
				}
			}
			if about {
				for k := start; k <= end; k++ {
					if s[k] < 0 && !t.verdict[k] { // "No change in my mood" is a result, not a suggestion
						s[k] = -s[k] * 0.8
					}
				}
			}
		}
		start = i + 1
	}
}

func opensWithDenial(t *doc, start, end int) bool {
	for _, d := range deniers {
		if start+len(d) > end+1 {
			continue
		}
		ok := true
		for k, x := range d {
			if t.norm[start+k] != x && t.lower[start+k] != x {
				ok = false
				break
			}
		}
		// "Nothing, just allow more visiting": the answer closes its own
		// clause, and what follows is a suggestion after all.
		if ok && !(d[0] == surveyAnswer && t.brk[start] && start+1 <= end && t.norm[start+1] == "just") {
			return true
		}
	}
	return false
}

// markBoundaries records, for each token, whether the raw text ended a
// sentence or a clause there. VADER strips punctuation from its tokens, so
// the boundaries are read from the same whitespace split of the raw text.
func markBoundaries(t *tokens, text string) {
	n := len(t.lower)
	t.end = make([]bool, n)
	t.brk = make([]bool, n)
	i := 0
	for _, f := range strings.FieldsFunc(text, isPySpace) {
		if i >= n {
			break
		}
		f = strings.TrimRight(f, `"')]}’”`)
		if f != "" {
			last := f[len(f)-1]
			t.end[i] = last == '.' || last == '!' || last == '?'
			t.brk[i] = t.end[i] || strings.IndexByte(",;:-", last) >= 0
		}
		i++
	}
}

// excuseOpeners start the clause after "but" in which a patient excuses
// the complaint they have just made: "but I appreciate it's the pandemic",
// "but I realise the service is under pressure", "but obviously".
var excuseOpeners = [][]string{{"i", "appreciate"}, {"i", "understand"}, {"i", "realise"},
	{"i", "realize"}, {"i", "know"}, {"i", "do", "understand"}, {"i", "do", "appreciate"},
	{"appreciate"}, {"understand"}, {"realise"}, {"realize"}, {"obviously"}, {"of", "course"},
	{"understandably"}, {"i", "appreciate", "that"}, {"i", "guess"}, {"that's", "understandable"},
	{"i", "think", "that's"}, {"i'm", "sure"}, {"i", "am", "sure"}}

func excuses(t *doc, at int) bool {
	for _, e := range excuseOpeners {
		if at+len(e) > len(t.lower) {
			continue
		}
		ok := true
		for k, x := range e {
			if trimPunct(t.lower[at+k]) != x {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// wishEnds close a clause that wishes for something: "a bit of
// entertainment would be nice", "earplugs would help". The good things
// named before them in the same clause are what the patient did not get.
var wishEnds = [][]string{{"would", "be", "nice"}, {"would", "be", "good"}, {"would", "be", "helpful"},
	{"would", "be", "great"}, {"would", "be", "lovely"}, {"would", "be", "useful"},
	{"would", "be", "appreciated"}, {"would", "help"}, {"would", "have", "helped"},
	{"would", "be", "beneficial"}, {"would", "have", "been", "nice"}, {"would", "have", "been", "helpful"},
	{"would", "have", "been", "good"}, {"would", "be", "better"}, {"is", "needed"}, {"are", "needed"},
	{"would", "make"}}

func wishClauses(t *doc, s []float64) {
	done := 0 // tokens before done were already cleared: keeps this linear
	for i := range t.lower {
		if !t.is(i, cWishEnd) {
			continue
		}
		for _, e := range wishEnds {
			if i+len(e) > len(t.lower) {
				continue
			}
			ok := true
			for k, x := range e {
				if t.norm[i+k] != x {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for k := i - 1; k >= done && !t.brk[k]; k-- {
				if s[k] > 0 {
					s[k] = 0
				}
			}
			done = i
			break
		}
	}
}

// trailingMore marks a clause that ends in "more" ("Talk to us more",
// "Keeping in touch more", "needs cleaning more"): it asks for more of
// something, a complaint that there was not enough.
func trailingMore(t *doc, s []float64) {
	for i, w := range t.lower {
		if trimPunct(w) != "more" || s[i] != 0 {
			continue
		}
		if (t.brk[i] || i == len(t.lower)-1) && (i == 0 || trimPunct(t.lower[i-1]) != "and" && trimPunct(t.lower[i-1]) != "or" && trimPunct(t.lower[i-1]) != "any" && trimPunct(t.lower[i-1]) != "no") {
			s[i] = -1.2
		}
	}
}

// normWords returns the tokens without surrounding punctuation.
func normWords(t tokens) []string {
	norm := make([]string, len(t.lower))
	for i, w := range t.lower {
		norm[i] = trimPunct(w)
		if x := norm[i]; len(x) >= 2 && len(x) <= 8 && (x[len(x)-1] == 't' || x[len(x)-1] == 'm' || x[len(x)-1] == 'e' || x[len(x)-1] == 's') {
			if c, ok := contractions[x]; ok {
				norm[i] = c
			}
		}
	}
	return norm
}

// contractions restore the apostrophe informal writers leave out ("didnt
// work", "doesnt help", "cant sleep"), so that the layer's phrases and
// rules, written with it, read them. Only forms that are not words of
// their own are listed ("wont", "ill", "its", "were" are left alone). The
// VADER layer reads the raw tokens and is not affected.
var contractions = map[string]string{"didnt": "didn't", "dont": "don't", "doesnt": "doesn't",
	"cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
	"wasnt": "wasn't", "isnt": "isn't", "arent": "aren't", "werent": "weren't", "havent": "haven't",
	"hasnt": "hasn't", "hadnt": "hadn't", "aint": "ain't", "im": "i'm", "ive": "i've", "youre": "you're",
	"theyre": "they're", "thats": "that's", "wouldve": "would've", "couldve": "could've"}

// likeSubjects are the words before "like" that make it the verb ("I like",
// "they'd like", "really like"). Elsewhere "like" compares ("felt like a
// zombie", "looks like", "people like me") and carries no praise.
var likeSubjects = setOf(strings.Fields(`i we you they he she i'd we'd you'd they'd would really
also do did does don't didn't doesn't dont didnt doesnt just to not never always still genuinely
definitely truly particularly especially actually quite much both all who`))

func likeAsPreposition(norm []string, s []float64) {
	for i, w := range norm {
		if w != "like" || s[i] == 0 {
			continue
		}
		verb := i > 0 && likeSubjects[norm[i-1]]
		if verb && norm[i-1] == "not" { // "do not like" but "not like a migraine"
			verb = i > 1 && (norm[i-2] == "do" || norm[i-2] == "does" || norm[i-2] == "did" || norm[i-2] == "would")
		}
		if !verb {
			s[i] = 0
		}
	}
}

// absenceOpeners say that what follows was not there: "no headaches",
// "without any nausea", "free of side effects".
var absenceOpeners = setOf(strings.Fields(`no without zero`))

// absenceFillers may stand between an absence opener or a negated verb and
// the symptom it denies: "no more severe headaches", "didn't have any side
// effects", "never experienced a single migraine".
var absenceFillers = setOf(strings.Fields(`any a an the single more further real major serious
to or no if
cause caused give gave make made feeling
noticeable noticable notice sort kind type types hot night significant bad severe other adverse ill negative unpleasant sexual side of from these
those my new obvious apparent have had has get got experience experienced notice noticed suffer
suffered feel felt see saw develop developed need further real troublesome annoying nasty
terrible awful horrible bothersome`))

// adverseNouns are the unwanted effects of a treatment beyond the symptom
// list: what a patient is glad to be without and sorry to have been given.
var adverseNouns = setOf(strings.Fields(`side effects effect hangover grogginess drowsiness
sleepiness drowsy groggy dizziness drowsyness jitters jitteriness shakes tremor tremors
recurrence recurrences relapse relapses breakouts breakout outbreaks outbreak flare flares
flare-ups flareups episodes episode attacks attack seizures seizure reactions reaction
complications problems issues cravings craving withdrawal weight irritation dryness peeling
redness sensitivity palpitations heartburn constipation hives itchiness soreness sores bruising
sweating headache headaches migraines migraine nausea vomiting abnormality abnormalities
loss swings sneezing sneezes runny stuffy itchy watery puffiness scarring scars death`))

// sideEffectWords lead "effects": "side effects", "ill effects".
var sideEffectWords = setOf(strings.Fields(`side ill adverse negative unwanted undesirable bad`))

// isAdverse reports whether norm[k] names a symptom or an unwanted effect.
// A bare "effect" counts only after a side-effect word ("no effect" is a
// failure, "no side effects" a benefit).
func isAdverse(norm []string, k int) bool {
	w := norm[k]
	if w == "effect" || w == "effects" || w == "affects" || w == "affect" {
		return k > 0 && sideEffectWords[norm[k-1]]
	}
	if w == "side" || w == "ill" {
		return k+1 < len(norm) && (norm[k+1] == "effects" || norm[k+1] == "effect" || norm[k+1] == "affects" || norm[k+1] == "affect")
	}
	return (symptoms[w] || illnessWords[w] || adverseNouns[w]) && w != "condition" && w != "mood" && w != "moods"
}

// absenceValence is the praise of a denied symptom ("no headaches").
const absenceValence = 1.5

// absences turns "no headaches", "without any side effects", "haven't had a
// migraine since" into praise: the symptom or side effect is not there. The
// words between the opener and the symptom lose their complaint ("no more
// awful cramps").
func absences(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		w := norm[i]
		// "little to no side effects", "minimal side effects": a phrase
		// of failure before a side effect denies the side effect.
		scant := (w == "little" || w == "minimal" || t.is(i, cScant)) && !(i > 0 && norm[i-1] == "a") // "a few headaches" is some
		opener := absenceOpeners[w] || w == "free" && i+1 < n && norm[i+1] == "of" ||
			negatedWord(w) && w != "no" && w != "without" || scant
		if !opener || t.phrase[i] && s[i] < 0 && !scant && !absenceAhead(t, i) {
			continue
		}
		if t.brk[i] && w != "no" {
			continue
		}
		start := i + 1
		if w == "free" {
			start = i + 2
		}
		for k := start; k < n && k <= start+4; k++ {
			if absenceBenefitNouns[norm[k]] {
				break // "no change in my symptoms" denies a benefit, not the symptom
			}
			if isAdverse(norm, k) && !(k+1 < n && modifiedHeads[norm[k+1]]) {
				if negatedWord(w) && !absenceVerb(norm, i, k) {
					break
				}
				if s[i] < absenceValence {
					s[i] = absenceValence
				}
				for j := i + 1; j <= k; j++ {
					if s[j] < 0 {
						s[j] = 0
					}
				}
				// "side effects" and "ill effects": silence the noun too
				for j := k + 1; j < n && j <= k+1 && (norm[j] == "effects" || norm[j] == "effect"); j++ {
					s[j] = 0
				}
				i = k
				break
			}
			if t.brk[k] || !absenceFillers[norm[k]] && s[k] != 0 {
				break
			}
			if !absenceFillers[norm[k]] && k > start+1 {
				break
			}
		}
	}
}

// absenceVerb requires a negated verb to deny having the symptom ("didn't
// have any headaches", "never experienced nausea"), not to deny a benefit
// ("didn't help my headaches").
func absenceVerb(norm []string, i, k int) bool {
	for j := i + 1; j < k; j++ {
		if !absenceFillers[norm[j]] {
			return false
		}
	}
	return true
}

// contrastWords turn a sentence: what follows is what the patient means.
var contrastWords = setOf(strings.Fields(`but however although though except`))

// contrasts is a clean "but" rule, scoped to the sentence: in "Lovely
// staff, but the wait was too long" the complaint after "but" counts for
// 1.5 and the praise before it for 0.5. A marker that opens a sentence
// ("However, ...") turns against the sentence before it. Other sentences of
// a long review are not touched, so a "but" in the fourth sentence does not
// halve what the first three said.
func contrasts(t *doc, s []float64) {
	n := len(t.lower)
	prev, start := 0, 0 // starts of the previous and the current sentence
	for i := 0; i < n; i++ {
		if t.is(i, cContrast) && !concessiveAt(t, i, start) {
			from := start
			if i == start {
				from = prev
			}
			end := i
			for end < n-1 && !t.end[end] {
				end++
			}
			// "..., but I understand they are busy": what follows is
			// the patient excusing the complaint before it, so the
			// complaint stays the point.
			before, after := 0.5, 1.5
			if excuses(t, i+1) || concedesAfter(t, i, start) {
				before, after = 1.5, 0.5
			}
			for k := from; k <= end; k++ {
				if k < i {
					s[k] *= before
				} else if k > i {
					s[k] *= after
				}
			}
			if t.end[end] || end == n-1 {
				prev, start = start, end+1
			}
			i = end
			continue
		}
		if t.end[i] {
			prev, start = start, i+1
		}
	}
}

// benefitWords are what a treatment is expected to do; denied ("didn't
// work", "did not help at all", "never relieved") they are a verdict on it.
var benefitWords = setOf(strings.Fields(`work works worked working help helps helped helping effective
effect relieve relieved relief improve improved improvement change difference better benefit
benefits do anything reduce reduced lower lowered stop stopped ease eased control controlled
clear cleared decrease decreased lessen lessened`))

// deniesBenefit reports whether the negation at k is followed, within three
// words of the same sentence (ending at end), by a benefit word.
func deniesBenefit(t *doc, k, end int) bool {
	for j := k + 1; j <= end && j <= k+3; j++ {
		if t.is(j, cBenefit) {
			return true
		}
	}
	return false
}

// clauseScope rescores the words that VADER's three-word look-back let a
// negation or booster from the previous clause reach: in "dosage is not
// complex. Pretty convenient" the "not" belongs to the first sentence, so
// "pretty" is scored as if its clause started the text.
func (a *Analyzer) clauseScope(t *doc, s []float64) {
	for i := 1; i < len(t.lower); i++ {
		from := -1
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if t.brk[k] {
				from = k + 1
				break
			}
			if t.norm[k] == "but" {
				from = k + 1 // "not perfect but works well"
				break
			}
		}
		if from < 0 || s[i] == 0 {
			continue
		}
		sub := tokens{words: t.words[from:], lower: t.lower[from:], capDiff: t.capDiff}
		s[i] = a.v.sentimentValence(sub, i-from)
	}
}

// negationCarriers may stand between a negation and the word it negates
// beyond VADER's three-word reach: "didn't seem to be too effective", "not
// really all that helpful".
var negationCarriers = setOf(strings.Fields(`seem seems seemed to be been being as that very so
really too all at is was were get got particularly overly quite the a an any this
feel felt make made me my us them him her find found appear appeared look looked sound sounded
terribly overall entirely completely always`))

// opinionVerbs after a negation negate the whole clause they introduce:
// "I don't feel the phone assessment is good", "I didn't think the care was
// adequate".
var opinionVerbs = setOf(strings.Fields(`think thought feel felt believe believed find found`))

// longNegation applies a negation that VADER's three-word window misses.
func longNegation(t *doc, s []float64) {
	n := len(t.lower)
	for i := 4; i < n; i++ {
		if s[i] == 0 {
			continue
		}
		negatedNear := false
		for k := 1; k <= 3; k++ {
			if t.is(i-k, cNeg) || t.brk[i-k] {
				negatedNear = true // VADER saw it, or the clause starts here
			}
		}
		if negatedNear {
			continue
		}
		for k := i - 4; k >= 0 && k >= i-8; k-- {
			if t.brk[k] || t.is(k, cClause) || t.norm[k] == "and" {
				break
			}
			if !t.is(k, cNeg) {
				continue
			}
			opinion := k+1 < n && t.is(k+1, cOpinion)
			carried := true
			for j := k + 1; j < i; j++ {
				if !t.is(j, cCarrier) || s[j] != 0 {
					carried = false
					break
				}
			}
			if opinion || carried && i-k <= 6 {
				s[i] *= nScalar
			}
			break
		}
	}
}

// treatmentWords show that a text reviews a medicine or treatment.
var treatmentWords = setOf(strings.Fields(`taking took take takes taken medication medications
medicine medicines drug drugs pill pills tablet tablets dose doses dosage mg prescribed
prescription injection injections cream capsule capsules treatment therapy treated switched
started relief reliever`))

// noBenefit reads a medication review that opens with "None" ("None. Made
// me dizzy and I stopped after a week", "Absolutely none, it did nothing"):
// the review answers "what were the benefits?", so "none" is the verdict,
// not the survey answer "nothing to improve".
func noBenefit(t tokens) {
	i := 0
	if len(t.lower) > 1 && (t.lower[0] == "absolutely" || t.lower[0] == "virtually" || t.lower[0] == "almost") {
		i = 1
	}
	if i >= len(t.lower) {
		return
	}
	first := trimPunct(t.lower[i])
	if h, _, ok := strings.Cut(first, "-"); ok && h != "" {
		first = h // "none-i wanted to see..."
	}
	if notApplicable[first] {
		benefitsNotApplicable(t, i)
		return
	}
	if i+1 >= len(t.lower) || first != "none" && first != "non" && first != "nil" {
		return
	}
	if len(t.lower) == i+2 && noneWords[trimPunct(t.lower[i+1])] {
		t.words[i], t.lower[i] = noBenefitAnswer, noBenefitAnswer // "None None"
		return
	}
	for k, w := range t.lower[i+1:] {
		// "None! See above": the answer defers to the form's other answers
		ref := w == "see" && i+k+2 < len(t.lower) && referenceWords[trimPunct(t.lower[i+k+2])]
		if w := trimPunct(w); treatmentWords[w] || medicineForms[w] || doseToken(w) || ref {
			t.words[i], t.lower[i] = noBenefitAnswer, noBenefitAnswer
			return
		}
	}
}

// weightUnits end a change of weight: "lost 20 pounds", "put on two stone".
var weightUnits = setOf(strings.Fields(`weight pounds lbs lb kg kgs kilos kilograms stone stones`))

// weightFillers may stand between the verb and the unit.
var weightFillers = setOf(strings.Fields(`a an the some any of about around over almost nearly
nearly quite few couple lot lots extra excess more another my all that much half considerable or
significant good great amount`))

var weightLoss = setOf(strings.Fields(`lost lose losing loses dropped drop shed shedding`))
var weightGain = setOf(strings.Fields(`gained gain gaining gains put putting`))

// weightChanges scores a stated change of body weight: "lost 20 pounds" is
// what the patient wanted (VADER reads "lost" as sad), "gained 10 lbs" and
// "put on two stone" are side effects (VADER reads "gained" as good).
func weightChanges(t *doc, s []float64) {
	norm := t.norm
	for i := range norm {
		loss, gain := t.is(i, cWeightLoss), t.is(i, cWeightGain)
		if !loss && !gain {
			continue
		}
		// "20 pounds lost", "10 lbs gained": the change after its amount
		if i > 1 && weightUnits[norm[i-1]] && isNumber(norm[i-2]) && !t.brk[i-1] || i > 0 && weightToken(norm[i-1]) && !t.brk[i-1] {
			s[i] = 1.5
			if gain {
				s[i] = -1.5
			}
			continue
		}
		for k := i + 1; k < len(norm) && k <= i+4; k++ {
			m := norm[k]
			if weightUnits[m] || weightToken(m) {
				negated := i > 0 && (t.is(i-1, cNeg) || i > 1 && t.is(i-2, cNeg))
				v := 1.5
				if gain {
					v = -1.5
				}
				if negated {
					v *= nScalar
				}
				s[i] = v
				for j := i + 1; j <= k; j++ {
					s[j] = 0
				}
				break
			}
			if t.brk[k-1] || !(weightFillers[m] || m == "on" && gain || isNumber(m)) {
				break
			}
		}
	}
}

// isNumber reports whether w is written as a number or a small number word.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return numberWords[w]
}

var numberWords = setOf(strings.Fields(`one two three four five six seven eight nine ten eleven
twelve fifteen twenty thirty forty fifty sixty hundred several`))

// causeVerbs attribute a symptom to the treatment: "it caused headaches",
// "gave me terrible nausea", "made me dizzy".
var causeVerbs = setOf(strings.Fields(`caused causes causing cause gave gives give giving made
makes make making triggered triggers induced`))

// causeValence is the complaint of a symptom the treatment caused.
const causeValence = -1.5

// adverseCauses marks a symptom or side effect that the treatment caused.
// Symptom words carry no sentiment on their own (they describe the illness),
// so "it gave me headaches" would otherwise read as neutral.
func adverseCauses(t *doc, s []float64) {
	norm := t.norm
	for i := range norm {
		if !t.is(i, cCause) || s[i] != 0 {
			continue
		}
		negated := false
		for k := i - 1; k >= 0 && k >= i-3 && !t.brk[k]; k-- {
			if t.is(k, cNeg) || norm[k] == "no" {
				negated = true
			}
		}
		if negated || !treatmentSubject(t, i) {
			continue // "it never gave me headaches": absences
		}
		for k := i + 1; k < len(norm) && k <= i+4; k++ {
			if norm[k] == "by" || s[k] > 0 {
				break // "itching caused by eczema", "made my pain manageable"
			}
			if isAdverse(norm, k) { // "it gave me headaches." ends its clause on the symptom
				if !praiseFollows(t, s, k) {
					s[i] = causeValence
				}
				break
			}
			if t.brk[k] || s[k] != 0 {
				break
			}
		}
	}
}

// causeSubjects are the words right before a cause verb that make the
// treatment its subject: "it gave me", "this drug caused", "which made me".
var causeSubjects = setOf(strings.Fields(`it this that which drug drugs medication medications
medicine medicines pill pills tablet tablets cream patch injection injections treatment dose
also only`))

func treatmentSubject(t *doc, i int) bool {
	norm := t.norm
	for k := i - 1; k >= 0 && k >= i-2 && !t.brk[k]; k-- {
		if causeSubjects[norm[k]] {
			return true
		}
	}
	return false
}

// praiseFollows reports whether praise follows position k in its clause
// ("made my depression manageable", "made the migraine go away").
func praiseFollows(t *doc, s []float64, k int) bool {
	for j := k; j < len(s) && j <= k+4; j++ {
		if s[j] > 0 {
			return true
		}
		if t.brk[j] {
			break
		}
	}
	return false
}

// doubtOpeners are the words that put what follows them in doubt: "not sure
// it really helped", "hard to tell whether it works", "I don't know if it
// made a difference".
var doubtOpeners = [][]string{{"not", "sure"}, {"unsure"}, {"uncertain"}, {"don't", "know", "if"},
	{"dont", "know", "if"}, {"don't", "know", "whether"}, {"do", "not", "know", "if"},
	{"can't", "tell", "if"}, {"cannot", "tell", "if"}, {"can't", "say", "if"}, {"hard", "to", "tell"},
	{"couldn't", "tell", "if"}, {"could", "not", "tell", "if"}, {"can't", "tell", "whether"}, {"couldn't", "tell", "whether"},
	{"hard", "to", "say"}, {"hard", "to", "judge"}, {"difficult", "to", "say"}, {"difficult", "to", "tell"},
	{"too", "early", "to", "tell"}, {"too", "soon", "to", "tell"}, {"wondering", "if"}, {"not", "convinced"},
	{"long", "enough", "to"}}

// doubts zeroes the praise a doubt opener puts in question, up to the end
// of its clause.
func doubts(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if !t.is(i, cDoubtStart) {
			continue
		}
		l := matchAt(norm, i, doubtOpeners)
		if l == 0 {
			continue
		}
		for k := i + l; k < n && k <= i+l+8; k++ {
			if s[k] > 0 {
				s[k] = 0
			}
			if t.brk[k] {
				break
			}
		}
		i += l - 1
	}
}

// matchAt returns the length of the first sequence in seqs that occurs at
// norm[i:], or 0.
func matchAt(norm []string, i int, seqs [][]string) int {
	for _, q := range seqs {
		if i+len(q) > len(norm) {
			continue
		}
		ok := true
		for k, x := range q {
			if norm[i+k] != x {
				ok = false
				break
			}
		}
		if ok {
			return len(q)
		}
	}
	return 0
}

// personalStates are what a treatment improves in the patient: "Better
// sleep.", "More energy.", "Clearer skin." After a comparative these name a
// benefit the patient got, not a suggestion about the service.
var personalStates = setOf(strings.Fields(`sleep sleeping energy energetic focus focused
concentration mood moods memory skin complexion appetite outlook libido stamina breathing
control motivation clarity confidence stability balance alert alive stable relaxed calm calmer
restful mobility movement vision hearing quality digestion functioning emotionally mentally
physically able productive patient tolerant sex sexual concentrate attentive motivated
outgoing social sociable confident optimistic hopeful rested awake flexible flexibility function
functional impulsive irritable anxious moody normal myself human strength optimism vigor vigour
endurance drive interest`))

// stateFillers may stand between a comparative and the personal state.
var stateFillers = setOf(strings.Fields(`overall quality sense of general night's nights the my`))

// benefitLists reads a comparative that opens a sentence or follows a
// comma before a personal state ("Better sleep, more energy") as a benefit
// of the treatment: markSuggestions would otherwise take "Better sleep." for
// a survey suggestion.
func benefitLists(t *doc, s []float64) {
	norm := t.norm
	for i := 0; i+1 < len(norm); i++ {
		if !comparatives[norm[i]] && norm[i] != "clearer" && norm[i] != "improved" && norm[i] != "increased" {
			continue
		}
		// "Better quality of sleep", "more overall sense of calm"
		k := i + 1
		for k < len(norm)-1 && k <= i+3 && stateFillers[norm[k]] {
			k++
		}
		next := norm[k]
		staff := k+1 < len(norm) && roleRequests[norm[k+1]] // "more attentive nurses"
		if personalStates[next] && !staff && !t.brk[i] {
			if s[i] < benefitValence {
				s[i] = benefitValence
			}
			t.lower[i] = benefitMark // markSuggestions must not take it
		}
	}
}

// benefitValence is the praise of a listed benefit ("More energy.").
const benefitValence = 1.5

// benefitMark replaces a comparative read as a benefit.
const benefitMark = "\x00benefit"

// notAll opens a sentence that denies its praise to some of the people or
// times it is about: "Not all staff knew what they were doing or cared",
// "Not every nurse was kind". The praise in the clause becomes complaint.
func notAll(t *doc, s []float64) {
	norm := t.norm
	start := true
	for i := 0; i+1 < len(norm); i++ {
		if start && norm[i] == "not" && (norm[i+1] == "all" || norm[i+1] == "every" || norm[i+1] == "everyone" || norm[i+1] == "everybody") {
			for k := i + 2; k < len(norm) && k <= i+14; k++ {
				if s[k] > 0 {
					s[k] *= nScalar
				}
				if t.end[k] {
					break
				}
			}
		}
		start = t.end[i]
	}
}

// overly turns praise into complaint: "overly friendly", "overly cautious".
func overly(norm []string, s []float64) {
	for i := 0; i+1 < len(norm); i++ {
		if norm[i] == "overly" && s[i+1] > 0 {
			s[i+1] *= nScalar
		}
	}
}

// wishOpeners are followed by a comparative the patient wanted: "could be
// warmer", "should be quicker", "needs to be cleaner".
var wishOpeners = [][]string{{"could", "be"}, {"could", "have", "been"}, {"should", "be"},
	{"should", "have", "been"}, {"needs", "to", "be"}, {"need", "to", "be"}, {"would", "be"},
	{"could", "do", "with", "being"}, {"can", "be"}, {"to", "be"}, {"do"}, {"needs"}}

// degreeWords may stand between a wish opener and its comparative.
var degreeWords = setOf(strings.Fields(`a little bit much far slightly lot tad touch more`))

// wishedComparatives scores "the toast could be warmer" like "could be
// better": a comparative after a wish opener is a complaint.
func wishedComparatives(t *doc, s []float64) {
	norm := t.norm
	for i := 0; i < len(norm); i++ {
		if !t.is(i, cWishStart) {
			continue
		}
		l := matchAt(norm, i, wishOpeners)
		if l == 0 && (norm[i] == "could" || norm[i] == "should") && i+2 < len(norm) && !t.brk[i] &&
			!negatedWord(norm[i+1]) && wishedAdjectives[norm[i+2]] {
			l = 2 // "the food could taste better"
		}
		if l == 0 || i+l >= len(norm) || t.brk[i+l-1] || i > 0 && t.is(i-1, cNeg) {
			continue // "couldn't do better" is praise
		}
		k := i + l
		for j := 0; j < 3 && k < len(norm)-1 && degreeWords[norm[k]]; j++ {
			k++ // "could be a little bit better"
		}
		gerund := l == 1 && norm[i] == "needs" && k < len(norm) && strings.HasSuffix(norm[k], "ing") && s[k] <= 0 // "needs updating"
		participle := l == 2 && (norm[i] == "could" || norm[i] == "should") && norm[i+1] == "be" &&
			k < len(norm) && strings.HasSuffix(norm[k], "ed") && s[k] <= 0 // "lights could be turned off"
		if k < len(norm) && (comparatives[norm[k]] || wishedAdjectives[norm[k]] || participle || gerund) && s[i] > -1.6 {
			s[i] = -1.6
			for j := i + 1; j <= k; j++ {
				if s[j] > 0 {
					s[j] = 0
				}
			}
		}
	}
}

// wishedAdjectives are more comparatives a patient wishes for.
var wishAdjectivesText = `warmer hotter cooler colder tastier fresher nicer kinder friendlier politer clearer
cleaner tidier brighter larger bigger wider comfier softer calmer safer closer louder slower
faster quicker sooner earlier later longer shorter fewer cheaper simpler easier better
improved`

var wishedAdjectives = setOf(strings.Fields(wishAdjectivesText))

// modifiedHeads follow a symptom word used as a modifier: "no pain relief",
// "no pain management" deny the care, not the symptom.
var modifiedHeads = setOf(strings.Fields(`relief relieve reliever relievers killer killers
killing medication medicine medicines management control clinic team nurse specialist
specialists service services meds tablets`))

// quirkNegation applies a negation VADER skips: with "so" or "this" right
// before a word, the reference only boosts it, so the "not" in "not quite
// so good" is lost.
func quirkNegation(t *doc, s []float64) {
	for i := 3; i < len(t.lower); i++ {
		if s[i] == 0 || t.brk[i-3] || t.brk[i-2] || t.brk[i-1] {
			continue
		}
		if (t.lower[i-1] == "so" || t.lower[i-1] == "this") && negatedWord(t.lower[i-3]) &&
			t.lower[i-3] != "never" && !negatedWord(t.lower[i-2]) {
			s[i] *= nScalar
		}
	}
}

// roleRequests open a sentence that asks something of the staff: "Staff to
// listen more", "Doctors to explain the results".
var roleRequests = setOf(strings.Fields(`staff doctors doctor nurses nurse reception receptionists
receptionist consultants consultant gp gps managers management carers therapists team`))

// roleRequestVerbs follow the role in a request: "Staff to listen",
// "Doctors need to explain", "Reception should answer the phone".
var roleRequestVerbs = setOf(strings.Fields(`to need needs should must`))

// requestOpeners marks "Staff to listen more", "To stick to the times",
// "Just to encourage knocking": a sentence that opens with an infinitive
// asks for something the patient did not get.
func requestOpeners(t *doc, s []float64) {
	norm := t.norm
	start := true
	for i := 0; i+1 < len(norm); i++ {
		if start && !t.brk[i] && !instructionSentence(t, i) {
			k := i
			if norm[k] == "just" || norm[k] == "the" || norm[k] == "all" || norm[k] == "more" {
				k++
			}
			if k+1 < len(norm) && roleRequests[norm[k]] && roleRequestVerbs[norm[k+1]] && !t.brk[k] {
				if s[i] <= 0 {
					s[i] = -suggestionValence
				}
			} else if k+1 < len(norm) && norm[k] == "to" && !t.brk[k] && !toNotRequest[norm[k+1]] &&
				(i == 0 || startsUpper(t.words[i])) { // not "took 7 mos. to see"
				if s[i] <= 0 {
					s[i] = -suggestionValence
				}
			}
		}
		start = t.end[i]
	}
}

// toNotRequest follow a sentence-opening "to" that is no request: "To be
// honest", "To all the staff, thank you", "To my nurse Sarah".
var toNotRequest = setOf(strings.Fields(`be me my all the a an everyone anyone whom whoever
you your our us everybody sum conclude date this that start begin summarise summarize say
thank let add mention reiterate echo express`))

// startsUpper reports whether w starts with an upper-case ASCII letter.
func startsUpper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// intakeWords show that a sentence gives dosing instructions.
var intakeWords = setOf(strings.Fields(`take taking took apply applying applied eat eating ate food
meal meals swallow dose doses dosage pill pills tablet tablets capsule capsules drink drinking
breakfast cream gel inject injection`))

// durationUnits end a stated duration.
var durationUnits = setOf(strings.Fields(`minutes minute mins min hour hours hrs hr`))

// dosingWaits silences "wait" in dosing instructions ("apply the gel and
// wait twenty minutes", "wait an hour before eating"): a wait the medicine
// asks for is no complaint about care.
func dosingWaits(t *doc, s []float64) {
	n := len(t.lower)
	start := 0
	for i := 0; i < n; i++ {
		if !(t.end[i] || i == n-1) {
			continue
		}
		intake, waitAt := false, -1
		for k := start; k <= i; k++ {
			w := trimPunct(t.lower[k])
			if t.is(k, cIntake) {
				intake = true
			}
			if (w == "wait" || w == "waited" || w == "waiting") && waitAt < 0 {
				for j := k + 1; j <= i && j <= k+4; j++ {
					if t.is(j, cDuration) {
						waitAt = k
						break
					}
				}
			}
		}
		if intake && waitAt >= 0 && s[waitAt] < 0 {
			s[waitAt] = 0
		}
		start = i + 1
	}
}

// medicationReview reports whether a text reviews a medicine: it names at
// least two of taking, doses, pills, prescriptions, side effects..., or one
// word that only a medicine review uses (medicationMarkers, a dose, side
// effects).
func medicationReview(norm []string) bool {
	n := 0
	for i, w := range norm {
		if medicationWords[w] || doseToken(w) || w == "side" && i+1 < len(norm) && (norm[i+1] == "effects" || norm[i+1] == "effect") {
			n++
			if n >= 2 || medicationMarkers[w] || doseToken(w) || w == "side" {
				return true
			}
		}
	}
	return false
}

// medicationWords mark a medication review.
var medicationWords = setOf(strings.Fields(`taking took medication medications medicine medicines
drug drugs pill pills tablet tablets dose doses dosage mg prescribed prescription capsule
capsules cream gel injection injections apply applied applying daily nightly
milligrams dosing pharmacist refill`))

// interjections silences a sentence-opening "Well" that only starts the
// sentence ("Well, I wanted to comment on this medication").
func interjections(t *doc, s []float64) {
	start := true
	for i := 0; i+1 < len(t.lower); i++ {
		if start && t.lower[i] == "well" && (t.brk[i] || interjectionNext[trimPunct(t.lower[i+1])]) {
			s[i] = 0
		}
		start = t.end[i]
	}
}

var interjectionNext = setOf(strings.Fields(`i we it the that this my he she they you over after so`))

// imperativeClean reads a sentence-opening "Clean" with an object ("Clean
// the shower", "Clean up more often") as a request; "Clean and tidy",
// "Clean rooms" stay praise.
func imperativeClean(t *doc, i int) bool {
	if trimPunct(t.lower[i]) != "clean" || t.brk[i] || i+1 >= len(t.lower) {
		return false
	}
	switch trimPunct(t.lower[i+1]) {
	case "the", "up", "a", "more", "all", "out", "our", "my", "their", "toilets", "bathrooms", "floors":
		return true
	}
	return false
}

// recommendsAhead reports whether "recommend" (or "return", "again") follows
// within three words of the same clause: "Would definitely recommend".
func recommendsAhead(t *doc, i int) bool {
	for k := i + 1; k < len(t.lower) && k <= i+4; k++ {
		if t.is(k, cStillPraise) || strings.HasPrefix(t.lower[k], "recom") {
			return true
		}
		if t.brk[k] {
			break
		}
	}
	return false
}

// unnegateAfter undoes the negation VADER applied to the words after a
// phrase that carries its own negation: in "Cannot fault the care" the
// "cannot" belongs to "cannot fault", not to "care".
func unnegateAfter(t *doc, s []float64, from, to int) {
	norm := t.norm
	neg := -1
	for k := from; k < to; k++ {
		if t.is(k, cNeg) {
			neg = k
		}
	}
	if neg < 0 || t.brk[to-1] {
		return
	}
	for j := to; j < len(norm) && j <= neg+3; j++ {
		other := false
		for k := j - 3; k < j; k++ {
			if k >= 0 && (k < from || k >= to) && t.is(k, cNeg) {
				other = true
			}
		}
		if s[j] != 0 && !other {
			s[j] /= nScalar
		}
		if t.brk[j] {
			break
		}
	}
}

// counterfactualThanks reads "I couldn't have got through this without
// their support" and "It would have been so difficult without their care":
// the hardship is what the care spared the patient, so the sentence's
// complaint words are thanks.
func counterfactualThanks(t *doc, s []float64) {
	norm := t.norm
	start := 0
	n := len(norm)
	for i := 0; i < n; i++ {
		if !(t.end[i] || i == n-1) {
			continue
		}
		without, counter := false, false
		for k := start; k <= i; k++ {
			switch norm[k] {
			case "without":
				for j := k + 1; j <= i && j <= k+3; j++ {
					if carers[norm[j]] {
						without = true
					}
				}
			case "would", "could", "couldn't", "wouldn't", "would've", "could've", "dread":
				counter = true
			}
		}
		if without && counter {
			for k := start; k <= i; k++ {
				if s[k] < 0 {
					s[k] = -s[k] * 0.8
				}
			}
		}
		start = i + 1
	}
}

// carers are who or what the patient could not have done without.
var carers = setOf(strings.Fields(`help support care kindness them her him you staff team nurses
doctors service services advice their your his`))

// doc is a tokenized text with the views the healthcare rules share: the
// tokens without punctuation and each token's word classes, looked up once.
type doc struct {
	tokens
	norm []string
	cls  []wclass
	// medication is set for a review of a medicine (medicationReview).
	medication bool
	// phrase marks the first word of each phrase match, verdict those
	// of verdict phrases (applyPhrases).
	phrase, verdict []bool
	// inside marks the later words of each phrase match.
	inside []bool
	// left marks reports of giving the medicine up ("Stopped.", "had
	// to come off", "now on sertraline"), for lateVerdict.
	left []bool
	// emptyAt is the last word of an opening empty answer ("None.",
	// "N/A."), or -1 (emptyOpener).
	emptyAt int
}

func newDoc(t tokens) *doc {
	n := len(t.lower)
	marks := make([]bool, 4*n)
	d := &doc{tokens: t, norm: normWords(t), cls: make([]wclass, n),
		phrase: marks[:n:n], verdict: marks[n : 2*n : 2*n], inside: marks[2*n : 3*n : 3*n], left: marks[3*n:], emptyAt: -1}
	for i, w := range d.norm {
		c := wordClasses[w]
		if negatedWord(w) {
			c |= cNeg
		}
		d.cls[i] = c
	}
	return d
}

// is reports whether token k belongs to one of the classes in c.
func (d *doc) is(k int, c wclass) bool { return d.cls[k]&c != 0 }

// wclass is a set of word classes, one bit per word list.
type wclass uint64

const (
	cNeg wclass = 1 << iota
	cSym
	cIll
	cAdvNoun
	cAdvMarker
	cReduction
	cReliefAfter
	cClause
	cContrast
	cHyp
	cLack
	cComparative
	cSuggestion
	cAbsenceFiller
	cWeightLoss
	cWeightGain
	cCause
	cMedication
	cTreatment
	cIntake
	cDuration
	cBenefit
	cCarrier
	cOpinion
	cStillPraise
	cPhraseStart
	cWishEnd
	cDoubtStart
	cWishStart
	cDeniedBenefit // benefitNounsDenied
	cIncrease      // increaseWords
	cScant         // scantWords
)

// wordClasses maps each word to the lists it is on.
var wordClasses = func() map[string]wclass {
	m := map[string]wclass{}
	add := func(set map[string]bool, c wclass) {
		for w := range set {
			m[w] |= c
		}
	}
	add(symptoms, cSym)
	add(illnessWords, cIll)
	add(adverseNouns, cAdvNoun)
	add(adverseMarkers, cAdvMarker)
	add(reductionWords, cReduction)
	add(reliefAfterWords, cReliefAfter)
	add(clauseWords, cClause)
	add(contrastWords, cContrast)
	add(hypotheticals, cHyp)
	add(lackWords, cLack)
	add(comparatives, cComparative)
	add(suggestionStarts, cSuggestion)
	add(absenceFillers, cAbsenceFiller)
	add(weightLoss, cWeightLoss)
	add(weightGain, cWeightGain)
	add(causeVerbs, cCause)
	add(medicationWords, cMedication)
	add(treatmentWords, cTreatment)
	add(intakeWords, cIntake)
	add(durationUnits, cDuration)
	add(benefitWords, cBenefit)
	add(negationCarriers, cCarrier)
	add(opinionVerbs, cOpinion)
	add(stillPraise, cStillPraise)
	add(benefitNounsDenied, cDeniedBenefit)
	add(increaseWords, cIncrease)
	add(scantWords, cScant)
	for w := range phraseFirst {
		m[w] |= cPhraseStart
	}
	for _, q := range wishEnds {
		m[q[0]] |= cWishEnd
	}
	for _, q := range doubtOpeners {
		m[q[0]] |= cDoubtStart
	}
	for _, q := range wishOpeners {
		m[q[0]] |= cWishStart
	}
	m["could"] |= cWishStart // "could taste better"
	m["should"] |= cWishStart
	return m
}()

// notEnough reads "people aren't challenged enough", "staff don't explain
// things enough": a negation with "enough" later in its clause says there
// was too little. "I can't thank you enough" is praise.
func notEnough(t *doc, s []float64) {
	for i, w := range t.norm {
		if w != "enough" || s[i] != 0 {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3 && !t.brk[k]; k-- {
			if t.norm[k] == "thank" || t.norm[k] == "praise" || t.norm[k] == "recommend" {
				break
			}
			if t.is(k, cNeg) {
				s[i] = -1.2
				break
			}
		}
	}
}

// bareNo silences VADER's "no" before a word it does not know in a
// medication review: "no hot flashes", "no periods", "for no reason" state
// what is absent, which is as often the benefit as the failure. ("No relief"
// and "no change" are phrases and keep their complaint.)
func bareNo(t *doc, s []float64) {
	if !t.medication {
		return
	}
	for i, w := range t.norm {
		if w == "no" && s[i] < 0 {
			s[i] = 0
		}
	}
}

// relapseMarkers say that the illness returned: "the pain came back",
// "the acne returned", "the migraines started again".
var relapseMarkers = [][]string{{"came", "back"}, {"come", "back"}, {"comes", "back"}, {"coming", "back"},
	{"returned"}, {"returns"}, {"started", "again"}, {"back", "again"}, {"reappeared"}, {"reappear"},
	{"is", "back"}, {"was", "back"}, {"are", "back"}, {"were", "back"}}

// stopMarkers say that the patient stopped the medicine: "when I stopped
// taking it", "if I miss a dose", "ran out".
var stopMarkers = [][]string{{"stopped"}, {"stop"}, {"stopping"}, {"quit"}, {"ran", "out"}, {"run", "out"},
	{"miss", "a", "dose"}, {"missed", "a", "dose"}, {"forget", "to", "take"}, {"forgot", "to", "take"},
	{"went", "off"}, {"came", "off"}, {"come", "off"}, {"off", "it"}, {"without", "it"}, {"discontinued"}}

// relapses reads "When I stopped taking it the headaches came back": the
// illness returning without the medicine is the medicine's praise, so the
// sentence's complaint counts as modest praise. Only in medication reviews.
func relapses(t *doc, s []float64) {
	if !t.medication {
		return
	}
	n := len(t.norm)
	start := 0
	for i := 0; i < n; i++ {
		if !(t.end[i] || i == n-1) {
			continue
		}
		stop, back := false, false
		for k := start; k <= i; k++ {
			if !stop && matchAt(t.norm, k, stopMarkers) > 0 {
				stop = true
			}
			if !back && matchAt(t.norm, k, relapseMarkers) > 0 {
				back = true
			}
		}
		if stop && back {
			for k := start; k <= i; k++ {
				if s[k] < 0 {
					s[k] = -s[k] * 0.5
				}
			}
		}
		start = i + 1
	}
}

// impairmentWords describe what an illness does to a patient ("difficulty
// walking", "unable to focus", "trouble with details") or what a medicine
// costs; in a medication review they are the background, not the verdict.
var impairmentWords = setOf(strings.Fields(`difficulty difficulties inability unable trouble hard
difficult struggle struggled struggling expensive pricey costly`))

// impairments damps impairment words in a medication review. A verdict
// phrase that holds one ("hard to come off", "unable to continue") keeps
// its complaint: it is about the medicine.
func impairments(t *doc, s []float64) {
	if !t.medication {
		return
	}
	for i, w := range t.norm {
		if s[i] < 0 && impairmentWords[w] && !t.verdict[i] {
			s[i] *= impairmentDamp
		}
	}
}

// impairmentDamp is the share of complaint an impairment word keeps.
const impairmentDamp = 0.2
