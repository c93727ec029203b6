// Package demo builds the fictional health system that `bedside serve --demo` seeds, so that
// someone who has never seen Bedside finds a believable organization in the browser: regions,
// locations of every kind, providers, one user per role and a year of patient feedback written
// in real patient voice (praise, complaints, self-disclosed diagnoses, profanity, spam).
//
// The package is pure: Generate does no I/O and returns plain values; the caller writes them to
// storage. Output is a function of the seed and the anchor time only, so a demo can be
// reproduced exactly (--demo-seed) and tests can rely on it. All text is written for this
// project; nothing is copied from any dataset.
package demo

import (
	"math/rand/v2"
	"time"
)

// Platform and kind names used in Listings, Feedback.Source and Feedback.Kind.
const (
	SourceGoogle       = "google"
	SourceFacebook     = "facebook"
	SourceInstagram    = "instagram"
	SourceYelp         = "yelp"
	SourceHealthgrades = "healthgrades"
	SourceSurvey       = "survey"

	KindReview  = "review"
	KindComment = "comment"
	KindMessage = "message"
	KindMention = "mention"
	KindSurvey  = "survey"
)

// Location kinds.
const (
	LocationHospital         = "hospital"
	LocationUrgentCare       = "urgent_care"
	LocationPrimaryCare      = "primary_care"
	LocationDental           = "dental"
	LocationBehavioralHealth = "behavioral_health"
	LocationImaging          = "imaging"
)

// Roles, one demo user each.
const (
	RoleOrgAdmin          = "org_admin"
	RoleComplianceOfficer = "compliance_officer"
	RoleApprover          = "approver"
	RoleResponder         = "responder"
	RoleAnalyst           = "analyst"
)

// Window is how far back the generated feedback reaches from the anchor time.
const Window = 365 * 24 * time.Hour

// Dataset is everything the demo seeds for one organization.
type Dataset struct {
	Organization Organization
	Regions      []Region
	Users        []User
	// Feedback is sorted by CreatedAt (then Source and ExternalID), oldest first.
	Feedback []Feedback
	// Posts are the organization's own Facebook and Instagram posts that comment threads hang
	// off: a top-level comment's ParentExternalID is a Post's ExternalID. Sorted like Feedback.
	Posts []Post
}

// Organization holds the organization's own public contact details, which the compliance guard
// later treats as its allow-list (the organization may always give out its own phone or site).
type Organization struct {
	Name, Slug, Website, Phone, Email string
	// Domain is the e-mail domain of the organization's staff (a reserved .example domain).
	Domain string
}

// Region is a group of locations, a node of the location tree between organization and location.
type Region struct {
	Key, Name string
	Locations []Location
}

// Location is one physical site.
type Location struct {
	Key                      string // stable and unique within the dataset, e.g. "loc-oak-park-urgent-care"
	Name                     string
	Kind                     string // hospital | urgent_care | primary_care | dental | behavioral_health | imaging
	Street, City, State, ZIP string
	Phone                    string // "+1 312-555-0101": fictional 555-01xx numbers
	TimeZone                 string // IANA name
	// Listings maps platform to the location's id there: "google" (accounts/…/locations/…),
	// "facebook" (page id), "instagram" (business account id), "yelp" (business alias),
	// "healthgrades" (facility id). Not every location is on every platform.
	Listings  map[string]string
	Providers []Provider
}

// Provider is a clinician who practises at a location.
type Provider struct {
	Key, Name, Credential, Specialty string
	// RefName is how patients usually refer to the provider in a review: "Dr. Okafor" for
	// physicians, dentists and psychologists, the first name for NPs, PAs and therapists.
	RefName string
}

// User is a demo login.
type User struct {
	Email, Name, Password string
	Role                  string // org_admin | compliance_officer | approver | responder | analyst
	// NodeKey is the tree node the role is granted on: "" for the whole organization, a Region
	// Key or a Location Key.
	NodeKey string
}

// LoginLine is the line `bedside serve --demo` prints for this user, in the stable format
// "demo login: <email> <password> (<role>)".
func (u User) LoginLine() string {
	return "demo login: " + u.Email + " " + u.Password + " (" + u.Role + ")"
}

// Feedback is one inbound item: a review, a social comment, message or mention, or a survey
// comment.
type Feedback struct {
	LocationKey string
	ProviderKey string // "" when not about a specific provider; otherwise the text names the provider
	Source      string // google | facebook | instagram | yelp | healthgrades | survey
	Kind        string // review | comment | message | mention | survey
	ExternalID  string // unique per Source, shaped like that platform's ids
	AuthorName  string // public display name or handle; "" for an anonymous survey
	Rating      *int   // 1..5 on google, yelp and healthgrades reviews; nil otherwise
	NPS         *int   // 0..10 on survey responses; nil otherwise
	Text        string
	CreatedAt   time.Time // in the location's time zone
	// ParentExternalID is set on comments: a Post's ExternalID for a top-level comment, or
	// another Feedback's ExternalID (same Source) for a reply in a thread.
	ParentExternalID string
	// Tags record what the generator meant the item to contain, for tests and demo filtering:
	// praise, wait, billing, staff, parking, phone, cleanliness, provider, nursing,
	// communication, outcome, facility, self_disclosure, profanity, spam, privacy, mixed,
	// question, non_english, emoji, long. Sorted.
	Tags []string
}

// Post is one of the organization's own social posts.
type Post struct {
	LocationKey string
	Source      string // facebook | instagram
	ExternalID  string
	Text        string
	CreatedAt   time.Time // in the location's time zone
}

// pcgStream is the second PCG word; fixed so the seed alone selects the sequence.
const pcgStream = 0x6a09e667f3bcc909

// Generate builds the demo organization deterministically from seed. now anchors the 12-month
// window: every CreatedAt falls in (now-365d, now]. The same seed and now give a deep-equal
// Dataset; a different seed gives different providers, authors, texts and timestamps (the
// organization, regions and locations are fixed so that demo links stay stable). A different
// now with the same seed keeps the tree, the users and over 97 % of the feedback ids and texts,
// only redrawing the times, so re-seeding on a later day and deduping by external id adds
// almost nothing.
func Generate(seed int64, now time.Time) *Dataset {
	r := rand.New(rand.NewPCG(uint64(seed), pcgStream))
	now = now.Round(0) // drop any monotonic reading so the anchor compares by wall time only
	org := organization()
	regions, femaleByKey := buildRegions(r)
	ds := &Dataset{
		Organization: org,
		Regions:      regions,
		Users:        users(org, regions),
	}
	g := newFeedbackGen(uint64(seed), now, regions, femaleByKey)
	ds.Feedback, ds.Posts = g.run()
	return ds
}

// Locations returns every location of the dataset in region order, for callers that do not care
// about the tree.
func (d *Dataset) Locations() []Location {
	var out []Location
	for _, reg := range d.Regions {
		out = append(out, reg.Locations...)
	}
	return out
}
