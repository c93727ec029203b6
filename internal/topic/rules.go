package topic

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
rash cough fever swelling movement memory energy`)
	treatNouns = set(`treatment treatments surgery surgeries operation operations op procedure
procedures therapy physio physiotherapy counselling counseling injections injection implant
replacement transplant chemo chemotherapy radiotherapy rehab rehabilitation programme`)
	bodyChange = set(`improved improving better worse worsened worsening
healed cleared clear gone disappeared vanished resolved deteriorated deteriorating perfect
controlled stable stabilised stabilized settled normal thriving fixed transformed infected septic
recovered recovering`)
	treatChange = set(`worked failed fixed transformed success successful improved
helped helping difference changed botched redone`)
	abilityVerbs = set(`walk walking run running drive driving work working sleep sleeping eat eating
swim swimming dance dancing cycle cycling ride riding live living talk talking speak speaking hike
hiking play playing breathe breathing exercise exercising climb climbing lift lifting
move moving stand standing hear hearing see seeing read reading write writing sing singing travel
travelling traveling garden gardening golf bend kneel swallow stairs enjoy enjoying function
functioning cope coping leave go out`)
	savedObjects = set(`life lives baby son daughter husband wife mum mom dad mother father child
children kids partner leg foot arm hand eye eyes sight sister brother grandson granddaughter nan
grandma grandad grandpa boy girl family`)
	possessives = set(`my his her our their your`)
)

// outcomeRule returns the position of a structural outcome cue, or -1.
func outcomeRule(words []string) int {
	for i, w := range words {
		switch {
		case bodyNouns[w] || w == "back" && i > 0 && possessives[words[i-1]]:
			// the change follows its subject ("my breathing is much
			// better", not "a better chance of sleep"); "improved
			// mobility" may lead.
			for k := max(0, i-3); k < len(words) && k <= i+6; k++ {
				if bodyChange[words[k]] && (k > i || words[k] == "improved" || words[k] == "improving") {
					return i
				}
			}
		case treatNouns[w]:
			for k := max(0, i-6); k < len(words) && k <= i+6; k++ {
				if treatChange[words[k]] || words[k] == "work" && k > 0 && isNeg(words[k-1]) {
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
		case w == "saved" || w == "save" || w == "saving":
			if i+2 < len(words) && possessives[words[i+1]] && savedObjects[words[i+2]] {
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
anyone anybody whole public`)
	disclosures = set(`shouted shouting shout shouts announced announcing discussed discussing discuss
overheard heard hear read talked talking spoke speaking`)
	personalInfo = set(`surname name birth diagnosis case condition history details reason results
why paperwork notes records file letter information business problem problems`)
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
	if place && info {
		return disclose
	}
	return -1
}

// access: an appointment someone tried to get, move or was offered ("a
// same-week appointment", "they moved my appointment", "a new patient
// appointment"); "at my appointment the doctor..." is not about access.
var appointmentVerbs = set(`get got getting gets move moved moving change changed changing switch
switched switching rearrange rearranged offered offer given find found secure secured book booked
booking make made same-week same-day next earliest nearest available new urgent emergency
another no`)

// accessRule returns the position of an appointment being sought, or -1.
func accessRule(words []string) int {
	for i, w := range words {
		if w != "appointment" && w != "appt" {
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
line lines switchboard voicemail telephone`)

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
		if i+1 < len(words) && (words[i+1] == "practitioner" || words[i+1] == "practitioners" || words[i+1] == "home" || words[i+1] == "homes") {
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
twenty thirty forty fifty sixty ninety few several couple`)

// notAWait: a duration that is not a wait for care: "a two hour drive",
// "out of the room in two minutes", "a form that took two minutes".
func notAWait(words []string, i int) bool {
	if i+1 < len(words) {
		switch words[i+1] {
		case "drive", "journey", "walk", "away", "trip", "round", "each", "appointment", "consultation", "slot", "session":
			return true
		}
	}
	if i >= 2 {
		switch words[i-2] {
		case "in", "took", "takes", "only", "just", "last", "lasted", "spent":
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
	case "bed", "beds":
		return next == "sores" || next == "sore" || next == "bath" || next == "baths" || next == "pan" || next == "pans" || next == "rest"
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
