package demo

// kindVocab is the vocabulary that differs by kind of location: a dental patient has a root
// canal, not a knee replacement, and calls the visit a cleaning.
type kindVocab struct {
	acute   []string // "came in with …", "found …"
	chronic []string // "I have …", "living with …"
	procs   []string // "after my …"
	tests   []string // with article: "came in for …"
	family  []famCase
	visits  []string // "my …": appointment, cleaning, session
	crew    string   // non-provider clinical staff patients name: nurse, hygienist, tech
	letter  byte     // matches postSpec.kinds
}

// famCase is a relative, their pronouns, and what brought them in.
type famCase struct{ who, subj, poss, cond string }

var vocab = map[string]kindVocab{
	LocationHospital: {
		acute: []string{"chest pain", "a kidney stone", "pneumonia", "appendicitis", "a concussion",
			"a broken wrist", "a gallbladder attack", "diverticulitis", "a blood clot in my leg", "COVID",
			"a seizure", "sepsis", "a bowel obstruction"},
		chronic: []string{"heart failure", "COPD", "Crohn's disease", "lupus", "sickle cell disease",
			"type 1 diabetes", "kidney disease"},
		procs: []string{"knee replacement", "hip replacement", "gallbladder surgery", "C-section",
			"appendectomy", "heart cath", "hernia repair", "spinal fusion", "colonoscopy",
			"stent placement", "hysterectomy"},
		tests: []string{"a CT scan", "a stress test", "an echocardiogram", "blood work", "a chest X-ray"},
		family: []famCase{
			{"my dad", "he", "his", "a stroke"}, {"my mom", "she", "her", "a hip fracture"},
			{"my son", "he", "his", "a concussion"}, {"my daughter", "she", "her", "RSV"},
			{"my husband", "he", "his", "a heart attack"}, {"my wife", "she", "her", "preeclampsia"},
			{"my grandma", "she", "her", "pneumonia"}, {"my grandpa", "he", "his", "sepsis"},
		},
		visits: []string{"ER visit", "stay", "visit", "surgery"},
		crew:   "nurse",
		letter: 'h',
	},
	LocationUrgentCare: {
		acute: []string{"strep throat", "a sinus infection", "a UTI", "a sprained ankle", "pink eye",
			"bronchitis", "the flu", "an ear infection", "a nasty rash", "COVID", "a fractured finger",
			"a migraine that wouldn't quit"},
		chronic: []string{"asthma", "bad seasonal allergies", "eczema", "migraines", "high blood pressure"},
		procs:   []string{"laceration repair", "nebulizer treatment", "tetanus shot", "ankle splinting", "IV rehydration"},
		tests:   []string{"a strep test", "an X-ray", "a COVID test", "a urine test", "a flu swab"},
		family: []famCase{
			{"my son", "he", "his", "an ear infection"}, {"my daughter", "she", "her", "strep"},
			{"my toddler", "he", "his", "croup"}, {"my husband", "he", "his", "a deep cut on his hand"},
			{"my mom", "she", "her", "a UTI"}, {"my daughter", "she", "her", "a sprained wrist"},
			{"my son", "he", "his", "a fever of 103"},
		},
		visits: []string{"visit", "walk-in visit"},
		crew:   "nurse",
		letter: 'u',
	},
	LocationPrimaryCare: {
		acute: []string{"a cough that wouldn't go away", "shingles", "a UTI", "vertigo", "a thyroid nodule",
			"high blood sugar", "bronchitis", "a suspicious mole"},
		chronic: []string{"type 2 diabetes", "high blood pressure", "hypothyroidism", "high cholesterol",
			"sleep apnea", "IBS", "migraines", "rheumatoid arthritis", "GERD", "prediabetes"},
		procs: []string{"annual physical", "Pap smear", "skin biopsy", "Medicare wellness visit",
			"joint injection", "mole removal"},
		tests: []string{"an A1C test", "blood work", "a thyroid panel", "an EKG", "a cholesterol panel"},
		family: []famCase{
			{"my son", "he", "his", "asthma"}, {"my daughter", "she", "her", "ADHD"},
			{"my dad", "he", "his", "diabetes"}, {"my mom", "she", "her", "early dementia"},
			{"my husband", "he", "his", "high blood pressure"}, {"my wife", "she", "her", "thyroid problems"},
		},
		visits: []string{"appointment", "physical", "check-up", "follow-up"},
		crew:   "medical assistant",
		letter: 'p',
	},
	LocationDental: {
		acute: []string{"a cracked molar", "an abscessed tooth", "a chipped front tooth",
			"a cavity that was killing me", "a lost filling", "swollen gums"},
		chronic: []string{"gum disease", "TMJ", "severe dental anxiety", "a teeth-grinding habit",
			"dry mouth from my medication"},
		procs: []string{"root canal", "wisdom teeth removal", "crown", "deep cleaning", "implant",
			"extraction", "Invisalign consult", "filling"},
		tests: []string{"a full set of X-rays", "a panoramic X-ray", "an oral cancer screening"},
		family: []famCase{
			{"my son", "he", "his", "a cavity"}, {"my daughter", "she", "her", "a chipped tooth"},
			{"my dad", "he", "his", "gum disease"}, {"my mom", "she", "her", "a broken denture"},
			{"my daughter", "she", "her", "braces pain"},
		},
		visits: []string{"cleaning", "appointment", "checkup"},
		crew:   "hygienist",
		letter: 'd',
	},
	LocationBehavioralHealth: {
		acute: []string{"a panic attack that wouldn't stop", "a really bad depressive episode",
			"intrusive thoughts", "a manic episode", "insomnia that was wrecking me"},
		chronic: []string{"depression", "anxiety", "PTSD", "bipolar II", "ADHD", "OCD",
			"an eating disorder", "postpartum depression"},
		procs: []string{"intake assessment", "first therapy session", "medication review",
			"EMDR session", "psych evaluation"},
		tests: []string{"a psych evaluation", "an ADHD assessment", "a depression screening"},
		family: []famCase{
			{"my son", "he", "his", "anxiety"}, {"my daughter", "she", "her", "depression"},
			{"my husband", "he", "his", "PTSD"}, {"my teenager", "she", "her", "an eating disorder"},
			{"my brother", "he", "his", "bipolar disorder"},
		},
		visits: []string{"session", "appointment", "intake"},
		crew:   "care coordinator",
		letter: 'b',
	},
	LocationImaging: {
		acute: []string{"a torn meniscus", "a lump in my breast", "kidney stones", "a possible blood clot",
			"gallstones", "a stress fracture", "a rotator cuff tear"},
		chronic: []string{"a herniated disc", "arthritis in both knees", "endometriosis",
			"multiple sclerosis", "chronic back pain"},
		procs: []string{"MRI", "CT scan", "mammogram", "breast biopsy", "ultrasound", "bone density scan"},
		tests: []string{"an MRI", "a CT scan", "an ultrasound", "a mammogram"},
		family: []famCase{
			{"my dad", "he", "his", "a suspected tumor"}, {"my mom", "she", "her", "a suspicious mammogram"},
			{"my son", "he", "his", "a possible fracture"}, {"my wife", "she", "her", "gallstones"},
		},
		visits: []string{"scan", "appointment"},
		crew:   "tech",
		letter: 'i',
	},
}

// Slot values shared by every kind.
var (
	waitPhrases = []string{"two hours", "almost three hours", "over an hour", "an hour and a half",
		"4 hours", "90 minutes", "2.5 hours", "five hours", "three and a half hours", "6 hours",
		"an hour and 45 minutes", "nearly two hours"}
	shortWaits  = []string{"5 minutes", "ten minutes", "15 minutes", "two minutes", "20 minutes"}
	holdPhrases = []string{"45 minutes", "over an hour", "52 minutes", "an hour and 10 minutes",
		"38 minutes", "almost an hour", "25 minutes"}
	weekCounts = []string{"two", "three", "six", "4", "five"}
	apptTimes  = []string{"9:15", "10:30", "1:45", "3:00", "8am", "11:20", "2:40"}
	yearCounts = []string{"two", "five", "10", "15", "twenty", "3", "eight"}
	weekdays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	dayparts   = []string{"morning", "afternoon", "evening", "night"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	insurers     = []string{"Aetna", "Blue Cross", "Cigna", "UnitedHealthcare", "Medicaid", "Medicare Advantage", "Humana", "Tricare"}
	parkingCosts = []string{"$18", "$24", "$32", "$15", "$27"}
)
