package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/bedsidehq/bedside"
)

const nodeColumns = `id, org_id, parent_id, kind, name, path, location_type, street, city, state, zip, phone,
	time_zone, listings, credential, specialty, archived_at, created_at, updated_at`

func scanNode(sc interface{ Scan(...any) error }) (*bedside.Node, error) {
	n := &bedside.Node{}
	var parent sql.NullInt64
	var listings string
	var archived sql.NullTime
	err := sc.Scan(&n.ID, &n.OrgID, &parent, &n.Kind, &n.Name, &n.Path, &n.LocationType, &n.Street, &n.City,
		&n.State, &n.ZIP, &n.Phone, &n.TimeZone, &listings, &n.Credential, &n.Specialty, &archived,
		&n.CreatedAt, &n.UpdatedAt)
	if err != nil {
		return nil, err
	}
	n.ParentID = parent.Int64
	n.ArchivedAt = nullTime(archived)
	n.CreatedAt, n.UpdatedAt = n.CreatedAt.UTC(), n.UpdatedAt.UTC()
	if listings != "" && listings != "{}" {
		if err := json.Unmarshal([]byte(listings), &n.Listings); err != nil {
			return nil, fmt.Errorf("node %d listings: %w", n.ID, err)
		}
	}
	return n, nil
}

func encodeListings(m map[string]string) string {
	if len(m) == 0 {
		return "{}"
	}
	b, _ := json.Marshal(m) // a map of strings always encodes
	return string(b)
}

// insertNode stores n under the parent at parentPath and fills in its id and path.
func (c conn) insertNode(ctx context.Context, n *bedside.Node, parentPath string) error {
	var parent any
	if n.ParentID != 0 {
		parent = n.ParentID
	}
	id, err := c.insert(ctx, `INSERT INTO nodes (org_id, parent_id, kind, name, path, location_type, street, city, state,
		zip, phone, time_zone, listings, credential, specialty, created_at, updated_at)
		VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		n.OrgID, parent, n.Kind, n.Name, n.LocationType, n.Street, n.City, n.State, n.ZIP, n.Phone, n.TimeZone,
		encodeListings(n.Listings), n.Credential, n.Specialty, n.CreatedAt, n.UpdatedAt)
	if err != nil {
		return fmt.Errorf("insert node: %w", err)
	}
	n.ID, n.Path = id, bedside.ChildPath(parentPath, id)
	if _, err := c.exec(ctx, `UPDATE nodes SET path = ? WHERE id = ?`, n.Path, n.ID); err != nil {
		return fmt.Errorf("set node path: %w", err)
	}
	return nil
}

// node reads one of the tenant's nodes within a transaction or outside one.
func (c conn) node(ctx context.Context, org, id int64) (*bedside.Node, error) {
	n, err := scanNode(c.row(ctx, `SELECT `+nodeColumns+` FROM nodes WHERE org_id = ? AND id = ?`, org, id))
	if err != nil {
		return nil, notFound(err, "node", id)
	}
	return n, nil
}

// Node returns one node of the tenant's tree.
func (t *Tenant) Node(ctx context.Context, id int64) (*bedside.Node, error) {
	return t.s.read().node(ctx, t.org, id)
}

// Root returns the organization node at the top of the tenant's tree.
func (t *Tenant) Root(ctx context.Context) (*bedside.Node, error) {
	n, err := scanNode(t.s.read().row(ctx, `SELECT `+nodeColumns+` FROM nodes WHERE org_id = ? AND parent_id IS NULL`, t.org))
	if err != nil {
		return nil, notFound(err, "organization root of", t.org)
	}
	return n, nil
}

// Nodes returns the tenant's nodes inside the subtree at underPath ("" for all), ordered by
// kind rank and name so a tree built from them reads naturally; archived nodes only when asked.
func (t *Tenant) Nodes(ctx context.Context, underPath string, includeArchived bool) ([]*bedside.Node, error) {
	q := `SELECT ` + nodeColumns + ` FROM nodes WHERE org_id = ?`
	args := []any{t.org}
	if underPath != "" {
		q += ` AND substr(path, 1, ?) = ?`
		args = append(args, len(underPath), underPath)
	}
	if !includeArchived {
		q += ` AND archived_at IS NULL`
	}
	q += ` ORDER BY CASE kind WHEN 'organization' THEN 0 WHEN 'group' THEN 1 WHEN 'location' THEN 2 ELSE 3 END, name, id`
	rows, err := t.s.read().query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list nodes: %w", err)
	}
	defer rows.Close()
	nodes := []*bedside.Node{}
	for rows.Next() {
		n, err := scanNode(rows)
		if err != nil {
			return nil, fmt.Errorf("scan node: %w", err)
		}
		nodes = append(nodes, n)
	}
	return nodes, rows.Err()
}

// CreateNode adds n under n.ParentID after validating it, and fills in its id and path.
func (t *Tenant) CreateNode(ctx context.Context, n *bedside.Node) error {
	if err := n.Validate(); err != nil {
		return err
	}
	return t.s.inTx(ctx, func(c conn) error {
		parent, err := c.node(ctx, t.org, n.ParentID)
		if err != nil {
			return err
		}
		if err := bedside.ValidateParent(n.Kind, parent); err != nil {
			return err
		}
		n.OrgID = t.org
		n.CreatedAt, n.UpdatedAt = t.s.Now(), t.s.Now()
		if err := c.insertNode(ctx, n, parent.Path); err != nil {
			return err
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "node.create", objectType: "node", objectID: n.ID, after: n})
	})
}

// NodeUpdate holds the fields a caller may change; nil means leave as is.
type NodeUpdate struct {
	Name         *string            `json:"name"`
	LocationType *string            `json:"location_type"`
	Street       *string            `json:"street"`
	City         *string            `json:"city"`
	State        *string            `json:"state"`
	ZIP          *string            `json:"zip"`
	Phone        *string            `json:"phone"`
	TimeZone     *string            `json:"time_zone"`
	Listings     *map[string]string `json:"listings"`
	Credential   *string            `json:"credential"`
	Specialty    *string            `json:"specialty"`
}

func (u NodeUpdate) apply(n *bedside.Node) {
	for _, f := range []struct {
		src *string
		dst *string
	}{{u.Name, &n.Name}, {u.LocationType, &n.LocationType}, {u.Street, &n.Street}, {u.City, &n.City},
		{u.State, &n.State}, {u.ZIP, &n.ZIP}, {u.Phone, &n.Phone}, {u.TimeZone, &n.TimeZone},
		{u.Credential, &n.Credential}, {u.Specialty, &n.Specialty}} {
		if f.src != nil {
			*f.dst = strings.TrimSpace(*f.src)
		}
	}
	if u.Listings != nil {
		n.Listings = *u.Listings
	}
}

// UpdateNode changes a node's fields. The root's name follows the organization and may change;
// its kind may not.
func (t *Tenant) UpdateNode(ctx context.Context, id int64, u NodeUpdate) (*bedside.Node, error) {
	var out *bedside.Node
	err := t.s.inTx(ctx, func(c conn) error {
		before, err := c.node(ctx, t.org, id)
		if err != nil {
			return err
		}
		after := *before
		u.apply(&after)
		if after.Kind != bedside.KindOrganization {
			if err := after.Validate(); err != nil {
				return err
			}
		} else if strings.TrimSpace(after.Name) == "" {
			return bedside.Errorf(bedside.EINVALID, "name: must not be empty")
		}
		after.UpdatedAt = t.s.Now()
		if _, err := c.exec(ctx, `UPDATE nodes SET name = ?, location_type = ?, street = ?, city = ?, state = ?, zip = ?,
			phone = ?, time_zone = ?, listings = ?, credential = ?, specialty = ?, updated_at = ? WHERE org_id = ? AND id = ?`,
			after.Name, after.LocationType, after.Street, after.City, after.State, after.ZIP, after.Phone, after.TimeZone,
			encodeListings(after.Listings), after.Credential, after.Specialty, after.UpdatedAt, t.org, id); err != nil {
			return fmt.Errorf("update node %d: %w", id, err)
		}
		out = &after
		return c.appendAudit(ctx, t.org, t.actor, change{action: "node.update", objectType: "node", objectID: id, before: before, after: &after})
	})
	return out, err
}

// MoveNode re-parents a node with its whole subtree. Moving a node under itself or its own
// descendant is refused, as is moving the root.
func (t *Tenant) MoveNode(ctx context.Context, id, newParentID int64) (*bedside.Node, error) {
	var out *bedside.Node
	err := t.s.inTx(ctx, func(c conn) error {
		n, err := c.node(ctx, t.org, id)
		if err != nil {
			return err
		}
		if n.Kind == bedside.KindOrganization {
			return bedside.Errorf(bedside.EINVALID, "parent_id: the organization root cannot be moved")
		}
		parent, err := c.node(ctx, t.org, newParentID)
		if err != nil {
			return err
		}
		if n.Contains(parent) {
			return bedside.Errorf(bedside.EINVALID, "parent_id: a node cannot move under itself or its own descendants")
		}
		if err := bedside.ValidateParent(n.Kind, parent); err != nil {
			return err
		}
		oldPath, newPath := n.Path, bedside.ChildPath(parent.Path, n.ID)
		now := t.s.Now()
		if _, err := c.exec(ctx, `UPDATE nodes SET parent_id = ?, updated_at = ? WHERE org_id = ? AND id = ?`, parent.ID, now, t.org, id); err != nil {
			return fmt.Errorf("move node %d: %w", id, err)
		}
		if _, err := c.exec(ctx, `UPDATE nodes SET path = ? || substr(path, ?) WHERE org_id = ? AND substr(path, 1, ?) = ?`,
			newPath, len(oldPath)+1, t.org, len(oldPath), oldPath); err != nil {
			return fmt.Errorf("rewrite subtree paths of node %d: %w", id, err)
		}
		after := *n
		after.ParentID, after.Path, after.UpdatedAt = parent.ID, newPath, now
		out = &after
		return c.appendAudit(ctx, t.org, t.actor, change{action: "node.move", objectType: "node", objectID: id, before: n, after: &after,
			detail: fmt.Sprintf(`{"from_parent":%d,"to_parent":%d}`, n.ParentID, parent.ID)})
	})
	return out, err
}

// ArchiveNode hides a node and its subtree from everyday lists. Nothing is deleted: feedback,
// replies and audit history keep pointing at it.
func (t *Tenant) ArchiveNode(ctx context.Context, id int64) (*bedside.Node, error) {
	var out *bedside.Node
	err := t.s.inTx(ctx, func(c conn) error {
		n, err := c.node(ctx, t.org, id)
		if err != nil {
			return err
		}
		if n.Kind == bedside.KindOrganization {
			return bedside.Errorf(bedside.EINVALID, "the organization root cannot be archived")
		}
		if n.ArchivedAt != nil {
			out = n
			return nil // archiving twice is a no-op, not an error: retries are safe
		}
		now := t.s.Now()
		if _, err := c.exec(ctx, `UPDATE nodes SET archived_at = ?, updated_at = ? WHERE org_id = ? AND substr(path, 1, ?) = ? AND archived_at IS NULL`,
			now, now, t.org, len(n.Path), n.Path); err != nil {
			return fmt.Errorf("archive node %d: %w", id, err)
		}
		after := *n
		after.ArchivedAt, after.UpdatedAt = &now, now
		out = &after
		return c.appendAudit(ctx, t.org, t.actor, change{action: "node.archive", objectType: "node", objectID: id, before: n, after: &after})
	})
	return out, err
}
