package server

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Sign-in throttles: per account, a few tries; per client address, more, since several people
// may share a hospital's NAT.
var (
	accountThrottle = store.Throttle{Limit: 5, Window: 15 * time.Minute, Lock: 15 * time.Minute}
	addressThrottle = store.Throttle{Limit: 30, Window: 15 * time.Minute, Lock: 15 * time.Minute}
)

const (
	loginCSRFCookie = "bedside_login_csrf"
	contentSecurity = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

var roleLabels = map[bedside.Role]string{
	bedside.RoleOrgAdmin: "Organization admin", bedside.RoleComplianceOfficer: "Compliance officer",
	bedside.RoleApprover: "Approver", bedside.RoleResponder: "Responder", bedside.RoleAnalyst: "Analyst",
}

type ui struct {
	pages map[string]*template.Template
}

func newUI() (*ui, error) {
	funcs := template.FuncMap{
		"roleLabel": func(r bedside.Role) string { return roleLabels[r] },
		"kindLabel": func(n *bedside.Node) string {
			if n.Kind == bedside.KindLocation && n.LocationType != "" {
				return strings.ReplaceAll(n.LocationType, "_", " ")
			}
			return string(n.Kind)
		},
	}
	u := &ui{pages: map[string]*template.Template{}}
	for _, page := range []string{"login", "app", "node", "users", "audit"} {
		var files []string
		switch page {
		case "node": // an htmx fragment, no layout
			files = []string{"templates/node.html"}
		case "login":
			files = []string{"templates/layout.html", "templates/login.html"}
		default: // signed-in pages share the header and navigation
			files = []string{"templates/layout.html", "templates/shell.html", "templates/" + page + ".html"}
			if page == "app" {
				files = append(files, "templates/node.html")
			}
		}
		t, err := template.New(page).Funcs(funcs).ParseFS(templateFS, files...)
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", page, err)
		}
		u.pages[page] = t
	}
	return u, nil
}

func (u *ui) render(w http.ResponseWriter, status int, page, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", contentSecurity)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := u.pages[page].ExecuteTemplate(w, name, data); err != nil {
		// Headers are gone; the connection log has the status. Nothing sensitive in err.
		fmt.Fprintf(w, "<p>template error</p>")
	}
}

func (s *Server) routeUI(mux *http.ServeMux) {
	static, _ := fs.Sub(staticFS, "static")
	files := http.FileServerFS(static)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		files.ServeHTTP(w, r)
	})))
	mux.HandleFunc("GET /login", s.loginPage)
	mux.HandleFunc("POST /login", s.login)
	mux.HandleFunc("POST /logout", s.logout)
	mux.HandleFunc("GET /{$}", s.appPage)
	mux.HandleFunc("GET /users", s.usersPage)
	mux.HandleFunc("GET /audit", s.auditPage)
	mux.HandleFunc("GET /ui/nodes/{id}", s.nodePanel)
}

type loginData struct {
	CSRF, Email, Error, Next string
}

// safeNext keeps post-login redirects on this site.
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

func secureRequest(r *http.Request) bool {
	return r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https"
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if id, _ := s.authenticate(r.Context(), r); id != nil && id.csrf != "" {
		http.Redirect(w, r, safeNext(r.URL.Query().Get("next")), http.StatusSeeOther)
		return
	}
	s.renderLogin(w, r, http.StatusOK, loginData{Next: safeNext(r.URL.Query().Get("next"))})
}

// renderLogin issues a fresh double-submit CSRF token: there is no session yet to hold one.
func (s *Server) renderLogin(w http.ResponseWriter, r *http.Request, status int, d loginData) {
	d.CSRF = auth.NewSecret("")
	http.SetCookie(w, &http.Cookie{Name: loginCSRFCookie, Value: d.CSRF, Path: "/login", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: secureRequest(r), MaxAge: 3600})
	s.ui.render(w, status, "login", "layout", d)
}

func clientAddress(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.renderLogin(w, r, http.StatusBadRequest, loginData{Error: "The sign-in form could not be read."})
		return
	}
	email := strings.ToLower(strings.TrimSpace(r.PostFormValue("email")))
	password := r.PostFormValue("password")
	d := loginData{Email: email, Next: safeNext(r.PostFormValue("next"))}
	c, err := r.Cookie(loginCSRFCookie)
	if err != nil || !auth.EqualTokens(c.Value, r.PostFormValue("csrf_token")) {
		d.Error = "The sign-in form expired. Please try again."
		s.renderLogin(w, r, http.StatusForbidden, d)
		return
	}
	accountKey, addressKey := "account:"+email, "address:"+clientAddress(r)
	for _, key := range []string{accountKey, addressKey} {
		until, err := s.store.LoginLockedUntil(ctx, key)
		if err != nil {
			writeError(w, r, err)
			return
		}
		if !until.IsZero() {
			d.Error = fmt.Sprintf("Too many failed sign-ins. Try again after %s UTC.", until.Format("15:04"))
			s.renderLogin(w, r, http.StatusTooManyRequests, d)
			return
		}
	}
	u, err := s.store.UserByEmail(ctx, email)
	switch {
	case err == nil && u.DisabledAt == nil:
		err = auth.CheckPassword(u.PasswordHash, password)
	case err == nil:
		auth.SpendPasswordTime(password)
		err = auth.ErrMismatch
	case bedside.ErrorCode(err) == bedside.ENOTFOUND:
		auth.SpendPasswordTime(password) // same time as a real check: don't reveal who has an account
		err = auth.ErrMismatch
	}
	if err != nil {
		if err != auth.ErrMismatch {
			writeError(w, r, err)
			return
		}
		s.store.RecordLoginFailure(ctx, accountKey, accountThrottle)
		s.store.RecordLoginFailure(ctx, addressKey, addressThrottle)
		s.log.InfoContext(ctx, "sign-in failed", "request_id", requestID(ctx))
		d.Error = "That email and password do not match."
		s.renderLogin(w, r, http.StatusUnauthorized, d)
		return
	}
	s.store.ResetLoginFailures(ctx, accountKey)
	secret := auth.NewSecret("")
	now := s.store.Now()
	sess := &bedside.Session{UserID: u.ID, CSRFToken: auth.NewSecret(""), CreatedAt: now, ExpiresAt: now.Add(s.sessionTTL)}
	actor := bedside.Actor{Type: "user", ID: u.ID, Label: u.Email}
	if err := s.store.Tenant(u.OrgID, actor).CreateSession(ctx, auth.HashSecret(secret), sess); err != nil {
		writeError(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode,
		Secure: secureRequest(r), Expires: sess.ExpiresAt})
	http.SetCookie(w, &http.Cookie{Name: loginCSRFCookie, Value: "", Path: "/login", MaxAge: -1})
	http.Redirect(w, r, d.Next, http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	id, err := s.authenticate(r.Context(), r)
	if err == nil && id != nil && id.csrf != "" {
		if err := id.checkCSRF(r); err != nil {
			writeError(w, r, err)
			return
		}
		if err := id.tenant.DeleteSession(r.Context(), id.sessionHash); err != nil && bedside.ErrorCode(err) != bedside.ENOTFOUND {
			writeError(w, r, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// pageIdentity returns the signed-in browser user, or redirects to the sign-in page.
func (s *Server) pageIdentity(w http.ResponseWriter, r *http.Request) *identity {
	id, err := s.authenticate(r.Context(), r)
	if err != nil && bedside.ErrorCode(err) != bedside.EUNAUTHORIZED {
		writeError(w, r, err)
		return nil
	}
	if id == nil || id.csrf == "" {
		http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return nil
	}
	return id
}

type navItem struct {
	Label, Href string
	Current     bool
}

// shellData is what every signed-in page shows around its content.
type shellData struct {
	User         *bedside.User
	Organization *bedside.Organization
	CSRF         string
	Nav          []navItem
}

// shell returns the header and navigation for a signed-in page at path, offering only what
// the user's roles allow.
func shell(id *identity, path string) shellData {
	items := []navItem{{Label: "Overview", Href: "/"}}
	if bedside.Can(id.p, bedside.ActionViewUsers, id.rootPath) {
		items = append(items, navItem{Label: "Users", Href: "/users"})
	}
	if bedside.Can(id.p, bedside.ActionViewAudit, id.rootPath) {
		items = append(items, navItem{Label: "Audit log", Href: "/audit"})
	}
	if bedside.Can(id.p, bedside.ActionViewJobs, id.rootPath) {
		items = append(items, navItem{Label: "Jobs", Href: "/riverui/"})
	}
	items = append(items, navItem{Label: "API reference", Href: "/api/v1/openapi.json"})
	for i := range items {
		items[i].Current = items[i].Href == path
	}
	return shellData{User: id.user, Organization: id.org, CSRF: id.csrf, Nav: items}
}

type appData struct {
	shellData
	Tree     []*bedside.TreeNode
	Counts   map[string]int
	Feedback int64
	Selected *nodeData
}

type nodeData struct {
	Node     *bedside.Node
	Feedback int64
	CanEdit  bool
}

func (s *Server) appPage(w http.ResponseWriter, r *http.Request) {
	id := s.pageIdentity(w, r)
	if id == nil {
		return
	}
	nodes, err := visibleNodes(r, id, false)
	if err != nil {
		writeError(w, r, err)
		return
	}
	d := appData{shellData: shell(id, "/"), Tree: bedside.BuildTree(nodes), Counts: map[string]int{}}
	for _, n := range nodes {
		d.Counts[string(n.Kind)]++
	}
	for _, t := range d.Tree {
		c, err := id.tenant.FeedbackCount(r.Context(), t.Path)
		if err != nil {
			writeError(w, r, err)
			return
		}
		d.Feedback += c
	}
	s.ui.render(w, http.StatusOK, "app", "layout", d)
}

// nodePanel is the htmx fragment with one node's details.
func (s *Server) nodePanel(w http.ResponseWriter, r *http.Request) {
	id := s.pageIdentity(w, r)
	if id == nil {
		return
	}
	n, err := nodeFor(r, id, bedside.ActionViewLocations)
	if err != nil {
		status := statusOf[bedside.ErrorCode(err)]
		if status == 0 {
			status = http.StatusInternalServerError
		}
		w.WriteHeader(status)
		fmt.Fprintf(w, `<p role="alert">%s</p>`, template.HTMLEscapeString(bedside.ErrorMessage(err)))
		return
	}
	c, err := id.tenant.FeedbackCount(r.Context(), n.Path)
	if err != nil {
		writeError(w, r, err)
		return
	}
	s.ui.render(w, http.StatusOK, "node", "node", nodeData{Node: n, Feedback: c, CanEdit: bedside.Can(id.p, bedside.ActionManageLocations, n.Path)})
}

// pageError shows a failed page load: forbidden or missing as a plain message, anything else
// through the API error path (logged with the request id).
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status, ok := statusOf[bedside.ErrorCode(err)]
	if !ok || status >= 500 {
		writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<!doctype html><html lang="en"><title>Bedside</title><p role="alert">%s</p><p><a href="/">Back to the overview</a></p></html>`,
		template.HTMLEscapeString(bedside.ErrorMessage(err)))
}

type usersData struct {
	shellData
	Users     []*bedside.User
	NodeNames map[int64]string
}

func (s *Server) usersPage(w http.ResponseWriter, r *http.Request) {
	id := s.pageIdentity(w, r)
	if id == nil {
		return
	}
	if err := id.authorize(bedside.ActionViewUsers, ""); err != nil {
		s.pageError(w, r, err)
		return
	}
	users, err := id.tenant.Users(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	nodes, err := id.tenant.Nodes(r.Context(), "", true)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names := make(map[int64]string, len(nodes))
	for _, n := range nodes {
		names[n.ID] = n.Name
	}
	s.ui.render(w, http.StatusOK, "users", "layout", usersData{shellData: shell(id, "/users"), Users: users, NodeNames: names})
}

type auditData struct {
	shellData
	Events               []*bedside.AuditEvent
	Prev, Next           bool
	PrevAfter, NextAfter int64
}

// auditPageSize is how many events one audit page shows.
const auditPageSize = 100

func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) {
	id := s.pageIdentity(w, r)
	if id == nil {
		return
	}
	if err := id.authorize(bedside.ActionViewAudit, ""); err != nil {
		s.pageError(w, r, err)
		return
	}
	var after int64
	if v := r.URL.Query().Get("after"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			s.pageError(w, r, bedside.Errorf(bedside.EINVALID, "after: %q is not a sequence number", v))
			return
		}
		after = n
	}
	events, err := id.tenant.AuditEvents(r.Context(), after, auditPageSize)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d := auditData{shellData: shell(id, "/audit"), Events: events, Prev: after > 0, PrevAfter: max(0, after-auditPageSize)}
	if len(events) == auditPageSize {
		d.Next, d.NextAfter = true, events[len(events)-1].Seq
	}
	s.ui.render(w, http.StatusOK, "audit", "layout", d)
}
