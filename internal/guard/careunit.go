package guard

import (
	"sort"
	"strings"
)

// Clinical units named in a reply. "We'll share this with our cardiology team" says, to
// everyone who reads the review, that the reader was a cardiology patient. Outside writers
// labelled this shape both ways, so the project settled it (docs/GUARD.md, "Clinical units"):
// a reply to a reader that names a clinical unit of ours names a care setting tied to the
// reader and blocks, whether or not the reader named the unit first. Teams that are not
// clinical ("our front desk", "our billing team"), services that are the whole organization
// ("our dental team" at a dental office), plural service lines, praise of the unit ("proud of
// our surgical team"), invitations, business and general-audience sentences, and answers to a
// general question ("our NICU team can explain the visitor rules") do not.

// clinicalUnit: words that make "our ___ team" a clinical department of a hospital or health
// system. Services that are often a whole practice (dental, eye, hearing, pharmacy,
// chiropractic, podiatry, orthodontic, orthopedic, physical therapy) are practiceService
// instead: a unit only where the allow-list shows the organization is something else.
var clinicalUnit = map[string]bool{
	"emergency": true, "er": true, "ed": true, "icu": true, "nicu": true, "picu": true,
	"cicu": true, "sicu": true, "micu": true, "cvicu": true, "trauma": true, "cardiology": true,
	"cardiac": true, "heart": true, "cath": true, "oncology": true, "cancer": true,
	"infusion": true, "chemo": true, "chemotherapy": true, "radiation": true, "hematology": true,
	"maternity": true, "obstetrics": true, "obstetric": true, "ob": true, "obgyn": true,
	"gyn": true, "gynecology": true, "labor": true, "delivery": true, "l&d": true,
	"birthing": true, "birth": true, "postpartum": true, "mother-baby": true, "lactation": true,
	"nursery": true, "neonatal": true, "pediatric": true, "pediatrics": true, "peds": true,
	"paediatric": true, "surgical": true, "surgery": true, "pre-op": true, "post-op": true,
	"preop": true, "postop": true, "pacu": true, "anesthesia": true, "spine": true, "joint": true,
	"neurology": true, "neuro": true, "neurosurgery": true, "stroke": true, "imaging": true,
	"radiology": true, "mammography": true, "ultrasound": true, "mri": true, "x-ray": true,
	"ct": true, "lab": true, "laboratory": true, "phlebotomy": true, "therapy": true,
	"rehab": true, "rehabilitation": true, "occupational": true, "speech": true, "ot": true,
	"respiratory": true, "pulmonary": true, "sleep": true, "wound": true, "dialysis": true,
	"kidney": true, "nephrology": true, "urology": true, "gi": true, "endoscopy": true,
	"gastroenterology": true, "dermatology": true, "behavioral": true, "psychiatric": true,
	"psychiatry": true, "psych": true, "mental": true, "addiction": true, "detox": true,
	"hospice": true, "palliative": true, "transplant": true, "burn": true, "fertility": true,
	"ivf": true, "women's": true, "women": true, "diabetes": true, "bariatric": true,
	"vascular": true, "cardiothoracic": true, "geriatric": true, "memory": true,
	"inpatient": true, "med-surg": true, "telemetry": true, "step-down": true, "ent": true,
	"allergy": true, "critical": true, "device": true, "swing": true, "counseling": true,
	"counselling": true, "telehealth": true, "urgent": true, "weight": true, "maternal": true,
	"newborn": true, "immunization": true, "vaccine": true, "vaccination": true,
	"endocrinology": true, "endocrine": true, "rheumatology": true, "pulmonology": true,
	"hepatology": true, "genetics": true, "perinatal": true, "fetal": true, "midwifery": true,
	"adolescent": true, "developmental": true, "pain": true, "ophthalmology": true,
	"otolaryngology": true, "ostomy": true, "cornea": true, "corneal": true, "retina": true,
	"retinal": true, "glaucoma": true, "cataract": true, "oculoplastics": true, "oculoplastic": true,
	"haematology": true, "gynaecology": true, "paediatrics": true, "anaesthetics": true,
	"anaesthesia": true, "a&e": true, "resus": true, "theatre": true, "theatres": true,
	"antenatal": true, "postnatal": true, "labour": true, "colposcopy": true, "stoma": true,
}

// practiceService: services that are often a whole practice, with the name parts that say
// the organization is one ("brightsmiledental.com"). "Our dental team" at a health center
// names the unit that cared for the reader; at a dental office it names the office.
var practiceService = map[string][]string{
	"dental": {"dent", "smile", "tooth", "teeth", "ortho"}, "hygiene": {"dent", "smile", "tooth", "teeth"},
	"pharmacy": {"pharm", "rx", "drug", "apothec"}, "eye": {"eye", "vision", "optic", "optom", "sight", "lasik"},
	"vision": {"eye", "vision", "optic", "optom", "sight"}, "optometry": {"eye", "vision", "optic", "optom"},
	"hearing": {"hear", "audio", "ear"}, "audiology": {"hear", "audio", "ear"},
	"chiropractic": {"chiro", "spine", "adjust"}, "podiatry": {"foot", "feet", "podia"},
	"orthodontic": {"ortho", "smile", "brace"}, "orthopedic": {"ortho", "bone", "joint"},
	"orthopaedic": {"ortho", "bone", "joint"}, "orthopedics": {"ortho", "bone", "joint"},
	"physical": {"physio", "therapy", "rehab", "pt."}, "pt": {"physio", "therapy", "rehab", "pt."},
}

// serviceUnit: w is a practiceService and the allow-listed addresses say the organization is
// not that practice. With no allow-list nothing is known, and the unit is taken for the
// organization.
func (s *scan) serviceUnit(w string) bool {
	practice, own := s.practiceOf(w)
	return practice && !own
}

// ownPractice: w is a practiceService and the allow-listed addresses say the organization is
// that practice ("dental" with brightsmiledental.com).
func (s *scan) ownPractice(w string) bool {
	practice, own := s.practiceOf(w)
	return practice && own
}

// practiceOf says whether w is a practiceService the allow-list can judge (the policy or the
// input lists a web or email host), and if so whether a host names that practice.
func (s *scan) practiceOf(w string) (practice, own bool) {
	stems, ok := practiceService[w]
	if !ok || len(s.allow.hosts) == 0 {
		return false, false
	}
	for _, h := range s.allow.hosts {
		for _, st := range stems {
			if strings.Contains(h, st) {
				return true, true
			}
		}
	}
	return true, false
}

// nonClinicalUnit: words that make a unit's name an office's, whatever else is in it
// ("our financial counseling team", "the patient experience staff").
var nonClinicalUnit = map[string]bool{"financial": true, "billing": true, "insurance": true, "admissions": true,
	"registration": true, "scheduling": true, "business": true, "relations": true, "experience": true,
	"guest": true, "food": true, "dining": true, "environmental": true, "housekeeping": true, "security": true,
	"volunteer": true, "parking": true, "marketing": true, "intake": true, "referral": true,
	"operations": true, "treatment": true, "veterans": true, "veteran": true}

// unitHead: nouns that make the words before them a team of people.
// Plurals ("our surgical teams") speak of a whole service line, not of the reader's care.
var unitHead = map[string]bool{"team": true, "staff": true, "unit": true,
	"department": true, "nurses": true, "nursing": true, "crew": true, "techs": true, "technicians": true,
	"therapists": true, "doctors": true, "physicians": true, "surgeons": true, "specialists": true,
	"providers": true, "folks": true, "family": true, "manager": true, "director": true,
	"leadership": true, "midwives": true, "counselors": true, "counsellors": true,
	"floor": true, "ward": true, "service": true, "services": true, "program": true, "programme": true,
	"clinic": true, "aides": true, "technologists": true, "coaches": true, "fitters": true}

// unitReaction: words after the unit in a sentence where the unit reacts to the reader ("our
// ICU nurses will be so moved", "the cath lab team loves hearing this", "our PT team is so
// proud of you", "the CICU team still talks about him"). Only after it: "we're proud of our
// surgical team" praises the unit without answering the reader. Not "love": "our therapists
// love what they do".
var unitReaction = map[string]bool{"thrilled": true, "delighted": true, "happy": true, "glad": true,
	"honored": true, "honoured": true, "moved": true, "touched": true, "treasure": true, "pleased": true,
	"excited": true, "appreciate": true, "appreciates": true, "smile": true, "smiling": true,
	"grateful": true, "cherish": true, "hearing": true, "proud": true, "cheering": true, "cheer": true,
	"rooting": true, "talks": true, "remembers": true, "remember": true, "misses": true, "miss": true,
	"praying": true, "thinking": true, "encouraged": true, "reading": true, "blushing": true, "enjoyed": true}

// reactsAfter: a unitReaction word follows token j in sentence k.
func (s *scan) reactsAfter(j int, k int32) bool {
	d := &s.d
	for i := j + 1; i < len(d.toks) && d.toks[i].sent == k; i++ {
		w := string(d.norm(i))
		if unitReaction[w] {
			return true
		}
		if (w == "see" || w == "read" || w == "hear") && i+1 < len(d.toks) {
			switch string(d.norm(i + 1)) {
			case "this", "it", "that", "your":
				return true // "our oncology nurses ... we'll make sure they see this"
			}
		}
		if (w == "love" || w == "loves") && i+1 < len(d.toks) {
			switch string(d.norm(i + 1)) {
			case "this", "that", "it", "hearing", "reading", "to":
				return true // "our urgent care team will love this", not "love what they do"
			}
		}
	}
	return false
}

// careUnitNamed adds a care_setting finding for each clinical unit of ours a reply names. With
// no patient text to answer (or a general question), only a unit the reply passes the
// reader's words to, or that reacts to them, is tied to the reader.
func (s *scan) careUnitNamed() {
	d := &s.d
	n := len(d.toks)
	for i := 0; i+2 < n; i++ {
		if a := d.norm(i); len(a) != 3 || string(a) != "our" && string(a) != "the" {
			continue
		}
		k := d.toks[i].sent
		j, first, admin := i+1, -1, false
		for ; j < n && j <= i+4 && d.toks[j].sent == k && !unitHead[string(d.norm(j))]; j++ {
			w := string(d.norm(j))
			if first < 0 && (clinicalUnit[w] || s.serviceUnit(w) || s.careTermAt(j)) {
				first = j
			}
			admin = admin || nonClinicalUnit[w]
		}
		if first < 0 || admin || j >= n || j > i+4 || d.toks[j].sent != k || !unitHead[string(d.norm(j))] {
			continue
		}
		if i >= 2 && string(d.norm(i-1)) == "of" && (string(d.norm(i-2)) == "proud" || string(d.norm(i-2)) == "prouder") ||
			i >= 2 && string(d.norm(i-1)) == "about" && askAbout[string(d.norm(i-2))] {
			// "we're proud of our surgical team": praise of the unit, not the reader's care;
			// "questions about our surgical services": what is offered.
			i = j
			continue
		}
		if s.unitTied(k, i, j) {
			s.addTok("care_setting", first, j, careUnitMessage)
		}
		i = j
	}
	s.careUnitNamedES()
}

// unitTied decides whether the unit named by tokens [i, j] of sentence k is tied to the
// reader: not in an invitation, a business, general-audience, event or offer sentence ("please
// call our billing team", "our ER is open around the clock"), and either passed the reader's
// words, reacting to them, or answering a reader who did not only ask a general question.
func (s *scan) unitTied(k int32, i, j int) bool {
	d := &s.d
	bits := s.sent[k]
	if bits&phInvite != 0 || bits&(phBusiness|phGeneric) != 0 && s.phraseOutside(phBusiness|phGeneric, k, i, j+1) || s.eventSentence(k) || s.offerSentence(k) {
		return false
	}
	return s.sentenceHas(k, relayWord) || s.reactsAfter(j, k) ||
		k+1 < int32(d.nsent) && s.sentenceHas(k+1, relayWord) ||
		s.in.Context != "" && !s.contextGeneralQuestion()
}

// careUnitNamedES: the same in Spanish, where the unit follows its head: "nuestro equipo de
// pediatría", "las enfermeras de urgencias".
func (s *scan) careUnitNamedES() {
	d := &s.d
	n := len(d.toks)
	for i := 0; i+3 < n; i++ {
		// Every reply passes through here: "de" two words on is the cheapest test, then
		// the maps.
		if p := d.norm(i + 2); len(p) < 2 || len(p) > 3 || p[0] != 'd' || string(p) != "de" && string(p) != "del" {
			continue
		}
		if !ourES[string(d.norm(i))] || !unitHeadES[string(d.norm(i+1))] {
			continue
		}
		k := d.toks[i].sent
		if d.toks[i+3].sent != k || !clinicalUnitES[string(d.norm(i+3))] && !s.careTermAt(i+3) {
			continue
		}
		if s.unitTied(k, i, i+3) {
			s.addTok("care_setting", i+1, i+4, careUnitMessage)
		}
		i += 3
	}
}

var ourES = map[string]bool{"nuestro": true, "nuestra": true, "nuestros": true, "nuestras": true, "el": true, "la": true, "los": true, "las": true}

var unitHeadES = map[string]bool{"equipo": true, "personal": true, "enfermeras": true, "enfermeros": true,
	"médicos": true, "medicos": true, "doctores": true, "departamento": true, "unidad": true, "servicio": true,
	"área": true, "area": true, "programa": true, "clínica": true, "clinica": true, "terapeutas": true}

// clinicalUnitES: the Spanish names of clinical units, as clinicalUnit.
var clinicalUnitES = map[string]bool{"pediatría": true, "pediatria": true, "cardiología": true, "cardiologia": true,
	"oncología": true, "oncologia": true, "urgencias": true, "emergencias": true, "emergencia": true,
	"maternidad": true, "cirugía": true, "cirugia": true, "radiología": true, "radiologia": true,
	"imagen": true, "imágenes": true, "laboratorio": true, "terapia": true, "rehabilitación": true,
	"rehabilitacion": true, "neonatología": true, "neonatologia": true, "uci": true, "ucin": true,
	"obstetricia": true, "ginecología": true, "ginecologia": true, "psiquiatría": true, "psiquiatria": true,
	"diálisis": true, "dialisis": true, "quimioterapia": true, "infusión": true, "infusion": true,
	"dermatología": true, "dermatologia": true, "neurología": true, "neurologia": true, "urología": true,
	"urologia": true, "ortopedia": true, "traumatología": true, "traumatologia": true, "trauma": true,
	"partos": true, "parto": true, "fisioterapia": true, "vacunación": true, "vacunacion": true,
	"salud": true, "hospicio": true, "paliativos": true, "endocrinología": true, "gastroenterología": true}

// phraseOutside: sentence k has a phrase of a section in bits outside tokens [lo, hi):
// "women" in "our women's health nurses" is the unit's name, not a general audience, and
// "clinic" in "our ketamine clinic" is not a business sentence.
func (s *scan) phraseOutside(bits uint32, k int32, lo, hi int) bool {
	d := &s.d
	for _, h := range s.phrases {
		if h.bits&bits != 0 && d.toks[h.t0].sent == k && (h.t1 <= lo || h.t0 >= hi) {
			return true
		}
	}
	return false
}

// careTermAt: token j is part of a health term that names a place or kind of care (a care
// setting, condition, procedure or medicine: "5 North", "eating disorder", "pre-op"), so the team it
// qualifies is clinical even when clinicalUnit does not list the word.
func (s *scan) careTermAt(j int) bool {
	for _, h := range s.health {
		if h.t0 <= j && j < h.t1 {
			switch uint8(h.bits) &^ hcPossessed {
			case hcCareSetting, hcCondition, hcProcedure:
				return true
			case hcMedication:
				// "our ketamine clinic", not "our sports medicine team"
				return !genericMedicine[string(s.d.norm(j))]
			}
		}
	}
	return false
}

var genericMedicine = map[string]bool{"medicine": true, "medicines": true, "medication": true,
	"medications": true, "meds": true, "drug": true, "drugs": true, "prescription": true, "prescriptions": true}

// askAbout: words before "about our X" that ask about a service rather than thank it.
var askAbout = map[string]bool{"questions": true, "question": true, "ask": true, "learn": true, "more": true,
	"information": true, "info": true}

// sentenceHas says whether sentence k holds one of words.
func (s *scan) sentenceHas(k int32, words map[string]bool) bool {
	d := &s.d
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].sent >= k })
	for ; i < len(d.toks) && d.toks[i].sent == k; i++ {
		if words[string(d.norm(i))] {
			return true
		}
	}
	return false
}

const careUnitMessage = "Naming a clinical unit in a reply to this person tells everyone where they were cared for. Speak of the team without naming the unit (\"we'll share this with our team\")."

// relayWord: verbs that pass the reader's words on to someone.
// "We will speak to the GI lab staff", "we've asked our emergency medicine director to review".
var relayWord = map[string]bool{"share": true, "shared": true, "sharing": true, "pass": true, "passed": true,
	"passing": true, "forward": true, "forwarded": true, "relay": true, "relayed": true, "speak": true,
	"spoke": true, "spoken": true, "asked": true}
