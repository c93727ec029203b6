// Package auth holds the secrets side of signing in: argon2id password hashes, random session
// and API-token secrets and their storage hashes, and CSRF token comparison. It does no I/O.
package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id cost parameters. The defaults follow RFC 9106's second recommended
// option (64 MiB, 3 passes) scaled to a 2-core server.
type Params struct {
	Time    uint32
	Memory  uint32 // KiB
	Threads uint8
}

// DefaultParams is what new hashes use.
var DefaultParams = Params{Time: 3, Memory: 64 * 1024, Threads: 2}

// MinPasswordLength is the shortest password accepted (NIST SP 800-63B).
const MinPasswordLength = 10

// ErrMismatch is returned when a password does not match its hash.
var ErrMismatch = errors.New("password does not match")

// HashPassword returns an encoded argon2id hash in the PHC string format.
func HashPassword(password string, p Params) (string, error) {
	if len(password) < MinPasswordLength {
		return "", fmt.Errorf("password: at least %d characters", MinPasswordLength)
	}
	if len(password) > 1024 {
		return "", fmt.Errorf("password: at most 1024 bytes")
	}
	salt := make([]byte, 16)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, 32)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.Memory, p.Time, p.Threads,
		base64.RawStdEncoding.EncodeToString(salt), base64.RawStdEncoding.EncodeToString(key)), nil
}

// CheckPassword compares password with an encoded hash in constant time.
func CheckPassword(encoded, password string) error {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return fmt.Errorf("unsupported password hash format")
	}
	var p Params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil {
		return fmt.Errorf("password hash parameters: %w", err)
	}
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	if err != nil {
		return fmt.Errorf("password hash salt: %w", err)
	}
	want, err := base64.RawStdEncoding.DecodeString(parts[5])
	if err != nil {
		return fmt.Errorf("password hash key: %w", err)
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

// dummyHash is checked against when a sign-in names an unknown account, so that the response
// takes as long as for a known one and does not reveal which addresses exist.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("not-a-real-password-ever", DefaultParams)
	return h
})

// SpendPasswordTime does the work of one password check and discards it.
func SpendPasswordTime(password string) { _ = CheckPassword(dummyHash(), password) }

// NewSecret returns 32 random bytes, URL-safe encoded, with an optional prefix.
func NewSecret(prefix string) string {
	b := make([]byte, 32)
	rand.Read(b)
	return prefix + base64.RawURLEncoding.EncodeToString(b)
}

// TokenPrefix marks Bedside API tokens so secret scanners can recognise leaked ones.
const TokenPrefix = "bsd_"

// NewAPIToken returns a new API token secret, the short prefix shown in lists, and the hash
// to store.
func NewAPIToken() (secret, display, hash string) {
	secret = NewSecret(TokenPrefix)
	return secret, secret[:len(TokenPrefix)+6], HashSecret(secret)
}

// HashSecret is the storage hash of a high-entropy secret (session cookie, API token). A fast
// hash is right here: the secrets are random, so there is nothing to brute-force.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// EqualTokens compares two CSRF tokens in constant time.
func EqualTokens(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
