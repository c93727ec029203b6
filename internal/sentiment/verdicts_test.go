package sentiment

import "testing"

// TestMedicationVerdicts pins round five's rule families with sentences
// written for the test, each with counter-examples that must not change.
func TestMedicationVerdicts(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// one marker word makes a medication review
		{"Cleared my skin in a month. Two tablets a day.", Positive},
		{"Benefits: none. Took one tablet a day.", Negative},
		// "no change in ..." is a result, "no change needed" a survey answer
		{"No change in my blood pressure after three months.", Negative},
		{"I took 20mg. No change in my symptoms.", Negative},
		{"No change needed.", Positive},
		{"No improvements needed.", Positive},
		// a denied difference or effect is a failure; denied side effects are not
		{"It didn't make any difference to my allergies.", Negative},
		{"I can't tell any difference at all.", Negative},
		{"Zero effect after two months.", Negative},
		{"It made a big difference.", Positive},
		{"I didn't notice any side effects.", Positive},
		// control that never came
		{"It didn't get my colitis under control.", Negative},
		{"My asthma is under control.", Positive},
		// the illness left as it was
		{"Acne the same after three months.", Negative},
		{"My psoriasis is about the same.", Negative},
		{"Fatigue no better.", Negative},
		{"My cough is unchanged.", Negative},
		{"I take the same dose every morning and it works well.", Positive},
		// giving a medicine up, unless it was no longer needed
		{"Went off it after a month.", Negative},
		{"Had it removed after eight months.", Negative},
		{"My doctor switched me to something else.", Negative},
		{"I came off it once my skin cleared.", Positive},
		{"When my mood improved I weaned off the drug.", Positive},
		// "..., but it didn't": by what the clause before expected
		{"I was told it would help my sleep, but it didn't.", Negative},
		{"I hoped it would clear my skin but it did not.", Negative},
		{"It was supposed to stop the itching but it didn't.", Negative},
		{"I was worried it would make me gain weight but it didn't.", Positive},
		{"Everyone said it causes nausea, but it didn't for me.", Positive},
		{"I took it every day but it didn't help.", Negative},
		// measured changes the right way are praise
		{"Migraine days from 14 a month to 5.", Positive},
		{"LDL went from 190 to 95 in three months.", Positive},
		{"Outbreaks went from monthly to once a year.", Positive},
		{"Bloating down 80% after two weeks.", Positive},
		{"My bone density is up 13%.", Positive},
		{"It cut the cramps in half.", Positive},
		{"I went from 20mg to 40mg.", Neutral},
		{"I drove from Leeds to York.", Neutral},
		{"My weight went from 180 to 160.", Neutral},
		{"Costs went up 20%.", Neutral},
		{"Went from 10 migraine days a month to 2.", Positive},
		{"Cramps went from nightly to rare.", Positive},
		{"I went from 3 pills a day to 1.", Neutral},
		// an illness that became less
		{"Cravings way down.", Positive},
		{"Breakouts are rare now.", Positive},
		{"Shooting pain down my leg.", Neutral},
		{"My blood pressure is not down.", Neutral},
		{"It didn't bring my pressure down.", Neutral},
		{"It brought my pressure down nicely.", Positive},
		// a measure or illness the medicine did not move
		{"It didn't move my LDL at all.", Negative},
		{"It barely moved my sugars.", Negative},
		{"It didn't make a dent in my pain.", Negative},
		{"It did not touch the pain.", Negative},
		{"Be careful to not touch the cold sore.", Positive},
		{"It moved me to tears.", Neutral},
		// a life given back, and one taken away
		{"I can garden again.", Positive},
		{"I finally sleep through the night.", Positive},
		{"I'm back to my old self.", Positive},
		{"I feel like myself again.", Positive},
		{"I can't work anymore.", Negative},
		{"I still can't sleep through the night.", Neutral},
		{"I'm back to square one.", Neutral},
		{"The pain came back again.", Neutral},
		// "as well" meaning "too" is no praise
		{"It gave me headaches and nausea as well.", Negative},
		// a cause verb whose symptom ends the clause
		{"It gave me a headache.", Negative},
		{"It gave me nausea.", Negative},
		{"It made my pain manageable.", Positive},
		{"The new pills worked as well as the old ones.", Positive},
		{"Staff were kind and helpful as well.", Positive},
		// not this good in years: praise; never felt worse: complaint
		{"I haven't felt this good in years. I take 10mg.", Positive},
		{"I have not slept this well in a long time since starting the pills.", Positive},
		{"Never felt better. One pill daily.", Positive},
		{"I have never felt worse.", Negative},
		{"I haven't felt good in years.", Negative},
		{"Couldn't be better.", Positive},
		{"Nothing could be better.", Positive},
		// other medicines named by a quantifier, "tried them all", a kind
		// "before", carried into a sentence that opens with "they"
		{"I tried every migraine medication on the market. Either they didn't have any effect or I could not tolerate the side effects. This one works wonderfully.", Positive},
		{"I have taken every antidepressant in the book and many of them had unpleasant side effects. This drug changed my life.", Positive},
		{"The usual decongestants had not worked, and this pill cleared my nose in a day.", Positive},
		{"Over the years I tried many different pills. None of them helped. This one does and I feel great.", Positive},
		{"All the side effects were terrible and I had to stop the pills.", Negative},
		{"I tried many pills. This one gave me terrible headaches and did nothing.", Negative},
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil).Label; got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}

// TestQuitConditions pins that coming off a medicine under a condition
// ("when I went off it", "if I come off it") is not read as giving it up.
func TestQuitConditions(t *testing.T) {
	a := New()
	for _, text := range []string{
		"If I come off it the pain returns. One tablet a day.",
		"When I went off it, my headaches came back. One tablet a day.",
	} {
		if got := a.Score(text, nil).Label; got == Negative {
			t.Errorf("%q: got %s, want not negative", text, got)
		}
	}
}
