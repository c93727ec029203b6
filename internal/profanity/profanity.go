// Package profanity finds profane words, sexual vulgarity and identity slurs
// in patient-written text.
//
// It matches whole words only, so "Scunthorpe", "Middlesex", "Essex",
// "cockpit", "assess", "Hancock" and "Dickson" are never flagged, and it
// carries no anatomical or clinical vocabulary at all: "anal fissure",
// "penile", "rectal exam" and "breast lump" are what patients legitimately
// write about. It sees through the obfuscations people use to slip past word
// filters: masks (f***, s**t, a**, f@ck), look-alike characters (sh!t, a$$, @$$,
// b1tch, ni66a), repeated letters (fuuuuck), spaced or dotted letters (f u c k,
// s.h.i.t), compounds (fuckwit, shitbag, dumbass) and phrases of two or
// three words (ass hole, a-hole, bust a nut, suck my balls).
//
// The package is pure: no I/O, no global mutable state, safe for concurrent
// use, and linear in the length of the input.
package profanity

// Severity grades how offensive a term is. The bands are documented in
// lexicon.go; Summary uses "none" when nothing was found.
type Severity string

// The severities, from least to most offensive.
const (
	Mild     Severity = "mild"
	Moderate Severity = "moderate"
	Strong   Severity = "strong"
	Severe   Severity = "severe"
	None     Severity = "none"
)

// Rank orders severities so callers can compare them: none < mild <
// moderate < strong < severe.
func (s Severity) Rank() int {
	switch s {
	case Mild:
		return 1
	case Moderate:
		return 2
	case Strong:
		return 3
	case Severe:
		return 4
	}
	return 0
}

// Match is one profane term found in a text.
type Match struct {
	// Term is the canonical term ("fuck" for "f***ing"), so reports group
	// obfuscated spellings together and never echo the exact spelling.
	Term string
	// Start and End are the UTF-8 byte span in the input, end exclusive.
	Start, End int
	Severity   Severity
}

// Summary is the per-text verdict the analysis and inbox use for moderation.
type Summary struct {
	Found    bool     `json:"found"`
	Severity Severity `json:"severity"`
	// Terms are the distinct canonical terms in order of first appearance.
	Terms []string `json:"terms"`
}

// Summarize reduces matches to the worst severity and the distinct terms.
func Summarize(matches []Match) Summary {
	s := Summary{Severity: None, Terms: []string{}}
	for _, m := range matches {
		s.Found = true
		if m.Severity.Rank() > s.Severity.Rank() {
			s.Severity = m.Severity
		}
		seen := false
		for _, t := range s.Terms {
			if t == m.Term {
				seen = true
				break
			}
		}
		if !seen {
			s.Terms = append(s.Terms, m.Term)
		}
	}
	return s
}

// Find returns the profane terms in text in order of appearance. Invalid
// UTF-8, HTML and very long inputs are fine: the scan is a single pass and
// bytes outside ASCII never form part of a match.
func Find(text string) []Match {
	s := scanner{text: text}
	s.run()
	return s.matches
}

// Contains reports whether text has any profanity; it is Find without the
// allocation of the result for callers that only need a yes/no.
func Contains(text string) bool {
	return len(Find(text)) > 0
}

// EntryFor returns the canonical term and severity of a single word or
// obfuscated word, as Find would classify it alone. It exists for the
// measurement harness, which checks lists of terms one by one.
func EntryFor(word string) (term string, sev Severity, ok bool) {
	m := Find(word)
	if len(m) == 0 {
		return "", "", false
	}
	worst := m[0]
	for _, x := range m[1:] {
		if x.Severity.Rank() > worst.Severity.Rank() {
			worst = x
		}
	}
	return worst.Term, worst.Severity, true
}
