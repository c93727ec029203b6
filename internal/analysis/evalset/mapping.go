package evalset

// The documented mappings from pxtextmining's labels to Bedside topic ids
// (docs/ANALYSIS.md explains each choice). Labels missing here have no
// Bedside counterpart ("Positive experience & gratitude", "Care received",
// "Staffing levels"...) and map to no topic: a comment carrying only such
// labels is scored as having no gold Bedside topic.

// Phase1Codes maps the phase 1 subcategory codes (development data).
var Phase1Codes = map[string]string{
	"sa": "staff_courtesy",    // Attitude Of Staff
	"ss": "staff_courtesy",    // Staff: General
	"sp": "provider_care",     // Professionalism/Competence Of Staff
	"ml": "provider_care",     // Listening
	"mi": "communication",     // Amount/clarity of information
	"mm": "communication",     // Communication
	"cs": "communication",     // Advice and support
	"ef": "facility",          // Food
	"eq": "facility",          // Facilities/equipment
	"ee": "facility",          // Environment/ facilities
	"ep": "facility",          // Parking/transport
	"al": "facility",          // Location
	"ec": "cleanliness",       // Cleanliness
	"wa": "wait_time",         // Time spent waiting for first appt/referral/service
	"wb": "wait_time",         // Time spent waiting between appointments
	"aa": "access_scheduling", // Access: General
	"cm": "pharmacy",          // Medication
	"cl": "outcome",           // Made A Difference To My Life
	"dd": "privacy",           // Dignity: General
}

// V6Topics maps the v6framework topic columns (held-out data).
var V6Topics = map[string]string{
	"Staff manner & personal attributes":                        "staff_courtesy",
	"Competence & training":                                     "provider_care",
	"Staff listening, understanding & involving patients":       "provider_care",
	"Unspecified communication":                                 "communication",
	"Information directly from staff during care":               "communication",
	"Information provision & guidance":                          "communication",
	"Being kept informed, clarity & consistency of information": "communication",
	"Contacting services":                                       "access_scheduling",
	"Appointment arrangements":                                  "access_scheduling",
	"Appointment method":                                        "telehealth",
	"Timeliness of care":                                        "wait_time",
	"Pain management":                                           "pain_management",
	"Cleanliness, tidiness & infection control":                 "cleanliness",
	"Provision of medical equipment":                            "facility",
	"Service location":                                          "facility",
	"Parking":                                                   "facility",
	"Electronic entertainment":                                  "facility",
	"Environment & Facilities":                                  "facility",
	"Food & drink provision & facilities":                       "facility",
	"Sensory experience":                                        "facility",
	"Supplying & understanding medication":                      "pharmacy",
	"Impact of treatment/ care":                                 "outcome",
}

// mapTopics converts source labels to a deduplicated Bedside topic list.
func mapTopics(labels []string, m map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range labels {
		if t, ok := m[l]; ok && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// targets is the set of Bedside topics a mapping can produce: only those
// are scored, so the NHS data is not held against topics it never labels
// (billing, for one).
func targets(m map[string]string) map[string]bool {
	s := map[string]bool{}
	for _, t := range m {
		s[t] = true
	}
	return s
}
