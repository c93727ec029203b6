package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/bedsidehq/bedside"
)

// CreateSession records a sign-in. tokenHash is the hash of the cookie secret; the secret itself
// is never stored.
func (t *Tenant) CreateSession(ctx context.Context, tokenHash string, sess *bedside.Session) error {
	return t.s.inTx(ctx, func(c conn) error {
		if _, err := c.user(ctx, t.org, sess.UserID); err != nil {
			return err
		}
		sess.OrgID = t.org
		if _, err := c.exec(ctx, `INSERT INTO sessions (token_hash, org_id, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
			tokenHash, t.org, sess.UserID, sess.CSRFToken, sess.CreatedAt, sess.ExpiresAt); err != nil {
			return fmt.Errorf("insert session: %w", err)
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "session.create", objectType: "user", objectID: sess.UserID})
	})
}

// SessionByHash returns the live session with the given token hash. Expired sessions are not
// found even before the cleanup job removes them.
func (s *Store) SessionByHash(ctx context.Context, tokenHash string) (*bedside.Session, error) {
	sess := &bedside.Session{}
	err := s.read().row(ctx, `SELECT org_id, user_id, csrf_token, created_at, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?`,
		tokenHash, s.Now()).Scan(&sess.OrgID, &sess.UserID, &sess.CSRFToken, &sess.CreatedAt, &sess.ExpiresAt)
	if err != nil {
		return nil, notFound(err, "session", "")
	}
	return sess, nil
}

// DeleteSession signs a session out.
func (t *Tenant) DeleteSession(ctx context.Context, tokenHash string) error {
	return t.s.inTx(ctx, func(c conn) error {
		var user int64
		err := c.row(ctx, `SELECT user_id FROM sessions WHERE org_id = ? AND token_hash = ?`, t.org, tokenHash).Scan(&user)
		if err != nil {
			return notFound(err, "session", "")
		}
		if _, err := c.exec(ctx, `DELETE FROM sessions WHERE org_id = ? AND token_hash = ?`, t.org, tokenHash); err != nil {
			return fmt.Errorf("delete session: %w", err)
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "session.delete", objectType: "user", objectID: user})
	})
}

// DeleteExpiredSessions removes sessions past their expiry in every organization, auditing one
// event per organization with the count. It returns how many it removed.
func (s *Store) DeleteExpiredSessions(ctx context.Context) (int64, error) {
	var total int64
	err := s.inTx(ctx, func(c conn) error {
		now := s.Now()
		rows, err := c.query(ctx, `SELECT org_id, COUNT(*) FROM sessions WHERE expires_at <= ? GROUP BY org_id ORDER BY org_id`, now)
		if err != nil {
			return fmt.Errorf("count expired sessions: %w", err)
		}
		type orgCount struct{ org, n int64 }
		var counts []orgCount
		for rows.Next() {
			var oc orgCount
			if err := rows.Scan(&oc.org, &oc.n); err != nil {
				rows.Close()
				return err
			}
			counts = append(counts, oc)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, oc := range counts {
			if _, err := c.exec(ctx, `DELETE FROM sessions WHERE org_id = ? AND expires_at <= ?`, oc.org, now); err != nil {
				return fmt.Errorf("delete expired sessions of organization %d: %w", oc.org, err)
			}
			if err := c.appendAudit(ctx, oc.org, bedside.Actor{Type: "system", Label: "session_cleanup"}, change{
				action: "session.expire", objectType: "sessions", objectID: oc.org, detail: fmt.Sprintf(`{"count":%d}`, oc.n)}); err != nil {
				return err
			}
			total += oc.n
		}
		return nil
	})
	return total, err
}

const tokenColumns = `id, user_id, name, prefix, created_at, last_used_at, revoked_at`

func scanToken(sc interface{ Scan(...any) error }) (*bedside.APIToken, error) {
	tok := &bedside.APIToken{}
	var used, revoked sql.NullTime
	if err := sc.Scan(&tok.ID, &tok.UserID, &tok.Name, &tok.Prefix, &tok.CreatedAt, &used, &revoked); err != nil {
		return nil, err
	}
	tok.CreatedAt, tok.LastUsedAt, tok.RevokedAt = tok.CreatedAt.UTC(), nullTime(used), nullTime(revoked)
	return tok, nil
}

// CreateToken stores a new API token for a user of the tenant. tokenHash is the hash of the
// secret shown once to the user; prefix helps them recognise it later.
func (t *Tenant) CreateToken(ctx context.Context, userID int64, name, prefix, tokenHash string) (*bedside.APIToken, error) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 100 {
		return nil, bedside.Errorf(bedside.EINVALID, "name: must be 1 to 100 bytes")
	}
	tok := &bedside.APIToken{UserID: userID, Name: name, Prefix: prefix, CreatedAt: t.s.Now()}
	err := t.s.inTx(ctx, func(c conn) error {
		u, err := c.user(ctx, t.org, userID)
		if err != nil {
			return err
		}
		if u.DisabledAt != nil {
			return bedside.Errorf(bedside.EINVALID, "user %d is disabled", userID)
		}
		tok.ID, err = c.insert(ctx, `INSERT INTO api_tokens (org_id, user_id, name, prefix, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			t.org, userID, name, prefix, tokenHash, tok.CreatedAt)
		if err != nil {
			return fmt.Errorf("insert api token: %w", err)
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "token.create", objectType: "api_token", objectID: tok.ID, after: tok})
	})
	if err != nil {
		return nil, err
	}
	return tok, nil
}

// Tokens lists a user's API tokens (never their secrets); userID 0 lists the whole tenant's.
func (t *Tenant) Tokens(ctx context.Context, userID int64) ([]*bedside.APIToken, error) {
	q, args := `SELECT `+tokenColumns+` FROM api_tokens WHERE org_id = ?`, []any{t.org}
	if userID != 0 {
		q += ` AND user_id = ?`
		args = append(args, userID)
	}
	rows, err := t.s.read().query(ctx, q+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list api tokens: %w", err)
	}
	defer rows.Close()
	toks := []*bedside.APIToken{}
	for rows.Next() {
		tok, err := scanToken(rows)
		if err != nil {
			return nil, fmt.Errorf("scan api token: %w", err)
		}
		toks = append(toks, tok)
	}
	return toks, rows.Err()
}

// Token returns one API token of the tenant.
func (t *Tenant) Token(ctx context.Context, id int64) (*bedside.APIToken, error) {
	tok, err := scanToken(t.s.read().row(ctx, `SELECT `+tokenColumns+` FROM api_tokens WHERE org_id = ? AND id = ?`, t.org, id))
	if err != nil {
		return nil, notFound(err, "api token", id)
	}
	return tok, nil
}

// RevokeToken revokes an API token at once; revoking twice is harmless.
func (t *Tenant) RevokeToken(ctx context.Context, id int64) (*bedside.APIToken, error) {
	var out *bedside.APIToken
	err := t.s.inTx(ctx, func(c conn) error {
		before, err := scanToken(c.row(ctx, `SELECT `+tokenColumns+` FROM api_tokens WHERE org_id = ? AND id = ?`, t.org, id))
		if err != nil {
			return notFound(err, "api token", id)
		}
		if before.RevokedAt != nil {
			out = before
			return nil
		}
		now := t.s.Now()
		if _, err := c.exec(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE org_id = ? AND id = ?`, now, t.org, id); err != nil {
			return fmt.Errorf("revoke api token %d: %w", id, err)
		}
		after := *before
		after.RevokedAt = &now
		out = &after
		return c.appendAudit(ctx, t.org, t.actor, change{action: "token.revoke", objectType: "api_token", objectID: id, before: before, after: &after})
	})
	return out, err
}

// TokenByHash authenticates an API token: it returns the token and its organization when the
// token exists and is not revoked, and records its use. Use is bookkeeping, not a state change,
// so it is not audited (every API call would be); it is written at most once a minute.
func (s *Store) TokenByHash(ctx context.Context, tokenHash string) (*bedside.APIToken, int64, error) {
	var org int64
	tok := &bedside.APIToken{}
	var used, revoked sql.NullTime
	err := s.read().row(ctx, `SELECT org_id, `+tokenColumns+` FROM api_tokens WHERE token_hash = ?`, tokenHash).
		Scan(&org, &tok.ID, &tok.UserID, &tok.Name, &tok.Prefix, &tok.CreatedAt, &used, &revoked)
	if err != nil {
		return nil, 0, notFound(err, "api token", "")
	}
	tok.LastUsedAt, tok.RevokedAt = nullTime(used), nullTime(revoked)
	if tok.RevokedAt != nil {
		return nil, 0, bedside.Errorf(bedside.EUNAUTHORIZED, "this API token was revoked")
	}
	now := s.Now()
	if tok.LastUsedAt == nil || now.Sub(*tok.LastUsedAt) > time.Minute {
		if _, err := s.read().exec(ctx, `UPDATE api_tokens SET last_used_at = ? WHERE id = ?`, now, tok.ID); err != nil {
			return nil, 0, fmt.Errorf("record api token use: %w", err)
		}
		tok.LastUsedAt = &now
	}
	return tok, org, nil
}

// Throttle settings for sign-in: after Limit failures within Window the key is locked for Lock.
type Throttle struct {
	Limit  int
	Window time.Duration
	Lock   time.Duration
}

// LoginLockedUntil returns when the lock on key ends, or the zero time when key may try.
func (s *Store) LoginLockedUntil(ctx context.Context, key string) (time.Time, error) {
	var locked sql.NullTime
	err := s.read().row(ctx, `SELECT locked_until FROM login_throttle WHERE key = ?`, key).Scan(&locked)
	if err != nil {
		if bedside.ErrorCode(notFound(err, "", nil)) == bedside.ENOTFOUND {
			return time.Time{}, nil
		}
		return time.Time{}, fmt.Errorf("read login throttle: %w", err)
	}
	if locked.Valid && locked.Time.After(s.Now()) {
		return locked.Time.UTC(), nil
	}
	return time.Time{}, nil
}

// RecordLoginFailure counts a failed sign-in against key and locks it when the limit is hit.
func (s *Store) RecordLoginFailure(ctx context.Context, key string, th Throttle) error {
	return s.inTx(ctx, func(c conn) error {
		now := s.Now()
		var failures int
		var start time.Time
		err := c.row(ctx, `SELECT failures, window_start FROM login_throttle WHERE key = ?`, key).Scan(&failures, &start)
		switch {
		case err == sql.ErrNoRows:
			_, err = c.exec(ctx, `INSERT INTO login_throttle (key, failures, window_start) VALUES (?, 1, ?)`, key, now)
			return err
		case err != nil:
			return fmt.Errorf("read login throttle: %w", err)
		}
		if now.Sub(start) > th.Window {
			failures, start = 0, now
		}
		failures++
		var locked any
		if failures >= th.Limit {
			locked = now.Add(th.Lock)
		}
		_, err = c.exec(ctx, `UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ? WHERE key = ?`, failures, start, locked, key)
		return err
	})
}

// ResetLoginFailures clears key after a successful sign-in.
func (s *Store) ResetLoginFailures(ctx context.Context, key string) error {
	_, err := s.read().exec(ctx, `DELETE FROM login_throttle WHERE key = ?`, key)
	return err
}
