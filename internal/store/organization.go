package store

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/bedsidehq/bedside"
)

// Tenant is the store seen from inside one organization. Every query it runs carries the
// organization id, so nothing it returns or changes can belong to another tenant; an id from
// another tenant is simply not found. Changes are audited under actor.
type Tenant struct {
	s     *Store
	org   int64
	actor bedside.Actor
}

// Tenant returns the view of organization org acting as actor.
func (s *Store) Tenant(org int64, actor bedside.Actor) *Tenant {
	return &Tenant{s: s, org: org, actor: actor}
}

// OrgID is the organization this view is scoped to.
func (t *Tenant) OrgID() int64 { return t.org }

var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Slugify makes a URL-safe identifier from a name.
func Slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// CreateOrganization creates a tenant with its root node, audited as the tenant's first event.
func (s *Store) CreateOrganization(ctx context.Context, name, slug string) (*bedside.Organization, error) {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 200 {
		return nil, bedside.Errorf(bedside.EINVALID, "name: must be 1 to 200 bytes")
	}
	if slug == "" {
		slug = Slugify(name)
	}
	if !slugPattern.MatchString(slug) || len(slug) > 60 {
		return nil, bedside.Errorf(bedside.EINVALID, "slug: %q must be lowercase letters, digits and single dashes", slug)
	}
	now := s.Now()
	o := &bedside.Organization{Name: name, Slug: slug, CreatedAt: now}
	err := s.inTx(ctx, func(c conn) error {
		var err error
		o.ID, err = c.insert(ctx, `INSERT INTO organizations (name, slug, created_at) VALUES (?, ?, ?)`, name, slug, now)
		if isUniqueViolation(err) {
			return bedside.Errorf(bedside.ECONFLICT, "slug: an organization named %q already exists", slug)
		} else if err != nil {
			return fmt.Errorf("insert organization: %w", err)
		}
		root := &bedside.Node{OrgID: o.ID, Kind: bedside.KindOrganization, Name: name, CreatedAt: now, UpdatedAt: now}
		if err := c.insertNode(ctx, root, ""); err != nil {
			return err
		}
		o.RootID = root.ID
		if _, err := c.exec(ctx, `UPDATE organizations SET root_node_id = ? WHERE id = ?`, root.ID, o.ID); err != nil {
			return fmt.Errorf("link root node: %w", err)
		}
		return c.appendAudit(ctx, o.ID, bedside.SystemActor, change{action: "organization.create", objectType: "organization", objectID: o.ID, after: o})
	})
	if err != nil {
		return nil, fmt.Errorf("create organization %q: %w", slug, err)
	}
	return o, nil
}

// Organization returns the tenant's own organization record.
func (t *Tenant) Organization(ctx context.Context) (*bedside.Organization, error) {
	o := &bedside.Organization{}
	err := t.s.read().row(ctx, `SELECT id, name, slug, root_node_id, created_at FROM organizations WHERE id = ?`, t.org).
		Scan(&o.ID, &o.Name, &o.Slug, &o.RootID, &o.CreatedAt)
	if err != nil {
		return nil, notFound(err, "organization", t.org)
	}
	o.CreatedAt = o.CreatedAt.UTC()
	return o, nil
}

// OrganizationBySlug finds a tenant by its slug; start-up uses it to seed the demo only once.
func (s *Store) OrganizationBySlug(ctx context.Context, slug string) (*bedside.Organization, error) {
	o := &bedside.Organization{}
	err := s.read().row(ctx, `SELECT id, name, slug, root_node_id, created_at FROM organizations WHERE slug = ?`, slug).
		Scan(&o.ID, &o.Name, &o.Slug, &o.RootID, &o.CreatedAt)
	if err != nil {
		return nil, notFound(err, "organization", slug)
	}
	o.CreatedAt = o.CreatedAt.UTC()
	return o, nil
}
