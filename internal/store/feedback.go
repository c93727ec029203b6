package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/bedsidehq/bedside"
)

// InsertFeedback stores a batch of feedback items for the tenant in one transaction and audits
// the batch as one event. An item whose (source, external id) is already stored is skipped, so
// re-importing or re-delivering is harmless. Items must point at the tenant's own locations.
func (t *Tenant) InsertFeedback(ctx context.Context, items []*bedside.Feedback) (inserted int, err error) {
	if len(items) == 0 {
		return 0, nil
	}
	err = t.s.inTx(ctx, func(c conn) error {
		zones := map[int64]*time.Location{}
		for i, f := range items {
			if err := f.Validate(); err != nil {
				return fmt.Errorf("feedback %d: %w", i, err)
			}
			loc, ok := zones[f.LocationID]
			if !ok {
				n, err := c.node(ctx, t.org, f.LocationID)
				if err != nil {
					return fmt.Errorf("feedback %d: %w", i, err)
				}
				if n.Kind != bedside.KindLocation {
					return bedside.Errorf(bedside.EINVALID, "feedback %d: location_id %d is a %s, not a location", i, n.ID, n.Kind)
				}
				loc = time.UTC
				if n.TimeZone != "" {
					if z, err := time.LoadLocation(n.TimeZone); err == nil {
						loc = z
					}
				}
				zones[f.LocationID] = loc
			}
			var provider any
			if f.ProviderID != 0 {
				provider = f.ProviderID
			}
			f.OrgID = t.org
			f.CreatedAt = f.CreatedAt.UTC().Truncate(time.Microsecond)
			f.LocalTime = f.CreatedAt.In(loc).Format(time.RFC3339)
			f.ReceivedAt = t.s.Now()
			var sentiment any
			label, topics, prof, phi := "", "[]", "", false
			if a := f.Analysis; a != nil {
				sentiment, label, prof, phi = a.Sentiment, a.SentimentLabel, a.Profanity, a.ContainsPHI
				if len(a.Topics) > 0 {
					b, _ := json.Marshal(a.Topics) // a slice of strings always encodes
					topics = string(b)
				}
			}
			res, err := c.exec(ctx, `INSERT INTO feedback (org_id, location_id, provider_id, source, kind, external_id,
				parent_external_id, author_name, rating, nps, text, created_at, local_time, received_at,
				sentiment, sentiment_label, topics, profanity, contains_phi)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (org_id, source, external_id) DO NOTHING`,
				t.org, f.LocationID, provider, f.Source, f.Kind, f.ExternalID, f.ParentExternalID, f.AuthorName,
				f.Rating, f.NPS, f.Text, f.CreatedAt, f.LocalTime, f.ReceivedAt, sentiment, label, topics, prof, phi)
			if err != nil {
				return fmt.Errorf("insert feedback %d (%s %s): %w", i, f.Source, f.ExternalID, err)
			}
			if n, _ := res.RowsAffected(); n > 0 {
				inserted++
			}
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "feedback.import", objectType: "feedback_batch",
			objectID: items[0].ExternalID, detail: fmt.Sprintf(`{"received":%d,"inserted":%d}`, len(items), inserted)})
	})
	if err != nil {
		return 0, err
	}
	return inserted, nil
}

// FeedbackCount counts the tenant's feedback inside the subtree at underPath ("" for all).
func (t *Tenant) FeedbackCount(ctx context.Context, underPath string) (int64, error) {
	q, args := `SELECT COUNT(*) FROM feedback f`, []any{}
	if underPath != "" {
		q += ` JOIN nodes n ON n.id = f.location_id AND n.org_id = f.org_id WHERE f.org_id = ? AND substr(n.path, 1, ?) = ?`
		args = append(args, t.org, len(underPath), underPath)
	} else {
		q += ` WHERE f.org_id = ?`
		args = append(args, t.org)
	}
	var n int64
	if err := t.s.read().row(ctx, q, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count feedback: %w", err)
	}
	return n, nil
}

// Feedback returns one of the tenant's feedback items with its analysis. Callers showing it to
// a person must audit the view (RecordView) when Analysis.ContainsPHI is set.
func (t *Tenant) Feedback(ctx context.Context, id int64) (*bedside.Feedback, error) {
	f := &bedside.Feedback{Analysis: &bedside.FeedbackAnalysis{}}
	var provider sql.NullInt64
	var sentiment sql.NullFloat64
	var topics string
	err := t.s.read().row(ctx, `SELECT id, org_id, location_id, provider_id, source, kind, external_id, parent_external_id,
		author_name, rating, nps, text, created_at, local_time, received_at, sentiment, sentiment_label, topics, profanity, contains_phi
		FROM feedback WHERE org_id = ? AND id = ?`, t.org, id).Scan(&f.ID, &f.OrgID, &f.LocationID, &provider, &f.Source, &f.Kind,
		&f.ExternalID, &f.ParentExternalID, &f.AuthorName, &f.Rating, &f.NPS, &f.Text, &f.CreatedAt, &f.LocalTime, &f.ReceivedAt,
		&sentiment, &f.Analysis.SentimentLabel, &topics, &f.Analysis.Profanity, &f.Analysis.ContainsPHI)
	if err != nil {
		return nil, notFound(err, "feedback", id)
	}
	f.ProviderID = provider.Int64
	f.CreatedAt, f.ReceivedAt = f.CreatedAt.UTC(), f.ReceivedAt.UTC()
	if !sentiment.Valid {
		f.Analysis = nil // stored before analysis existed
		return f, nil
	}
	f.Analysis.Sentiment = sentiment.Float64
	if err := json.Unmarshal([]byte(topics), &f.Analysis.Topics); err != nil {
		return nil, fmt.Errorf("feedback %d topics: %w", id, err)
	}
	return f, nil
}
