package bedside

import (
	"net/mail"
	"strings"
	"time"
)

// Organization is a tenant. Nothing ever crosses between organizations.
type Organization struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	Slug      string    `json:"slug"`
	RootID    int64     `json:"root_node_id"` // the organization node of its location tree
	CreatedAt time.Time `json:"created_at"`
}

// User is a person who signs in. Email is unique across the installation so that sign-in does
// not need the organization first.
type User struct {
	ID           int64      `json:"id"`
	OrgID        int64      `json:"-"`
	Email        string     `json:"email"`
	Name         string     `json:"name"`
	PasswordHash string     `json:"-"`
	DisabledAt   *time.Time `json:"disabled_at,omitempty"`
	CreatedAt    time.Time  `json:"created_at"`
	Grants       []*Grant   `json:"grants"`
}

// NormalizeEmail lowercases and trims an address and checks its form.
func NormalizeEmail(s string) (string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || len(s) > 254 {
		return "", Errorf(EINVALID, "email: %q is not a valid address", s)
	}
	return s, nil
}

// Role is a set of permitted actions, granted on a node of the location tree.
type Role string

const (
	RoleOrgAdmin          Role = "org_admin"
	RoleComplianceOfficer Role = "compliance_officer"
	RoleApprover          Role = "approver"
	RoleResponder         Role = "responder"
	RoleAnalyst           Role = "analyst"
)

// Roles lists every role, in the order the interface shows them.
var Roles = []Role{RoleOrgAdmin, RoleComplianceOfficer, RoleApprover, RoleResponder, RoleAnalyst}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	for _, x := range Roles {
		if r == x {
			return true
		}
	}
	return false
}

// Grant gives a user a role on a node and everything below it.
type Grant struct {
	ID        int64     `json:"id"`
	UserID    int64     `json:"user_id"`
	NodeID    int64     `json:"node_id"`
	NodePath  string    `json:"-"`
	Role      Role      `json:"role"`
	CreatedAt time.Time `json:"created_at"`
}

// APIToken authenticates a program as a user, with that user's roles. Only a hash is stored;
// the token itself is shown once at creation.
type APIToken struct {
	ID         int64      `json:"id"`
	UserID     int64      `json:"user_id"`
	Name       string     `json:"name"`
	Prefix     string     `json:"prefix"` // the first characters, to recognise a token in a list
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

// Session is a browser sign-in. The cookie holds a random secret; storage keeps its hash.
type Session struct {
	UserID    int64
	OrgID     int64
	CSRFToken string
	CreatedAt time.Time
	ExpiresAt time.Time
}

// Principal returns u as the acting principal for authorization: u's grants (with node paths,
// as storage loads them). A disabled user cannot act.
func (u *User) Principal() (*Principal, error) {
	if u.DisabledAt != nil {
		return nil, Errorf(EUNAUTHORIZED, "this account is disabled")
	}
	return &Principal{OrgID: u.OrgID, UserID: u.ID, Email: u.Email, Grants: u.Grants}, nil
}

// Principal is who is acting: a signed-in user (by session or API token) with their grants, or
// the system itself (jobs, the command line).
type Principal struct {
	OrgID   int64
	UserID  int64 // 0 for the system
	Email   string
	TokenID int64 // set when acting through an API token
	Grants  []*Grant
}

// Actor describes the principal for the audit log.
func (p *Principal) Actor() Actor {
	switch {
	case p == nil || p.UserID == 0:
		return SystemActor
	case p.TokenID != 0:
		return Actor{Type: "token", ID: p.TokenID, Label: p.Email}
	default:
		return Actor{Type: "user", ID: p.UserID, Label: p.Email}
	}
}
