package profanity

import (
	"strings"
	"testing"
)

func terms(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Term+"/"+string(m.Severity))
	}
	return out
}

func TestFindsProfanityAndObfuscation(t *testing.T) {
	cases := []findCase{
		{"This place is fucking awful", "fuck", Strong},
		{"the nurse was a total bitch", "bitch", Moderate},
		{"What a load of shit.", "shit", Moderate},
		{"f*** this hospital", "fuck", Strong},
		{"f**king useless", "fuck", Strong},
		{"sh!t service", "shit", Moderate},
		{"what an a$$", "ass", Moderate},
		{"the receptionist is a b1tch", "bitch", Moderate},
		{"fuuuuuck this", "fuck", Strong},
		{"f u c k them", "fuck", Strong},
		{"s.h.i.t.", "shit", Moderate},
		{"that doctor is a dickhead", "dickhead", Strong},
		{"you prick", "prick", Strong},
		{"what a dick", "dick", Strong},
		{"absolute fuckwit", "fuck", Strong},
		{"my f-ing ankle is still swollen", "fuck", Strong},
		{"effing ridiculous wait", "fuck", Strong},
		{"the surgeon is a cunt", "cunt", Severe},
		{"MOTHERFUCKER", "motherfucker", Severe},
		{"utter bullshit", "shit", Moderate},
		{"such an ass hole", "asshole", Strong},
		{"dumbass", "ass", Moderate},
		{"@ss", "ass", Moderate},
		{"shitbag", "shit", Moderate},
		{"damn it", "damn", Mild},
		{"they treated me like a n1gger", "nigger", Severe},
		{"called him a faggot", "faggot", Severe},
		{"you retard", "retard", Severe},
		// phonetic skeletons, dropped vowels, + and 9 as letters
		{"what a kunt", "cunt", Severe},
		{"niggah", "nigger", Severe},
		{"phuck off", "fuck", Strong},
		{"muthafucka", "motherfucker", Severe},
		{"btch", "bitch", Moderate},
		{"b!+ch", "bitch", Moderate},
		{"ni99a", "nigger", Severe},
		// a disguised ctx word needs no insulting lead-in
		{"c0ck", "cock", Strong},
		{"pr1ck", "prick", Strong},
		{"what a DICK", "dick", Strong},
		// generated compounds and two-word forms
		{"twatwaffle", "twat", Strong},
		{"cumbuckets", "cum", Strong},
		{"camel toe", "cameltoe", Strong},
		{"carpet muncher", "carpetmuncher", Severe},
	}
	expectFinds(t, cases)
}

// TestNoScunthorpe is the reason this package exists: substring matchers
// flag patients describing their own bodies and the places they live.
func TestNoScunthorpe(t *testing.T) {
	clean := []string{
		"I was treated for an anal fissure and the care was excellent.",
		"Dr. Dickson explained everything clearly.",
		"Dick Smith, my nurse, was wonderful.",
		"We drove in from Essex, Sussex and Middlesex.",
		"The Scunthorpe clinic was spotless.",
		"I live in Cumming, GA and Dr. Cummings saw me.",
		"Nurse Hancock and Dr. Peacock were kind.",
		"The pilot in the cockpit had a cocktail; cockroaches in the bathroom though.",
		"They assess every patient; first class service, I passed my assessment.",
		"breast exam, penile swelling, rectal bleeding, hemorrhoids, vaginal discharge, testicular pain",
		"penis, vagina, anus, scrotum, clitoris, nipple, semen sample, sperm count, erectile dysfunction",
		"bloody stool and a finger prick blood test, the needle prick hurt",
		"The staff were cocky and tardy.",
		"Graduated summa cum laude, my surgeon is brilliant.",
		"The toilets on the ward were absolutely minging.",
		"sexual health clinic, STD testing, HIV negative, anal sex advice, orgasm problems",
		"I felt a small prick then nothing. There was a chink in the curtain.",
		"Mr. Dick was my surgeon. Dick Cheney had a heart transplant.",
		"I had a colonoscopy and the assassin's creed poster was on the wall.",
		"titer levels, titre results, Hellman's mayo, shell, hello, Shitake? no, shiitake mushrooms",
		"My rating: 5***** would recommend. A+ service #1 hospital!!!",
		"The spastic diplegia clinic and cerebral palsy team.",
		"Butter, buttons, buttocks, butt pain after surgery.",
		"Dickens, Dickinson, Cockburn, Babcock, Hitchcock, Woodcock, Wilcox, Glasscock",
		"Pussy willow in the garden; my cat",
		"He was scrubbing up for the Assam tea; Cumbria; Penistone; Lightwater",
		"class, bass, grass, mass, pass, lass, assist, asset, assume, embarrass, harass",
		"document, cucumber, circumcision, accumulate, scum",
		"DICK EVANS RN assessed the patient; Dr. Dick Evans agreed.",
		"PHx: HTN. 900cc neg; KCL @ 55; D5.45S; c/o pain o/n; slt distended; vag swab.",
		"We drove through Twatt and Shitterton; the cook and Mr. Cox were lovely.",
		"Cock robin on the weathercock; cock-a-leekie soup; spick and span ward.",
	}
	for _, c := range clean {
		if ms := Find(c); len(ms) > 0 {
			t.Errorf("Find(%q) = %v, want nothing", c, terms(ms))
		}
	}
}

func TestSpansAndSummary(t *testing.T) {
	text := "well f***ing hell, what SHIT"
	ms := Find(text)
	if len(ms) != 3 {
		t.Fatalf("Find = %v", terms(ms))
	}
	if got := text[ms[0].Start:ms[0].End]; got != "f***ing" {
		t.Errorf("span = %q", got)
	}
	if got := text[ms[2].Start:ms[2].End]; got != "SHIT" {
		t.Errorf("span = %q", got)
	}
	s := Summarize(ms)
	if !s.Found || s.Severity != Strong || len(s.Terms) != 3 {
		t.Errorf("Summarize = %+v", s)
	}
	if s := Summarize(nil); s.Found || s.Severity != None || s.Terms == nil {
		t.Errorf("empty Summarize = %+v", s)
	}
}

// TestLexiconBreadth pins a sample of the forms added to the lexicon by
// category (inflections and compounds of the commonest roots, UK, Irish and
// Australian insults, sexual slang, slurs, acronyms), in sentences written
// for this test.
func TestLexiconBreadth(t *testing.T) {
	cases := []findCase{
		{"the porter was a total twunt", "cunt", Severe},
		{"what a fucktwit", "fuck", Strong},
		{"stfu and listen to me", "fuck", Strong},
		{"the consultant is a shitweasel", "shitweasel", Strong},
		{"half-assed care from start to finish", "ass", Moderate},
		{"the receptionist is a biyatch", "bitch", Moderate},
		{"he was being a dickwit again", "dick", Strong},
		{"pussywhipped husband in the next bed", "pussy", Strong},
		{"you absolute tit", "tit", Moderate},
		{"he called me a sheepshagger", "sheepshagger", Strong},
		{"the kiddie fiddler in bed 4", "kiddiefiddler", Strong},
		{"what a bawbag", "bawbag", Moderate},
		{"she is a scuzzbag", "scuzzbag", Moderate},
		{"the pikey next to me", "gypsy", Severe},
		{"called my son a spakka", "spakka", Severe},
		{"called him a rump ranger", "rumpranger", Severe},
		{"Jizz on the sheets", "jizz", Strong},
		{"the nurse muttered pendejo", "pendejo", Strong},
		{"goddammit, two hours", "damn", Mild},
		{"you psycho", "psycho", Moderate},
		{"what a schmuck", "schmuck", Moderate},
	}
	expectFinds(t, cases)
	// innocent senses of words now in the lexicon
	for _, c := range []string{
		"It was tit for tat; a blue tit at the feeder.",
		"Dr. Hoare and Dr. Weiner; hoar frost on the car park.",
		"A deep throat swab; the strap on the splint was loose.",
		"My costs kept snowballing; the porter was ham-fisted; I bonked my head.",
		"The upper horny layer of the skin; a gippy tummy after the trip.",
		"Pizza for lunch, a Z-Pak and CoQ-10.",
	} {
		if ms := Find(c); len(ms) > 0 {
			t.Errorf("Find(%q) = %v, want nothing", c, terms(ms))
		}
	}
}

// TestThirdRound pins the third vocabulary round (lexicon_extra.go) and the
// scanner rules that came with it, in sentences written for this test.
func TestThirdRound(t *testing.T) {
	cases := []findCase{
		// vocabulary, one or two per class
		{"the porter is a thundercunt", "cunt", Severe},
		{"absolute twatknuckle of a manager", "twat", Strong},
		{"he is a sisterfucker", "motherfucker", Severe},
		{"that nurse is a dicksplash", "dick", Strong},
		{"a shitgibbon", "shitgibbon", Strong},
		{"called her a sket", "whore", Strong},
		{"links to xhamster", "xhamster", Strong},
		{"rawdogged", "rawdogged", Strong},
		{"the doctor called him a sperg", "sperg", Severe},
		{"called my dad a coonass", "coonass", Severe},
		{"that pajeet at the desk", "pajeet", Severe},
		{"called her a femoid", "femoid", Severe},
		{"a bunch of trannyfags", "trannyfags", Severe},
		{"fook off", "fuck", Strong},
		{"bicth", "bitch", Moderate},
		// three-word phrases and the suck / lick frame
		{"go choke the chicken", "chokethechicken", Strong},
		{"he wants to bust a nut", "bustanut", Strong},
		{"lick my anus, doc", "lickmyanus", Strong},
		{"suck my cunt", "cunt", Severe}, // the phrase never lowers the severity
		// one-letter joins and symbols only
		{"what an a-hole", "asshole", Strong},
		{"@$$", "ass", Moderate},
		// hyphen-only joins and one-word spellings of innocent phrases
		{"pearl-necklace", "pearlnecklace", Strong},
		{"strapon", "strapon", Strong},
		{"uncle-tom", "uncletom", Strong},
		// two words of look-back
		{"you little prick", "prick", Strong},
		{"Guido is a guido", "guido", Severe},
		// vulgarities of patients' other languages
		{"que cabron", "cabron", Strong},
		{"espece de connard", "connard", Strong},
		// a respelling never takes its term's innocent contexts
		{"c0ck and balls", "cock", Strong},
		{"cawk and balls", "cock", Strong},
		// 6 and 8 as g and b
		{"8itch", "bitch", Moderate},
		{"ni66a", "nigger", Severe},
		{"what a cnut", "cunt", Severe},
		// slurs take person-directed lead-ins
		{"you dirty chink", "chink", Severe},
		{"the fucking queer at reception", "fuck", Strong},
		{"dirty negro", "negro", Severe},
	}
	expectFinds(t, cases)
}

// findCase is a text and the term and severity Find must report first in it.
type findCase struct {
	text, term string
	sev        Severity
}

// expectFinds checks each case's first match and that its span is not blank.
func expectFinds(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		ms := Find(c.text)
		if len(ms) == 0 {
			t.Errorf("Find(%q) found nothing, want %s", c.text, c.term)
			continue
		}
		if ms[0].Term != c.term || ms[0].Severity != c.sev {
			t.Errorf("Find(%q) = %v, want %s/%s", c.text, terms(ms), c.term, c.sev)
		}
		if got := c.text[ms[0].Start:ms[0].End]; strings.TrimSpace(got) == "" {
			t.Errorf("Find(%q): empty span", c.text)
		}
	}
}
