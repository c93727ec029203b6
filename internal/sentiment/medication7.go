package sentiment

import "strings"

// Medication reviews, session seven: how patients report leaving a medicine
// behind, and first answers that name no result (empty, or only what the
// medicine was for). Written by hand from how people describe their
// medicines, kept only where druglib train and two outside writers' review
// files agreed. Pinned by TestMedicationSessionSeven.

// habitWords name a habit a medicine helps a patient give up: in a review
// that names one, "quit" and "gave up" report the habit's end, which is the
// benefit ("Quit after 20 years.", "Quit. 14 months smoke free").
var habitWords = setOf(strings.Fields(`smoke smoking smoked smoker smokes cigarette cigarettes cigs
cig nicotine tobacco vape vaping vaped juul chew dip drinking alcohol booze`))

// aboutHabit reports whether the text names a habit (habitWords).
func aboutHabit(norm []string) bool {
	for _, w := range norm {
		if habitWords[w] || strings.HasPrefix(w, "smoke-") {
			return true
		}
	}
	return false
}

// replacementFillers may stand between a clause's start and "now on":
// "I'm now on ...", "so am now on ..."; "and now on ..." may close any
// clause.
var replacementFillers = setOf(strings.Fields(`and so then but i'm im i am now currently`))

// notAMedicine follow "now on", "back to" or "moved to" when what follows
// is not another treatment: the reviewed one ("now on it"), a dose or a
// point in the course ("now on 20mg", "now on week 3", "now on my second
// box").
var notAMedicine = setOf(strings.Fields(`it this that them these those the a an my his her their our
day days week weeks month months year years dose doses dosage same higher lower full half track
normal work school bed sleep`))

// addOnWords make the new medicine an addition, not a replacement: "now on
// methotrexate too", "now on both", "also now on a statin".
var addOnWords = setOf(strings.Fields(`too also both plus addition added alongside combination`))

// replacedByValence is the complaint of a medicine that another took over
// from.
const replacedByValence = -1.5

// replacedBy reads a review that reports another treatment taking over
// ("Now on Wellbutrin.", "and now on gabapentin", "went back to
// albuterol", "moved on to IVF", "my endo put me on Januvia instead") as
// the patient leaving the reviewed medicine: whatever it did first, it was
// not kept. A dose or a stage of the course after "now on"
// ("now on 20mg", "now on week 3"), the reviewed medicine itself ("back on
// it"), an addition ("now on metformin too") and "instead of" (read by
// replacedState and insteadOf) are not replacements.
func replacedBy(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	clauseStart := func(i int) int {
		k := i
		for k > 0 && !t.brk[k-1] {
			k--
		}
		return k
	}
	addOn := func(from, to int) bool {
		for k := from; k <= to && k < n; k++ {
			if addOnWords[norm[k]] {
				return true
			}
			if t.brk[k] {
				break
			}
		}
		return false
	}
	other := func(k int) bool {
		return k < n && !notAMedicine[norm[k]] && !isNumber(norm[k]) && !doseToken(norm[k])
	}
	for i := 0; i < n; i++ {
		at := -1
		switch {
		case i+2 < n && norm[i] == "now" && norm[i+1] == "on" && !t.brk[i] && !t.brk[i+1]:
			start := clauseStart(i)
			ok := true
			for k := start; k < i; k++ {
				if !replacementFillers[norm[k]] {
					ok = false
				}
			}
			// "... got off it and now on pregabalin"
			ok = ok || i > start && norm[i-1] == "and"
			if ok && other(i+2) {
				at = i
			}
		case i+2 < n && (norm[i] == "went" || norm[i] == "moved") && !t.brk[i]:
			// "went back to", "moved on to"; a bare "moved to" is a
			// move of house
			k := i + 1
			if norm[i] == "went" && norm[k] != "back" || norm[i] == "moved" && norm[k] != "on" || t.brk[k] {
				continue
			}
			k++
			if k+1 < n && norm[k] == "to" && !t.brk[k] && other(k+1) {
				at = i
			}
		case norm[i] == "instead" && (t.brk[i] || i+1 == n || i+1 < n && (norm[i+1] == "eventually" || norm[i+1] == "now" || norm[i+1] == "later") && t.brk[i+1]):
			// a clause-final "instead": "put me on Januvia instead"
			start := clauseStart(i)
			ok := i-start >= 2
			for k := start; k < i && ok; k++ {
				if norm[k] == "it" || norm[k] == "this" || norm[k] == "these" || norm[k] == "them" || s[k] > 0 || t.is(k, cNeg) {
					ok = false
				}
			}
			if ok {
				at = i
			}
		}
		if at < 0 || addOn(at, n-1) {
			continue
		}
		complaintAt(t, s, at, replacedByValence)
		t.left[at] = true
	}
}

// emptyAnswers are first answers that say the medicine brought nothing:
// "None.", "N/A.", "Nothing.", "Nada.", "Little.", "Very little."
var emptyAnswers = setOf(strings.Fields(`none non nothing n/a na nada nil zero zilch little`))

// emptyOpener returns the index of the last word of a text's opening
// sentence when that sentence is only an empty answer ("None.", "N/A.",
// "Very little."), and -1 otherwise. It reads the words before
// leadingNothing rewrites a survey answer.
func emptyOpener(t tokens) int {
	n := len(t.lower)
	i := 0
	if n > 1 && (t.lower[0] == "very" || t.lower[0] == "absolutely") && !t.end[0] {
		i = 1
	}
	if i+1 >= n || !t.end[i] {
		return -1
	}
	w := trimPunct(t.lower[i])
	if !emptyAnswers[w] || w == "little" && i == 0 && t.lower[0] != "little" {
		return -1
	}
	return i
}

// emptyValence is the complaint of a first answer that names no benefit.
const emptyValence = -noBenefitValence

// emptyBenefits reads a medication review whose first answer says nothing
// came of the medicine ("None. Used it six months.", "N/A. Quit after 2
// months.", "Very little. 2 weeks.") as a failure when nothing after it
// praises the medicine: the answer to "what were the benefits?" is the
// verdict. A survey comment ("Nothing. The staff were lovely.") or a
// review that goes on to praise ("None at first. Now my skin is clear.")
// keeps its reading.
func emptyBenefits(t *doc, s []float64) {
	j := t.emptyAt
	if j < 0 || !t.medication && !courseWords(t, j+1) {
		return
	}
	for k := j + 1; k < len(s); k++ {
		if s[k] > 0 {
			return
		}
	}
	for k := 0; k <= j; k++ {
		s[k] = 0
	}
	complaintAt(t, s, j, emptyValence)
}

// courseSpans measure how long a medicine was taken: "2 weeks", "a year".
var courseSpans = setOf(strings.Fields(`day days week weeks wk wks month months mo mos year years yr yrs`))

// courseMarkers tell of a course of medicine in a short second answer:
// how it was used, given up or paid for.
var courseMarkers = setOf(strings.Fields(`used quit stopped pack copay nada none n/a`))

// courseWords reports whether the words from i on tell of a course of
// medicine, for a review too short to name one (medicationReview): a
// span of time taken ("2 weeks", "a few months"), an amount paid ("$90"),
// "used", "quit", a pack, or a second empty answer ("N/A. None").
func courseWords(t *doc, i int) bool {
	norm := t.norm
	for k := i; k < len(norm); k++ {
		w := norm[k]
		if courseMarkers[trimPunct(t.lower[k])] || courseMarkers[w] || strings.HasPrefix(t.lower[k], "$") {
			return true
		}
		if courseSpans[w] && k > i && (isNumber(norm[k-1]) || norm[k-1] == "a" || norm[k-1] == "few" || norm[k-1] == "couple") {
			return true
		}
	}
	return false
}

// resultWords report a result without praising it: "Down 60 points",
// "levels normal now".
var resultWords = setOf(strings.Fields(`down normal dropped fell`))

// purposeValence is the complaint of a first answer that names only what
// the medicine was for.
const purposeValence = -1.0

// purposeOnly reads a review whose first answer says only what the
// medicine was for ("To lower cholesterol.", "Was to prevent thinning of
// bones.") as faint when nothing in the review praises it: asked what it
// did, the patient names no result. A first answer that goes on to the
// result ("To lower my pressure, and it did") or a review that praises
// or reports one later ("To clear my skin. Worked in a month.", "To lower
// cholesterol. Down 60 points.") keeps its reading.
func purposeOnly(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	i := 0
	if n > 1 && norm[0] == "was" {
		i = 1
	}
	if i+2 >= n || norm[i] != "to" || !expectedBenefits[norm[i+1]] || norm[i+1] == "be" || t.brk[i] {
		return
	}
	end := i + 1
	for end < n-1 && !t.end[end] {
		end++
	}
	for k := i; k < n; k++ {
		if k <= end && (norm[k] == "did" || norm[k] == "does") || k > end && (s[k] > 0 || resultWords[norm[k]]) ||
			k <= end && s[k] > 0 && !t.is(k, cReduction|cBenefit) && k != i+1 {
			return
		}
	}
	clearPositives(s, i, end)
	complaintAt(t, s, i, purposeValence)
}
