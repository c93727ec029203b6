package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/bedsidehq/bedside/internal/analysis"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/demo"
	"github.com/bedsidehq/bedside/internal/guard"
	"github.com/bedsidehq/bedside/internal/ingest"
	"github.com/bedsidehq/bedside/internal/jobs"
	"github.com/bedsidehq/bedside/internal/server"
	"github.com/bedsidehq/bedside/internal/store"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bedside serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr("BEDSIDE_ADDR", "127.0.0.1:8080"), "address to listen on (env BEDSIDE_ADDR)")
	dbc := databaseFlags(fs)
	withDemo := fs.Bool("demo", false, "seed the demo organization on first start and print its logins")
	demoSeed := fs.Int64("demo-seed", 1, "seed for the demo data; the same seed gives the same organization and feedback")
	logLevel := fs.String("log-level", envOr("BEDSIDE_LOG_LEVEL", "info"), "debug, info, warn or error (env BEDSIDE_LOG_LEVEL); patient text is only ever logged at debug")
	logFormat := fs.String("log-format", envOr("BEDSIDE_LOG_FORMAT", "text"), "text or json (env BEDSIDE_LOG_FORMAT)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: bedside serve [--addr 127.0.0.1:8080] [--data-dir ./bedside-data | --database postgres://…] [--demo]\n\nRuns the web application, the JSON API and the job workers.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(stderr, "bedside serve: --log-level %q: use debug, info, warn or error\n", *logLevel)
		return 2
	}
	hopts := &slog.HandlerOptions{Level: level}
	var handler slog.Handler = slog.NewTextHandler(stderr, hopts)
	if *logFormat == "json" {
		handler = slog.NewJSONHandler(stderr, hopts)
	}
	log := slog.New(handler)
	slog.SetDefault(log)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, log, *addr, dbc, *withDemo, *demoSeed, stdout); err != nil {
		fmt.Fprintf(stderr, "bedside serve: %v\n", err)
		return 1
	}
	return 0
}

func serve(ctx context.Context, log *slog.Logger, addr string, cfg *store.Config, withDemo bool, demoSeed int64, stdout io.Writer) error {
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	log.Info("database ready", "engine", st.Dialect())

	// One guard and one analyzer for the whole process: compiled once, safe for concurrent use.
	g, err := guard.New(guard.DefaultPolicy())
	if err != nil {
		return fmt.Errorf("compile guard policy: %w", err)
	}
	analyzer, err := analysis.New(g)
	if err != nil {
		return err
	}
	ingester := ingest.New(analyzer)

	if withDemo {
		start := time.Now()
		// The anchor is the start of today (UTC), so restarts on one day produce the same data.
		ds := demo.Generate(demoSeed, time.Now().UTC().Truncate(24*time.Hour))
		res, err := demo.Seed(ctx, st, ingester, ds, auth.DefaultParams)
		if err != nil {
			return fmt.Errorf("seed demo: %w", err)
		}
		log.Info("demo organization ready", "organization", res.Organization.Name, "created", res.Created,
			"feedback_inserted", res.Feedback, "seconds", time.Since(start).Seconds())
		for _, u := range ds.Users {
			fmt.Fprintln(stdout, u.LoginLine())
		}
	}

	queue, err := jobs.New(ctx, st, jobs.Options{Logger: log})
	if err != nil {
		return err
	}
	if err := queue.Start(ctx); err != nil {
		return err
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := queue.Stop(stopCtx); err != nil {
			log.Warn("job queue stop", "error", err)
		}
	}()

	srv, err := server.New(server.Config{Store: st, Queue: queue, Guard: g, Logger: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	fmt.Fprintf(stdout, "bedside listening on http://%s\n", ln.Addr())
	log.Info("listening", "addr", ln.Addr().String())
	if err := srv.Serve(ctx, ln, 25*time.Second); err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}
