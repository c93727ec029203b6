package store_test

import (
	"fmt"
	"testing"

	"github.com/bedsidehq/bedside"
	"github.com/bedsidehq/bedside/internal/store/storetest"
)

// BenchmarkAuditVerify measures verifying a chain of 10,000 events on SQLite.
func BenchmarkAuditVerify(b *testing.B) {
	s := storetest.SQLite(b)
	org, err := s.CreateOrganization(ctx, "Bench", "bench")
	if err != nil {
		b.Fatal(err)
	}
	t := s.Tenant(org.ID, admin)
	for i := 0; i < 10000; i++ {
		if err := t.RecordView(ctx, "feedback", int64(i)); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n, err := s.VerifyAudit(ctx)
		if err != nil || n != 10001 {
			b.Fatalf("verified %d: %v", n, err)
		}
	}
	b.ReportMetric(10001, "events/op")
}

// BenchmarkCreateNode measures one audited write transaction on SQLite.
func BenchmarkCreateNode(b *testing.B) {
	s := storetest.SQLite(b)
	org, err := s.CreateOrganization(ctx, "Bench", "bench")
	if err != nil {
		b.Fatal(err)
	}
	t := s.Tenant(org.ID, admin)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := t.CreateNode(ctx, &bedside.Node{ParentID: org.RootID, Kind: bedside.KindGroup, Name: fmt.Sprint("Region ", i)}); err != nil {
			b.Fatal(err)
		}
	}
}
