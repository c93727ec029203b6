package bedside

import "time"

// Sources of patient feedback.
var Sources = []string{"google", "facebook", "instagram", "yelp", "healthgrades", "survey", "webhook"}

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
