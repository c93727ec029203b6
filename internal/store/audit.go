package store

import (
	"context"
	"fmt"

	"github.com/bedsidehq/bedside"
)

// change describes one state change for the audit chain.
type change struct {
	action     string
	objectType string
	objectID   any
	before     any // nil when the object is created
	after      any // nil when the object is deleted
	detail     string
}

// appendAudit writes the next event of org's chain inside the caller's transaction. The head
// row is locked (PostgreSQL) or the whole database is (SQLite's IMMEDIATE transaction), so two
// nodes writing at once still produce one unbroken chain.
func (c conn) appendAudit(ctx context.Context, org int64, actor bedside.Actor, ch change) error {
	lockClause := ""
	if c.s.dialect == Postgres {
		lockClause = " FOR UPDATE"
	}
	var seq int64
	prev := bedside.GenesisHash
	err := c.row(ctx, `SELECT seq, hash FROM audit_heads WHERE org_id = ?`+lockClause, org).Scan(&seq, &prev)
	if err != nil {
		if err = notFound(err, "audit head", org); bedside.ErrorCode(err) != bedside.ENOTFOUND {
			return fmt.Errorf("read audit head: %w", err)
		}
		seq, prev = 0, bedside.GenesisHash
		if _, err := c.exec(ctx, `INSERT INTO audit_heads (org_id, seq, hash) VALUES (?, 0, ?)`, org, prev); err != nil {
			return fmt.Errorf("create audit head: %w", err)
		}
	}
	e := &bedside.AuditEvent{
		OrgID: org, Seq: seq + 1, At: c.s.Now(), Actor: actor,
		Action: ch.action, ObjectType: ch.objectType, ObjectID: fmt.Sprint(ch.objectID),
		BeforeDigest: bedside.Digest(ch.before), AfterDigest: bedside.Digest(ch.after),
		Detail: ch.detail, PrevHash: prev,
	}
	e.Hash = e.ComputeHash()
	if _, err := c.exec(ctx, `INSERT INTO audit_events (org_id, seq, at, actor_type, actor_id, actor_label, action,
		object_type, object_id, before_digest, after_digest, detail, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.OrgID, e.Seq, e.At, e.Actor.Type, e.Actor.ID, e.Actor.Label, e.Action, e.ObjectType, e.ObjectID,
		e.BeforeDigest, e.AfterDigest, e.Detail, e.PrevHash, e.Hash); err != nil {
		return fmt.Errorf("append audit event %s: %w", e.Action, err)
	}
	if _, err := c.exec(ctx, `UPDATE audit_heads SET seq = ?, hash = ? WHERE org_id = ?`, e.Seq, e.Hash, org); err != nil {
		return fmt.Errorf("advance audit head: %w", err)
	}
	return nil
}

const auditColumns = `id, org_id, seq, at, actor_type, actor_id, actor_label, action, object_type, object_id,
	before_digest, after_digest, detail, prev_hash, hash`

func scanAudit(sc interface{ Scan(...any) error }) (*bedside.AuditEvent, error) {
	e := &bedside.AuditEvent{}
	err := sc.Scan(&e.ID, &e.OrgID, &e.Seq, &e.At, &e.Actor.Type, &e.Actor.ID, &e.Actor.Label, &e.Action,
		&e.ObjectType, &e.ObjectID, &e.BeforeDigest, &e.AfterDigest, &e.Detail, &e.PrevHash, &e.Hash)
	e.At = e.At.UTC()
	return e, err
}

// AuditEvents pages through the tenant's audit events in chain order, starting after seq
// afterSeq; limit is capped at 500.
func (t *Tenant) AuditEvents(ctx context.Context, afterSeq int64, limit int) ([]*bedside.AuditEvent, error) {
	if limit <= 0 || limit > 500 {
		limit = 500
	}
	rows, err := t.s.read().query(ctx, `SELECT `+auditColumns+` FROM audit_events
		WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?`, t.org, afterSeq, limit)
	if err != nil {
		return nil, fmt.Errorf("list audit events: %w", err)
	}
	defer rows.Close()
	events := []*bedside.AuditEvent{}
	for rows.Next() {
		e, err := scanAudit(rows)
		if err != nil {
			return nil, fmt.Errorf("scan audit event: %w", err)
		}
		events = append(events, e)
	}
	return events, rows.Err()
}

// RecordView audits that the actor viewed content flagged as containing PHI. It is its own
// transaction: a view is not a change, but the record of it must be as durable as one.
func (t *Tenant) RecordView(ctx context.Context, objectType string, objectID int64) error {
	return t.s.inTx(ctx, func(c conn) error {
		return c.appendAudit(ctx, t.org, t.actor, change{action: "phi.view", objectType: objectType, objectID: objectID})
	})
}

// VerifyAudit walks every tenant's chain and returns the first break, or nil when all chains
// are intact. The caller gets a *bedside.ChainBreak for a broken chain and another error when the
// database could not be read.
func (s *Store) VerifyAudit(ctx context.Context) (checked int64, err error) {
	orgs, err := s.read().query(ctx, `SELECT id FROM organizations ORDER BY id`)
	if err != nil {
		return 0, fmt.Errorf("list organizations: %w", err)
	}
	var ids []int64
	for orgs.Next() {
		var id int64
		if err := orgs.Scan(&id); err != nil {
			orgs.Close()
			return 0, err
		}
		ids = append(ids, id)
	}
	orgs.Close()
	for _, org := range ids {
		n, err := s.verifyOrg(ctx, org)
		checked += n
		if err != nil {
			return checked, err
		}
	}
	return checked, nil
}

func (s *Store) verifyOrg(ctx context.Context, org int64) (int64, error) {
	// Ordering by id (insertion order), not seq, is what exposes reordering: a swapped seq or
	// hash shows up as a jump or a mismatch.
	rows, err := s.read().query(ctx, `SELECT `+auditColumns+` FROM audit_events WHERE org_id = ? ORDER BY id`, org)
	if err != nil {
		return 0, fmt.Errorf("read audit events of organization %d: %w", org, err)
	}
	defer rows.Close()
	v := bedside.NewChainVerifier(org)
	var n int64
	for rows.Next() {
		e, err := scanAudit(rows)
		if err != nil {
			return n, fmt.Errorf("scan audit event of organization %d: %w", org, err)
		}
		n++
		if brk := v.Next(e); brk != nil {
			return n, brk
		}
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	var headSeq int64
	headHash := bedside.GenesisHash
	if err := s.read().row(ctx, `SELECT seq, hash FROM audit_heads WHERE org_id = ?`, org).Scan(&headSeq, &headHash); err != nil {
		if bedside.ErrorCode(notFound(err, "", nil)) != bedside.ENOTFOUND {
			return n, fmt.Errorf("read audit head of organization %d: %w", org, err)
		}
	}
	if brk := v.Finish(headSeq, headHash); brk != nil {
		return n, brk
	}
	return n, nil
}
