package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tone tags: every generated item carries exactly one of these.
const (
	tonePraise    = "praise"
	toneComplaint = "complaint"
	toneMixed     = "mixed"
	toneNeutral   = "neutral"
	toneSpam      = "spam"
)

// site is a location plus what the composer needs to write about it.
type site struct {
	Location
	vocab       kindVocab
	short       string
	femaleByKey map[string]bool
}

// item composes the text of one feedback item. Slot values are drawn once per item and reused,
// so "{nurse}" names the same nurse in every sentence of a review.
type item struct {
	r     *rand.Rand
	site  *site
	prov  *Provider
	fam   *famCase
	slots map[string]string
	tags  []string

	provUsed  bool // the text names prov: Feedback.ProviderKey is set
	disclosed bool // the text carries the writer's own health details or identifiers
	spam      bool
}

func newItem(r *rand.Rand, s *site) *item {
	return &item{r: r, site: s, slots: make(map[string]string, 8)}
}

func (it *item) tag(tags ...string) {
	for _, t := range tags {
		if !slices.Contains(it.tags, t) {
			it.tags = append(it.tags, t)
		}
	}
}

// finalTags returns the sorted tag set, adding the ones read off the finished text.
func (it *item) finalTags(text string) []string {
	if it.disclosed {
		it.tag("self_disclosure")
	}
	if hasEmoji(text) {
		it.tag("emoji")
	}
	out := slices.Clone(it.tags)
	slices.Sort(out)
	return out
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

func (it *item) provider() *Provider {
	if it.prov == nil {
		ps := it.site.Providers
		it.prov = &ps[it.r.IntN(len(ps))]
	}
	return it.prov
}

func (it *item) family() *famCase {
	if it.fam == nil {
		f := pick(it.r, it.site.vocab.family)
		it.fam = &f
	}
	return it.fam
}

// line picks a line from lines that suits the item's location kind and fills its slots. A line
// may start with "[hu]": the location-kind letters (see postSpec) it is limited to, so that
// nobody gets an IV at the dentist.
func (it *item) line(lines []string) string {
	var l string
	for range 16 {
		l = pick(it.r, lines)
		if l == "" || l[0] != '[' {
			break
		}
		end := strings.IndexByte(l, ']')
		if end > 0 && strings.IndexByte(l[1:end], it.site.vocab.letter) >= 0 {
			l = l[end+1:]
			break
		}
	}
	if l != "" && l[0] == '[' { // no suitable line drawn: use the first unrestricted one
		for _, c := range lines {
			if c == "" || c[0] != '[' {
				l = c
				break
			}
		}
	}
	return it.fill(l)
}

// twoLines joins two different lines from lines.
func (it *item) twoLines(lines []string) string {
	a := it.line(lines)
	for range 8 {
		if b := it.line(lines); b != a {
			return a + " " + b
		}
	}
	return a
}

// fill replaces every {slot} in tmpl. Unknown slots are left as written so tests notice them.
func (it *item) fill(tmpl string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		b.WriteString(it.slot(tmpl[i+1 : i+j]))
		tmpl = tmpl[i+j+1:]
	}
}

func (it *item) slot(name string) string {
	if name == "" {
		return "{}"
	}
	upper := name[0] >= 'A' && name[0] <= 'Z'
	key := strings.ToLower(name[:1]) + name[1:]
	v, ok := it.slots[key]
	if !ok {
		v, ok = it.value(key)
		if !ok {
			return "{" + name + "}"
		}
		it.slots[key] = v
	}
	if upper {
		return capitalize(v)
	}
	return v
}

// value draws a fresh value for a slot.
func (it *item) value(key string) (string, bool) {
	r, s := it.r, it.site
	switch key {
	case "prov":
		it.provUsed = true
		return it.provider().RefName, true
	case "he", "him", "his":
		female := s.femaleByKey[it.provider().Key]
		return pronoun(key, female), true
	case "nurse", "desk":
		return it.distinctStaff(), true
	case "crew":
		return s.vocab.crew, true
	case "visit":
		return pick(r, s.vocab.visits), true
	case "loc":
		return s.short, true
	case "city":
		return s.City, true
	case "org":
		return orgShort, true
	case "cond":
		it.disclosed = true
		return pick(r, s.vocab.acute), true
	case "chronic":
		it.disclosed = true
		return pick(r, s.vocab.chronic), true
	case "proc":
		it.disclosed = true
		return pick(r, s.vocab.procs), true
	case "test":
		it.disclosed = true
		return pick(r, s.vocab.tests), true
	case "fam":
		return it.family().who, true
	case "fp":
		return it.family().subj, true
	case "fposs":
		return it.family().poss, true
	case "famcond":
		it.disclosed = true
		return it.family().cond, true
	case "famposs":
		// "my son's asthma", "my dad's stroke": the possessive drops the article.
		it.disclosed = true
		f := it.family()
		cond := f.cond
		for _, art := range []string{"a ", "an ", "the "} {
			cond = strings.TrimPrefix(cond, art)
		}
		return f.who + "'s " + cond, true
	case "wait":
		return pick(r, waitPhrases), true
	case "mins":
		return pick(r, shortWaits), true
	case "hold":
		return pick(r, holdPhrases), true
	case "weeks":
		return pick(r, weekCounts), true
	case "apptime":
		return pick(r, apptTimes), true
	case "years":
		return pick(r, yearCounts), true
	case "day":
		return pick(r, weekdays), true
	case "daypart":
		return pick(r, dayparts), true
	case "month":
		return pick(r, months), true
	case "ins":
		return pick(r, insurers), true
	case "amount":
		return money(r), true
	case "amount2":
		return pick(r, parkingCosts), true
	case "friend":
		return handle(r), true
	case "handle":
		return "harborlighthealth", true
	case "url":
		return fmt.Sprintf("https://%s/%s", pick(r, spamDomains), randChars(r, lowerDigits, 6)), true
	case "phone":
		if it.spam {
			return fmt.Sprintf("+1 555-01%02d", 50+r.IntN(50)), true
		}
		it.disclosed = true
		it.tag("privacy")
		return fmt.Sprintf("(%s) 555-01%02d", pick(r, []string{"312", "773", "303", "720", "616", "269"}), r.IntN(100)), true
	case "acct":
		it.disclosed = true
		it.tag("privacy")
		return fmt.Sprintf("%04d-%05d", 1000+r.IntN(9000), r.IntN(100000)), true
	case "domain":
		return orgDomain, true
	case "orgphone":
		return s.Phone, true
	}
	return "", false
}

// distinctStaff names a staff member different from the others already named in this item.
func (it *item) distinctStaff() string {
	for range 8 {
		n := pick(it.r, staffFirstNames)
		if n != it.slots["nurse"] && n != it.slots["desk"] {
			return n
		}
	}
	return pick(it.r, staffFirstNames)
}

func pronoun(key string, female bool) string {
	switch {
	case key == "he" && female:
		return "she"
	case key == "him" && female, key == "his" && female:
		return "her"
	}
	return key
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// money formats a plausible patient-facing amount: mostly hundreds, sometimes thousands.
func money(r *rand.Rand) string {
	var cents int
	switch x := r.Float64(); {
	case x < 0.55:
		cents = 8500 + r.IntN(60000)
	case x < 0.9:
		cents = 70000 + r.IntN(300000)
	default:
		cents = 400000 + r.IntN(1500000)
	}
	dollars := cents / 100
	s := fmt.Sprintf("%d", dollars)
	if dollars >= 1000 {
		s = fmt.Sprintf("%d,%03d", dollars/1000, dollars%1000)
	}
	if chance(r, 0.5) {
		return fmt.Sprintf("$%s.%02d", s, cents%100)
	}
	return "$" + s
}

// theme is a family of sentences about one subject; weights give how often each location kind
// talks about it, in the order hospital, urgent care, primary care, dental, behavioral, imaging.
type theme struct {
	tag     string
	extra   string // a second topic tag, e.g. parking is also facility
	lines   []string
	weights [6]int
}

var kindIndex = map[string]int{
	LocationHospital: 0, LocationUrgentCare: 1, LocationPrimaryCare: 2,
	LocationDental: 3, LocationBehavioralHealth: 4, LocationImaging: 5,
}

var praiseThemes = []theme{
	{tag: "provider", lines: praiseProvider, weights: [6]int{30, 30, 45, 45, 50, 15}},
	{tag: "provider", lines: praiseProviderGeneric, weights: [6]int{10, 15, 5, 5, 5, 10}},
	{tag: "nursing", lines: praiseNursing, weights: [6]int{40, 25, 15, 30, 10, 30}},
	{tag: "staff", lines: praiseStaff, weights: [6]int{15, 25, 30, 30, 30, 30}},
	{tag: "wait", lines: praiseSpeed, weights: [6]int{10, 35, 20, 15, 10, 30}},
	{tag: "cleanliness", lines: praiseClean, weights: [6]int{10, 10, 10, 20, 10, 20}},
	{tag: "outcome", lines: praiseOutcome, weights: [6]int{25, 10, 10, 10, 25, 5}},
	{tag: "communication", lines: praiseComm, weights: [6]int{12, 10, 15, 10, 10, 20}},
}

var complaintThemes = []theme{
	{tag: "wait", lines: complainWait, weights: [6]int{45, 50, 25, 15, 15, 30}},
	{tag: "billing", lines: complainBilling, weights: [6]int{30, 30, 25, 35, 20, 35}},
	{tag: "staff", lines: complainStaff, weights: [6]int{25, 25, 30, 25, 25, 20}},
	{tag: "parking", extra: "facility", lines: complainParking, weights: [6]int{20, 5, 10, 5, 5, 15}},
	{tag: "phone", lines: complainPhone, weights: [6]int{10, 10, 35, 20, 35, 15}},
	{tag: "cleanliness", lines: complainClean, weights: [6]int{12, 10, 6, 6, 4, 6}},
	{tag: "provider", lines: complainProvider, weights: [6]int{15, 15, 25, 15, 30, 5}},
	{tag: "provider", lines: complainProviderGeneric, weights: [6]int{15, 20, 8, 8, 8, 8}},
	{tag: "communication", lines: complainComm, weights: [6]int{25, 15, 25, 10, 15, 25}},
	{tag: "privacy", lines: complainPrivacy, weights: [6]int{4, 3, 4, 2, 6, 3}},
}

// pickThemes draws n distinct themes by weight for the item's location kind.
func (it *item) pickThemes(ts []theme, n int) []theme {
	k := kindIndex[it.site.Kind]
	used := make([]bool, len(ts))
	var out []theme
	for len(out) < n {
		total := 0
		for i, t := range ts {
			if !used[i] {
				total += t.weights[k]
			}
		}
		if total == 0 {
			break
		}
		x := it.r.IntN(total)
		for i, t := range ts {
			if used[i] {
				continue
			}
			if x < t.weights[k] {
				used[i] = true
				out = append(out, t)
				break
			}
			x -= t.weights[k]
		}
	}
	return out
}

func (it *item) say(t theme) string {
	it.tag(t.tag)
	if t.extra != "" {
		it.tag(t.extra)
	}
	return it.line(t.lines)
}

// opening optionally sets the scene: neutral context or the writer's own health story.
func (it *item) opening(pDisclose, pContext float64) string {
	switch x := it.r.Float64(); {
	case x < pDisclose:
		if chance(it.r, 0.3) {
			return it.line(disclosureFamily)
		}
		return it.line(disclosureSelf)
	case x < pDisclose+pContext:
		return it.line(contextLines)
	}
	return ""
}

// review writes a review-length text in the given tone (praise, complaint or mixed).
func (it *item) review(tone string) string {
	r := it.r
	var parts []string
	add := func(s string) {
		if s != "" {
			parts = append(parts, s)
		}
	}
	it.tag(tone)
	switch tone {
	case tonePraise:
		if chance(r, 0.45) {
			add(it.line(posOpeners))
		}
		add(it.opening(0.3, 0.15))
		for _, t := range it.pickThemes(praiseThemes, 1+r.IntN(3)) {
			add(it.say(t))
		}
		if chance(r, 0.025) {
			it.tag("profanity")
			add(it.line(profanityPositive))
		}
		if chance(r, 0.6) {
			add(it.line(posClosers))
		}
		if chance(r, 0.06) {
			add(emojiRun(r, emojiPositive))
		}
	case toneComplaint:
		if chance(r, 0.4) {
			add(it.line(negOpeners))
		}
		add(it.opening(0.3, 0.2))
		for _, t := range it.pickThemes(complaintThemes, 1+r.IntN(3)) {
			add(it.say(t))
		}
		if chance(r, 0.1) {
			it.tag("profanity")
			if chance(r, 0.55) {
				add(it.line(profanityMild))
			} else {
				add(it.line(profanityStrong))
			}
		}
		if chance(r, 0.55) {
			add(it.line(negClosers))
		}
		if chance(r, 0.05) {
			add(emojiRun(r, emojiNegative))
		}
	default: // mixed
		if chance(r, 0.6) {
			add(it.line(mixedBridges))
		}
		add(it.opening(0.25, 0.15))
		pos := it.pickThemes(praiseThemes, 1)
		neg := it.pickThemes(complaintThemes, 1+r.IntN(2))
		if chance(r, 0.5) {
			for _, t := range pos {
				add(it.say(t))
			}
			for _, t := range neg {
				add(it.say(t))
			}
		} else {
			for _, t := range neg {
				add(it.say(t))
			}
			for _, t := range pos {
				add(it.say(t))
			}
		}
		if chance(r, 0.05) {
			it.tag("profanity")
			add(it.line(profanityMild))
		}
	}
	return strings.Join(parts, " ")
}

// longForm writes the occasional essay-length review: a whole day recounted.
func (it *item) longForm(tone string) string {
	r := it.r
	it.tag(tone, "long")
	var parts []string
	if tone == tonePraise {
		parts = append(parts, it.line(posOpeners))
	} else {
		parts = append(parts, it.line(negOpeners))
	}
	extras := longExtrasNegative
	if tone == tonePraise {
		extras = longExtrasPositive
	}
	extras = shuffled(r, append(slices.Clone(longExtras), extras...))
	parts = append(parts, extras[0], it.line(contextLines), it.line(disclosureSelf))
	ts := complaintThemes
	if tone == tonePraise {
		ts = praiseThemes
	}
	for _, t := range it.pickThemes(ts, 4) {
		parts = append(parts, it.say(t))
	}
	if tone != tonePraise {
		// Even angry essays usually credit someone.
		for _, t := range it.pickThemes(praiseThemes, 1) {
			parts = append(parts, it.say(t))
		}
	}
	parts = append(parts, extras[1], extras[2])
	// Essays run on: keep adding detail until it reads like one.
	for i := 3; i < len(extras) && textLen(parts) < 700; i++ {
		for _, t := range it.pickThemes(ts, 1) {
			if !slices.Contains(it.tags, t.tag) || chance(r, 0.5) {
				parts = append(parts, it.say(t))
			}
		}
		parts = append(parts, extras[i])
	}
	if tone == tonePraise {
		parts = append(parts, it.line(posClosers))
	} else {
		parts = append(parts, it.line(negClosers))
	}
	return strings.Join(parts, " ")
}

func textLen(parts []string) int {
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	return n
}

// socialComment writes a short comment under one of the organization's posts.
func (it *item) socialComment(tone string) string {
	r := it.r
	switch tone {
	case tonePraise:
		it.tag(tonePraise)
		if chance(r, 0.25) {
			return it.review(tonePraise)
		}
		s := it.line(socialPositive)
		if chance(r, 0.2) {
			s += " " + emojiRun(r, emojiPositive)
		}
		return s
	case toneComplaint:
		it.tag(toneComplaint)
		if chance(r, 0.35) {
			return it.review(toneComplaint)
		}
		return it.line(socialNegative)
	case toneMixed:
		return it.review(toneMixed)
	}
	it.tag(toneNeutral)
	if chance(r, 0.3) {
		return it.line(socialTagFriend)
	}
	it.tag("question")
	return it.line(socialQuestions)
}

func (it *item) threadReply(tone string) string {
	it.tag(tone)
	switch tone {
	case tonePraise:
		return it.line(threadRepliesPositive)
	case toneComplaint:
		return it.line(threadRepliesNegative)
	}
	return it.line(threadRepliesNeutral)
}

// directMessage writes a private message; people say more in private.
func (it *item) directMessage() string {
	it.tag(toneNeutral, "question")
	return it.line(directMessages)
}

func (it *item) mention(tone string) string {
	it.tag(tone)
	if tone == toneComplaint {
		return it.line(mentionsNegative)
	}
	return it.line(mentionsPositive)
}

// surveyComment writes the free-text answer of a survey: usually terse, sometimes a full review.
func (it *item) surveyComment(tone string) string {
	r := it.r
	if tone != toneNeutral && chance(r, 0.45) {
		return it.review(tone)
	}
	it.tag(tone)
	switch tone {
	case tonePraise:
		if chance(r, 0.4) {
			return it.twoLines(surveyPositive)
		}
		return it.line(surveyPositive)
	case toneComplaint:
		if chance(r, 0.4) {
			return it.twoLines(surveyNegative)
		}
		return it.line(surveyNegative)
	case toneMixed:
		return it.line(surveyPositive) + " " + it.line(surveyNegative)
	}
	return it.line(surveyNeutral)
}

func (it *item) spamText() string {
	it.spam = true
	it.tag(toneSpam)
	return it.line(spamTexts)
}

func (it *item) foreign(tone string) string {
	it.tag(tone, "non_english")
	if tone == toneComplaint {
		return it.line(nonEnglishNegative)
	}
	return it.line(nonEnglishPositive)
}

// emojiLaden decorates a text with a run of emoji, the way some people write every review.
func (it *item) emojiLaden(text, tone string) string {
	set := emojiPositive
	if tone == toneComplaint {
		set = emojiNegative
	}
	return emojiRun(it.r, set) + " " + text + " " + emojiRun(it.r, set) + emojiRun(it.r, set)
}

func emojiRun(r *rand.Rand, set []string) string {
	e := pick(r, set)
	return strings.Repeat(e, 1+r.IntN(3))
}

// casual applies the typing habits of social media: all lower case, extra exclamation marks.
func casual(r *rand.Rand, s string) string {
	switch x := r.Float64(); {
	case x < 0.12:
		return strings.ToLower(s)
	case x < 0.18:
		if strings.HasSuffix(s, ".") {
			return strings.TrimSuffix(s, ".") + strings.Repeat("!", 2+r.IntN(2))
		}
	case x < 0.22:
		return strings.ReplaceAll(strings.ReplaceAll(s, ". ", "... "), "Dr... ", "Dr. ")
	}
	return s
}

// hasEmoji reports whether s contains a pictographic emoji.
func hasEmoji(s string) bool {
	for _, c := range s {
		if (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x2B50 {
			return true
		}
	}
	return false
}

const (
	lowerDigits = "abcdefghijklmnopqrstuvwxyz0123456789"
	base62      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	base64url   = base62 + "-_"
	digits      = "0123456789"
)

func randChars(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// handle invents an Instagram-style handle (without the @).
func handle(r *rand.Rand) string {
	first := strings.ToLower(slugify(pick(r, patientFirstNames)))
	sep := pick(r, []string{"_", ".", ""})
	switch x := r.IntN(4); x {
	case 0:
		return first + sep + pick(r, handleWords)
	case 1:
		return first + sep + strings.ToLower(slugify(pick(r, patientLastNames))) + fmt.Sprintf("%d", r.IntN(99))
	case 2:
		return pick(r, handleWords) + sep + first
	}
	return first + fmt.Sprintf("%d", 80+r.IntN(25))
}
