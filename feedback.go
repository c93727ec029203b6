package bedside

import (
	"slices"
	"time"
	"unicode/utf8"
)

// Sources of patient feedback, and the kinds of item they deliver.
var (
	Sources       = []string{"google", "facebook", "instagram", "yelp", "healthgrades", "survey", "webhook"}
	FeedbackKinds = []string{"review", "comment", "message", "mention", "survey"}
)

// MaxFeedbackText bounds one item's text; the longest real reviews are a few KB.
const MaxFeedbackText = 64 << 10

// Feedback is one piece of patient feedback as it arrived from a source: a review, a comment, a
// message, a mention or a survey comment. Its text is untrusted patient text: it is stored as
// received, escaped on output, and never logged above debug level.
type Feedback struct {
	ID               int64     `json:"id"`
	OrgID            int64     `json:"-"`
	LocationID       int64     `json:"location_id"`
	ProviderID       int64     `json:"provider_id,omitempty"`
	Source           string    `json:"source"`
	Kind             string    `json:"kind"` // review | comment | message | mention | survey
	ExternalID       string    `json:"external_id"`
	ParentExternalID string    `json:"parent_external_id,omitempty"`
	AuthorName       string    `json:"author_name"`
	Rating           *int      `json:"rating,omitempty"` // 1..5 stars
	NPS              *int      `json:"nps,omitempty"`    // 0..10
	Text             string    `json:"text"`
	CreatedAt        time.Time `json:"created_at"`  // when the patient posted it
	LocalTime        string    `json:"local_time"`  // CreatedAt in the location's zone, RFC 3339
	ReceivedAt       time.Time `json:"received_at"` // when Bedside stored it
	// Analysis is computed once, on arrival, before the item is stored.
	Analysis *FeedbackAnalysis `json:"analysis,omitempty"`
}

// FeedbackAnalysis is what the analysis found in a feedback item. It drives the inbox (priority,
// moderation), the guard (what a reply must not echo) and analytics.
type FeedbackAnalysis struct {
	Sentiment      float64  `json:"sentiment"`       // compound score in [-1, 1]
	SentimentLabel string   `json:"sentiment_label"` // positive | neutral | negative | mixed
	Topics         []string `json:"topics"`          // topic taxonomy ids
	Profanity      string   `json:"profanity"`       // worst severity found, "none" when clean
	// ContainsPHI is true when the patient disclosed identifiers or health details in the text;
	// viewing such an item is audited.
	ContainsPHI bool `json:"contains_phi"`
}

// Validate checks an item before it is stored and names the field at fault.
func (f *Feedback) Validate() error {
	switch {
	case !slices.Contains(Sources, f.Source):
		return Errorf(EINVALID, "source: %q is not one of %v", f.Source, Sources)
	case !slices.Contains(FeedbackKinds, f.Kind):
		return Errorf(EINVALID, "kind: %q is not one of %v", f.Kind, FeedbackKinds)
	case f.ExternalID == "" || len(f.ExternalID) > 300:
		return Errorf(EINVALID, "external_id: must be 1 to 300 bytes")
	case f.Rating != nil && (*f.Rating < 1 || *f.Rating > 5):
		return Errorf(EINVALID, "rating: %d is outside 1..5 stars", *f.Rating)
	case f.NPS != nil && (*f.NPS < 0 || *f.NPS > 10):
		return Errorf(EINVALID, "nps: %d is outside 0..10", *f.NPS)
	case len(f.Text) > MaxFeedbackText:
		return Errorf(EINVALID, "text: %d bytes is over the %d-byte limit", len(f.Text), MaxFeedbackText)
	case !utf8.ValidString(f.Text) || !utf8.ValidString(f.AuthorName):
		return Errorf(EINVALID, "text: not valid UTF-8")
	case f.CreatedAt.IsZero():
		return Errorf(EINVALID, "created_at: required")
	}
	return nil
}
