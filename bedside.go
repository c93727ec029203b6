// Package bedside holds the domain of the product: organizations and their location tree, users
// and the roles granted on that tree, the single authorization decision, and the audit chain.
// It does no I/O. Storage (internal/store), HTTP (internal/server), jobs (internal/jobs) and the
// command line (cmd/bedside) are adapters around these types.
package bedside

import (
	"errors"
	"fmt"
)

// Error codes. They map one-to-one onto HTTP statuses and API error codes, so a storage error
// reaches the client with the right meaning without the storage layer knowing about HTTP.
const (
	EINVALID      = "invalid"      // the request is malformed or breaks a rule (400)
	EUNAUTHORIZED = "unauthorized" // no valid session or token (401)
	EFORBIDDEN    = "forbidden"    // authenticated, but the role does not allow it (403)
	ENOTFOUND     = "not_found"    // missing, or belongs to another tenant (404)
	ECONFLICT     = "conflict"     // clashes with existing state (409)
	ETOOMANY      = "too_many"     // throttled (429)
	EINTERNAL     = "internal"     // a bug or an unreachable dependency (500)
)

// Error is an application error whose Message is safe to show to the caller. Wrapped
// lower-level errors keep their detail for logs only.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other error
// and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the caller-safe message of err; internal errors get a generic text so
// that no SQL, path or patient text leaks to a client.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
