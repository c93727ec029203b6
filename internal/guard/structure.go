package guard

import "strings"

// Structural rules. The phrase and term lexicons keep meeting new wordings, so these rules
// look at the shape of a sentence instead of its exact words: who acts on whom (a clinical
// or billing verb with the reader as its object), what follows a reaction to the reader ("glad
// the ... healed up"), how the reader's presence is described ("having you in", "you came
// by", "keep choosing us", "as your eye doctors"), the form of unknown clinical words
// (-ectomy, -itis, -statin) and imperative health instructions. They run on replies only
// (except the word-form rule, which feeds every health check, and the dosing rule).

// morphCategory classifies a word that is in no lexicon by its clinical word-form:
// "septoplasty", "tendinitis", "rosuvastatin". 0 when it has none.
func morphCategory(w []byte) uint32 {
	if len(w) < 6 {
		return 0
	}
	y, z := w[len(w)-2]-'a', w[len(w)-1]-'a'
	if y >= 26 || z >= 26 || morphByLast2[y][z] == nil {
		return 0
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return 0
		}
	}
	for _, m := range morphByLast2[y][z] {
		if len(w) >= len(m.suf)+3 && string(w[len(w)-len(m.suf):]) == m.suf {
			if morphStop[string(w)] {
				return 0
			}
			return uint32(m.cat)
		}
	}
	return 0
}

// morphByLast2 indexes morphSuffixes (all at least three letters) by their last two letters,
// in their order: a word meets at most a couple of candidates, and most words none.
var morphByLast2 = func() (t [26][26][]morphSuffix) {
	for _, m := range morphSuffixes {
		y, z := m.suf[len(m.suf)-2]-'a', m.suf[len(m.suf)-1]-'a'
		t[y][z] = append(t[y][z], m)
	}
	return t
}()

type morphSuffix struct {
	suf string
	cat uint8
}

var morphSuffixes = []morphSuffix{
	// procedures
	{"ectomy", hcProcedure}, {"ectomies", hcProcedure}, {"otomy", hcProcedure}, {"otomies", hcProcedure},
	{"ostomy", hcProcedure}, {"plasty", hcProcedure}, {"plasties", hcProcedure}, {"scopy", hcProcedure},
	{"scopies", hcProcedure}, {"rrhaphy", hcProcedure}, {"pexy", hcProcedure}, {"centesis", hcProcedure},
	{"desis", hcProcedure},
	// tests
	{"ogram", hcTest}, {"ograms", hcTest}, {"ography", hcTest},
	// conditions
	{"itis", hcCondition}, {"osis", hcCondition}, {"oses", hcCondition}, {"emia", hcCondition},
	{"opathy", hcCondition}, {"oma", hcCondition}, {"omas", hcCondition}, {"algia", hcCondition},
	{"penia", hcCondition}, {"plegia", hcCondition}, {"trophy", hcCondition}, {"uria", hcCondition},
	{"ocele", hcCondition}, {"orrhea", hcCondition}, {"iasis", hcCondition},
	// medications (generic-name stems)
	{"cillin", hcMedication}, {"mycin", hcMedication}, {"micin", hcMedication}, {"statin", hcMedication},
	{"pril", hcMedication}, {"olol", hcMedication}, {"alol", hcMedication}, {"sartan", hcMedication},
	{"prazole", hcMedication}, {"tidine", hcMedication}, {"triptan", hcMedication}, {"azepam", hcMedication},
	{"zolam", hcMedication}, {"afil", hcMedication}, {"umab", hcMedication}, {"ximab", hcMedication},
	{"tinib", hcMedication}, {"clovir", hcMedication}, {"oxetine", hcMedication}, {"traline", hcMedication},
	{"faxine", hcMedication}, {"dipine", hcMedication}, {"gliptin", hcMedication}, {"glutide", hcMedication},
	{"formin", hcMedication}, {"cycline", hcMedication}, {"floxacin", hcMedication}, {"profen", hcMedication},
	{"isone", hcMedication}, {"olone", hcMedication}, {"asone", hcMedication}, {"codone", hcMedication},
	{"apine", hcMedication}, {"idone", hcMedication}, {"ipramine", hcMedication}, {"triptyline", hcMedication},
	{"azosin", hcMedication}, {"osulosin", hcMedication}, {"parin", hcMedication}, {"xaban", hcMedication},
	{"thiazide", hcMedication}, {"semide", hcMedication}, {"lukast", hcMedication}, {"terol", hcMedication},
	{"tropium", hcMedication}, {"dronate", hcMedication}, {"etine", hcMedication},
}

// morphStop are ordinary words with a clinical-looking ending.
var morphStop = map[string]bool{
	"program": true, "programs": true, "instagram": true, "telegram": true, "kilogram": true, "kilograms": true,
	"hologram": true, "histogram": true, "diagram": true, "diagrams": true, "anagram": true, "photography": true,
	"geography": true, "biography": true, "choreography": true, "calligraphy": true, "cinematography": true,
	"academia": true, "nostalgia": true, "diploma": true, "diplomas": true, "aroma": true, "aromas": true,
	"oklahoma": true, "tacoma": true, "sonoma": true, "paloma": true, "osmosis": true, "hypnosis": true,
	"trophy": true, "trophies": true, "telescopy": true, "kaleidoscopy": true, "microscopy": false,
	"thrombosis": false, "symbiosis": true, "apotheosis": true, "metamorphosis": true, "halitosis": false,
	"bougainvillea": true, "sebastian": true, "personalize": true, "harmonize": true, "prednisone": false,
	"cardinal": true, "machine": true, "routine": true, "pristine": true, "nicotine": false, "sardine": true,
	"philosophy": true, "scapegoat": true, "sensitive": true,
	// Spanish: "en su idioma", "una broma"
	"idioma": true, "idiomas": true, "broma": true, "bromas": true, "goma": true, "gomas": true,
	"loma": true, "lomas": true, "axioma": true, "carisma": true,
}

// careVerbs: a clinical or billing action whose object is the reader ("we admitted you",
// "you were sedated", "we billed your plan"). Said of the reader it discloses care or
// billing, not only the relationship.
var careVerbs = map[string]bool{
	"admitted": true, "discharged": true, "diagnosed": true, "prescribed": true, "examined": true,
	"x-rayed": true, "xrayed": true, "scanned": true, "tested": true, "screened": true, "vaccinated": true,
	"immunized": true, "injected": true, "stitched": true, "sutured": true, "sedated": true, "intubated": true,
	"operated": true, "referred": true, "transferred": true, "triaged": true, "roomed": true, "casted": true,
	"splinted": true, "medicated": true, "billed": true, "charged": true, "refunded": true, "invoiced": true,
	"overcharged": true, "reimbursed": true, "monitored": true, "evaluated": true, "assessed": true,
	"induced": true, "anesthetized": true, "catheterized": true, "biopsied": true, "drew": true,
	"extracted": true, "fitted": true, "rehydrated": true, "resuscitated": true, "isolated": true, "quarantined": true,
}

// outcomeWords: what a treatment or body part does after care, said after a reaction
// ("glad the septoplasty healed up", "hope the numbness wears off").
var outcomeWords = map[string]string{
	"healed": "", "healing": "", "heals": "", "heal": "", "kicked": "in", "kicks": "in", "kick": "in",
	"wore": "off", "wears": "off", "wear": "off", "wearing": "off", "cleared": "up", "clears": "up",
	"clear": "up", "clearing": "up", "went": "down", "goes": "down", "came": "", "comes": "", "coming": "",
	"holding": "up", "held": "up", "calming": "", "calmed": "", "easing": "", "eased": "", "subsided": "",
	"subsiding": "", "settling": "", "settled": "", "mending": "", "feeling": "", "improving": "",
	"improved": "", "resolved": "", "resolving": "",
}

// healingWord: outcome words that say a body is healing even without a reaction ("the graft
// is healing right on schedule").
var healingWord = map[string]bool{"healing": true, "healed": true, "heals": true, "mending": true}

func isOutcome(w string) bool { _, ok := outcomeWords[w]; return ok }

// resultWords: "came back clear".
var resultWords = map[string]bool{"clear": true, "normal": true, "negative": true, "fine": true, "good": true,
	"great": true, "benign": true, "okay": true, "ok": true, "clean": true}

// outcomeShape checks the particle or complement an outcome word needs: "kicked in", "wore
// off", "came off", "came back clear", "feeling stronger".
func (s *scan) outcomeShape(i int) bool {
	d := &s.d
	n := len(d.toks)
	w := func(j int) []byte {
		if j >= n || d.toks[j].sent != d.toks[i].sent {
			return nil
		}
		return d.norm(j)
	}
	wb := d.norm(i)
	switch string(wb) {
	case "came", "comes", "coming":
		switch string(w(i + 1)) {
		case "off", "out", "down":
			return true
		case "back":
			return resultWords[string(w(i+2))]
		}
		return false
	case "feeling":
		switch string(w(i + 1)) {
		case "better", "stronger", "good", "great", "normal", "comfortable", "fine":
			return true
		}
		return false
	}
	if part := outcomeWords[string(wb)]; part != "" {
		return string(w(i+1)) == part
	}
	return true
}

// nonCareNoun: things a reaction is often about that are not health ("glad the new hours
// are helping", "hope the weather cleared up").
var nonCareNoun = map[string]bool{
	"hours": true, "app": true, "website": true, "site": true, "portal": true, "parking": true, "garage": true,
	"lot": true, "menu": true, "cafe": true, "café": true, "area": true, "room": true, "lobby": true, "system": true,
	"schedule": true, "class": true, "event": true, "fair": true, "weather": true, "storm": true, "snow": true,
	"rain": true, "traffic": true, "line": true, "lines": true, "wait": true, "staff": true, "team": true,
	"office": true, "clinic": true, "building": true, "renovation": true, "construction": true, "road": true,
	"roads": true, "power": true, "phones": true, "phone": true, "music": true, "check-in": true, "process": true,
	"issue": true, "problem": true, "confusion": true, "mix-up": true, "situation": true, "paperwork": true,
	"forms": true, "form": true, "feedback": true, "review": true, "holidays": true, "season": true, "day": true,
	"week": true, "move": true, "aquarium": true, "tank": true, "garden": true, "art": true, "decor": true,
	"coffee": true, "food": true, "drive": true, "trip": true, "commute": true, "elevator": true,
}

// presenceVerbs + "you" + a place or return word: "having you in", "seeing you back",
// "welcoming you here".
var presenceVerbs = map[string]bool{
	"having": true, "have": true, "had": true, "seeing": true, "see": true, "saw": true, "meeting": true,
	"met": true, "welcoming": true, "welcome": true, "welcomed": true, "hosting": true, "serving": true,
	"served": true, "treating": true, "caring": true, "helping": true, "helped": true,
}

var presenceAfter = map[string]bool{"in": true, "back": true, "here": true, "again": true, "today": true,
	"this": true, "last": true, "every": true, "each": true, "over": true, "during": true, "through": true,
	"recently": true, "yesterday": true, "earlier": true, "at": true, "with": true, "in-office": true, "around": true}

// arrivalVerbs: "you came by", "you popped in", "you stopped in".
var arrivalVerbs = map[string]bool{"came": true, "stopped": true, "dropped": true, "popped": true,
	"visited": true, "swung": true, "walked": true, "been": true, "keep": true, "kept": true}

var arrivalAfter = map[string]bool{"in": true, "by": true, "here": true, "back": true, "to": true,
	"with": true, "coming": true, "our": true, "through": true, "choosing": true, "trusting": true}

var chooseVerbs = map[string]bool{"choose": true, "choosing": true, "chose": true, "chosen": true, "trust": true,
	"trusting": true, "trusted": true, "pick": true, "picking": true, "picked": true, "selecting": true,
	"selected": true, "recommending": false}

// providerNouns: "as your eye doctors", "to be your urology team".
var providerNouns = map[string]bool{"team": true, "doctor": true, "doctors": true, "dentist": true,
	"dentists": true, "provider": true, "providers": true, "physician": true, "physicians": true,
	"clinic": true, "practice": true, "hospital": true, "pharmacy": true, "nurses": true, "therapist": true,
	"therapists": true, "specialists": true, "specialist": true, "office": true, "pediatrician": true,
	"surgeon": true, "care": true, "home": true, "medical": true}

// recoveryWords tied to the reader: "your recovery", "hope you heal quickly".
var recoveryWords = map[string]bool{"recovery": true, "recoveries": true, "recovering": true,
	"recovered": true, "recover": true, "recovers": true, "heal": true, "healing": true, "healed": true,
	"heals": true, "mend": true, "convalescence": true, "rehabbing": true}

// adviceVerbs start an imperative health instruction ("Drink eight glasses of water a day").
var adviceVerbs = map[string]bool{"take": true, "drink": true, "eat": true, "avoid": true, "try": true,
	"apply": true, "ice": true, "rest": true, "stretch": true, "skip": true, "limit": true, "cut": true,
	"elevate": true, "gargle": true, "rinse": true, "double": true, "increase": true, "reduce": true,
	"alternate": true, "soak": true, "massage": true, "stop": true, "start": true, "use": true}

var doseCue = map[string]bool{"mg": true, "milligrams": true, "iu": true, "daily": true, "twice": true,
	"glasses": true, "tablets": true, "tablet": true, "pills": true, "pill": true, "capsules": true,
	"dose": true, "doses": true, "hourly": true, "ounces": true, "supplement": true, "supplements": true,
	"vitamin": true, "vitamins": true, "tylenol": true, "ibuprofen": true, "advil": true, "aspirin": true,
	"melatonin": true, "zinc": true, "magnesium": true, "probiotic": true, "probiotics": true}

var sayVerbs = map[string]bool{"said": true, "says": true, "told": true, "mentioned": true, "noted": true,
	"reported": true, "tells": true, "thinks": true, "thought": true}

var offWords = map[string]bool{"off": true, "through": true, "free": true, "clear": true, "done": true, "out": true, "discharged": true}

var reviewNoun = map[string]bool{"complaint": true, "review": true, "claim": true, "claims": true, "account": true,
	"post": true, "comment": true, "version": true, "story": true, "description": true, "rating": true, "accusation": true}

var copula = map[string]bool{"is": true, "was": true, "are": true, "were": true, "seems": true, "sounds": true}

var adverbs = map[string]bool{"simply": true, "just": true, "completely": true, "totally": true, "entirely": true,
	"clearly": true, "frankly": true, "quite": true, "very": true, "highly": true, "absolutely": true, "plainly": true}

var verdictWord = map[string]bool{"wrong": true, "false": true, "untrue": true, "inaccurate": true, "misleading": true,
	"mistaken": true, "unfair": true, "exaggerated": true, "baseless": true, "unfounded": true, "incorrect": true,
	"dishonest": true, "fabricated": true, "one-sided": true, "unjustified": true, "uncalled": true}

// loyalTail: "all these years", "for years", "over the years", "since 2010", "for a decade".
func loyalTail(a, b, c string) bool {
	switch {
	case a == "all" && (b == "these" || b == "those") && c == "years":
		return true
	case (a == "for" || a == "over") && (b == "years" || b == "decades" || c == "years" || c == "decade" || c == "decades"):
		return true
	case a == "since" || a == "every" && (b == "year" || b == "month"):
		return true
	}
	return false
}

var congratsOrSorry = map[string]bool{"congrats": true, "congratulations": true, "sorry": true, "kudos": true}

var familyCare = map[string]bool{"resident": true, "patient": true, "stay": true, "appointment": true,
	"visit": true, "checkup": true, "check-up": true, "admission": true, "rehab": true, "treated": true,
	"seen": true, "care": true, "caring": true, "cared": true, "nurse": true, "nurses": true, "doctor": true,
	"therapist": true, "aide": true, "aides": true, "discharge": true, "room": true, "bed": true, "chair": true,
	"final": true, "last": false, "passed": true, "loss": true, "recovering": true}

var stateVerb = map[string]bool{"were": true, "was": true, "felt": true, "feel": true, "feeling": true, "got": true,
	"get": true, "been": true, "are": true, "became": true, "still": true, "so": true, "very": true, "really": true,
	"quite": true, "a": true, "bit": true, "little": true, "too": true, "left": true, "woke": true, "up": true}

var symptomAdj = map[string]bool{"dizzy": true, "sick": true, "nauseous": true, "nauseated": true, "queasy": true,
	"groggy": true, "sore": true, "swollen": true, "numb": true, "itchy": true, "feverish": true, "lightheaded": true,
	"light-headed": true, "faint": true, "bleeding": true, "short": false, "congested": true, "achy": true,
	"woozy": true, "shaky": true, "stiff": true, "bruised": true, "dehydrated": true, "unwell": true, "ill": true}

var bodyActivity = map[string]bool{"walking": true, "running": true, "moving": true, "driving": true, "eating": true,
	"chewing": true, "sleeping": true, "hearing": true, "breathing": true, "standing": true, "swimming": true,
	"lifting": true, "playing": true, "biking": true, "hiking": true, "dancing": true, "golfing": true, "skiing": true,
	"training": true, "exercising": true, "working": false, "jogging": true, "climbing": true}

var regained = map[string]bool{"again": true, "without": true, "pain-free": true, "normally": true, "comfortably": true,
	"unassisted": true, "independently": true, "solo": true, "freely": true}

var backTo = map[string]bool{"feet": true, "field": true, "court": true, "ice": true, "trails": true, "trail": true,
	"track": true, "normal": true, "running": true, "walking": true, "playing": true, "training": true,
	"pitch": true, "slopes": true, "mat": true, "bike": true, "course": true, "work": false, "yourself": true}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nonPatientRole: "volunteering with us", "working with us" are not care.
var nonPatientRole = map[string]bool{"volunteering": true, "volunteered": true, "volunteer": true, "working": true,
	"worked": true, "work": true, "partnering": true, "partnered": true, "donating": true, "serving": true,
	"sponsoring": true, "teaching": true, "training": true, "celebrating": true, "growing": true}

// orgOwned: words that make a health term the organization's or anyone's, not the reader's.
var orgOwned = map[string]bool{"our": true, "a": true, "an": true, "any": true, "every": true, "questions": true,
	"free": true, "new": true, "offer": true, "offering": true, "about": true, "all": true, "many": true}

// structTriggers are the other trigger words of the structural rules (flag wTrig).
var structTriggers = map[string]bool{"you": true, "you're": true, "feel": true, "anyone": true, "as": true,
	"be": true, "being": true, "visits": true, "visit": true, "visited": true, "visiting": true, "sees": true,
	"checks": true, "take": true, "took": true, "taking": true, "takes": true, "us": true, "you've": true,
	"session": true, "round": true, "syringe": true, "vial": true, "freeze": true, "unit": true,
	"cycle": true, "infusion": true, "treatment": true, "injection": true, "day": true, "week": true, "month": true}

// countNoun: the units treatments are counted in, singular and plural, to their singular.
var countNoun = map[string]string{"session": "session", "sessions": "session", "round": "round",
	"rounds": "round", "syringe": "syringe", "syringes": "syringe", "vial": "vial", "vials": "vial",
	"freeze": "freeze", "freezes": "freeze", "unit": "unit", "units": "unit", "cycle": "cycle",
	"cycles": "cycle", "infusion": "infusion", "infusions": "infusion", "treatment": "treatment",
	"treatments": "treatment", "injection": "injection", "injections": "injection",
	"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month"}

// waitWord: words of a sentence about how long something takes to get, not how long care took.
var waitWord = map[string]bool{"wait": true, "waits": true, "waiting": true, "waited": true, "long": true,
	"longer": true, "faster": true, "quicker": true, "slower": true, "ahead": true, "typically": true,
	"normal": true, "usually": true, "processed": true, "delay": true, "delays": true, "delayed": true,
	"better": true, "worse": true}

// durationNoun: the count nouns that measure how long care took rather than how much of it.
var durationNoun = map[string]bool{"day": true, "week": true, "month": true}

const durationMessage = "This repeats how long the reader's care took, from their own text. Repeating the details of a patient's care confirms them to everyone who reads the reply."

const countedMessage = "This repeats how many treatments the reader had, from their own text. Repeating a patient's health details confirms them to everyone who reads the reply."

// countWords are the numbers written as words that count treatments.
var countWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true,
	"few": true, "couple": true}

// countedAt: token i is a count ("6", "six", "few"); not "a": "book a session".
func countedAt(d *doc, i int) bool {
	return i >= 0 && (d.has(i, tNum) && allDigits(d.norm(i)) || countWords[string(d.norm(i))])
}

// countedInContext: the patient's text counts the same unit of treatment ("6 sessions",
// "2 rounds of Kybella").
func (s *scan) countedInContext(unit string) bool {
	c := &s.c
	for j := 1; j < len(c.toks); j++ {
		if countNoun[string(c.norm(j))] == unit && c.toks[j-1].sent == c.toks[j].sent && countedAt(c, j-1) {
			return true
		}
	}
	return false
}

var readerObj = map[string]bool{"you": true, "your": true, "ur": true, "u": true, "yourself": true}

// structural applies the sentence-shape rules to a reply.
func (s *scan) structural() {
	d := &s.d
	n := len(d.toks)
	// w is a literal, not the method value d.normAt: a literal is inlined at each call,
	// a method value is an indirect call (the rules here call it thousands of times).
	w := func(i int) []byte { return d.normAt(i) }
	same := func(i, j int) bool { return j >= 0 && j < n && d.toks[i].sent == d.toks[j].sent }
	for i := 0; i < n; i++ {
		if !d.is(i, wStruct) && s.endBits[i]&phStance == 0 || s.inPerson(i) {
			continue // a name or handle ("sunflower_heals") says nothing about care
		}
		k := d.toks[i].sent
		bits := s.sent[k]
		wb := w(i)
		switch {
		case d.is(i, wCareV) && careVerbs[string(wb)]:
			// "we admitted you", "our team sedated you", "we billed your plan", "you were
			// discharged", "your son was x-rayed". Not offers ("we can refer you").
			j := i + 1
			if string(w(j)) == "on" || string(w(j)) == "back" {
				j++
			}
			obj := same(i, j) && (readerObj[string(w(j))] || s.endBits[j]&phRelative != 0 && string(w(j-1)) != "the")
			passive := false
			if p := string(w(i - 1)); p == "were" || p == "been" || p == "was" || p == "being" || p == "get" || p == "got" {
				for b := i - 2; b >= i-5 && same(i, b); b-- {
					if readerObj[string(w(b))] || s.endBits[b]&phRelative != 0 || string(w(b)) == "you're" {
						passive = true
						break
					}
				}
			}
			if string(w(i-1)) == "be" && string(w(i-2)) == "to" && bits&(phStance|phTie) != 0 && (string(w(i-3)) == "was" || string(w(i-3)) == "is" || string(w(i-3)) == "it") {
				passive = true // "how hard it was to be admitted"
			}
			if (obj || passive) && (passive || !s.offerBefore(i)) && bits&phGeneric == 0 && !s.ifBefore(i) {
				s.addTok("care_action", i, min(n, j+1), "")
			}
		case d.is(i, wOutcome|wRecov) && (isOutcome(string(wb)) || recoveryWords[string(wb)]):
			if bits&phGeneric != 0 || bits&phBusiness != 0 && (!healingWord[string(wb)] || s.eventSentence(k)) {
				continue
			}
			if isOutcome(string(wb)) && (bits&phStance != 0 || healingWord[string(wb)]) && s.outcomeShape(i) {
				if t0, ok := s.reactedThing(i, bits&phStance != 0); ok {
					s.addTok("treatment_outcome", t0, i+1, "")
					continue
				}
			}
			if recoveryWords[string(wb)] && s.readerNear(i) {
				s.addTok("treatment_outcome", i, i+1, "")
			}
		case d.is(i, wPresence) && presenceVerbs[string(wb)] && string(w(i+1)) == "you" && same(i, i+1) && presenceAfter[string(w(i+2))] && same(i, i+2):
			if bits&phBusiness != 0 || bits&phGeneric != 0 || s.offerBefore(i) {
				continue
			}
			if a := string(w(i + 2)); (a == "at" || a == "with") && !(string(w(i+3)) == "our" || string(w(i+3)) == "the") {
				continue
			}
			s.addTok("relationship_confirmed", i, i+3, "")
		case string(wb) == "you" && arrivalVerbs[string(w(i+1))] && arrivalAfter[string(w(i+2))] && same(i, i+2):
			if bits&phGeneric != 0 || string(w(i-1)) == "if" || string(w(i-1)) == "when" && bits&phBusiness != 0 {
				continue
			}
			if (string(w(i+1)) == "keep" || string(w(i+1)) == "kept") && !(string(w(i+2)) == "coming" || string(w(i+2)) == "choosing" || string(w(i+2)) == "trusting") {
				continue
			}
			if string(w(i+1)) == "been" && !(string(w(i+2)) == "with" || string(w(i+2)) == "coming" || string(w(i+2)) == "in") {
				continue
			}
			s.addTok("relationship_confirmed", i, i+3, "")
		case d.is(i, wChoose) && chooseVerbs[string(wb)] && (string(w(i+1)) == "us" || string(w(i+1)) == "our") && same(i, i+1):
			if string(w(i+1)) == "our" && !providerNouns[string(w(i+2))] {
				continue
			}
			if bits&phGeneric != 0 {
				continue
			}
			s.addTok("relationship_confirmed", i, i+2, "")
		case (string(wb) == "as" || string(wb) == "be" || string(wb) == "being") && string(w(i+1)) == "your" && same(i, i+1):
			// "as your eye doctors", "to be your urology team": the writer is the reader's provider.
			for j := i + 2; j <= i+4 && same(i, j); j++ {
				if providerNouns[string(w(j))] {
					s.addTok("relationship_confirmed", i, j+1, "")
					break
				}
			}
		case d.is(i, wRole) && sayVerbs[string(w(i+1))] && (readerObj[string(w(i+2))] || string(w(i+2)) == "you're" || string(w(i+2)) == "you've" || string(w(i+2)) == "you'd") && same(i, i+2):
			// "our nurses said you handled the prep", "the hygienist says your gums...":
			// a provider reporting on the reader states who they saw.
			s.addTok("visit_specifics", i, i+3, "This reports what a provider said about the person, which states who they saw; visit specifics are protected health information.")
		case s.endBits[i]&phStance != 0 && string(w(i+1)) == "on" && (string(w(i+2)) == "being" || string(w(i+2)) == "getting" || string(w(i+2)) == "staying" || string(w(i+2)) == "coming") && offWords[string(w(i+3))] && same(i, i+3) && bits&phGeneric == 0:
			// "congrats on being off the nasal spray", "congratulations on getting through".
			s.addTok("treatment_outcome", i, i+4, "")
		case (string(wb) == "visits" || string(wb) == "visited" || string(wb) == "visiting" || string(wb) == "sees" || string(wb) == "checks") && (string(w(i+1)) == "your" || string(w(i+1)) == "you") && same(i, i+1) && !s.offerBefore(i):
			// "the aide who visits your mother", "the nurse who sees your dad".
			if s.relativeIn(i+1, min(n, i+4)) {
				s.addTok("visit_specifics", i, i+2, "This confirms that the reader's family member is cared for here; visit specifics about a family member are protected health information.")
			} else if string(w(i+1)) == "you" {
				s.addTok("relationship_confirmed", i, i+2, "")
			}
		case (string(wb) == "take" || string(wb) == "took" || string(wb) == "taking" || string(wb) == "takes") && string(w(i+1)) == "care" && string(w(i+2)) == "of" && (string(w(i+3)) == "you" || string(w(i+3)) == "your") && same(i, i+3) && !s.offerBefore(i) && bits&phGeneric == 0:
			s.addTok("relationship_confirmed", i, i+4, "")
		case string(wb) == "us" && string(w(i-1)) == "with" && loyalTail(string(w(i+1)), string(w(i+2)), string(w(i+3))) && bits&phBusiness == 0 && !nonPatientRole[string(w(i-2))]:
			// "thanks for filling with us all these years", "banking on us for years".
			s.addTok("relationship_confirmed", i-1, min(n, i+4), "")
		case d.is(i, wReview) && reviewNoun[string(wb)] && (string(w(i-1)) == "your" || string(w(i-1)) == "this" || string(w(i-1)) == "the") && copula[string(w(i+1))] && same(i, i+1):
			// "your complaint is simply wrong", "this review was exaggerated".
			j := i + 2
			if adverbs[string(w(j))] {
				j++
			}
			if verdictWord[string(w(j))] && same(i, j) {
				s.addTok("tone_defensive", i-1, j+1, "")
			}
		case (string(wb) == "visit" || string(wb) == "visits") && (string(w(i+1)) == "to" || string(w(i+1)) == "with") && (string(w(i+2)) == "your" || string(w(i+2)) == "you") && same(i, i+2):
			s.addTok("relationship_confirmed", i, i+3, "")
		case countNoun[string(wb)] != "" && same(i, i-1) && countedAt(d, i-1) && s.countedInContext(countNoun[string(wb)]):
			// "Six sessions well spent!" answering "6 sessions and it's gone": how many
			// treatments the reader had, repeated from their text. "Four months is a great
			// timeline" answering "fixed my acne in like 4 months": how long their care took.
			if durationNoun[countNoun[string(wb)]] {
				// Not a wait answered ("Three weeks is too long to wait"): defending or
				// regretting a wait says nothing of the reader's care.
				if !s.sentenceHas(k, waitWord) {
					s.addTok("visit_specifics", i-1, i+1, durationMessage)
				}
			} else {
				s.addTok("health_echo", i-1, i+1, countedMessage)
			}
		}
	}
	// A reaction sentence ("glad", "hope", "sorry") whose health term belongs to nobody else:
	// "sorry the IV took three tries", "hope you're sleeping better on the new CPAP".
	for _, h := range s.health {
		k := d.toks[h.t0].sent
		bits := s.sent[k]
		if bits&phStance == 0 || bits&phGeneric != 0 || h.bits == uint32(hcBilling) || h.bits == uint32(hcCareSetting) ||
			s.eventSentence(k) || s.offerSentence(k) || s.generalClaim(k) {
			continue
		}
		for j := h.t0 - 1; j >= 0 && d.toks[j].sent == k; j-- {
			if s.endBits[j]&phStance != 0 {
				s.addTokOnce(healthRule[h.bits], h.t0, h.t1)
				break
			}
			if orgOwned[string(w(j))] || s.endBits[j]&phBusiness != 0 {
				break
			}
		}
	}

	// "Congrats on three months sober", "sorry about the flare-up": a congratulation or
	// condolence aimed at a health term is about the reader's own health.
	for _, h := range s.health {
		if h.bits == uint32(hcBilling) || h.bits == uint32(hcCareSetting) || s.eventSentence(d.toks[h.t0].sent) {
			continue
		}
		k := d.toks[h.t0].sent
		for j := h.t0 - 1; j >= 0 && j >= h.t0-6 && d.toks[j].sent == k; j-- {
			wjb := w(j)
			if string(wjb) == "our" || string(wjb) == "a" || string(wjb) == "an" || string(wjb) == "any" || string(wjb) == "about" && string(w(j-1)) == "questions" {
				break
			}
			if (string(wjb) == "on" || string(wjb) == "about" || string(wjb) == "for") && j > 0 && congratsOrSorry[string(w(j-1))] {
				s.addTokOnce(healthRule[h.bits], h.t0, h.t1)
				break
			}
		}
	}

	// The reader's relative tied to care: "your mother was a beloved resident here", "meet
	// your twins at their checkup", "your son's appointment".
	for i := 0; i < n; i++ {
		if s.endBits[i]&phRelative == 0 || !s.readerOwned(i) {
			continue
		}
		k := d.toks[i].sent
		bits := s.sent[k]
		if bits&phGeneric != 0 || s.eventSentence(k) || s.offerBefore(i) {
			continue
		}
		care := bits&(phRelationship|phVisit|phRecords) != 0
		for j := i + 1; !care && j < n && j <= i+12 && d.toks[j].sent == k; j++ {
			wjb := w(j)
			care = careVerbs[string(wjb)] || recoveryWords[string(wjb)] || familyCare[string(wjb)] || string(wjb) == "here" && string(w(j-1)) != "be" || string(wjb) == "us" && string(w(j-1)) == "with"
		}
		if !care {
			for _, h := range s.health {
				if d.toks[h.t0].sent == k && h.bits != uint32(hcBilling) {
					care = true
					break
				}
			}
		}
		if care {
			s.addTok("family_health", i, i+1, "This ties the reader's family member to care here. Family members' information is protected too, and confirming they were a patient is a disclosure.")
		}
	}

	// The reader's symptoms: "you were dizzy", "you felt sick", "so sorry you're in pain".
	// and function regained after care: "thrilled you're back on the field", "glad to see you
	// walking again", "so great that you're running without the brace".
	for i := 0; i+1 < n; i++ {
		if !d.is(i, wTrig) && s.endBits[i]&phRelative == 0 {
			continue
		}
		s.readerState(i)
		s.functionRegained(i)
	}

	// Imperative health instructions: a sentence opening with an advice verb that carries a
	// dose, a frequency or a health term.
	for i := 0; i < n; i++ {
		if !d.has(i, tSentStart) || !adviceVerbs[string(w(i))] {
			continue
		}
		k := d.toks[i].sent
		cue := false
		for j := i + 1; j < n && d.toks[j].sent == k; j++ {
			if doseCue[string(w(j))] || string(w(j)) == "a" && (string(w(j+1)) == "day" || string(w(j+1)) == "night") || string(w(j)) == "every" && d.hasAt(j+1, tNum) || string(w(j)) == "per" && string(w(j+1)) == "day" {
				cue = true
				break
			}
		}
		if !cue {
			for _, h := range s.health {
				if d.toks[h.t0].sent == k && h.t0 > i {
					cue = true
					break
				}
			}
		}
		if cue {
			e := i
			for e+1 < n && d.toks[e+1].sent == k {
				e++
			}
			s.addTok("medical_advice", i, e+1, "")
		}
	}
	s.answeredInstruction()
	s.welcomeToClub()
}

// welcomeToClub: "Welcome to the zipper club", "welcome to the glasses-free life": a reply
// that welcomes the reader into the company of people with a condition or past a treatment
// says they have it.
func (s *scan) welcomeToClub() {
	d := &s.d
	n := len(d.toks)
	for i := 0; i+3 < n; i++ {
		if string(d.norm(i)) != "welcome" || string(d.norm(i+1)) != "to" || string(d.norm(i+2)) != "the" {
			continue
		}
		for j := i + 4; j < n && j <= i+5 && d.toks[j].sent == d.toks[i].sent; j++ {
			switch string(d.norm(j)) {
			case "club", "life", "lifestyle":
				s.addTok("treatment_outcome", i, j+1, "")
				return
			}
		}
	}
}

// careImperative: verbs that open an instruction about someone's care ("Try chewing gum",
// "Give it until morning", "Keep offering sips", "Aim for 8 glasses a day").
var careImperative = map[string]bool{"try": true, "give": true, "keep": true, "aim": true, "sip": true,
	"offer": true, "put": true, "apply": true, "take": true, "drink": true, "eat": true, "avoid": true,
	"skip": true, "rest": true, "ice": true, "wait": true, "run": true, "alternate": true, "let": true,
	"use": true, "stick": true, "stop": true, "switch": true, "push": true, "wash": true,
	"elevate": true, "limit": true, "cut": true, "send": true, "swap": true, "wear": true, "go": true}

// answeredInstruction warns on a reply that answers the reader's request for help with their
// own or their family's situation ("my ears keep popping after flying, help", "should i keep
// my kid home?") by telling them what to do ("Try chewing gum and yawning a lot"): medical
// advice, however general its words. Offers about us ("Give us a call", "Try our online
// booking") are not instructions about care.
func (s *scan) answeredInstruction() {
	d := &s.d
	n := len(d.toks)
	for i := 0; i < n; i++ {
		if !d.has(i, tSentStart) || !careImperative[string(d.norm(i))] {
			continue
		}
		if i+1 < n {
			switch string(d.norm(i + 1)) {
			case "us", "our", "we", "me":
				continue // "Give us a call", "Let us know"
			}
		}
		k := d.toks[i].sent
		lo, hi := d.sentTokens(k)
		if s.sent[k]&phInvite != 0 || s.contactIn(k) {
			continue // "Go to our site at ...": a process, not care
		}
		// The patient's text is read only once a reply has such a sentence: most have none.
		if s.contextAsksForHelp() {
			s.addTokOnce("medical_advice", lo, hi)
		}
		return
	}
}

// contextAsksForHelp: the patient's text asks what to do about their own or their family's
// situation: a question that speaks of "I", "my" or a relative, or a plea ("help", "what do
// I do"). A general question ("How often should kids get eye exams?") is not one.
func (s *scan) contextAsksForHelp() bool {
	c := &s.c
	if s.in.Context == "" {
		return false
	}
	asked, personal := strings.Contains(s.in.Context, "?"), false
	for i := range c.toks {
		switch string(c.norm(i)) {
		case "help", "advice":
			asked = true
		case "i", "i'm", "my", "me", "we", "our", "he", "she", "him", "her", "kid", "son", "daughter", "baby", "child":
			personal = true
		}
	}
	return asked && personal
}

// medicationVerbs start an instruction to take, start, stop or change a medicine.
var medicationVerbs = map[string]bool{"take": true, "start": true, "stop": true, "double": true,
	"crush": true, "give": true, "alternate": true, "skip": true, "quit": true, "put": true,
	"use": true, "try": true, "finish": true, "split": true, "halve": true}

// medicationHedge words make a medicine sentence education rather than instruction: "Take
// antibiotics exactly as prescribed", "Never stop a blood thinner without talking to your
// doctor".
var medicationHedge = map[string]bool{"prescribed": true, "doctor": true, "doctor's": true,
	"pharmacist": true, "provider": true, "prescriber": true, "physician": true, "label": true,
	"directed": true, "never": true, "don't": true, "unless": true, "médico": true, "medico": true,
	"911": true} // first aid: "Call 911, give naloxone if you have it"

// postAdvice warns on a post that tells readers what medicine to take, start or stop ("Start
// a daily stool softener the same day you start any opioid", "Condom broke? Take any leftover
// antibiotics", "Everyone over 50 should take a baby aspirin"). Health education in posts is
// welcome, so the rule asks for a medicine in the instruction's own sentence and steps aside
// when the sentence sends the reader to their doctor or pharmacist or says "as prescribed".
// Replies have the broader imperative rule in structural.
func (s *scan) postAdvice() {
	d := &s.d
	n := len(d.toks)
	for i := 0; i < n; i++ {
		wi := string(d.norm(i))
		if !medicationVerbs[wi] {
			continue
		}
		// An instruction opens its clause ("Coming off opioids? Taper ... and take
		// loperamide") or follows "should", "must" or "just".
		lead := d.has(i, tSentStart) || d.has(i, tPunctGap) && !d.has(i, tJoined)
		if i > 0 && !lead {
			switch string(d.norm(i - 1)) {
			case "and", "then", "just", "should", "must", "simply", "always":
				lead = true
			}
		}
		if !lead || i+1 < n && (string(d.norm(i+1)) == "by" || string(d.norm(i+1)) == "in") {
			continue // "Stop by our pharmacy"
		}
		k := d.toks[i].sent
		med, hedge := false, false
		lo, hi := d.sentTokens(k)
		for j := lo; j < hi; j++ {
			if medicationHedge[string(d.norm(j))] {
				hedge = true
				break
			}
		}
		if hedge {
			continue
		}
		for _, h := range s.health {
			if d.toks[h.t0].sent == k && h.t0 > i && h.t0 <= i+6 && h.bits == uint32(hcMedication) {
				med = true
				break
			}
		}
		if med {
			s.addTokOnce("medical_advice", lo, hi)
			i = hi - 1
		}
	}
}

// eventSentence: the sentence is about a community event or a free offering ("glad you
// enjoyed the free blood pressure checks at the fair"), not about the reader's own care.
func (s *scan) eventSentence(k int32) bool {
	return s.sent[k]&phBusiness != 0 && s.sflag[k]&sfEvent != 0
}

// Sentence flags computed once per check (sentenceFlags).
const (
	sfEvent   uint8 = 1 << iota // an event noun ("fair", "webinar")
	sfOffer                     // "you can", "feel free"
	sfGeneral                   // "common", "most people"
)

// sentenceFlags fills s.sflag in one pass over the pre-filtered tokens.
func (s *scan) sentenceFlags() {
	d := &s.d
	if cap(s.sflag) < d.nsent {
		s.sflag = make([]uint8, d.nsent)
	}
	s.sflag = s.sflag[:d.nsent]
	clear(s.sflag)
	for i := range d.toks {
		if !d.is(i, wEvent|wGeneral|wTrig) {
			continue
		}
		a := string(d.norm(i))
		f := uint8(0)
		if d.is(i, wEvent) && eventNoun[a] {
			f |= sfEvent
		}
		if d.is(i, wGeneral) && generalWord[a] {
			f |= sfGeneral
		}
		if d.is(i, wTrig) && i+1 < len(d.toks) {
			b := string(d.norm(i + 1))
			if a == "you" && (b == "can" || b == "may") || a == "feel" && b == "free" || a == "anyone" && b == "can" {
				f |= sfOffer
			}
		}
		s.sflag[d.toks[i].sent] |= f
	}
}

var eventNoun = map[string]bool{"fair": true, "event": true, "webinar": true, "seminar": true, "workshop": true,
	"class": true, "classes": true, "fundraiser": true, "festival": true, "5k": true, "walk": true, "drive": true,
	"expo": true, "screenings": true}

// newPatientOffer: "your first consultation", "your initial exam" answering a general
// question in the context: what any new patient gets, not the reader's own care.
func (s *scan) newPatientOffer(i int) bool {
	d := &s.d
	if i < 2 || s.in.Context == "" {
		return false
	}
	p := string(d.norm(i - 1))
	if p != "first" && p != "initial" || string(d.norm(i-2)) != "your" {
		return false
	}
	c := &s.c
	for j := range c.toks {
		if c.has(j, tSentStart) && c.generalQuestion(j) {
			return true
		}
	}
	return false
}

// readerOwned: the relative at token i belongs to the reader ("your mom", "your son's").
func (s *scan) readerOwned(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		switch string(d.norm(k)) {
		case "your", "ur", "yours":
			return true
		case "the", "a", "an", "our", "their", "my", "every", "all", "any", "other":
			return false
		}
	}
	return false
}

// offerSentence: "you can ...", "you may ...", "feel free to ...": the sentence says what
// anyone may do, not what happened to the reader.
func (s *scan) offerSentence(k int32) bool { return s.sflag[k]&sfOffer != 0 }

// generalClaim: "dental anxiety is common", "many people feel this way": a statement about
// people in general.
func (s *scan) generalClaim(k int32) bool { return s.sflag[k]&sfGeneral != 0 }

var generalWord = map[string]bool{"common": true, "many": true, "most": true, "people": true, "patients": true,
	"everyone": true, "anyone": true, "families": true, "nobody": false, "often": true, "usually": true}

// addTokOnce adds a health finding unless the same words are already reported.
func (s *scan) addTokOnce(rule string, t0, t1 int) {
	st, en := s.d.toks[t0].start, s.d.toks[t1-1].end
	for i := range s.findings {
		if s.findings[i].Start == st && s.findings[i].End == en {
			return
		}
	}
	s.addTok(rule, t0, t1, "")
}

// readerState: the reader's (or their relative's) symptoms at token i: "you were dizzy".
func (s *scan) readerState(i int) {
	d := &s.d
	n := len(d.toks)
	w := func(i int) []byte { return d.normAt(i) }
	if !d.is(i, wTrig) && s.endBits[i]&phRelative == 0 {
		return
	}
	wb := w(i)
	if string(wb) != "you" && string(wb) != "you're" && string(wb) != "you've" && !(s.endBits[i]&phRelative != 0 && s.readerOwned(i)) {
		return
	}
	j := i + 1
	for j < n && j <= i+3 && d.toks[j].sent == d.toks[i].sent && stateVerb[string(w(j))] {
		j++
	}
	if j == i+1 && string(wb) != "you're" || j >= n || d.toks[j].sent != d.toks[i].sent {
		return
	}
	if symptomAdj[string(w(j))] || string(w(j)) == "in" && string(w(j+1)) == "pain" {
		if s.sent[d.toks[i].sent]&phGeneric == 0 && string(w(i-1)) != "if" {
			s.addTok("health_symptom", j, min(n, j+1+b2i(string(w(j)) == "in")), "")
		}
	}
}

// functionRegained: "you're back on the field", "see you walking again" in a reaction.
func (s *scan) functionRegained(i int) {
	d := &s.d
	n := len(d.toks)
	w := func(i int) []byte { return d.normAt(i) }
	if !d.is(i, wTrig) {
		return
	}
	k := d.toks[i].sent
	if s.sent[k]&phStance == 0 || s.sent[k]&phGeneric != 0 || string(w(i)) != "you" && string(w(i)) != "you're" {
		return
	}
	j := i + 1
	if string(w(j)) == "are" || string(w(j)) == "were" {
		j++
	}
	if string(w(j)) == "up" && string(w(j+1)) == "and" {
		j += 2
	}
	if bodyActivity[string(w(j))] && d.toks[j].sent == k && (regained[string(w(j+1))] || regained[string(w(j+2))] && d.toks[min(n-1, j+2)].sent == k) ||
		string(w(j)) == "back" && (string(w(j+1)) == "on" || string(w(j+1)) == "to") && backTo[string(w(j+2))] || string(w(j)) == "back" && string(w(j+1)) == "on" && string(w(j+2)) == "the" && backTo[string(w(j+3))] {
		s.addTok("treatment_outcome", i, min(n, j+2), "")
	}
}

// offerBefore: a modal or infinitive right before token i ("we can refer you", "happy to see
// you", "we'd love to have you"): an offer, not a report of care given.
func (s *scan) offerBefore(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		switch string(d.norm(k)) {
		case "can", "could", "will", "would", "we'll", "we'd", "i'll", "i'd", "to", "may", "might", "should", "shall", "gladly", "ready", "love", "let":
			return true
		}
	}
	return false
}

// reactedThing: for an outcome word at i in a reaction sentence (or a healing word in any
// reply sentence, stance false), the start of the thing
// reacted to, when it is introduced by a determiner or the reader's possessive after the
// reaction word and is not a business or everyday thing ("glad the tubes are helping"
// yes, "glad the new hours are working" no).
func (s *scan) reactedThing(i int, stance bool) (int, bool) {
	d := &s.d
	k := d.toks[i].sent
	for j := i - 1; j >= 0 && j >= i-8 && d.toks[j].sent == k; j-- {
		wjb := d.norm(j)
		if nonCareNoun[string(wjb)] || s.tokPer[j] >= 0 {
			return 0, false
		}
		if detWord[string(wjb)] || s.endBits[j]&phPoss != 0 || d.has(j, tPoss) && s.endBits[j]&phRelative != 0 {
			if j+1 >= i {
				return 0, false // "the healing": no noun in between
			}
			if !stance {
				return j, true // "the graft we did is healing"
			}
			for b := j - 1; b >= 0 && d.toks[b].sent == k; b-- {
				if s.endBits[b]&phStance != 0 {
					return j, true
				}
			}
			return 0, false
		}
	}
	return 0, false
}

// readerNear: the reader or a relative is the subject or possessor of token i: "your
// recovery", "hope you heal quickly", "as your dad recovers", "wishing you a speedy recovery".
func (s *scan) readerNear(i int) bool {
	d := &s.d
	k := d.toks[i].sent
	for j := i - 1; j >= 0 && j >= i-5 && d.toks[j].sent == k; j-- {
		wjb := d.norm(j)
		if readerObj[string(wjb)] || string(wjb) == "you're" || string(wjb) == "you've" || s.endBits[j]&phRelative != 0 || s.tokPer[j] >= 0 && !s.persons[s.tokPer[j]].staff && !s.persons[s.tokPer[j]].doctor {
			return true
		}
	}
	return false
}

// doseUnit follows a number in a dose ("10 mg", "1,000 IU").
var doseUnit = map[string]bool{"mg": true, "mcg": true, "milligrams": true, "milligram": true, "iu": true,
	"ml": true, "units": true, "grams": true, "g": true}

// timesWord: "twice a day", "three times a day", "once daily".
var timesWord = map[string]bool{"once": true, "twice": true, "times": true}

// dosing warns on dosing instructions in replies and posts, whatever the sentence's mood
// ("give ibuprofen every 6–8 hours", "loratadine 10 mg once daily", "200–400 mg at bedtime
// can really help"): a sentence with a dose and a frequency or a medication, or with a
// medication and a frequency.
func (s *scan) dosing() {
	d := &s.d
	n := len(d.toks)
	if n == 0 {
		return
	}
	// Words are compared as bytes (string(b) == "lit" and m[string(b)] do not copy): this
	// loop visits every token of every reply.
	w := func(i int) []byte { return d.normAt(i) }
	for k0 := 0; k0 < n; {
		k := d.toks[k0].sent
		e := k0
		for e+1 < n && d.toks[e+1].sent == k {
			e++
		}
		dose, freq := false, false
		for j := k0; j <= e; j++ {
			wj := d.norm(j)
			if d.has(j, tNum) && doseUnit[string(w(j+1))] || d.has(j, tHasDigit) && len(wj) > 2 && (string(wj[len(wj)-2:]) == "mg" || string(wj[len(wj)-2:]) == "iu") && wj[0] >= '0' && wj[0] <= '9' {
				dose = true
			}
			switch {
			case string(wj) == "every":
				freq = freq || d.hasAt(j+1, tNum) || d.hasAt(j+1, tHasDigit)
			case string(wj) == "bedtime":
				freq = freq || string(w(j-1)) == "at"
			case string(wj) == "day" || string(wj) == "daily":
				freq = freq || timesWord[string(w(j-1))] || timesWord[string(w(j-2))] && (string(w(j-1)) == "a" || string(w(j-1)) == "per") ||
					string(wj) == "day" && (string(w(j-1)) == "a" || string(w(j-1)) == "per") && (dose || d.hasAt(j-2, tNum) || d.hasAt(j-3, tNum))
			}
		}
		med := false
		if dose || freq {
			for _, h := range s.health {
				if d.toks[h.t0].sent == k && h.bits == uint32(hcMedication) {
					med = true
					break
				}
			}
		}
		if dose && (freq || med) || med && freq {
			s.addTokOnce("medical_advice", k0, e+1)
		}
		k0 = e + 1
	}
}

// ifBefore: "if" or "in case" opens the clause of token i, within four words in its sentence:
// "If a machine charged you incorrectly, please email us" supposes, it does not tell.
func (s *scan) ifBefore(i int) bool {
	d := &s.d
	for k := i - 1; k >= 0 && k >= i-4 && d.toks[k].sent == d.toks[i].sent; k-- {
		if w := string(d.norm(k)); w == "if" || w == "case" || w == "whether" {
			return true
		}
	}
	return false
}
