package sentiment

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is a faithful port of the reference Python VADER,
// vaderSentiment 3.3.2 (C.J. Hutto, MIT), including its quirks: the
// first-occurrence lookup in the "but" rule, the operator precedence of the
// three-word negation check, and Python's whitespace and case semantics. The
// parity test holds it to the reference scores on 23,703 texts, so do not
// "fix" anything here; healthcare behaviour belongs in healthcare.go.

//go:embed vaderdata/vader_lexicon.txt
var vaderLexiconText string

//go:embed vaderdata/emoji_utf8_lexicon.txt
var vaderEmojiText string

// Constants of the reference implementation.
const (
	bIncr   = 0.293
	bDecr   = -0.293
	cIncr   = 0.733
	nScalar = -0.74
	alpha   = 15.0
)

var negateWords = setOf(strings.Fields(`aint arent cannot cant couldnt darent didnt doesnt
ain't aren't can't couldn't daren't didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt
neither don't hadn't hasn't haven't isn't mightn't mustn't neednt needn't never none nope nor not
nothing nowhere oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't
weren't without wont wouldnt won't wouldn't rarely seldom despite`))

var boosterDict = func() map[string]float64 {
	m := map[string]float64{}
	for _, w := range strings.Fields(`absolutely amazingly awfully completely considerable
considerably decidedly deeply effing enormous enormously entirely especially exceptional
exceptionally extreme extremely fabulously flipping flippin frackin fracking fricking frickin
frigging friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible
incredibly intensely major majorly more most particularly purely quite really remarkably so
substantially thoroughly total totally tremendous tremendously uber unbelievably unusually utter
utterly very`) {
		m[w] = bIncr
	}
	for _, w := range strings.Fields(`almost barely hardly less little marginal marginally
occasional occasionally partly scarce scarcely slight slightly somewhat kinda kindof kind-of sorta
sortof sort-of`) {
		m[w] = bDecr
	}
	m["just enough"] = bDecr
	m["kind of"] = bDecr
	m["sort of"] = bDecr
	return m
}()

var specialCases = map[string]float64{
	"the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0,
	"yeah right": -2, "kiss of death": -1.5, "to die for": 3,
	"beating heart": 3.1, "broken heart": -2.9,
}

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Polarity is VADER's result: the normalized compound score in [-1, 1] and
// the proportions of negative, neutral and positive valence.
type Polarity struct {
	Neg, Neu, Pos, Compound float64
}

// Vader scores text with the reference algorithm and a given lexicon.
type Vader struct {
	lexicon map[string]float64
	emoji   map[rune]string
}

// reference is the read-only reference VADER; it is safe for concurrent use.
var reference = newVader(parseLexicon(vaderLexiconText))

// Reference returns the reference VADER (vaderSentiment 3.3.2 lexicon and
// rules), for parity checks and for callers that want plain VADER.
func Reference() *Vader { return reference }

func parseLexicon(text string) map[string]float64 {
	lex := make(map[string]float64, 7600)
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(strings.TrimFunc(line, isPySpace), "\t")
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			panic("sentiment: bad embedded VADER lexicon line: " + line)
		}
		lex[f[0]] = v
	}
	return lex
}

func newVader(lex map[string]float64) *Vader {
	v := &Vader{lexicon: lex, emoji: map[rune]string{}}
	for _, line := range strings.Split(strings.TrimRight(vaderEmojiText, "\n"), "\n") {
		f := strings.Split(strings.TrimFunc(line, isPySpace), "\t")
		if len(f) < 2 {
			continue
		}
		// Python looks emojis up one code point at a time, so only
		// single-code-point entries can ever match.
		r, size := utf8.DecodeRuneInString(f[0])
		if size == len(f[0]) && r != utf8.RuneError {
			v.emoji[r] = f[1]
		}
	}
	return v
}

// isPySpace matches Python's str.isspace for the characters str.split()
// and str.strip() treat as whitespace.
func isPySpace(r rune) bool {
	if r >= 0x1c && r <= 0x1f {
		return true
	}
	return unicode.IsSpace(r)
}

// isPyUpper matches Python's str.isupper: at least one cased character and
// no lowercase or titlecase ones.
func isPyUpper(s string) bool {
	cased := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 'a' && r <= 'z' {
				return false
			}
			if r >= 'A' && r <= 'Z' {
				cased = true
			}
			continue
		}
		if unicode.IsLower(r) || unicode.IsTitle(r) {
			return false
		}
		if unicode.IsUpper(r) {
			cased = true
		}
	}
	return cased
}

const pyPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

var isPunct = func() (t [256]bool) {
	for i := 0; i < len(pyPunct); i++ {
		t[pyPunct[i]] = true
	}
	return t
}()

// trimPunct is strings.Trim(s, pyPunct) without rebuilding the cutset on
// every call (it runs once or twice per word).
func trimPunct(s string) string {
	i, j := 0, len(s)
	for i < j && isPunct[s[i]] {
		i++
	}
	for j > i && isPunct[s[j-1]] {
		j--
	}
	return s[i:j]
}

// stripPuncIfWord strips leading and trailing punctuation unless that
// leaves two characters or fewer (so emoticons such as ":)" survive).
func stripPuncIfWord(tok string) string {
	s := trimPunct(tok)
	if utf8.RuneCountInString(s) <= 2 {
		return tok
	}
	return s
}

// demoji replaces single-code-point emojis by their descriptions, exactly
// as the reference does.
func (v *Vader) demoji(text string) string {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 16)
	prevSpace := true
	for _, r := range text {
		if d, ok := v.emoji[r]; ok {
			if !prevSpace {
				b.WriteByte(' ')
			}
			b.WriteString(d)
			prevSpace = false
			continue
		}
		b.WriteRune(r)
		prevSpace = r == ' '
	}
	return b.String()
}

// tokens holds a text split the way the reference splits it.
type tokens struct {
	words   []string // punctuation-stripped tokens
	lower   []string
	capDiff bool
	// end and brk are set by the healthcare layer (markBoundaries), never
	// by the VADER port: the token ended a sentence (. ! ?), or was
	// followed by any punctuation (a clause break).
	end, brk []bool
}

func (v *Vader) tokenize(text string) tokens {
	fs := strings.FieldsFunc(text, isPySpace)
	t := tokens{words: fs, lower: make([]string, len(fs))}
	upper := 0
	for i, f := range fs {
		w := stripPuncIfWord(f)
		fs[i] = w
		t.lower[i] = strings.ToLower(w)
		if isPyUpper(w) {
			upper++
		}
	}
	diff := len(fs) - upper
	t.capDiff = diff > 0 && diff < len(fs)
	return t
}

// PolarityScores scores text like vaderSentiment's polarity_scores.
func (v *Vader) PolarityScores(text string) Polarity {
	text = strings.TrimFunc(v.demoji(text), isPySpace)
	t := v.tokenize(text)
	sentiments := v.valences(t)
	butCheck(t.lower, sentiments)
	return scoreValence(sentiments, text)
}

// valences computes the per-token valence list before the "but" rule.
func (v *Vader) valences(t tokens) []float64 {
	sentiments := make([]float64, 0, len(t.words))
	for i := range t.words {
		lw := t.lower[i]
		if _, ok := boosterDict[lw]; ok {
			sentiments = append(sentiments, 0)
			continue
		}
		if i < len(t.words)-1 && lw == "kind" && t.lower[i+1] == "of" {
			sentiments = append(sentiments, 0)
			continue
		}
		sentiments = append(sentiments, v.sentimentValence(t, i))
	}
	return sentiments
}

func (v *Vader) sentimentValence(t tokens, i int) float64 {
	words, lower := t.words, t.lower
	item := words[i]
	base, ok := v.lexicon[lower[i]]
	if !ok {
		return 0
	}
	valence := base
	if lower[i] == "no" && i != len(words)-1 {
		if _, ok := v.lexicon[lower[i+1]]; ok {
			valence = 0
		}
	}
	if (i > 0 && lower[i-1] == "no") || (i > 1 && lower[i-2] == "no") ||
		(i > 2 && lower[i-3] == "no" && (lower[i-1] == "or" || lower[i-1] == "nor")) {
		valence = base * nScalar
	}
	if isPyUpper(item) && t.capDiff {
		if valence > 0 {
			valence += cIncr
		} else {
			valence -= cIncr
		}
	}
	for startI := 0; startI < 3; startI++ {
		if i > startI {
			if _, inLex := v.lexicon[lower[i-(startI+1)]]; inLex {
				continue
			}
			s := scalarIncDec(words[i-(startI+1)], lower[i-(startI+1)], valence, t.capDiff)
			if startI == 1 && s != 0 {
				s *= 0.95
			}
			if startI == 2 && s != 0 {
				s *= 0.9
			}
			valence += s
			valence = negationCheck(valence, lower, startI, i)
			if startI == 2 {
				valence = specialIdiomsCheck(valence, lower, i)
			}
		}
	}
	return v.leastCheck(valence, lower, i)
}

func scalarIncDec(word, lower string, valence float64, capDiff bool) float64 {
	scalar, ok := boosterDict[lower]
	if !ok {
		return 0
	}
	if valence < 0 {
		scalar *= -1
	}
	if isPyUpper(word) && capDiff {
		if valence > 0 {
			scalar += cIncr
		} else {
			scalar -= cIncr
		}
	}
	return scalar
}

// negatedWord is the reference negated() applied to a single word.
func negatedWord(w string) bool {
	return negateWords[w] || strings.Contains(w, "n't")
}

func negationCheck(valence float64, lower []string, startI, i int) float64 {
	switch startI {
	case 0:
		if negatedWord(lower[i-1]) {
			valence *= nScalar
		}
	case 1:
		if lower[i-2] == "never" && (lower[i-1] == "so" || lower[i-1] == "this") {
			valence *= 1.25
		} else if lower[i-2] == "without" && lower[i-1] == "doubt" {
			// unchanged
		} else if negatedWord(lower[i-2]) {
			valence *= nScalar
		}
	case 2:
		// Python precedence: (never and (so or this)) or (so or this).
		if lower[i-3] == "never" && (lower[i-2] == "so" || lower[i-2] == "this") ||
			(lower[i-1] == "so" || lower[i-1] == "this") {
			valence *= 1.25
		} else if lower[i-3] == "without" && (lower[i-2] == "doubt" || lower[i-1] == "doubt") {
			// unchanged
		} else if negatedWord(lower[i-3]) {
			valence *= nScalar
		}
	}
	return valence
}

func specialIdiomsCheck(valence float64, lower []string, i int) float64 {
	onezero := lower[i-1] + " " + lower[i]
	twoonezero := lower[i-2] + " " + lower[i-1] + " " + lower[i]
	twoone := lower[i-2] + " " + lower[i-1]
	threetwoone := lower[i-3] + " " + lower[i-2] + " " + lower[i-1]
	threetwo := lower[i-3] + " " + lower[i-2]
	for _, seq := range [...]string{onezero, twoonezero, twoone, threetwoone, threetwo} {
		if v, ok := specialCases[seq]; ok {
			valence = v
			break
		}
	}
	if len(lower)-1 > i {
		if v, ok := specialCases[lower[i]+" "+lower[i+1]]; ok {
			valence = v
		}
	}
	if len(lower)-1 > i+1 {
		if v, ok := specialCases[lower[i]+" "+lower[i+1]+" "+lower[i+2]]; ok {
			valence = v
		}
	}
	for _, ng := range [...]string{threetwoone, threetwo, twoone} {
		if v, ok := boosterDict[ng]; ok {
			valence += v
		}
	}
	return valence
}

func (v *Vader) leastCheck(valence float64, lower []string, i int) float64 {
	if i > 1 && lower[i-1] == "least" {
		if _, inLex := v.lexicon["least"]; !inLex {
			if lower[i-2] != "at" && lower[i-2] != "very" {
				valence *= nScalar
			}
			return valence
		}
	}
	if i > 0 && lower[i-1] == "least" {
		if _, inLex := v.lexicon["least"]; !inLex {
			valence *= nScalar
		}
	}
	return valence
}

// butCheck reproduces the reference rule including its quirk: each value
// is located with list.index, i.e. at its first occurrence.
func butCheck(lower []string, sentiments []float64) {
	bi := -1
	for i, w := range lower {
		if w == "but" {
			bi = i
			break
		}
	}
	if bi < 0 {
		return
	}
	for k := range sentiments {
		s := sentiments[k]
		si := k
		for j := 0; j < k; j++ {
			if sentiments[j] == s {
				si = j
				break
			}
		}
		if si < bi {
			sentiments[si] = s * 0.5
		} else if si > bi {
			sentiments[si] = s * 1.5
		}
	}
}

func punctuationEmphasis(text string) float64 {
	ep := strings.Count(text, "!")
	if ep > 4 {
		ep = 4
	}
	amp := float64(ep) * 0.292
	qm := strings.Count(text, "?")
	if qm > 1 {
		if qm <= 3 {
			amp += float64(qm) * 0.18
		} else {
			amp += 0.96
		}
	}
	return amp
}

func normalize(score float64) float64 {
	n := score / math.Sqrt(score*score+alpha)
	return math.Max(-1, math.Min(1, n))
}

func scoreValence(sentiments []float64, text string) Polarity {
	if len(sentiments) == 0 {
		return Polarity{}
	}
	sum := 0.0
	for _, s := range sentiments {
		sum += s
	}
	amp := punctuationEmphasis(text)
	if sum > 0 {
		sum += amp
	} else if sum < 0 {
		sum -= amp
	}
	compound := normalize(sum)
	posSum, negSum, neu := 0.0, 0.0, 0
	for _, s := range sentiments {
		if s > 0 {
			posSum += s + 1
		}
		if s < 0 {
			negSum += s - 1
		}
		if s == 0 {
			neu++
		}
	}
	if posSum > math.Abs(negSum) {
		posSum += amp
	} else if posSum < math.Abs(negSum) {
		negSum -= amp
	}
	total := posSum + math.Abs(negSum) + float64(neu)
	return Polarity{
		Neg:      round(math.Abs(negSum/total), 3),
		Neu:      round(math.Abs(float64(neu)/total), 3),
		Pos:      round(math.Abs(posSum/total), 3),
		Compound: round(compound, 4),
	}
}

// round rounds half to even at the given decimals, like Python's round().
func round(x float64, dec int) float64 {
	p := math.Pow(10, float64(dec))
	return math.RoundToEven(x*p) / p
}
