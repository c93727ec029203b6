package sentiment

import "strings"

// Medication reviews, round four: the course of a treatment. Patients tell
// a medicine's story in time ("I used to get migraines", "it used to work"),
// state what it was for ("prescribed to lower my blood pressure") and
// compare it with others ("less effective than the generic"). Written from
// how people describe medicines, not from any data set; pinned by
// TestMedicationCourse.

// notHabitual are the words before "used to" that make it "accustomed to"
// ("I got used to it", "I am used to the taste") or a passive ("it is used
// to treat acne"), not the habitual past.
var notHabitual = setOf(strings.Fields(`get got gets getting become became becoming am is are was were be
been being i'm it's grow grew growing that's was'nt wasn't isn't aren't weren't not commonly mainly
mostly also often usually primarily normally typically sometimes widely generally`))

// medicineSubjects stand for the medicine as the subject of a clause.
var medicineSubjects = setOf(strings.Fields(`it this drug medication medicine pill pills tablets tablet
med meds treatment cream they`))

// pronounSubjects may stand for the medicine right before "used to": "it
// used to help". A noun there is usually a participle ("a cream used to
// treat acne").
var pronounSubjects = setOf(strings.Fields(`it this they which`))

// usedToValence is the complaint of praise that held only in the past.
const usedToValence = 1.0

// usedTo reads the habitual past. "I used to get terrible migraines" is the
// illness the patient had before, so its complaint keeps a tenth (like a
// sentence about life before the treatment); "it used to work" says the
// medicine no longer does, so its praise keeps a third and the clause adds
// a mild complaint. "I got used to the taste" and "it is used to treat
// acne" are not the habitual past.
func usedTo(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if norm[i] != "used" || norm[i+1] != "to" || t.brk[i] || i > 0 && notHabitual[norm[i-1]] {
			continue
		}
		if i > 0 && medicineSubjects[norm[i-1]] && !pronounSubjects[norm[i-1]] {
			continue // "a medication used to treat ADHD"
		}
		from := i
		for from > 0 && !t.brk[from-1] && !t.is(from-1, cContrast) {
			from--
		}
		to := i + 1
		for to+1 < n && !t.brk[to] && !t.is(to+1, cContrast) && norm[to+1] != "now" && norm[to+1] != "then" {
			to++
		}
		medicine := false
		for k := from; k < i; k++ {
			if medicineSubjects[norm[k]] {
				medicine = true
			}
		}
		praise := false
		for k := i + 2; k <= to; k++ {
			if (s[k] > 0 || t.is(k, cBenefit)) && !t.is(k, cNeg) {
				praise = true
			}
		}
		if medicine && praise {
			for k := from; k <= to; k++ {
				if s[k] > 0 {
					s[k] *= 0.3
				}
			}
			if s[i] > -usedToValence {
				s[i] = -usedToValence
			}
			t.verdict[i] = true
		} else if !medicine {
			for k := from; k <= to; k++ {
				if s[k] < 0 && !t.verdict[k] {
					s[k] *= beforeDamp
				}
			}
		}
		i = to
	}
}

// absenceAhead reports whether the failure phrase at i ("no noticeable",
// "didn't notice any") goes on, through filler words only, to a side
// effect or symptom: "no noticeable side effects" is good news, while "no
// noticeable improvement" stays a failure.
func absenceAhead(t *doc, i int) bool {
	norm := t.norm
	for k := i + 1; k < len(norm) && k <= i+4; k++ {
		if isAdverse(norm, k) {
			return true
		}
		if !absenceFillers[norm[k]] || t.brk[k] {
			return false
		}
	}
	return false
}

// scantWords before a side effect or symptom say there was next to none:
// "limited breakouts", "hardly any nausea", "barely any side effects",
// "negligible side effects".
var scantWords = setOf(strings.Fields(`limited hardly barely negligible few`))

// missMarkers open a sentence about life without the medicine: "if I
// forget to take it", "when I miss a dose", "on days I skip it".
var missMarkers = [][]string{{"if", "i", "forget"}, {"if", "i", "miss"}, {"if", "i", "skip"}, {"if", "i", "don't", "take"},
	{"if", "i", "do", "not", "take"}, {"if", "i", "didn't", "take"}, {"if", "i", "stop"}, {"if", "i", "go", "off"},
	{"when", "i", "forget"}, {"when", "i", "miss"}, {"when", "i", "skip"}, {"when", "i", "don't", "take"},
	{"when", "i", "do", "not", "take"}, {"when", "i", "forgot"}, {"when", "i", "missed"},
	{"if", "i", "forgot"}, {"if", "i", "missed"}, {"if", "i", "skipped"}, {"days", "i", "don't", "take"},
	{"days", "i", "forget"}, {"days", "i", "skip"}, {"if", "stopped"}, {"if", "i", "stopped"}, {"if", "you", "stop"},
	{"if", "you", "miss"}, {"if", "you", "forget"}, {"if", "you", "skip"}, {"if", "she", "misses"}, {"if", "he", "misses"}}

// withdrawalWords make a missed dose the medicine's fault: "if I miss a
// dose I get withdrawal", "brain zaps".
var withdrawalWords = setOf(strings.Fields(`withdrawal withdrawals withdrawl zaps dependent dependence
addicted addiction addictive hooked rebound`))

// withdrawalValence is the complaint of withdrawal after a missed dose.
const withdrawalValence = 1.5

// counterfactuals reads "If I forget to take it, my breathing becomes
// laboured", "Without it I would be a mess", "Without the cream I had
// constant irritation": the illness that comes back without the medicine
// is the medicine's praise, so the sentence's complaint turns into modest
// praise. Withdrawal after a missed dose stays a complaint, and "without"
// must be about the medicine ("without it", "without my inhaler"), not
// "without side effects".
func counterfactuals(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	n := len(norm)
	start := 0
	for i := 0; i < n; i++ {
		if !(t.end[i] || i == n-1) {
			continue
		}
		miss, withdrawal := false, false
		for k := start; k <= i; k++ {
			if withdrawalWords[norm[k]] {
				withdrawal = true
			}
			if miss {
				continue
			}
			if (norm[k] == "if" || norm[k] == "when" || norm[k] == "days") && matchAt(norm, k, missMarkers) > 0 {
				miss = true
			}
			if norm[k] == "without" && k+1 <= i {
				if x := norm[k+1]; x == "it" || x == "them" || x == "this" ||
					(x == "my" || x == "the" || x == "this") && k+2 <= i && (t.is(k+2, cMedication|cTreatment) || k+3 <= i && t.is(k+3, cMedication|cTreatment)) {
					miss = true
				}
			}
		}
		if miss && !withdrawal {
			for k := start; k <= i; k++ {
				if s[k] < 0 && !t.verdict[k] {
					s[k] = -s[k] * 0.5
				}
			}
		}
		if miss && withdrawal {
			// withdrawal after a missed dose is harm the medicine does
			for k := start; k <= i; k++ {
				if withdrawalWords[norm[k]] && s[k] > -withdrawalValence {
					s[k] = -withdrawalValence
					t.verdict[k] = true
				}
			}
		}
		start = i + 1
	}
}

// promiseWords before a relief verb make it a promise: "this should lower
// it", "it might help", "it was supposed to reduce them". "Would" and
// "will" promise only in a sentence that reports what someone said or
// hoped ("I was told it would reduce the pain"); elsewhere they tell what
// the medicine does ("if I take it early it will stop the outbreak").
var promiseWords = setOf(strings.Fields(`should might may supposed could`))

// reportWords make "would" and "will" a promise.
var reportWords = setOf(strings.Fields(`told said says hoped hoping hope expected expecting promised
claimed claims thought`))

// promised reports whether the relief verb at i is promised rather than
// reported.
func promised(t *doc, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && !t.brk[k]; k-- {
		w := t.norm[k]
		if promiseWords[w] {
			return true
		}
		if w == "would" || w == "will" {
			for j := k - 1; j >= 0 && j >= k-8 && !t.end[j]; j-- {
				if reportWords[t.norm[j]] {
					return true
				}
			}
		}
	}
	return false
}

// benefitNounsDenied are what a patient says they did not get: "I did not
// experience any treatment benefits", "never got any relief", "haven't
// seen any improvement".
var benefitNounsDenied = setOf(strings.Fields(`benefit benefits relief improvement improvements results
difference reduction decrease alleviation`))

// denialFillers may stand between the negation and the benefit noun.
var denialFillers = setOf(strings.Fields(`any a an the real much significant noticeable noticable
lasting great big major obvious positive treatment experience experienced get got see saw seen
notice noticed feel felt have had has receive received gain gained find found of able to
detect detected observe observed perceive perceived ascertain identify`))

// deniedBenefitValence is the complaint of a benefit the patient did not get.
const deniedBenefitValence = -1.5

// deniedBenefits reads a negation followed, through filler words only, by a
// benefit noun as a failure of the medicine: "I did not experience any
// treatment benefits", "never got any real relief". VADER's three-word
// window misses the negation and leaves the noun's praise. "No side
// effects" names no benefit and is left to absences.
func deniedBenefits(t *doc, s []float64) {
	norm := t.norm
	for i := range norm {
		if !t.is(i, cDeniedBenefit) || s[i] < 0 {
			continue
		}
		if untilLater(t, i) {
			continue // "I did not notice results until the third week"
		}
		if deniedAfter(t, i) {
			s[i] = deniedBenefitValence // "the benefits weren't noticeable"
			t.verdict[i] = true
			continue
		}
		for k := i - 1; k >= 0 && k >= i-6 && !t.brk[k]; k-- {
			if t.is(k, cNeg) || norm[k] == "no" || norm[k] == "never" {
				if k+1 < i || s[i] > 0 {
					s[i] = deniedBenefitValence
					t.verdict[i] = true
				}
				break
			}
			if !denialFillers[norm[k]] {
				break
			}
		}
	}
}

// treatVerb silences "treat" as the verb of a medicine ("used to treat
// seizures", "it treats acne"): VADER reads it as a treat, a pleasure.
func treatVerb(t *doc, s []float64) {
	for i, w := range t.norm {
		if (w == "treat" || w == "treats") && s[i] > 0 && i > 0 && (t.norm[i-1] == "to" || t.is(i-1, cTreatment|cMedication) ||
			t.norm[i-1] == "it" || t.norm[i-1] == "this") {
			s[i] = 0
		}
	}
}

// untilLater reports whether the clause of i goes on to "until": "didn't
// notice any results until recently" says the results came.
func untilLater(t *doc, i int) bool {
	for k := i + 1; k < len(t.norm) && k <= i+6; k++ {
		if t.norm[k] == "until" || t.norm[k] == "till" {
			return true
		}
		if t.brk[k-1] {
			return false
		}
	}
	return false
}

// timeUnits follow a number in a span of treatment time.
var timeUnits = setOf(strings.Fields(`day days week weeks month months`))

// turnWords open the later part of a time course: "..., then I felt great",
// "after that it worked", "now I sleep", "eventually it helped".
var turnWords = setOf(strings.Fields(`then after now eventually finally but however later since`))

// earlySpan reports whether the clause from..to holds a span of time at the
// start of a treatment: "at first", "initially", "for the first three
// weeks", "for 2-3 weeks", "took a month to work".
func earlySpan(t *doc, from, to int) bool {
	norm := t.norm
	for k := from; k <= to; k++ {
		if initialFirst[norm[k]] && matchAt(norm, k, initialMarkers) > 0 {
			return true
		}
		if norm[k] == "for" || norm[k] == "took" || norm[k] == "takes" {
			for j := k + 1; j <= to && j <= k+4; j++ {
				if timeUnits[norm[j]] {
					return true
				}
			}
		}
	}
	return false
}

// delayedOnset reads "I didn't feel any difference for 2-3 weeks, then I
// felt great", "No real relief for the first three weeks, then much
// better", "at first it made my skin worse; after a month it cleared": the
// medicine was slow to work, and what it did later is the verdict, so the
// complaint of the early span keeps a third. It is the mirror of
// initialOnly (praise that held only at first).
func delayedOnset(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	n := len(norm)
	for from := 0; from < n; {
		to := from
		for to+1 < n && !t.brk[to] {
			to++
		}
		complaint := false
		for k := from; k <= to; k++ {
			if s[k] < 0 {
				complaint = true
			}
		}
		if complaint && earlySpan(t, from, to) && laterPraise(t, s, to+1) {
			for k := from; k <= to; k++ {
				if s[k] < 0 {
					s[k] *= 0.3
				}
			}
		}
		from = to + 1
	}
}

// laterPraise reports whether the text from k, up to the end of the next
// sentence, turns ("then", "after", "now", "but") to praise.
func laterPraise(t *doc, s []float64, k int) bool {
	turned, ends := false, 0
	for j := k; j < len(s); j++ {
		if turnWords[t.norm[j]] {
			turned = true
		}
		if turned && s[j] > 0 {
			return true
		}
		if s[j] < 0 && turned {
			return false
		}
		if t.end[j] {
			ends++
			if ends == 2 {
				return false
			}
		}
	}
	return false
}

// desirables are what a patient wants to keep: a relief verb with one of
// them as its object is a side effect ("it reduced my appetite", "stopped
// my periods" is left alone too, since patients want either).
var desirables = setOf(strings.Fields(`appetite libido drive energy motivation focus concentration
creativity personality memory periods period sleep sex hunger strength stamina`))

// objectStops are words after a relief verb that show it has no object:
// "I stopped after a week", "it stopped when I ...".
var objectStops = setOf(strings.Fields(`after for when because as it them taking using on at in within
completely immediately due since and but to by taking altogether abruptly cold working helping
me myself`))

// medicineDid reports whether the relief verb at i, in a medication
// review, has the medicine as its subject (or opens the answer, as in
// "Stopped my panic attacks.") and an object that is not the medicine
// itself or something the patient wants to keep: "This course stopped the
// chronic infections", "It lowered my numbers". The illness it ended may
// be a word no list holds.
func medicineDid(t *doc, i int) bool {
	norm := t.norm
	if !t.medication && i != 0 || i+1 >= len(norm) || t.brk[i] {
		return false // outside medication reviews only the text's first word
	}
	// a sentence opening with the verb reports what the medicine did
	// ("Stopped my panic attacks."), in the past tense; "Reduce the risk"
	// is a purpose or an instruction
	subject := (i == 0 || t.end[i-1]) && (strings.HasSuffix(norm[i], "ed") || strings.HasSuffix(norm[i], "s"))
	for k := i - 1; !subject && k >= 0 && k >= i-3 && !t.brk[k]; k-- {
		if medicineSubjects[norm[k]] || t.is(k, cMedication) {
			subject = true
		}
		if norm[k] == "i" || norm[k] == "we" || norm[k] == "doctor" || norm[k] == "he" || norm[k] == "she" {
			return false
		}
	}
	if !subject {
		return false
	}
	o := i + 1
	if x := norm[o]; (x == "my" || x == "the" || x == "her" || x == "his" || x == "all" || x == "most" || x == "these") && o+1 < len(norm) {
		o++
	}
	x := norm[o]
	return !objectStops[x] && !desirables[x] && !t.is(o, cMedication|cTreatment|cIntake) && !isNumber(x) && !doseToken(x)
}

// neverAgainValence is the complaint of a patient who will not take a
// medicine again.
const neverAgainValence = -2.5

// neverAgain reads "I will never take any form of this again", "never
// using that cream again", "would never try it again": "never", a verb of
// taking and "again" in one clause are a verdict, however many words stand
// between them. "I never had to take it again" means it cured the illness.
func neverAgain(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if norm[i] != "never" || t.phrase[i] {
			continue
		}
		j := i + 1
		if j < n && (norm[j] == "ever" || norm[j] == "want" || norm[j] == "will") {
			j++
		}
		if j >= n || t.brk[j-1] {
			continue
		}
		switch norm[j] {
		case "take", "use", "try", "touch", "prescribe", "recommend", "taking", "using", "trying", "go", "put":
		default:
			continue
		}
		for k := j + 1; k < n && k <= j+8; k++ {
			if norm[k] == "again" {
				for m := i; m <= k; m++ {
					if s[m] > 0 {
						s[m] = 0
					}
				}
				s[i] = neverAgainValence
				t.verdict[i] = true
				break
			}
			if t.brk[k] {
				break
			}
		}
	}
}

// offMarkers say the patient came off the medicine.
var offMarkers = [][]string{{"stopped", "taking"}, {"stopped", "using"}, {"stopped", "it"}, {"stopped", "the"},
	{"stopped", "them"}, {"stopped", "my"}, {"stopped", "this"}, {"stopping", "taking"}, {"stopping", "using"},
	{"stopping", "it"}, {"stopping", "the"}, {"stopping", "them"}, {"stopping", "my"}, {"stopping", "this"},
	{"discontinued"}, {"discontinuing"}, {"quit", "taking"}, {"quit", "using"}, {"quit", "it"}, {"quitting", "it"},
	{"came", "off"}, {"coming", "off"}, {"went", "off"}, {"going", "off"}, {"got", "off"}, {"getting", "off"},
	{"off", "the"}, {"off", "it"}, {"off", "of"}}

// reliefOffMedicine reports whether what went away at i went away when the
// patient came off the medicine: "the pain and numbness went away after
// discontinuing the drug", "I stopped it and within a day the rash
// subsided". What ended with the medicine was caused by it, so the relief
// is a complaint about the medicine. The marker must be in the same
// sentence: after the relief word ("after", "when", "once", "since" and a
// marker) or anywhere before it.
func reliefOffMedicine(t *doc, i int) bool {
	norm := t.norm
	start := i
	for start > 0 && !t.end[start-1] {
		start--
	}
	for k := start; k < i; k++ {
		if matchAt(norm, k, offMarkers) > 0 {
			return true
		}
	}
	for k := i + 1; k+1 < len(norm) && k <= i+4 && !t.end[k-1]; k++ {
		if w := norm[k]; (w == "after" || w == "when" || w == "once" || w == "since") && matchAt(norm, k+1, offMarkers) > 0 {
			return true
		}
		if w := norm[k]; (w == "after" || w == "when" || w == "once" || w == "since") && k+2 < len(norm) &&
			(norm[k+1] == "i" || norm[k+1] == "we") && matchAt(norm, k+2, offMarkers) > 0 {
			return true
		}
	}
	return false
}

// desiredObject reports whether the relief verb at i has as its object,
// within two words, something the patient wants to keep, and the valence
// the verb then carries: "it lowered my energy" and "dulled my focus" are
// harm (-reliefValence); "reduced my appetite" may be harm or the point of
// a diet pill, and "stopped my periods" the point of some treatments, so
// they carry nothing.
func desiredObject(t *doc, i int) (float64, bool) {
	if !t.medication {
		return 0, false
	}
	norm := t.norm
	for k := i + 1; k < len(norm) && k <= i+2; k++ {
		w := norm[k]
		if desirables[w] {
			if ambiguousDesirables[w] {
				return 0, true
			}
			return -reliefValence, true
		}
		if t.brk[k] || w != "my" && w != "the" && w != "her" && w != "his" && w != "our" && w != "any" {
			return 0, false
		}
	}
	return 0, false
}

// ambiguousDesirables are wanted by some patients and treated in others.
var ambiguousDesirables = setOf(strings.Fields(`appetite hunger periods period sleep`))

// reliefAdverbs may stand between a subject and the verb saying it went
// away: "the thoughts gradually disappeared", "wrinkles have all vanished".
var reliefAdverbs = setOf(strings.Fields(`gradually completely totally slowly quickly soon eventually
finally just all have has had were was is are almost nearly entirely virtually mostly also both
then simply literally basically practically`))

// notRelieved are subjects whose going away is no relief: the patient, the
// medicine and what it gave ("the effect disappeared" means it wore off).
var notRelieved = setOf(strings.Fields(`i we he she they it you this that effect effects benefit benefits
results result relief improvement improvements help`))

// wentAwayNoun reports, in a medication review, whether the relief word at i
// ("disappeared", "ceased", "vanished") has a noun subject right before it
// that names no medicine, benefit or wanted thing: "lines and wrinkles
// disappeared", "the suicidal thoughts gradually disappeared". What a
// patient reports gone is the trouble, even when no list names it.
func wentAwayNoun(t *doc, s []float64, i int) bool {
	if !t.medication || t.phrase[i] || t.norm[i] == "went" || t.norm[i] == "stopped" || t.norm[i] == "ended" || t.norm[i] == "passed" {
		return false
	}
	k := i - 1
	for k >= 0 && !t.brk[k] && reliefAdverbs[t.norm[k]] {
		k--
	}
	if k < 0 || t.brk[k] && k != i-1 {
		return false
	}
	w := t.norm[k]
	// a noun: a plural ("wrinkles") or a word after a determiner ("the rash")
	noun := len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") ||
		k > 0 && determiners[t.norm[k-1]]
	return noun && !notRelieved[w] && !desirables[w] && !t.is(k, cMedication|cTreatment|cNeg) &&
		s[k] <= 0 && !isNumber(w) && !startsUpper(t.words[k])
}

// determiners open a noun phrase.
var determiners = setOf(strings.Fields(`the my his her their our these those all any this that`))

// intensifierPraise silences "pretty" as an intensifier of a complaint:
// VADER scores "pretty" as praise even in "pretty bad" and "pretty awful".
func intensifierPraise(t *doc, s []float64) {
	for i := 0; i+1 < len(s); i++ {
		if t.norm[i] == "pretty" && s[i] > 0 && s[i+1] < 0 && !t.brk[i] {
			s[i] = 0
		}
	}
}

// weightToken reports whether w is an amount of body weight written as one
// token: "20lbs", "40lb", "5kg".
func weightToken(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, u := range []string{"lbs", "lb", "kg", "kgs", "pounds"} {
		if strings.HasSuffix(w, u) {
			return true
		}
	}
	return false
}

// conditionWords open the condition under which a medicine is taken:
// "take one when I feel a migraine coming", "use it whenever the itching
// starts", "as needed if anxious".
var conditionWords = setOf(strings.Fields(`when whenever if as`))

// dosingConditions damps, in a medication review, the complaint of a clause
// that says when the medicine is taken ("Had to take one when not feeling
// good", "I use it whenever my hands are sore and cracked"): it describes
// the illness, not the medicine.
func dosingConditions(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if !t.is(i, cIntake) || t.brk[i] {
			continue
		}
		for k := i + 1; k < n && k <= i+4; k++ {
			if conditionWords[norm[k]] && !(norm[k] == "as" && (k+1 >= n || norm[k+1] != "needed")) {
				for j := k + 1; j < n && j <= k+8; j++ {
					if s[j] < 0 && !t.verdict[j] {
						s[j] *= beforeDamp
					}
					if t.brk[j] {
						break
					}
				}
				break
			}
			if t.brk[k] {
				break
			}
		}
	}
}

// spareOpeners say the patient is spared something: "so I don't have to sit
// in bed in misery", "I no longer have to worry".
var spareOpeners = [][]string{{"don't", "have", "to"}, {"dont", "have", "to"}, {"do", "not", "have", "to"},
	{"no", "longer", "have", "to"}, {"never", "have", "to"}, {"didn't", "have", "to"}, {"did", "not", "have", "to"},
	{"no", "longer", "need", "to"}, {"don't", "need", "to"}, {"do", "not", "need", "to"}}

// spared turns the complaint of the clause after a spare opener into modest
// praise: what the patient no longer has to suffer is good news. VADER
// would leave "misery" and "worry" as complaints.
func spared(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if norm[i] != "don't" && norm[i] != "dont" && norm[i] != "do" && norm[i] != "no" && norm[i] != "never" &&
			norm[i] != "didn't" && norm[i] != "did" {
			continue
		}
		l := matchAt(norm, i, spareOpeners)
		if l == 0 || i+l >= n || t.brk[i+l-1] {
			continue
		}
		for j := i + l; j < n && j <= i+l+7; j++ {
			if s[j] < 0 && !t.verdict[j] {
				s[j] = -s[j] * 0.5
			}
			if t.brk[j] {
				break
			}
		}
		i += l - 1
	}
}

// participleInstructions follow "needs to be" in a dosing instruction.
var participleInstructions = setOf(strings.Fields(`taken given applied used painted rubbed kept stored worn
swallowed injected inserted shaken refrigerated mixed chewed dissolved`))

// instructionVerbs follow "need to" in a dosing instruction: "need to drink
// lots of water", "you need to wait an hour before eating".
var instructionVerbs = setOf(strings.Fields(`drink wait avoid stay remember start use eat apply sit stand`))

// instructionNeeds silences "needs to be taken with food" and the like in a
// medication review: an instruction, not a request for better care.
func instructionNeeds(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	for i := 0; i+3 < len(norm); i++ {
		if (norm[i] == "need" || norm[i] == "needs" || norm[i] == "must" || norm[i] == "should") && s[i] < 0 &&
			norm[i+1] == "to" && (norm[i+2] == "be" && participleInstructions[norm[i+3]] || instructionVerbs[norm[i+2]] || t.is(i+2, cIntake)) ||
			(norm[i] == "must" || norm[i] == "should") && s[i] < 0 && norm[i+1] == "be" && participleInstructions[norm[i+2]] {
			s[i] = 0
		}
	}
}

// continueVerbs end "too severe to continue", "too sick to keep taking it".
var continueVerbs = setOf(strings.Fields(`continue keep stay tolerate bear handle`))

// tooToContinue reads "the side effects were too severe to continue", "too
// sick to keep taking it" (and the common misspelling "to severe to
// continue"): a reason the patient could not go on, so the clause is a
// verdict and "continue" no praise.
func tooToContinue(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+3 < n; i++ {
		if norm[i] != "too" && norm[i] != "to" || t.brk[i] {
			continue
		}
		j := i + 1
		if norm[j] == "much" || norm[j] == "many" || phraseBoosters[norm[j]] {
			j++
		}
		if j+2 >= n || t.brk[j] || norm[j+1] != "to" || !continueVerbs[norm[j+2]] {
			continue
		}
		if norm[i] == "to" && s[j] >= 0 && !symptoms[norm[j]] && norm[j] != "severe" && norm[j] != "sick" && norm[j] != "ill" {
			continue // "to be able to continue": only a misspelt "too" before a complaint
		}
		if s[j+2] > 0 {
			s[j+2] = 0
		}
		if s[j] > -2.0 {
			s[j] = -2.0
		}
		t.verdict[j] = true
		i = j + 2
	}
}

// twoAnswers reports whether a short text holds two answers ("None. None",
// "Nothing. N/A"): the benefits and comments of a medication review, not
// one survey answer, so it is scored as text.
func twoAnswers(text string) bool {
	i := strings.IndexAny(text, ".!?")
	return i > 0 && strings.TrimSpace(strings.Trim(text[i:], ".!? ")) != ""
}

// increaseWords say that something grew: VADER scores "increased" as
// praise.
var increaseWords = setOf(strings.Fields(`increased increase increases increasing rose heightened
intensified escalated multiplied doubled tripled`))

// increases reads an increase of a symptom or side effect as harm: "the
// problems with my skin increased dramatically", "it increased my
// anxiety". "Increased energy" stays praise.
func increases(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := range norm {
		if !t.is(i, cIncrease) || s[i] < 0 {
			continue
		}
		bad := false
		for k := i - 1; k >= 0 && k >= i-3 && !t.brk[k]; k-- {
			if harmNoun(norm, k) {
				bad = true
			}
		}
		for k := i + 1; k < n && k <= i+3; k++ {
			if harmNoun(norm, k) {
				bad = true
			}
			if t.brk[k] || desirables[norm[k]] || s[k] > 0 {
				break
			}
		}
		if bad && !offInSentence(t, i) {
			s[i] = -1.2
		}
	}
}

// harmNoun reports whether norm[k] names a symptom, a side effect or a
// problem; "weight loss" is no harm.
func harmNoun(norm []string, k int) bool {
	if norm[k] == "weight" || norm[k] == "loss" && k > 0 && norm[k-1] == "weight" {
		return false
	}
	return isAdverse(norm, k) || norm[k] == "problems"
}

// offInSentence reports whether the sentence around i says the patient was
// off the medicine ("I stopped taking it for six weeks and noticed a big
// increase in pain"): what grew then is the illness coming back, the
// medicine's praise, which relapses reads.
func offInSentence(t *doc, i int) bool {
	start, end := i, i
	for start > 0 && !t.end[start-1] {
		start--
	}
	for end+1 < len(t.norm) && !t.end[end] {
		end++
	}
	for k := start; k <= end; k++ {
		if matchAt(t.norm, k, stopMarkers) > 0 {
			return true
		}
	}
	return false
}

// baselineOpener reports whether the sentence from start to end opens by
// setting the scene before or without the treatment in a medication
// review: "Before, I was always cold", "Before I could not sleep",
// "Normally my eyes are itchy" (without the medicine).
func baselineOpener(t *doc, start, end int) bool {
	if !t.medication || start+1 > end {
		return false
	}
	first := t.norm[start]
	next := t.norm[start+1]
	return first == "before" && (t.brk[start] || next == "i" || next == "then" || next == "that") ||
		first == "normally" && !t.is(start+1, cMedication|cTreatment) && next != "it" && next != "this"
}

// keptFrom turns the complaint after "kept me from", "keeps my skin from
// drying", "protects me from" into modest praise: the medicine prevented
// it. "Prevented me from working" is harm and is left alone.
func keptFrom(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		switch norm[i] {
		case "kept", "keeps", "keep", "keeping", "protects", "protected", "protect", "protecting":
		default:
			continue
		}
		from := -1
		for k := i + 1; k < n && k <= i+4 && !t.brk[k-1]; k++ {
			if norm[k] == "from" {
				from = k
				break
			}
		}
		if from < 0 {
			continue
		}
		for j := from + 1; j < n && j <= from+7; j++ {
			if s[j] < 0 && !t.verdict[j] {
				s[j] = -s[j] * 0.5
			}
			if t.brk[j] {
				break
			}
		}
		i = from
	}
}

// deniedAfter reports whether the benefit noun at i is denied by the verb
// after it: "the benefits weren't noticed", "results were not seen",
// "relief never came". "The results were not dramatic but could be
// noticed" is hedged, not denied.
func deniedAfter(t *doc, i int) bool {
	norm := t.norm
	n := len(norm)
	for k := i + 1; k+1 < n && k <= i+3 && !t.brk[k-1]; k++ {
		w := norm[k]
		neg := w == "weren't" || w == "wasn't" || w == "never" || w == "aren't" || w == "isn't" || w == "not" && k > i+1 &&
			(norm[k-1] == "were" || norm[k-1] == "was" || norm[k-1] == "are" || norm[k-1] == "is")
		if neg {
			if !deniedStates[norm[k+1]] {
				return false
			}
			for j := k + 2; j < n && j <= k+6 && !t.brk[j-1]; j++ {
				if t.is(j, cContrast) {
					return false
				}
			}
			return true
		}
		if w != "were" && w != "was" && w != "are" && w != "is" && w != "really" && w != "just" {
			return false
		}
	}
	return false
}

// deniedStates follow a negated verb after a benefit noun: "the benefits
// weren't noticed", "results were not there", "relief never came".
var deniedStates = setOf(strings.Fields(`noticed noticeable noticable seen visible apparent evident obvious
there felt realized realised achieved came worth significant`))

// adverseBefore reports whether a symptom or side effect stands before the
// relief verb at i in its sentence, as its subject: "the bleeding, which
// did not stop".
func adverseBefore(t *doc, i int) bool {
	found := false
	for k := i - 1; k >= 0 && k >= i-6 && !t.end[k]; k-- {
		if w := t.norm[k]; w == "if" || w == "unless" || w == "whether" || w == "nothing" {
			return false // "if the migraine is not reduced, take another"
		}
		if isAdverse(t.norm, k) {
			found = true
		}
	}
	return found
}

// efficacyWords say how well a medicine works.
var efficacyWords = setOf(strings.Fields(`effective effectively helpful useful beneficial potent powerful
efficacious successful reliable`))

// lessPraise reads "less effective", "much less helpful": a comparison
// downward in how well a medicine works is a complaint. (A comparison
// downward from a bad thing, "less pain", is relief, read by reliefs.)
func lessPraise(t *doc, s []float64) {
	norm := t.norm
	for i := 0; i+1 < len(norm); i++ {
		if norm[i] != "less" || t.brk[i] || s[i+1] <= 0 || !efficacyWords[norm[i+1]] {
			continue
		}
		if i > 0 && (norm[i-1] == "no" || norm[i-1] == "not" || norm[i-1] == "none") {
			continue // "no less effective"
		}
		s[i+1] *= nScalar
	}
}

// sarcasmOpeners, after praise in the same sentence, show it was meant the
// other way round: "it works great if you enjoy vomiting all day", "a
// wonderful drug if you count passing out as a benefit".
var sarcasmOpeners = [][]string{{"if", "you", "enjoy"}, {"if", "you", "like"}, {"if", "you", "love"},
	{"if", "you", "count"}, {"if", "you", "consider"}, {"if", "you", "call"}, {"if", "you", "want", "to", "feel"},
	{"if", "you", "don't", "mind"}, {"if", "you", "do", "not", "mind"}}

// sarcasm turns the praise before a sarcasm opener into complaint, and
// reads "yeah right" and "thanks for nothing" as complaints.
func sarcasm(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	start := 0
	for i := 0; i < n; i++ {
		switch {
		case norm[i] == "yeah" && i+1 < n && norm[i+1] == "right", norm[i] == "thanks" && i+2 < n && norm[i+1] == "for" && norm[i+2] == "nothing":
			s[i] = -1.5
			for k := i + 1; k < n && k <= i+2; k++ {
				s[k] = 0
			}
			t.verdict[i] = true
		case norm[i] == "if" && matchAt(norm, i, sarcasmOpeners) > 0:
			for k := start; k < i; k++ {
				if s[k] > 0 {
					s[k] *= nScalar
				}
			}
		}
		if t.end[i] {
			start = i + 1
		}
	}
}

// wentAway reports whether "went" at i says something went away: "went
// away", "went completely away", "went right away".
func wentAway(norm []string, i int) bool {
	if i+1 < len(norm) && norm[i+1] == "away" {
		return true
	}
	return i+2 < len(norm) && (norm[i+1] == "completely" || norm[i+1] == "totally" || norm[i+1] == "entirely" ||
		norm[i+1] == "right" || norm[i+1] == "all" || norm[i+1] == "quickly") && norm[i+2] == "away"
}

// sideEffectsWoreOff reads "once the side effects wore off", "the nausea
// wears off after a week": what wore off was a side effect, so it is good
// news, while "the effect wore off" stays the complaint of a medicine that
// stopped working.
func sideEffectsWoreOff(t *doc, s []float64) {
	norm := t.norm
	for i := 1; i+1 < len(norm); i++ {
		if norm[i] != "wore" && norm[i] != "wears" && norm[i] != "wearing" && norm[i] != "worn" || norm[i+1] != "off" {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4 && !t.brk[k]; k-- {
			if isAdverse(norm, k) {
				s[i] = reliefValence
				t.verdict[i] = false
				for j := k - 1; j < i; j++ {
					if j >= 0 && s[j] < 0 {
						s[j] = -s[j] * 0.3 // the side effect that wore off
					}
				}
				break
			}
		}
	}
}

// concessiveAt reports whether the marker at i opens its sentence (start)
// as a concession: "Although it made me tired, it cured the infection",
// "Even though...", "While...", "Despite...". ("However" at a sentence start
// turns against the sentence before and is left to contrasts.)
func concessiveAt(t *doc, i, start int) bool {
	w := t.norm[i]
	switch {
	case i == start:
		return w == "although" || w == "though" || w == "while" || w == "whilst" || w == "despite"
	case i == start+1:
		return (w == "though" || w == "if") && t.norm[start] == "even" ||
			w == "spite" && t.norm[start] == "in"
	}
	return false
}

// concessives weighs a sentence that opens with a concession: the clause
// up to the first comma is conceded (half its weight) and the rest of the
// sentence is the point (one and a half), both for "Although it made me
// tired, it cured my infection" and "Although it helped my pain, the side
// effects were terrible". Without a comma the sentence is left alone.
func concessives(t *doc, s []float64) {
	n := len(t.norm)
	start := 0
	for i := 0; i < n; i++ {
		if concessiveAt(t, i, start) {
			cut := -1
			end := i
			for end < n-1 && !t.end[end] {
				if cut < 0 && t.brk[end] {
					cut = end
				}
				end++
			}
			if cut >= 0 && cut < end {
				s[i] = 0 // the marker itself is no sentiment ("despite")
				for k := i + 1; k <= end; k++ {
					if k <= cut {
						s[k] *= 0.5
					} else {
						s[k] *= 1.5
					}
				}
			}
			i = end
			start = end + 1
			continue
		}
		if t.end[i] {
			start = i + 1
		}
	}
}

// concedesAfter reports whether the marker at i, inside its sentence
// (start), introduces a concession rather than the point: in a medication
// review, "The pain is gone, although I feel a bit tired" puts its verdict
// first. Survey comments are left to the "but" rule: there "Good advice,
// although I would prefer to see someone" wraps the complaint in
// politeness.
func concedesAfter(t *doc, i, start int) bool {
	w := t.norm[i]
	return t.medication && i > start && (w == "although" || w == "though" && i > 0 && (t.brk[i-1] || t.norm[i-1] == "even"))
}

// outsideReasons end a medicine for reasons that are not its fault: "I had
// to go off it due to cost", "stopped because I got pregnant".
var outsideReasons = setOf(strings.Fields(`cost costs price money insurance pregnant pregnancy expense
expensive afford coverage surgery`))

// stopReasons silences the verdict of coming off a medicine when the
// clause gives a reason that is not the medicine's fault: "When I had to
// go off it due to cost, the depression came back".
func stopReasons(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i < n; i++ {
		if !t.verdict[i] || s[i] >= 0 || !t.phrase[i] {
			continue
		}
		for k := i + 1; k+1 < n && k <= i+8; k++ {
			if (norm[k] == "due" && norm[k+1] == "to" || norm[k] == "because" || norm[k] == "since") &&
				outsideWithin(norm, k+1, k+6) { // "due to the new rules of my insurance"
				s[i] = 0
				break
			}
			if t.brk[k] {
				break
			}
		}
	}
}

// outsideWithin reports whether norm[from..to] names an outside reason.
func outsideWithin(norm []string, from, to int) bool {
	for j := from; j < len(norm) && j <= to; j++ {
		if outsideReasons[norm[j]] {
			return true
		}
	}
	return false
}

// stillValence is the complaint of a symptom the medicine left in place.
const stillValence = -1.2

// stillThere reads, in a medication review, "still in considerable pain",
// "I still get migraines", "still had the rash" as a symptom the medicine
// did not take away. A clause that goes on to say it is less, better,
// milder or rarer ("I still get hot flashes but they are much milder") or
// that talks about the medicine ("still taking it") is left alone.
func stillThere(t *doc, s []float64) {
	if !t.medication {
		return
	}
	norm := t.norm
	n := len(norm)
	for i := 0; i+1 < n; i++ {
		if norm[i] != "still" || t.brk[i] || i > 0 && (t.is(i-1, cNeg|cHyp) || norm[i-1] == "can" || norm[i-1] == "may" ||
			norm[i-1] == "might" || i > 1 && t.is(i-2, cHyp)) {
			continue // "if I waited I would still get blisters"
		}
		sym, mild := -1, false
		for k := i + 1; k < n && k <= i+4; k++ {
			if isAdverse(norm, k) {
				sym = k
				break
			}
			if hedgeFirst[norm[k]] || norm[k] == "occasional" || norm[k] == "odd" {
				mild = true // "still some mild irritation"
			}
			if t.is(k, cMedication|cTreatment|cIntake) || s[k] > 0 || t.brk[k] {
				break
			}
		}
		if sym < 0 {
			continue
		}
		eased := mild
		for k := sym + 1; k < n && k <= sym+8; k++ {
			if s[k] > 0 || norm[k] == "less" || norm[k] == "fewer" || norm[k] == "milder" || norm[k] == "rarely" ||
				norm[k] == "occasionally" || norm[k] == "occasional" || norm[k] == "lighter" || norm[k] == "manageable" ||
				norm[k] == "only" || norm[k] == "no" || norm[k] == "much" || norm[k] == "occasion" || norm[k] == "sometimes" {
				eased = true
			}
			if t.end[k] {
				break
			}
		}
		if !eased && s[i] > stillValence {
			s[i] = stillValence
			t.verdict[i] = true
		}
		i = sym
	}
}

// pastThePoint reads "lowered his blood pressure to the point of passing
// out", "dried my skin to the point that it cracked": a relief carried
// past the point of harm is a complaint, and the harm after it is a
// verdict on the medicine, not a description of the illness.
func pastThePoint(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+3 < n; i++ {
		if norm[i] != "to" || norm[i+1] != "the" || norm[i+2] != "point" {
			continue
		}
		harm := -1
		for k := i + 3; k < n && k <= i+8; k++ {
			if s[k] < 0 {
				harm = k
				break
			}
			if t.end[k] {
				break
			}
		}
		if harm < 0 {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-8 && !t.end[k]; k-- {
			if t.is(k, cReduction) && s[k] > 0 {
				s[k] = -reliefValence
				t.verdict[k] = true
				t.verdict[harm] = true
				break
			}
		}
	}
}

// tooFar reports whether the clause of the relief verb at i says it went
// too far: "lowered my blood pressure too much", "dried my skin out too
// much".
func tooFar(t *doc, i int) bool {
	for k := i + 1; k+1 < len(t.norm) && k <= i+6 && !t.brk[k-1]; k++ {
		if t.norm[k] == "too" && (t.norm[k+1] == "much" || t.norm[k+1] == "low" || t.norm[k+1] == "far") {
			return true
		}
	}
	return false
}

// reliefNouns name a benefit as a noun: "pain relief", "symptom
// reduction", "elimination of the rash".
var reliefNouns = setOf(strings.Fields(`reduction reductions relief decrease elimination resolution
disappearance lessening improvement improvements alleviation`))

// purposeNouns before a relief noun make it the aim, not the result: "its
// purpose was pain relief", "prescribed for pain relief".
var purposeNouns = setOf(strings.Fields(`purpose aim goal intended supposed meant for hoped hoping`))

// reliefNounValence is the praise of a relief noun with its symptom.
const reliefNounValence = 1.2

// symptomRelief reads a relief noun in a medication review: "Pain reduction, increased mobility", "pain relief within 30
// minutes" name the benefit, while in a survey comment "pain relief" is
// only a topic. After the noun ("reduction in flat, sad affect",
// "improvement in anxiety") the complaint words describe the illness
// relieved and turn into modest praise. A negation before it ("no pain
// relief", "never saw any symptom reduction") makes it a failure.
func symptomRelief(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i, w := range norm {
		if !reliefNouns[w] || !t.medication {
			continue
		}
		if s[i] == 0 && i > 0 && isAdverse(norm, i-1) && !t.brk[i-1] && !purposeBefore(t, i-1) {
			v := reliefNounValence
			for k := i - 2; k >= 0 && k >= i-4 && !t.brk[k]; k-- {
				if t.is(k, cNeg) || norm[k] == "no" || norm[k] == "never" || norm[k] == "without" {
					v = deniedBenefitValence
					t.verdict[i] = true
					break
				}
			}
			s[i], s[i-1] = v, 0
			if t.phrase[i-1] && s[i-1] == 0 {
				t.phrase[i-1] = false
			}
		}
		if s[i] <= 0 || i+1 >= n || norm[i+1] != "in" && norm[i+1] != "of" && norm[i+1] != "from" {
			continue
		}
		for k := i + 2; k < n && k <= i+5; k++ {
			if s[k] < 0 && !t.verdict[k] {
				s[k] = -s[k] * 0.5 // "improvement in flat, sad affect"
			}
			if t.brk[k] {
				break
			}
		}
	}
}

// purposeBefore reports whether a purpose word stands within three words
// before k in its clause.
func purposeBefore(t *doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && !t.brk[j]; j-- {
		if purposeNouns[t.norm[j]] {
			return true
		}
	}
	return false
}

// insteadOf reads "instead of curing my depression, it made me flat",
// "instead of helping, it made the pain worse": the benefit after
// "instead of" is the one the medicine did not bring. "Instead of taking
// pills, I use a cream" names no benefit and is left alone.
func insteadOf(t *doc, s []float64) {
	norm := t.norm
	for i := 0; i+2 < len(norm); i++ {
		if norm[i] != "instead" || norm[i+1] != "of" {
			continue
		}
		k := i + 2
		if s[k] >= 0 && (t.is(k, cBenefit|cReduction) || strings.HasPrefix(norm[k], "cur") || strings.HasPrefix(norm[k], "heal") ||
			strings.HasPrefix(norm[k], "improv") || strings.HasPrefix(norm[k], "reliev")) {
			s[k] = deniedBenefitValence
			t.verdict[k] = true
		}
	}
}

// scantPredicates, after "side effects were", say there were next to none;
// mildPredicates that they could be lived with.
var (
	scantPredicates = setOf(strings.Fields(`minimal none negligible nonexistent non-existent few rare
absent nil zero`))
	mildPredicates = setOf(strings.Fields(`mild minor tolerable manageable bearable slight temporary
short-lived brief`))
)

// sideEffectPredicates reads the side effects described after them: "side
// effects were minimal", "the side effects are tolerable", "Side effects:
// none". The complaint of "side effects" gives way to modest praise (next
// to none) or to nothing (mild); "the side effects were awful" keeps it.
func sideEffectPredicates(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	for i := 0; i+2 < n; i++ {
		if norm[i] != "side" || norm[i+1] != "effects" && norm[i+1] != "effect" && norm[i+1] != "affects" {
			continue
		}
		k := i + 2
		if !t.brk[i+1] {
			for k < n && k <= i+5 && (norm[k] == "were" || norm[k] == "was" || norm[k] == "are" || norm[k] == "is" ||
				norm[k] == "have" || norm[k] == "been" || norm[k] == "very" || norm[k] == "quite" || norm[k] == "fairly" ||
				norm[k] == "pretty" || norm[k] == "relatively" || norm[k] == "so" || norm[k] == "extremely") {
				k++
			}
			if k == i+2 {
				continue // "side effects include...": no predicate
			}
		}
		if k >= n {
			continue
		}
		var v float64
		switch {
		case scantPredicates[norm[k]]:
			v = 1.0
		case mildPredicates[norm[k]]:
			v = 0
		default:
			continue
		}
		s[i], s[i+1] = v, 0
		t.verdict[i] = false
		for j := i + 2; j <= k; j++ {
			if s[j] < 0 {
				s[j] = 0
			}
		}
		if v > 0 && s[k] < v {
			s[k] = 0 // the praise sits on "side"
		}
		i = k
	}
}
