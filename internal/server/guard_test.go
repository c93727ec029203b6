package server_test

import (
	"testing"

	"github.com/bedsidehq/bedside/internal/guard"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

// TestGuardCheckEndpoint runs the guard over HTTP with the same JSON as `bedside check --jsonl`.
func TestGuardCheckEndpoint(t *testing.T) {
	w := newWorld(t, storetest.SQLite(t), nil)
	rs := w.a.tokens["responder"]

	r := w.call(rs, "POST", "/api/v1/guard/check", map[string]any{
		"id": "r-1", "kind": "reply",
		"text":    "Hi Maria, we're sorry your knee replacement on March 3 was painful. Dr. Patel reviewed your chart.",
		"context": "My knee replacement was a nightmare",
	})
	expect(t, "guard check", r, 200)
	var res guard.Result
	r.json(t, &res)
	if res.ID != "r-1" || res.Verdict != guard.VerdictBlock || len(res.Findings) == 0 || res.Policy == "" {
		t.Fatalf("disclosing reply: %+v", res)
	}
	for _, f := range res.Findings {
		if f.Start < 0 || f.End <= f.Start || f.Message == "" {
			t.Fatalf("finding without span or explanation: %+v", f)
		}
	}

	r = w.call(rs, "POST", "/api/v1/guard/check", map[string]any{"kind": "post", "text": "Flu shots are available at all locations this week."})
	expect(t, "compliant post", r, 200)
	r.json(t, &res)
	if res.Verdict != guard.VerdictPass {
		t.Fatalf("compliant post: %+v", res)
	}

	expect(t, "bad kind", w.call(rs, "POST", "/api/v1/guard/check", map[string]any{"kind": "tweet", "text": "x"}), 400)
	expect(t, "unknown field", w.call(rs, "POST", "/api/v1/guard/check", map[string]any{"kind": "reply", "txt": "x"}), 400)
	expect(t, "no token", w.call("", "POST", "/api/v1/guard/check", map[string]any{"kind": "reply", "text": "x"}), 401)
}
