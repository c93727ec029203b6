package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"

	"github.com/bedsidehq/bedside"
)

// MaxBodyBytes caps request bodies; a reply or a policy is far smaller.
const MaxBodyBytes = 1 << 20

var statusOf = map[string]int{
	bedside.EINVALID:      http.StatusBadRequest,
	bedside.EUNAUTHORIZED: http.StatusUnauthorized,
	bedside.EFORBIDDEN:    http.StatusForbidden,
	bedside.ENOTFOUND:     http.StatusNotFound,
	bedside.ECONFLICT:     http.StatusConflict,
	bedside.ETOOMANY:      http.StatusTooManyRequests,
	bedside.EINTERNAL:     http.StatusInternalServerError,
	"too_large":           http.StatusRequestEntityTooLarge,
	"unsupported_media":   http.StatusUnsupportedMediaType,
}

// apiError is the body of every error response: {"error": {"code", "message"}}.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// writeError answers with err's status and a caller-safe message; internal errors are logged
// with the request id and their detail, which never goes to the client.
func writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := bedside.ErrorCode(err)
	status, ok := statusOf[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		slog.ErrorContext(r.Context(), "request failed", "error", err, "request_id", requestID(r.Context()))
	}
	var body apiError
	body.Error.Code, body.Error.Message = code, bedside.ErrorMessage(err)
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // patient text in JSON stays inert if someone renders it as HTML
	enc.Encode(v)
}

// decodeJSON reads exactly one JSON object into v, refusing unknown fields, trailing data,
// other content types and bodies over MaxBodyBytes, each with a message saying what is wrong.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" {
			return &bedside.Error{Code: "unsupported_media", Message: fmt.Sprintf("Content-Type must be application/json (got %q)", ct)}
		}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return bedside.Errorf(bedside.EINVALID, "request body: unexpected data after the JSON object")
	}
	return nil
}

// jsonError turns a decoding failure into a message that says what and where.
func jsonError(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return &bedside.Error{Code: "too_large", Message: fmt.Sprintf("request body is larger than %d bytes", tooBig.Limit)}
	case errors.As(err, &syntax):
		return bedside.Errorf(bedside.EINVALID, "request body: malformed JSON at byte %d", syntax.Offset)
	case errors.As(err, &typ):
		return bedside.Errorf(bedside.EINVALID, "request body: field %q must be %s, not %s", typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.EOF):
		return bedside.Errorf(bedside.EINVALID, "request body: empty, expected a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return bedside.Errorf(bedside.EINVALID, "request body: JSON ends early")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return bedside.Errorf(bedside.EINVALID, "request body: unknown field %s", strings.TrimPrefix(err.Error(), "json: unknown field "))
	default:
		return bedside.Errorf(bedside.EINVALID, "request body: %v", err)
	}
}
