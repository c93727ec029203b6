package store_test

import (
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

// TestTenantIsolation calls every method of store.Tenant as organization B on organization A's
// objects and checks that B can neither read nor change them, then that A's data and audit
// chain are untouched. A new Tenant method without a case here fails the test.
func TestTenantIsolation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a := newFixture(t, s, "alpha")
		b := newFixture(t, s, "beta")
		tokA, err := a.t.CreateToken(ctx, a.user.ID, "a-token", "bsd_a", "hash-a")
		if err != nil {
			t.Fatal(err)
		}
		now := s.Now()
		if err := a.t.CreateSession(ctx, "sess-a", &bedside.Session{UserID: a.user.ID, CSRFToken: "c", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		five := 5
		if _, err := a.t.InsertFeedback(ctx, []*bedside.Feedback{{LocationID: a.clinic.ID, Source: "google", Kind: "review", ExternalID: "a1", Rating: &five, Text: "A's patient", CreatedAt: now}}); err != nil {
			t.Fatal(err)
		}
		grantA := a.user.Grants
		if len(grantA) == 0 {
			u, _ := a.t.User(ctx, a.user.ID)
			grantA = u.Grants
		}
		aEvents, _ := a.t.AuditEvents(ctx, 0, 500)
		name := "Hijacked"

		// Each case runs as B against A's ids and must fail with not-found (or return nothing of A's).
		cases := map[string]func() error{
			"OrgID": func() error {
				if b.t.OrgID() == a.org.ID {
					return nil
				}
				return bedside.Errorf(bedside.ENOTFOUND, "distinct")
			},
			"Organization": func() error {
				o, err := b.t.Organization(ctx)
				if err == nil && o.ID == a.org.ID {
					return nil
				}
				return bedside.Errorf(bedside.ENOTFOUND, "own org only")
			},
			"Root": func() error {
				r, err := b.t.Root(ctx)
				if err == nil && r.ID == a.org.RootID {
					return nil
				}
				return bedside.Errorf(bedside.ENOTFOUND, "own root only")
			},
			"Node": func() error { _, err := b.t.Node(ctx, a.clinic.ID); return err },
			"Nodes": func() error {
				ns, _ := b.t.Nodes(ctx, a.region.Path, true)
				if len(ns) > 0 {
					return nil
				}
				all, _ := b.t.Nodes(ctx, "", true)
				for _, n := range all {
					if n.OrgID == a.org.ID {
						return nil
					}
				}
				return bedside.Errorf(bedside.ENOTFOUND, "none of A's")
			},
			"CreateNode": func() error {
				return b.t.CreateNode(ctx, &bedside.Node{ParentID: a.region.ID, Kind: bedside.KindLocation, Name: "Intruder"})
			},
			"UpdateNode":  func() error { _, err := b.t.UpdateNode(ctx, a.clinic.ID, store.NodeUpdate{Name: &name}); return err },
			"MoveNode":    func() error { _, err := b.t.MoveNode(ctx, a.clinic.ID, b.region.ID); return err },
			"MoveNode/in": func() error { _, err := b.t.MoveNode(ctx, b.clinic.ID, a.region.ID); return err },
			"ArchiveNode": func() error { _, err := b.t.ArchiveNode(ctx, a.region.ID); return err },
			"User":        func() error { _, err := b.t.User(ctx, a.user.ID); return err },
			"Users": func() error {
				us, _ := b.t.Users(ctx)
				for _, u := range us {
					if u.ID == a.user.ID {
						return nil
					}
				}
				return bedside.Errorf(bedside.ENOTFOUND, "none of A's")
			},
			"CreateUser": func() error {
				// Emails are unique per installation, so B can't take A's address; that is a
				// conflict, and reveals nothing A-specific beyond what sign-in does.
				_, err := b.t.CreateUser(ctx, a.user.Email, "Copy", "h")
				if bedside.ErrorCode(err) == bedside.ECONFLICT {
					return bedside.Errorf(bedside.ENOTFOUND, "conflict")
				}
				return err
			},
			"SetUserDisabled": func() error { _, err := b.t.SetUserDisabled(ctx, a.user.ID, true); return err },
			"GrantRole":       func() error { _, err := b.t.GrantRole(ctx, b.user.ID, a.clinic.ID, bedside.RoleOrgAdmin); return err },
			"GrantRole/user":  func() error { _, err := b.t.GrantRole(ctx, a.user.ID, b.clinic.ID, bedside.RoleOrgAdmin); return err },
			"RevokeGrant":     func() error { return b.t.RevokeGrant(ctx, grantA[0].ID) },
			"CreateToken":     func() error { _, err := b.t.CreateToken(ctx, a.user.ID, "steal", "bsd_x", "hash-x"); return err },
			"Token":           func() error { _, err := b.t.Token(ctx, tokA.ID); return err },
			"Tokens": func() error {
				ts, _ := b.t.Tokens(ctx, a.user.ID)
				all, _ := b.t.Tokens(ctx, 0)
				if len(ts) > 0 {
					return nil
				}
				for _, tk := range all {
					if tk.ID == tokA.ID {
						return nil
					}
				}
				return bedside.Errorf(bedside.ENOTFOUND, "none of A's")
			},
			"RevokeToken": func() error { _, err := b.t.RevokeToken(ctx, tokA.ID); return err },
			"CreateSession": func() error {
				return b.t.CreateSession(ctx, "sess-b", &bedside.Session{UserID: a.user.ID, CreatedAt: now, ExpiresAt: now.Add(time.Hour)})
			},
			"DeleteSession": func() error { return b.t.DeleteSession(ctx, "sess-a") },
			"AuditEvents": func() error {
				es, _ := b.t.AuditEvents(ctx, 0, 500)
				for _, e := range es {
					if e.OrgID == a.org.ID {
						return nil
					}
				}
				return bedside.Errorf(bedside.ENOTFOUND, "none of A's")
			},
			"RecordView": func() error {
				// Recording a view writes to B's own chain only; check A's chain is unchanged below.
				if err := b.t.RecordView(ctx, "feedback", 1); err != nil {
					return err
				}
				return bedside.Errorf(bedside.ENOTFOUND, "own chain")
			},
			"InsertFeedback": func() error {
				_, err := b.t.InsertFeedback(ctx, []*bedside.Feedback{{LocationID: a.clinic.ID, Source: "google", Kind: "review", ExternalID: "b1", Text: "x", CreatedAt: now}})
				return err
			},
			"Feedback": func() error {
				var id int64
				s.DB().QueryRow(`SELECT id FROM feedback WHERE external_id = 'a1'`).Scan(&id)
				_, err := b.t.Feedback(ctx, id)
				return err
			},
			"FeedbackCount": func() error {
				n, _ := b.t.FeedbackCount(ctx, a.region.Path)
				all, _ := b.t.FeedbackCount(ctx, "")
				if n > 0 || all > 0 {
					return nil
				}
				return bedside.Errorf(bedside.ENOTFOUND, "none of A's")
			},
		}

		// Every exported method must have a case.
		typ := reflect.TypeOf(&store.Tenant{})
		var missing []string
		for i := 0; i < typ.NumMethod(); i++ {
			m := typ.Method(i).Name
			if _, ok := cases[m]; !ok {
				missing = append(missing, m)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Fatalf("Tenant methods without an isolation case: %v", missing)
		}

		for name, call := range cases {
			if err := call(); bedside.ErrorCode(err) != bedside.ENOTFOUND {
				t.Errorf("%s: tenant B reached tenant A's data (err = %v)", name, err)
			}
		}

		// A is exactly as it was.
		clinic, err := a.t.Node(ctx, a.clinic.ID)
		if err != nil || clinic.Name != a.clinic.Name || clinic.ArchivedAt != nil || clinic.Path != a.clinic.Path {
			t.Fatalf("A's clinic changed: %+v %v", clinic, err)
		}
		if u, _ := a.t.User(ctx, a.user.ID); u.DisabledAt != nil || len(u.Grants) != 1 {
			t.Fatalf("A's user changed: %+v", u)
		}
		if tok, _ := a.t.Token(ctx, tokA.ID); tok.RevokedAt != nil {
			t.Fatal("A's token revoked by B")
		}
		if _, err := s.SessionByHash(ctx, "sess-a"); err != nil {
			t.Fatalf("A's session deleted by B: %v", err)
		}
		if n, _ := a.t.FeedbackCount(ctx, ""); n != 1 {
			t.Fatalf("A's feedback count = %d", n)
		}
		if after, _ := a.t.AuditEvents(ctx, 0, 500); len(after) != len(aEvents) {
			t.Fatalf("A's audit chain grew from %d to %d events through B", len(aEvents), len(after))
		}
		if _, err := s.VerifyAudit(ctx); err != nil {
			t.Fatalf("audit chains after the attempts: %v", err)
		}
	})
}
