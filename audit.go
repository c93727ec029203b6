package bedside

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Actor is who caused an audit event.
type Actor struct {
	Type  string `json:"type"` // "user", "token" or "system"
	ID    int64  `json:"id,omitempty"`
	Label string `json:"label"` // the user's email at the time, or the job name
}

// SystemActor is the actor for the command line, demo seeding and background jobs.
var SystemActor = Actor{Type: "system", Label: "system"}

// AuditEvent records one state change, or one view of PHI-flagged content. Events of a tenant
// form a hash chain: each Hash covers the event's fields and the previous event's Hash, so
// editing, deleting or reordering any stored event breaks the chain from that point on.
type AuditEvent struct {
	ID           int64     `json:"id"`
	OrgID        int64     `json:"-"`
	Seq          int64     `json:"seq"` // 1, 2, 3… within the organization
	At           time.Time `json:"at"`
	Actor        Actor     `json:"actor"`
	Action       string    `json:"action"`      // e.g. "location.create", "phi.view"
	ObjectType   string    `json:"object_type"` // e.g. "node", "user"
	ObjectID     string    `json:"object_id"`
	BeforeDigest string    `json:"before_digest,omitempty"` // sha256 of the object before, "" if created
	AfterDigest  string    `json:"after_digest,omitempty"`  // sha256 of the object after, "" if deleted
	Detail       string    `json:"detail,omitempty"`        // small JSON without patient text
	PrevHash     string    `json:"prev_hash"`
	Hash         string    `json:"hash"`
}

// GenesisHash is the PrevHash of a tenant's first event.
const GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000"

// ComputeHash returns the chain hash of e given its PrevHash. The encoding is length-prefixed
// so that no two different events can produce the same input.
func (e *AuditEvent) ComputeHash() string {
	fields := []string{
		"bedside-audit-v1",
		strconv.FormatInt(e.OrgID, 10),
		strconv.FormatInt(e.Seq, 10),
		strconv.FormatInt(e.At.UTC().UnixMicro(), 10),
		e.Actor.Type, strconv.FormatInt(e.Actor.ID, 10), e.Actor.Label,
		e.Action, e.ObjectType, e.ObjectID, e.BeforeDigest, e.AfterDigest, e.Detail,
		e.PrevHash,
	}
	h := sha256.New()
	for _, f := range fields {
		h.Write([]byte(strconv.Itoa(len(f))))
		h.Write([]byte{':'})
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Digest returns the sha256 of v's JSON encoding, or "" for nil. Audit events store digests of
// objects, not the objects, so the audit log never holds patient text.
func Digest(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		// Only programming errors (channels, funcs) reach here; make them visible in the log.
		b = []byte(fmt.Sprintf("unencodable %T", v))
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// ChainBreak describes the first place where a tenant's audit chain does not verify.
type ChainBreak struct {
	OrgID   int64
	EventID int64 // 0 when the break is a missing tail
	Seq     int64
	Reason  string
}

func (b *ChainBreak) Error() string {
	if b.EventID == 0 {
		return fmt.Sprintf("organization %d: audit chain broken after seq %d: %s", b.OrgID, b.Seq, b.Reason)
	}
	return fmt.Sprintf("organization %d: audit event %d (seq %d): %s", b.OrgID, b.EventID, b.Seq, b.Reason)
}

// ChainVerifier checks one tenant's events, fed in stored order (by id). It is incremental so
// that verifying millions of events needs constant memory.
type ChainVerifier struct {
	OrgID    int64
	prevHash string
	prevSeq  int64
	prevAt   time.Time
}

// NewChainVerifier starts verifying the chain of org.
func NewChainVerifier(org int64) *ChainVerifier {
	return &ChainVerifier{OrgID: org, prevHash: GenesisHash}
}

// Next checks the next stored event. Events are stored in insertion order, so an event whose
// sequence number is not one more than its predecessor was deleted or moved.
func (v *ChainVerifier) Next(e *AuditEvent) *ChainBreak {
	brk := func(reason string, args ...any) *ChainBreak {
		return &ChainBreak{OrgID: v.OrgID, EventID: e.ID, Seq: e.Seq, Reason: fmt.Sprintf(reason, args...)}
	}
	if e.Seq != v.prevSeq+1 {
		return brk("sequence jumps from %d to %d: an event was deleted or reordered", v.prevSeq, e.Seq)
	}
	if e.PrevHash != v.prevHash {
		return brk("prev_hash does not match the previous event's hash: an event before it was deleted, reordered or edited")
	}
	if got := e.ComputeHash(); got != e.Hash {
		return brk("content does not match its hash: the event was edited")
	}
	if e.At.Before(v.prevAt.Add(-time.Minute)) {
		// Clocks of several nodes may differ a little; a larger step back means reordering.
		return brk("timestamp goes back in time: events were reordered")
	}
	v.prevHash, v.prevSeq, v.prevAt = e.Hash, e.Seq, e.At
	return nil
}

// Finish compares the verified chain with the tenant's recorded head (last seq and hash), which
// catches events deleted from the end.
func (v *ChainVerifier) Finish(headSeq int64, headHash string) *ChainBreak {
	if headSeq != v.prevSeq || (headSeq > 0 && headHash != v.prevHash) {
		return &ChainBreak{OrgID: v.OrgID, Seq: v.prevSeq, Reason: fmt.Sprintf("the chain head says seq %d but the events end at seq %d: events were deleted from the end", headSeq, v.prevSeq)}
	}
	return nil
}
