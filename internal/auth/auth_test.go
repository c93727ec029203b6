package auth

import (
	"strings"
	"testing"
)

var fast = Params{Time: 1, Memory: 1024, Threads: 1}

func TestPasswordRoundTrip(t *testing.T) {
	h, err := HashPassword("correct horse battery", fast)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=1024,t=1,p=1$") {
		t.Fatalf("hash format: %s", h)
	}
	if err := CheckPassword(h, "correct horse battery"); err != nil {
		t.Fatalf("right password refused: %v", err)
	}
	if err := CheckPassword(h, "correct horse batterY"); err != ErrMismatch {
		t.Fatalf("wrong password: %v", err)
	}
	h2, _ := HashPassword("correct horse battery", fast)
	if h == h2 {
		t.Fatal("two hashes of one password are equal: salt missing")
	}
	if _, err := HashPassword("short", fast); err == nil {
		t.Fatal("short password accepted")
	}
	if err := CheckPassword("$bcrypt$whatever", "x"); err == nil || err == ErrMismatch {
		t.Fatalf("foreign hash format: %v", err)
	}
}

func TestTokens(t *testing.T) {
	secret, display, hash := NewAPIToken()
	if !strings.HasPrefix(secret, TokenPrefix) || !strings.HasPrefix(secret, display) || len(secret) < 40 {
		t.Fatalf("token shape: %q %q", secret, display)
	}
	if hash != HashSecret(secret) || hash == secret {
		t.Fatal("token hash not stable or not a hash")
	}
	other, _, _ := NewAPIToken()
	if other == secret {
		t.Fatal("tokens repeat")
	}
	if !EqualTokens("abc", "abc") || EqualTokens("abc", "abd") || EqualTokens("", "") {
		t.Fatal("EqualTokens wrong")
	}
}
