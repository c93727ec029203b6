package guard

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	tWord      uint16 = 1 << iota // starts with a letter
	tNum                          // starts with a digit
	tCap                          // first letter upper case
	tAllCap                       // every letter upper case (and at least two)
	tSentStart                    // first token of a sentence
	tPoss                         // followed by a possessive 's
	tPunctGap                     // punctuation other than hyphen/slash/space before it
	tJoined                       // no space before it (hyphen, slash, dot or nothing)
	tHasDigit                     // contains a digit
)

// token is a word or number with its byte span in the text and its normalized forms in
// doc.buf (lower case, and the light stem used by lexicon lookups).
type token struct {
	start, end int
	ns, ne     int // lower-case form in buf
	ss, se     int // stem in buf
	gs         int // start of the gap before this token (end of previous token)
	flags      uint16
	sent       int32
	id         uint32 // vocabulary id of the stem (0: in no lexicon)
	info       uint32 // word-class flags of the lower-case form
}

// doc is a tokenized text. Tokenizing is one linear pass; all normalized forms live in one
// reusable buffer so scanning a text does not allocate per token.
type doc struct {
	text  string
	toks  []token
	buf   []byte
	nsent int
	caps  bool // mostly upper-case text: capitalization carries no signal
}

func (d *doc) has(i int, f uint16) bool { return d.toks[i].flags&f != 0 }

// sentTokens is the range [lo, hi) of the tokens of sentence k; sentences are numbered in
// text order, so it costs a binary search, not a walk over the whole text.
func (d *doc) sentTokens(k int32) (lo, hi int) {
	lo = sort.Search(len(d.toks), func(i int) bool { return d.toks[i].sent >= k })
	hi = lo
	for hi < len(d.toks) && d.toks[hi].sent == k {
		hi++
	}
	return lo, hi
}

// tokAt is the index of the first token that starts at or after byte offset off.
func (d *doc) tokAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= off })
}

// hasAt is has for any index: false outside the text.
func (d *doc) hasAt(i int, f uint16) bool { return i >= 0 && i < len(d.toks) && d.toks[i].flags&f != 0 }
func (d *doc) is(i int, w uint32) bool    { return d.toks[i].info&w != 0 }
func (d *doc) norm(i int) []byte          { t := &d.toks[i]; return d.buf[t.ns:t.ne] }

// normAt is norm for any index: nil outside the text, so rules can look around a token
// without bounds checks of their own.
func (d *doc) normAt(i int) []byte {
	if i < 0 || i >= len(d.toks) {
		return nil
	}
	return d.norm(i)
}
func (d *doc) stem(i int) []byte { t := &d.toks[i]; return d.buf[t.ss:t.se] }
func (d *doc) raw(i int) string  { t := &d.toks[i]; return d.text[t.start:t.end] }
func (d *doc) gap(i int) string  { t := &d.toks[i]; return d.text[t.gs:t.start] }

// abbreviations whose trailing dot does not end a sentence.
var abbrev = map[string]bool{"dr": true, "dra": true, "sra": true, "srta": true, "mr": true, "mrs": true, "ms": true, "st": true, "jr": true, "sr": true,
	"mt": true, "ft": true, "dept": true, "no": true, "vs": true, "etc": true, "apt": true, "ste": true, "inc": true,
	"prof": true, "rd": true, "ave": true, "blvd": true, "approx": true, "mx": true, "co": true, "lt": true, "gen": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true}

// asciiLetter is a lookup table for the tokenizer's hot path.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

func isLetterAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiLetter[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		return false, n
	}
	return unicode.IsLetter(r) || unicode.IsMark(r), n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// tokenize splits text into word and number tokens with byte offsets. Apostrophes inside
// words are kept ("don't"), a trailing possessive 's is dropped and flagged.
func (d *doc) tokenize(text string, lex *lexicons) {
	d.text = text
	d.toks = d.toks[:0]
	d.buf = d.buf[:0]
	d.nsent = 1
	upper, lower := 0, 0
	sent := int32(0)
	gapStart := 0
	breakNext := true // sentence starts before the first token
	punct, spaced := false, false
	for i := 0; i < len(text); {
		c := text[i]
		letter, n := isLetterAt(text, i)
		if !letter && !isDigit(c) {
			switch {
			case c == '.' || c == '!' || c == '?' || c == '\n' || c == ';':
				if c == '.' && len(d.toks) > 0 && d.toks[len(d.toks)-1].end == i {
					prev := d.toks[len(d.toks)-1]
					pn := d.buf[prev.ns:prev.ne]
					// "Dr." and initials do not end sentences; neither do decimals and
					// dotted domains (no space after the dot).
					if abbrev[string(pn)] || (prev.end-prev.start == 1 && prev.flags&tWord != 0) ||
						(i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' && text[i+1] != '\t' && text[i+1] != '\r') {
						punct = true
						i++
						continue
					}
				}
				breakNext = true
				punct = true
			case c == ' ' || c == '\t' || c == '\r':
				spaced = true
			case c == '-' || c == '/' || c == '\'' || c == '&':
			default:
				if c >= utf8.RuneSelf {
					spaced = true // non-letter runes (emoji, symbols) separate words
				} else {
					punct = true
				}
			}
			i += n
			continue
		}
		// A token starts here.
		start := i
		var fl uint16
		if isDigit(c) {
			fl |= tNum | tHasDigit
		} else {
			fl |= tWord
		}
		capFirst, allCap, letters := false, true, 0
		ns := len(d.buf)
		poss := false
		for i < len(text) {
			c = text[i]
			if isDigit(c) {
				fl |= tHasDigit
				d.buf = append(d.buf, c)
				i++
				continue
			}
			if c == '\'' || (c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99) {
				w := 1
				if c != '\'' {
					w = 3
				}
				j := i + w
				if j < len(text) {
					if l2, _ := isLetterAt(text, j); l2 {
						// possessive 's at word end
						if (text[j] == 's' || text[j] == 'S') && (j+1 >= len(text) || !isWordByte(text, j+1)) {
							poss = true
							i = j + 1
							break
						}
						d.buf = append(d.buf, '\'')
						i = j
						continue
					}
				}
				break
			}
			if c >= 'a' && c <= 'z' {
				allCap = false
				lower++
				d.buf = append(d.buf, c)
				letters++
				i++
				continue
			}
			l, m := isLetterAt(text, i)
			if !l {
				break
			}
			if c < utf8.RuneSelf {
				if c >= 'A' && c <= 'Z' {
					if letters == 0 {
						capFirst = true
					}
					upper++
					c += 'a' - 'A'
				} else {
					allCap = false
					lower++
				}
				d.buf = append(d.buf, c)
			} else {
				r, _ := utf8.DecodeRuneInString(text[i:])
				if unicode.IsUpper(r) {
					if letters == 0 {
						capFirst = true
					}
					upper++
					r = unicode.ToLower(r)
				} else {
					allCap = false
					lower++
				}
				d.buf = utf8.AppendRune(d.buf, r)
			}
			letters++
			i += m
		}
		end := i
		if poss {
			end = i - 2
			if end > start && text[end] != '\'' { // curly apostrophe is 3 bytes
				end = i - 4
			}
			if end <= start {
				end = i
			}
		}
		ne := len(d.buf)
		if capFirst {
			fl |= tCap
		}
		if allCap && letters >= 2 {
			fl |= tAllCap
		}
		if poss {
			fl |= tPoss
		}
		if punct {
			fl |= tPunctGap
		}
		if !spaced && len(d.toks) > 0 {
			fl |= tJoined
		}
		if breakNext {
			if len(d.toks) > 0 {
				sent++
			}
			fl |= tSentStart
			breakNext = false
		}
		t := token{start: start, end: end, ns: ns, ne: ne, gs: gapStart, flags: fl, sent: sent}
		t.ss, t.se = d.stemOf(ns, ne)
		if lex != nil {
			e := lex.wtab.get(d.buf[t.ss:t.se])
			t.id, t.info = e.id, e.info
			if t.info&(wFirst|wLast|wAmbiguous) != 0 {
				t.info &^= lex.nameMisses(d.buf[ns:ne])
			}
		}
		d.toks = append(d.toks, t)
		gapStart = end
		if poss {
			gapStart = i
		}
		punct, spaced = false, false
	}
	d.nsent = int(sent) + 1
	d.caps = upper > 20 && upper > 3*lower
}

func isWordByte(s string, i int) bool {
	if isDigit(s[i]) {
		return true
	}
	l, _ := isLetterAt(s, i)
	return l
}

// stemOf applies a light, consistent stemmer (plural, -ed, -ing, final e) to the normalized
// token at buf[ns:ne]; it returns a sub-slice or appends a rewritten form.
func (d *doc) stemOf(ns, ne int) (int, int) {
	w := d.buf[ns:ne]
	n := len(w)
	if n < 4 || w[0] < 'a' || w[0] > 'z' {
		return ns, ne
	}
	suf := func(s string) bool { return n > len(s) && string(w[n-len(s):]) == s }
	switch {
	case suf("ies") && n > 4:
		s := len(d.buf)
		d.buf = append(d.buf, w[:n-3]...)
		d.buf = append(d.buf, 'y')
		return s, len(d.buf)
	case suf("sses"):
		return ns, ne - 2
	case suf("ss") || suf("us") || suf("is"):
		return ns, ne
	case suf("shes") || suf("ches") || suf("xes"):
		return ns, ne - 2
	case suf("ing") && n >= 7:
		return ns, ne - 3
	case suf("ed") && n >= 6:
		return ns, ne - 2
	case suf("es") && n >= 6:
		return ns, ne - 2 // "diseases" and "disease" both become "diseas"
	case suf("s") && n >= 4:
		return ns, ne - 1
	case suf("e") && n >= 5:
		return ns, ne - 1
	}
	return ns, ne
}
