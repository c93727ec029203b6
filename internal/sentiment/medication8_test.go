package sentiment

import "testing"

// TestMedicationSessionSevenSecond pins the second session-seven round
// with sentences written for the test, each family with counter-examples
// that must not change.
func TestMedicationSessionSevenSecond(t *testing.T) {
	cases := []struct {
		text string
		want Label
	}{
		// the last word on the medicine is giving it up: the praise
		// before it is what the patient set against it
		{"Settled my stomach really well, I was so relieved. 20mg. Stopped after six weeks.", Negative},
		{"My hay fever was gone, honestly wonderful. Ended up stopping.", Negative},
		{"Knee pain eased nicely. 400mg. Decided to stop in the spring.", Negative},
		{"Slept like a baby. 10mg. Took a break.", Negative},
		{"Great focus at work. Switching to something else next month.", Negative},
		{"Cleared my chest in a week, brilliant. Stopped when the course was finished.", Positive}, // an ordinary end
		{"Stopped in March. Still feeling brilliant and no regrets.", Positive},                    // praise after outweighs
		{"The nurses never gave up on my son, wonderful people.", Positive},                        // giving up denied
		{"Cleared my eczema. I never had to stop it.", Positive},
		// terse ways of being off the medicine
		{"Lowered my numbers. Off it now.", Negative},
		{"Helped my back at first. Got off it last year.", Negative},
		{"Lost weight fast. 2mg. Gave up.", Negative},
		{"Off it now, my skin has healed.", Positive}, // done with it
		{"Gave up cigarettes after 30 years thanks to this.", Positive},
		{"Switched to this from the brand name and it works great.", Positive},
		{"My blood pressure was fine but I have kidney trouble so switched.", Negative},
		// coming off took a long time
		{"Calmed my nerves. Took me four months to get off.", Negative},
		{"Mood lifted. It took me a year to taper from 40mg.", Negative},
		{"It took two weeks to work and now I sleep well.", Positive},
		// not worth keeping
		{"Stopped the hot flashes. The insomnia was not worth it.", Negative},
		{"Cleared my skin. Couldn't justify the price every month though.", Negative},
		{"Pricey but worth it.", Positive},
		// an opening purpose answer is not a wish
		{"To lower my cholesterol, and it did it well. I take it at night.", Positive},
		{"To control my blood pressure, which it does nicely. 10mg.", Positive},
		{"To improve the car park.", Negative}, // a survey suggestion keeps its reading
	}
	a := New()
	for _, c := range cases {
		if got := a.Score(c.text, nil).Label; got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}
