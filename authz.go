package bedside

// Action is something a principal may try to do. Every handler asks Authorize before acting.
type Action string

const (
	ActionViewLocations    Action = "locations.view"
	ActionManageLocations  Action = "locations.manage"
	ActionViewUsers        Action = "users.view"
	ActionManageUsers      Action = "users.manage"
	ActionViewAudit        Action = "audit.view"
	ActionViewJobs         Action = "jobs.view"
	ActionViewFeedback     Action = "feedback.view"
	ActionRespond          Action = "feedback.respond"
	ActionModerate         Action = "feedback.moderate"
	ActionApprove          Action = "replies.approve"
	ActionPublish          Action = "replies.publish"
	ActionManagePolicy     Action = "policy.manage"
	ActionOverrideGuard    Action = "guard.override"
	ActionCheckText        Action = "guard.check"
	ActionViewAnalytics    Action = "analytics.view"
	ActionManageConnectors Action = "connectors.manage"
)

// Actions lists every action; the authorization test walks all of them.
var Actions = []Action{
	ActionViewLocations, ActionManageLocations, ActionViewUsers, ActionManageUsers, ActionViewAudit,
	ActionViewJobs, ActionViewFeedback, ActionRespond, ActionModerate, ActionApprove, ActionPublish,
	ActionManagePolicy, ActionOverrideGuard, ActionCheckText, ActionViewAnalytics, ActionManageConnectors,
}

// orgWide actions concern the whole tenant (its users, audit trail, queue, policy, connectors),
// so only a grant on the organization root allows them; a regional admin runs a region, not
// the tenant.
var orgWide = map[Action]bool{
	ActionViewUsers: true, ActionManageUsers: true, ActionViewAudit: true, ActionViewJobs: true,
	ActionManagePolicy: true, ActionManageConnectors: true,
}

// permissions is the role matrix. Separation of duties: administrators configure but do not
// approve or publish patient-facing words; compliance reviews and overrides but does not draft.
var permissions = map[Role]map[Action]bool{
	RoleOrgAdmin: set(ActionViewLocations, ActionManageLocations, ActionViewUsers, ActionManageUsers,
		ActionViewAudit, ActionViewJobs, ActionViewFeedback, ActionCheckText, ActionViewAnalytics,
		ActionManageConnectors),
	RoleComplianceOfficer: set(ActionViewLocations, ActionViewUsers, ActionViewAudit, ActionViewFeedback,
		ActionModerate, ActionManagePolicy, ActionOverrideGuard, ActionCheckText, ActionViewAnalytics),
	RoleApprover: set(ActionViewLocations, ActionViewFeedback, ActionRespond, ActionModerate, ActionApprove,
		ActionPublish, ActionCheckText, ActionViewAnalytics),
	RoleResponder: set(ActionViewLocations, ActionViewFeedback, ActionRespond, ActionCheckText),
	RoleAnalyst:   set(ActionViewLocations, ActionViewFeedback, ActionViewAnalytics),
}

func set(actions ...Action) map[Action]bool {
	m := make(map[Action]bool, len(actions))
	for _, a := range actions {
		m[a] = true
	}
	return m
}

// IsOrgWide reports whether action needs a grant on the organization root.
func IsOrgWide(action Action) bool { return orgWide[action] }

// Authorize is the one place that decides whether p may perform action on the node at
// nodePath (the organization root's path for org-wide actions). A grant applies to its node
// and the whole subtree below it. It returns nil, or an EFORBIDDEN error.
func Authorize(p *Principal, action Action, nodePath string) error {
	if Can(p, action, nodePath) {
		return nil
	}
	return Errorf(EFORBIDDEN, "your role does not allow %s here", action)
}

// Can is Authorize as a boolean, for deciding what to show.
func Can(p *Principal, action Action, nodePath string) bool {
	if p == nil || nodePath == "" {
		return false
	}
	for _, g := range p.Grants {
		if !permissions[g.Role][action] {
			continue
		}
		if orgWide[action] {
			if g.NodePath == nodePath && isRootPath(g.NodePath) {
				return true
			}
			continue
		}
		if PathContains(g.NodePath, nodePath) {
			return true
		}
	}
	return false
}

// CanAnywhere reports whether p may perform action on at least one node; the UI uses it to
// decide which navigation to offer.
func CanAnywhere(p *Principal, action Action) bool {
	if p == nil {
		return false
	}
	for _, g := range p.Grants {
		if permissions[g.Role][action] && (!orgWide[action] || isRootPath(g.NodePath)) {
			return true
		}
	}
	return false
}

// isRootPath reports whether path is a root path like "/7/".
func isRootPath(path string) bool {
	if len(path) < 3 || path[0] != '/' || path[len(path)-1] != '/' {
		return false
	}
	for _, c := range path[1 : len(path)-1] {
		if c == '/' {
			return false
		}
	}
	return true
}
