package bedside_test

import (
	"testing"

	"github.com/bedsidehq/bedside"
)

// The tree: org /1/ → region /1/2/ → clinic /1/2/3/ (sibling clinic /1/2/4/), other region /1/5/.
const (
	orgPath     = "/1/"
	regionPath  = "/1/2/"
	clinicPath  = "/1/2/3/"
	siblingPath = "/1/2/4/"
	otherRegion = "/1/5/"
)

// expected is the role matrix written out by hand, independently of the implementation's
// table, so that a change to one without the other fails.
var expected = map[bedside.Role][]bedside.Action{
	bedside.RoleOrgAdmin: {bedside.ActionViewLocations, bedside.ActionManageLocations, bedside.ActionViewUsers,
		bedside.ActionManageUsers, bedside.ActionViewAudit, bedside.ActionViewJobs, bedside.ActionViewFeedback,
		bedside.ActionCheckText, bedside.ActionViewAnalytics, bedside.ActionManageConnectors},
	bedside.RoleComplianceOfficer: {bedside.ActionViewLocations, bedside.ActionViewUsers, bedside.ActionViewAudit,
		bedside.ActionViewFeedback, bedside.ActionModerate, bedside.ActionManagePolicy, bedside.ActionOverrideGuard,
		bedside.ActionCheckText, bedside.ActionViewAnalytics},
	bedside.RoleApprover: {bedside.ActionViewLocations, bedside.ActionViewFeedback, bedside.ActionRespond,
		bedside.ActionModerate, bedside.ActionApprove, bedside.ActionPublish, bedside.ActionCheckText, bedside.ActionViewAnalytics},
	bedside.RoleResponder: {bedside.ActionViewLocations, bedside.ActionViewFeedback, bedside.ActionRespond, bedside.ActionCheckText},
	bedside.RoleAnalyst:   {bedside.ActionViewLocations, bedside.ActionViewFeedback, bedside.ActionViewAnalytics},
}

var orgWideActions = map[bedside.Action]bool{
	bedside.ActionViewUsers: true, bedside.ActionManageUsers: true, bedside.ActionViewAudit: true,
	bedside.ActionViewJobs: true, bedside.ActionManagePolicy: true, bedside.ActionManageConnectors: true,
}

func allowed(role bedside.Role, a bedside.Action) bool {
	for _, x := range expected[role] {
		if x == a {
			return true
		}
	}
	return false
}

// TestAuthorizeMatrix covers every role × action × position relative to the granted subtree.
func TestAuthorizeMatrix(t *testing.T) {
	type place struct {
		name   string
		grant  string // where the role is granted
		target string // where the action is attempted
		inside bool
	}
	places := []place{
		{"granted at org, acting on org", orgPath, orgPath, true},
		{"granted at org, acting on clinic", orgPath, clinicPath, true},
		{"granted at region, acting on region", regionPath, regionPath, true},
		{"granted at region, acting on clinic below", regionPath, clinicPath, true},
		{"granted at region, acting on other region", regionPath, otherRegion, false},
		{"granted at region, acting on org", regionPath, orgPath, false},
		{"granted at clinic, acting on sibling", clinicPath, siblingPath, false},
		{"granted at clinic, acting on parent", clinicPath, regionPath, false},
	}
	for _, role := range bedside.Roles {
		for _, action := range bedside.Actions {
			for _, pl := range places {
				p := &bedside.Principal{OrgID: 1, UserID: 9, Grants: []*bedside.Grant{{Role: role, NodePath: pl.grant}}}
				want := allowed(role, action) && pl.inside
				if orgWideActions[action] {
					// Org-wide actions need the grant on the root and are asked about the root.
					want = allowed(role, action) && pl.grant == orgPath && pl.target == orgPath
				}
				got := bedside.Can(p, action, pl.target)
				if got != want {
					t.Errorf("%s %s (%s): got %v, want %v", role, action, pl.name, got, want)
				}
				if err := bedside.Authorize(p, action, pl.target); (err == nil) != want {
					t.Errorf("Authorize disagrees with Can for %s %s (%s)", role, action, pl.name)
				} else if err != nil && bedside.ErrorCode(err) != bedside.EFORBIDDEN {
					t.Errorf("denial code = %s", bedside.ErrorCode(err))
				}
			}
		}
	}
}

func TestAuthorizeEdges(t *testing.T) {
	if bedside.Can(nil, bedside.ActionViewLocations, orgPath) {
		t.Error("nil principal allowed")
	}
	p := &bedside.Principal{Grants: []*bedside.Grant{{Role: bedside.RoleOrgAdmin, NodePath: orgPath}}}
	if bedside.Can(p, bedside.ActionViewLocations, "") {
		t.Error("empty target allowed")
	}
	// A path that merely starts with the same digits is not inside: /1/ vs /12/.
	r := &bedside.Principal{Grants: []*bedside.Grant{{Role: bedside.RoleResponder, NodePath: "/1/2/"}}}
	if bedside.Can(r, bedside.ActionViewFeedback, "/1/23/") {
		t.Error("/1/2/ grant leaked to /1/23/")
	}
	// Several grants combine: responder on one clinic plus analyst on the org.
	m := &bedside.Principal{Grants: []*bedside.Grant{{Role: bedside.RoleResponder, NodePath: clinicPath}, {Role: bedside.RoleAnalyst, NodePath: orgPath}}}
	if !bedside.Can(m, bedside.ActionRespond, clinicPath) || bedside.Can(m, bedside.ActionRespond, siblingPath) || !bedside.Can(m, bedside.ActionViewAnalytics, siblingPath) {
		t.Error("combined grants wrong")
	}
	if !bedside.CanAnywhere(m, bedside.ActionRespond) || bedside.CanAnywhere(m, bedside.ActionViewAudit) {
		t.Error("CanAnywhere wrong")
	}
}
