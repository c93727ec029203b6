package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

var ctx = context.Background()

var admin = bedside.Actor{Type: "user", ID: 1, Label: "admin@example.test"}

// fixture is a small tenant: root → region → clinic → provider, and a user with a grant.
type fixture struct {
	org                      *bedside.Organization
	t                        *store.Tenant
	region, clinic, provider *bedside.Node
	user                     *bedside.User
}

func newFixture(t *testing.T, s *store.Store, slug string) *fixture {
	t.Helper()
	org, err := s.CreateOrganization(ctx, "Health "+slug, slug)
	if err != nil {
		t.Fatalf("create organization: %v", err)
	}
	f := &fixture{org: org, t: s.Tenant(org.ID, admin)}
	f.region = mustNode(t, f.t, &bedside.Node{ParentID: org.RootID, Kind: bedside.KindGroup, Name: "North"})
	f.clinic = mustNode(t, f.t, &bedside.Node{ParentID: f.region.ID, Kind: bedside.KindLocation, Name: "Clinic", LocationType: "primary_care",
		TimeZone: "America/Chicago", Listings: map[string]string{"google": "locations/123"}})
	f.provider = mustNode(t, f.t, &bedside.Node{ParentID: f.clinic.ID, Kind: bedside.KindProvider, Name: "Dr. Ada Park", Credential: "MD"})
	f.user, err = f.t.CreateUser(ctx, "someone@"+slug+".test", "Some One", "hash")
	if err != nil {
		t.Fatalf("create user: %v", err)
	}
	if _, err := f.t.GrantRole(ctx, f.user.ID, f.region.ID, bedside.RoleResponder); err != nil {
		t.Fatalf("grant: %v", err)
	}
	return f
}

func mustNode(t *testing.T, tn *store.Tenant, n *bedside.Node) *bedside.Node {
	t.Helper()
	if err := tn.CreateNode(ctx, n); err != nil {
		t.Fatalf("create node %q: %v", n.Name, err)
	}
	return n
}

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := bedside.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

func TestMigrateTwice(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("second migrate: %v", err)
		}
	})
}

func TestLocationTree(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := newFixture(t, s, "tree")
		if f.provider.Path != fmt.Sprintf("/%d/%d/%d/%d/", f.org.RootID, f.region.ID, f.clinic.ID, f.provider.ID) {
			t.Fatalf("provider path = %q", f.provider.Path)
		}
		got, err := f.t.Node(ctx, f.clinic.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Listings["google"] != "locations/123" || got.TimeZone != "America/Chicago" || got.LocationType != "primary_care" {
			t.Fatalf("clinic round trip lost fields: %+v", got)
		}

		// Invalid shapes are refused with the field named.
		err = f.t.CreateNode(ctx, &bedside.Node{ParentID: f.provider.ID, Kind: bedside.KindLocation, Name: "Under a provider"})
		wantCode(t, err, bedside.EINVALID)
		err = f.t.CreateNode(ctx, &bedside.Node{ParentID: f.region.ID, Kind: bedside.KindLocation, Name: "Bad zone", TimeZone: "Mars/Olympus"})
		wantCode(t, err, bedside.EINVALID)
		err = f.t.CreateNode(ctx, &bedside.Node{ParentID: f.region.ID, Kind: bedside.KindLocation, Name: "  "})
		wantCode(t, err, bedside.EINVALID)

		// Move the clinic (with its provider) to a new region: the subtree's paths follow.
		south := mustNode(t, f.t, &bedside.Node{ParentID: f.org.RootID, Kind: bedside.KindGroup, Name: "South"})
		moved, err := f.t.MoveNode(ctx, f.clinic.ID, south.ID)
		if err != nil {
			t.Fatalf("move: %v", err)
		}
		if moved.Path != fmt.Sprintf("/%d/%d/%d/", f.org.RootID, south.ID, f.clinic.ID) {
			t.Fatalf("moved path = %q", moved.Path)
		}
		prov, _ := f.t.Node(ctx, f.provider.ID)
		if prov.Path != moved.Path+fmt.Sprintf("%d/", f.provider.ID) {
			t.Fatalf("descendant path not rewritten: %q", prov.Path)
		}
		under, err := f.t.Nodes(ctx, south.Path, false)
		if err != nil || len(under) != 3 {
			t.Fatalf("nodes under south = %d (%v), want 3", len(under), err)
		}
		// A node cannot move under its own descendant, and the root cannot move.
		_, err = f.t.MoveNode(ctx, south.ID, f.clinic.ID)
		wantCode(t, err, bedside.EINVALID)
		_, err = f.t.MoveNode(ctx, f.org.RootID, south.ID)
		wantCode(t, err, bedside.EINVALID)

		name := "Clinic on Main"
		up, err := f.t.UpdateNode(ctx, f.clinic.ID, store.NodeUpdate{Name: &name})
		if err != nil || up.Name != name || up.TimeZone != "America/Chicago" {
			t.Fatalf("update = %+v, %v", up, err)
		}
		bad := "Nowhere/Zone"
		_, err = f.t.UpdateNode(ctx, f.clinic.ID, store.NodeUpdate{TimeZone: &bad})
		wantCode(t, err, bedside.EINVALID)

		// Archiving hides the subtree from everyday lists but keeps it.
		if _, err := f.t.ArchiveNode(ctx, south.ID); err != nil {
			t.Fatalf("archive: %v", err)
		}
		if _, err := f.t.ArchiveNode(ctx, south.ID); err != nil {
			t.Fatalf("archive twice: %v", err)
		}
		live, _ := f.t.Nodes(ctx, "", false)
		all, _ := f.t.Nodes(ctx, "", true)
		if len(live) != 2 || len(all) != 5 {
			t.Fatalf("live=%d all=%d, want 2 and 5", len(live), len(all))
		}
		_, err = f.t.ArchiveNode(ctx, f.org.RootID)
		wantCode(t, err, bedside.EINVALID)
		tree := bedside.BuildTree(live)
		if len(tree) != 1 || len(tree[0].Children) != 1 || tree[0].Children[0].ID != f.region.ID {
			t.Fatalf("tree shape wrong: %+v", tree)
		}
	})
}

func TestUsersGrantsTokensSessions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := newFixture(t, s, "users")
		_, err := f.t.CreateUser(ctx, "SOMEONE@users.test", "Dup", "h")
		wantCode(t, err, bedside.ECONFLICT)
		_, err = f.t.CreateUser(ctx, "not an email", "X", "h")
		wantCode(t, err, bedside.EINVALID)
		_, err = f.t.GrantRole(ctx, f.user.ID, f.clinic.ID, "superuser")
		wantCode(t, err, bedside.EINVALID)
		_, err = f.t.GrantRole(ctx, f.user.ID, f.region.ID, bedside.RoleResponder)
		wantCode(t, err, bedside.ECONFLICT)

		u, err := s.UserByEmail(ctx, " Someone@Users.test ")
		if err != nil || u.ID != f.user.ID || len(u.Grants) != 1 || u.Grants[0].NodePath != f.region.Path {
			t.Fatalf("user by email = %+v, %v", u, err)
		}
		p, err := u.Principal()
		if err != nil || !bedside.Can(p, bedside.ActionRespond, f.clinic.Path) || bedside.Can(p, bedside.ActionRespond, f.org.RootPath()) {
			t.Fatalf("principal scoping wrong: %+v %v", p, err)
		}

		tok, err := f.t.CreateToken(ctx, f.user.ID, "zapier", "bsd_abc", "hash-1")
		if err != nil {
			t.Fatal(err)
		}
		got, org, err := s.TokenByHash(ctx, "hash-1")
		if err != nil || got.ID != tok.ID || org != f.org.ID || got.LastUsedAt == nil {
			t.Fatalf("token by hash = %+v %d %v", got, org, err)
		}
		if _, err := f.t.RevokeToken(ctx, tok.ID); err != nil {
			t.Fatal(err)
		}
		_, _, err = s.TokenByHash(ctx, "hash-1")
		wantCode(t, err, bedside.EUNAUTHORIZED)

		now := s.Now()
		live := &bedside.Session{UserID: f.user.ID, CSRFToken: "c", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}
		old := &bedside.Session{UserID: f.user.ID, CSRFToken: "c", CreatedAt: now.Add(-2 * time.Hour), ExpiresAt: now.Add(-time.Hour)}
		if err := f.t.CreateSession(ctx, "live", live); err != nil {
			t.Fatal(err)
		}
		if err := f.t.CreateSession(ctx, "old", old); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SessionByHash(ctx, "old"); bedside.ErrorCode(err) != bedside.ENOTFOUND {
			t.Fatalf("expired session found: %v", err)
		}
		n, err := s.DeleteExpiredSessions(ctx)
		if err != nil || n != 1 {
			t.Fatalf("cleanup removed %d (%v), want 1", n, err)
		}
		if sess, err := s.SessionByHash(ctx, "live"); err != nil || sess.UserID != f.user.ID {
			t.Fatalf("live session lost: %v", err)
		}
		// Disabling a user ends their sessions and revokes their tokens at once.
		if _, err := f.t.CreateToken(ctx, f.user.ID, "second", "bsd_def", "hash-2"); err != nil {
			t.Fatal(err)
		}
		if _, err := f.t.SetUserDisabled(ctx, f.user.ID, true); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SessionByHash(ctx, "live"); bedside.ErrorCode(err) != bedside.ENOTFOUND {
			t.Fatalf("session survived disabling: %v", err)
		}
		_, _, err = s.TokenByHash(ctx, "hash-2")
		wantCode(t, err, bedside.EUNAUTHORIZED)
		disabled, _ := f.t.User(ctx, f.user.ID)
		_, err = disabled.Principal()
		wantCode(t, err, bedside.EUNAUTHORIZED)

		if _, err := s.VerifyAudit(ctx); err != nil {
			t.Fatalf("audit chain after normal use: %v", err)
		}
	})
}

func TestLoginThrottle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		th := store.Throttle{Limit: 3, Window: time.Minute, Lock: time.Hour}
		for i := 0; i < 2; i++ {
			if err := s.RecordLoginFailure(ctx, "email:a@b.c", th); err != nil {
				t.Fatal(err)
			}
		}
		if until, _ := s.LoginLockedUntil(ctx, "email:a@b.c"); !until.IsZero() {
			t.Fatal("locked before the limit")
		}
		s.RecordLoginFailure(ctx, "email:a@b.c", th)
		if until, _ := s.LoginLockedUntil(ctx, "email:a@b.c"); until.IsZero() {
			t.Fatal("not locked at the limit")
		}
		if until, _ := s.LoginLockedUntil(ctx, "email:other@b.c"); !until.IsZero() {
			t.Fatal("lock leaked to another key")
		}
		s.ResetLoginFailures(ctx, "email:a@b.c")
		if until, _ := s.LoginLockedUntil(ctx, "email:a@b.c"); !until.IsZero() {
			t.Fatal("reset did not unlock")
		}
	})
}

func TestFeedbackImportIsIdempotent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := newFixture(t, s, "fb")
		five := 5
		items := func() []*bedside.Feedback {
			return []*bedside.Feedback{
				{LocationID: f.clinic.ID, Source: "google", Kind: "review", ExternalID: "r1", Rating: &five, Text: "Great <script>alert(1)</script> care", CreatedAt: time.Date(2026, 3, 1, 15, 0, 0, 0, time.UTC)},
				{LocationID: f.clinic.ID, ProviderID: f.provider.ID, Source: "yelp", Kind: "review", ExternalID: "y1", Text: "ok", CreatedAt: time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)},
			}
		}
		first := items()
		first[0].Analysis = &bedside.FeedbackAnalysis{Sentiment: 0.8, SentimentLabel: "positive", Topics: []string{"provider_care", "wait_time"}, Profanity: "none", ContainsPHI: true}
		n, err := f.t.InsertFeedback(ctx, first)
		if err != nil || n != 2 {
			t.Fatalf("first import inserted %d (%v)", n, err)
		}
		var ids []int64
		rows, _ := s.DB().Query(`SELECT id FROM feedback ORDER BY id`)
		for rows.Next() {
			var id int64
			rows.Scan(&id)
			ids = append(ids, id)
		}
		rows.Close()
		got, err := f.t.Feedback(ctx, ids[0])
		if err != nil || got.Text != first[0].Text || got.Analysis == nil || !got.Analysis.ContainsPHI ||
			got.Analysis.SentimentLabel != "positive" || len(got.Analysis.Topics) != 2 || got.LocalTime != "2026-03-01T09:00:00-06:00" {
			t.Fatalf("feedback round trip: %+v %+v %v", got, got.Analysis, err)
		}
		if got, _ := f.t.Feedback(ctx, ids[1]); got.Analysis != nil || got.ProviderID != f.provider.ID {
			t.Fatalf("unanalysed item: %+v", got)
		}
		n, err = f.t.InsertFeedback(ctx, items())
		if err != nil || n != 0 {
			t.Fatalf("re-import inserted %d (%v), want 0", n, err)
		}
		if c, _ := f.t.FeedbackCount(ctx, f.region.Path); c != 2 {
			t.Fatalf("count under region = %d", c)
		}
		// Each field is checked and named.
		bad6 := 6
		for _, c := range []struct {
			edit func(f *bedside.Feedback)
			want string
		}{
			{func(f *bedside.Feedback) { f.Source = "myspace" }, "source"},
			{func(f *bedside.Feedback) { f.Kind = "tweet" }, "kind"},
			{func(f *bedside.Feedback) { f.ExternalID = "" }, "external_id"},
			{func(f *bedside.Feedback) { f.Rating = &bad6 }, "rating"},
			{func(f *bedside.Feedback) { f.Text = "\xff\xfe" }, "UTF-8"},
			{func(f *bedside.Feedback) { f.Text = strings.Repeat("a", bedside.MaxFeedbackText+1) }, "limit"},
			{func(f *bedside.Feedback) { f.CreatedAt = time.Time{} }, "created_at"},
		} {
			one := items()[:1]
			one[0].ExternalID = "v1"
			c.edit(one[0])
			_, err := f.t.InsertFeedback(ctx, one)
			wantCode(t, err, bedside.EINVALID)
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "feedback 0") {
				t.Fatalf("error %q should name %q and the item", err, c.want)
			}
		}
		// One bad item rolls back the whole batch.
		bad := items()
		bad[0].ExternalID, bad[1].ExternalID, bad[1].LocationID = "r2", "y2", f.region.ID
		_, err = f.t.InsertFeedback(ctx, bad)
		wantCode(t, err, bedside.EINVALID)
		if c, _ := f.t.FeedbackCount(ctx, ""); c != 2 {
			t.Fatalf("failed batch left %d rows, want 2", c)
		}
	})
}

// TestAuditChainUnderConcurrency writes from many goroutines at once; the chain must come out
// unbroken with one event per change.
func TestAuditChainUnderConcurrency(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		f := newFixture(t, s, "conc")
		before, _ := f.t.AuditEvents(ctx, 0, 500)
		var wg sync.WaitGroup
		errs := make(chan error, 40)
		for i := 0; i < 40; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				errs <- f.t.CreateNode(ctx, &bedside.Node{ParentID: f.region.ID, Kind: bedside.KindLocation, Name: fmt.Sprintf("Site %d", i)})
			}(i)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatalf("concurrent create: %v", err)
			}
		}
		after, _ := f.t.AuditEvents(ctx, 0, 500)
		if len(after)-len(before) != 40 {
			t.Fatalf("audit events grew by %d, want 40", len(after)-len(before))
		}
		if _, err := s.VerifyAudit(ctx); err != nil {
			t.Fatalf("chain broken by concurrency: %v", err)
		}
	})
}

// TestAuditVerifyCatchesTampering edits, deletes and reorders events directly in the database,
// as someone with file or superuser access would, and expects verification to name the event.
func TestAuditVerifyCatchesTampering(t *testing.T) {
	cases := []struct {
		name   string
		tamper string // SQL with %d for the target event id and %d for the org
		reason string
	}{
		{"edited", `UPDATE audit_events SET action = 'node.view' WHERE id = %d AND org_id = %d`, "edited"},
		{"deleted", `DELETE FROM audit_events WHERE id = %d AND org_id = %d`, "deleted"},
		{"reordered", `UPDATE audit_events SET seq = seq + 1000 WHERE id = %d AND org_id = %d`, "reordered"},
		{"tail deleted", `DELETE FROM audit_events WHERE id >= %d AND org_id = %d`, "end"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, s *store.Store) {
				newFixture(t, s, "other") // a second tenant whose chain stays intact
				f := newFixture(t, s, "victim")
				events, err := f.t.AuditEvents(ctx, 0, 500)
				if err != nil || len(events) < 5 {
					t.Fatalf("events: %d %v", len(events), err)
				}
				if _, err := s.VerifyAudit(ctx); err != nil {
					t.Fatalf("intact chain fails: %v", err)
				}
				target := events[2]
				if tc.name == "tail deleted" {
					target = events[len(events)-1]
				}
				if _, err := s.DB().Exec(fmt.Sprintf(tc.tamper, target.ID, f.org.ID)); err != nil {
					t.Fatal(err)
				}
				_, err = s.VerifyAudit(ctx)
				var brk *bedside.ChainBreak
				if !errors.As(err, &brk) {
					t.Fatalf("tampering not detected: %v", err)
				}
				if brk.OrgID != f.org.ID {
					t.Fatalf("break blamed on org %d, want %d", brk.OrgID, f.org.ID)
				}
				if tc.name == "edited" || tc.name == "reordered" {
					if brk.EventID != target.ID {
						t.Fatalf("break names event %d, want %d: %v", brk.EventID, target.ID, brk)
					}
				}
				if tc.name == "deleted" && brk.Seq != target.Seq+1 {
					t.Fatalf("break at seq %d, want the event after the deleted one (%d): %v", brk.Seq, target.Seq+1, brk)
				}
			})
		})
	}
}
