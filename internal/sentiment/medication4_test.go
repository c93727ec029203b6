package sentiment

import (
	"math"
	"testing"
)

// TestOtherTreatmentsOnePass pins that the complaint about other medicines
// is damped once, whichever way they are named: "many other medications"
// is both a quantifier phrase and an "other ..." phrase, and was damped by
// two passes. Words about the reviewed medicine are not damped.
func TestOtherTreatmentsOnePass(t *testing.T) {
	a := New()
	for _, c := range []struct {
		text   string
		damped []string // the words whose complaint is damped
	}{
		{"I had tried many other medications that made me dizzy and sick.", []string{"dizzy", "sick"}},
		{"Every antidepressant before made me sick. This one made me dizzy.", []string{"sick"}},
		{"I tried them all. They made me sick.", []string{"sick"}},
		{"The generic made me sick, but this one made me dizzy.", []string{"sick"}},
	} {
		text := c.text
		tk := a.v.tokenize(text)
		markBoundaries(&tk, text)
		d := newDoc(tk)
		d.medication = true
		s := make([]float64, len(d.norm))
		for i := range s {
			s[i] = -1
		}
		otherTreatments(d, s)
		want := map[string]bool{}
		for _, w := range c.damped {
			want[w] = true
		}
		for i, w := range d.norm {
			switch {
			case want[w] && math.Abs(s[i]+otherTreatmentDamp) > 1e-9:
				t.Errorf("%q: %q kept %.3f, want %.3f (damped once)", text, w, s[i], -otherTreatmentDamp)
			case (w == "dizzy" || w == "sick") && !want[w] && s[i] != -1:
				t.Errorf("%q: %q damped to %.3f, but it is about the reviewed medicine", text, w, s[i])
			}
		}
	}
}

// TestMedicationFamilies pins the druglib round-four families with
// sentences written for the test, each with counter-examples that must not
// change.
func TestMedicationFamilies(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// a first answer of "N/A" or "Nothing" in a review of a medicine
		{"N/A. I was on 20mg.", Negative},
		{"Nothing noticeable. One tablet a day for six weeks.", Negative},
		{"None. Weekly shot.", Negative},
		{"N/A, all went smoothly and the staff were lovely.", Positive},
		{"Nothing. Staff were lovely.", Positive},
		{"N/A", Neutral},
		// a sentence that opens with a bare "Stopped" or "Switched"
		{"My sugars came down. Stopped after three months.", Negative},
		{"Calmer mornings. Switched to another one.", Negative},
		{"Implant in my arm. Removed after a year.", Negative},
		{"Stopped the itching within a day.", Positive},
		{"The rash cleared. Stopped once the course was finished.", Positive},
		{"Switched to this one from the old pill and it works great.", Positive},
		// a warning to the reader
		{"It lowered my pressure. Please research the kidney risks before taking it.", Negative},
		{"Helped my sleep. Know the warning signs of a reaction.", Negative},
		{"Cleared the infection. Beware.", Negative},
		{"Works well. Take it with food.", Positive},
		{"Works well. Be careful to apply it thinly.", Positive},
		{"Works well. Ask for the generic, it is cheaper.", Positive},
		// good for the first time in a long while
		{"My skin is clear for the first time since school.", Positive},
		{"I slept through for the first time in years.", Positive},
		{"For the first time in years I felt awful.", Negative},
		{"For the first time in years I had a migraine.", Neutral},
		{"The first week I felt awful.", Negative},
		// what the medicine was taken to prevent did not happen
		{"No pregnancy. Same time every night.", Positive},
		{"No babies and no periods.", Positive},
		{"No hospital stays this year.", Positive},
		{"No one told me about the periods stopping.", Negative},
		// an illness that stopped, read from "not ... anymore"
		{"I don't wake up wheezing anymore.", Positive},
		{"I don't get headaches any more.", Positive},
		{"It doesn't work anymore.", Negative},
		{"I can't work anymore since starting it.", Negative},
		// the medicine could not be borne
		{"Lost some weight. Couldn't handle it.", Negative},
		{"I could not tolerate them any longer.", Negative},
		{"I cannot tolerate the pain without it, it works great.", Positive},
		// a verdict that another choice was better
		{"It cleared the infection. There are better options for this.", Negative},
		{"It worked. It should be a last resort drug.", Negative},
		{"Cleared it up. I wish I had asked for something else.", Negative},
		{"I tried it as a last resort and it worked wonderfully.", Positive},
		{"It works better than the options I tried before.", Positive},
		// faint praise: the only praise is a hedged benefit
		{"Slight improvement. One tablet a day.", Negative},
		{"It helped some.", Negative},
		{"My skin improved a bit. Twice daily.", Negative},
		{"Slight improvement at first, and now my skin is clear and smooth.", Positive},
		{"It helped a lot.", Positive},
		{"The cravings kind of faded.", Positive},
		{"Bone density improved slightly and no fractures.", Positive},
		// less of an illness, named in everyday words
		{"Less short of breath. One puff twice a day.", Positive},
		{"Fewer night coughs.", Positive},
		{"Redness went down in two days.", Positive},
		{"The cravings are much less now.", Positive},
		{"Less waiting would be nice.", Negative},
		// switching away from the reviewed medicine is a verdict on it;
		// switching to a named one may be arriving at it
		{"My blood pressure went down. The doctor switched me to something else.", Negative},
		{"I was on Ritalin first, then switched to Vyvanse and my focus is great.", Positive},
		// contractions written without the apostrophe
		{"Paid a lot for it and it still didnt work.", Negative},
		{"Didnt notice any change after two months.", Negative},
		{"Its supposed to start in the morning. Didnt work that way for us.", Negative},
		{"I didnt get any side effects and my skin cleared.", Positive},
		// cost and supply as an aside to the verdict
		{"Works well with my pump. The prices are criminal though.", Positive},
		{"It cured the infection. The only downside was the awful price.", Positive},
		{"Terrible price and it did nothing.", Negative},
		{"Not worth the awful price, though.", Negative},
		{"The nurses were lovely, the only downfall was the awful wait for my medicine.", Negative},
		// a pointer to another answer of the form
		{"See above. Works every time.", Positive},
		{"So happy with it. Please see previous answer.", Positive},
		{"None! See above.", Negative},
		{"See a doctor sooner.", Negative},
		// the state that the medicine replaced
		{"I fall asleep in 30 minutes instead of 3 hours.", Positive},
		{"I wake up awake instead of groggy and foggy.", Positive},
		{"Instead of feeling better I felt awful.", Negative},
		{"They gave me this instead of the generic.", Neutral},
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil).Label; got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}
