package sentiment

import (
	"strings"
	"testing"
)

func stars(v float64) *float64 { return &v }

func TestHealthcareLayer(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// disease and anatomy words carry no sentiment
		{"I was diagnosed with heart disease.", Neutral},
		{"My mother has cancer and was admitted to the ICU.", Neutral},
		// waiting, billing, being ignored, coming back worse
		{"I waited 3 hours in the ER.", Negative},
		{"We were kept waiting for hours.", Negative},
		{"They overcharged me and billed my insurance twice.", Negative},
		{"The nurses ignored my call bell all night.", Negative},
		{"I came back worse than when I went in.", Negative},
		{"Nobody called me back about my results.", Negative},
		{"The wait time was too long.", Negative},
		// good clinical news is good news
		{"Thankfully I tested negative.", Positive},
		{"The biopsy was benign.", Positive},
		{"Got the all clear from my oncologist.", Positive},
		// praise
		{"Dr. Patel was thorough, attentive and explained everything.", Positive},
		{"Can't fault the care on ward 4.", Positive},
		{"Nothing to improve, keep it up", Positive},
		{"No problems with parking.", Positive},
		// survey answers to "what could we do better?"
		{"Nothing.", Positive},
		{"More staff at weekends.", Negative},
		{"Could be better organised.", Negative},
		{"The doctors didn't listen to me.", Negative},
		{"Can't think of anything.", Positive},
		{"Not a thing.", Positive},
		{"I don’t think so.", Positive},
		{"Staff.", Positive},
		{"N/A", Neutral},
		{"Excellent service, could not be improved.", Positive},
		{"Just keep doing what you do.", Positive},
		{"Don't change a thing.", Positive},
		{"Not have cold toast at breakfast.", Negative},
		{"I would prefer a later appointment.", Negative},
		{"There was a real lack of compassion.", Negative},
		{"The shower was not working.", Negative},
		{"Nothing could have been done better.", Positive},
		{"I don't think anything could be improved.", Positive},
		{"Things could have been done better.", Negative},
		{"Staff always have time if you have any worries.", Neutral},
		{"Long wait for the call bell, everything else was great.", Negative},
		{"Date of discharge 28/02. Nothing, staff very nice.", Positive},
		{"My only complaint is the parking, the care was lovely.", Negative},
		{"Could not have done anything better.", Positive},
		{"Couldn't get an appointment, they need more staff.", Negative},
		{"Absolutely nothing, everyone was amazing.", Positive},
		{"Phone answered quickly.", Positive},
		{"Staff are never around, always too busy.", Negative},
		{"Waiting times were excessive, but I appreciate they are busy.", Negative},
		{"Nothing too much trouble for anyone.", Positive},
		{"A bit of entertainment in the evenings would be nice.", Negative},
		{"Talk to us more.", Negative},
		{"The care was excellent and just what I needed.", Positive},
		{"Got everything I needed and more.", Positive},
		// wishes, requests and unmet expectations
		{"I wish there was a bit more support available in the evenings.", Negative},
		{"Not all staff knew what they were doing or cared about us.", Negative},
		{"Staff perhaps overly friendly at times.", Negative},
		{"The breakfast toast could be warmer.", Negative},
		{"The food could taste better.", Negative},
		{"Someone to talk to in the evenings.", Negative},
		{"Not leaving us in the dark.", Negative},
		{"I was looked after well but I was hoping for more physiotherapy.", Negative},
		{"I still haven't been told when my next appointment is.", Negative},
		{"Less waiting time for appointments.", Negative},
		{"Nursing staff can be nice, but not all the time.", Negative},
		{"The food was not quite so good.", Negative},
		{"Staff to listen more when patients are talking.", Negative},
		{"Just to encourage knocking before entering a room.", Negative},
		{"To be honest, the nurses were brilliant.", Positive},
		{"The physio was not much use to me.", Negative},
		{"I was left alone for two hours.", Negative},
		{"The tea was cool when it arrived.", Neutral},
		{"I had no pain relief for hours.", Negative},
		{"No improvements needed.", Positive},
		{"The doctors need to treat patients like human beings.", Negative},
		{"Nothing, just allow more visiting.", Negative},
		{"A chat group for parents would be very useful.", Negative},
		{"Toilets to be cleaner.", Negative},
		{"All good but lights in the corridor could be turned off at night.", Negative},
		{"The food could be a little bit better.", Negative},
		{"Clean the shower more often.", Negative},
		{"Clean and tidy.", Positive},
		{"I wasn't given a contact number.", Negative},
		{"The stair lift has yet to be installed.", Negative},
		{"There doesn't seem to be enough time.", Negative},
		// praise that VADER reads as complaint
		{"Would definitely recommend to anyone.", Positive},
		{"Cannot fault the care being given to our mum.", Positive},
		{"Couldn't do better.", Positive},
		{"I couldn't have got through this without their support.", Positive},
		{"They all work very hard.", Positive},
		{"No improvement needed.", Positive},
		{"You have ticked all the boxes for me.", Positive},
		{"Not much, it was very good.", Positive},
		{"I can't think of anything good about my stay.", Negative},
		{"Nothing really, but maybe sometimes more staff because it can get hectic.", Negative},
		{"More friendly staff at the weekend.", Negative},
		{"Keep being amazing.", Positive},
		{"Keep a better check on personal possessions.", Negative},
		{"Have gone without a migraine for three weeks now.", Positive},
		{"Booking home visits lets the service down.", Negative},
		{"They never let us down.", Positive},
		{"I've had to pay privately to get help.", Negative},
		{"There aren't enough doctors.", Negative},
		{"Discharge delays.", Negative},
		{"The system needs updating with my current doses.", Negative},
		{"People aren't challenged enough at the door.", Negative},
		{"I can't thank you enough.", Positive},
		{"Do better.", Negative},
		{"The wait was far too long.", Negative},
		{"The letter did not arrive.", Negative},
		{"Not what you expect from a private hospital.", Negative},
		{"The talks were mostly about heart failure.", Neutral},
		{"Some slight concern about going home.", Negative},
		{"Some staff were more engaging than others.", Negative},
		{"The nurse did not believe my pain score.", Negative},
		{"We can't praise her too highly.", Positive},
		{"Not around for telephone support.", Negative},
		// medication reviews: the illness relieved is not a complaint
		{"The terrible rash and itching subsided within two days.", Positive},
		{"The awful pain never went away.", Negative},
		{"Before taking it I was exhausted, irritable and miserable. Now I sleep well and feel fine.", Positive},
		{"It got rid of my migraines.", Positive},
		{"It did little for my acne and I had to stop.", Negative},
		{"My outbreaks were extremely painful and I was miserable. This cream cleared them in a week.", Positive},
		{"It gave me terrible headaches and awful nausea.", Negative},
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil); got.Label != c.want {
			t.Errorf("Score(%q) = %+v, want %s", c.text, got, c.want)
		}
	}
}

// TestMedicationReviews pins the medication-review rules: relief and
// absence of symptoms, side effects as qualified, the "None" that answers
// "what were the benefits?", weight changes, and negation and contrast
// that stay inside their clause or sentence.
func TestMedicationReviews(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// "like" compares unless it is the verb
		{"I felt like a zombie all day.", Negative},
		{"I really like the new clinic.", Positive},
		// absence of a symptom is good news
		{"No more headaches and no nausea at all.", Positive},
		{"I haven't had a single migraine since starting it.", Positive},
		{"Slept through the night without feeling groggy.", Positive},
		{"It didn't help my headaches at all.", Negative},
		// relief verbs carry praise with their symptom, unless denied
		{"It lowered my cholesterol and stopped the panic attacks.", Positive},
		{"My back pain disappeared within a week.", Positive},
		{"It didn't reduce the pain.", Negative},
		// side effects as the patient qualifies them
		{"Minimal side effects and it works.", Positive},
		{"The only side effect was a dry mouth, it works great.", Positive},
		{"The side effects were unbearable.", Negative},
		// the benefits answer "None" in a medication review
		{"None. I took it for a month and stopped.", Negative},
		{"None.", Positive},
		// weight
		{"I lost 20 pounds in two months.", Positive},
		{"I gained 15 lbs in the first month.", Negative},
		{"It gave me terrible headaches.", Negative},
		// negation and contrast stay in their clause and sentence
		{"The dose is simple to take and not complicated. Pretty convenient overall.", Positive},
		{"The cream didn't seem to be very effective.", Negative},
		{"I don't feel the phone assessment was good.", Negative},
		{"It made a huge difference to my sleep.", Positive},
		{"The care left a lot to be desired.", Negative},
		{"It cleared my skin in a month and I am thrilled. I had some dryness at first, but it passed.", Positive},
		// doubt, listed benefits, earlier treatments, comparisons
		{"Not sure it really helped.", Negative},
		{"Better sleep, more energy and clearer skin.", Positive},
		{"Better food.", Negative},
		{"Previously took another tablet but still had awful problems. This one is great.", Positive},
		{"Much better than the last clinic.", Positive},
		{"Very little benefit and I stopped after a month.", Negative},
		{"I no longer take it because it no longer works.", Negative},
		{"No longer have migraines.", Positive},
		{"The nurses treated me like a criminal.", Negative},
		{"This drug almost killed me.", Negative},
		{"I will continue to take it.", Positive},
		{"I would never take it again.", Negative},
		{"Stay away from this medication.", Negative},
		{"A miracle pill for my migraines.", Positive},
		{"It was not like normal acne.", Neutral},
		{"I do not like the taste of it.", Negative},
		{"When I stopped taking the tablets the awful headaches came back.", Positive},
		{"I take an anti inflammatory with it.", Neutral},
		{"I have had restless legs for years.", Neutral},
		{"Breast tenderness in the first week.", Neutral},
		// impairment is background in a medication review, a complaint elsewhere
		{"The tablets are pricey and I had real difficulty walking until the first dose, now I walk to the shops and feel good.", Positive},
		{"The clinic is pricey and I had real difficulty walking from the car park, now I walk to the shops and feel good.", Negative},
		{"Took the tablets for a month: no hot flashes, no night sweats and no periods.", Positive},
		{"I had trouble sleeping in stressful situations.", Neutral},
		{"On the tablets I would still wake up twice a night, but I sleep well now.", Positive},
		{"Better quality of sleep and more motivated at work.", Positive},
		{"More attentive nurses at night.", Negative},
		{"Reduce the risk of another stroke.", Neutral},
		{"Reduce waiting times.", Negative},
		{"Be aware that it can stain your pillow.", Neutral},
		{"Make sure staff get their breaks.", Negative},
		{"Apply the gel at night and wait twenty minutes before bed.", Neutral},
		{"I waited twenty minutes to be seen.", Negative},
		{"Could not be happier with the result.", Positive},
		{"The benefits outweigh the side effects.", Positive},
		{"The side effects outweighed the benefits.", Negative},
		{"I missed a few doses last month.", Neutral},
		{"Did not tolerate the medication and stopped after a week.", Negative},
		{"No impact whatsoever on my pain.", Negative},
		{"Well, I took it for the pain in my knee.", Neutral},
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil); got.Label != c.want {
			t.Errorf("Score(%q) = %+v, want %s", c.text, got, c.want)
		}
	}
}

func TestMixed(t *testing.T) {
	text := "The surgeon was absolutely brilliant, amazing and kind, a wonderful caring team. " +
		"But the billing department is a disgrace: rude, useless, incompetent and they overcharged me terribly."
	if got := New().Score(text, nil); got.Label != Mixed {
		t.Errorf("Score = %+v, want mixed", got)
	}
}

// TestLongReviewNotMixed pins the length-scaled mixed rule: a long review
// gathers praise and complaint sentence by sentence, and is mixed only when
// both are strong for its length.
func TestLongReviewNotMixed(t *testing.T) {
	text := "The nurses were wonderful and kind. The doctor was brilliant. " +
		"The ward was clean and the food was lovely. " +
		"But the parking was awful and expensive. The wait was terrible and the phone line was useless. " +
		"The discharge was chaotic. I am upset about the letters."
	got := New().Score(text, nil)
	if got.Label != Negative {
		t.Errorf("long review: %+v, want negative", got)
	}
}

func TestRatingInformsLabel(t *testing.T) {
	a := New()
	if got := a.Score("Saw the doctor on Tuesday.", stars(1)); got.Label != Negative || got.Compound >= 0 {
		t.Errorf("1 star neutral text: %+v, want negative", got)
	}
	if got := a.Score("Saw the doctor on Tuesday.", stars(5)); got.Label != Positive {
		t.Errorf("5 star neutral text: %+v, want positive", got)
	}
	if got := a.Score("Worst experience ever, horrible rude staff, disgusting.", stars(5)); got.Label != Mixed {
		t.Errorf("5 stars, furious text: %+v, want mixed", got)
	}
	if got := a.Score("Fine.", stars(9)); got != a.Score("Fine.", nil) {
		t.Errorf("out-of-range rating changed the score: %+v", got)
	}
}

func TestScoreBoundsAndHostileInput(t *testing.T) {
	a := New()
	for _, text := range []string{
		"", "   ", "\xff\xfe\xfd", "<script>alert(1)</script>",
		strings.Repeat("great ", 10000), strings.Repeat("awful!!! ", 10000),
		strings.Repeat("no ", 5000), "but but but", "kind of", "least",
		strings.Repeat("lovely care would be nice ", 20000), strings.Repeat("before taking it ", 20000),
	} {
		s := a.Score(text, nil)
		if s.Compound < -1 || s.Compound > 1 {
			t.Errorf("Score(%.20q) compound %v out of range", text, s.Compound)
		}
		switch s.Label {
		case Positive, Neutral, Negative, Mixed:
		default:
			t.Errorf("Score(%.20q) label %q", text, s.Label)
		}
	}
}

// TestMedicationRoundThree pins the third round of medication-review rules,
// one group per rule family, each with counter-examples that must not
// change. The sentences are the project's own.
func TestMedicationRoundThree(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// coming off a medicine because of it
		{"I had to come off the tablets after two weeks.", Negative},
		{"Unable to continue the medication past the first month.", Negative},
		{"I could not deal with the tablets and asked for a different drug.", Negative},
		{"I finished the course of tablets and feel great.", Positive},
		// harm the medicine did
		{"It gave me an allergic reaction within a day of the first dose.", Negative},
		{"My hair started falling out on these tablets.", Negative},
		{"Took the pills for a month and passed out twice.", Negative},
		{"No allergic reaction at all and the tablets cleared my skin.", Positive},
		{"It stopped my hair loss within three months of taking the tablets.", Positive},
		// verdicts
		{"I would not recommend this medication to anyone.", Negative},
		{"The tablets were not for me.", Negative},
		{"Would definitely recommend these tablets.", Positive},
		// the benefit field: "none" means no benefit
		{"None. Took 20mg every morning for a month.", Negative},
		{"The benefits were none, I took the tablets for three weeks.", Negative},
		{"None that I noticed. Took one pill daily.", Negative},
		{"None.", Positive},
		{"None, the staff were lovely.", Positive},
		// unmet expectations
		{"It was supposed to help me sleep. I took the tablets for a month.", Negative},
		{"The tablets were supposed to be taken with food.", Neutral},
		{"The pills were supposed to lower my blood pressure and they did, it is great.", Positive},
		// benefit that held only at first
		{"The tablets worked great at first, then stopped doing anything.", Negative},
		{"Initially it helped a lot with my mood while taking the pills.", Negative},
		{"At first I had some nausea from the tablets, but now they work great.", Positive},
		// too much of a good thing
		{"The dose of the tablets was too strong for me.", Negative},
		{"The tablets worked so well for me.", Positive},
		// a medication review: hope is not praise, instructions are not complaints
		{"I am hoping these tablets will help. Took 10mg daily.", Neutral},
		{"Apply the cream at night. Make sure to avoid direct sunlight.", Neutral},
		{"Make sure staff get their breaks.", Negative},
		// what the medicine helped with is the illness, not a complaint
		{"The tablets helped with my terrible insomnia.", Positive},
		// other medicines failing is the background
		{"I had tried other medications that did not work at all. These tablets cleared my skin.", Positive},
		{"These tablets did not work at all.", Negative},
		// severity of harm and dose changes
		{"Significant side effects from the tablets in the first week.", Negative},
		{"The doctor increased the dose to 20mg and the pills work well.", Positive},
		// the treatment stopped is not relief
		{"Due to the rash, the treatment was stopped after a week of tablets.", Negative},
		{"The rash stopped within days of taking the tablets.", Positive},
		// time spans in a medication review are timing, not waiting
		{"The tablet takes effect a few hours later and works well, one pill daily.", Positive},
		{"The doctor came hours later.", Negative},
		// a verdict phrase is not illness description, and "no effect" is no absence
		{"The tablets did little for my depression.", Negative},
		{"The cream had absolutely no effect on my acne.", Negative},
		{"No more acne since starting the cream.", Positive},
		// scant side effects are good news, scant benefit is not
		{"Little to no side effects and the tablets work well.", Positive},
		{"The tablets did little to no good for my pain.", Negative},
		// running out and low levels are background in a medication review
		{"The tablets work well until the pack runs out, then I ran out of pills for a week.", Positive},
		// "too" before praise is a complaint only in a medication review
		{"The nurses were too kind to me.", Positive},
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil); got.Label != c.want {
			t.Errorf("Score(%q) = %+v, want %s", c.text, got, c.want)
		}
	}
}

// TestMedicationCourse pins the fourth round of medication-review rules
// (course.go and the phrases marked round four): one group per rule family,
// each with counter-examples that must not change. The sentences are the
// project's own.
func TestMedicationCourse(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// a medicine that did nothing, or stopped working over time
		{"The tablets did nothing for my joint pain.", Negative},
		{"It does absolutely nothing.", Negative},
		{"It worked well for two months, then stopped working.", Negative},
		{"No reduction in my migraines after three months of tablets.", Negative},
		{"Nothing.", Positive},
		{"For me nothing.", Positive},
		// switching, dashed hopes and advice to look elsewhere
		{"I had to switch to a different inhaler.", Negative},
		{"I had high hopes for this cream.", Negative},
		{"Please do yourself a favor and look for other options.", Negative},
		{"It was very hard to come off this drug.", Negative},
		{"I will never take any form of this medication again.", Negative},
		{"I never had to take the tablets again after the infection cleared.", Positive},
		// staying on a medicine
		{"I regret stopping these tablets, they kept my mood steady.", Positive},
		{"I don't want to stop taking it.", Positive},
		// the habitual past: the illness before, or a medicine that used to work
		{"I used to get awful cluster headaches every night. Since starting this medicine they are gone.", Positive},
		{"It used to help my back but now it does nothing.", Negative},
		{"I got used to the taste of the tablets and they work well.", Positive},
		// negation ends at "but"
		{"This pill is not perfect but works well enough.", Positive},
		{"The tablets are not great and do not work.", Negative},
		// absences after a failure phrase, and scant side effects
		{"No noticeable side effects and my skin is clearer.", Positive},
		{"I had no noticeable improvement after a month.", Negative},
		{"Hardly any side effects.", Positive},
		{"Do not experience hot flashes or mood swings since taking the pill daily.", Positive},
		// weight written after its amount
		{"20 pounds lost in three months.", Positive},
		{"10 pounds gained in a month.", Negative},
		{"I gained 20lbs on the tablets.", Negative},
		// life without the medicine is its praise; withdrawal is not
		{"If I forget to take it, my asthma gets worse and I feel awful. One tablet daily.", Positive},
		{"If I miss a dose of the tablets I get awful withdrawal and brain zaps.", Negative},
		// benefit nouns, hedged and denied
		{"Reduction in the number of migraines each month.", Positive},
		{"Some reduction of pain.", Positive},
		{"I did not experience any treatment benefits from this drug.", Negative},
		{"I did not notice results until the third month, and now my skin is clear.", Positive},
		// what came later in time is the verdict
		{"I didn't feel any difference from the tablets for the first three weeks, then I felt great. One pill daily.", Positive},
		{"After the first few days on the tablets my anxiety was greatly reduced.", Positive},
		{"Initially the tablets helped, but after a month they stopped working.", Negative},
		// a promise is not a result
		{"The doctor said it would reduce the pain, but it did nothing.", Negative},
		{"If I take the tablets early they will stop the outbreak.", Positive},
		// what went away when the medicine stopped was caused by it
		{"The rash went away after I stopped taking the pills.", Negative},
		{"The rash went away after two days of taking the pills.", Positive},
		{"The dark spot never did go away.", Negative},
		// the medicine as the subject of a relief verb
		{"This course of tablets stopped the chronic infections.", Positive},
		{"Stopped my panic attacks within a week.", Positive},
		{"I stopped taking it after a week because of the nausea.", Negative},
		{"The pills lowered my energy and my motivation, one tablet daily.", Negative},
		{"Lines and wrinkles disappeared after a month of the cream applied nightly.", Positive},
		{"The effect disappeared after a month of taking the tablets.", Negative},
		// compound nouns and intensifiers are not praise
		{"This birth control is terrible.", Negative},
		{"My scalp problem was pretty bad.", Negative},
		// when the medicine is taken describes the illness; being spared is praise
		{"Had to take one tablet when not feeling good, and it helped a lot. One tablet daily.", Positive},
		{"The tablets help so I don't have to sit in bed in misery.", Positive},
		{"It only needs to be applied once a day and the cream works.", Positive},
		// comparisons: less effective is a complaint, less pain is relief
		{"It is much less effective than the generic.", Negative},
		{"Less pain and less swelling.", Positive},
		// sarcasm
		{"Yeah right, it works great if you enjoy vomiting all day.", Negative},
		{"Sure, it lowered my blood pressure, if you count passing out as a benefit.", Negative},
		{"It works great if you take it with food.", Positive},
		// regret and staying on it
		{"I wish I had never started this medication.", Negative},
		{"The side effects were too severe to continue the tablets.", Negative},
		{"I feel well enough to continue working, one tablet daily.", Positive},
		// benefit nouns denied after them, and symptoms that would not stop
		{"The benefits weren't noticeable after a month of tablets.", Negative},
		{"The results were not dramatic but were noticeable, one tablet daily.", Neutral},
		{"The bleeding, which did not stop for two weeks, started on the tablets.", Negative},
		// kept from, spared, side effects that wore off, an increase of harm
		{"The tablets kept me from feeling awful and miserable.", Positive},
		{"Once the side effects wore off, my skin was smoother. One tablet daily.", Positive},
		{"The effect wore off after a month of taking the tablets.", Negative},
		{"My anxiety increased on the tablets, one pill daily.", Negative},
		{"My energy increased on the tablets, one pill daily.", Positive},
		{"My heartburn went completely away after a week of tablets.", Positive},
		{"I have very few headaches since taking the tablets daily.", Positive},
		// a concession that opens a sentence is conceded; in a medication
		// review a concession after the verdict is conceded too
		{"Although it made me tired and dizzy, it cured my infection.", Positive},
		{"Although it helped my pain a lot, the side effects were terrible.", Negative},
		{"Even though the tablets make me a bit nauseous, the benefits outweigh the risks.", Positive},
		{"The pain is gone, although I feel a bit tired on the tablets. One daily.", Positive},
		{"Good advice given over the phone, although I would prefer to see someone face to face.", Negative},
		// a benefit denied however many words stand between
		{"I never saw a significant improvement in my acne from the pills, one tablet daily.", Negative},
		// a symptom still there, unless it is milder or only sometimes
		{"The cream helped some, but I was still in considerable pain. Applied daily.", Negative},
		{"I still get hot flashes but they are much milder since taking the pills daily.", Neutral},
		{"If I waited I would still get blisters, so I take the tablets early and they work well.", Positive},
		// a relief carried too far, and coming off for reasons of its own
		{"The tablets lowered his blood pressure to the point of passing out.", Negative},
		{"The tablets lowered my blood pressure too much.", Negative},
		{"When I had to go off the tablets due to cost, my depression came back.", Neutral},
		{"Of course I did not continue the injections after that.", Negative},
		{"After two weeks I didn't need the tablets any more, the pain was gone.", Positive},
		// the illness made bearable, and "a few more years" is time
		{"The tablets made the pain tolerable.", Positive},
		{"I may need a higher dose of the tablets after a few more years.", Neutral},
		// relief named as a noun in a medication review, not in a survey
		{"Pain relief within 30 minutes of taking the tablets daily.", Positive},
		{"Its purpose was pain relief, taken as one tablet daily.", Neutral},
		{"No pain relief at all from the tablets.", Negative},
		{"Complete improvement in my flat, sad mood on the tablets daily.", Positive},
		{"I was not able to ascertain any benefits from the tablets.", Negative},
		{"Pain relief.", Neutral},
		// the benefit a medicine did not bring
		{"Instead of curing my depression, this drug made me feel completely flat.", Negative},
		{"Instead of taking pills, I now use a cream and it works great.", Positive},
		// side effects qualified after them
		{"Side effects were minimal, one tablet daily.", Positive},
		{"Side effects: none. Taking one tablet daily.", Positive},
		{"The side effects are very mild and the tablets work great.", Positive},
		{"The side effects were awful, one tablet daily.", Negative},
		{"Side effects include nausea and headaches, one tablet daily.", Negative},
		// doubt, and an illness that keeps spreading
		{"I couldn't tell if my skin was any better on the cream, applied daily.", Neutral},
		{"The rash continues to spread across my face despite the cream.", Negative},
		// another medicine the patient switched to is the background
		{"I switched to another pill which made me feel awful. These tablets have been great, one daily.", Positive},
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil); got.Label != c.want {
			t.Errorf("Score(%q) = %+v, want %s", c.text, got, c.want)
		}
	}
}

// TestThreeStarsWithPraiseAndComplaintIsMixed: a three-star rating over words that praise one
// thing and complain of another is the patient's own "mixed"; three stars over flat words is not.
func TestThreeStarsWithPraiseAndComplaintIsMixed(t *testing.T) {
	a := New()
	three := 3.0
	for _, c := range []struct {
		text   string
		rating *float64
		want   Label
	}{
		{"Great doctor, shame about the rude receptionists.", &three, Mixed},
		{"Lovely nurses but the wait was awful.", &three, Mixed},
		{"Parking is on the left side of the building.", &three, Neutral},
		{"Great doctor, lovely nurses, friendly staff.", &three, Positive},
	} {
		if got := a.Score(c.text, c.rating).Label; got != c.want {
			t.Errorf("Score(%q, %v stars) = %s, want %s", c.text, *c.rating, got, c.want)
		}
	}
}
