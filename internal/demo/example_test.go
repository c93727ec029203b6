package demo_test

import (
	"fmt"
	"time"

	"github.com/bedsidehq/bedside/internal/demo"
)

func ExampleGenerate() {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	ds := demo.Generate(1, now)
	fmt.Println(ds.Organization.Name, len(ds.Regions), "regions", len(ds.Locations()), "locations")
	for _, u := range ds.Users {
		fmt.Println(u.LoginLine())
	}
	// Output:
	// Harborlight Health 3 regions 24 locations
	// demo login: morgan.ellison@harborlighthealth.example demo-org_admin-2026 (org_admin)
	// demo login: dana.whitfield@harborlighthealth.example demo-compliance_officer-2026 (compliance_officer)
	// demo login: luis.ortega@harborlighthealth.example demo-approver-2026 (approver)
	// demo login: keisha.bramwell@harborlighthealth.example demo-responder-2026 (responder)
	// demo login: sam.lindgren@harborlighthealth.example demo-analyst-2026 (analyst)
}
