package server

import (
	"net/http"
	"strconv"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/guard"
	"github.com/bedsidehq/bedside/internal/store"
)

// apiHandler is an authenticated JSON endpoint; a returned error becomes the error response.
type apiHandler func(w http.ResponseWriter, r *http.Request, id *identity) error

type apiRoute struct {
	operation
	handle apiHandler
}

// Response bodies.
type (
	meResponse struct {
		User         *bedside.User         `json:"user"`
		Organization *bedside.Organization `json:"organization"`
		ViaToken     bool                  `json:"via_token"`
	}
	treeResponse struct {
		Tree []*bedside.TreeNode `json:"tree"`
	}
	usersResponse struct {
		Users []*bedside.User `json:"users"`
	}
	tokensResponse struct {
		Tokens []*bedside.APIToken `json:"tokens"`
	}
	newTokenResponse struct {
		Token    string            `json:"token"` // the secret, shown this once
		APIToken *bedside.APIToken `json:"api_token"`
	}
	auditResponse struct {
		Events    []*bedside.AuditEvent `json:"events"`
		NextAfter int64                 `json:"next_after"` // pass as ?after= for the next page; 0 when done
	}
)

// Request bodies.
type (
	nodeCreate struct {
		ParentID     int64             `json:"parent_id"`
		Kind         bedside.NodeKind  `json:"kind"`
		Name         string            `json:"name"`
		LocationType string            `json:"location_type,omitempty"`
		Street       string            `json:"street,omitempty"`
		City         string            `json:"city,omitempty"`
		State        string            `json:"state,omitempty"`
		ZIP          string            `json:"zip,omitempty"`
		Phone        string            `json:"phone,omitempty"`
		TimeZone     string            `json:"time_zone,omitempty"`
		Listings     map[string]string `json:"listings,omitempty"`
		Credential   string            `json:"credential,omitempty"`
		Specialty    string            `json:"specialty,omitempty"`
	}
	nodeMove struct {
		ParentID int64 `json:"parent_id"`
	}
	userCreate struct {
		Email    string `json:"email"`
		Name     string `json:"name"`
		Password string `json:"password"`
	}
	grantCreate struct {
		NodeID int64        `json:"node_id"`
		Role   bedside.Role `json:"role"`
	}
	tokenCreate struct {
		Name string `json:"name"`
	}
)

func (s *Server) apiRoutes() []apiRoute {
	return []apiRoute{
		{operation{method: "GET", path: "/api/v1/me", tag: "account", summary: "The signed-in user, their role grants and organization", response: meResponse{}}, s.getMe},
		{operation{method: "GET", path: "/api/v1/locations", tag: "locations", summary: "The location tree, limited to the subtrees you may view",
			response: treeResponse{}, query: []param{{"include_archived", "boolean", "also return archived nodes"}}}, s.listLocations},
		{operation{method: "POST", path: "/api/v1/locations", tag: "locations", summary: "Create a group, location or provider under a parent node", request: nodeCreate{}, response: bedside.Node{}, status: 201}, s.createLocation},
		{operation{method: "GET", path: "/api/v1/locations/{id}", tag: "locations", summary: "One node of the location tree", response: bedside.Node{}}, s.getLocation},
		{operation{method: "PATCH", path: "/api/v1/locations/{id}", tag: "locations", summary: "Change a node's fields; omitted fields stay", request: store.NodeUpdate{}, response: bedside.Node{}}, s.updateLocation},
		{operation{method: "POST", path: "/api/v1/locations/{id}/move", tag: "locations", summary: "Move a node and its subtree under another parent", request: nodeMove{}, response: bedside.Node{}}, s.moveLocation},
		{operation{method: "POST", path: "/api/v1/locations/{id}/archive", tag: "locations", summary: "Archive a node and its subtree (nothing is deleted)", response: bedside.Node{}}, s.archiveLocation},
		{operation{method: "GET", path: "/api/v1/users", tag: "users", summary: "Users of your organization with their role grants", response: usersResponse{}}, s.listUsers},
		{operation{method: "POST", path: "/api/v1/users", tag: "users", summary: "Create a user", request: userCreate{}, response: bedside.User{}, status: 201}, s.createUser},
		{operation{method: "GET", path: "/api/v1/users/{id}", tag: "users", summary: "One user with role grants", response: bedside.User{}}, s.getUser},
		{operation{method: "POST", path: "/api/v1/users/{id}/disable", tag: "users", summary: "Disable a user: ends their sessions and revokes their tokens", response: bedside.User{}}, s.disableUser},
		{operation{method: "POST", path: "/api/v1/users/{id}/enable", tag: "users", summary: "Re-enable a disabled user", response: bedside.User{}}, s.enableUser},
		{operation{method: "POST", path: "/api/v1/users/{id}/grants", tag: "users", summary: "Grant a role on a node (applies to its subtree)", request: grantCreate{}, response: bedside.Grant{}, status: 201}, s.createGrant},
		{operation{method: "DELETE", path: "/api/v1/grants/{id}", tag: "users", summary: "Revoke a role grant", status: 204}, s.deleteGrant},
		{operation{method: "GET", path: "/api/v1/tokens", tag: "account", summary: "Your API tokens (never their secrets)", response: tokensResponse{}}, s.listTokens},
		{operation{method: "POST", path: "/api/v1/tokens", tag: "account", summary: "Create an API token acting as you; the secret is shown once", request: tokenCreate{}, response: newTokenResponse{}, status: 201}, s.createToken},
		{operation{method: "DELETE", path: "/api/v1/tokens/{id}", tag: "account", summary: "Revoke an API token (yours, or any for an org admin)", response: bedside.APIToken{}}, s.revokeToken},
		{operation{method: "GET", path: "/api/v1/audit/events", tag: "audit", summary: "Page through the organization's audit chain (org admins and compliance officers)",
			response: auditResponse{}, query: []param{{"after", "integer", "return events after this sequence number"}, {"limit", "integer", "page size, at most 500"}}}, s.listAudit},
		{operation{method: "GET", path: "/api/v1/feedback/{id}", tag: "feedback", summary: "One piece of patient feedback with its analysis; viewing one that contains PHI is audited", response: bedside.Feedback{}}, s.getFeedback},
		{operation{method: "POST", path: "/api/v1/guard/check", tag: "guard", summary: "Run the compliance guard on an outgoing reply or post", request: guard.Request{}, response: guard.Result{}}, s.guardCheck},
	}
}

// api adapts an apiHandler: authentication (401), CSRF for cookie sessions, error rendering.
func (s *Server) api(h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := s.authenticate(r.Context(), r)
		if err == nil && id == nil {
			err = bedside.Errorf(bedside.EUNAUTHORIZED, "sign in or send an API token")
		}
		if err == nil {
			err = id.checkCSRF(r)
		}
		if err == nil {
			err = h(w, r, id)
		}
		if err != nil {
			writeError(w, r, err)
		}
	}
}

func pathID(r *http.Request) (int64, error) {
	v, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || v <= 0 {
		return 0, bedside.Errorf(bedside.EINVALID, "path: %q is not an id", r.PathValue("id"))
	}
	return v, nil
}

// nodeFor loads node {id} (404 when it is not the tenant's) and authorizes action on it (403).
func nodeFor(r *http.Request, id *identity, action bedside.Action) (*bedside.Node, error) {
	nid, err := pathID(r)
	if err != nil {
		return nil, err
	}
	n, err := id.tenant.Node(r.Context(), nid)
	if err != nil {
		return nil, err
	}
	return n, id.authorize(action, n.Path)
}

func (s *Server) getMe(w http.ResponseWriter, r *http.Request, id *identity) error {
	writeJSON(w, http.StatusOK, meResponse{User: id.user, Organization: id.org, ViaToken: id.p.TokenID != 0})
	return nil
}

// visibleNodes returns the nodes the caller may view, so lists never show a sibling subtree.
func visibleNodes(r *http.Request, id *identity, includeArchived bool) ([]*bedside.Node, error) {
	all, err := id.tenant.Nodes(r.Context(), "", includeArchived)
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, n := range all {
		if bedside.Can(id.p, bedside.ActionViewLocations, n.Path) {
			out = append(out, n)
		}
	}
	return out, nil
}

func (s *Server) listLocations(w http.ResponseWriter, r *http.Request, id *identity) error {
	include := r.URL.Query().Get("include_archived") == "true"
	nodes, err := visibleNodes(r, id, include)
	if err != nil {
		return err
	}
	tree := bedside.BuildTree(nodes)
	if tree == nil {
		tree = []*bedside.TreeNode{}
	}
	writeJSON(w, http.StatusOK, treeResponse{Tree: tree})
	return nil
}

func (s *Server) createLocation(w http.ResponseWriter, r *http.Request, id *identity) error {
	var in nodeCreate
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.ParentID == 0 {
		return bedside.Errorf(bedside.EINVALID, "parent_id: required")
	}
	parent, err := id.tenant.Node(r.Context(), in.ParentID)
	if err != nil {
		return err
	}
	if err := id.authorize(bedside.ActionManageLocations, parent.Path); err != nil {
		return err
	}
	n := &bedside.Node{ParentID: in.ParentID, Kind: in.Kind, Name: in.Name, LocationType: in.LocationType, Street: in.Street,
		City: in.City, State: in.State, ZIP: in.ZIP, Phone: in.Phone, TimeZone: in.TimeZone, Listings: in.Listings,
		Credential: in.Credential, Specialty: in.Specialty}
	if err := id.tenant.CreateNode(r.Context(), n); err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, n)
	return nil
}

func (s *Server) getLocation(w http.ResponseWriter, r *http.Request, id *identity) error {
	n, err := nodeFor(r, id, bedside.ActionViewLocations)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, n)
	return nil
}

func (s *Server) updateLocation(w http.ResponseWriter, r *http.Request, id *identity) error {
	n, err := nodeFor(r, id, bedside.ActionManageLocations)
	if err != nil {
		return err
	}
	var u store.NodeUpdate
	if err := decodeJSON(w, r, &u); err != nil {
		return err
	}
	out, err := id.tenant.UpdateNode(r.Context(), n.ID, u)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) moveLocation(w http.ResponseWriter, r *http.Request, id *identity) error {
	n, err := nodeFor(r, id, bedside.ActionManageLocations)
	if err != nil {
		return err
	}
	var in nodeMove
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	parent, err := id.tenant.Node(r.Context(), in.ParentID)
	if err != nil {
		return err
	}
	// Moving takes the subtree out of one place and into another: both must be yours.
	if err := id.authorize(bedside.ActionManageLocations, parent.Path); err != nil {
		return err
	}
	out, err := id.tenant.MoveNode(r.Context(), n.ID, parent.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) archiveLocation(w http.ResponseWriter, r *http.Request, id *identity) error {
	n, err := nodeFor(r, id, bedside.ActionManageLocations)
	if err != nil {
		return err
	}
	out, err := id.tenant.ArchiveNode(r.Context(), n.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) listUsers(w http.ResponseWriter, r *http.Request, id *identity) error {
	if err := id.authorize(bedside.ActionViewUsers, ""); err != nil {
		return err
	}
	users, err := id.tenant.Users(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, usersResponse{Users: users})
	return nil
}

func (s *Server) getUser(w http.ResponseWriter, r *http.Request, id *identity) error {
	uid, err := pathID(r)
	if err != nil {
		return err
	}
	// Everyone may read their own record; other users need users.view.
	if uid != id.user.ID {
		if err := id.authorize(bedside.ActionViewUsers, ""); err != nil {
			return err
		}
	}
	u, err := id.tenant.User(r.Context(), uid)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, u)
	return nil
}

func (s *Server) createUser(w http.ResponseWriter, r *http.Request, id *identity) error {
	if err := id.authorize(bedside.ActionManageUsers, ""); err != nil {
		return err
	}
	var in userCreate
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	hash, err := auth.HashPassword(in.Password, s.passwordParams)
	if err != nil {
		return bedside.Errorf(bedside.EINVALID, "%v", err)
	}
	u, err := id.tenant.CreateUser(r.Context(), in.Email, in.Name, hash)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, u)
	return nil
}

func (s *Server) setDisabled(w http.ResponseWriter, r *http.Request, id *identity, disabled bool) error {
	if err := id.authorize(bedside.ActionManageUsers, ""); err != nil {
		return err
	}
	uid, err := pathID(r)
	if err != nil {
		return err
	}
	if uid == id.user.ID && disabled {
		return bedside.Errorf(bedside.EINVALID, "you cannot disable yourself")
	}
	u, err := id.tenant.SetUserDisabled(r.Context(), uid, disabled)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, u)
	return nil
}

func (s *Server) disableUser(w http.ResponseWriter, r *http.Request, id *identity) error {
	return s.setDisabled(w, r, id, true)
}

func (s *Server) enableUser(w http.ResponseWriter, r *http.Request, id *identity) error {
	return s.setDisabled(w, r, id, false)
}

func (s *Server) createGrant(w http.ResponseWriter, r *http.Request, id *identity) error {
	if err := id.authorize(bedside.ActionManageUsers, ""); err != nil {
		return err
	}
	uid, err := pathID(r)
	if err != nil {
		return err
	}
	var in grantCreate
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	g, err := id.tenant.GrantRole(r.Context(), uid, in.NodeID, in.Role)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, g)
	return nil
}

func (s *Server) deleteGrant(w http.ResponseWriter, r *http.Request, id *identity) error {
	if err := id.authorize(bedside.ActionManageUsers, ""); err != nil {
		return err
	}
	gid, err := pathID(r)
	if err != nil {
		return err
	}
	if err := id.tenant.RevokeGrant(r.Context(), gid); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) listTokens(w http.ResponseWriter, r *http.Request, id *identity) error {
	toks, err := id.tenant.Tokens(r.Context(), id.user.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, tokensResponse{Tokens: toks})
	return nil
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request, id *identity) error {
	var in tokenCreate
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	secret, display, hash := auth.NewAPIToken()
	tok, err := id.tenant.CreateToken(r.Context(), id.user.ID, in.Name, display, hash)
	if err != nil {
		return err
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, newTokenResponse{Token: secret, APIToken: tok})
	return nil
}

func (s *Server) revokeToken(w http.ResponseWriter, r *http.Request, id *identity) error {
	tid, err := pathID(r)
	if err != nil {
		return err
	}
	tok, err := id.tenant.Token(r.Context(), tid)
	if err != nil {
		return err
	}
	if tok.UserID != id.user.ID {
		if err := id.authorize(bedside.ActionManageUsers, ""); err != nil {
			return err
		}
	}
	out, err := id.tenant.RevokeToken(r.Context(), tid)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) listAudit(w http.ResponseWriter, r *http.Request, id *identity) error {
	if err := id.authorize(bedside.ActionViewAudit, ""); err != nil {
		return err
	}
	q := r.URL.Query()
	after, limit := int64(0), 100
	if v := q.Get("after"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return bedside.Errorf(bedside.EINVALID, "after: %q is not a sequence number", v)
		}
		after = n
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 500 {
			return bedside.Errorf(bedside.EINVALID, "limit: must be 1 to 500 (got %q)", v)
		}
		limit = n
	}
	events, err := id.tenant.AuditEvents(r.Context(), after, limit)
	if err != nil {
		return err
	}
	resp := auditResponse{Events: events}
	if len(events) == limit {
		resp.NextAfter = events[len(events)-1].Seq
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}

func (s *Server) getFeedback(w http.ResponseWriter, r *http.Request, id *identity) error {
	fid, err := pathID(r)
	if err != nil {
		return err
	}
	f, err := id.tenant.Feedback(r.Context(), fid)
	if err != nil {
		return err
	}
	loc, err := id.tenant.Node(r.Context(), f.LocationID)
	if err != nil {
		return err
	}
	if err := id.authorize(bedside.ActionViewFeedback, loc.Path); err != nil {
		return err
	}
	// The record of the view is written before the content leaves: no audit, no PHI.
	if f.Analysis != nil && f.Analysis.ContainsPHI {
		if err := id.tenant.RecordView(r.Context(), "feedback", f.ID); err != nil {
			return err
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, f)
	return nil
}

func (s *Server) guardCheck(w http.ResponseWriter, r *http.Request, id *identity) error {
	if !bedside.CanAnywhere(id.p, bedside.ActionCheckText) {
		return bedside.Errorf(bedside.EFORBIDDEN, "your role does not allow %s", bedside.ActionCheckText)
	}
	var req guard.Request
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	if err := req.Validate(); err != nil {
		return bedside.Errorf(bedside.EINVALID, "%v", err)
	}
	res := s.guard.Check(req.Input())
	res.ID = req.ID
	writeJSON(w, http.StatusOK, res)
	return nil
}
