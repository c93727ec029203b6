-- +goose Up
ALTER TABLE feedback ADD COLUMN sentiment REAL;
ALTER TABLE feedback ADD COLUMN sentiment_label TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
ALTER TABLE feedback ADD COLUMN profanity TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN contains_phi INTEGER NOT NULL DEFAULT 0;
CREATE INDEX feedback_org_sentiment ON feedback (org_id, sentiment_label, created_at);

-- +goose Down
DROP INDEX feedback_org_sentiment;
ALTER TABLE feedback DROP COLUMN contains_phi;
ALTER TABLE feedback DROP COLUMN profanity;
ALTER TABLE feedback DROP COLUMN topics;
ALTER TABLE feedback DROP COLUMN sentiment_label;
ALTER TABLE feedback DROP COLUMN sentiment;
