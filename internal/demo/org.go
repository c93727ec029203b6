package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // the demo must seed on hosts and containers without a zoneinfo database
)

// The organization is fictional: invented name, reserved .example domain, 555-01xx numbers
// (the range set aside for fiction in every area code).
const (
	orgName   = "Harborlight Health"
	orgShort  = "Harborlight"
	orgDomain = "harborlighthealth.example"
)

func organization() Organization {
	return Organization{
		Name:    orgName,
		Slug:    "harborlight-health",
		Website: "https://www." + orgDomain,
		Phone:   "+1 312-555-0100",
		Email:   "patientexperience@" + orgDomain,
		Domain:  orgDomain,
	}
}

// siteSpec is the fixed description of one location. Locations do not vary with the seed so
// that demo URLs and keys stay stable between runs; their providers and feedback do.
type siteSpec struct {
	slug      string // key without the "loc-" prefix
	name      string
	kind      string
	street    string
	city      string
	state     string
	zip       string
	area      string // telephone area code
	platforms string // g=google f=facebook i=instagram y=yelp h=healthgrades
	providers int
	short     string // how patients name the place: "the Oak Park urgent care"
}

type regionSpec struct {
	key, name, tz string
	sites         []siteSpec
}

var regionSpecs = []regionSpec{
	{key: "reg-northern-illinois", name: "Northern Illinois", tz: "America/Chicago", sites: []siteSpec{
		{"lakeview-hospital", "Harborlight Lakeview Hospital", LocationHospital, "3100 N Harborlight Way", "Chicago", "IL", "60613", "773", "gfiyh", 8, "Lakeview Hospital"},
		{"oak-park-urgent-care", "Harborlight Urgent Care – Oak Park", LocationUrgentCare, "418 Marion Commons Dr", "Oak Park", "IL", "60302", "708", "gfiyh", 3, "the Oak Park urgent care"},
		{"naperville-urgent-care", "Harborlight Urgent Care – Naperville", LocationUrgentCare, "1725 Prairie Lantern Rd", "Naperville", "IL", "60540", "630", "gfyh", 3, "the Naperville urgent care"},
		{"evanston-primary-care", "Harborlight Primary Care – Evanston", LocationPrimaryCare, "902 Linden Cove Ave", "Evanston", "IL", "60201", "847", "gfyh", 4, "the Evanston office"},
		{"logan-square-primary-care", "Harborlight Primary Care – Logan Square", LocationPrimaryCare, "2650 N Tillerman St", "Chicago", "IL", "60647", "773", "gfh", 3, "the Logan Square clinic"},
		{"wicker-park-dental", "Harborlight Dental – Wicker Park", LocationDental, "1539 W Copperleaf Ave", "Chicago", "IL", "60622", "773", "gfiy", 3, "Harborlight Dental in Wicker Park"},
		{"skokie-behavioral-health", "Harborlight Behavioral Health – Skokie", LocationBehavioralHealth, "5120 Quietwater Blvd", "Skokie", "IL", "60076", "847", "gh", 2, "the Skokie behavioral health clinic"},
		{"schaumburg-imaging", "Harborlight Imaging – Schaumburg", LocationImaging, "1400 Beaconfield Pkwy", "Schaumburg", "IL", "60173", "847", "gyh", 1, "the Schaumburg imaging center"},
	}},
	{key: "reg-front-range", name: "Front Range", tz: "America/Denver", sites: []siteSpec{
		{"foothills-medical-center", "Harborlight Foothills Medical Center", LocationHospital, "7800 W Aspenridge Pkwy", "Lakewood", "CO", "80228", "303", "gfiyh", 8, "Foothills Medical Center"},
		{"boulder-urgent-care", "Harborlight Urgent Care – Boulder", LocationUrgentCare, "2955 Flatiron Bend", "Boulder", "CO", "80301", "303", "gfiyh", 3, "the Boulder urgent care"},
		{"highlands-ranch-urgent-care", "Harborlight Urgent Care – Highlands Ranch", LocationUrgentCare, "9370 Kestrel Crossing", "Highlands Ranch", "CO", "80129", "720", "gfy", 3, "the Highlands Ranch urgent care"},
		{"colorado-springs-urgent-care", "Harborlight Urgent Care – Colorado Springs", LocationUrgentCare, "6215 Granite Arch Rd", "Colorado Springs", "CO", "80920", "719", "gfyh", 3, "the Colorado Springs urgent care"},
		{"capitol-hill-primary-care", "Harborlight Primary Care – Capitol Hill", LocationPrimaryCare, "1180 N Lantern Row", "Denver", "CO", "80203", "303", "gfiyh", 4, "the Capitol Hill clinic"},
		{"fort-collins-primary-care", "Harborlight Primary Care – Fort Collins", LocationPrimaryCare, "3421 Harvest Gate Dr", "Fort Collins", "CO", "80525", "970", "gfh", 3, "the Fort Collins office"},
		{"littleton-dental", "Harborlight Dental – Littleton", LocationDental, "8040 S Bluestem Ct", "Littleton", "CO", "80120", "303", "gfiy", 2, "the Littleton dental office"},
		{"englewood-behavioral-health", "Harborlight Behavioral Health – Englewood", LocationBehavioralHealth, "3300 S Stillwater Ln", "Englewood", "CO", "80113", "303", "gfh", 2, "the Englewood behavioral health office"},
		{"westminster-imaging", "Harborlight Imaging – Westminster", LocationImaging, "9105 Sheridan Overlook", "Westminster", "CO", "80031", "303", "gfyh", 1, "the Westminster imaging center"},
	}},
	{key: "reg-west-michigan", name: "West Michigan", tz: "America/Detroit", sites: []siteSpec{
		{"lakeshore-hospital", "Harborlight Lakeshore Hospital", LocationHospital, "600 Lighthouse Point Dr NE", "Grand Rapids", "MI", "49503", "616", "gfiyh", 8, "Lakeshore Hospital"},
		{"holland-urgent-care", "Harborlight Urgent Care – Holland", LocationUrgentCare, "455 Tulip Commons Ave", "Holland", "MI", "49423", "616", "gfiyh", 3, "the Holland urgent care"},
		{"kalamazoo-primary-care", "Harborlight Primary Care – Kalamazoo", LocationPrimaryCare, "2218 Millrace Rd", "Kalamazoo", "MI", "49008", "269", "gfyh", 4, "the Kalamazoo office"},
		{"wyoming-primary-care", "Harborlight Primary Care – Wyoming", LocationPrimaryCare, "1377 Birchgrove St SW", "Wyoming", "MI", "49509", "616", "gfh", 3, "the Wyoming clinic"},
		{"east-grand-rapids-dental", "Harborlight Dental – East Grand Rapids", LocationDental, "720 Reeds Shore Dr SE", "East Grand Rapids", "MI", "49506", "616", "gfiyh", 3, "the East Grand Rapids dental office"},
		{"muskegon-dental", "Harborlight Dental – Muskegon", LocationDental, "1890 Dune Harbor Rd", "Muskegon", "MI", "49441", "231", "gfy", 2, "the Muskegon dental office"},
		{"heritage-hill-behavioral-health", "Harborlight Behavioral Health – Heritage Hill", LocationBehavioralHealth, "315 Mapleview Terrace SE", "Grand Rapids", "MI", "49503", "616", "gfh", 2, "the Heritage Hill counseling center"},
	}},
}

// fallbackOffsets are standard-time offsets used only if the zone database cannot be loaded at
// all (time/tzdata is embedded, so this is a last resort that keeps Generate total).
var fallbackOffsets = map[string]int{
	"America/Chicago": -6 * 3600,
	"America/Denver":  -7 * 3600,
	"America/Detroit": -5 * 3600,
}

var zoneCache sync.Map // IANA name -> *time.Location

// zone returns the location for an IANA name, shared between calls so repeated Generate calls
// produce times with the identical *time.Location.
func zone(name string) *time.Location {
	if z, ok := zoneCache.Load(name); ok {
		return z.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = time.FixedZone(name, fallbackOffsets[name])
	}
	z, _ := zoneCache.LoadOrStore(name, loc)
	return z.(*time.Location)
}

// providerPlan is the specialty mix per location kind; a location with n providers takes the
// first n entries.
type providerRole struct {
	credential, specialty string
}

var providerPlan = map[string][]providerRole{
	LocationHospital: {
		{"MD", "Emergency Medicine"}, {"DO", "Emergency Medicine"}, {"MD", "Hospital Medicine"},
		{"MD", "Orthopedic Surgery"}, {"MD", "General Surgery"}, {"MD", "Obstetrics & Gynecology"},
		{"MD", "Cardiology"}, {"NP", "Emergency Medicine"},
	},
	LocationUrgentCare: {
		{"MD", "Family Medicine"}, {"PA-C", "Urgent Care"}, {"NP", "Family Medicine"},
	},
	LocationPrimaryCare: {
		{"MD", "Family Medicine"}, {"DO", "Internal Medicine"}, {"NP", "Family Medicine"}, {"MD", "Pediatrics"},
	},
	LocationDental: {
		{"DDS", "General Dentistry"}, {"DMD", "Pediatric Dentistry"}, {"DDS", "Orthodontics"},
	},
	LocationBehavioralHealth: {
		{"MD", "Psychiatry"}, {"LCSW", "Psychotherapy"}, {"PhD", "Clinical Psychology"}, {"NP", "Psychiatric Mental Health"},
	},
	LocationImaging: {
		{"MD", "Diagnostic Radiology"},
	},
}

// doctorTitle reports whether patients address this credential as "Dr.".
func doctorTitle(credential string) bool {
	switch credential {
	case "MD", "DO", "DDS", "DMD", "PhD", "PsyD":
		return true
	}
	return false
}

// buildRegions lays out the fixed locations and staffs them with seed-chosen providers. Last
// names are never reused, so "Dr. Okafor" in a review points at exactly one provider.
func buildRegions(r *rand.Rand) (regions []Region, femaleByKey map[string]bool) {
	female := shuffled(r, femaleFirstNames)
	male := shuffled(r, maleFirstNames)
	last := shuffled(r, lastNames)
	var fi, mi, li int
	regions = make([]Region, 0, len(regionSpecs))
	femaleByKey = make(map[string]bool)
	kindSeen := map[string]int{}
	n := 0
	for _, rs := range regionSpecs {
		reg := Region{Key: rs.key, Name: rs.name}
		for _, s := range rs.sites {
			n++
			loc := Location{
				Key:      "loc-" + s.slug,
				Name:     s.name,
				Kind:     s.kind,
				Street:   s.street,
				City:     s.city,
				State:    s.state,
				ZIP:      s.zip,
				Phone:    fmt.Sprintf("+1 %s-555-01%02d", s.area, n),
				TimeZone: rs.tz,
				Listings: listings(s, n),
			}
			plan := providerPlan[s.kind]
			for j := range s.providers {
				// Rotate through the plan so same-kind locations with few providers differ:
				// one behavioral clinic has a psychiatrist, the next a psychologist.
				role := plan[(kindSeen[s.kind]+j)%len(plan)]
				isFemale := r.IntN(100) < 56
				var first string
				if isFemale {
					first, fi = female[fi%len(female)], fi+1
				} else {
					first, mi = male[mi%len(male)], mi+1
				}
				lastName := last[li%len(last)]
				li++
				p := Provider{
					Key:        "prv-" + slugify(first+" "+lastName),
					Credential: role.credential,
					Specialty:  role.specialty,
				}
				if doctorTitle(role.credential) {
					p.Name = "Dr. " + first + " " + lastName
					p.RefName = "Dr. " + lastName
				} else {
					p.Name = first + " " + lastName
					p.RefName = first
				}
				loc.Providers = append(loc.Providers, p)
				femaleByKey[p.Key] = isFemale
			}
			kindSeen[s.kind]++
			reg.Locations = append(reg.Locations, loc)
		}
		regions = append(regions, reg)
	}
	return regions, femaleByKey
}

// listings invents platform ids for a site. They are derived from the site's position, not the
// seed, so a location keeps its listings across demo seeds.
func listings(s siteSpec, n int) map[string]string {
	m := make(map[string]string)
	for _, p := range s.platforms {
		switch p {
		case 'g':
			m[SourceGoogle] = fmt.Sprintf("accounts/104857392019283746501/locations/%d", 11593726401958372000+uint64(n)*7919)
		case 'f':
			m[SourceFacebook] = fmt.Sprintf("%d", 104398215560000+n*3301)
		case 'i':
			m[SourceInstagram] = fmt.Sprintf("%d", 17841400273000000+n*4099)
		case 'y':
			m[SourceYelp] = slugify(s.name) + "-" + slugify(s.city)
		case 'h':
			m[SourceHealthgrades] = fmt.Sprintf("hgst%014x", 0x3c9d1e7a20000+n*0x1f3b)
		}
	}
	return m
}

// users returns one demo login per role. Approver and responder are scoped to a region and a
// location inside it so that role scoping is visible in the demo.
func users(org Organization, regions []Region) []User {
	region := regions[0].Key
	location := regions[0].Locations[1].Key
	mk := func(first, last, role, node string) User {
		return User{
			Email:    strings.ToLower(first+"."+last) + "@" + org.Domain,
			Name:     first + " " + last,
			Password: "demo-" + role + "-2026",
			Role:     role,
			NodeKey:  node,
		}
	}
	return []User{
		mk("Morgan", "Ellison", RoleOrgAdmin, ""),
		mk("Dana", "Whitfield", RoleComplianceOfficer, ""),
		mk("Luis", "Ortega", RoleApprover, region),
		mk("Keisha", "Bramwell", RoleResponder, location),
		mk("Sam", "Lindgren", RoleAnalyst, ""),
	}
}

var slugFold = strings.NewReplacer("ó", "o", "ñ", "n", "é", "e", "á", "a", "í", "i", "ü", "u", "ł", "l", "ś", "s", "ć", "c", "č", "c", "–", "-")

// slugify lower-cases s and keeps ASCII letters and digits, joining the rest with single dashes.
func slugify(s string) string {
	s = slugFold.Replace(strings.ToLower(s))
	var b strings.Builder
	dash := false
	for _, c := range s {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
			continue
		}
		if c == '\'' {
			continue
		}
		dash = true
	}
	return b.String()
}

// shuffled returns a shuffled copy of xs.
func shuffled(r *rand.Rand, xs []string) []string {
	out := append([]string(nil), xs...)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
