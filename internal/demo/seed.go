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
func Seed(ctx context.Context, st *store.Store, in *ingest.Ingester, ds *Dataset, params auth.Params) (*SeedResult, error) {
	res := &SeedResult{}
	org, err := st.OrganizationBySlug(ctx, ds.Organization.Slug)
	if bedside.ErrorCode(err) == bedside.ENOTFOUND {
		org, err = st.CreateOrganization(ctx, ds.Organization.Name, ds.Organization.Slug)
		res.Created = true
	}
	if err != nil {
		return nil, fmt.Errorf("demo organization: %w", err)
	}
	res.Organization = org
	t := st.Tenant(org.ID, seedActor)

	existing, err := t.Nodes(ctx, "", true)
	if err != nil {
		return nil, err
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
		if _, err := st.UserByEmail(ctx, u.Email); err == nil {
			continue
		}
		hash, err := auth.HashPassword(u.Password, params)
		if err != nil {
			return nil, fmt.Errorf("demo user %s: %w", u.Email, err)
		}
		created, err := t.CreateUser(ctx, u.Email, u.Name, hash)
		if err != nil {
			return nil, fmt.Errorf("demo user %s: %w", u.Email, err)
		}
		node, ok := nodeIDs[u.NodeKey]
		if !ok {
			return nil, fmt.Errorf("demo user %s: unknown node key %q", u.Email, u.NodeKey)
		}
		if _, err := t.GrantRole(ctx, created.ID, node, bedside.Role(u.Role)); err != nil {
			return nil, fmt.Errorf("demo user %s: %w", u.Email, err)
		}
	}

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
