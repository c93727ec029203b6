package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/jobs"
	"github.com/bedsidehq/bedside/internal/server"
	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

var (
	ctx   = context.Background()
	cheap = auth.Params{Time: 1, Memory: 1024, Threads: 1}
	quiet = slog.New(slog.NewTextHandler(io.Discard, nil))
)

// org is one tenant of the test world with a user per role and an API token for each.
type org struct {
	o                       *bedside.Organization
	region, clinic, sibling *bedside.Node
	otherRegion             *bedside.Node
	tokens                  map[string]string // role name → API token secret
	users                   map[string]*bedside.User
}

type world struct {
	t    *testing.T
	st   *store.Store
	srv  *httptest.Server
	a, b *org
}

const password = "correct horse battery"

func newWorld(t *testing.T, st *store.Store, queue *jobs.Queue) *world {
	t.Helper()
	s, err := server.New(server.Config{Store: st, Queue: queue, Logger: quiet, PasswordParams: &cheap})
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, st: st, srv: httptest.NewServer(s.Handler())}
	t.Cleanup(w.srv.Close)
	w.a, w.b = w.newOrg("alpha"), w.newOrg("beta")
	return w
}

func (w *world) newOrg(slug string) *org {
	t := w.t
	o, err := w.st.CreateOrganization(ctx, "Org "+slug, slug)
	if err != nil {
		t.Fatal(err)
	}
	tn := w.st.Tenant(o.ID, bedside.SystemActor)
	mk := func(parent int64, kind bedside.NodeKind, name string) *bedside.Node {
		n := &bedside.Node{ParentID: parent, Kind: kind, Name: name}
		if err := tn.CreateNode(ctx, n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	g := &org{o: o, tokens: map[string]string{}, users: map[string]*bedside.User{}}
	g.region = mk(o.RootID, bedside.KindGroup, "North")
	g.otherRegion = mk(o.RootID, bedside.KindGroup, "South")
	g.clinic = mk(g.region.ID, bedside.KindLocation, "Clinic One")
	g.sibling = mk(g.region.ID, bedside.KindLocation, "Clinic Two")
	hash, _ := auth.HashPassword(password, cheap)
	grants := map[string]struct {
		role bedside.Role
		node int64
	}{
		"admin": {bedside.RoleOrgAdmin, o.RootID}, "compliance": {bedside.RoleComplianceOfficer, o.RootID},
		"analyst": {bedside.RoleAnalyst, o.RootID}, "responder": {bedside.RoleResponder, g.clinic.ID},
		"approver": {bedside.RoleApprover, g.region.ID},
	}
	for name, gr := range grants {
		u, err := tn.CreateUser(ctx, name+"@"+slug+".test", name, hash)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tn.GrantRole(ctx, u.ID, gr.node, gr.role); err != nil {
			t.Fatal(err)
		}
		secret, display, h := auth.NewAPIToken()
		if _, err := tn.CreateToken(ctx, u.ID, "test", display, h); err != nil {
			t.Fatal(err)
		}
		g.tokens[name], g.users[name] = secret, u
	}
	return g
}

type response struct {
	status int
	body   []byte
	header http.Header
}

func (r response) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

func (r response) errCode(t *testing.T) string {
	t.Helper()
	var e struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	r.json(t, &e)
	if e.Error.Message == "" {
		t.Fatalf("error without message: %s", r.body)
	}
	return e.Error.Code
}

// call makes an API request with a bearer token.
func (w *world) call(token, method, path string, body any) response {
	w.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		j, _ := json.Marshal(b)
		rd = bytes.NewReader(j)
	}
	req, _ := http.NewRequest(method, w.srv.URL+path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		w.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, b, res.Header}
}

func expect(t *testing.T, what string, r response, status int) {
	t.Helper()
	if r.status != status {
		t.Fatalf("%s: status %d, want %d: %s", what, r.status, status, r.body)
	}
}

func TestAPIAuthorization(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		w := newWorld(t, st, nil)
		a, b := w.a, w.b
		id := func(n *bedside.Node) string { return fmt.Sprint(n.ID) }

		// Organization B can't see or touch A's objects: 404, never 403, so ids reveal nothing.
		bAdmin := b.tokens["admin"]
		for _, c := range []struct {
			method, path string
			body         any
		}{
			{"GET", "/api/v1/locations/" + id(a.clinic), nil},
			{"PATCH", "/api/v1/locations/" + id(a.clinic), map[string]any{"name": "x"}},
			{"POST", "/api/v1/locations/" + id(a.clinic) + "/archive", nil},
			{"POST", "/api/v1/locations/" + id(b.clinic) + "/move", map[string]any{"parent_id": a.region.ID}},
			{"POST", "/api/v1/locations", map[string]any{"parent_id": a.region.ID, "kind": "location", "name": "x"}},
			{"GET", fmt.Sprintf("/api/v1/users/%d", a.users["responder"].ID), nil},
			{"POST", fmt.Sprintf("/api/v1/users/%d/disable", a.users["responder"].ID), nil},
			{"POST", fmt.Sprintf("/api/v1/users/%d/grants", a.users["responder"].ID), map[string]any{"node_id": b.clinic.ID, "role": "analyst"}},
			{"DELETE", fmt.Sprintf("/api/v1/tokens/%d", 1), nil},
		} {
			r := w.call(bAdmin, c.method, c.path, c.body)
			expect(t, "B "+c.method+" "+c.path, r, 404)
			if r.errCode(t) != "not_found" {
				t.Fatalf("code %s", r.body)
			}
		}
		var tree struct{ Tree []*bedside.TreeNode }
		w.call(bAdmin, "GET", "/api/v1/locations", nil).json(t, &tree)
		if len(tree.Tree) != 1 || tree.Tree[0].ID != b.o.RootID {
			t.Fatalf("B's tree: %+v", tree.Tree)
		}
		var users struct{ Users []*bedside.User }
		w.call(bAdmin, "GET", "/api/v1/users", nil).json(t, &users)
		for _, u := range users.Users {
			if strings.HasSuffix(u.Email, "@alpha.test") {
				t.Fatalf("B lists A's user %s", u.Email)
			}
		}

		// An analyst changes nothing: 403.
		an := a.tokens["analyst"]
		for _, c := range []struct {
			method, path string
			body         any
		}{
			{"POST", "/api/v1/locations", map[string]any{"parent_id": a.region.ID, "kind": "location", "name": "x"}},
			{"PATCH", "/api/v1/locations/" + id(a.clinic), map[string]any{"name": "x"}},
			{"POST", "/api/v1/locations/" + id(a.clinic) + "/move", map[string]any{"parent_id": a.otherRegion.ID}},
			{"POST", "/api/v1/locations/" + id(a.clinic) + "/archive", nil},
			{"POST", "/api/v1/users", map[string]any{"email": "n@alpha.test", "name": "n", "password": password}},
			{"POST", fmt.Sprintf("/api/v1/users/%d/grants", a.users["analyst"].ID), map[string]any{"node_id": a.o.RootID, "role": "org_admin"}},
			{"POST", fmt.Sprintf("/api/v1/users/%d/disable", a.users["responder"].ID), nil},
			{"GET", "/api/v1/audit/events", nil},
			{"POST", "/api/v1/guard/check", map[string]any{"kind": "reply", "text": "Thank you"}},
		} {
			expect(t, "analyst "+c.method+" "+c.path, w.call(an, c.method, c.path, c.body), 403)
		}
		if r := w.call(an, "GET", "/api/v1/locations/"+id(a.sibling), nil); r.status != 200 {
			t.Fatalf("analyst read: %d", r.status)
		}

		// A responder on Clinic One can't read its sibling, and sees only its clinic in the tree.
		rs := a.tokens["responder"]
		expect(t, "responder reads own clinic", w.call(rs, "GET", "/api/v1/locations/"+id(a.clinic), nil), 200)
		expect(t, "responder reads sibling", w.call(rs, "GET", "/api/v1/locations/"+id(a.sibling), nil), 403)
		expect(t, "responder reads region", w.call(rs, "GET", "/api/v1/locations/"+id(a.region), nil), 403)
		w.call(rs, "GET", "/api/v1/locations", nil).json(t, &tree)
		if len(tree.Tree) != 1 || tree.Tree[0].ID != a.clinic.ID {
			t.Fatalf("responder tree: %+v", tree.Tree)
		}
		expect(t, "responder lists users", w.call(rs, "GET", "/api/v1/users", nil), 403)
		expect(t, "responder reads self", w.call(rs, "GET", fmt.Sprintf("/api/v1/users/%d", a.users["responder"].ID), nil), 200)

		// An approver on the region may not move a clinic out of it (no rights on the target).
		expect(t, "approver manages", w.call(a.tokens["approver"], "PATCH", "/api/v1/locations/"+id(a.clinic), map[string]any{"name": "x"}), 403)

		// The org admin can do it all, and each change lands in the audit chain.
		ad := a.tokens["admin"]
		r := w.call(ad, "POST", "/api/v1/locations", map[string]any{"parent_id": a.region.ID, "kind": "location", "name": "Clinic Three", "location_type": "dental", "time_zone": "America/Denver"})
		expect(t, "create", r, 201)
		var created bedside.Node
		r.json(t, &created)
		expect(t, "move", w.call(ad, "POST", fmt.Sprintf("/api/v1/locations/%d/move", created.ID), map[string]any{"parent_id": a.otherRegion.ID}), 200)
		expect(t, "update", w.call(ad, "PATCH", fmt.Sprintf("/api/v1/locations/%d", created.ID), map[string]any{"phone": "+1 555-0100"}), 200)
		expect(t, "archive", w.call(ad, "POST", fmt.Sprintf("/api/v1/locations/%d/archive", created.ID), nil), 200)
		var audit struct {
			Events    []*bedside.AuditEvent
			NextAfter int64 `json:"next_after"`
		}
		w.call(a.tokens["compliance"], "GET", "/api/v1/audit/events?limit=500", nil).json(t, &audit)
		last := audit.Events[len(audit.Events)-4:]
		for i, want := range []string{"node.create", "node.move", "node.update", "node.archive"} {
			if last[i].Action != want || last[i].Actor.Type != "token" {
				t.Fatalf("audit event %d = %s by %s, want %s by a token", i, last[i].Action, last[i].Actor.Type, want)
			}
		}
		w.call(ad, "GET", "/api/v1/audit/events?limit=2", nil).json(t, &audit)
		if len(audit.Events) != 2 || audit.NextAfter != audit.Events[1].Seq {
			t.Fatalf("paging: %+v", audit)
		}
	})
}

func TestTokensAndBadInput(t *testing.T) {
	st := storetest.SQLite(t)
	w := newWorld(t, st, nil)
	ad := w.a.tokens["admin"]

	expect(t, "no credentials", w.call("", "GET", "/api/v1/me", nil), 401)
	expect(t, "garbage token", w.call("bsd_nope", "GET", "/api/v1/me", nil), 401)

	r := w.call(ad, "POST", "/api/v1/tokens", map[string]any{"name": "ci"})
	expect(t, "create token", r, 201)
	var nt struct {
		Token    string
		APIToken bedside.APIToken `json:"api_token"`
	}
	r.json(t, &nt)
	expect(t, "new token works", w.call(nt.Token, "GET", "/api/v1/me", nil), 200)
	expect(t, "revoke", w.call(ad, "DELETE", fmt.Sprintf("/api/v1/tokens/%d", nt.APIToken.ID), nil), 200)
	expect(t, "revoked token, at once", w.call(nt.Token, "GET", "/api/v1/me", nil), 401)
	var toks struct{ Tokens []bedside.APIToken }
	w.call(ad, "GET", "/api/v1/tokens", nil).json(t, &toks)
	if len(toks.Tokens) != 2 || toks.Tokens[0].LastUsedAt == nil {
		t.Fatalf("tokens list: %+v", toks.Tokens)
	}
	if bytes.Contains(w.call(ad, "GET", "/api/v1/tokens", nil).body, []byte(nt.Token)) {
		t.Fatal("token list shows a secret")
	}

	loc := fmt.Sprintf("/api/v1/locations/%d", w.a.clinic.ID)
	for _, c := range []struct {
		name, body string
		status     int
		msg        string
	}{
		{"malformed", `{"name": "x"`, 400, "JSON ends early"},
		{"syntax", `{"name": x}`, 400, "malformed JSON at byte"},
		{"unknown field", `{"nmae": "x"}`, 400, `unknown field "nmae"`},
		{"wrong type", `{"name": 7}`, 400, `field "name" must be string`},
		{"trailing", `{"name": "x"} {}`, 400, "unexpected data after"},
		{"empty", ``, 400, "empty"},
		{"oversized", `{"name": "` + strings.Repeat("a", 2<<20) + `"}`, 413, "larger than"},
		{"bad zone", `{"time_zone": "Mars/Base"}`, 400, "time_zone"},
	} {
		r := w.call(ad, "PATCH", loc, c.body)
		var e struct{ Error struct{ Message string } }
		json.Unmarshal(r.body, &e)
		if r.status != c.status || !strings.Contains(e.Error.Message, c.msg) {
			t.Errorf("%s: %d %s, want %d containing %q", c.name, r.status, r.body, c.status, c.msg)
		}
	}
	expect(t, "bad id", w.call(ad, "GET", "/api/v1/locations/abc", nil), 400)
	expect(t, "unknown endpoint", w.call(ad, "GET", "/api/v1/nothing", nil), 404)
	// Nothing of the failed requests was written.
	n, _ := st.Tenant(w.a.o.ID, bedside.SystemActor).Node(ctx, w.a.clinic.ID)
	if n.Name != "Clinic One" || n.TimeZone != "" {
		t.Fatalf("a failed request changed the clinic: %+v", n)
	}
	// Disabling a user revokes their tokens at once.
	expect(t, "disable", w.call(ad, "POST", fmt.Sprintf("/api/v1/users/%d/disable", w.a.users["analyst"].ID), nil), 200)
	expect(t, "disabled user's token", w.call(w.a.tokens["analyst"], "GET", "/api/v1/me", nil), 401)
}

// browser is a cookie-keeping client that does not follow redirects.
func (w *world) browser() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfField = regexp.MustCompile(`name="csrf_token" value="([^"]+)"`)

func (w *world) signIn(c *http.Client, email, pw string) (*http.Response, string) {
	w.t.Helper()
	res, err := c.Get(w.srv.URL + "/login")
	if err != nil {
		w.t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	m := csrfField.FindSubmatch(page)
	if m == nil {
		w.t.Fatalf("no csrf field on login page")
	}
	res, err = c.PostForm(w.srv.URL+"/login", url.Values{"email": {email}, "password": {pw}, "csrf_token": {string(m[1])}, "next": {"/"}})
	if err != nil {
		w.t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	return res, string(body)
}

func TestBrowserSession(t *testing.T) {
	st := storetest.SQLite(t)
	w := newWorld(t, st, nil)
	c := w.browser()

	res, err := c.Get(w.srv.URL + "/")
	if err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/login") {
		t.Fatalf("anonymous / = %v %v", res.StatusCode, err)
	}
	res, _ = w.signIn(c, "responder@alpha.test", "wrong password!")
	if res.StatusCode != 401 {
		t.Fatalf("wrong password: %d", res.StatusCode)
	}
	res, _ = w.signIn(c, "responder@alpha.test", password)
	if res.StatusCode != 303 || res.Header.Get("Location") != "/" {
		t.Fatalf("sign in: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	var session *http.Cookie
	for _, ck := range res.Cookies() {
		if ck.Name == "bedside_session" {
			session = ck
		}
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode {
		t.Fatalf("session cookie: %+v", session)
	}
	res, _ = c.Get(w.srv.URL + "/")
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, want := range []string{"Org alpha", "responder@alpha.test", "Clinic One", "Responder"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Fatalf("app shell lacks %q", want)
		}
	}
	if bytes.Contains(page, []byte("Clinic Two")) {
		t.Fatal("app shell shows a sibling location")
	}
	if res.Header.Get("Content-Security-Policy") == "" {
		t.Fatal("no CSP on the app shell")
	}
	csrf := regexp.MustCompile(`data-csrf="([^"]+)"`).FindSubmatch(page)[1]

	// The API honours the session, but a change needs the CSRF token.
	post := func(withCSRF bool) int {
		req, _ := http.NewRequest("POST", w.srv.URL+"/api/v1/tokens", strings.NewReader(`{"name":"from browser"}`))
		req.Header.Set("Content-Type", "application/json")
		if withCSRF {
			req.Header.Set("X-CSRF-Token", string(csrf))
		}
		r, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r.StatusCode
	}
	if got := post(false); got != 403 {
		t.Fatalf("POST without CSRF: %d", got)
	}
	if got := post(true); got != 201 {
		t.Fatalf("POST with CSRF: %d", got)
	}
	// htmx fragment for a node in scope, and not for one outside.
	res, _ = c.Get(fmt.Sprintf("%s/ui/nodes/%d", w.srv.URL, w.a.clinic.ID))
	if res.StatusCode != 200 {
		t.Fatalf("node panel: %d", res.StatusCode)
	}
	res, _ = c.Get(fmt.Sprintf("%s/ui/nodes/%d", w.srv.URL, w.a.sibling.ID))
	if res.StatusCode != 403 {
		t.Fatalf("sibling panel: %d", res.StatusCode)
	}
	res, _ = c.Get(fmt.Sprintf("%s/ui/nodes/%d", w.srv.URL, w.b.clinic.ID))
	if res.StatusCode != 404 {
		t.Fatalf("other tenant's panel: %d", res.StatusCode)
	}
	// Sign out needs the token too, then the session is gone.
	res, _ = c.PostForm(w.srv.URL+"/logout", url.Values{"csrf_token": {string(csrf)}})
	if res.StatusCode != 303 {
		t.Fatalf("logout: %d", res.StatusCode)
	}
	req, _ := http.NewRequest("GET", w.srv.URL+"/api/v1/me", nil)
	req.AddCookie(session)
	r2, _ := http.DefaultClient.Do(req)
	if r2.StatusCode != 401 {
		t.Fatalf("old session after logout: %d", r2.StatusCode)
	}
}

func TestSignInThrottle(t *testing.T) {
	st := storetest.SQLite(t)
	w := newWorld(t, st, nil)
	c := w.browser()
	for i := 0; i < 5; i++ {
		w.signIn(c, "admin@alpha.test", "not the password")
	}
	res, body := w.signIn(c, "admin@alpha.test", password)
	if res.StatusCode != 429 || !strings.Contains(body, "Too many failed sign-ins") {
		t.Fatalf("6th try with the right password: %d", res.StatusCode)
	}
	// Another account from the same address is not locked by the first one's failures.
	res, _ = w.signIn(w.browser(), "analyst@alpha.test", password)
	if res.StatusCode != 303 {
		t.Fatalf("other account: %d", res.StatusCode)
	}
	// A forged form without the login CSRF cookie is refused.
	res, err := http.PostForm(w.srv.URL+"/login", url.Values{"email": {"analyst@alpha.test"}, "password": {password}, "csrf_token": {"forged"}})
	if err != nil || res.StatusCode != 403 {
		t.Fatalf("forged login form: %d %v", res.StatusCode, err)
	}
}

func TestOpenAPIAndOperations(t *testing.T) {
	st := storetest.SQLite(t)
	q, err := jobs.New(ctx, st, jobs.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	w := newWorld(t, st, q)

	r := w.call("", "GET", "/readyz", nil)
	expect(t, "readyz before the queue runs", r, 503)
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer q.Stop(ctx)
	expect(t, "readyz", w.call("", "GET", "/readyz", nil), 200)
	expect(t, "healthz", w.call("", "GET", "/healthz", nil), 200)

	r = w.call("", "GET", "/api/v1/openapi.json", nil)
	expect(t, "openapi", r, 200)
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	r.json(t, &doc)
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	// Every documented operation is routed (not the catch-all 404), and has a summary.
	ops := 0
	for path, methods := range doc.Paths {
		for method, op := range methods {
			ops++
			if op["summary"] == "" || op["responses"] == nil {
				t.Errorf("%s %s: undocumented", method, path)
			}
			concrete := regexp.MustCompile(`\{[a-z_]+\}`).ReplaceAllString(path, "999999")
			res := w.call(w.a.tokens["admin"], strings.ToUpper(method), concrete, nil)
			if res.status == 404 && strings.Contains(string(res.body), "no API endpoint") {
				t.Errorf("%s %s is documented but not routed", method, path)
			}
		}
	}
	if ops < 19 {
		t.Fatalf("only %d operations documented", ops)
	}
	r = w.call("", "GET", "/metrics", nil)
	if !bytes.Contains(r.body, []byte(`bedside_http_requests_total{method="GET",route="GET /api/v1/openapi.json",status="200"}`)) {
		t.Fatalf("metrics lack the request counter")
	}
	// River UI: org admins only.
	expect(t, "river ui as responder", w.call(w.a.tokens["responder"], "GET", "/riverui/", nil), 403)
	expect(t, "river ui as admin", w.call(w.a.tokens["admin"], "GET", "/riverui/", nil), 200)
	if r := w.call(w.a.tokens["admin"], "GET", "/api/v1/me", nil); r.header.Get("X-Request-Id") == "" {
		t.Fatal("no request id")
	}
}

// TestUsersAndAuditPages: the pages exist for the roles that may see them, are linked from the
// navigation only for those roles, and are refused to everyone else.
func TestUsersAndAuditPages(t *testing.T) {
	w := newWorld(t, storetest.SQLite(t), nil)
	get := func(c *http.Client, path string) (int, string) {
		res, err := c.Get(w.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	admin := w.browser()
	w.signIn(admin, "admin@alpha.test", password)
	_, home := get(admin, "/")
	if !strings.Contains(home, `href="/users"`) || !strings.Contains(home, `href="/audit"`) {
		t.Fatal("admin navigation lacks Users or Audit log")
	}
	code, page := get(admin, "/users")
	if code != 200 || !strings.Contains(page, "responder@alpha.test") || !strings.Contains(page, "Clinic One") || strings.Contains(page, "@beta.test") {
		t.Fatalf("users page: %d", code)
	}
	code, page = get(admin, "/audit")
	if code != 200 || !strings.Contains(page, "organization.create") || !strings.Contains(page, "session.create") {
		t.Fatalf("audit page: %d", code)
	}
	if code, _ := get(admin, "/audit?after=x"); code != 400 {
		t.Fatalf("bad page parameter: %d", code)
	}
	rs := w.browser()
	w.signIn(rs, "responder@alpha.test", password)
	_, home = get(rs, "/")
	if strings.Contains(home, `href="/users"`) || strings.Contains(home, `href="/audit"`) {
		t.Fatal("responder is offered pages it may not open")
	}
	for _, p := range []string{"/users", "/audit"} {
		if code, _ := get(rs, p); code != 403 {
			t.Fatalf("responder %s: %d", p, code)
		}
	}
	if code, _ := get(w.browser(), "/audit"); code != 303 {
		t.Fatalf("anonymous /audit: %d", code)
	}
}
