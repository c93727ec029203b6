package sentiment

import "strings"

// Medication reviews, round three: how patients say a medicine failed them,
// harmed them or only half helped, and how they say it worked. Written from
// how people describe medicines, not from any data set; pinned by
// TestMedicationRoundThree.

// doseToken reports whether w is a dose written as one token: "5mg",
// "300mg", "25mcg", "10ml".
func doseToken(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, u := range []string{"mg", "mcg", "ml", "iu", "mgs"} {
		if strings.HasSuffix(w, u) {
			return true
		}
	}
	return false
}

// noneWords answer "what were the benefits?" with nothing.
var noneWords = setOf(strings.Fields(`none non nothing nil zero`))

// benefitNouns are what a patient hoped to get from a medicine.
var benefitNouns = setOf(strings.Fields(`benefit benefits results result improvement improvements
effect effects relief change changes difference`))

// noticeWords after "none that ..." make it "none that I noticed".
var noticeWords = setOf(strings.Fields(`apparent noticeable noticable noticed notice i obvious
visible evident could can`))

// benefitsNone reads "The benefits were none", "there was none", "None that
// I noticed", "none whatsoever" in a medication review: the patient got
// nothing from the medicine.
func benefitsNone(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	for i, w := range norm {
		if !noneWords[w] || w == "nothing" && !(i > 0 && (norm[i-1] == "were" || norm[i-1] == "was")) {
			continue
		}
		named := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if t.end[k] {
				break // "No side effects. None": the next answer
			}
			if benefitNouns[norm[k]] && !(k > 0 && sideEffectWords[norm[k-1]]) {
				named = true
			}
		}
		noticed := i+2 < len(norm) && norm[i+1] == "that" && noticeWords[norm[i+2]]
		if named || noticed || i+1 < len(norm) && norm[i+1] == "whatsoever" && i > 0 {
			if s[i] > -noBenefitValence {
				s[i] = -noBenefitValence
			}
			t.verdict[i] = true
		}
	}
}

// noBenefitValence is the complaint of a medicine that brought nothing.
const noBenefitValence = 2.5

// expectationVerbs frame what a medicine was for: "it was supposed to
// help", "was meant to lower my blood pressure", "intended to clear".
var expectationVerbs = setOf(strings.Fields(`supposed suppose meant intended suspose supose suposed
supossed`))

// expectedBenefits are what the medicine was supposed to do.
var expectedBenefits = setOf(strings.Fields(`help helps work works relieve reduce lower stop
prevent improve cure clear ease control treat be fix heal eliminate get slow keep decrease lessen
protect regulate stabilize stabilise raise boost`))

// unmetExpectations reads "It was supposed to help", "The benefits were
// meant to be clear skin": said in the past, what a medicine was supposed
// to do is what it did not do, so the praise after it counts for nothing.
// "It is supposed to be taken with food" is an instruction, and "was
// supposed to help, and it did" kept its promise.
func unmetExpectations(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if !expectationVerbs[norm[i]] || norm[i+1] != "to" || !expectedBenefits[norm[i+2]] {
			continue
		}
		// "It was supposed to help", or an answer that leaves the "it
		// was" out: "Supposed to lower my sugar."
		if i > 0 {
			if p := norm[i-1]; p != "was" && p != "were" && p != "wa" && !t.end[i-1] {
				continue
			}
		}
		if i+3 < n && (norm[i+3] == "taken" || norm[i+3] == "used" || norm[i+3] == "applied") {
			continue
		}
		kept := false
		end := i
		for k := i + 1; k < n && k <= i+12; k++ {
			if (norm[k] == "did" || norm[k] == "does") && (norm[k-1] == "it" || norm[k-1] == "and" || norm[k-1] == "which" || norm[k-1] == "they") &&
				(k+1 >= n || !t.is(k+1, cNeg)) {
				kept = true
			}
			end = k
			if t.end[k] {
				break
			}
		}
		if kept {
			continue
		}
		for k := i + 1; k <= end; k++ {
			if s[k] > 0 {
				s[k] = 0
			}
		}
		if s[i] > -unmetValence {
			s[i] = -unmetValence
		}
		t.verdict[i] = true
	}
}

// unmetValence is the complaint of an unmet expectation.
const unmetValence = 1.5

// initialMarkers say that what follows was true only at the start: "at
// first", "initially", "in the beginning", "the first few days".
var initialMarkers = [][]string{{"at", "first"}, {"initially"}, {"in", "the", "beginning"},
	{"at", "the", "beginning"}, {"at", "the", "start"}, {"the", "first", "few"}, {"the", "first", "couple"},
	{"for", "the", "first", "few"}, {"for", "the", "first", "couple"}, {"first", "few"}, {"first", "couple"},
	{"the", "first", "two"}, {"the", "first", "three"}, {"the", "first", "2"}, {"the", "first", "3"},
	{"for", "a", "while"}, {"for", "a", "few", "weeks"}, {"for", "a", "few", "days"}, {"for", "a", "few", "months"}}

// initialOnly reads "It helped at first", "Initially it worked well", "The
// first few days were great": praise limited to the start of a treatment
// says that it stopped working, so it counts for a third and the marker
// adds a mild complaint. "At first I had nausea, but it passed" holds no
// praise in the marked clause and is left alone.
func initialOnly(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if !initialFirst[norm[i]] {
			continue
		}
		l := matchAt(norm, i, initialMarkers)
		if l == 0 || i > 0 && norm[i-1] == "time" || laterThan(norm, i) {
			continue // "after the first few days" is what came later
		}
		// the clause around the marker: back to its start, on to its end
		from := i
		for from > 0 && !t.brk[from-1] && !t.is(from-1, cContrast) {
			from--
		}
		to := i + l - 1
		for to+1 < n && !t.brk[to] && !t.is(to+1, cContrast) {
			to++
		}
		praise := false
		for k := from; k <= to; k++ {
			if (k < i || k >= i+l) && s[k] > 0 && !t.is(k, cNeg) {
				praise = true
			}
		}
		if !praise || t.brk[to] && !t.end[to] && to+1 < n && t.is(to+1, cContrast) && !laterFailure(t, s, to+1) {
			i += l - 1
			continue
		}
		for k := from; k <= to; k++ {
			if s[k] > 0 {
				s[k] *= 0.3
			}
		}
		if s[i] > -initialValence {
			s[i] = -initialValence
		}
		t.verdict[i] = true
		i = to
	}
}

// laterFailure reports whether the clause from k says something bad.
func laterFailure(t *doc, s []float64, k int) bool {
	for j := k; j < len(s) && j <= k+8; j++ {
		if s[j] < 0 {
			return true
		}
		if t.end[j] {
			break
		}
	}
	return false
}

// initialValence is the complaint of praise that held only at first.
const initialValence = 1.0

// tooPraise reads "too strong", "worked too well", "too sedating" in a
// medication review: an excess of a good thing is a complaint. "Too good
// to be true" is left to itself, and "me too" has nothing after it.
func tooPraise(t *doc, s []float64) {
	norm := t.norm
	for i := 0; i+1 < len(norm); i++ {
		if !t.medication || norm[i] != "too" || t.brk[i] || s[i+1] <= 0 || i > 0 && t.is(i-1, cNeg) {
			continue
		}
		if i+3 < len(norm) && norm[i+2] == "to" && norm[i+3] == "be" {
			continue
		}
		s[i+1] *= nScalar
	}
}

// medicationNeutral are words a medication review uses without praise:
// the patient "hopes" the medicine will work (it has not yet), and
// "natural" remedies are what they turn to instead.
var medicationNeutral = setOf(strings.Fields(`hope hoping hopefully hoped natural naturally`))

// medicationHopes zeroes medicationNeutral in a medication review, and
// the praise a hope looks forward to in its clause: in "I am hoping these
// tablets will help" nothing has helped yet.
func medicationHopes(t *doc, s []float64) {
	if !t.medication {
		return
	}
	for i, w := range t.norm {
		if !medicationNeutral[w] {
			continue
		}
		if s[i] > 0 {
			s[i] = 0
		}
		if w == "natural" || w == "naturally" {
			continue
		}
		for k := i + 1; k < len(s) && k <= i+8 && !t.brk[k-1]; k++ {
			if s[k] > 0 {
				s[k] = 0
			}
		}
	}
}

// instructionSentence reports whether the sentence starting at i cannot
// be a survey suggestion: in a medication review, a sentence that opens
// with a verb ("Make sure to apply it at night", "Avoid direct sunlight",
// "See above", "Allow it to dry") gives instructions or reports, and a
// comparative or "to" opener lists a benefit.
func instructionSentence(t *doc, i int) bool {
	return t.medication
}

// instructionAvoid silences "avoid" in a dosing instruction ("avoid direct
// sunlight", "avoid alcohol while taking it"); "avoid this drug" keeps its
// complaint through the phrase list.
func instructionAvoid(t *doc, s []float64) {
	if !t.medication {
		return
	}
	for i, w := range t.norm {
		if (w == "avoid" || w == "avoiding") && s[i] < 0 {
			next := ""
			if i+1 < len(t.norm) {
				next = t.norm[i+1]
			}
			if next != "this" && next != "it" && next != "them" {
				s[i] = 0
			}
		}
	}
}

// helpedWithWords say what a medicine was good for: "helped with my
// sleeplessness", "great for anxiety", "works well against the nausea".
var helpedWithWords = setOf(strings.Fields(`helped helps help helping good great excellent
effective wonderful works worked working`))

// helpedWith silences the illness words named after "helped with", "good
// for", "works against": they name what was treated, not a complaint.
func helpedWith(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+1 < n; i++ {
		if !helpedWithWords[norm[i]] || s[i] <= 0 || t.brk[i] {
			continue
		}
		k := i + 1
		if k < n && (norm[k] == "well" || norm[k] == "wonderfully") && !t.brk[k] {
			k++
		}
		if k >= n || norm[k] != "with" && norm[k] != "for" && norm[k] != "against" {
			continue
		}
		for j := k + 1; j < n && j <= k+4; j++ {
			if s[j] < 0 {
				s[j] = 0
			}
			if t.brk[j] {
				break
			}
		}
	}
}

// medicineTimes are spans of time that, in a medication review, tell how
// long a medicine took or lasted ("a few hours later", "it lasted for
// hours"), not how long the patient waited for care.
// Running out of a medicine and low levels are the same kind of
// background ("until the canister ran out", "low thyroid", "a low dose").
var medicineTimes = [][]string{{"hours", "later"}, {"for", "hours"}, {"a", "long", "time"}, {"long", "time"},
	{"over", "an", "hour"}, {"ran", "out"}, {"run", "out"}, {"low"}, {"long", "term", "side", "effects"},
	{"long-term", "side", "effects"}}

// medicineTiming silences waiting phrases in a medication review.
func medicineTiming(t *doc, s []float64) {
	if !t.medication {
		return
	}
	for i := range t.norm {
		if !timeFirst[t.norm[i]] {
			continue
		}
		if l := matchAt(t.norm, i, medicineTimes); l > 0 {
			for k := i; k < i+l; k++ {
				if s[k] < 0 {
					s[k] = 0
				}
			}
		}
	}
}

// otherTreatmentNouns name medicines in general.
var otherTreatmentNouns = setOf(strings.Fields(`drug drugs medication medications medicine medicines
meds med pills pill treatments treatment products product creams cream brands brand antidepressants
antibiotics remedies options one ones tablets prescriptions inhalers reliever relievers
antihistamine antihistamines inhaler antibiotic steroid steroids`))

// otherTreatmentDamp is the share of complaint kept about other medicines.
// It was 0.2 applied by two passes, so that a span both matched kept 0.04;
// one pass now damps each complaint once.
const otherTreatmentDamp = 0.1

// otherQuantifiers open a phrase about medicines other than the one
// reviewed: "other medications", "every migraine medication", "all the
// antidepressants", "the usual decongestants", "another pill".
var otherQuantifiers = setOf(strings.Fields(`other previous prior earlier older old different another
every all most many several various numerous usual traditional standard typical conventional regular
common`))

// carryPronouns open a sentence that goes on about the medicines the
// sentence before named: "Either they didn't work or ...", "Most of them
// made me sick", "None helped".
var carryPronouns = setOf(strings.Fields(`they them either most many some none all each these those
neither`))

// switchedAway reports whether a "switched (me) to" phrase ending before k
// names no medicine but "something else", "another one", "a different
// one": the patient left the reviewed medicine, a verdict on it.
// ("Switched to Vyvanse" may name the reviewed one.)
func switchedAway(norm []string, k int) bool {
	if k > 0 && norm[k-1] != "to" {
		return false
	}
	for j := k; j < len(norm) && j <= k+1; j++ {
		if norm[j] == "another" || norm[j] == "different" || norm[j] == "something" && j+1 < len(norm) && norm[j+1] == "else" {
			return true
		}
	}
	return false
}

// otherTreatment reports the length of a phrase at i that names a medicine
// other than the one reviewed:
//   - a quantifier and a medicine noun, up to two words apart: "other
//     medications", "every migraine medication", "many different pills";
//     "one" and "ones" only right after it ("the old one");
//   - "the generic", "others", "previously", "switched to", "the last
//     one", "none of", "I had tried";
//   - "tried everything", "tried them all", "tried all of them";
//   - a kind of medicine "before" or "in the past".
func otherTreatment(norm []string, i int) int {
	w := norm[i]
	n := len(norm)
	next := ""
	if i+1 < n {
		next = norm[i+1]
	}
	if otherQuantifiers[w] {
		if next == "one" || next == "ones" {
			return 2
		}
		for k := i + 1; k < n && k <= i+3; k++ {
			if x := norm[k]; x != "one" && x != "ones" && otherTreatmentNouns[x] || otherClassNouns[x] {
				return k - i + 1
			}
		}
		return 0
	}
	switch {
	case w == "generic" || w == "others" || w == "previously" || w == "formerly":
		return 1
	case (w == "switched" || w == "changed") && next == "to":
		return 2
	case (w == "switched" || w == "changed") && next == "me" && i+2 < n && norm[i+2] == "to":
		return 3
	case w == "the" && next == "last" && i+2 < n && otherTreatmentNouns[norm[i+2]]:
		return 3
	case w == "none" && next == "of":
		return 2
	case (w == "tried" || w == "trying") && i > 0 && (norm[i-1] == "had" || norm[i-1] == "have" || norm[i-1] == "i've" ||
		norm[i-1] == "i'd" || norm[i-1] == "previously" || norm[i-1] == "already"):
		return 1
	}
	if (w == "tried" || w == "taken" || w == "tries") && i+1 < n {
		switch {
		case next == "everything":
			return 2
		case i+2 < n && next == "them" && norm[i+2] == "all":
			return 3
		case i+3 < n && next == "all" && norm[i+2] == "of" && norm[i+3] == "them":
			return 4
		}
	}
	if (otherClassNouns[w] || otherTreatmentNouns[w] && strings.HasSuffix(w, "s")) && i+1 < n &&
		(next == "before" || next == "previously" || next == "in" && i+3 < n && norm[i+2] == "the" && norm[i+3] == "past") {
		return 2
	}
	return 0
}

// otherTreatments damps the complaint a review makes about other medicines
// ("I had tried other medications that didn't work", "the generic gave me
// headaches", "I tried every migraine medication. Either they didn't
// work or ..."): the failure of the others is the background against
// which the reviewed one is judged. Each complaint is damped once, in one
// pass. The damping runs to the end of the sentence (and on into the next
// sentence when that one opens with "they", "either", "most of them"...),
// and it ends where the review turns back to its medicine: "this", "it",
// or a contrast that is not about them ("... but this one worked"; "...
// but they didn't help either" is still about them).
func otherTreatments(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		l := otherTreatment(norm, i)
		if l == 0 {
			continue
		}
		// "switched me to" keeps its own complaint: it is a verdict on the
		// reviewed medicine, and what follows is about the other one
		k := i
		carried := false
		for ; k < n; k++ {
			if k >= i+l && (norm[k] == "this" || norm[k] == "it" ||
				t.is(k, cContrast) && !(k+1 < n && (carryPronouns[norm[k+1]] || norm[k+1] == "had" || norm[k+1] == "got"))) {
				break
			}
			if s[k] < 0 && (k >= i+l || !switchedAway(norm, i+l)) {
				s[k] *= otherTreatmentDamp
			}
			if t.end[k] {
				if carried || k+1 >= n || !carryPronouns[norm[k+1]] {
					break
				}
				carried = true
			}
		}
		i = k
	}
}

// stoppedTreatment reports whether the relief word at i has the treatment
// or the patient as its subject: in "the treatment was stopped", "I
// stopped", "the doctor stopped it" what ended is the medicine, not the
// illness.
func stoppedTreatment(t *doc, i int) bool {
	n := t.norm[i]
	if n != "stopped" && n != "ended" && n != "ceased" {
		return false
	}
	if i+1 < len(t.norm) && (t.norm[i+1] == "it" || t.norm[i+1] == "taking" || t.norm[i+1] == "using" ||
		t.is(i+1, cTreatment) || t.norm[i+1] == "the" && i+2 < len(t.norm) && t.is(i+2, cTreatment)) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3 && !t.brk[k]; k-- {
		w := t.norm[k]
		if t.is(k, cTreatment) || w == "i" || w == "we" || w == "doctor" || w == "he" || w == "she" {
			return true
		}
		if isAdverse(t.norm, k) {
			return false
		}
	}
	return false
}

// hedges weaken the benefit they stand before: "somewhat reduced the
// pain", "slightly better", "a little relief", "seemed to help".
var hedges = [][]string{{"somewhat"}, {"slightly"}, {"slight"}, {"moderately"}, {"partially"}, {"marginally"},
	{"mildly"}, {"barely"}, {"hardly"}, {"seemed", "to"}, {"seems", "to"}, {"sort", "of"}, {"kind", "of"}, {"a", "bit"},
	{"mild"}, {"some"}, {"minor"}, {"modest"}, {"small"}, {"moderate"}, {"partial"}, {"limited"}}

var hedgeKeep = 0.3

// benefitNounHedged are the benefit nouns a hedge weakens in any text:
// "some reduction", "slight improvement", "mild relief".
var benefitNounHedged = setOf(strings.Fields(`reduction improvement relief decrease lessening`))

// hedgedBenefits keeps a fraction of the praise of a benefit the patient
// hedges. Only benefits count: "slightly better" is hedged, "some lovely
// nurses" is not.
func hedgedBenefits(t *doc, s []float64) {
	norm := t.norm
	for i := 0; i < len(norm); i++ {
		if !hedgeFirst[norm[i]] {
			continue
		}
		l := matchAt(norm, i, hedges)
		if l == 0 || i+l >= len(norm) || t.brk[i+l-1] {
			continue
		}
		k := i + l
		// "mild pain reduction", "some symptom relief": one word of the
		// illness may stand between the hedge and the benefit noun
		if k+1 < len(norm) && !t.brk[k] && isAdverse(norm, k) && benefitNounHedged[norm[k+1]] {
			k++
		}
		if !t.medication && !benefitNounHedged[norm[k]] {
			i = k - 1
			continue
		}
		if s[k] > 0 && (t.is(k, cReduction|cReliefAfter|cBenefit) || benefitNounHedged[norm[k]]) {
			s[k] *= hedgeKeep
		}
		i = k - 1
	}
}

// severityWords read as praise in a general lexicon ("strong", "significant",
// "major") but before a side effect or reaction they tell how bad it was.
var severityWords = setOf(strings.Fields(`significant strong stronger major serious intense
extreme considerable great huge big real massive heavy profound`))

// severityValence is the complaint of a severity word before a side effect.
const severityValence = -1.0

// doseWords follow a change of dose.
var doseWords = setOf(strings.Fields(`dose doses dosage dosages dosing mg strength amount`))

// medicineStrength reads "strong depression side effects", "significant
// problems with impotence", "a major reaction" as the severity of harm,
// and "increased the dose" as a change of dose, not praise.
func medicineStrength(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	n := len(norm)
	for i := 0; i+1 < n; i++ {
		if s[i] <= 0 || t.brk[i] {
			continue
		}
		w := norm[i]
		if severityWords[w] {
			for k := i + 1; k < n && k <= i+2; k++ {
				if isAdverse(norm, k) || norm[k] == "side" || norm[k] == "reaction" || norm[k] == "problems" {
					s[i] = severityValence
					break
				}
				if t.brk[k] {
					break
				}
			}
			continue
		}
		if strings.HasPrefix(w, "increas") || strings.HasPrefix(w, "decreas") || w == "upped" || w == "raised" || w == "lowered" {
			for k := i + 1; k < n && k <= i+3; k++ {
				if doseWords[norm[k]] || doseToken(norm[k]) {
					s[i] = 0
					break
				}
				if t.brk[k] {
					break
				}
			}
		}
	}
}

// firstWords returns the first word of each sequence, for a quick test
// before matchAt.
func firstWords(seqs [][]string) map[string]bool {
	m := map[string]bool{}
	for _, q := range seqs {
		m[q[0]] = true
	}
	return m
}

var (
	initialFirst = firstWords(initialMarkers)
	hedgeFirst   = firstWords(hedges)
	timeFirst    = firstWords(medicineTimes)
)

// laterThan reports whether the initial span at i is what came before
// ("after the first few days", "past the first week").
func laterThan(norm []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch norm[k] {
		case "after", "past", "beyond":
			return true
		case "the":
			continue
		}
		return false
	}
	return false
}
