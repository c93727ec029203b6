package server_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

// TestFeedbackViewIsAudited reads feedback over the API: an item whose patient disclosed PHI
// leaves a phi.view event naming the viewer; a clean one does not; a responder of another
// clinic is refused.
func TestFeedbackViewIsAudited(t *testing.T) {
	st := storetest.SQLite(t)
	w := newWorld(t, st, nil)
	tn := st.Tenant(w.a.o.ID, bedside.SystemActor)
	at := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	items := []*bedside.Feedback{
		{LocationID: w.a.clinic.ID, Source: "google", Kind: "review", ExternalID: "phi", Text: "My MRI showed a torn ACL", CreatedAt: at,
			Analysis: &bedside.FeedbackAnalysis{SentimentLabel: "neutral", Topics: []string{}, Profanity: "none", ContainsPHI: true}},
		{LocationID: w.a.clinic.ID, Source: "google", Kind: "review", ExternalID: "clean", Text: "Friendly staff", CreatedAt: at,
			Analysis: &bedside.FeedbackAnalysis{SentimentLabel: "positive", Topics: []string{"staff_courtesy"}, Profanity: "none"}},
	}
	if _, err := tn.InsertFeedback(ctx, items); err != nil {
		t.Fatal(err)
	}
	ids := map[string]int64{}
	rows, _ := st.DB().Query(`SELECT external_id, id FROM feedback`)
	for rows.Next() {
		var ext string
		var id int64
		rows.Scan(&ext, &id)
		ids[ext] = id
	}
	rows.Close()
	views := func() (n int) {
		st.DB().QueryRow(`SELECT COUNT(*) FROM audit_events WHERE action = 'phi.view' AND org_id = ?`, w.a.o.ID).Scan(&n)
		return n
	}
	rs := w.a.tokens["responder"]
	r := w.call(rs, "GET", fmt.Sprintf("/api/v1/feedback/%d", ids["phi"]), nil)
	expect(t, "view PHI item", r, 200)
	var f bedside.Feedback
	r.json(t, &f)
	if f.Text != "My MRI showed a torn ACL" || f.Analysis == nil || !f.Analysis.ContainsPHI {
		t.Fatalf("feedback body: %+v", f)
	}
	if views() != 1 {
		t.Fatalf("phi.view events = %d after one view, want 1", views())
	}
	expect(t, "view clean item", w.call(rs, "GET", fmt.Sprintf("/api/v1/feedback/%d", ids["clean"]), nil), 200)
	if views() != 1 {
		t.Fatal("viewing a clean item was recorded as a PHI view")
	}
	// A responder of the sibling clinic: 403; another organization: 404; neither is recorded.
	other, _ := tn.CreateUser(ctx, "sib@alpha.test", "Sib", "h")
	tn.GrantRole(ctx, other.ID, w.a.sibling.ID, bedside.RoleResponder)
	secret, display, hash := auth.NewAPIToken()
	tn.CreateToken(ctx, other.ID, "t", display, hash)
	expect(t, "sibling responder", w.call(secret, "GET", fmt.Sprintf("/api/v1/feedback/%d", ids["phi"]), nil), 403)
	expect(t, "other tenant", w.call(w.b.tokens["admin"], "GET", fmt.Sprintf("/api/v1/feedback/%d", ids["phi"]), nil), 404)
	if views() != 1 {
		t.Fatalf("refused views were recorded: %d", views())
	}
	var actor string
	st.DB().QueryRow(`SELECT actor_label FROM audit_events WHERE action = 'phi.view'`).Scan(&actor)
	if actor != "responder@alpha.test" {
		t.Fatalf("phi.view actor = %q", actor)
	}
}
