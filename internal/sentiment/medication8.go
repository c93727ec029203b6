package sentiment

import "strings"

// Medication reviews, session seven, second round: a review whose last
// word on the medicine is that the patient gave it up, and more of the
// terse ways patients say so. Written by hand, kept only where druglib
// train did not get worse and the outside writers' files (dev1, fresh1,
// fresh2) rose. Pinned by TestMedicationSessionSevenSecond.

// lateTurnKeep is the share of praise left before a closing report of
// giving the medicine up (lateVerdict); 0.3 was the development optimum
// (0.5 and 0.6 gained fewer negatives, 0.2 and below lost a druglib
// positive).
const lateTurnKeep = 0.3

// lateVerdict reads a review whose last word on the medicine is that the
// patient gave it up (t.left: "Cleared my skin. 100mg. Stopped.", "Worked
// great for a year. Off it now.", "had to come off", "wasn't worth it")
// like VADER's "but": the praise before it is what the patient set against
// it, and giving it up is the verdict. Praise after the report that
// outweighs it ("Stopped in March. Still feeling brilliant.") keeps the
// review's reading, and so does a report the rules already excused ("came
// off it once my skin cleared").
func lateVerdict(t *doc, s []float64) {
	last, after := -1, 0.0
	for k := len(s) - 1; k >= 0; k-- {
		if s[k] > 0 {
			after += s[k]
		}
		if s[k] < 0 && t.left[k] {
			last = k
			break
		}
	}
	if last < 0 || after >= -s[last] {
		return
	}
	for k := 0; k < last; k++ {
		if s[k] > 0 {
			s[k] *= lateTurnKeep
		}
	}
}

// offFillers may stand between a clause's start and "off": "off it now",
// "got off it", "I'm off them", "so finally off it".
var offFillers = setOf(strings.Fields(`i i'm im am was been got get now and so then finally eventually
completely totally`))

// offNext may follow "off" in a report of being off the medicine; a
// clause may also end at "off" ("got off as soon as I could", "now off").
var offNext = setOf(strings.Fields(`it them of the this that these those as after since for completely now`))

// switchFillers may stand before a clause-final "switched": "so
// switched", "then switched", "we switched".
var switchFillers = setOf(strings.Fields(`so and then i we finally eventually just`))

// leaveValence is the complaint of a report of being off the medicine.
const leaveValence = -1.5

// leavingReports reads the terse ways a review says the patient gave the
// medicine up: a clause that opens with "off" ("Off it now.", "Got off it
// with my GP's help.", "off them since May"), a clause that ends in "gave
// up" or "so switched", and "took me months to get off". A sentence that
// praises after it ("Off it now and still clear") or says the medicine was
// done with ("off it once the course finished") is left alone, and so is
// giving up a habit ("gave up" in a review about smoking). Each report is
// marked for lateVerdict.
func leavingReports(t *doc, s []float64) {
	norm := t.norm
	n := len(norm)
	habit := aboutHabit(norm)
	start := 0
	for i := 0; i < n; i++ {
		at := -1
		switch {
		case norm[i] == "off" && !t.inside[i] && !t.phrase[i]:
			ok := true
			for k := start; k < i; k++ {
				if !offFillers[norm[k]] {
					ok = false
				}
			}
			if ok && (t.brk[i] || i+1 == n || offNext[norm[i+1]]) {
				at = i
			}
		case norm[i] == "up" && i > start && norm[i-1] == "gave" && (t.brk[i] || i+1 == n) && !habit:
			at = i - 1
		case norm[i] == "took" && longWayOff(t, i):
			at = i
		case norm[i] == "switched" && i > start && (t.brk[i] || i+1 == n) && switchFillers[norm[i-1]]:
			// "My kidneys are weak so switched.", "and then switched"
			at = i
		}
		if at >= 0 && !doneAfter(t, s, at) {
			complaintAt(t, s, at, leaveValence)
			t.left[at] = true
		}
		if t.brk[i] {
			start = i + 1
		}
	}
}

// doneAfter reports whether the sentence after a report of giving the
// medicine up at i praises or says it was no longer needed.
func doneAfter(t *doc, s []float64, i int) bool {
	for k := i + 1; k < len(s) && !t.end[k-1]; k++ {
		if s[k] > 0 || stopDone[t.norm[k]] {
			return true
		}
	}
	return false
}

// offVerbs end "it took me months to get off": getting off the medicine.
var offVerbs = setOf(strings.Fields(`taper tapper wean`))

// longWayOff reports whether "took" at i opens "took (me) <a span> to get
// off / to taper / to wean": coming off the medicine took months ("took me
// a year to get off", "took me weeks to taper").
func longWayOff(t *doc, i int) bool {
	norm := t.norm
	n := len(norm)
	span := false
	for k := i + 1; k < n && k <= i+5; k++ {
		if t.brk[k-1] {
			return false
		}
		if courseSpans[norm[k]] {
			span = true
			continue
		}
		if norm[k] != "to" || !span || k+1 >= n {
			continue
		}
		w := norm[k+1]
		return offVerbs[w] || (w == "get" || w == "come" || w == "go") && k+2 < n && norm[k+2] == "off"
	}
	return false
}
