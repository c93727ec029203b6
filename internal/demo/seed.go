package demo

import (
	"context"
	"fmt"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/ingest"
	"github.com/bedsidehq/bedside/internal/store"
)

// seedActor marks demo seeding in the audit log.
var seedActor = bedside.Actor{Type: "system", Label: "demo seed"}

// SeedResult says what Seed did.
type SeedResult struct {
	Organization *bedside.Organization
	Created      bool // false when the demo organization already existed
	Feedback     int  // feedback rows inserted by this call
}

// Seed writes ds into st. It is resumable: every step looks for what an earlier, interrupted
// run already stored (nodes by name under their parent, users by email, feedback by external
// id) and adds only what is missing, so a crash mid-seed never leaves a demo that a restart
// cannot complete. Passwords are hashed with params; feedback enters through in, analysed like
// any other feedback.
//
// Several processes may seed one empty database at once (nodes of a cluster starting together):
// the organization, its tree and its users are written under the store's exclusive lock for
// this demo, so exactly one seeder creates them and the others find them complete. Feedback is
// ingested outside the lock; its unique key (source, external id) makes concurrent inserts of
// the same items land once.
func Seed(ctx context.Context, st *store.Store, in *ingest.Ingester, ds *Dataset, params auth.Params) (*SeedResult, error) {
	res := &SeedResult{}
	var nodeIDs map[string]int64
	err := st.Exclusive(ctx, "demo-seed-"+ds.Organization.Slug, func() error {
		var err error
		nodeIDs, err = seedStructure(ctx, st, ds, params, res)
		return err
	})
	if err != nil {
		return nil, err
	}
	t := st.Tenant(res.Organization.ID, seedActor)

	const batch = 2000
	items := make([]*bedside.Feedback, 0, batch)
	flush := func() error {
		n, err := in.Ingest(ctx, t, items)
		res.Feedback += n
		items = items[:0]
		return err
	}
	for _, f := range ds.Feedback {
		loc, ok := nodeIDs[f.LocationKey]
		if !ok {
			return nil, fmt.Errorf("demo feedback %s: unknown location %q", f.ExternalID, f.LocationKey)
		}
		var provider int64
		if f.ProviderKey != "" {
			if provider, ok = nodeIDs[f.ProviderKey]; !ok {
				return nil, fmt.Errorf("demo feedback %s: unknown provider %q", f.ExternalID, f.ProviderKey)
			}
		}
		items = append(items, &bedside.Feedback{LocationID: loc, ProviderID: provider, Source: f.Source, Kind: f.Kind,
			ExternalID: f.ExternalID, ParentExternalID: f.ParentExternalID, AuthorName: f.AuthorName, Rating: f.Rating, NPS: f.NPS,
			Text: f.Text, CreatedAt: f.CreatedAt})
		if len(items) == batch {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return res, nil
}

// seedStructure finds or creates the demo organization, its location tree and its users with
// their grants, adding only what an earlier, interrupted run did not store. It returns the node
// id of every dataset key ("" is the root).
func seedStructure(ctx context.Context, st *store.Store, ds *Dataset, params auth.Params, res *SeedResult) (map[string]int64, error) {
	org, err := st.OrganizationBySlug(ctx, ds.Organization.Slug)
	if bedside.ErrorCode(err) == bedside.ENOTFOUND {
		org, err = st.CreateOrganization(ctx, ds.Organization.Name, ds.Organization.Slug)
		res.Created = err == nil
	}
	if err != nil {
		return nil, fmt.Errorf("demo organization: %w", err)
	}
	res.Organization = org
	t := st.Tenant(org.ID, seedActor)

	existing, err := t.Nodes(ctx, "", true)
	if err != nil {
		return nil, fmt.Errorf("demo nodes: %w", err)
	}
	type childKey struct {
		parent int64
		name   string
	}
	byParent := map[childKey]*bedside.Node{}
	for _, n := range existing {
		byParent[childKey{n.ParentID, n.Name}] = n
	}
	ensure := func(n *bedside.Node) (*bedside.Node, error) {
		if got, ok := byParent[childKey{n.ParentID, n.Name}]; ok {
			return got, nil
		}
		if err := t.CreateNode(ctx, n); err != nil {
			return nil, fmt.Errorf("demo node %q: %w", n.Name, err)
		}
		byParent[childKey{n.ParentID, n.Name}] = n
		return n, nil
	}

	nodeIDs := map[string]int64{"": org.RootID}
	for _, reg := range ds.Regions {
		g, err := ensure(&bedside.Node{ParentID: org.RootID, Kind: bedside.KindGroup, Name: reg.Name})
		if err != nil {
			return nil, err
		}
		nodeIDs[reg.Key] = g.ID
		for _, loc := range reg.Locations {
			l, err := ensure(&bedside.Node{ParentID: g.ID, Kind: bedside.KindLocation, Name: loc.Name, LocationType: loc.Kind,
				Street: loc.Street, City: loc.City, State: loc.State, ZIP: loc.ZIP, Phone: loc.Phone, TimeZone: loc.TimeZone,
				Listings: loc.Listings})
			if err != nil {
				return nil, err
			}
			nodeIDs[loc.Key] = l.ID
			for _, p := range loc.Providers {
				pn, err := ensure(&bedside.Node{ParentID: l.ID, Kind: bedside.KindProvider, Name: p.Name, Credential: p.Credential, Specialty: p.Specialty})
				if err != nil {
					return nil, err
				}
				nodeIDs[p.Key] = pn.ID
			}
		}
	}

	for _, u := range ds.Users {
		node, ok := nodeIDs[u.NodeKey]
		if !ok {
			return nil, fmt.Errorf("demo user %s: unknown node key %q", u.Email, u.NodeKey)
		}
		user, err := st.UserByEmail(ctx, u.Email)
		switch {
		case bedside.ErrorCode(err) == bedside.ENOTFOUND:
			hash, err := auth.HashPassword(u.Password, params)
			if err != nil {
				return nil, fmt.Errorf("demo user %s: %w", u.Email, err)
			}
			if user, err = t.CreateUser(ctx, u.Email, u.Name, hash); err != nil {
				return nil, fmt.Errorf("demo user %s: %w", u.Email, err)
			}
		case err != nil:
			return nil, fmt.Errorf("demo user %s: %w", u.Email, err)
		case user.OrgID != org.ID:
			return nil, fmt.Errorf("demo user %s: the email belongs to a user of another organization", u.Email)
		}
		// A run interrupted between creating the user and granting the role left a user
		// without the grant; give it now.
		granted := false
		for _, g := range user.Grants {
			granted = granted || (g.NodeID == node && string(g.Role) == u.Role)
		}
		if !granted {
			if _, err := t.GrantRole(ctx, user.ID, node, bedside.Role(u.Role)); err != nil {
				return nil, fmt.Errorf("demo user %s: %w", u.Email, err)
			}
		}
	}

	return nodeIDs, nil
}
