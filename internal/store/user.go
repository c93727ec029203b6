package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/bedsidehq/bedside"
)

const userColumns = `id, org_id, email, name, password_hash, disabled_at, created_at`

func scanUser(sc interface{ Scan(...any) error }) (*bedside.User, error) {
	u := &bedside.User{Grants: []*bedside.Grant{}}
	var disabled sql.NullTime
	if err := sc.Scan(&u.ID, &u.OrgID, &u.Email, &u.Name, &u.PasswordHash, &disabled, &u.CreatedAt); err != nil {
		return nil, err
	}
	u.DisabledAt, u.CreatedAt = nullTime(disabled), u.CreatedAt.UTC()
	return u, nil
}

// loadGrants fills in the grants of users (all of one organization), with their node paths.
func (c conn) loadGrants(ctx context.Context, org int64, users ...*bedside.User) error {
	if len(users) == 0 {
		return nil
	}
	byID := make(map[int64]*bedside.User, len(users))
	q := `SELECT g.id, g.user_id, g.node_id, n.path, g.role, g.created_at FROM grants g
		JOIN nodes n ON n.id = g.node_id AND n.org_id = g.org_id
		WHERE g.org_id = ? AND n.archived_at IS NULL`
	args := []any{org}
	if len(users) == 1 {
		q += ` AND g.user_id = ?`
		args = append(args, users[0].ID)
	}
	for _, u := range users {
		byID[u.ID] = u
	}
	rows, err := c.query(ctx, q+` ORDER BY g.id`, args...)
	if err != nil {
		return fmt.Errorf("load grants: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		g := &bedside.Grant{}
		if err := rows.Scan(&g.ID, &g.UserID, &g.NodeID, &g.NodePath, &g.Role, &g.CreatedAt); err != nil {
			return fmt.Errorf("scan grant: %w", err)
		}
		g.CreatedAt = g.CreatedAt.UTC()
		if u := byID[g.UserID]; u != nil {
			u.Grants = append(u.Grants, g)
		}
	}
	return rows.Err()
}

// UserByEmail finds a user by sign-in address across the installation, with grants. Sign-in is
// the one lookup that precedes knowing the tenant.
func (s *Store) UserByEmail(ctx context.Context, email string) (*bedside.User, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	u, err := scanUser(s.read().row(ctx, `SELECT `+userColumns+` FROM users WHERE email = ?`, email))
	if err != nil {
		return nil, notFound(err, "user", email)
	}
	return u, s.read().loadGrants(ctx, u.OrgID, u)
}

// User returns one of the tenant's users with grants.
func (t *Tenant) User(ctx context.Context, id int64) (*bedside.User, error) {
	return t.s.read().user(ctx, t.org, id)
}

func (c conn) user(ctx context.Context, org, id int64) (*bedside.User, error) {
	u, err := scanUser(c.row(ctx, `SELECT `+userColumns+` FROM users WHERE org_id = ? AND id = ?`, org, id))
	if err != nil {
		return nil, notFound(err, "user", id)
	}
	return u, c.loadGrants(ctx, org, u)
}

// Users lists the tenant's users with their grants, by name.
func (t *Tenant) Users(ctx context.Context) ([]*bedside.User, error) {
	rows, err := t.s.read().query(ctx, `SELECT `+userColumns+` FROM users WHERE org_id = ? ORDER BY name, id`, t.org)
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	users := []*bedside.User{}
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan user: %w", err)
		}
		users = append(users, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return users, t.s.read().loadGrants(ctx, t.org, users...)
}

// CreateUser adds a user; passwordHash comes from the auth package (never a plain password).
func (t *Tenant) CreateUser(ctx context.Context, email, name, passwordHash string) (*bedside.User, error) {
	email, err := bedside.NormalizeEmail(email)
	if err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 200 {
		return nil, bedside.Errorf(bedside.EINVALID, "name: must be 1 to 200 bytes")
	}
	u := &bedside.User{OrgID: t.org, Email: email, Name: name, PasswordHash: passwordHash, CreatedAt: t.s.Now(), Grants: []*bedside.Grant{}}
	err = t.s.inTx(ctx, func(c conn) error {
		var err error
		u.ID, err = c.insert(ctx, `INSERT INTO users (org_id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)`,
			t.org, email, name, passwordHash, u.CreatedAt)
		if isUniqueViolation(err) {
			return bedside.Errorf(bedside.ECONFLICT, "email: %s is already in use", email)
		} else if err != nil {
			return fmt.Errorf("insert user: %w", err)
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "user.create", objectType: "user", objectID: u.ID, after: u})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// SetUserDisabled disables or re-enables sign-in for a user; disabling also ends their
// sessions and revokes their API tokens in the same transaction.
func (t *Tenant) SetUserDisabled(ctx context.Context, id int64, disabled bool) (*bedside.User, error) {
	var out *bedside.User
	err := t.s.inTx(ctx, func(c conn) error {
		before, err := c.user(ctx, t.org, id)
		if err != nil {
			return err
		}
		after := *before
		var at any
		if disabled {
			now := t.s.Now()
			after.DisabledAt, at = &now, now
			if _, err := c.exec(ctx, `DELETE FROM sessions WHERE org_id = ? AND user_id = ?`, t.org, id); err != nil {
				return fmt.Errorf("end sessions of user %d: %w", id, err)
			}
			if _, err := c.exec(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE org_id = ? AND user_id = ? AND revoked_at IS NULL`, now, t.org, id); err != nil {
				return fmt.Errorf("revoke tokens of user %d: %w", id, err)
			}
		} else {
			after.DisabledAt = nil
		}
		if _, err := c.exec(ctx, `UPDATE users SET disabled_at = ? WHERE org_id = ? AND id = ?`, at, t.org, id); err != nil {
			return fmt.Errorf("update user %d: %w", id, err)
		}
		out = &after
		verb := "user.enable"
		if disabled {
			verb = "user.disable"
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: verb, objectType: "user", objectID: id, before: before, after: &after})
	})
	return out, err
}

// GrantRole gives a user a role on a node of the tenant's tree.
func (t *Tenant) GrantRole(ctx context.Context, userID, nodeID int64, role bedside.Role) (*bedside.Grant, error) {
	if !role.Valid() {
		return nil, bedside.Errorf(bedside.EINVALID, "role: %q is not one of org_admin, compliance_officer, approver, responder, analyst", role)
	}
	g := &bedside.Grant{UserID: userID, NodeID: nodeID, Role: role, CreatedAt: t.s.Now()}
	err := t.s.inTx(ctx, func(c conn) error {
		if _, err := c.user(ctx, t.org, userID); err != nil {
			return err
		}
		n, err := c.node(ctx, t.org, nodeID)
		if err != nil {
			return err
		}
		if n.ArchivedAt != nil {
			return bedside.Errorf(bedside.EINVALID, "node_id: node %d is archived", nodeID)
		}
		g.NodePath = n.Path
		g.ID, err = c.insert(ctx, `INSERT INTO grants (org_id, user_id, node_id, role, created_at) VALUES (?, ?, ?, ?, ?)`,
			t.org, userID, nodeID, role, g.CreatedAt)
		if isUniqueViolation(err) {
			return bedside.Errorf(bedside.ECONFLICT, "user %d already has %s on node %d", userID, role, nodeID)
		} else if err != nil {
			return fmt.Errorf("insert grant: %w", err)
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "grant.create", objectType: "grant", objectID: g.ID, after: g})
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// RevokeGrant removes a role grant.
func (t *Tenant) RevokeGrant(ctx context.Context, grantID int64) error {
	return t.s.inTx(ctx, func(c conn) error {
		g := &bedside.Grant{}
		err := c.row(ctx, `SELECT id, user_id, node_id, role, created_at FROM grants WHERE org_id = ? AND id = ?`, t.org, grantID).
			Scan(&g.ID, &g.UserID, &g.NodeID, &g.Role, &g.CreatedAt)
		if err != nil {
			return notFound(err, "grant", grantID)
		}
		g.CreatedAt = g.CreatedAt.UTC()
		if _, err := c.exec(ctx, `DELETE FROM grants WHERE org_id = ? AND id = ?`, t.org, grantID); err != nil {
			return fmt.Errorf("delete grant %d: %w", grantID, err)
		}
		return c.appendAudit(ctx, t.org, t.actor, change{action: "grant.delete", objectType: "grant", objectID: grantID, before: g})
	})
}
