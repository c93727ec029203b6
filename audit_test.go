package bedside_test

import (
	"testing"
	"time"

	"github.com/bedsidehq/bedside"
)

func chain(n int) []*bedside.AuditEvent {
	prev := bedside.GenesisHash
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var out []*bedside.AuditEvent
	for i := 1; i <= n; i++ {
		e := &bedside.AuditEvent{ID: int64(100 + i), OrgID: 7, Seq: int64(i), At: at.Add(time.Duration(i) * time.Second),
			Actor: bedside.Actor{Type: "user", ID: 3, Label: "a@b.c"}, Action: "node.update", ObjectType: "node",
			ObjectID: "5", Detail: "{}", PrevHash: prev}
		e.Hash = e.ComputeHash()
		prev = e.Hash
		out = append(out, e)
	}
	return out
}

func verify(events []*bedside.AuditEvent, headSeq int64, headHash string) *bedside.ChainBreak {
	v := bedside.NewChainVerifier(7)
	for _, e := range events {
		if b := v.Next(e); b != nil {
			return b
		}
	}
	return v.Finish(headSeq, headHash)
}

func TestChainVerifier(t *testing.T) {
	good := chain(5)
	if b := verify(good, 5, good[4].Hash); b != nil {
		t.Fatalf("intact chain: %v", b)
	}
	// Every field is covered by the hash.
	edits := map[string]func(e *bedside.AuditEvent){
		"action": func(e *bedside.AuditEvent) { e.Action = "node.view" },
		"actor":  func(e *bedside.AuditEvent) { e.Actor.Label = "someone@else" },
		"time":   func(e *bedside.AuditEvent) { e.At = e.At.Add(time.Microsecond) },
		"object": func(e *bedside.AuditEvent) { e.ObjectID = "6" },
		"digest": func(e *bedside.AuditEvent) { e.AfterDigest = "ab" },
		"detail": func(e *bedside.AuditEvent) { e.Detail = `{"x":1}` },
	}
	for name, edit := range edits {
		c := chain(5)
		edit(c[2])
		b := verify(c, 5, c[4].Hash)
		if b == nil || b.EventID != c[2].ID {
			t.Errorf("edit of %s: break = %v, want event %d", name, b, c[2].ID)
		}
	}
	// Deleting from the middle breaks at the next event; from the end, at the head.
	c := chain(5)
	if b := verify(append(c[:2:2], c[3:]...), 5, c[4].Hash); b == nil || b.Seq != 4 {
		t.Errorf("middle deletion: %v", b)
	}
	if b := verify(c[:4], 5, c[4].Hash); b == nil || b.EventID != 0 {
		t.Errorf("tail deletion: %v", b)
	}
	// Swapping two events is caught.
	c = chain(5)
	c[1], c[2] = c[2], c[1]
	if b := verify(c, 5, c[4].Hash); b == nil {
		t.Error("reordering not caught")
	}
	// Length-prefixing: moving text between adjacent fields changes the hash.
	a := chain(1)[0]
	b := *a
	b.ObjectType, b.ObjectID = "nod", "e5"
	if a.ComputeHash() == b.ComputeHash() {
		t.Error("field boundaries are ambiguous")
	}
}
