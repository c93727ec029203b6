package sentiment

import (
	"math"
	"strings"
)

// Medication reviews, round five: general rules of how people write about
// medicines, written by hand and pinned by TestMedicationVerdicts.

// medicationMarkers are words that, named once, make a text a medication
// review: a survey comment about a hospital rarely speaks of "dosage",
// "tablets" or "mg", while a medicine review that answers a "benefits"
// field in one line often names nothing else ("Cleared my skin. 2 tablets
// a day").
var medicationMarkers = setOf(strings.Fields(`drug drugs pill pills tablet tablets dose doses dosage
dosages mg prescribed capsule capsules milligrams dosing`))

// absenceBenefitNouns end the search for an absent symptom after "no": in
// "no change in my symptoms", "no improvement in the pain" what is absent
// is the benefit.
var absenceBenefitNouns = setOf(strings.Fields(`change changes difference improvement improvements
relief benefit benefits results result`))

// noChangeValence is the complaint of "no change in ...".
const noChangeValence = -1.5

// noChange reads "no change in my blood pressure", "no changes in my
// mood", "not any change in the pain" as a medicine that did nothing. "No
// change to my routine" and "no change needed" are not about a result.
func noChange(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if norm[i] != "no" || t.brk[i] {
			continue
		}
		k := i + 1
		if norm[k] == "real" || norm[k] == "noticeable" || norm[k] == "significant" || norm[k] == "major" {
			k++
		}
		if k+1 >= n || norm[k] != "change" && norm[k] != "changes" || t.brk[k] || norm[k+1] != "in" {
			continue
		}
		if s[i] > noChangeValence {
			s[i] = noChangeValence
		}
		t.verdict[i] = true
		i = k + 1
	}
}

// asWellAlso silences the praise of "well" in a clause-final "as well",
// which means "too": "I had headaches as well", "nausea as well". "It
// worked as well as the old one" compares ("as well as" goes on) and "did
// just as well" praises.
func asWellAlso(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 1; i < n; i++ {
		if norm[i] != "well" || norm[i-1] != "as" || s[i] <= 0 {
			continue
		}
		if i+1 < n && !t.brk[i] && norm[i+1] == "as" {
			continue // "as well as"
		}
		if i >= 2 {
			switch p := norm[i-2]; {
			case p == "just" || p == "equally" || p == "not" || p == "nearly" || p == "almost" || p == "quite",
				strings.HasPrefix(p, "work"), p == "do" || p == "does" || p == "did" || p == "done",
				p == "function" || p == "functioned" || p == "perform" || p == "performed":
				continue
			}
		}
		s[i] = 0
	}
}

// failureValence is the complaint of a medicine that made no difference,
// left the illness as it was, or was given up.
const failureValence = -1.5

// nullFillers stand between a negation and the result it denies: "didn't
// make any difference", "can't tell a real difference", "not much of a
// change", "zero effect".
var nullFillers = setOf(strings.Fields(`make made makes making any a an real much of the slightest
tell see notice noticed noticeable see saw feel felt have had significant big huge major
discernible appreciable`))

// nullResults are the results a negation denies.
var nullResults = setOf(strings.Fields(`difference differences effect`))

// nullNegations deny a result: "didn't", "can't", "zero", "without".
var nullNegations = setOf(strings.Fields(`zero without nor`))

// madeNoDifference reads "didn't make any difference", "I can't tell any
// difference", "zero effect" as a medicine that did nothing. "No side
// effects" and "didn't notice any side effects" deny harm, and "made a
// big difference" denies nothing.
func madeNoDifference(t *doc, s []float64) {
	norm := t.norm
	for i, w := range norm {
		if !nullResults[w] || s[i] < 0 || i > 0 && sideEffectWords[norm[i-1]] {
			continue
		}
		if i+1 < len(norm) && (norm[i+1] == "effects" || norm[i+1] == "effect") {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4 && !t.brk[k]; k-- {
			if t.is(k, cNeg) || nullNegations[norm[k]] {
				s[i] = failureValence
				t.verdict[i] = true
				for j := k; j < i; j++ {
					if s[j] > 0 {
						s[j] = 0
					}
				}
				break
			}
			if !nullFillers[norm[k]] {
				break
			}
		}
	}
}

// negatedControl reads "didn't get my colitis under control", "never
// brought it under control" as a failure; "under control" alone stays
// praise, and "not under control" was already a complaint.
func negatedControl(t *doc, s []float64) {
	norm := t.norm
	for i := 1; i < len(norm); i++ {
		if norm[i] != "control" || norm[i-1] != "under" && norm[i-1] != "in" || s[i-1] <= 0 && s[i] <= 0 {
			continue
		}
		for k := i - 2; k >= 0 && k >= i-7 && !t.brk[k]; k-- {
			if t.is(k, cNeg) && norm[k] != "no" {
				for j := k; j <= i; j++ {
					if s[j] > 0 {
						s[j] = 0
					}
				}
				s[i-1] = failureValence
				t.verdict[i-1] = true
				break
			}
		}
	}
}

// sameCopulas stand between an illness and "the same": "my acne is the
// same", "migraines stayed about the same".
var sameCopulas = setOf(strings.Fields(`is was are were remained remains stayed stays still
about basically pretty much exactly just largely more or less has have been`))

// unchangedIllness reads "acne the same after 3 months", "my psoriasis is
// about the same", "fatigue no better", "my cough is unchanged" as a
// medicine that left the illness as it was. Side effects that stayed the
// same, and "the same dose", are not about the illness.
func unchangedIllness(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if !isAdverse(norm, i) || norm[i] == "side" || norm[i] == "effects" || norm[i] == "effect" || t.brk[i] && !t.end[i] && false {
			continue
		}
		if t.end[i] {
			continue
		}
		k := i + 1
		for k < n && k <= i+4 && sameCopulas[norm[k]] && !t.brk[k-1] {
			k++
		}
		if k >= n || t.brk[k-1] {
			continue
		}
		at := -1
		switch {
		case norm[k] == "the" && k+1 < n && norm[k+1] == "same" && (t.brk[k+1] || k+2 >= n || sameEnds[norm[k+2]]):
			at = k + 1
		case norm[k] == "unchanged" || norm[k] == "unaffected" || norm[k] == "unimproved":
			at = k
		case norm[k] == "no" && k+1 < n && (norm[k+1] == "better" || norm[k+1] == "different"):
			at = k + 1
		}
		if at < 0 {
			continue
		}
		for j := i; j <= at; j++ {
			if s[j] > 0 {
				s[j] = 0
			}
		}
		if s[at] > failureValence {
			s[at] = failureValence
		}
		t.verdict[at] = true
		i = at
	}
}

// sameEnds may follow "the same" and keep it about the illness: "the same
// as before", "the same after three months".
var sameEnds = setOf(strings.Fields(`as after before since throughout and but with on`))

// quitPhrases give a medicine up: "went off it", "had it removed",
// "tapered off", "gave up on it", "doctor switched me". Written as phrases
// of the patient's own stopping; "stopped because I got pregnant" keeps
// its outside reason (stopReasons).
var quitPhrases = [][]string{
	{"went", "off", "it"}, {"went", "off", "of", "it"}, {"came", "off", "it"}, {"came", "off", "of", "it"},
	{"had", "it", "removed"}, {"had", "them", "removed"}, {"had", "it", "taken", "out"},
	{"tapered", "off"}, {"weaned", "off"}, {"weaned", "myself", "off"}, {"tapered", "myself", "off"},
	{"gave", "up", "on", "it"}, {"gave", "up", "after"}, {"gave", "it", "up"},
	{"switched", "me"}, {"pulled", "me", "off"}, {"won't", "repeat"}, {"will", "not", "repeat"},
	{"wont", "repeat"}, {"quit", "taking"}, {"quit", "using"}, {"discontinued", "it"},
}

var quitFirst = firstWords(quitPhrases)

// quitValence is the complaint of giving a medicine up.
const quitValence = -1.0

// gaveUp reads the patient's giving a medicine up as a mild complaint
// about it, unless the clause says the medicine was no longer needed
// ("came off it once my skin cleared", "weaned off when I felt better").
func gaveUp(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if !quitFirst[norm[i]] {
			continue
		}
		l := matchAt(norm, i, quitPhrases)
		if l == 0 || i > 0 && (t.is(i-1, cNeg) || norm[i-1] == "never") {
			continue
		}
		done := false
		// "when there was improvement, I weaned off": the reason came
		// first; "when I went off it, ..." and "if I quit taking it" are
		// conditions, not a report of giving it up
		for k := i - 1; k >= 0 && k >= i-12 && !t.end[k] && !t.is(k, cContrast); k-- {
			if s[k] > 0 || norm[k] == "improvement" || norm[k] == "better" || quitConditions[norm[k]] {
				done = true
			}
		}
		for k := i + l; k < n && k <= i+l+8; k++ {
			if t.is(k, cNeg) || s[k] > 0 && !t.is(k, cNeg) || norm[k] == "needed" || norm[k] == "cleared" || norm[k] == "healed" ||
				norm[k] == "completed" || norm[k] == "finished" || norm[k] == "pregnant" || norm[k] == "planned" || norm[k] == "instructed" {
				done = true
			}
			if t.brk[k] {
				break
			}
		}
		if done {
			i += l - 1
			continue
		}
		if s[i] > quitValence {
			s[i] = quitValence
		}
		t.verdict[i] = true
		t.left[i] = true
		i += l - 1
	}
}

// longSpans end "I haven't felt this good in years": "in years", "in a
// long time", "in ages", "since I was a teenager".
var longSpans = [][]string{{"in", "years"}, {"in", "a", "long", "time"}, {"in", "ages"}, {"in", "decades"},
	{"in", "months"}, {"in", "a", "decade"}, {"in", "forever"}, {"in", "so", "long"}, {"in", "a", "very", "long", "time"},
	{"in", "many", "years"}, {"since", "i", "was"}, {"for", "years"}, {"for", "a", "long", "time"}}

var longSpanFirst = firstWords(longSpans)

// notThisGood reads "I haven't felt this good in years", "I have not
// slept so well in a long time" and "I've never felt better" as praise:
// the negation denies that the patient has been this well before, not
// that they are well now. "I haven't felt good in years" (no "this") and
// "never felt worse" stay complaints.
func notThisGood(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if !t.is(i, cNeg) || t.brk[i] || s[i] > 0 { // "couldn't be better" is read already
			continue
		}
		// "never felt better", "couldn't be happier", "never been better"
		for k := i + 1; k < n && k <= i+3; k++ {
			w := norm[k]
			if (w == "better" || w == "happier" || w == "worse") && k > i+1 && (norm[k-1] == "felt" || norm[k-1] == "been" || norm[k-1] == "be" || norm[k-1] == "feel") &&
				s[k] != 0 && (k+1 >= n || t.brk[k] || norm[k+1] == "in" || norm[k+1] == "since" || norm[k+1] == "than" && k+2 < n && norm[k+2] == "now") {
				if w == "worse" { // "never felt worse": the worst yet
					s[k] = -math.Abs(s[k])
				} else {
					s[k] = math.Abs(s[k])
				}
				s[i] = 0
				break
			}
			if t.brk[k] {
				break
			}
		}
		// "haven't felt this good in years"
		for k := i + 1; k+1 < n && k <= i+4; k++ {
			if norm[k] != "this" && norm[k] != "so" || t.brk[k] {
				if t.brk[k] {
					break
				}
				continue
			}
			p := k + 1
			if s[p] == 0 {
				continue
			}
			span := false
			for j := p + 1; j < n && j <= p+3; j++ {
				if longSpanFirst[norm[j]] && matchAt(norm, j, longSpans) > 0 {
					span = true
					break
				}
				if t.brk[j-1] {
					break
				}
			}
			if span && s[p] < 0 && !t.is(p, cNeg) && !isAdverse(norm, p) && s[p] > -3.5 {
				s[p] = -s[p]
				s[i] = 0
			}
			break
		}
	}
}

// otherClassNouns name kinds of medicine a patient tried before the one
// reviewed: "every antidepressant", "the usual decongestants", "pain
// killers", "anti-inflammatories".
var otherClassNouns = setOf(strings.Fields(`antidepressant decongestants decongestant inflammatories
anti-inflammatories painkillers painkiller killers ssris ssri snris benzos benzodiazepines opioids
opiates narcotics stimulants nsaids topicals sedatives hormones supplements patches sprays shots
antipsychotics anticonvulsants triptans statins anti-depressants anti-depressant
anti-histamines sleeping contraceptives methods`))

// quitConditions open a condition or a time clause: "when I went off it",
// "if I quit taking it", "whenever I forget".
var quitConditions = setOf(strings.Fields(`when whenever if once time unless until`))

// expectedReliefs are the verbs of what a medicine was expected to do for
// the patient: "it would help my sleep", "hoped it would clear my skin",
// "supposed to stop the itching".
var expectedReliefs = setOf(strings.Fields(`help helps helped work works relieve relieves reduce reduces
lower lowers stop stops prevent prevents improve improves cure cures clear clears ease eases control
controls treat treats fix fixes heal heals eliminate eliminates`))

// ellipticalSubjects stand before the negated auxiliary of "but it
// didn't".
var ellipticalSubjects = setOf(strings.Fields(`it they this that these`))

// ellipticalDenial reads "..., but it didn't" by what the clause before
// it expected: "I was told it would help my sleep, but it didn't" is a
// failure, "I was worried it would make me gain weight, but it didn't" is
// praise. The expected relief wins over the illness it names ("supposed to
// stop the itching, but it didn't" is a failure); with neither, nothing
// changes.
func ellipticalDenial(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 1; i < n; i++ {
		if !ellipticalSubjects[norm[i-1]] {
			continue
		}
		end := -1
		switch {
		case norm[i] == "didn't" || norm[i] == "doesn't" || norm[i] == "didnt" || norm[i] == "doesnt" || norm[i] == "won't" || norm[i] == "wouldn't":
			end = i
		case (norm[i] == "did" || norm[i] == "does") && i+1 < n && norm[i+1] == "not":
			end = i + 1
		case norm[i] == "never" && i+1 < n && (norm[i+1] == "did" || norm[i+1] == "does"):
			end = i + 1
		}
		if end < 0 {
			continue
		}
		// the auxiliary ends its clause: "but it didn't.", "but it
		// didn't for me", "but it did not at all"
		closes := end+1 >= n || t.brk[end] ||
			end+2 < n && (norm[end+1] == "for" && norm[end+2] == "me" || norm[end+1] == "at" && norm[end+2] == "all")
		if !closes {
			continue
		}
		// the contrast before the subject, and the clause before it
		c := i - 2
		if c >= 0 && (norm[c] == "but" || norm[c] == "however" || norm[c] == "though" || norm[c] == "yet") {
			c--
		} else {
			continue
		}
		relief, harm := false, false
		from := c
		for ; from >= 0 && from >= c-20 && !t.end[from]; from-- {
			w := norm[from]
			if expectedReliefs[w] {
				relief = true
			}
			if isAdverse(norm, from) || t.is(from, cWeightGain) || s[from] < 0 {
				harm = true
			}
		}
		from++
		switch {
		case relief:
			for k := from; k <= c; k++ {
				if s[k] > 0 {
					s[k] = 0
				}
			}
			s[end] = failureValence
			t.verdict[end] = true
		case harm:
			for k := from; k <= c; k++ {
				if s[k] < 0 {
					s[k] = 0
				}
			}
			s[end] = -failureValence
		default:
			continue
		}
		for k := i - 1; k < end; k++ {
			s[k] = 0
		}
	}
}

// lowerBetter name measures a patient wants to fall: the illness words
// (isAdverse) and the numbers a doctor tracks.
var lowerBetter = setOf(strings.Fields(`ldl cholesterol a1c sugar sugars glucose bp pressure
triglycerides readings reading count counts frequency episodes attacks outbreaks flares breakouts
flashes days nights`))

// higherBetter name measures a patient wants to rise.
var higherBetter = setOf(strings.Fields(`density hdl energy sleep grades score scores mobility
hours`))

// numberAt reads a number at norm index i ("14", "0.5", "80%"), and
// whether it was a percentage.
func numberAt(t *doc, i int) (float64, bool, bool) {
	w := strings.TrimRight(t.lower[i], ".,;:!?)")
	pct := strings.HasSuffix(w, "%")
	w = strings.TrimLeft(strings.TrimSuffix(w, "%"), "(~")
	if w == "" || (w[0] < '0' || w[0] > '9') {
		return 0, false, false
	}
	v := 0.0
	frac := 0.0
	for _, c := range w {
		switch {
		case c >= '0' && c <= '9':
			if frac > 0 {
				v += float64(c-'0') * frac
				frac /= 10
			} else {
				v = v*10 + float64(c-'0')
			}
		case c == '.' && frac == 0:
			frac = 0.1
		case c == ',':
		default:
			return 0, false, false
		}
	}
	return v, pct, true
}

// rateWords give how often a thing happens, per year.
var rateWords = map[string]float64{"daily": 365, "everyday": 365, "nightly": 365, "weekly": 52, "monthly": 12,
	"yearly": 1, "annually": 1, "never": 0, "none": 0, "zero": 0, "nothing": 0, "constantly": 1000, "constant": 1000,
	"rare": 3, "rarely": 3, "seldom": 3, "occasionally": 6, "occasional": 6}

// periodWords turn "N a day/week/month/year" into a rate per year.
var periodWords = map[string]float64{"day": 365, "days": 365, "night": 365, "week": 52, "weeks": 52,
	"month": 12, "months": 12, "year": 1, "years": 1}

// spanValue reads the amount in norm[from..to]: a number, perhaps "N a
// week", or a rate word ("daily", "once a year", "every day", "none").
// It reports whether the amount is a rate.
func spanValue(t *doc, from, to int) (v, period float64, ok bool) {
	norm := t.norm
	for k := from; k <= to && k < len(norm); k++ {
		w := norm[k]
		if x, _, isNum := numberAt(t, k); isNum || w == "once" || w == "twice" {
			if doseToken(w) {
				return 0, 0, false // "from 20mg to 40mg" is a dose
			}
			if w == "once" {
				x = 1
			} else if w == "twice" {
				x = 2
			}
			for j := k + 1; j <= k+4 && j < len(norm); j++ {
				if p, isPeriod := periodWords[norm[j]]; isPeriod && (norm[j-1] == "a" || norm[j-1] == "per" || norm[j-1] == "every" || norm[j-1] == "an") {
					return x, p, true
				}
			}
			return x, 0, true
		}
		if w == "every" && k+1 < len(norm) {
			if p, isPeriod := periodWords[norm[k+1]]; isPeriod {
				return 1, p, true
			}
		}
		if r, isRate := rateWords[w]; isRate {
			return r, 1, true
		}
	}
	return 0, 0, false
}

// measureSubject looks back from i, within the sentence, for what was
// measured: an illness word or a lower-better number is +1 ("migraine days
// from 14 to 5"), a higher-better one -1, none 0.
func measureSubject(t *doc, i int) int {
	for k := i - 1; k >= 0 && k >= i-6 && !t.end[k]; k-- {
		w := t.norm[k]
		switch {
		case w == "weight" || w == "pounds" || w == "lbs" || w == "weighed":
			return 0 // weight lost or gained is read by weightChanges
		case higherBetter[w]:
			return -1
		case lowerBetter[w] || isAdverse(t.norm, k):
			return 1
		}
	}
	return 0
}

// measuredValence is the praise of a measure moving the right way.
// (The wrong way, "headaches went from once a week to every day", is left
// to the words around it.)
const measuredValence = 1.5

// measuredChanges reads what patients measure: "migraine days from 14 a
// month to 5", "LDL went from 190 to 95", "outbreaks went from monthly to
// once a year", "bloating down 80%", "cut the cramps in half" and, for a
// measure that should rise, "bone density up 13%" are praise.
func measuredChanges(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		w := norm[i]
		dir := 0 // -1 fell, +1 rose
		at := i
		switch {
		case w == "from":
			// "from X to Y", each side a few words at most
			to := -1
			for k := i + 2; k < n && k <= i+7; k++ {
				if norm[k] == "to" {
					to = k
					break
				}
				if t.end[k-1] {
					break
				}
			}
			if to < 0 {
				continue
			}
			a, pa, ok1 := spanValue(t, i+1, to-1)
			b, pb, ok2 := spanValue(t, to+1, min(to+4, n-1))
			if !ok1 || !ok2 {
				continue
			}
			// a bare number shares the other side's period: "from 14 a
			// month to 5"
			if pa == 0 {
				pa = pb
			}
			if pb == 0 {
				pb = pa
			}
			if pa > 0 {
				a, b = a*pa, b*pb
			}
			if a == b {
				continue
			}
			if b < a {
				dir = -1
			} else {
				dir = 1
			}
		case strings.HasSuffix(strings.TrimRight(t.lower[i], ".,;:!?)"), "%") || w == "percent":
			for k := i - 1; k >= 0 && k >= i-3 && !t.brk[k]; k-- {
				switch norm[k] {
				case "down", "dropped", "fell", "decreased", "reduced", "cut", "lower", "less", "fewer":
					dir = -1
				case "up", "rose", "jumped", "increased", "higher", "more", "improved":
					dir = 1
				}
				if dir != 0 {
					at = k
					break
				}
			}
			if dir == 0 {
				continue
			}
		case w == "halved" || w == "half" && i > 1 && norm[i-1] == "in" && (norm[i-2] == "cut" || isAdverse(norm, i-2)):
			dir = -1
		default:
			continue
		}
		subj := measureSubject(t, at)
		if subj == 0 && w == "from" {
			// "went from 10 migraine days a month to 2": the measure
			// inside the span
			for k := i + 1; k < n && k <= i+4 && norm[k] != "to"; k++ {
				if lowerBetter[norm[k]] || isAdverse(norm, k) {
					subj = 1
				}
			}
		}
		if subj == 0 || s[at] != 0 && !(s[at] > 0 && subj*dir < 0) {
			continue
		}
		if norm[at] == "improved" { // "improved 20%" praises whatever it measures
			continue
		}
		if subj*dir > 0 {
			// a measure moving the wrong way is as often the illness
			// before the medicine ("my fever went from 102 to 103") as
			// its harm: only the right way is read
			continue
		}
		s[at] = measuredValence
		t.verdict[at] = true
	}
}

// regainedFirst are the words regainedLife starts from.
var regainedFirst = setOf(strings.Fields(`again finally through back anymore any`))

// regainedValence is the praise of a life the medicine gave back.
const regainedValence = 1.2

// abilityWords say what a patient can do: "I can garden again", "I am able
// to work again", "I feel like myself again".
var abilityWords = setOf(strings.Fields(`can could able feel feeling felt enjoy enjoying i'm am`))

// finallyVerbs follow "finally" in a result: "I finally sleep through the
// night", "I can finally breathe".
var finallyVerbs = setOf(strings.Fields(`sleep slept sleeping can could feel felt able breathe
breathing enjoy walk walking`))

// backToWords follow "back to" in a regained life: "back to normal",
// "back to work", "back to my old self".
var backToWords = setOf(strings.Fields(`normal work school myself life being living running exercising
walking`))

// regainedLife reads what a medicine gave back: "I can garden again",
// "I finally sleep through the night", "first full night's sleep in
// years", "back to normal", "back to my old self"; and what it took away,
// "I can't work anymore". A clause with a negation, an illness word or a
// complaint is left alone ("the pain came back again", "I still can't
// sleep through the night", "back to square one").
func regainedLife(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	clauseClean := func(from, to int) bool {
		for k := from; k <= to; k++ {
			if t.is(k, cNeg) || s[k] < 0 || isAdverse(norm, k) || norm[k] == "still" || norm[k] == "if" || norm[k] == "would" {
				return false
			}
		}
		return true
	}
	for i := 0; i < n; i++ {
		w := norm[i]
		if !regainedFirst[w] {
			continue
		}
		// the clause around the trigger, a few words each way at most
		from := i
		for from > 0 && from > i-8 && !t.brk[from-1] && !t.is(from, cContrast) {
			from--
		}
		to := i
		for to+1 < n && to < i+8 && !t.brk[to] && !t.is(to+1, cContrast) {
			to++
		}
		praise := false
		switch {
		case w == "again" && s[i] == 0:
			for k := from; k < i; k++ {
				if abilityWords[norm[k]] {
					praise = true
				}
			}
		case w == "finally" && i+1 < n:
			k := i + 1
			if norm[k] == "i" || norm[k] == "can" {
				k++
			}
			praise = k < n && finallyVerbs[norm[k]]
		case w == "through" && i > 0 && i+2 < n && strings.HasPrefix(norm[i-1], "sle") && norm[i+1] == "the" && norm[i+2] == "night":
			praise = true
		case w == "back" && i+1 < n && norm[i+1] == "to" && i+2 < n:
			x := norm[i+2]
			if x == "my" && i+3 < n {
				x = norm[i+3]
				if (x == "old" || x == "normal" || x == "usual") && i+4 < n {
					x = norm[i+4]
				}
				praise = x == "self" || x == "life" || x == "routine" || backToWords[x]
			} else {
				praise = backToWords[x]
			}
		case (w == "anymore" || w == "any" && i+1 < n && norm[i+1] == "more") && i > 1:
			// "I can't work anymore": what the medicine took away
			for k := from; k < i; k++ {
				if norm[k] == "can't" || norm[k] == "cannot" || norm[k] == "couldn't" || norm[k] == "unable" {
					if s[i] > -regainedValence {
						s[i] = -regainedValence
					}
					t.verdict[i] = true
					break
				}
			}
			continue
		}
		if !praise || !clauseClean(from, to) {
			continue
		}
		if s[i] < regainedValence {
			s[i] = regainedValence
		}
		t.verdict[i] = true
		i = to
	}
}

// fewerWords say an illness became less: "breakouts are rare", "cravings
// way down", "the dark days got fewer".
var fewerWords = setOf(strings.Fields(`down rare rarer fewer infrequent less`))

// fewerLinks stand between the illness and fewerWords: "meltdowns are way
// down", "breakouts became rare".
var fewerLinks = setOf(strings.Fields(`is are was were way much a lot significantly dramatically
became become got have has gone come now much went came`))

// lessIllness reads "cravings way down", "meltdowns are way down",
// "breakouts are rare" as relief: the illness word before "down" or "rare"
// in its clause. "Pain down my leg" and "shooting pain down the arm" give
// its way ("down" before a noun phrase), and a negation keeps it ("my
// blood pressure is not down").
func lessIllness(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 1; i < n; i++ {
		if !fewerWords[norm[i]] || s[i] > 0 {
			continue
		}
		if norm[i] == "down" && i+1 < n && !t.brk[i] && (norm[i+1] == "my" || norm[i+1] == "the" || norm[i+1] == "her" ||
			norm[i+1] == "his" || norm[i+1] == "to" || norm[i+1] == "into" || norm[i+1] == "from") {
			continue
		}
		k := i - 1
		for k > 0 && k > i-4 && fewerLinks[norm[k]] && !t.brk[k] {
			k--
		}
		if t.brk[k] || !(isAdverse(norm, k) || everydaySymptoms[norm[k]] || lowerBetter[norm[k]]) || norm[k] == "side" || norm[k] == "effects" {
			continue
		}
		negated := false
		for j := k + 1; j < i; j++ {
			if t.is(j, cNeg) {
				negated = true
			}
		}
		// "it didn't bring my pressure down": a negation earlier in the
		// clause denies the fall
		for j := k - 1; j >= 0 && j >= k-5 && !t.brk[j]; j-- {
			if t.is(j, cNeg) || norm[j] == "barely" || norm[j] == "hardly" {
				negated = true
			}
		}
		if negated {
			continue
		}
		for j := k; j < i; j++ {
			if s[j] < 0 {
				s[j] = 0
			}
		}
		s[i] = measuredValence
		t.verdict[i] = true
	}
}

// movedVerbs are what a medicine does to a measure or an illness: "move
// my LDL", "budge my sugars", "touch the pain", "make a dent in".
var movedVerbs = setOf(strings.Fields(`move moved budge budged touch touched dent dented
shift shifted`))

// reportAux before "not" make it a report: "did not", "has not".
var reportAux = setOf(strings.Fields(`did does has have had could would was were`))

// unmoved reads "it didn't move my LDL at all", "barely moved my sugars",
// "didn't touch the pain", "didn't make a dent in my pain" as a medicine
// that did nothing. Without a negation or "barely" ("it moved me to tears",
// "touched by their kindness") nothing changes.
func unmoved(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 1; i < n; i++ {
		w := norm[i]
		dent := w == "dent" && i > 1 && (norm[i-1] == "a" || norm[i-1] == "any")
		if !movedVerbs[w] && !dent {
			continue
		}
		negated := false
		for k := i - 1; k >= 0 && k >= i-3 && !t.brk[k]; k-- {
			if norm[k] == "not" {
				// a report ("did not touch"), not an instruction ("to not
				// touch the sore", "do not touch")
				negated = k > 0 && reportAux[norm[k-1]]
			} else if t.is(k, cNeg) && norm[k] != "don't" && norm[k] != "dont" || norm[k] == "barely" || norm[k] == "hardly" || norm[k] == "nothing" {
				negated = true
			}
		}
		if !negated {
			continue
		}
		// what was not moved: an illness, a measure or "it" after the verb
		object := false
		for k := i + 1; k < n && k <= i+4; k++ {
			if isAdverse(norm, k) || lowerBetter[norm[k]] || k == i+1 && (norm[k] == "it" || norm[k] == "them") {
				object = true
				break
			}
			if t.brk[k] && k > i+1 {
				break
			}
		}
		if !object {
			continue
		}
		for k := i - 3; k <= i+4 && k < n; k++ {
			if k >= 0 && s[k] > 0 {
				s[k] = 0
			}
		}
		s[i] = failureValence
		t.verdict[i] = true
	}
}
