package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/store"
)

// parseFlags parses args and reports whether the command is already done: --help prints the
// usage to stdout and succeeds; a bad flag prints the error and usage to the flag set's output
// (stderr) and fails with exit code 2. Every command parses its flags through here.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) (code int, done bool) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0, true
		}
	}
	if err := fs.Parse(interspersed(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return 2, true
	}
	return 0, false
}

// interspersed moves positional arguments after the flags, so that "eval guard FILE --policy P"
// and "eval guard --policy P FILE" both parse (the flag package stops at the first positional).
func interspersed(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				continue
			}
			if i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	return append(append(flags, "--"), pos...)
}

const adminUsage = `Usage:
  bedside admin migrate      [--data-dir DIR | --database URL]
  bedside admin create-org   --name N --admin-email E --admin-password P [--slug S] [--data-dir DIR | --database URL]
  bedside admin token        --email E --name N [--data-dir DIR | --database URL]

migrate applies the embedded schema (serve also does on start); create-org creates an
organization with its first org admin; token prints a new API token for a user, once.
`

func runAdmin(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, adminUsage)
		return 2
	}
	sub, rest := args[0], args[1:]
	ctx := context.Background()
	fs := flag.NewFlagSet("bedside admin "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbc := databaseFlags(fs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), adminUsage+"\nFlags:\n"); fs.PrintDefaults() }
	var run func(st *store.Store) error
	switch sub {
	case "migrate":
		run = func(st *store.Store) error {
			fmt.Fprintf(stdout, "%s database is up to date\n", st.Dialect())
			return nil
		}
	case "create-org":
		name := fs.String("name", "", "organization name (required)")
		slug := fs.String("slug", "", "URL-safe identifier (default: from the name)")
		email := fs.String("admin-email", "", "email of the first org admin (required)")
		password := fs.String("admin-password", "", "password of the first org admin, at least 10 characters (required)")
		adminName := fs.String("admin-name", "", "display name of the first org admin (default: the email)")
		run = func(st *store.Store) error {
			if *name == "" || *email == "" || *password == "" {
				return fmt.Errorf("--name, --admin-email and --admin-password are required")
			}
			return createOrg(ctx, st, *name, *slug, *email, *adminName, *password, stdout)
		}
	case "token":
		email := fs.String("email", "", "the user the token acts as (required)")
		name := fs.String("name", "", "what the token is for, e.g. \"zapier\" (required)")
		run = func(st *store.Store) error {
			if *email == "" || *name == "" {
				return fmt.Errorf("--email and --name are required")
			}
			u, err := st.UserByEmail(ctx, *email)
			if err != nil {
				return fmt.Errorf("user %s: %w", *email, err)
			}
			secret, display, hash := auth.NewAPIToken()
			if _, err := st.Tenant(u.OrgID, bedside.Actor{Type: "system", Label: "bedside admin token"}).CreateToken(ctx, u.ID, *name, display, hash); err != nil {
				return err
			}
			fmt.Fprintln(stdout, secret)
			return nil
		}
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, adminUsage)
		return 0
	default:
		fmt.Fprintf(stderr, "bedside admin: unknown command %q\n\n%s", sub, adminUsage)
		return 2
	}
	if code, done := parseFlags(fs, rest, stdout); done {
		return code
	}
	st, err := openStore(ctx, dbc)
	if err != nil {
		fmt.Fprintf(stderr, "bedside admin %s: %v\n", sub, err)
		return 1
	}
	defer st.Close()
	if err := run(st); err != nil {
		fmt.Fprintf(stderr, "bedside admin %s: %v\n", sub, err)
		return 1
	}
	return 0
}

// createOrg creates the organization, its first user and the org-admin grant on the root.
// The steps are separate transactions; a failure after the organization exists names what to
// finish by hand rather than leaving a silent half-state.
func createOrg(ctx context.Context, st *store.Store, name, slug, email, adminName, password string, stdout io.Writer) error {
	if _, err := bedside.NormalizeEmail(email); err != nil {
		return err
	}
	hash, err := auth.HashPassword(password, auth.DefaultParams)
	if err != nil {
		return err
	}
	if _, err := st.UserByEmail(ctx, email); err == nil {
		return fmt.Errorf("email %s is already in use", email)
	}
	org, err := st.CreateOrganization(ctx, name, slug)
	if err != nil {
		return err
	}
	t := st.Tenant(org.ID, bedside.Actor{Type: "system", Label: "bedside admin create-org"})
	if adminName == "" {
		adminName = strings.SplitN(email, "@", 2)[0]
	}
	u, err := t.CreateUser(ctx, email, adminName, hash)
	if err != nil {
		return fmt.Errorf("organization %s was created but its admin was not: %w", org.Slug, err)
	}
	if _, err := t.GrantRole(ctx, u.ID, org.RootID, bedside.RoleOrgAdmin); err != nil {
		return fmt.Errorf("organization %s and user %s were created but the org_admin grant was not: %w", org.Slug, email, err)
	}
	fmt.Fprintf(stdout, "created organization %s (id %d, slug %s) with org admin %s\n", org.Name, org.ID, org.Slug, email)
	return nil
}

const auditUsage = `Usage:
  bedside audit verify [--data-dir DIR | --database URL]

verify walks every organization's hash-chained audit log. It exits 0 when every chain is intact,
and otherwise exits 1 naming the first broken event.
`

func runAudit(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "verify" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help" || args[0] == "help") {
			fmt.Fprint(stdout, auditUsage)
			return 0
		}
		fmt.Fprint(stderr, auditUsage)
		return 2
	}
	fs := flag.NewFlagSet("bedside audit verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dbc := databaseFlags(fs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), auditUsage+"\nFlags:\n"); fs.PrintDefaults() }
	if code, done := parseFlags(fs, args[1:], stdout); done {
		return code
	}
	ctx := context.Background()
	st, err := store.Open(ctx, *dbc) // no migration: verifying must not change the database
	if err != nil {
		fmt.Fprintf(stderr, "bedside audit verify: %v\n", err)
		return 1
	}
	defer st.Close()
	n, err := st.VerifyAudit(ctx)
	var brk *bedside.ChainBreak
	switch {
	case errors.As(err, &brk):
		fmt.Fprintf(stderr, "audit chain BROKEN: %v\n", brk)
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "bedside audit verify: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "audit chain intact: %d events verified\n", n)
	return 0
}
