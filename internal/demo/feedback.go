package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// Yearly feedback volume per location by kind, before a ±20 % per-location jitter. Hospitals and
// urgent cares see far more patients, and far more of them write about it.
var annualVolume = map[string]int{
	LocationHospital:         880,
	LocationUrgentCare:       500,
	LocationPrimaryCare:      170,
	LocationDental:           150,
	LocationBehavioralHealth: 80,
	LocationImaging:          110,
}

// Star weights for 1..5 by location kind. Healthcare reviews are J-shaped: mostly fives, a
// heavy tail of ones, little in between; emergency and urgent care draw the most ones.
var starWeights = map[string][5]float64{
	LocationHospital:         {24, 7, 6, 11, 52},
	LocationUrgentCare:       {27, 6, 5, 10, 52},
	LocationPrimaryCare:      {16, 5, 6, 13, 60},
	LocationDental:           {10, 3, 4, 11, 72},
	LocationBehavioralHealth: {15, 5, 7, 13, 60},
	LocationImaging:          {12, 4, 6, 14, 64},
}

// Source shares before restricting to the platforms a location is listed on.
var sourceShare = []struct {
	source string
	share  float64
}{
	{SourceGoogle, 38}, {SourceSurvey, 20}, {SourceFacebook, 14}, {SourceInstagram, 8},
	{SourceYelp, 10}, {SourceHealthgrades, 10},
}

// Seasonality: relative amplitude and peak day of year. Respiratory season fills urgent cares
// and emergency rooms in winter; primary care peaks with back-to-school physicals.
var seasonality = map[string]struct {
	amp  float64
	peak int
}{
	LocationHospital:         {0.22, 20},
	LocationUrgentCare:       {0.35, 15},
	LocationPrimaryCare:      {0.12, 230},
	LocationDental:           {0.08, 200},
	LocationBehavioralHealth: {0.10, 30},
	LocationImaging:          {0.06, 300},
}

// Weekday weights, Monday first. Clinics are mostly closed at weekends, so little feedback is
// written about a Sunday; emergency rooms and urgent cares are busiest at weekends.
var weekdayWeights = map[bool][7]float64{
	true:  {1.1, 1.0, 1.0, 1.0, 1.05, 1.15, 1.1}, // walk-in kinds
	false: {1.2, 1.25, 1.2, 1.2, 1.05, 0.45, 0.3},
}

// Hour-of-day weights (local time): people write in the morning, at lunch and in the evening
// at home, rarely at night.
var hourWeights = [24]float64{
	0.25, 0.15, 0.1, 0.08, 0.08, 0.15, 0.4, 0.8, 1.3, 1.6, 1.7, 1.6,
	1.7, 1.6, 1.4, 1.3, 1.3, 1.4, 1.6, 1.8, 1.9, 1.7, 1.1, 0.6,
}

// feedbackGen writes the year of feedback. Every item draws from its own random streams, keyed
// by seed, location and item number: one for what it says (source, author, id, text), one for
// when. So moving the anchor redraws the times but keeps (almost) every item's id and text,
// and a storage layer that dedupes by external id does not seed a second year on a restart.
type feedbackGen struct {
	seed    uint64
	now     time.Time
	start   time.Time // exclusive lower bound of the window
	sites   []*site
	ids     map[string]map[string]bool // source -> external ids in use
	texts   map[string]bool            // texts already written, to keep them distinct
	hourCum []float64

	feedback []Feedback
	posts    []Post
}

func newFeedbackGen(seed uint64, now time.Time, regions []Region, femaleByKey map[string]bool) *feedbackGen {
	g := &feedbackGen{
		seed:  seed,
		now:   now,
		start: now.Add(-Window),
		ids:   make(map[string]map[string]bool),
		texts: make(map[string]bool),
	}
	for _, reg := range regions {
		for _, loc := range reg.Locations {
			spec := specFor(loc.Key)
			g.sites = append(g.sites, &site{Location: loc, vocab: vocab[loc.Kind], short: spec.short, femaleByKey: femaleByKey})
		}
	}
	g.hourCum = cumulative(hourWeights[:])
	return g
}

// stream returns the random stream number b of location a.
func (g *feedbackGen) stream(a, b uint64) *rand.Rand {
	return rand.New(rand.NewPCG(g.seed, a<<40|b))
}

// specFor returns the fixed description of the location with the given key.
func specFor(key string) siteSpec {
	for _, rs := range regionSpecs {
		for _, s := range rs.sites {
			if "loc-"+s.slug == key {
				return s
			}
		}
	}
	return siteSpec{}
}

// run generates every location and returns feedback and posts in time order.
func (g *feedbackGen) run() ([]Feedback, []Post) {
	for i, s := range g.sites {
		g.location(uint64(i), s)
	}
	slices.SortStableFunc(g.feedback, func(a, b Feedback) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		if c := strings.Compare(a.Source, b.Source); c != 0 {
			return c
		}
		return strings.Compare(a.ExternalID, b.ExternalID)
	})
	slices.SortStableFunc(g.posts, func(a, b Post) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ExternalID, b.ExternalID)
	})
	return g.feedback, g.posts
}

// location generates one location's year: its posts, then its feedback.
func (g *feedbackGen) location(li uint64, s *site) {
	r := g.stream(li, 0)
	tz := zone(s.TimeZone)
	dayCum := g.dayWeights(s, tz)
	posts := map[string][]Post{}
	for i, src := range []string{SourceFacebook, SourceInstagram} {
		if _, ok := s.Listings[src]; ok {
			posts[src] = g.makePosts(g.stream(li, 1+uint64(i)), s, src, tz)
		}
	}
	var sources []string
	var shares []float64
	for _, ss := range sourceShare {
		if ss.source == SourceSurvey {
			sources, shares = append(sources, ss.source), append(shares, ss.share)
			continue
		}
		if _, ok := s.Listings[ss.source]; ok {
			share := ss.share
			if s.Kind == LocationBehavioralHealth && ss.source == SourceHealthgrades {
				share *= 2 // patients of therapists review on provider directories, rarely in public feeds
			}
			sources, shares = append(sources, ss.source), append(shares, share)
		}
	}
	srcCum := cumulative(shares)
	n := int(float64(annualVolume[s.Kind]) * (0.8 + 0.4*r.Float64()))
	for i := range uint64(n) {
		src := sources[draw(r, srcCum)]
		g.one(g.stream(li, 16+2*i), g.stream(li, 17+2*i), s, src, tz, dayCum, posts[src])
	}
}

// one generates one item from src (and, for comments, sometimes a reply under it). r decides
// what the item says, rt when it was written.
func (g *feedbackGen) one(r, rt *rand.Rand, s *site, src string, tz *time.Location, dayCum []float64, posts []Post) {
	f := Feedback{LocationKey: s.Key, Source: src}
	switch src {
	case SourceFacebook:
		switch x := r.Float64(); {
		case x < 0.35:
			f.Kind = KindReview // a recommendation: no stars
		case x < 0.8:
			f.Kind = KindComment
		case x < 0.95:
			f.Kind = KindMessage
		default:
			f.Kind = KindMention
		}
	case SourceInstagram:
		switch x := r.Float64(); {
		case x < 0.65:
			f.Kind = KindComment
		case x < 0.85:
			f.Kind = KindMention
		default:
			f.Kind = KindMessage
		}
	case SourceSurvey:
		f.Kind = KindSurvey
	default:
		f.Kind = KindReview
	}
	if f.Kind == KindComment {
		// Comments hang off one of the location's posts, a few hours after it. A post outside
		// the window, or one too recent to have drawn comments yet, turns this into a message.
		f.Kind = KindMessage
		if len(posts) > 0 {
			p := posts[r.IntN(len(posts))]
			if at := g.after(rt, p.CreatedAt, 10*time.Hour); !at.IsZero() && p.CreatedAt.After(g.start) {
				f.Kind, f.ParentExternalID, f.CreatedAt = KindComment, p.ExternalID, at
			}
		}
	}
	if f.CreatedAt.IsZero() {
		f.CreatedAt = g.when(rt, tz, dayCum)
	}
	f.AuthorName = author(r, src)
	f.ExternalID = g.externalID(r, s, src, f.Kind, f.ParentExternalID)

	it := newItem(r, s)
	if src == SourceHealthgrades && chance(r, 0.7) {
		it.provider() // directory reviews are mostly about one clinician
	}
	f.Text = g.distinct(func() string { return g.compose(it, &f) })
	f.Tags = it.finalTags(f.Text)
	if it.provUsed {
		f.ProviderKey = it.prov.Key
	}
	g.feedback = append(g.feedback, f)

	if f.Kind == KindComment && chance(r, 0.14) {
		g.reply(r, rt, s, f)
	}
}

// reply adds another patient's reply under comment c.
func (g *feedbackGen) reply(r, rt *rand.Rand, s *site, c Feedback) {
	at := g.after(rt, c.CreatedAt, 4*time.Hour)
	if at.IsZero() {
		return
	}
	f := Feedback{
		LocationKey:      s.Key,
		Source:           c.Source,
		Kind:             KindComment,
		AuthorName:       author(r, c.Source),
		CreatedAt:        at,
		ParentExternalID: c.ExternalID,
	}
	f.ExternalID = g.externalID(r, s, c.Source, KindComment, c.ExternalID)
	tone := toneNeutral
	switch {
	case slices.Contains(c.Tags, toneComplaint), slices.Contains(c.Tags, toneMixed):
		tone = pickTone(r, 0.15, 0.6)
	case slices.Contains(c.Tags, tonePraise):
		tone = pickTone(r, 0.7, 0.05)
	}
	it := newItem(r, s)
	f.Text = g.distinct(func() string {
		*it = item{r: r, site: s, slots: make(map[string]string, 8)}
		text := it.threadReply(tone)
		if chance(r, 0.4) {
			// Replies often address the person they answer.
			text = addressee(c.Source, c.AuthorName) + " " + text
		}
		return text
	})
	f.Tags = it.finalTags(f.Text)
	if it.provUsed {
		f.ProviderKey = it.prov.Key
	}
	g.feedback = append(g.feedback, f)
}

// addressee is how a reply names the commenter it answers: an @handle on Instagram, a first
// name on Facebook.
func addressee(src, author string) string {
	if src == SourceInstagram {
		return author
	}
	first, _, _ := strings.Cut(author, " ")
	return first
}

// pickTone returns praise with probability pPos, complaint with pNeg, else neutral.
func pickTone(r *rand.Rand, pPos, pNeg float64) string {
	switch x := r.Float64(); {
	case x < pPos:
		return tonePraise
	case x < pPos+pNeg:
		return toneComplaint
	}
	return toneNeutral
}

// compose fills rating/NPS and returns the text for f, choosing the special cases (spam,
// other languages, essays, emoji) at their realistic rates.
func (g *feedbackGen) compose(it *item, f *Feedback) string {
	r := it.r
	*it = item{r: r, site: it.site, prov: it.prov, slots: make(map[string]string, 8)}
	f.Rating, f.NPS = nil, nil
	switch f.Kind {
	case KindSurvey:
		nps, tone := surveyScore(r)
		f.NPS = &nps
		if chance(r, 0.025) && tone != toneNeutral && tone != toneMixed {
			return it.foreign(tone)
		}
		return it.surveyComment(tone)
	case KindMessage:
		if chance(r, 0.03) {
			return it.spamText()
		}
		if chance(r, 0.8) {
			return it.directMessage()
		}
		return it.review(toneComplaint)
	case KindMention:
		if chance(r, 0.05) {
			return it.spamText()
		}
		return it.mention(pickTone(r, 0.7, 0.3))
	case KindComment:
		if chance(r, 0.07) {
			return it.spamText()
		}
		if chance(r, 0.02) {
			return it.foreign(pickTone(r, 0.7, 0.3))
		}
		tone := pickTone(r, 0.45, 0.25)
		if tone == toneNeutral && chance(r, 0.15) {
			tone = toneMixed
		}
		return casual(r, it.socialComment(tone))
	}
	// Reviews.
	var tone string
	oneVoice := toneComplaint
	if f.Source == SourceFacebook {
		tone = pickTone(r, 0.72, 0.23)
		if tone == toneNeutral {
			tone = toneMixed
		}
	} else {
		stars := stars(r, it.site.Kind, f.Source)
		f.Rating = &stars
		tone = toneForStars(r, stars)
	}
	if tone == toneMixed && f.Rating != nil {
		// Foreign-language and essay texts are written in one voice: lean to the rating.
		oneVoice = tonePraise
		if *f.Rating <= 3 {
			oneVoice = toneComplaint
		}
	}
	spamRate := 0.012
	if f.Source == SourceHealthgrades {
		spamRate = 0.003
	}
	switch x := r.Float64(); {
	case x < spamRate:
		return it.spamText()
	case x < spamRate+0.03:
		if tone == toneMixed {
			tone = oneVoice
		}
		return it.foreign(tone)
	case x < spamRate+0.06:
		if tone == toneMixed {
			tone = oneVoice
		}
		return it.longForm(tone)
	case x < spamRate+0.09:
		return it.emojiLaden(it.review(tone), tone)
	}
	text := it.review(tone)
	if f.Source == SourceFacebook || f.Source == SourceGoogle {
		text = casual(r, text)
	}
	return text
}

// stars draws a star rating for a review on src at a location of kind.
func stars(r *rand.Rand, kind, src string) int {
	w := starWeights[kind]
	switch src {
	case SourceYelp:
		w[0] *= 1.4 // Yelp's reviewers are the harshest
		w[1] *= 1.2
	case SourceHealthgrades:
		w[0] *= 0.7
		w[4] *= 1.1
	}
	return 1 + draw(r, cumulative(w[:]))
}

// toneForStars maps a rating to what the text says: fives praise, ones complain, threes are
// mostly mixed.
func toneForStars(r *rand.Rand, stars int) string {
	x := r.Float64()
	switch stars {
	case 5:
		return tonePraise
	case 4:
		if x < 0.78 {
			return tonePraise
		}
		return toneMixed
	case 3:
		switch {
		case x < 0.7:
			return toneMixed
		case x < 0.85:
			return toneComplaint
		}
		return tonePraise
	case 2:
		if x < 0.65 {
			return toneComplaint
		}
		return toneMixed
	}
	return toneComplaint
}

// surveyScore draws a 0..10 likelihood-to-recommend answer and the tone of the comment that
// goes with it: promoters praise, detractors complain, passives are in between.
func surveyScore(r *rand.Rand) (int, string) {
	switch x := r.Float64(); {
	case x < 0.56:
		return 9 + r.IntN(2), pickToneOrMixed(r, 0.95, 0)
	case x < 0.80:
		return 7 + r.IntN(2), pickToneOrMixed(r, 0.4, 0)
	}
	detractor := []int{0, 0, 1, 2, 3, 4, 5, 5, 6, 6, 6}
	return pick(r, detractor), pickToneOrMixed(r, 0, 0.78)
}

// pickToneOrMixed returns praise with pPos, complaint with pNeg, and otherwise mixed or neutral.
func pickToneOrMixed(r *rand.Rand, pPos, pNeg float64) string {
	switch x := r.Float64(); {
	case x < pPos:
		return tonePraise
	case x < pPos+pNeg:
		return toneComplaint
	case chance(r, 0.6):
		return toneMixed
	}
	return toneNeutral
}

// distinct redraws a text that was already written, so the inbox does not repeat itself. After
// a dozen tries a short one ("Great people.") may repeat, as it does in real feeds; long ones
// practically never do because their slots and sentence combinations run into the millions.
func (g *feedbackGen) distinct(compose func() string) string {
	var text string
	for range 12 {
		text = compose()
		if !g.texts[text] {
			break
		}
	}
	g.texts[text] = true
	return text
}

// dayWeights returns the cumulative weight of each of the 366 local calendar days that can
// overlap the window, index 0 being today: weekday rhythm × season × slow growth (the demo
// organization's review volume rises over the year, as it would after adopting Bedside).
func (g *feedbackGen) dayWeights(s *site, tz *time.Location) []float64 {
	walkIn := s.Kind == LocationHospital || s.Kind == LocationUrgentCare
	season := seasonality[s.Kind]
	today := g.now.In(tz)
	w := make([]float64, 366)
	for d := range w {
		day := time.Date(today.Year(), today.Month(), today.Day()-d, 12, 0, 0, 0, tz)
		wd := (int(day.Weekday()) + 6) % 7
		seasonal := 1 + season.amp*math.Cos(2*math.Pi*float64(day.YearDay()-season.peak)/365.25)
		growth := 0.85 + 0.3*float64(365-d)/365
		w[d] = weekdayWeights[walkIn][wd] * seasonal * growth
	}
	return cumulative(w)
}

// when draws a timestamp in (start, now], on a weighted day at a weighted local hour.
func (g *feedbackGen) when(r *rand.Rand, tz *time.Location, dayCum []float64) time.Time {
	today := g.now.In(tz)
	for range 50 {
		d := draw(r, dayCum)
		h := draw(r, g.hourCum)
		t := time.Date(today.Year(), today.Month(), today.Day()-d, h, r.IntN(60), r.IntN(60), 0, tz)
		if t.After(g.start) && !t.After(g.now) {
			return t
		}
	}
	// Only reachable right after local midnight with unlucky draws: fall back to a uniform instant.
	return g.now.Add(-time.Duration(r.Int64N(int64(Window)))).In(tz)
}

// after returns a time after t with an exponential delay of the given mean (at least two
// minutes), or the zero time if that would be later than now.
func (g *feedbackGen) after(r *rand.Rand, t time.Time, mean time.Duration) time.Time {
	d := time.Duration(r.ExpFloat64()*float64(mean)) + 2*time.Minute
	at := t.Add(d).Truncate(time.Second)
	if at.After(g.now) || !at.After(t) {
		return time.Time{}
	}
	return at
}

// makePosts writes the location's own posts on src: every week and a half or so, in office
// hours. The returned list includes posts that fall just outside the window (they are not
// published in the dataset), so that which post a comment picks does not depend on the anchor.
func (g *feedbackGen) makePosts(r *rand.Rand, s *site, src string, tz *time.Location) []Post {
	var specs []postSpec
	for _, p := range postTexts {
		if p.kinds == "" || strings.IndexByte(p.kinds, s.vocab.letter) >= 0 {
			specs = append(specs, p)
		}
	}
	var out []Post
	today := g.now.In(tz)
	for d := 364 - r.IntN(6); d >= 0; d -= 7 + r.IntN(8) {
		t := time.Date(today.Year(), today.Month(), today.Day()-d, 8+r.IntN(9), r.IntN(60), 0, 0, tz)
		p := Post{
			LocationKey: s.Key,
			Source:      src,
			ExternalID:  g.externalID(r, s, src, "post", ""),
			Text:        newItem(r, s).fill(pick(r, specs).text),
			CreatedAt:   t,
		}
		out = append(out, p)
		if t.After(g.start) && !t.After(g.now) {
			g.posts = append(g.posts, p)
		}
	}
	return out
}

// externalID invents an id shaped like the platform's own, unique per source.
func (g *feedbackGen) externalID(r *rand.Rand, s *site, src, kind, parent string) string {
	seen := g.ids[src]
	if seen == nil {
		seen = make(map[string]bool)
		g.ids[src] = seen
	}
	for {
		var id string
		switch src {
		case SourceGoogle:
			// Business Profile review ids are opaque base64url strings.
			id = "AbFvOq" + randChars(r, base64url, 34)
		case SourceFacebook:
			page := s.Listings[SourceFacebook]
			switch kind {
			case "post", KindReview:
				id = page + "_" + randDigits(r, 16)
			case KindComment:
				// Comment ids are "<post id part>_<comment id>"; replies share the post part.
				postPart := randDigits(r, 16)
				if i := strings.LastIndexByte(parent, '_'); i >= 0 && strings.HasPrefix(parent, page+"_") {
					postPart = parent[i+1:]
				} else if i := strings.IndexByte(parent, '_'); i >= 0 {
					postPart = parent[:i]
				}
				id = postPart + "_" + randDigits(r, 16)
			case KindMessage:
				id = "m_" + randChars(r, base64url, 22)
			default: // mention: a post on the mentioning user's timeline
				id = randDigits(r, 15) + "_" + randDigits(r, 16)
			}
		case SourceInstagram:
			if kind == KindMessage {
				id = "aWdfZAG" + randChars(r, base64url, 30)
			} else {
				id = "17" + randDigits(r, 15)
			}
		case SourceYelp:
			id = randChars(r, base64url, 22)
		case SourceHealthgrades:
			id = randChars(r, "0123456789abcdef", 24)
		case SourceSurvey:
			id = "R_" + randChars(r, base62, 15) // Qualtrics-style response id
		}
		if !seen[id] {
			seen[id] = true
			return id
		}
	}
}

func randDigits(r *rand.Rand, n int) string {
	return fmt.Sprintf("%d", 1+r.IntN(9)) + randChars(r, digits, n-1)
}

// author invents the public name a platform would show.
func author(r *rand.Rand, src string) string {
	first, last := pick(r, patientFirstNames), pick(r, patientLastNames)
	initial := last[:1] + "."
	switch src {
	case SourceGoogle:
		switch x := r.Float64(); {
		case x < 0.7:
			return first + " " + last
		case x < 0.85:
			return first + " " + initial
		case x < 0.97:
			return first
		}
		return "A Google user"
	case SourceFacebook:
		return first + " " + last
	case SourceInstagram:
		return "@" + handle(r)
	case SourceYelp:
		return first + " " + initial
	case SourceHealthgrades:
		switch x := r.Float64(); {
		case x < 0.6:
			return first + " " + initial
		case x < 0.85:
			return "Verified Patient"
		}
		return "Anonymous"
	}
	// Surveys: anonymous unless the respondent chose to sign.
	if chance(r, 0.15) {
		return first + " " + last
	}
	return ""
}

func cumulative(w []float64) []float64 {
	out := make([]float64, len(w))
	var sum float64
	for i, x := range w {
		sum += x
		out[i] = sum
	}
	return out
}

// draw returns an index with probability proportional to its weight.
func draw(r *rand.Rand, cum []float64) int {
	x := r.Float64() * cum[len(cum)-1]
	i, _ := slices.BinarySearch(cum, x)
	if i >= len(cum) {
		i = len(cum) - 1
	}
	return i
}
