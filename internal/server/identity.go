package server

import (
	"context"
	"net/http"
	"strings"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/store"
)

const sessionCookie = "bedside_session"

// identity is who is calling, resolved once per request from a session cookie or an API token.
type identity struct {
	p           *bedside.Principal
	user        *bedside.User
	org         *bedside.Organization
	rootPath    string
	csrf        string // the session's CSRF token; empty for API tokens, which need none
	sessionHash string
	tenant      *store.Tenant
}

// authenticate resolves the caller. It returns (nil, nil) when the request carries no
// credentials, and EUNAUTHORIZED when it carries bad ones.
func (s *Server) authenticate(ctx context.Context, r *http.Request) (*identity, error) {
	if h := r.Header.Get("Authorization"); h != "" {
		secret, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || !strings.HasPrefix(secret, auth.TokenPrefix) {
			return nil, bedside.Errorf(bedside.EUNAUTHORIZED, "Authorization must be \"Bearer %s…\"", auth.TokenPrefix)
		}
		tok, org, err := s.store.TokenByHash(ctx, auth.HashSecret(secret))
		if err != nil {
			if code := bedside.ErrorCode(err); code == bedside.ENOTFOUND || code == bedside.EUNAUTHORIZED {
				return nil, bedside.Errorf(bedside.EUNAUTHORIZED, "invalid or revoked API token")
			}
			return nil, err
		}
		id, err := s.loadIdentity(ctx, org, tok.UserID)
		if err != nil {
			return nil, err
		}
		id.p.TokenID = tok.ID
		id.tenant = s.store.Tenant(org, id.p.Actor())
		return id, nil
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil, nil
	}
	hash := auth.HashSecret(c.Value)
	sess, err := s.store.SessionByHash(ctx, hash)
	if err != nil {
		if bedside.ErrorCode(err) == bedside.ENOTFOUND {
			return nil, bedside.Errorf(bedside.EUNAUTHORIZED, "your session has ended; sign in again")
		}
		return nil, err
	}
	id, err := s.loadIdentity(ctx, sess.OrgID, sess.UserID)
	if err != nil {
		return nil, err
	}
	id.csrf, id.sessionHash = sess.CSRFToken, hash
	return id, nil
}

func (s *Server) loadIdentity(ctx context.Context, org, userID int64) (*identity, error) {
	t := s.store.Tenant(org, bedside.SystemActor)
	u, err := t.User(ctx, userID)
	if err != nil {
		if bedside.ErrorCode(err) == bedside.ENOTFOUND {
			return nil, bedside.Errorf(bedside.EUNAUTHORIZED, "this account no longer exists")
		}
		return nil, err
	}
	p, err := u.Principal()
	if err != nil {
		return nil, err
	}
	o, err := t.Organization(ctx)
	if err != nil {
		return nil, err
	}
	return &identity{p: p, user: u, org: o, rootPath: o.RootPath(), tenant: s.store.Tenant(org, p.Actor())}, nil
}

// unsafeMethod reports whether a request changes state and so needs CSRF protection when it
// rides on a session cookie.
func unsafeMethod(m string) bool {
	return m != http.MethodGet && m != http.MethodHead && m != http.MethodOptions
}

// checkCSRF accepts the session's token from the X-CSRF-Token header (htmx, fetch) or the
// csrf_token form field. API-token requests carry no cookie and so need none.
func (id *identity) checkCSRF(r *http.Request) error {
	if id.csrf == "" || !unsafeMethod(r.Method) {
		return nil
	}
	got := r.Header.Get("X-CSRF-Token")
	if got == "" && strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		got = r.PostFormValue("csrf_token")
	}
	if !auth.EqualTokens(got, id.csrf) {
		return bedside.Errorf(bedside.EFORBIDDEN, "missing or wrong CSRF token; reload the page and try again")
	}
	return nil
}

// can is the one authorization check handlers call.
func (id *identity) authorize(action bedside.Action, nodePath string) error {
	if bedside.IsOrgWide(action) {
		nodePath = id.rootPath
	}
	return bedside.Authorize(id.p, action, nodePath)
}

// checkCSRFForUI protects the River UI's own state-changing API calls (retry, cancel, delete
// jobs). Its front end sends no CSRF token, so changes must come from our own origin: the
// browser's Sec-Fetch-Site or Origin header says so, which a cross-site form cannot fake.
func (id *identity) checkCSRFForUI(r *http.Request) error {
	if id.csrf == "" || !unsafeMethod(r.Method) {
		return nil
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site == "same-origin" {
		return nil
	}
	if origin := r.Header.Get("Origin"); origin != "" && strings.TrimPrefix(strings.TrimPrefix(origin, "https://"), "http://") == r.Host {
		return nil
	}
	return bedside.Errorf(bedside.EFORBIDDEN, "cross-site request refused")
}
