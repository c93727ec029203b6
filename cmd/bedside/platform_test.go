package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/bedsidehq/bedside/internal/store"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpForEveryCommand(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"serve", "--help"}, {"admin", "--help"}, {"admin", "migrate", "--help"},
		{"admin", "create-org", "--help"}, {"admin", "token", "--help"}, {"audit", "--help"}, {"audit", "verify", "--help"},
		{"eval", "--help"},
	} {
		code, out, errs := runCmd(t, args...)
		if code != 0 || !strings.Contains(out+errs, "Usage") {
			t.Errorf("%v: exit %d, output %q", args, code, out+errs)
		}
	}
	if code, _, errs := runCmd(t, "frobnicate"); code == 0 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: exit %d %q", code, errs)
	}
}

// TestAdminAndAuditVerify bootstraps an organization and a token from the command line, then
// edits an audit row straight in the SQLite file and expects verify to fail naming it.
func TestAdminAndAuditVerify(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCmd(t, "admin", "create-org", "--data-dir", dir, "--name", "Lakeside Clinics", "--admin-email", "boss@lakeside.test", "--admin-password", "a long enough password")
	if code != 0 || !strings.Contains(out, "created organization Lakeside Clinics") {
		t.Fatalf("create-org: %d %s %s", code, out, errs)
	}
	code, _, errs = runCmd(t, "admin", "create-org", "--data-dir", dir, "--name", "Lakeside Clinics", "--admin-email", "boss2@lakeside.test", "--admin-password", "a long enough password")
	if code == 0 || !strings.Contains(errs, "already exists") {
		t.Fatalf("duplicate org: %d %s", code, errs)
	}
	code, _, errs = runCmd(t, "admin", "create-org", "--data-dir", dir, "--name", "X")
	if code == 0 || !strings.Contains(errs, "required") {
		t.Fatalf("missing flags: %d %s", code, errs)
	}
	code, tok, errs := runCmd(t, "admin", "token", "--data-dir", dir, "--email", "boss@lakeside.test", "--name", "ci")
	if code != 0 || !strings.HasPrefix(tok, "bsd_") {
		t.Fatalf("token: %d %q %s", code, tok, errs)
	}
	code, out, _ = runCmd(t, "audit", "verify", "--data-dir", dir)
	if code != 0 || !strings.Contains(out, "intact") {
		t.Fatalf("verify intact: %d %s", code, out)
	}

	db, err := sql.Open("sqlite", filepath.Join(dir, "bedside.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var id int64
	db.QueryRow(`SELECT id FROM audit_events WHERE action = 'user.create'`).Scan(&id)
	if _, err := db.Exec(`UPDATE audit_events SET actor_label = 'someone else' WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runCmd(t, "audit", "verify", "--data-dir", dir)
	if code == 0 || !strings.Contains(errs, fmt.Sprintf("audit event %d", id)) {
		t.Fatalf("verify after edit: exit %d, %q (want it to name event %d)", code, errs, id)
	}
}

func TestAdminOnPostgres(t *testing.T) {
	pgURL := storetest.PostgresURL(t)
	code, out, errs := runCmd(t, "admin", "migrate", "--database", pgURL)
	if code != 0 || !strings.Contains(out, "postgres database is up to date") {
		t.Fatalf("migrate: %d %s %s", code, out, errs)
	}
	code, _, errs = runCmd(t, "admin", "create-org", "--database", pgURL, "--name", "PG Health", "--admin-email", "a@pg.test", "--admin-password", "a long enough password")
	if code != 0 {
		t.Fatalf("create-org: %s", errs)
	}
	code, out, errs = runCmd(t, "audit", "verify", "--database", pgURL)
	if code != 0 {
		t.Fatalf("verify: %s %s", out, errs)
	}
}

// TestServeEndToEnd builds the binary and runs `bedside serve --demo` as a user would: it must
// print the demo logins, answer health checks, let a demo user sign in with the printed
// password, and stop cleanly on SIGTERM.
func TestServeEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "bedside")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	cmd := exec.Command(bin, "serve", "--demo", "--addr", "127.0.0.1:0", "--data-dir", dir)
	stdout, _ := cmd.StdoutPipe()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	logins := map[string][2]string{}
	var addr string
	sc := bufio.NewScanner(stdout)
	loginLine := regexp.MustCompile(`^demo login: (\S+) (\S+) \((\w+)\)$`)
	for sc.Scan() {
		line := sc.Text()
		if m := loginLine.FindStringSubmatch(line); m != nil {
			logins[m[3]] = [2]string{m[1], m[2]}
		}
		if a, ok := strings.CutPrefix(line, "bedside listening on "); ok {
			addr = a
			break
		}
	}
	if addr == "" {
		t.Fatalf("server did not start: %s", stderr.String())
	}
	go io.Copy(io.Discard, stdout)
	for _, role := range []string{"org_admin", "compliance_officer", "approver", "responder", "analyst"} {
		if _, ok := logins[role]; !ok {
			t.Fatalf("no demo login printed for %s", role)
		}
	}
	res, err := http.Get(addr + "/readyz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("readyz: %v %v", res, err)
	}
	// Sign in with the printed credentials through the login form.
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err = c.Get(addr + "/login")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	csrf := regexp.MustCompile(`name="csrf_token" value="([^"]+)"`).FindSubmatch(page)[1]
	admin := logins["org_admin"]
	res, err = c.PostForm(addr+"/login", map[string][]string{"email": {admin[0]}, "password": {admin[1]}, "csrf_token": {string(csrf)}})
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("demo sign-in: %v %v", res.StatusCode, err)
	}
	res, _ = c.Get(addr + "/")
	page, _ = io.ReadAll(res.Body)
	res.Body.Close()
	feedback := regexp.MustCompile(`id="feedback-count">(\d+)<`).FindSubmatch(page)
	locations := regexp.MustCompile(`id="location-count">(\d+)<`).FindSubmatch(page)
	if feedback == nil || locations == nil {
		t.Fatalf("demo shell lacks its counts: %s", page)
	}
	if n, _ := strconv.Atoi(string(feedback[1])); n < 2000 {
		t.Fatalf("demo shell shows %d feedback items, want a year's worth", n)
	}
	if n, _ := strconv.Atoi(string(locations[1])); n < 20 || n > 28 {
		t.Fatalf("demo shell shows %d locations", n)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve exit after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
	// Patient text never reaches the log at the default level.
	st, err := store.Open(context.Background(), store.Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var sample string
	st.DB().QueryRow(`SELECT text FROM feedback WHERE length(text) > 40 LIMIT 1`).Scan(&sample)
	if sample == "" || strings.Contains(stderr.String(), sample[:40]) {
		t.Fatalf("patient text in the log (or no sample): %q", sample)
	}
	os.RemoveAll(dir)
}
