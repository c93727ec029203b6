package sentiment

import "strings"

// The healthcare layer, written by the Bedside project. Patient language
// breaks general-purpose sentiment in predictable ways: disease and anatomy
// words read as emotions ("heart" +3.2, "cancer" -3.4), good clinical news
// reads as bad ("tested negative"), and the commonest complaints carry no
// sentiment words at all ("I waited 3 hours", "could be quicker", "more
// staff"). The overlay below changes the lexicon, and phrases adds
// multi-word patterns that VADER's single-word lexicon cannot express.

// clinicalNeutral are conditions, symptoms, anatomy and care settings: what
// a patient has or where they were is not how they feel about their care.
var clinicalNeutral = strings.Fields(`heart hearts cancer cancers tumor tumors tumour ill
illness sick sickness injury injured injuries death dead died die dies dying emergency fracture
attack attacks fatal depression depressed anxiety anxious stress stressed panic suicide suicidal
trauma traumatic crisis sore ache aching aches weak weakness tired fatigue fatigued dizzy critical
severe loss risk risks positive negative cancerous disease diseases disorder blind deaf
cripple crippled disabled disability mental terminal grave graves hospice cry crying cried tears
blood bleeding struggles shock kill killed killing killer kills infection virus lump lumps ulcer
stroke seizure seizures pressure chronic acute labor labour struggle struggling struggled fight
fighting fought battle war victim victims surgery operation cut cuts scar scars burn burns
burned wound wounds problem problems admitted admit admission suffer suffered suffering suffers discomfort itchy
irritation infected allergic sufferer sufferers inhibitor inhibitors antagonist antagonists
blocker blockers`)

// symptoms are what a patient suffers from. An adjective describing one
// ("terrible pain", "awful headaches", "severe anxiety") describes the
// illness, not the care or the treatment, so its valence is damped.
var symptoms = setOf(strings.Fields(`pain pains ache aches headache headaches migraine migraines
cramps cramping nausea insomnia rash rashes acne pimples itching itch bloating constipation diarrhea
diarrhoea vomiting swelling spasms spasm allergies allergy arthritis anxiety depression fatigue
cough coughing fever symptoms symptom reflux heartburn infection infections breakouts blackheads
acid sweats flashes flushes tremors dizziness insomnia mood moods attacks attack cravings
withdrawal sinuses congestion bleeding discharge injury injuries condition irritation dryness
peeling redness drowsiness grogginess sleepiness palpitations hives soreness tingling numbness
breakouts outbreaks flashes sweating`))

// symptomDamp is the share of an adjective's valence kept before a symptom.
const symptomDamp = 0.2

// overlay sets or changes lexicon valences for patient-experience words.
// Values follow VADER's -4..4 scale.
var overlay = map[string]float64{
	// conditions that are also experiences keep a trace of valence
	"pain": 0, "pains": 0, "painful": -0.5, "hurt": -0.5, "hurts": -0.3, "hurting": -0.3,
	"dick": 0, "cock": 0, "prick": 0, "dysfunction": 0, "ok": 0, "okay": 0.3, "engaged": 0, "share": 0,
	"10/10": 2.5, "5/5": 2.0, "0/10": -2.5, "1/10": -2.0, "angels": 2.0, "angel": 2.0, "simple": 0.8,
	"shouted": -1.8, "yelled": -1.8, "screamed": -1.8, "overhear": -1.0, "overheard": -1.2, "loudly": -1.0,
	"discreet": 1.5, "warm": 1.2, "stained": -1.2, "dusty": -1.2, "sticky": -0.8, "overflowing": -1.0,
	"cockroach": -2.0, "cockroaches": -2.0, "mice": -1.5, "unhygienic": -2.0, "crashes": -1.5,
	"crashed": -1.5, "jargon": -0.8, "aggressive": -2.0,
	"broken": -0.5, "care": 0.8, "help": 1.0, "problem": -0.8, "problems": -0.8,
	"benign": 2.0, "improvement": 0.3, "improvements": -0.5, "improve": 0, "improved": 1.8,
	// praise of care
	"thorough": 1.8, "professional": 1.6, "professionally": 1.6, "professionalism": 1.8,
	"attentive": 2.0, "knowledgeable": 1.8, "informative": 1.6, "courteous": 2.0, "polite": 1.8,
	"respectful": 2.0, "prompt": 1.3, "promptly": 1.3, "punctual": 1.3, "quick": 1.0, "quickly": 0.8,
	"listened": 1.3, "listens": 1.2, "listen": 0.8, "explained": 1.3, "explains": 1.2,
	"helped": 1.5, "supportive": 2.0, "accommodating": 1.8, "organised": 1.2, "organized": 1.2,
	"welcoming": 2.0, "gentle": 1.5, "skilled": 1.8, "competent": 1.5, "seamless": 1.8,
	"spotless": 2.0, "immaculate": 2.0, "tidy": 1.2, "lifesaver": 2.8, "reassurance": 1.6,
	"thankyou": 2.0, "efficiently": 1.8, "fab": 2.5, "faultless": 2.5, "impeccable": 2.5,
	"cured": 2.0, "healed": 1.5, "recovered": 1.5, "relieved": 1.6, "caring": 2.4, "kind": 2.4,
	"understanding": 1.2, "reassured": 1.8, "smooth": 1.0, "easy": 1.2, "clean": 1.7,
	"worked": 1.2, "works": 0.8, "effective": 2.1, "ineffective": -2.0, "amazingly": 2.5,
	"recommend": 1.8, "recommended": 1.2, "superb": 3.1, "well": 1.1, "responsive": 1.5,
	// complaints about care
	"waited": -1.2, "waiting": -0.8, "wait": -0.6, "waits": -1.0, "queue": -0.8, "queues": -1.0,
	"overdue": -1.2, "late": -0.8, "rushed": -1.5, "dismissive": -2.0, "dismissed": -1.5,
	"unhelpful": -1.8, "uncaring": -2.2, "careless": -1.9, "negligent": -2.5, "negligence": -2.5,
	"misdiagnosed": -2.5, "misdiagnosis": -2.5, "overcharged": -2.2, "overbilled": -2.2,
	"billed": -0.8, "bill": -0.5, "bills": -0.6, "expensive": -1.2, "overpriced": -1.5,
	"disorganised": -1.5, "disorganized": -1.5, "understaffed": -1.5, "filthy": -2.5, "smelly": -1.5,
	"noisy": -1.2, "noise": -0.8, "unanswered": -1.5, "unreturned": -1.5, "ignored": -2.0,
	"ignoring": -1.8, "nobody": -1.0, "noone": -1.0, "rude": -2.5, "rudely": -2.5, "condescending": -2.0,
	"patronising": -1.8, "patronizing": -1.8, "cancelled": -1.3, "canceled": -1.3, "rescheduled": -0.8,
	"nightmare": -2.2, "shambles": -2.5, "slow": -1.0, "slower": -1.0, "lengthy": -0.8,
	"unacceptable": -2.2, "unprofessional": -2.5, "incompetent": -2.5, "abrupt": -1.5, "cold": -0.5,
	"discharged": 0, "unclear": -1.0, "confusing": -1.2, "confused": -0.8, "inconsistent": -1.2,
	"uncomfortable": -1.6, "unfortunately": -1.4, "lacking": -1.3, "lacks": -1.3, "worse": -2.1,
	"difficult": -1.2, "impossible": -1.5, "hassle": -1.5, "chased": -1.0, "chasing": -1.0,
	"complained": -1.5, "apologised": 0.4, "longer": -0.4, "quicker": -0.3, "sooner": -0.5,
	"shorter": -0.3, "untidy": -1.2, "messy": -1.2, "grubby": -1.5, "stinks": -2.0, "stank": -2.0,
	"incorrect": -1.3, "wrongly": -1.5, "forgot": -1.2, "forgotten": -1.2, "misplaced": -1.3,
	"inadequate": -1.8, "substandard": -2.0, "shortage": -1.2, "short-staffed": -1.5,
	"unsafe": -2.0, "unsympathetic": -2.0, "unfriendly": -2.0, "uninterested": -1.5,
	"disinterested": -1.5, "neglected": -2.2, "neglect": -2.2, "mistakes": -1.5,
	"inappropriate": -1.8, "inappropriately": -1.8, "overstretched": -1.5, "misgendered": -2.0,
	"under-staffed": -1.5, "scrappy": -1.2, "tatty": -1.2, "chipped": -0.8, "unconfident": -1.5,
	"introduce": 0.8, "introduced": 0.8, "shabby": -1.5, "run-down": -1.5, "outdated": -1.0,
	"politeness": 1.5, "explain": 0.8, "faulty": -1.5, "worsened": -2.0, "worsening": -1.8,
	"gone": 1.2, "cleared": 1.8, "eliminated": 1.8, "alleviated": 1.8, "reduced": 1.2,
	"reduces": 1.2, "lowered": 1.2, "decreased": 0.8, "controlled": 1.4, "stabilized": 1.4,
	"stabilised": 1.4, "normal": 0.8, "helps": 1.5, "relieves": 1.8, "subsided": 1.5,
	// medication reviews: "lower" is mostly anatomy or dose ("lower back",
	// "a lower dose"), "alone" mostly means "only" ("the cream alone"); the
	// states a medicine leaves a patient in are complaints.
	"lower": 0, "alone": 0, "mediocre": -1.5,
	"groggy": -1.2, "drowsy": -1.0, "zombie": -1.5, "zombie-like": -1.5, "foggy": -1.0,
	"jittery": -1.2, "nauseous": -1.2, "nauseated": -1.2, "lethargic": -1.2, "sluggish": -1.0,
	"hungover": -1.2, "spacey": -1.0, "garbage": -2.0, "junk": -1.5, "poison": -2.0,
	"abuse": -1.5, "abused": -1.5, "rushing": -1.2, "shocked": -1.3,
	"overcooked": -1.2, "undercooked": -1.2, "stodgy": -1.0, "bland": -1.0, "tasteless": -1.2,
	"inedible": -2.0, "invalidated": -1.5, "overwhelming": -0.8,
	// "cool" is the temperature of the tea, "please" asks for something
	"cool": 0, "lukewarm": -1.2, "tepid": -1.2, "please": 0, "drop": 0, "bearable": 0.5,
	"tia": 0, "pointless": -2.0, "loud": -1.0, "refuses": -1.5, "refused": -1.5,
	"lacked": -1.3, "uninspiring": -1.5, "shortcomings": -1.5, "shortcoming": -1.5, "banging": -1.0,
	"delays": -1.2, "nonexistent": -1.8, "non-existent": -1.8, "incorrectly": -1.3,
	"downfall": -1.2, "concern": -0.8, "concerns": -0.5, "discriminated": -2.0, "anti": 0,
	"tenderness": 0, "tender": 0, "fainted": -1.5, "fainting": -1.2,
	// how bearable an illness or a side effect is
	"tolerable": 0.8, "manageable": 0.8, "livable": 0.8, "liveable": 0.8,
	"intolerable": -2.0, "unbearable": -2.2, "deteriorated": -1.5, "deteriorating": -1.5,
	"efficacious": 1.8,
}

// suggestionStarts are words that open a suggestion when they start a
// sentence ("More staff.", "Better food.", "Answer the phone."): in a survey
// comment a suggestion is a complaint about what is missing.
var suggestionStarts = setOf(strings.Fields(`more less better longer shorter quicker faster bigger
smaller cheaper easier clearer earlier sooner warmer cleaner quieter improve improved improving
need needs should could would maybe perhaps possibly provide offer allow stop try reduce increase
ensure employ hire answer listen make give have get change update speed fix introduce please
clean keep be tell stick let explain explaining communicate inform contact call phone ring
check offer arrange organise organize consider look treat put teach show move open switch
share wipe bring respond reply avoid follow start don't dont install add replace repair extend
recruit train listen talk see visit involve include record learn engage advertise promote
encourage educate study increase turn`))

// phrase is a run of lowercase words with the valence it carries as a whole.
// The valence lands on the first word and the rest are silenced; a negation
// in the three words before it flips it like VADER does for single words.
type phrase struct {
	words   []string
	valence float64
	// noNegate marks phrases that already contain their own negation
	// ("no complaints", "can't fault").
	noNegate bool
	// verdict marks a judgement of a medicine ("didn't work", "had to
	// stop", "would not recommend"), from a section tagged [verdict]: it
	// is the patient's conclusion, not a description of the illness.
	verdict bool
	// leave marks a report of giving the medicine up ("had to come
	// off", "took me off"), from a section tagged [leave].
	leave bool
}

var phraseText = `
# good clinical news
+2.2 ! tested negative
+2.2 ! came back negative
+2.2 ! results were negative
+2.2 ! result was negative
+2.0 ! were negative
+1.6 ! negative for
+2.5 ! all clear
+2.2 ! clear scan
+2.5 ! cancer free
+2.5 ! cancer-free
+2.5 ! in remission
+2.0 ! no complications
+1.8 ! no side effects
+1.8 ! no pain
+2.0 ! pain free
+2.0 ! pain-free
+2.5 ! saved my life
+2.5 ! saved his life
+2.5 ! saved her life
+2.0 ! made a difference
-1.0 ! tested positive
-1.0 ! came back positive
-1.0 ! positive for
+1.5 ! positive experience
-1.5 ! negative experience
# places and services named after feelings
0 ! waiting room
0 ! waiting area
0 ! waiting list
0 ! emergency room
0 ! emergency department
0 ! intensive care
0 ! critical care
0 ! urgent care
0 ! primary care
0 ! health care
0 ! care home
0 ! care plan
0 ! heart attack
0 ! kind of
0 ! no matter
+1.0 free parking
+2.0 ! first class
+2.5 ! life changing
+2.5 ! life-changing
+1.5 ! kept informed
+1.5 ! kept me informed
+1.5 ! kept us informed
+1.0 ! same day
-1.5 ! rings out
-1.8 ! surprise bill
-1.5 ! dried blood
-1.5 ! ran out
-1.5 ! run out
-1.5 ! before anyone came
-1.5 ! barely looked
-2.0 ! laughed at
-1.5 ! without asking
-2.0 ! without consent
-2.0 ! without permission
-1.2 ! on her phone
-1.2 ! on his phone
-1.2 ! on their phone
-1.2 ! on their phones
-1.5 ! never happened
-1.5 ! always engaged
-1.5 ! can't book
-1.5 ! couldn't book
-1.5 ! could not book
-1.2 ! can't get
-1.2 ! couldn't get
-1.2 ! could not get
-1.8 ! can't get through
-1.2 ! nobody
-1.2 ! noone
-1.0 ! in pain
-2.0 ! left in pain
-1.5 ! in front of everyone
-1.2 ! called out my
-1.2 ! left on the printer
-1.2 ! mixed messages
-1.2 ! never heard back
-1.2 ! heard nothing
# survey answers to "what could we do better?"
+2.5 ! nothing to improve
+2.5 ! nothing could be improved
+2.5 ! nothing could be better
+2.5 ! nothing really
+2.5 ! nothing at all
+2.2 ! nothing i can think of
+2.2 ! nothing comes to mind
+2.2 ! nothing springs to mind
+2.2 ! nothing else
+2.8 ! can't fault
+2.8 ! cant fault
+2.8 ! cannot fault
+2.8 ! couldn't fault
+2.8 ! could not fault
+2.8 ! can not fault
+2.5 ! couldn't be better
+2.5 ! could not be better
+2.5 ! couldn't have been better
+2.5 ! could not have been better
+2.5 ! couldn't ask for
+2.5 ! could not ask for
+2.5 ! can't thank
+2.5 ! cannot thank
+2.5 ! couldn't have asked for
+2.0 ! no complaints
+2.0 ! no complaint
+1.8 ! no problems
+1.8 ! no problem
+1.8 ! no issues
+1.8 ! not a problem
+2.0 ! all good
+2.0 ! keep it up
+2.0 ! keep up
+1.5 ! above and beyond
+1.5 ! went the extra mile
+1.5 ! put me at ease
+1.5 ! at ease
+1.5 ! on time
+1.5 ! no wait
+1.8 ! no waiting
+1.5 ! didn't have to wait
+1.5 ! did not have to wait
+1.5 ! seen straight away
+1.5 ! straight away
+1.5 ! seen quickly
+1.5 ! seen promptly
+1.5 ! well organised
+1.5 ! well organized
+1.0 ! called back
# medication reviews: benefits and failures of the medicine [verdict]
+2.0 ! no longer
+1.5 went away
+1.5 go away
+1.5 goes away
+1.5 gone away
+1.8 ! cleared up
+2.0 under control
+2.5 ! work wonders
+2.5 ! works wonders
+2.5 ! worked wonders
+1.5 ! back to normal
-2.5 ! no benefit
-2.5 ! no benefits
-2.0 ! no relief
-1.5 ! no change
-2.0 ! no improvement
-1.5 ! no difference
-1.8 ! no effect
-2.0 ! didn't work
-2.0 ! did not work
-2.0 ! doesn't work
-2.0 ! does not work
-2.0 ! didn't help
-2.0 ! did not help
-2.0 ! doesn't help
-2.0 ! does not help
-1.0 ! wore off
-1.0 ! quit taking
-0.8 ! switched to
# more survey answers
+2.0 ! needed and more
+2.0 ! expected and more
+2.0 ! wanted and more
+2.0 ! hoped for and more
-1.2 ! very hot
-1.2 ! so hot
-1.2 ! really hot
-1.2 ! extremely hot
-1.0 ! very cold
-1.0 ! so cold
-1.0 ! really cold
+1.8 ! no concerns
+1.8 ! no worries
+2.0 ! could not wish for
+2.0 ! couldn't wish for
+2.0 ! no need to change
+2.0 ! nothing i can suggest
+2.0 ! nothing that i can suggest
+2.0 ! nothing to suggest
-2.0 ! a joke
-2.0 ! a complete joke
-1.5 ! under staffed
-1.5 ! short staffed
-1.5 ! not much communication
-1.5 ! not much contact
-1.5 ! not much support
-1.5 ! not much help
-1.5 ! not much information
-1.5 ! never around
0 ! pain relief
+1.5 ! no surprises
+1.5 ! patient with
+1.5 ! very patient
+1.5 ! so patient
+2.0 ! no grumbles
+2.0 ! nothing bad to say
+2.0 ! nothing wrong
+2.0 ! no change needed
+2.0 ! no changes needed
+2.0 ! nothing to change
+2.0 ! been any better
+2.0 ! be any better
0 ! my problems
0 ! my problem
0 ! my worries
0 ! my concerns
0 ! my issues
0 ! any worries
0 ! any concerns
0 ! any problems
0 ! any questions
0 ! crisis team
0 ! crisis line
0 ! crisis service
+2.2 ! can't think of anything
+2.2 ! cant think of anything
+2.2 ! cannot think of anything
+2.2 ! can not think of anything
+2.2 ! can't think of
+2.0 ! think of nothing
+2.0 ! anything to moan about
+2.0 ! nothing to moan about
+2.5 ! don't change anything
+2.5 ! don't change a thing
+2.5 ! dont change anything
+2.5 ! wouldn't change anything
+2.5 ! would not change anything
+2.5 ! wouldn't change a thing
+1.5 ! all ok
+1.5 ! all okay
+1.5 ! looked after
+1.5 taken seriously
+1.5 took me seriously
-1.0 ! a few more
-1.0 ! few more
-1.2 ! would prefer
-1.2 ! would have preferred
-1.0 ! would like
-1.2 ! would have appreciated
-1.2 ! would have really appreciated
-1.5 ! not working
-1.5 ! wasn't working
-1.5 ! isn't working
-1.5 ! was not working
-2.0 ! not good enough
-2.0 ! isn't good enough
-2.0 ! wasn't good enough
-1.2 long time
# medication reviews, round three: words of the illness and the body
0 ! lying down
0 ! lying in bed
0 ! cold sore
0 ! cold sores
0 ! common cold
0 ! a cold
0 ! by accident
0 ! on accident
# medication reviews, round three: coming off a medicine because of it [verdict] [leave]
-1.8 ! had to get off
-1.8 ! had to come off
-1.8 ! had to go off
-1.5 ! took me off
-1.5 ! ordered me off
-1.5 ! told me to stop
-1.5 ! advised me to stop
-1.5 ! advised to discontinue
-1.5 ! advised me to discontinue
-1.8 ! unable to continue
-1.8 ! not able to continue
-1.8 ! no longer able to take
-1.8 ! couldn't stay on
-1.8 ! could not stay on
-1.8 ! couldn't take it
-1.8 ! could not take it
-1.8 ! couldn't handle
-1.8 ! could not handle
-1.8 ! couldn't deal with
-1.8 ! could not deal with
-1.8 ! not willing to deal with
-1.5 ! gave up on
-1.5 ! gave up the
-1.2 ! asked for a different
-1.2 ! ask for a different
-1.2 ! request a different
-1.2 ! ask for a change
# harm the medicine did
-1.8 ! allergic reaction
-1.8 ! allergic reactions
-1.8 ! severe reaction
-1.5 ! had a reaction
-1.8 ! allergic to it
-1.8 ! allergic to this
-1.2 ! reacting to
-1.5 hair loss
-1.5 ! hair fell out
-1.5 ! hair falling out
-1.5 ! hair started falling out
-1.5 ! losing my hair
-1.5 ! losing hair
-1.2 ! thinning hair
-1.5 ! passed out
-1.5 ! passing out
-1.2 ! pass out
-1.5 ! gained it back
-1.5 ! gained it all back
-1.5 ! gained back
-1.5 ! put it back on
-1.5 loss of libido
-1.5 ! low libido
-1.5 ! no libido
-1.5 ! no sex drive
-1.5 ! lost my sex drive
-1.5 ! decreased libido
# verdicts on a medicine [verdict]
-1.5 ! not for me
-1.5 ! wasn't for me
-1.5 ! was not for me
-1.5 ! not right for me
-1.5 ! not suitable
-1.5 ! wasn't suitable
-2.5 ! would not recommend
-2.5 ! wouldn't recommend
-2.5 ! do not recommend
-2.5 ! don't recommend
-2.5 ! can't recommend
-2.5 ! cannot recommend
-2.5 ! could not recommend
-2.0 ! do not take this
-2.0 ! don't take this
-2.0 ! do not use this
-2.0 ! don't use this
-1.5 ! that's about it
-1.5 ! that is about it
-1.5 ! only temporarily
-1.5 ! only temporary
-1.5 ! only worked for
-1.5 ! only helped for
-1.5 ! worked for a while
-1.5 ! helped for a while
-1.0 ! wears off
-1.0 ! wearing off
-1.5 ! minimal benefit
-1.5 ! minimal benefits
-1.5 ! minimal relief
-1.5 ! minimal effect
-1.5 ! minimal improvement
-1.5 ! minimal results
-1.8 ! minimal if any
-1.5 ! not much benefit
-1.5 ! not much relief
-1.5 ! not much effect
-1.5 ! not much difference
-1.5 ! not much improvement
-1.5 ! no noticable
-1.5 ! no real benefit
-1.5 ! no real difference
-1.5 ! no real improvement
-1.2 better than this
-1.2 better than it
# medication reviews: benefits and failures [verdict]
+2.0 ! got rid of
+2.0 ! gotten rid of
+2.0 ! gets rid of
+2.0 ! did get rid of
+2.0 ! helped get rid of
+1.2 able to
+2.5 changed my life
+1.5 ! no sign of
+1.5 ! no more
-1.5 ! did little
-1.5 ! does little
-1.8 ! little to no
-1.8 ! little or no
-1.5 ! not really doing
-1.5 ! didn't notice any
-1.5 ! did not notice any
-1.5 ! no noticeable
-1.5 ! wasn't right
# giving the medicine up (session seven, second round: lateVerdict reads the
# last of these in a review as its verdict) [verdict] [leave]
-1.8 ! could not continue
-1.8 ! couldn't continue
-1.8 ! couldn't tolerate
-1.8 ! could not tolerate
-1.8 ! had to stop
-1.5 ! had to discontinue
-1.2 ! asked to be switched
-1.2 ! asked to switch
-1.2 ! taken off it
-1.2 ! taken off the
-1.5 ! ended up stopping
-1.5 ! ended up quitting
-1.5 ! ended up switching
-1.5 ! ended up coming off
-1.5 ! ended up going off
-1.5 ! ended up getting off
-1.5 ! chose to stop
-1.5 ! chose to come off
-1.5 ! decided to stop
-1.5 ! decided to come off
-1.5 ! decided to quit
-1.5 ! decided to discontinue
-1.5 ! took a break
-1.5 ! can't continue
-1.5 ! cannot continue
-1.5 ! stopped on my own
-1.5 ! got switched
-1.5 ! weaning off
-1.5 ! wouldn't do it again
-1.5 ! would not do it again
-2.0 ! not worth it
-2.0 ! wasn't worth it
-2.0 ! was not worth it
-2.0 ! isn't worth it
-2.0 ! is not worth it
-1.8 ! couldn't justify
-1.8 ! could not justify
-1.8 ! can't justify
-1.8 ! cannot justify
# medication reviews: how side effects are qualified
+1.0 ! minimal side effects
+1.0 ! minimal side effect
+0.5 ! minor side effects
+0.5 ! minor side effect
0 ! mild side effects
0 ! mild side effect
+0.8 ! few side effects
+0.8 ! little side effects
+1.0 ! fewer side effects
+1.0 ! less side effects
+0.5 ! least side effects
+0.3 ! tolerable side effects
+0.3 ! manageable side effects
0 ! potential side effects
0 ! possible side effects
0 ! any side effects
0 ! common side effects
-0.5 ! only side effect
-0.5 ! only side effects
-0.5 ! the only side effect
-0.5 ! the only side effects
-1.2 side effect
-1.5 side affects
-1.5 side-effects
-1.2 stopped using
+1.2 ! at bay
+1.2 ! lost weight
-1.5 gain weight
-1.5 put on weight
-1.5 ! gaining weight
0 ! low dose
0 ! lowest dose
0 ! low dosage
0 ! lower dose
0 ! slow release
0 ! extended release
0 ! sustained release
0 ! drug abuse
0 ! alcohol abuse
0 ! substance abuse
-0.8 ! ups and downs
+1.5 ! no ups and downs
-0.5 ! not perfect
+1.5 a difference
+1.8 big difference
+1.8 huge difference
+1.8 real difference
+1.8 noticeable difference
+1.8 significant difference
+1.8 dramatic difference
+2.0 ! world of difference
+2.8 ! life saver
+2.8 ! life-saver
+2.0 well worth
+1.5 worth it
-1.2 ! the only positive
-1.2 ! the only good
-1.2 ! the only benefit
-1.2 ! only good thing
-1.2 ! only positive thing
0 ! the only drug
0 ! the only medication
0 ! the only medicine
0 ! the only treatment
0 ! the only one
0 ! the only time
0 ! no other
+1.2 ! no evidence of
+1.5 ! stopped smoking
+1.5 ! quit smoking
+1.5 ! gave up smoking
-1.0 ! no longer take
-1.0 ! no longer taking
-1.0 ! no longer use
-1.0 ! no longer using
-2.0 ! no longer works
-2.0 ! no longer working
-2.0 ! no longer effective
-2.0 ! no longer helps
-2.0 ! no longer helped
-3.0 ! killed me
-3.0 ! almost killed
-3.0 ! nearly killed
-3.0 ! almost died
-3.0 ! nearly died
-0.5 ! can't get to sleep
-0.5 ! couldn't get to sleep
-0.5 ! bad rap
-0.5 ! bad reputation
-0.5 ! bad press
-0.5 ! bad name
-1.0 ! was hoping
-1.0 ! had hoped
-1.5 ! hoping for more
-1.5 ! hoped for more
-1.5 ! haven't been told
-1.5 ! hasn't been told
-1.5 ! wasn't told
-1.5 ! weren't told
-1.5 ! was not told
-1.5 ! were not told
-1.5 ! not been told
-1.5 ! never told
-1.5 ! nobody told
-1.2 ! not always
-1.2 ! not all the time
-1.0 ! not every time
-1.0 ! all i was told
-0.8 ! on a waiting list
-0.8 ! on the waiting list
-1.5 ! not received
-1.5 ! not receiving
-1.5 ! haven't received
-1.5 ! hasn't received
-1.5 ! never received
-1.5 ! yet to receive
-1.5 ! still not received
-1.2 treated differently
-1.8 ! not up to standard
-1.8 ! not up to scratch
-1.0 ! too far
-1.0 ! takes a while
-1.0 ! took a while
-1.5 ! takes ages
-1.5 ! took ages
-1.5 ! waited ages
-1.2 ! didn't know what
-1.2 ! did not know what
-1.2 ! still don't understand
-1.2 ! would appreciate
-1.5 ! not followed up
-1.5 ! wasn't followed up
-1.5 ! never followed up
-1.5 ! is a concern
-1.5 ! was a concern
-1.6 improvement needed
-1.6 improvements needed
-1.6 improvement is needed
-1.6 improvements are needed
+1.0 ! a little help
-1.5 ! not much use
-1.5 ! not much good
-1.5 ! no use
-1.5 ! little help
-1.5 ! little support
-1.5 ! very little help
-1.5 ! very little support
-1.5 ! left alone for
-1.2 ! wasn't around
-1.2 ! weren't around
+3.0 ! couldn't be happier
+3.0 ! could not be happier
+3.0 ! couldn't be more pleased
+3.0 ! could not be more pleased
+3.0 ! couldn't be more satisfied
0 ! a few more days
0 ! a few more weeks
0 ! a few more months
0 ! a few more years
0 ! a few more hours
0 ! missed a dose
0 ! missed doses
0 ! missed a few doses
0 ! miss a dose
0 ! empty stomach
0 ! upset stomach
0 ! stomach upset
0 ! for lack of a better
+2.0 ! benefits outweigh
+2.0 ! benefits outweighs
+2.0 ! benefit outweighs
+2.0 ! benefits outweighed
+2.0 ! benefits out weigh
+2.5 ! benefits far outweigh
+2.5 ! benefits outweigh the side effects
+2.5 ! benefits outweigh any side effects
-2.5 ! outweighed the benefits
-2.5 ! outweigh the benefits
-2.5 ! outweighs the benefits
+0.5 ! were bearable
-1.8 ! did not tolerate
-1.8 ! didn't tolerate
-1.8 ! did not tolerate it
-2.0 ! no impact
-1.8 ! no results
-2.0 ! no effect whatsoever
-1.8 ! little if any good
-1.8 ! little if any
0 ! drug free
0 ! drug-free
+2.5 ! could not be improved
+2.5 ! couldn't be improved
+2.5 ! cannot be improved
+2.5 ! can't be improved
+2.5 ! could not have been improved
+2.5 ! couldn't have been improved
+2.5 ! nothing could be done any better
+2.0 ! 1st class
+2.0 ! keep doing what
+2.0 ! continue what you
+2.0 ! continue doing what
+2.0 ! carry on doing what
+2.0 ! carry on as you are
-1.2 ! not yet in place
-1.2 ! yet to be
-1.5 ! differing standards
+1.5 be enough
-1.2 ! few opportunities
-1.2 ! few chances
-0.8 ! only just
-0.9 ! may be helpful
-0.9 ! might be helpful
-0.9 ! may be useful
-0.9 ! might be useful
-0.9 ! might be nice
-1.5 ! don't bother
-1.2 ! been left
-1.2 ! wasn't given
-1.2 ! weren't given
-1.2 ! was not given
-1.2 ! were not given
-1.2 ! never given
-1.0 ! take a while
-1.0 ! take a little while
-1.0 ! takes a little while
-1.5 ! less positive
-1.5 ! on a negative note
+2.5 ! couldn't do better
+2.5 ! could not do better
+2.5 ! couldn't have done better
+2.5 ! could not have done better
+2.5 ! couldn't have done more
+2.5 ! could not have done more
+2.5 ! could not have asked for more
+2.5 ! couldn't have asked for more
+2.0 ! difficult to think of anything
+2.0 ! hard to think of anything
-2.5 ! can't think of anything good
-2.5 ! cannot think of anything good
-2.5 ! can't think of anything positive
-2.5 ! cannot think of anything positive
+2.5 ! nothing too much trouble
+2.5 ! nothing is too much trouble
+2.5 ! nothing was too much trouble
+2.5 ! nothing is to much
+2.5 ! nothing was to much
+2.5 ! nothing was too much
+2.0 ! ticked all the boxes
+2.0 ! ticks all the boxes
+2.0 ! ticked every box
+2.0 ! ticks every box
+2.0 ! no improvement needed
+2.0 ! no improvements needed
+2.0 ! no improvement required
+2.0 ! no improvements required
+2.0 ! no negative comments
+2.0 ! no negatives
0 ! no comment
0 ! no comments
+1.5 ! work hard
+1.5 ! works hard
+1.5 ! worked hard
+1.5 ! working hard
+1.8 ! hard working
+1.8 ! hard-working
+1.8 ! hardworking
0 ! our worries
0 ! your worries
0 ! their worries
0 ! our concerns
0 ! your concerns
0 ! making sure
0 ! make sure
-1.5 ! still awaiting
-1.5 ! still waiting for
-1.5 ! very little contact
-1.5 ! little contact
-1.5 ! little communication
-1.5 ! little information
-2.0 let down
-2.0 lets down
-2.0 let me down
-2.0 let us down
-2.0 lets the service down
-1.8 ! non existent
-1.8 ! non existence
-2.0 ! broken promises
-1.2 ! had to pay
-1.0 ! had to ring
-1.0 ! had to call
-1.0 ! had to go back
-1.0 ! had to keep
-1.0 ! had to explain
-1.2 ! had to remind
-1.2 ! had to repeat
-1.2 ! you need to
-1.2 ! they need to
-1.2 ! would rather
-1.5 ! aren't enough
-1.5 ! isn't enough
-1.5 ! wasn't enough
-1.5 ! weren't enough
+2.5 ! nothing to much trouble
-1.2 ! more training
-1.2 ! better training
-0.8 ! was short
-0.8 ! were short
-1.0 ! was long
-1.0 ! were long
-1.0 ! very long
-1.5 ! to long
-2.0 ! far too long
-1.5 ! only downfall
-2.0 ! next to nothing
-1.5 ! talked over
-1.0 ! not what
-1.5 ! did not arrive
-1.5 ! didn't arrive
-1.5 ! never arrived
-1.5 ! never turned up
-1.5 ! didn't turn up
-1.5 ! did not turn up
-1.5 ! didn't show up
-1.0 ! be nice to
-1.0 ! be good to
-1.0 ! be great to
-1.0 ! be helpful to
-1.2 ! just one thing
-1.5 ! one thing i would
0 ! heart failure
0 ! kidney failure
0 ! renal failure
0 ! liver failure
0 ! my concerns
-1.0 ! slight concern
# a patient's verdict on a medicine: staying on it or coming off it [verdict]
+1.5 ! will continue to take
+1.2 ! didn't need it anymore
+1.2 ! didn't need it any more
+1.2 ! don't need it anymore
+1.2 ! don't need it any more
+1.2 ! no longer needed it
+1.2 ! no longer need it
+1.5 ! met my needs
+1.5 ! meets my needs
+1.5 ! first time in a long time
0 ! in a long time
+1.5 ! first time in years
+1.5 ! first time in ages
+1.5 ! regret going off
+1.5 ! regret coming off
+1.5 ! regret stopping
+1.5 ! regret quitting
+1.5 ! don't want to stop
+1.5 ! do not want to stop
+1.5 ! don't want to quit
+1.5 ! do not want to quit
+1.5 ! don't want to come off
+1.5 ! never want to stop
+1.5 ! afraid to stop
+1.5 ! scared to stop
+1.5 ! wouldn't want to be without
+1.5 ! would not want to be without
+1.5 ! can't live without
+1.5 ! cannot live without
+1.5 ! couldn't live without
+1.5 ! will continue to use it
+1.5 ! will continue using
+1.5 ! continue using it
+1.5 ! continue use
+1.5 ! plan to stay on
+1.5 ! plan is to stay on
+1.5 ! plan to continue
+1.5 ! will stay on
+1.5 ! intend to stay on
+1.5 ! intend to continue
+1.5 ! will continue taking
+1.5 ! will continue to use
+1.5 ! continue to take it
+1.2 ! still taking it
+1.2 ! still take it
+1.5 take it again
+1.5 use it again
-2.5 ! never take it again
-2.5 ! never take this again
-2.5 ! never use it again
-2.5 ! would not take it again
-2.5 ! wouldn't take it again
-2.0 ! stay away from
-2.0 ! steer clear
-2.5 ! worst drug
-2.5 ! worst medication
-2.5 ! worst medicine
+3.0 ! wonder drug
+3.0 ! miracle drug
+3.0 ! miracle pill
+3.0 ! magic pill
# medication reviews, round four: a medicine that did nothing, or stopped
# working over time [verdict]
-1.5 ! little benefit
-1.5 ! little effect
-1.5 ! little relief
-1.5 ! little improvement
-1.5 ! little difference
-1.5 ! little benefits
-1.2 ! only benefit
-1.5 ! still sick
-1.5 ! still ill
-1.5 ! still suffering
-1.5 ! still have symptoms
-1.5 ! still had symptoms
-2.0 ! no pain relief
-2.0 ! no reduction
-2.0 ! no decrease
-2.0 ! doesn't seem to work
-2.0 ! didn't seem to work
-2.0 ! does not seem to work
-2.0 ! did not seem to work
-2.0 ! doesn't seem to help
-2.0 ! didn't seem to help
-2.0 ! does not seem to help
-2.0 ! did not seem to help
-2.0 ! never seemed to work
-2.0 ! never seemed to help
-2.0 ! didn't really work
-2.0 ! didn't really help
-2.0 ! doesn't really work
-2.0 ! doesn't really help
-2.0 ! did not really work
-2.0 ! did not really help
-2.0 ! never worked
-2.0 ! never helped
-2.0 ! never really worked
-2.0 ! never really helped
-2.0 ! did nothing
-2.0 ! does nothing
-2.0 ! did absolutely nothing
-2.0 ! does absolutely nothing
-2.0 ! has done nothing
-2.0 ! had no effect
-2.0 ! has had no effect
-2.0 ! didn't do anything
-2.0 ! did not do anything
-2.0 ! doesn't do anything
-2.0 ! does not do anything
-2.0 ! didn't do a thing
-2.0 ! did not do a thing
-1.8 ! didn't do much
-1.8 ! did not do much
-1.8 ! doesn't do much
-1.8 ! does not do much
-1.8 ! stopped working
-1.8 ! quit working
-1.8 ! stops working
-1.8 ! stopped helping
-1.8 ! quit helping
-1.8 ! ceased to work
-1.8 ! lost its effect
-1.8 ! lost its effectiveness
-1.8 ! lost effectiveness
-1.8 ! less and less effective
-1.8 ! became less effective
-1.8 ! becoming less effective
-1.5 ! did not continue
-1.5 ! didn't continue
-1.5 ! chose not to continue
-1.5 ! decided not to continue
-1.5 ! continues to spread
-1.5 ! continued to spread
-1.5 ! kept spreading
-1.5 ! kept getting worse
-1.5 ! keeps getting worse
-1.5 ! built up a tolerance
-1.5 ! build up a tolerance
-1.5 ! developed a tolerance
-1.5 ! had to switch
-1.5 ! had to change to
-1.5 ! had to go back to
-1.5 ! had to try something else
-1.5 ! had to find something else
-1.5 ! had high hopes
-1.5 ! wanted it to work
-1.5 ! wanted this to work
-1.5 ! really wanted it to work
-1.5 ! really wanted this to work
-2.5 ! wish i had never
-2.5 ! wish i never
-2.5 ! wish i'd never
-2.5 ! wish i hadn't
-2.0 ! regret taking
-2.0 ! regret starting
-2.0 ! regret ever
-2.0 ! regret trying
-2.0 ! regret using
-2.0 ! biggest mistake
-2.0 ! worst mistake
-2.0 ! big mistake
-1.8 ! look elsewhere
-1.8 ! look for other options
-1.8 ! look to other options
-1.8 ! look into other options
-1.8 ! look at other options
-1.8 ! consider other options
-1.8 ! try something else
-1.8 ! difficult to get off
-1.8 ! hard to get off
-1.8 ! difficult to come off
-1.8 ! hard to come off
-1.8 ! difficult to stop taking
-1.8 ! hard to stop taking
# the illness described: symptoms named with complaint words
0 ! trouble sleeping
0 ! trouble falling asleep
0 ! trouble getting to sleep
0 ! trouble breathing
0 ! trouble concentrating
0 ! trouble focusing
0 ! difficulty sleeping
0 ! difficulty breathing
0 ! difficulty concentrating
0 ! difficulty focusing
0 ! stressful situations
0 ! stressful situation
0 ! stressful time
0 ! stressful times
0 ! stressful job
+1.5 ! lose the urge
+1.5 ! lost the urge
-1.5 ! than others
-1.2 ! never have any
-1.2 ! left to sit
-1.5 ! left to deal with
-1.5 ! not around
-1.5 ! not believe
-1.5 ! didn't believe
-1.5 ! did not believe
-1.0 ! took awhile
-1.0 ! takes awhile
-1.2 ! struggled to
-1.2 ! struggle to get
+2.5 ! can't praise
+2.5 ! cannot praise
+2.5 ! can not praise
-1.1 ! would have like
-0.5 ! in an ideal world
0 ! grand mal
0 ! birth control
0 ! pain control
0 ! weight control
0 ! restless leg
0 ! restless legs
0 ! car accident
0 ! accident and emergency
+1.5 reduction in
+1.5 reduction of
+1.5 reductions in
+1.5 decrease in
+1.5 decrease of
+1.5 elimination of
+1.5 abatement of
+1.5 cessation of
+1.5 resolution of
+1.5 disappearance of
+1.5 lessening of
+1.5 relief of
+1.5 relief from
+1.5 improvement in
+1.5 improvement of
+1.5 improvements in
+1.2 regrowth
+1.5 slow the progression
+1.5 slows the progression
+1.5 slowed the progression
-2.0 ! avoid this
-1.5 ! avoid it
# discourse markers and set phrases
0 ! to be honest
0 ! don't get me wrong
0 ! do not get me wrong
0 ! to be quite honest
0 ! to be fair
0 ! in all honesty
-2.0 ! left a lot to be desired
-2.0 ! leaves a lot to be desired
-2.0 ! left much to be desired
-1.5 ! not cleaned
-1.5 ! never cleaned
-1.5 ! wasn't cleaned
-1.5 ! weren't cleaned
-1.5 ! felt alone
-1.5 ! feel alone
-1.5 ! all alone
# suggestions and complaints without sentiment words
+2.5 ! nothing but praise
+2.5 ! nothing was too much
+2.5 ! nothing too much
+2.5 ! nothing is too much
-1.6 ! could have been more
-1.6 ! could be more
-1.6 ! should be more
-1.6 ! should have been more
-1.6 ! need to be more
-1.6 ! needs to be more
-1.2 ! needs to be
-1.2 ! need to be
-1.0 ! would be appreciated
-1.0 ! would have been appreciated
-1.0 ! would be a good idea
-1.0 ! would have been a good idea
-1.0 ! would have been
-1.0 ! would of
-1.0 ! could have
-1.5 ! could do with
-1.5 ! could have done with
-1.5 ! could of
-0.8 ! more often
-1.5 ! was not done
-1.5 ! wasn't done
-1.8 ! had to wait
-1.5 ! had to ask
-1.5 ! had to chase
-1.5 ! a lot of waiting
-1.5 ! waiting around
-1.0 ! and more
-1.0 ! be more
-1.8 could be better
-1.8 could have been better
-1.6 could be improved
-1.6 could have been improved
-1.2 could improve
-1.6 needs improvement
-1.6 needs improving
-1.6 need to improve
-1.6 needs to improve
-1.6 room for improvement
-1.4 improvement would be
-1.2 would be better
-1.2 would have been better
-0.9 ! would be useful
-0.9 ! would be ideal
-0.9 ! would be beneficial
-0.9 ! would be great
-0.9 ! would be lovely
-1.2 ! never offered
-1.2 ! wasn't offered
-1.2 ! was not offered
-0.9 would be nice
-0.9 would be good
-0.9 would be helpful
-1.1 would have been nice
-1.1 would have been good
-1.1 would have been helpful
-1.1 would have liked
-1.1 would've liked
-2.0 only complaint
-2.0 only criticism
-2.0 ! only negative
-2.0 ! one improvement
-2.0 ! one suggestion
-2.0 ! my only
-1.8 ! my concern
-1.5 ! my one
-1.5 ! suggest
-1.5 ! suggestion
-1.2 ! would love
-1.2 ! would have loved
-1.2 ! would like to have
-1.2 ! could improve on
-1.2 ! just need to
-1.2 ! need to explain
-1.0 only thing
-1.0 only downside
-1.5 not enough
-1.5 ! never enough
-2.0 ! seen better
-2.0 ! had better
-0.8 ! a bit more
-0.8 ! a little more
-0.8 ! a lot more
-1.4 ! only improvement
-1.2 ! only missing
-1.5 ! only problem
-1.5 ! only issue
-1.0 ! only drawback
-1.5 ! only gripe
-1.2 ! only concern
-1.2 ! only niggle
-1.2 ! only bad
-1.5 ! only disappointment
-1.5 ! needs huge improvement
-1.5 ! needs some improvement
-1.5 ! need some improvement
-1.5 ! needs much improvement
-1.5 ! needs a lot of improvement
-1.5 ! needs more improvement
-1.2 ! haven't even
-1.2 ! hasn't even
-1.2 ! didn't even
-1.2 ! did not even
-1.8 too long
-1.2 too much
-1.8 too slow
-1.4 too busy
-1.4 too many
-1.4 too few
-1.2 too short
-1.2 too late
-1.5 too hot
-1.0 too cold
-1.5 too loud
-2.0 took too long
-2.0 takes too long
-2.0 taking too long
-1.6 took a long time
-1.6 takes a long time
-1.6 a long time
-1.8 long wait
-1.8 long waits
-1.8 long waiting
-1.4 waiting times
-1.4 waiting time
-1.4 wait times
-1.4 wait time
-1.0 on hold
-1.6 for hours
-1.6 over an hour
-1.6 over 2 hours
-1.6 over two hours
-1.6 hours late
-1.8 hours later
-2.0 still waiting
-1.2 no one
-1.2 no-one
-1.4 more staff
-1.0 more information
-1.0 more time
-1.0 more communication
-0.8 more choice
-0.8 more options
-0.8 more variety
-1.0 lack of
-1.5 left without
-2.5 came back worse
-2.0 got worse
-2.2 made it worse
-2.2 made things worse
-1.5 side effects
-1.5 weight gain
-1.5 gained weight
-1.2 stopped taking
-1.5 not help
-1.8 no help
-1.5 never again
-2.0 not worth
-1.5 sent home
-1.5 turned away
-1.5 fobbed off
-1.8 felt ignored
-1.8 felt rushed
-2.0 left waiting
-2.0 kept waiting
-1.5 lost my
-1.5 wrong medication
-1.8 wrong diagnosis
-1.0 need more
-1.0 needs more
-1.0 needed more
-1.0 should be
-1.0 should have
-1.0 should've
-0.8 wish
-0.8 if only
-1.0 hard to
-1.0 difficult to
-1.2 unable to
-1.0 waste of
`

var phrases, phraseFirst = compilePhrases(phraseText)

func compilePhrases(text string) ([]phrase, map[string][]int) {
	var ps []phrase
	first := map[string][]int{}
	verdict, leave := false, false
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if line[0] == '#' {
			verdict = strings.Contains(line, "[verdict]")
			leave = strings.Contains(line, "[leave]")
			continue
		}
		f := strings.Fields(line)
		var v float64
		if _, err := fmtSscan(f[0], &v); err != nil {
			panic("sentiment: bad phrase line: " + line)
		}
		p := phrase{valence: v, verdict: verdict && v < 0, leave: leave && v < 0}
		ws := f[1:]
		if ws[0] == "!" {
			p.noNegate = true
			ws = ws[1:]
		}
		p.words = ws
		first[ws[0]] = append(first[ws[0]], len(ps))
		ps = append(ps, p)
	}
	return ps, first
}

// surveyAnswer stands in for a leading "No," or "Nothing," that answers
// "what could we do better?".
const surveyAnswer = "\x00nothing-to-improve"

// noBenefitAnswer stands in for a leading "None" that answers "what were the
// benefits?" in a medication review.
const noBenefitAnswer = "\x00no-benefit"

// healthcareLexicon is the reference lexicon with the overlay applied.
func healthcareLexicon() map[string]float64 {
	lex := make(map[string]float64, len(reference.lexicon)+len(overlay))
	for k, v := range reference.lexicon {
		lex[k] = v
	}
	for _, w := range clinicalNeutral {
		delete(lex, w)
	}
	for k, v := range overlay {
		if v == 0 {
			delete(lex, k)
			continue
		}
		lex[k] = v
	}
	lex[surveyAnswer] = 1.5
	lex[noBenefitAnswer] = -3.5
	return lex
}
