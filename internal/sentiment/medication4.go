package sentiment

import "strings"

// Medication reviews, druglib round four: families of patient language
// about medicines, written by hand and kept only where they held both on
// druglib train and on a development file from an outside writer. Pinned
// by TestMedicationFamilies with project-written sentences and
// counter-examples.

// medicineForms are words that, in a short answer, only a review of a
// medicine uses: the forms a medicine comes in and how it is given.
var medicineForms = setOf(strings.Fields(`shot shots injection injections inhaler inhalers puff puffs
spray sprays patch patches drops foam gel cream ointment lotion capsule capsules pill pills tablet
tablets dose doses dosage prescription prescribed refill refills meds medication medicine`))

// notApplicable are first answers that say the question did not apply.
var notApplicable = setOf(strings.Fields(`n/a na nothing`))

// notApplicableTails may follow "Nothing" in a first answer that is still
// only "nothing": "Nothing noticeable.", "Nothing changed.", "Nothing at
// all."
var notApplicableTails = setOf(strings.Fields(`noticeable noticed changed happened really whatsoever`))

// benefitsNotApplicable reads a review whose first answer is only "N/A" or
// "Nothing" ("N/A. Was on 50mg.", "Nothing noticeable. One tablet a
// day.") as a medicine that brought nothing, when the text goes on about
// a medicine (a dose, a pill, a shot). Survey comments ("N/A, all went
// smoothly", "Nothing. Staff were lovely.") name no medicine and keep
// their reading as "nothing to improve".
func benefitsNotApplicable(t tokens, i int) {
	first := trimPunct(t.lower[i])
	if !notApplicable[first] {
		return
	}
	n := len(t.lower)
	j := i
	if !t.end[j] && first == "nothing" {
		switch {
		case j+1 < n && notApplicableTails[trimPunct(t.lower[j+1])]:
			j++
		case j+2 < n && trimPunct(t.lower[j+1]) == "at" && trimPunct(t.lower[j+2]) == "all":
			j += 2
		}
	}
	if !t.end[j] || j+1 >= n {
		return
	}
	for _, w := range t.lower[j+1:] {
		if w := trimPunct(w); medicineForms[w] || medicationMarkers[w] || doseToken(w) {
			t.words[i], t.lower[i] = noBenefitAnswer, noBenefitAnswer
			return
		}
	}
}

// stopOpeners open a sentence that reports giving the medicine up, with
// the patient as the unsaid subject: "Stopped after 2 months.",
// "Switched to another one.", "Discontinued.", "Quit." ("Quit" not in a
// review of a habit such as smoking, aboutHabit).
var stopOpeners = setOf(strings.Fields(`stopped switched switching discontinued removed quit`))

// stopNext may follow a stopOpener in a report of giving up; anything
// else is an object ("Stopped the itching") or another turn of phrase.
var stopNext = setOf(strings.Fields(`after at it them taking using immediately and because due when
within following once on to`))

// stopDone are words that give giving up an ordinary end: the course was
// finished, the illness had cleared, it was planned.
var stopDone = setOf(strings.Fields(`course finished completed complete cleared healed gone pregnant
planned needed instructed directed scheduled better recovered cured`))

// stopValence is the complaint of a terse report of giving the medicine up.
const stopValence = -1.5

// terseStops reads a sentence of a medication review that opens with a
// bare "Stopped", "Switched" or "Discontinued" ("Lowered my numbers.
// Stopped after 4 months.", "Some focus. Switched to another one.") as
// the patient giving the medicine up: the benefit named before did not
// make it worth keeping. "Stopped the itching" names a relief, "switched
// to this one" is about arriving at the reviewed medicine, and "stopped
// after the course was finished" is an ordinary end.
func terseStops(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	habit := aboutHabit(norm)
	for i := 0; i < n; i++ {
		if i > 0 && !t.end[i-1] || !stopOpeners[norm[i]] || norm[i] == "quit" && habit {
			continue
		}
		if !t.end[i] && i+1 < n {
			next := norm[i+1]
			if !stopNext[next] && !t.brk[i] {
				continue
			}
			if (next == "to" || next == "on") && i+2 < n && (norm[i+2] == "this" || norm[i+2] == "it") {
				continue
			}
			if next == "to" && norm[i] == "stopped" || next == "on" && norm[i] != "switched" {
				continue
			}
		}
		done := false
		for k := i + 1; k < n && !t.end[k-1]; k++ {
			// "Quit after 15 years, so happy": a habit given up
			if stopDone[norm[k]] || norm[i] == "quit" && s[k] > 0 {
				done = true
			}
		}
		if done {
			continue
		}
		complaintAt(t, s, i, stopValence)
		t.left[i] = true
	}
}

// warningVerbs open a warning to the reader on their own: "Research it
// first.", "Beware.", "Look up the withdrawal."
var warningVerbs = [][]string{{"research"}, {"beware"}, {"look", "up"}, {"look", "into"}, {"read", "up"}, {"read", "about"},
	{"watch", "for"}, {"watch", "out"}, {"be", "warned"}, {"be", "cautious"},
	{"do", "your", "research"}, {"do", "your", "homework"}}

// riskVerbs open a warning when a risk word follows: "Know the signs",
// "Read the warnings", "Ask about the risks", "Weigh the risks", "Take
// the warnings seriously".
var riskVerbs = setOf(strings.Fields(`read know ask weigh take check consider learn understand`))

// riskNouns are what a warning points at.
var riskNouns = setOf(strings.Fields(`risk risks warning warnings signs dangers danger toxicity
withdrawal label insert`))

// warningOpeners may stand before the verb: "Please research ...", "But
// be aware ...".
var warningOpeners = setOf(strings.Fields(`please just also and but so really`))

// warningValence is the complaint of a warning to the reader.
const warningValence = -1.5

// warnings reads a sentence of a medication review that warns the reader
// ("Please research the risks before taking it.", "Beware.", "Know the
// signs.", "Be careful.") as a complaint: a patient warns others about a
// medicine that hurt them. Tips on using the medicine ("Take it with
// food.", "Be careful to apply it thinly.", "Read the leaflet.", "Ask for
// the generic.") are not warnings.
func warnings(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if i > 0 && !t.end[i-1] {
			continue
		}
		k := i
		for k < n-1 && warningOpeners[norm[k]] && !t.end[k] {
			k++
		}
		warn := false
		switch {
		case matchAt(norm, k, warningVerbs) > 0:
			warn = true
		case norm[k] == "be" && k+1 < n && norm[k+1] == "careful" || norm[k] == "careful":
			// "Be careful." or "be careful with it", "Careful with the
			// elderly", not "be careful to apply it thinly"
			c := k
			if norm[k] == "be" {
				c = k + 1
			}
			warn = t.end[c] || c+1 >= n || norm[c+1] == "with" || norm[c+1] == "if"
		case riskVerbs[norm[k]]:
			for j := k + 1; j < n && j <= k+5; j++ {
				if riskNouns[norm[j]] {
					warn = true
					break
				}
				if t.brk[j-1] {
					break
				}
			}
		}
		if !warn {
			continue
		}
		complaintAt(t, s, k, warningValence)
	}
}

// firstTimeValence is the praise of something good for the first time in
// a long while.
const firstTimeValence = 1.5

// firstTimeIn reads "my skin is clear for the first time since school",
// "the first time in years I wanted to live", "first full night's sleep in
// years" as praise: the medicine brought back what had been missing for
// long. A clause with a complaint, an illness or a negation ("the first
// time in years I had a migraine", "not for the first time in months")
// gets no praise from it.
func firstTimeIn(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+1 < n; i++ {
		if norm[i] != "first" || t.brk[i] {
			continue
		}
		span := -1
		for k := i + 1; k < n && k <= i+4; k++ {
			if norm[k] == "since" && norm[k-1] == "time" || longSpanFirst[norm[k]] && matchAt(norm, k, longSpans) > 0 {
				span = k
				break
			}
			if t.brk[k] {
				break
			}
		}
		if span < 0 {
			continue
		}
		// the clause around it
		from := i
		for from > 0 && !t.brk[from-1] && !t.is(from, cContrast) {
			from--
		}
		to := span
		for to+1 < n && !t.brk[to] && !t.is(to+1, cContrast) {
			to++
		}
		clean := true
		for k := from; k <= to; k++ {
			denied := k > 0 && (norm[k-1] == "without" || norm[k-1] == "no")
			if t.is(k, cNeg) && norm[k] != "without" && norm[k] != "no" || s[k] < 0 && !denied || isAdverse(norm, k) && !denied {
				clean = false
			}
		}
		if !clean {
			if t.phrase[i] && s[i] > 0 {
				s[i] = 0 // the phrase "first time in years" too
			}
			continue
		}
		praiseAt(t, s, i, firstTimeValence)
		i = to
	}
}

// avoidedOutcomes are what a patient takes a medicine not to have, other
// than illness: a pregnancy, periods, a stay in hospital, a broken bone.
var avoidedOutcomes = setOf(strings.Fields(`pregnancy pregnancies babies baby periods period
hospitalizations hospitalisations admissions fractures fracture`))

// outcomeFillers may stand between "no" and the outcome: "no unplanned
// pregnancies", "no more periods".
var outcomeFillers = setOf(strings.Fields(`more unwanted unplanned accidental new surprise`))

// avoidedOutcome reads "no pregnancy", "no babies", "no periods", "no
// hospital visits" as a benefit: what the medicine was taken to prevent did
// not happen. A "no" with a verb between ("no one told me about periods")
// is not an absence.
func avoidedOutcome(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+1 < n; i++ {
		if norm[i] != "no" && norm[i] != "zero" || t.brk[i] {
			continue
		}
		k := i + 1
		if k+1 < n && outcomeFillers[norm[k]] && !t.brk[k] {
			k++
		}
		ok := avoidedOutcomes[norm[k]] ||
			(norm[k] == "hospital" || norm[k] == "er") && k+1 < n && !t.brk[k] &&
				(norm[k+1] == "visits" || norm[k+1] == "stays" || norm[k+1] == "trips" || norm[k+1] == "admissions")
		if !ok {
			continue
		}
		clearNegatives(s, i+1, k)
		praiseAt(t, s, i, absenceValence)
		i = k
	}
}

// notAnymore reads "I don't wake up wheezing anymore", "I don't cry every
// month any more" as relief: a negation and "anymore" around an illness
// or a complaint say the illness has stopped. "I can't work anymore" is
// what a medicine took away (regainedLife), and "it doesn't work anymore"
// names no illness.
func notAnymore(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 1; i < n; i++ {
		end := i
		switch {
		case norm[i] == "anymore":
		case norm[i] == "more" && norm[i-1] == "any":
			end = i
			i--
		default:
			continue
		}
		neg := -1
		for k := i - 1; k >= 0 && k >= i-8 && !t.brk[k]; k-- {
			if t.is(k, cNeg) && norm[k] != "no" {
				neg = k
				break
			}
		}
		if neg < 0 || norm[neg] == "can't" || norm[neg] == "cannot" || norm[neg] == "couldn't" || norm[neg] == "cant" || norm[neg] == "couldnt" {
			i = end
			continue
		}
		ill := false
		for k := neg + 1; k < i; k++ {
			if isAdverse(norm, k) || s[k] < 0 {
				ill = true
			}
		}
		if ill {
			clearNegatives(s, neg, end)
			praiseAt(t, s, end, absenceValence)
		}
		i = end
	}
}

// intoleranceVerbs after "couldn't" say the patient could not bear the
// medicine: "couldn't handle it", "could not tolerate them".
var intoleranceVerbs = setOf(strings.Fields(`handle tolerate stand take bear`))

// intolerance reads "I couldn't handle it.", "could not tolerate them any
// longer" as a complaint about the medicine. An object that goes on ("I
// cannot tolerate the pain without it", "people who couldn't take this
// medicine") is left alone.
func intolerance(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if !t.is(i, cNeg) && norm[i] != "to" {
			continue
		}
		w := norm[i]
		neg := w == "couldn't" || w == "couldnt" || w == "can't" || w == "cant" || w == "cannot" ||
			w == "not" && i > 0 && (norm[i-1] == "could" || norm[i-1] == "can") ||
			w == "to" && i > 0 && norm[i-1] == "unable"
		if !neg || t.brk[i] || !intoleranceVerbs[norm[i+1]] || t.brk[i+1] {
			continue
		}
		o := i + 2
		if norm[o] != "it" && norm[o] != "them" && norm[o] != "this" {
			continue
		}
		if !t.brk[o] && o+1 < n && norm[o+1] != "anymore" && norm[o+1] != "any" && norm[o+1] != "so" && norm[o+1] != "and" {
			continue
		}
		clearPositives(s, i, o)
		complaintAt(t, s, i+1, failureValence)
		i = o
	}
}

// choiceNouns are the other choices a patient says were better.
var choiceNouns = setOf(strings.Fields(`options option alternatives alternative choices choice`))

// regretObjects end a regret about the choice of medicine: "wish I had
// asked for something else", "wish I had tried another one".
var regretObjects = setOf(strings.Fields(`else another different other`))

// betterChoices reads a verdict that the medicine should not have been
// chosen: "there are better options", "safer alternatives exist", "should
// be a last resort", "I wish I had asked for something else". How the
// patient came to it ("as a last resort", "no better options were left")
// is not such a verdict.
func betterChoices(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	mark := func(i int) { complaintAt(t, s, i, failureValence) }
	for i := 0; i+1 < n; i++ {
		w := norm[i]
		switch {
		case (w == "better" || w == "safer") && !t.brk[i] && choiceNouns[norm[i+1]]:
			if i > 0 && (norm[i-1] == "no" || t.is(i-1, cNeg)) {
				continue
			}
			for k := i; k <= i+1; k++ {
				s[k] = 0
			}
			mark(i)
		case w == "last" && norm[i+1] == "resort" && i > 1:
			k := i - 1
			if norm[k] == "a" || norm[k] == "the" {
				k--
			}
			if k >= 0 && (norm[k] == "be" || norm[k] == "is") && k > 0 && (norm[k-1] == "should" || norm[k-1] == "must" || norm[k-1] == "only") ||
				k >= 0 && norm[k] == "only" {
				mark(i)
			}
		case w == "wish" && i+3 < n:
			// "wish I had asked for something else", "wish I'd tried
			// another one"
			for k := i + 1; k < n && k <= i+7; k++ {
				if regretObjects[norm[k]] && (norm[k] != "else" || norm[k-1] == "something" || norm[k-1] == "anything") {
					clearPositives(s, i, k)
					mark(i)
					break
				}
				if t.brk[k] {
					break
				}
			}
		}
	}
}

// trailingHedges weaken the benefit they follow at the end of its clause:
// "it helped some", "skin improved a bit", "sugar better a little".
var trailingHedges = [][]string{{"a", "little"}, {"a", "bit"}, {"a", "tad"}, {"some"}, {"slightly"},
	{"somewhat"}, {"marginally"}, {"maybe"}, {"a", "little", "bit"}}

var trailingHedgeFirst = firstWords(trailingHedges)

// leadingHedges are hedges (hedgedBenefits) or "maybe" right before a
// benefit.
func leadingHedge(t *doc, i int) bool {
	norm := t.norm
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if t.brk[k] {
			return false
		}
		if norm[k] == "kind" || norm[k] == "sort" || norm[k] == "some" {
			// "kind of faded" tells how, not how much, and "some
			// reduction" may be much
			return false
		}
		if norm[k] == "maybe" || hedgeFirst[norm[k]] && matchAt(norm, k, hedges) == i-k ||
			k+2 == i && isAdverse(norm, k+1) && hedgeFirst[norm[k]] && matchAt(norm, k, hedges) == 1 {
			return true
		}
	}
	return false
}

// trailingHedge reports whether the clause of the benefit at i ends, within
// three words, in a hedge: "helped joints a little", "it helped some".
func trailingHedge(t *doc, i int) bool {
	norm := t.norm
	n := len(norm)
	for k := i + 1; k < n && k <= i+3; k++ {
		if trailingHedgeFirst[norm[k]] {
			if l := matchAt(norm, k, trailingHedges); l > 0 && (t.brk[k+l-1] || k+l >= n) {
				return true
			}
		}
		if t.brk[k] {
			return false
		}
	}
	return false
}

// faintValence is the complaint of a benefit the patient only hedges.
const faintValence = -0.5

// faintPraise reads a text whose only praise is a hedged benefit ("Slight
// improvement.", "It helped some.", "Skin a bit better. Stopped after two
// months.") as faint praise: a patient who got no more than that from a
// medicine is disappointed with it. One unhedged praise anywhere ("Slight
// improvement at first, now my skin is clear") keeps the text's reading.
func faintPraise(t *doc, s []float64) {
	norm := t.norm
	hedged := 0
	for i := range norm {
		if s[i] <= 0 {
			continue
		}
		benefit := t.is(i, cReduction|cReliefAfter|cBenefit) || benefitNounHedged[norm[i]] || norm[i] == "improved"
		if !benefit || !leadingHedge(t, i) && !trailingHedge(t, i) {
			return
		}
		hedged++
	}
	if hedged == 0 {
		return
	}
	for i := range norm {
		if s[i] > 0 {
			s[i] = faintValence
			t.verdict[i] = true
		}
	}
}

// everydaySymptoms name an illness in everyday words that the clinical
// lists (isAdverse) leave out: "less short of breath", "fewer coughs",
// "less tired", "less puffy".
var everydaySymptoms = setOf(strings.Fields(`coughs breath breathless breathlessness wheezy wheeze tired
tiredness exhausted exhaustion fatigued puffy bloated bumps lumps spots zits achy aching stiff shaky
jittery nauseous nauseated dizzy lightheaded anxious worried worry worrying irritable moody foggy fog
urgency sweaty flushing clammy sleepless restless wired`))

// fewerIllness reads "less short of breath", "fewer night coughs", "less
// tired, less puffy" as relief: "less" or "fewer" with an illness word
// within three words of its clause. A survey comment reads an opening
// comparative as a suggestion ("Less waiting."); naming an illness makes
// it a benefit. "No less painful" and "less pain relief" are not relief.
func fewerIllness(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+1 < n; i++ {
		if norm[i] != "less" && norm[i] != "fewer" || t.brk[i] || s[i] > 0 {
			continue
		}
		if i > 0 && (norm[i-1] == "no" || norm[i-1] == "not" || norm[i-1] == "none" || norm[i-1] == "any") {
			continue
		}
		ill := -1
		for k := i + 1; k < n && k <= i+3; k++ {
			if (isAdverse(norm, k) || everydaySymptoms[norm[k]]) && norm[k] != "side" && norm[k] != "effects" && norm[k] != "effect" {
				ill = k
			}
			if t.brk[k] || ill >= 0 {
				break
			}
		}
		if ill < 0 || ill+1 < n && !t.brk[ill] && benefitNounHedged[norm[ill+1]] {
			continue
		}
		clearNegatives(s, i+1, ill)
		s[i] = measuredValence
		t.verdict[i] = true
		i = ill
	}
}

// moneyWords name what a medicine costs and how it is got, not what it
// does: price, insurance, supply.
var moneyWords = setOf(strings.Fields(`price prices priced cost costs costly pricey expensive insurance
insurer copay co-pay copays coupon coupons shortage shortages out-of-pocket deductible coverage
afford affordable`))

// asideWords mark a remark as an aside to the verdict: "prices are
// criminal though", "the only problem was the cost".
var asideWords = setOf(strings.Fields(`though although but only downside however except`))

// moneyKeep is the share of complaint kept in a sentence about cost or
// supply.
const moneyKeep = 0.3

// moneyAside damps the complaint of a sentence about what a medicine costs
// or how hard it is to get ("insulin prices are criminal though", "the
// shortage has been a nightmare", "the insurance fight took two months"):
// the patient's verdict is on what the medicine did. A sentence that
// weighs the cost against the result ("not worth the money", "not worth
// $99 a month") or names a result or an illness ("expensive and no
// results") is a verdict and keeps its complaint.
func moneyAside(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	start := 0
	for i := 0; i < n; i++ {
		if !t.end[i] && i+1 < n {
			continue
		}
		money := false
		for k := start; k <= i && !money; k++ {
			money = moneyWords[norm[k]] || strings.HasPrefix(t.lower[k], "$")
		}
		verdict, aside := false, false
		for k := start; k <= i && money; k++ {
			if asideWords[norm[k]] {
				aside = true
			}
			if norm[k] == "worth" || t.verdict[k] || t.is(k, cBenefit) || benefitNouns[norm[k]] || isAdverse(norm, k) {
				verdict = true
			}
		}
		if money && aside && !verdict {
			for k := start; k <= i; k++ {
				if s[k] < 0 {
					s[k] *= moneyKeep
				}
			}
		}
		start = i + 1
	}
}

// referenceWords follow "see" in a cross-reference: "See above", "see my
// description under benefits", "Please see previous answer".
var referenceWords = setOf(strings.Fields(`above below previous earlier comments comment my the side answer
description`))

// crossReferences reads a sentence that opens "See above" (or "Please see
// ...") as a pointer to another answer of the form: it is neither a
// suggestion nor a complaint, so the suggestion reading of its opening verb
// is undone.
func crossReferences(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+1 < n; i++ {
		if i > 0 && !t.end[i-1] {
			continue
		}
		k := i
		if norm[k] == "please" && !t.end[k] {
			k++
		}
		if norm[k] == "see" && k+1 < n && !t.end[k] && referenceWords[norm[k+1]] {
			clearNegatives(s, i, k)
		}
	}
}

// replacedValence is the praise of an illness replaced by something better.
const replacedValence = 1.0

// replacedState reads "I fall asleep in 30 minutes instead of 3 hours",
// "awake in the mornings instead of groggy", "instead of being
// hospitalized once a year, he can now ..." as relief: what follows
// "instead of" is the state the medicine replaced, so its complaint words
// are not a verdict, and an illness or a complaint there makes the
// comparison praise. A benefit after "instead of" ("instead of curing my
// depression") is read by insteadOf; a choice between medicines ("instead
// of the generic") names neither and is left alone.
func replacedState(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if norm[i] != "instead" || norm[i+1] != "of" || t.brk[i+1] || t.verdict[i+2] {
			continue
		}
		to := i + 2
		for to+1 < n && to < i+9 && !t.brk[to] && !t.is(to+1, cContrast) {
			to++
		}
		bad := false
		for k := i + 2; k <= to; k++ {
			if t.is(k, cBenefit|cReduction) && s[k] > 0 || t.is(k, cMedication|cTreatment) || otherTreatmentNouns[norm[k]] {
				bad = false
				break
			}
			if s[k] < 0 || isAdverse(norm, k) || everydaySymptoms[norm[k]] {
				bad = true
			}
			// "instead of 3 hours", "instead of like 12": a measure that
			// the clause before improved on
			if k == i+2 && isNumber(norm[k]) || k == i+3 && norm[k-1] == "like" && isNumber(norm[k]) {
				bad = true
			}
		}
		if !bad {
			continue
		}
		clearNegatives(s, i+2, to)
		praiseAt(t, s, i, replacedValence)
		i = to
	}
}

// clearNegatives sets the negative valences of tokens from..to (inclusive) to
// zero: the words a relief rule reads as background, not complaint.
func clearNegatives(s []float64, from, to int) {
	for k := from; k <= to; k++ {
		if s[k] < 0 {
			s[k] = 0
		}
	}
}

// clearPositives is clearNegatives for the praise a failure rule overrides.
func clearPositives(s []float64, from, to int) {
	for k := from; k <= to; k++ {
		if s[k] > 0 {
			s[k] = 0
		}
	}
}

// praiseAt makes token i a verdict of praise worth at least v.
func praiseAt(t *doc, s []float64, i int, v float64) {
	if s[i] < v {
		s[i] = v
	}
	t.verdict[i] = true
}

// complaintAt makes token i a verdict of complaint worth at most v.
func complaintAt(t *doc, s []float64, i int, v float64) {
	if s[i] > v {
		s[i] = v
	}
	t.verdict[i] = true
}
