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
	"sync"
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
		{"eval", "--help"}, {"eval", "guard", "--help"}, {"eval", "analysis", "--help"}, {"check", "--help"}, {"analyze", "--help"},
	} {
		code, out, errs := runCmd(t, args...)
		if code != 0 || !strings.Contains(out, "Usage") || errs != "" {
			t.Errorf("%v: exit %d, want usage on stdout only; stdout %q stderr %q", args, code, out, errs)
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

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds the bedside command once per test run.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "bedside-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "bedside")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// served is a running `bedside serve` process.
type served struct {
	cmd    *exec.Cmd
	addr   string
	logins map[string][2]string // role → email, password
	stderr *bytes.Buffer
}

// startServe runs `bedside serve` with args and waits until it listens.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	cmd := exec.Command(binary(t), append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	stdout, _ := cmd.StdoutPipe()
	s := &served{cmd: cmd, logins: map[string][2]string{}, stderr: &bytes.Buffer{}}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	sc := bufio.NewScanner(stdout)
	loginLine := regexp.MustCompile(`^demo login: (\S+) (\S+) \((\w+)\)$`)
	for sc.Scan() {
		line := sc.Text()
		if m := loginLine.FindStringSubmatch(line); m != nil {
			s.logins[m[3]] = [2]string{m[1], m[2]}
		}
		if a, ok := strings.CutPrefix(line, "bedside listening on "); ok {
			s.addr = a
			break
		}
	}
	if s.addr == "" {
		t.Fatalf("server did not start: %s", s.stderr.String())
	}
	go io.Copy(io.Discard, stdout)
	return s
}

// stop sends SIGTERM and expects a clean exit.
func (s *served) stop(t *testing.T) {
	t.Helper()
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve exit after SIGTERM: %v\n%s", err, s.stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
}

// TestServeEndToEnd runs `bedside serve --demo` as a user would: it must print the demo logins,
// answer health checks, let a demo user sign in with the printed password, keep patient text
// out of the log, and stop cleanly on SIGTERM.
func TestServeEndToEnd(t *testing.T) {
	dir := t.TempDir()
	srv := startServe(t, "--demo", "--data-dir", dir)
	addr, logins := srv.addr, srv.logins
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
	srv.stop(t)
	// Patient text never reaches the log at the default level.
	st, err := store.Open(context.Background(), store.Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var sample string
	st.DB().QueryRow(`SELECT text FROM feedback WHERE length(text) > 40 LIMIT 1`).Scan(&sample)
	if sample == "" || strings.Contains(srv.stderr.String(), sample[:40]) {
		t.Fatalf("patient text in the log (or no sample): %q", sample)
	}
}

// TestServeSurvivesKill kills serve with SIGKILL while it seeds the demo, restarts it, and
// expects a complete demo and an intact audit chain: every write is transactional and seeding
// resumes where it stopped.
func TestServeSurvivesKill(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(binary(t), "serve", "--demo", "--addr", "127.0.0.1:0", "--data-dir", dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(700 * time.Millisecond) // somewhere in migration or seeding
	cmd.Process.Kill()
	cmd.Wait()

	srv := startServe(t, "--demo", "--data-dir", dir)
	srv.stop(t)
	fresh := t.TempDir()
	srv = startServe(t, "--demo", "--data-dir", fresh)
	srv.stop(t)

	counts := func(dir string) [3]int {
		st, err := store.Open(context.Background(), store.Config{DataDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		var c [3]int
		st.DB().QueryRow(`SELECT COUNT(*) FROM nodes`).Scan(&c[0])
		st.DB().QueryRow(`SELECT COUNT(*) FROM users`).Scan(&c[1])
		st.DB().QueryRow(`SELECT COUNT(*) FROM feedback`).Scan(&c[2])
		return c
	}
	if got, want := counts(dir), counts(fresh); got != want {
		t.Fatalf("after a kill and restart: nodes, users, feedback = %v; a clean start gives %v", got, want)
	}
	if code, out, errs := runCmd(t, "audit", "verify", "--data-dir", dir); code != 0 {
		t.Fatalf("audit chain after kill: %s %s", out, errs)
	}
}

// TestTwoServersOnePostgres runs two serve processes on one PostgreSQL database, as two nodes
// behind a load balancer: both become ready and share the demo organization.
func TestTwoServersOnePostgres(t *testing.T) {
	pgURL := storetest.PostgresURL(t)
	a := startServe(t, "--demo", "--database", pgURL)
	b := startServe(t, "--demo", "--database", pgURL)
	for _, s := range []*served{a, b} {
		res, err := http.Get(s.addr + "/readyz")
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("%s not ready: %v %v\n%s", s.addr, res, err, s.stderr.String())
		}
	}
	st, err := store.Open(context.Background(), store.Config{DatabaseURL: pgURL})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var orgs int
	st.DB().QueryRow(`SELECT COUNT(*) FROM organizations`).Scan(&orgs)
	if orgs != 1 {
		t.Fatalf("two nodes seeded %d demo organizations", orgs)
	}
	// The periodic session cleanup is scheduled by River's elected leader: once for the
	// cluster, not once per node.
	cleanups := func() (n int) {
		st.DB().QueryRow(`SELECT COUNT(*) FROM river_job WHERE kind = 'session_cleanup'`).Scan(&n)
		return n
	}
	deadline := time.Now().Add(30 * time.Second)
	for cleanups() == 0 && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // room for a second node's duplicate, if there were one
	if n := cleanups(); n != 1 {
		t.Fatalf("session cleanup was enqueued %d times by two nodes, want once", n)
	}
	a.stop(t)
	b.stop(t)
	if n, err := st.VerifyAudit(context.Background()); err != nil || n == 0 {
		t.Fatalf("audit after two nodes: %d %v", n, err)
	}
}
