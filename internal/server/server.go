// Package server is Bedside's HTTP adapter: the JSON API under /api/v1 (described by
// /api/v1/openapi.json), the server-rendered web application, health, readiness and metrics,
// and the River UI for org admins. Handlers authenticate, authorize through bedside.Authorize,
// and call the tenant-scoped store; they hold no business rules of their own.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/auth"
	"github.com/bedsidehq/bedside/internal/guard"
	"github.com/bedsidehq/bedside/internal/jobs"
	"github.com/bedsidehq/bedside/internal/store"
)

// Config holds what the server needs from outside.
type Config struct {
	Store  *store.Store
	Queue  *jobs.Queue // may be nil in tests that need no jobs
	Guard  *guard.Guard
	Logger *slog.Logger
	// PasswordParams default to auth.DefaultParams; tests use cheaper ones.
	PasswordParams *auth.Params
	// SessionTTL is how long a sign-in lasts (default 12 hours).
	SessionTTL time.Duration
}

// Server serves Bedside over HTTP.
type Server struct {
	store          *store.Store
	queue          *jobs.Queue
	guard          *guard.Guard
	log            *slog.Logger
	metrics        *metrics
	registry       *prometheus.Registry
	passwordParams auth.Params
	sessionTTL     time.Duration
	openapi        []byte
	ui             *ui
	handler        http.Handler
}

// New builds the server and its routes.
func New(cfg Config) (*Server, error) {
	s := &Server{store: cfg.Store, queue: cfg.Queue, guard: cfg.Guard, log: cfg.Logger,
		passwordParams: auth.DefaultParams, sessionTTL: cfg.SessionTTL, registry: prometheus.NewRegistry()}
	if s.log == nil {
		s.log = slog.Default()
	}
	if cfg.PasswordParams != nil {
		s.passwordParams = *cfg.PasswordParams
	}
	if s.sessionTTL == 0 {
		s.sessionTTL = 12 * time.Hour
	}
	if s.guard == nil {
		g, err := guard.New(nil)
		if err != nil {
			return nil, fmt.Errorf("compile default guard policy: %w", err)
		}
		s.guard = g
	}
	s.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s.metrics = newMetrics(s.registry)
	var err error
	if s.ui, err = newUI(); err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	var ops []operation
	for _, rt := range s.apiRoutes() {
		mux.Handle(rt.method+" "+rt.path, s.api(rt.handle))
		ops = append(ops, rt.operation)
	}
	ops = append(ops, operation{method: "GET", path: "/api/v1/openapi.json", tag: "meta", summary: "This document", public: true})
	if s.openapi, err = json.MarshalIndent(openAPIDoc(ops), "", "  "); err != nil {
		return nil, fmt.Errorf("encode OpenAPI document: %w", err)
	}
	mux.HandleFunc("GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(s.openapi)
	})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, bedside.Errorf(bedside.ENOTFOUND, "no API endpoint %s %s; see /api/v1/openapi.json", r.Method, r.URL.Path))
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.ready)
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{}))
	if s.queue != nil {
		mux.Handle(jobs.UIPrefix+"/", s.orgAdminOnly(s.queue.UI()))
	}
	s.routeUI(mux)
	s.handler = s.observe(mux)
	return s, nil
}

// Handler is the complete HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	checks := map[string]string{"database": "ok", "jobs": "ok"}
	status := http.StatusOK
	if err := s.store.Ping(ctx); err != nil {
		checks["database"], status = "unavailable", http.StatusServiceUnavailable
		s.log.WarnContext(ctx, "readiness: database", "error", err)
	}
	if s.queue == nil {
		checks["jobs"], status = "not running", http.StatusServiceUnavailable
	} else if err := s.queue.Ready(ctx); err != nil {
		checks["jobs"], status = "unavailable", http.StatusServiceUnavailable
		s.log.WarnContext(ctx, "readiness: jobs", "error", err)
	}
	writeJSON(w, status, checks)
}

// orgAdminOnly guards the River UI: a session (or token) with jobs.view on the organization.
func (s *Server) orgAdminOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, err := s.authenticate(r.Context(), r)
		if err == nil && id == nil {
			http.Redirect(w, r, "/login?next="+jobs.UIPrefix+"/", http.StatusSeeOther)
			return
		}
		if err == nil {
			err = id.checkCSRFForUI(r)
		}
		if err == nil {
			err = id.authorize(bedside.ActionViewJobs, "")
		}
		if err != nil {
			writeError(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Serve answers on ln until ctx ends, then shuts down gracefully: no new connections, and
// requests in flight get up to grace to finish. Every change runs in one transaction, so a
// request cut off by a hard kill leaves nothing half-written.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
