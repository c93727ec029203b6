package sentiment

import "testing"

// TestMedicationSessionSeven pins the session-seven families with
// sentences written for the test, each with counter-examples that must not
// change.
func TestMedicationSessionSeven(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// a sentence that opens with a bare "Quit": the medicine given up,
		// unless the review is about a habit or the sentence praises
		{"Lowered my sugar. Quit after two months.", Negative},
		{"Calmer. Weekly shot. Quit", Negative},
		{"Cravings gone. Quit after 30 years of smoking.", Positive},
		{"Quit after twelve years, best thing I ever did.", Positive},
		// another treatment took over
		{"Helped at night. Now on sertraline.", Negative},
		{"Worked for a year, then I got off it and now on pregabalin.", Negative},
		{"Less wheezing. Went back to albuterol.", Negative},
		{"Less wheezing. Went back to my doctor for a refill.", Positive},
		{"My rheumatologist put me on a biologic instead.", Negative},
		{"Sleeping well. Now on 20mg and still good.", Positive},
		{"Pain eased a lot, now on naproxen too for the flares.", Positive},
		{"Helps my knees. We moved to Denver last year and it still works.", Positive},
		{"They gave me this instead of the generic.", Neutral},
		// a first answer that names nothing, with a course after it
		{"N/A. 3 weeks.", Negative},
		{"None. It was $60 a month.", Negative},
		{"Very little. Used it for 4 months.", Negative},
		{"Nothing. I would not ring again.", Positive}, // a survey answer, no course named
		{"Nothing. All my needs were met.", Positive},
		{"None at first. After 3 weeks my skin cleared.", Positive},
		// "supposed to" with the "it was" left out, and misspelt
		{"Supposed to lower my blood sugar. Took it 3 months.", Negative},
		{"It was suspose to help my mood.", Negative},
		{"It is supposed to be taken with food, and it works great.", Positive},
		{"Works exactly like it is supposed to.", Positive},
		// giving up a medicine said with an impairment word
		{"Lowered my pressure. Very hard to come off of it.", Negative},
		{"Cleared my skin. Unable to continue with it.", Negative},
		{"Cleared my skin. Unable to continue because of the cost.", Positive}, // an outside reason
		// warnings: "careful" on its own, "read about"
		{"Stops the headaches. Be careful", Negative},
		{"Helped me sleep. Careful with the elderly.", Negative},
		{"Works fast. Read about the withdrawal before you start.", Negative},
		{"Works well. Be careful to apply it thinly.", Positive},
		{"I read about it online and it has worked wonders.", Positive},
		// a first answer that names only what the medicine was for
		{"To lower cholesterol. Simvastatin 20mg.", Negative},
		{"Was to prevent bone loss. Once a month.", Negative},
		{"To lower my cholesterol. Down 60 points in three months.", Neutral}, // a result, unscored as before
		{"To clear my acne. Worked within a month.", Positive},
		{"To be honest it is the best thing I have taken.", Positive},
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil).Label; got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}
