package topic

import "strings"

// Structural cues: phrasings whose topic depends on two words together
// (a body part and a change, an ability and "again", a public place and a
// disclosure), written by the project from how patients describe care.
// Every rule looks at a bounded window, so Detect stays linear.

// outcome: what care did to the patient. A body part or condition next to
// a change ("my hip is perfect", "the eczema cleared up", "my condition
// deteriorated"), a treatment next to a verdict ("the treatment didn't
// work", "the surgery fixed it"), an ability regained ("I can hear my
// grandchildren again", "walking again"), or a person saved.
var (
	bodyNouns = set(`symptoms symptom condition health mobility hearing eyesight sight vision skin
eczema psoriasis acne asthma breathing sugar sugars mood anxiety depression sleep knee knees hip hips
shoulder shoulders wound wounds scar scars leg legs arm arms wrist wrists ankle ankles foot feet
tooth teeth eyes lungs cancer tumour tumor infection fracture injury injuries migraines migraine
headaches headache jaw neck spine joints joint bladder bowel bowels stomach incision stitches
rash cough fever swelling movement memory energy pressure seizure seizures fits panic attacks tinnitus
chest bone bones heartburn numbness scan scans implants`)
	treatNouns = set(`treatment treatments surgery surgeries operation operations op procedure
procedures therapy physio physiotherapy counselling counseling injections injection implant
replacement transplant chemo chemotherapy radiotherapy rehab rehabilitation programme`)
	bodyChange = set(`improved improving better worse worsened worsening
healed cleared clear gone disappeared vanished resolved deteriorated deteriorating perfect
controlled stable stabilised stabilized settled normal thriving fixed transformed infected septic
recovered recovering control spread opened stiffer weaker stronger manageable returned heal`)
	treatChange = set(`worked failed fixed transformed success successful improved
helped helping difference changed botched redone`)
	abilityVerbs = set(`walk walking run running drive driving work working sleep sleeping eat eating
swim swimming dance dancing cycle cycling ride riding live living talk talking speak speaking hike
hiking play playing breathe breathing exercise exercising climb climbing lift lifting
move moving stand standing hear hearing see seeing read reading write writing sing singing travel
travelling traveling garden gardening golf bend kneel swallow stairs enjoy enjoying function
functioning cope coping leave go out laugh laughing smile smiling`)
	savedObjects = set(`life lives baby son daughter husband wife mum mom dad mother father child
children kids partner leg foot arm hand eye eyes sight sister brother grandson granddaughter nan
grandma grandad grandpa boy girl family eyesight hearing kidney kidneys`)
	possessives = set(`my his her our their your`)
	// medicines and aids judged by what they did ("the cream did
	// nothing", "the new inhaler has really helped my chest").
	medNouns = set(`cream creams tablets tablet medication medicine inhaler drops pills
antibiotics dose aids stent brace insoles`)
	medChange = set(`worked helped nothing failed stopped transformed difference improved cleared
wore destroyed wrecked down sorts sorted controls controlled`)
	// "given me my independence back", "my energy came back".
	backNouns = set(`independence energy confidence mobility voice sight hearing freedom
appetite strength sleep smile spark`)
	sinceStart = set(`starting started taking using having`)
	withoutAid = set(`stopping pain help stick crutches frame wheelchair assistance breathless`)
)

// outcomeRule returns the position of a structural outcome cue, or -1.
func outcomeRule(words []string) int {
	for i, w := range words {
		switch {
		case w == "lost" || w == "losing":
			// "lost so much movement", "losing my hearing"
			for k := i + 1; k < len(words) && k <= i+4; k++ {
				if bodyNouns[words[k]] && words[k] != "condition" {
					return i
				}
			}
		case bodyNouns[strings.TrimSuffix(w, "'s")] || w == "back" && i > 0 && possessives[words[i-1]]:
			// the change follows its subject ("my breathing is much
			// better", not "a better chance of sleep"); "improved
			// mobility" may lead.
			for k := max(0, i-3); k < len(words) && k <= i+6; k++ {
				if bodyChange[words[k]] && (k > i || words[k] == "improved" || words[k] == "improving") {
					return i
				}
				// "the cancer came back"; "my knee feels great"
				if k > i && (words[k] == "came" || words[k] == "come") && k+1 < len(words) && words[k+1] == "back" ||
					k > i && k <= i+2 && (words[k] == "feels" || words[k] == "looks" || words[k] == "works") ||
					k == i+1 && (words[k] == "look" || words[k] == "feel") && i > 0 && possessives[words[i-1]] {
					return i
				}
			}
		case treatNouns[w]:
			for k := max(0, i-6); k < len(words) && k <= i+6; k++ {
				if treatChange[words[k]] || words[k] == "work" && k > 0 && isNeg(words[k-1]) {
					return i
				}
				// "the op itself went fine"
				if k > i && words[k] == "went" && k+1 < len(words) && (words[k+1] == "fine" || words[k+1] == "well" || words[k+1] == "smoothly") {
					return i
				}
			}
		case w == "again":
			// "can hear my grandchildren again", "walking again";
			// not "I can never go there again".
			able, neg := false, false
			for k := max(0, i-6); k < i; k++ {
				x := words[k]
				if x == "can" || x == "could" || x == "able" || x == "now" || x == "finally" {
					able = true
				}
				if isNeg(x) || x == "never" {
					neg = true
				}
				if clauseBreak[x] {
					able, neg = false, false
				}
			}
			if i > 0 && abilityVerbs[words[i-1]] && !neg {
				return i
			}
			if able && !neg {
				for k := max(0, i-5); k < i; k++ {
					if abilityVerbs[words[k]] {
						return i
					}
				}
			}
		case medNouns[w] || drugKind(w) > 0:
			for k := i + 1; k < len(words) && k <= i+5; k++ {
				if medChange[words[k]] {
					return i
				}
			}
		case backNouns[w] && i > 0 && possessives[words[i-1]]:
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if words[k] == "back" || words[k] == "returned" {
					return i
				}
			}
		case w == "back" && i+1 < len(words) && abilityVerbs[words[i+1]] && words[i+1] != "go" && words[i+1] != "out" && words[i+1] != "leave":
			// "I'm back running"; not "go back", "ring back".
			if i > 0 && (words[i-1] == "i'm" || words[i-1] == "was" || words[i-1] == "am" || words[i-1] == "be" || words[i-1] == "is" || words[i-1] == "been") {
				return i
			}
		case (w == "finally" || w == "now") && i > 0 && (words[i-1] == "can" || words[i-1] == "could"):
			if i+1 < len(words) && (abilityVerbs[words[i+1]] || words[i+1] == "tie" || words[i+1] == "dress" || words[i+1] == "wash") {
				return i
			}
		case w == "without" && i+1 < len(words) && withoutAid[words[i+1]]:
			for k := max(0, i-5); k < i; k++ {
				if abilityVerbs[words[k]] && words[k] != "go" && words[k] != "leave" {
					return i
				}
			}
		case (w == "stopped" || w == "more" && i > 0 && words[i-1] == "no") && i+1 < len(words):
			// "the tablets stopped my panic attacks", "no more heartburn"
			n := i + 1
			if possessives[words[n]] && n+1 < len(words) {
				n++
			}
			if bodyNouns[words[n]] && words[n] != "condition" && words[n] != "health" {
				return i
			}
		case w == "since":
			// "since the operation I've been pain free", "since
			// starting the new medication"; "hasn't had a seizure
			// since".
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if treatNouns[words[k]] || medNouns[words[k]] || sinceStart[words[k]] {
					return i
				}
			}
			neg := false
			for k := max(0, i-7); k < i; k++ {
				if isNeg(words[k]) {
					neg = true
				}
				if neg && words[k] == "had" {
					return i
				}
			}
		case (w == "improvement" || w == "change" || w == "difference") && i+2 < len(words) && (words[i+1] == "in" || words[i+1] == "to" || words[i+1] == "with"):
			// "a big improvement in pain and mobility"
			for k := i + 2; k < len(words) && k <= i+5; k++ {
				if bodyNouns[words[k]] || words[k] == "pain" {
					return i
				}
			}
		case w == "saved" || w == "save" || w == "saving":
			if i+2 < len(words) && possessives[words[i+1]] && savedObjects[strings.TrimSuffix(words[i+2], "'s")] {
				return i
			}
		case w == "caught" || w == "spotted" || w == "found" || w == "picked" || w == "diagnosed":
			// "they caught it early", "spotted it in time"
			for k := i + 1; k < len(words) && k <= i+5; k++ {
				if words[k] == "early" || words[k] == "in" && k+1 < len(words) && words[k+1] == "time" {
					return i
				}
			}
		case w == "still" && i+2 < len(words):
			// "still can't walk", "my shoulder still won't lift"
			if x := words[i+1]; isNeg(x) || x == "unable" || x == "struggling" || x == "struggle" {
				for k := i + 2; k < len(words) && k <= i+4; k++ {
					if abilityVerbs[words[k]] {
						return i
					}
				}
			}
		}
	}
	return -1
}

// privacy: details exposed in a public place ("shouting my surname across
// reception", "the whole waiting room heard why I was there", "discussed
// my case in the corridor").
var (
	publicPlaces = set(`corridor corridors hallway hallways reception counter desk everyone everybody
anyone anybody whole public shop queue packed crowded waiting`)
	disclosures = set(`shouted shouting shout shouts announced announcing discussed discussing discuss
overheard heard hear read talked talking spoke speaking repeated repeating describe describing said says`)
	personalInfo = set(`surname name birth diagnosis case condition history details reason results
why paperwork notes records file letter information business problem problems symptoms
medication medications test weight`)
)

// privacyRule returns the position of a disclosure in a public place, or -1.
func privacyRule(words []string) int {
	place, disclose, info := false, -1, false
	for i, w := range words {
		if publicPlaces[w] {
			place = true
		}
		if disclosures[w] || w == "asked" && i+1 < len(words) && words[i+1] == "about" ||
			w == "see" && i > 0 && (words[i-1] == "could" || words[i-1] == "can") {
			disclose = i
		}
		if personalInfo[w] {
			info = true
		}
	}
	if place && info && disclose >= 0 {
		return disclose
	}
	for i, w := range words {
		switch {
		case w == "loudly" && info:
			// "said my diagnosis loudly"; not "she sighed loudly".
			return i
		case w == "student" || w == "students":
			// students brought in, watching or examining without
			// the patient's say.
			for k := max(0, i-6); k < len(words) && k <= i+8; k++ {
				if x := words[k]; x == "brought" || x == "crowded" || x == "examined" || x == "present" ||
					strings.HasPrefix(x, "watch") || strings.HasPrefix(x, "observ") {
					return i
				}
			}
		}
	}
	return -1
}

// privacyFalse drops privacy cues that are about paying: "had to go
// private", "paid privately".
func privacyFalse(words []string, pos int) bool {
	w := words[pos]
	if w == "without" {
		// "moved my appointment without asking me" is about access.
		for _, x := range words {
			if x == "appointment" || x == "appointments" || x == "appt" {
				return true
			}
		}
		return false
	}
	var next string
	if pos+1 < len(words) {
		next = words[pos+1]
	}
	switch w {
	case "private":
		// "a private hospital" is a kind of care, not privacy.
		switch next {
		case "hospital", "hospitals", "clinic", "clinics", "practice", "sector", "healthcare", "patient", "patients", "insurance", "care", "dentist", "scan":
			return true
		}
	case "knocked", "knock", "knocking":
		// "knocked my bill down", "knocked me out" are not about a door.
		return next != "" && next != "before" && next != "first" && next != "on" && next != "at" && next != "and" && next != ","
	case "embarrassed":
		return next == "for"
	case "someone", "another":
		// "gave me someone else's tablets" is a dispensing error.
		for k := pos + 1; k < len(words) && k <= pos+3; k++ {
			if medNouns[words[k]] || words[k] == "prescription" || words[k] == "meds" || words[k] == "medication" {
				return true
			}
		}
	case "my":
		// "a letter to my employer" is a request, not a disclosure.
		if next == "employer" {
			for k := max(0, pos-3); k < pos; k++ {
				if words[k] == "letter" || words[k] == "note" || words[k] == "form" {
					return true
				}
			}
		}
	}
	if (w != "private" && w != "privately") || pos == 0 {
		return false
	}
	switch words[pos-1] {
	case "go", "went", "going", "gone", "pay", "paid", "paying", "seen", "treated":
		return true
	}
	return false
}

// courtesyRule: manner shown by behaviour that needs two words together:
// "nobody even looked at us", "didn't look at me once", "remembered my
// daughter's name".
func courtesyRule(words []string) int {
	for i, w := range words {
		switch w {
		case "look", "looked", "looking":
			if i+2 < len(words) && words[i+1] == "at" && (words[i+2] == "me" || words[i+2] == "us") {
				for k := max(0, i-3); k < i; k++ {
					if isNeg(words[k]) || words[k] == "nobody" {
						return i
					}
				}
			}
		case "remember", "remembered", "remembering", "remembers":
			for k := i + 1; k < len(words) && k <= i+4; k++ {
				if words[k] == "name" || words[k] == "names" {
					return i
				}
			}
		}
	}
	return -1
}

// access: an appointment someone tried to get, move or was offered ("a
// same-week appointment", "they moved my appointment", "a new patient
// appointment"); "at my appointment the doctor..." is not about access.
var (
	appointmentVerbs = set(`get got getting gets move moved moving change changed changing switch
switched switching rearrange rearranged offered offer given find found secure secured book booked
booking make made same-week same-day next earliest nearest available new urgent emergency
another no sent send sends`)
	bookedNouns = set(`appointment appt appointments date operation surgery procedure scan follow-up followup consultation`)
	movedVerbs  = set(`moved changed rearranged cancelled canceled postponed brought`)
)

// accessRule returns the position of an appointment being sought, or -1.
func accessRule(words []string) int {
	for i, w := range words {
		// "phoned 20 times", "rang forty times"
		if w == "times" && i >= 2 && (isNumber(words[i-1]) || numberWords[words[i-1]]) && phoneWords[words[i-2]] {
			return i
		}
		if bookedNouns[w] {
			// "my clinic date was moved", "the operation was
			// cancelled again".
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if movedVerbs[words[k]] {
					return i
				}
			}
		}
		if w != "appointment" && w != "appt" && w != "assessment" {
			continue
		}
		for k := max(0, i-4); k < i; k++ {
			if appointmentVerbs[words[k]] {
				return i
			}
		}
	}
	return -1
}

// phoneContext: a queue on the phone is access, not waiting for care.
var phoneWords = set(`call calls called calling phone phoned phoning phones ring rang ringing
line lines switchboard voicemail telephone calling tried`)

// nursingRole: a nurse, midwife, aide or HCA named in a sentence makes it
// about nursing care ("The nurse checked on me every hour", "my midwife was
// with me throughout"), unless it is the writer's own job ("as a nurse
// myself") or a nurse practitioner, who is a provider.
var nursingRoles = set(`nurse nurses midwife midwives hca hcas aide aides cna cnas matron`)

func nursingRule(words []string) int {
	for i, w := range words {
		bare := nursingRoles[w]
		if !bare && i+1 < len(words) {
			switch nx := words[i+1]; w {
			case "nursing":
				bare = nx == "assistant" || nx == "assistants" || nx == "staff" || nx == "team"
			case "care", "healthcare":
				bare = nx == "assistant" || nx == "assistants"
			case "health":
				bare = nx == "visitor" || nx == "visitors"
			}
		}
		if !bare {
			continue
		}
		if i+1 < len(words) && (words[i+1] == "practitioner" || words[i+1] == "practitioners" || words[i+1] == "home" || words[i+1] == "homes" || words[i+1] == "station") {
			continue
		}
		if i > 0 && (words[i-1] == "retired" || words[i-1] == "former") {
			continue
		}
		if i > 1 && words[i-1] == "a" && ownJob[words[i-2]] {
			continue
		}
		if i+1 < len(words) && words[i+1] == "myself" {
			continue
		}
		return i
	}
	return -1
}

var ownJob = set(`as am is was i'm im being she's he's`)

// cleanliness: toilets described with disgust are about their state.
var (
	toiletNouns = set(`toilet toilets bathroom bathrooms loo loos restroom restrooms washroom washrooms
shower showers lavatory lavatories`)
	disgust = set(`disgusting gross vile grim horrible awful revolting nasty minging rank foul unusable
disgraceful appalling shocking state`)
)

func cleanlinessRule(words []string) int {
	t, d := -1, false
	for i, w := range words {
		if toiletNouns[w] {
			t = i
		}
		d = d || disgust[w]
	}
	if d {
		return t
	}
	return -1
}

// numberWords make "ten minutes", "a few hours" a duration like "10 minutes".
var numberWords = set(`one two three four five six seven eight nine ten eleven twelve fifteen
twenty thirty forty fifty sixty ninety few several couple half`)

// notAWait: a duration that is not a wait for care: "a two hour drive",
// "out of the room in two minutes", "a form that took two minutes".
func notAWait(words []string, i int) bool {
	if i+1 < len(words) {
		switch words[i+1] {
		case "drive", "journey", "walk", "away", "trip", "round", "each", "appointment", "consultation", "slot", "session", "of", "per", "every":
			return true
		case "a":
			// "twelve hours a night" is how often, not a wait.
			if i+2 < len(words) && (words[i+2] == "night" || words[i+2] == "day" || words[i+2] == "week") {
				return true
			}
		}
	}
	// what parking costs: "£4 for two hours".
	for _, w := range words {
		if w == "park" || w == "parking" || w == "carpark" {
			return true
		}
	}
	if openingTime(words, i) {
		return true
	}
	if i >= 2 {
		switch words[i-2] {
		case "every":
			return true
		case "in", "took", "takes", "only", "just", "last", "lasted", "spent":
			// "in and out with stitches in 35 minutes" is a wait.
			for k := max(0, i-10); k+2 < i; k++ {
				if words[k] == "in" && words[k+1] == "and" && words[k+2] == "out" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// numberUnit reports a duration written as one word: "3hrs", "40mins".
func numberUnit(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n == len(w) {
		return false
	}
	switch w[n:] {
	case "hrs", "hr", "hours", "hour", "mins", "min", "minutes":
		return true
	}
	return false
}

// onTimeFalse: "on time" is punctuality of care, not of paying a bill or
// a ready prescription ("paid every bill on time").
func onTimeFalse(words []string, pos, n int) bool {
	if n != 2 || words[pos] != "on" || words[pos+1] != "time" {
		return false
	}
	for k := max(0, pos-5); k < pos; k++ {
		switch words[k] {
		case "bill", "bills", "paid", "pay", "paying", "ready", "rent", "delivered", "delivery", "prescriptions", "prescription":
			return true
		}
	}
	return false
}

// Medicines named by their generic stem ("lisinopril", "sumatriptan",
// "adalimumab") are about medication; painkillers are pain management as
// well. A stem counts only on words of seven letters or more.
var (
	drugStems = []string{"pril", "olol", "sartan", "statin", "dipine", "formin", "gliptin", "gliflozin",
		"azole", "tidine", "triptyline", "pram", "oxetine", "faxine", "traline", "azepam", "zolam",
		"racetam", "trigine", "mab", "cillin", "mycin", "cycline", "floxacin", "oxacin", "olone", "asone",
		"tretinoin", "thyroxine", "lukast", "parin", "farin", "xaban", "semide", "thiazide", "afil",
		"setron", "azepine", "apine", "peridone", "tropium", "terol", "butamol", "ipramine"}
	painStems = []string{"profen", "proxen", "codamol", "adol", "triptan", "pentin", "gabalin", "codone",
		"fenac", "dydramol"}
)

// drugTails indexes the stems by their last three letters, so a word costs
// one map look-up.
var drugTails = func() map[string][]string {
	m := map[string][]string{}
	for _, list := range [][]string{painStems, drugStems} {
		for _, st := range list {
			m[st[len(st)-3:]] = append(m[st[len(st)-3:]], st)
		}
	}
	return m
}()

var painStem = set(strings.Join(painStems, " "))

// drugKind returns 2 for a painkiller, 1 for another medicine, 0 otherwise.
func drugKind(w string) int {
	if len(w) < 7 {
		return 0
	}
	for _, st := range drugTails[w[len(w)-3:]] {
		if strings.HasSuffix(w, st) {
			if painStem[st] {
				return 2
			}
			return 1
		}
	}
	return 0
}

// pharmacyFalse drops "drug" in "drug seeker", "drug addict".
func pharmacyFalse(words []string, pos int) bool {
	if w := words[pos]; (w == "drug" || w == "drugs") && pos+1 < len(words) {
		switch words[pos+1] {
		case "seeker", "seekers", "seeking", "addict", "addicts", "user", "users", "dealer", "test", "tests":
			return true
		}
	}
	return false
}

// openingTime reports whether a duration at i is an opening time: "only
// open for two hours".
func openingTime(words []string, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if x := words[k]; x == "open" || x == "opens" || x == "closed" || x == "shut" || x == "closes" {
			return true
		}
	}
	return false
}

// facilityFalse drops facility cues that are about something else: "bed
// sores", "kept my dad comfortable", "the video kept freezing", "I can't
// lift my arm".
func facilityFalse(words []string, pos int) bool {
	w := words[pos]
	var prev, next string
	if pos > 0 {
		prev = words[pos-1]
	}
	if pos+1 < len(words) {
		next = words[pos+1]
	}
	switch w {
	case "facility", "facilities":
		// "a facility fee" is billing.
		return next == "fee" || next == "fees" || next == "charge" || next == "charges"
	case "menu":
		return prev == "phone" || prev == "options" || prev == "automated"
	case "loud":
		return next == "enough"
	case "bed", "beds":
		return prev == "of" || next == "sores" || next == "sore" || next == "bath" || next == "baths" || next == "pan" || next == "pans" || next == "rest"
	case "comfortable":
		return objectWords[prev]
	case "freezing":
		return prev == "kept" || prev == "keeps" || prev == "keep" || prev == "screen" || prev == "video" || prev == "app"
	case "lift":
		return !(prev == "the" || prev == "a" || prev == "no" || next == "was" || next == "is" || next == "broken" || next == "wasn't" || next == "isn't")
	}
	return false
}

var objectWords = set(`me him her us them dad mum mom mother father husband wife son daughter baby
nan grandma grandad patient patients everyone`)

// provider_care by action (third recall round): a doctor, surgeon, therapist...
// named as the one who examines, checks, refers, orders tests, reads the
// notes, believes or ignores the patient ("the doctor didn't examine me",
// "the registrar had read my notes", "the GP refused to refer me") is a
// sentence about their care even without a manner word. Examining, and
// sending a patient home or away, are clinicians' acts whoever is named
// ("nobody examined my leg", "they sent me away").
var (
	providerNouns = set(`doctor doctors dr doc docs gp gps physician physicians consultant consultants
surgeon surgeons registrar registrars locum locums therapist therapists psychiatrist psychiatrists
psychologist psychologists counsellor counsellors counselor counselors specialist specialists dentist
dentists physio physios physiotherapist physiotherapists paediatrician pediatrician anaesthetist
anesthetist anesthesiologist radiologist dermatologist oncologist cardiologist neurologist
optometrist optician chiropractor podiatrist audiologist obstetrician gynaecologist gynecologist
urologist clinician clinicians paramedic paramedics`)
	// a provider noun followed by one of these is a place or a service:
	// "my GP surgery", "a GP appointment", "the doctor's list".
	providerPlace = set(`surgery surgeries practice practices receptionist receptionists reception
appointment appointments office offices referral clinic clinics list letter letters station`)
	providerActs = set(`examine examined examining examines checked checks checking assessed assess
assessing diagnosed diagnose diagnosing treated treating operated operating stitched sutured referred
refer refuse refused refusing ordered order orders sent send interrupted interrupting interrupts
ignored ignores ignoring believe believed believes argued arguing googled spotted noticed missed
forgot forgetting forgets remembered remembers read asked asking asks looked look looks came visited
visit fought drew showed calmed interested bothered idea depth prescribed prescribe prescribes
spent talked suggested suggesting recommended followed wash washed admitted found changing
changed kept keeps tested scanned believe tried phoned rang went picked adjusted adjusts talks took
got watched corrected sorted explains explained explain explaining cut`)
	coreActs = set(`examine examined examining examines`)
	notAName = set(`my his her our their your the a an this that no some me him us them it a&e
my exercises weights breathing video online phone`)
)

// providerActionRule returns the position of a provider's act, or -1.
func providerActionRule(words []string) int {
	for i, w := range words {
		// "six months of physio with Jen": a therapist named by name.
		if (w == "physio" || w == "physiotherapy" || w == "therapy" || w == "counselling" || w == "counseling") &&
			i+2 < len(words) && words[i+1] == "with" && !notAName[words[i+2]] && !isNumber(words[i+2]) {
			return i
		}
		if (w == "he" || w == "she") && i+1 < len(words) {
			// "he prescribed antibiotics without looking"
			if x := words[i+1]; x == "prescribed" || x == "examined" || x == "diagnosed" || x == "referred" || x == "ordered" || x == "misdiagnosed" {
				return i
			}
		}
		if coreActs[w] || w == "examination" {
			// failing to examine: "nobody examined my leg", "didn't
			// even examine me", "without examining me".
			for k := max(0, i-3); k < i; k++ {
				if isNeg(words[k]) || words[k] == "nobody" || words[k] == "without" {
					return i
				}
			}
		}
		if !providerNouns[w] {
			continue
		}
		if i+1 < len(words) && (providerPlace[words[i+1]] || words[i+1] == "and") {
			continue
		}
		if i > 1 && (words[i-1] == "by" || words[i-2] == "by") {
			// "I was told by the doctor", "examined by my GP"
			for k := max(0, i-5); k < i; k++ {
				if providerActs[words[k]] || words[k] == "told" {
					return i
				}
			}
		}
		if i > 0 && (words[i-1] == "see" || words[i-1] == "saw" || words[i-1] == "seeing" || words[i-1] == "a" || words[i-1] == "student") &&
			!(i+1 < len(words) && words[i+1] == "who") {
			// "a doctor who explains" is about that doctor's care.
			// "I saw a doctor", "get to see the GP": being seen is not yet care.
			continue
		}
		for k := i + 1; k < len(words) && k <= i+8; k++ {
			if clauseBreak[words[k]] && words[k] != "and" {
				break
			}
			if providerActs[words[k]] {
				return i
			}
		}
	}
	return -1
}

// waitRule: waits told as durations, "until" or speed ("eleven weeks for
// an MRI", "three months and still no date", "wasn't seen until after
// 11", "seen within minutes", "took them a fortnight", "sat there
// forever"). Durations after the event ("six weeks after my operation",
// "two years on") and phone or opening times are not waits.
var (
	longUnits   = set(`day days week weeks month months year years fortnight fortnights`)
	waitContext = set(`appointment appt appointments seen see saw referral referred scan mri x-ray
xray results result operation surgery op list letter date word heard nothing still took takes taking
taken callback reply response test tests bloods specialist consultant report reports`)
	afterEvent = set(`after post since later ago on old pregnant of postpartum`)
	seenVerbs  = set(`seen saw called back arrived replied responded treated operated scanned
referred appointment answered`)
	untilVerbs = set(`seen get got arrive arrived came come called see saw`)
	stuckVerbs = set(`stuck sat sitting lying waited waiting`)
	stillNo    = set(`date word news appointment letter call reply response update sign`)
)

func waitRule(words []string) int {
	for i, w := range words {
		switch {
		case longUnits[w] && i > 0:
			p := words[i-1]
			if !(isNumber(p) || numberWords[p] || p == "a" || p == "an" || p == "many" || p == "eighteen" || p == "eleven" ||
				p == "of" && i >= 2 && (words[i-2] == "couple" || words[i-2] == "few" || words[i-2] == "lot")) {
				continue
			}
			if i+1 < len(words) && afterEvent[words[i+1]] &&
				!(words[i+1] == "on" && i+3 < len(words) && (words[i+3] == "list" || words[i+3] == "waiting")) {
				// "two years on", not "eight months on the list"
				continue
			}
			if w == "day" && (p == "a" || p == "an") {
				continue
			}
			if i >= 2 && (words[i-2] == "every" || words[i-2] == "after" || words[i-2] == "in" && i >= 3 && words[i-3] == "time") {
				continue
			}
			for k := max(0, i-6); k < len(words) && k <= i+6; k++ {
				if waitContext[words[k]] || strings.HasPrefix(words[k], "wait") {
					return i
				}
			}
		case w == "within" && i+1 < len(words):
			// "within ten minutes", "within the hour"; longer spans
			// only after being seen ("saw me within a fortnight"),
			// since "cleared up within a fortnight" is an outcome.
			n := i + 1
			if x := words[n]; (isNumber(x) || numberWords[x] || x == "a" || x == "an" || x == "the") && n+1 < len(words) {
				n++
			}
			if u := words[n]; (u == "minutes" || u == "minute" || u == "mins" || u == "hour" || u == "hours") &&
				!(n+1 < len(words) && words[n+1] == "of") {
				return i
			}
			for k := max(0, i-4); k < i; k++ {
				if seenVerbs[words[k]] {
					return i
				}
			}
		case w == "until" || w == "till" || w == "til":
			// "wasn't seen until after 11", "stuck in the lounge until
			// the evening"
			neg, verb := false, false
			for k := max(0, i-8); k < i; k++ {
				neg = neg || isNeg(words[k])
				verb = verb || untilVerbs[words[k]] && k >= i-6
				if stuckVerbs[words[k]] {
					return i
				}
			}
			if neg && verb {
				return i
			}
		case w == "still" && i+2 < len(words):
			if x := words[i+1]; (x == "no" || x == "not") && stillNo[words[i+2]] {
				return i
			}
		case w == "forever" && !(i+1 < len(words) && (words[i+1] == "grateful" || words[i+1] == "thankful" || words[i+1] == "indebted")),
			w == "ages" && i > 0 && words[i-1] == "for":
			return i
		}
	}
	return -1
}
