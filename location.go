package bedside

import (
	"strconv"
	"strings"
	"time"
)

// NodeKind is the level of a node in an organization's location tree.
type NodeKind string

const (
	KindOrganization NodeKind = "organization" // the root; exactly one per tenant
	KindGroup        NodeKind = "group"        // a region, market or service line
	KindLocation     NodeKind = "location"     // a place patients visit and review
	KindProvider     NodeKind = "provider"     // a clinician reviewed on their own listing
)

// LocationTypes are the kinds of care site a location can be; they drive demo data, templates
// and benchmarks by service line.
var LocationTypes = []string{"hospital", "urgent_care", "primary_care", "dental", "behavioral_health", "imaging", "specialty", "other"}

// Node is one node of the location tree. Roles are granted on nodes and apply to the subtree.
type Node struct {
	ID       int64    `json:"id"`
	OrgID    int64    `json:"-"`
	ParentID int64    `json:"parent_id,omitempty"` // 0 for the organization root
	Kind     NodeKind `json:"kind"`
	Name     string   `json:"name"`
	// Path lists the ids from the root to this node as "/1/5/9/"; a node is inside another's
	// subtree exactly when its path has the other's path as a prefix.
	Path string `json:"path"`

	LocationType string            `json:"location_type,omitempty"` // locations only
	Street       string            `json:"street,omitempty"`
	City         string            `json:"city,omitempty"`
	State        string            `json:"state,omitempty"`
	ZIP          string            `json:"zip,omitempty"`
	Phone        string            `json:"phone,omitempty"`
	TimeZone     string            `json:"time_zone,omitempty"`
	Listings     map[string]string `json:"listings,omitempty"`   // platform -> listing id
	Credential   string            `json:"credential,omitempty"` // providers only
	Specialty    string            `json:"specialty,omitempty"`  // providers only

	ArchivedAt *time.Time `json:"archived_at,omitempty"`
	CreatedAt  time.Time  `json:"created_at"`
	UpdatedAt  time.Time  `json:"updated_at"`
}

// Contains reports whether other lies in n's subtree (n contains itself).
func (n *Node) Contains(other *Node) bool { return PathContains(n.Path, other.Path) }

// PathContains reports whether the node at path lies in the subtree rooted at ancestor.
func PathContains(ancestor, path string) bool {
	return ancestor != "" && strings.HasPrefix(path, ancestor)
}

// ChildPath is the path of a child with id under a parent at parentPath ("" for the root).
func ChildPath(parentPath string, id int64) string {
	if parentPath == "" {
		parentPath = "/"
	}
	return parentPath + strconv.FormatInt(id, 10) + "/"
}

// allowedParents says which kinds may sit directly under which. Providers hang under a location
// (their practice) or a group (a roaming clinician); groups nest freely.
var allowedParents = map[NodeKind][]NodeKind{
	KindGroup:    {KindOrganization, KindGroup},
	KindLocation: {KindOrganization, KindGroup},
	KindProvider: {KindOrganization, KindGroup, KindLocation},
}

// ValidateParent returns an EINVALID error when a node of kind may not sit under parent.
func ValidateParent(kind NodeKind, parent *Node) error {
	if parent == nil {
		return Errorf(EINVALID, "a %s needs a parent node", kind)
	}
	if parent.ArchivedAt != nil {
		return Errorf(EINVALID, "parent node %d is archived", parent.ID)
	}
	for _, k := range allowedParents[kind] {
		if parent.Kind == k {
			return nil
		}
	}
	return Errorf(EINVALID, "a %s cannot be placed under a %s", kind, parent.Kind)
}

// Validate checks the fields a caller may set. It returns EINVALID naming the field at fault.
func (n *Node) Validate() error {
	switch n.Kind {
	case KindGroup, KindLocation, KindProvider:
	case KindOrganization:
		return Errorf(EINVALID, "kind: organization nodes are created with the organization")
	default:
		return Errorf(EINVALID, "kind: must be one of group, location, provider (got %q)", n.Kind)
	}
	n.Name = strings.TrimSpace(n.Name)
	if n.Name == "" {
		return Errorf(EINVALID, "name: must not be empty")
	}
	if len(n.Name) > 200 {
		return Errorf(EINVALID, "name: at most 200 bytes")
	}
	if n.Kind == KindLocation && n.LocationType != "" {
		ok := false
		for _, t := range LocationTypes {
			ok = ok || t == n.LocationType
		}
		if !ok {
			return Errorf(EINVALID, "location_type: must be one of %s", strings.Join(LocationTypes, ", "))
		}
	}
	if n.Kind != KindLocation && n.LocationType != "" {
		return Errorf(EINVALID, "location_type: only locations have one")
	}
	if n.TimeZone != "" {
		if _, err := time.LoadLocation(n.TimeZone); err != nil {
			return Errorf(EINVALID, "time_zone: %q is not an IANA time zone", n.TimeZone)
		}
	}
	for platform, id := range n.Listings {
		if platform == "" || id == "" || len(platform) > 40 || len(id) > 300 {
			return Errorf(EINVALID, "listings: platform and id must be non-empty (platform ≤ 40, id ≤ 300 bytes)")
		}
	}
	for field, v := range map[string]string{"street": n.Street, "city": n.City, "state": n.State, "zip": n.ZIP, "phone": n.Phone, "credential": n.Credential, "specialty": n.Specialty} {
		if len(v) > 300 {
			return Errorf(EINVALID, "%s: at most 300 bytes", field)
		}
	}
	return nil
}

// Tree arranges a flat list of nodes (as storage returns them) into a forest ordered by name.
type TreeNode struct {
	*Node
	Children []*TreeNode `json:"children"`
}

// BuildTree returns the roots of the forest formed by nodes: a node whose parent is not in the
// list becomes a root, which is what a user granted on a subtree should see.
func BuildTree(nodes []*Node) []*TreeNode {
	byID := make(map[int64]*TreeNode, len(nodes))
	for _, n := range nodes {
		byID[n.ID] = &TreeNode{Node: n, Children: []*TreeNode{}}
	}
	var roots []*TreeNode
	for _, n := range nodes {
		t := byID[n.ID]
		if p, ok := byID[n.ParentID]; ok && n.ParentID != 0 {
			p.Children = append(p.Children, t)
		} else {
			roots = append(roots, t)
		}
	}
	return roots
}

// RootPath is the path of the organization's root node, the scope of org-wide actions.
func (o *Organization) RootPath() string { return ChildPath("", o.RootID) }
