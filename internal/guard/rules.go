package guard

// ruleInfo documents one built-in rule: what it is about, its default severity, the
// plain-language explanation shown to the person writing, and a safer alternative.
type ruleInfo struct {
	Category    string
	Severity    Severity
	Message     string
	Alternative string
}

// Safer wording offered where removing the words is not enough.
const (
	altGeneric = "Remove this detail. A safe reply speaks in general terms: \"Thank you for your feedback. We take every concern seriously and would welcome the chance to learn more; please contact our Patient Relations team directly.\""
	altOffline = "Add an invitation to continue privately, for example: \"Please contact our Patient Relations team at [your organization's phone or email] so we can look into this with you.\""
	altVisit   = "Say it without confirming care: \"Thank you for taking the time to share your feedback.\""
	altTone    = "Acknowledge without arguing: \"We're sorry to hear this was your experience. We'd like to understand more; please contact us directly.\""
	altAdvice  = "Don't advise online: \"For questions about your health, please contact your care team directly or call 911 in an emergency.\""
	altPromise = "Describe, don't promise: \"Our team works to provide the best possible care.\""
)

// rules is the catalogue of built-in rules. docs/GUARD.md lists the same ids.
var rules = map[string]ruleInfo{
	"person_name":            {"identifier", SeverityBlock, "This looks like a person's name. Naming a patient or a family member in public is a HIPAA disclosure, even if they named themselves.", altGeneric},
	"reviewer_name":          {"identifier", SeverityWarn, "This is the reviewer's own name or handle. Addressing them by name ties your reply to them as a patient; a neutral greeting is safer.", "Use a neutral greeting such as \"Hello,\" or \"Thank you for your feedback.\""},
	"provider_named":         {"visit", SeverityWarn, "This names a provider. Naming the provider the patient saw confirms who treated them.", "Refer to \"our team\" instead of a named provider."},
	"care_action":            {"visit", SeverityBlock, "This says your team gave the person care or billed them (admitted, examined, prescribed, referred, charged...). Saying what was done to someone discloses their care, not only that they were a patient.", altVisit},
	"treatment_outcome":      {"health", SeverityBlock, "This reacts to how the person's treatment or recovery is going, which tells readers they were treated and how it went.", altGeneric},
	"visit_specifics":        {"visit", SeverityBlock, "This states who the patient saw or when; visit specifics are protected health information.", altVisit},
	"date":                   {"identifier", SeverityBlock, "This is a specific date tied to the patient. Any date other than the year (visit, admission, discharge, birth) is a HIPAA identifier.", "Remove the date; say \"recently\" only if you must, or nothing at all."},
	"time":                   {"identifier", SeverityBlock, "This gives the time of the patient's visit, which confirms they were here and when.", "Remove the time of the visit."},
	"age_over_89":            {"identifier", SeverityBlock, "Ages over 89 are HIPAA identifiers because so few people are that old.", "Remove the age."},
	"street_address":         {"identifier", SeverityBlock, "This is a street address. Addresses other than your own public ones identify a person.", altGeneric},
	"city_state":             {"identifier", SeverityBlock, "A town or city tied to a person is a HIPAA identifier (anything smaller than a state).", altGeneric},
	"zip_code":               {"identifier", SeverityBlock, "ZIP codes are HIPAA identifiers when tied to a person.", altGeneric},
	"phone":                  {"identifier", SeverityBlock, "This phone or fax number is not on your organization's allow-list, so it may be the patient's. Only publish your own numbers.", "Use your organization's own number (add it to the policy allow-list)."},
	"email":                  {"identifier", SeverityBlock, "This email address is not on your organization's allow-list, so it may be the patient's. Only publish your own addresses.", "Use your organization's own address (add it to the policy allow-list)."},
	"url":                    {"identifier", SeverityBlock, "This web address is not on your organization's allow-list. Links to other sites can identify people or lead to their information.", "Link only to your organization's own site (add it to the policy allow-list)."},
	"ip_address":             {"identifier", SeverityBlock, "IP addresses are HIPAA identifiers.", "Remove the IP address."},
	"ssn":                    {"identifier", SeverityBlock, "This is all or part of a Social Security number. Even the last four digits are an identifier.", "Remove the number entirely."},
	"mrn":                    {"identifier", SeverityBlock, "This is a medical record or patient ID number.", "Remove the number; never refer to records in public."},
	"health_plan_number":     {"identifier", SeverityBlock, "This is a health plan, member, policy or group number.", "Remove the number."},
	"account_number":         {"identifier", SeverityBlock, "This is an account, claim, invoice or card number.", "Remove the number."},
	"license_number":         {"identifier", SeverityBlock, "This is a certificate or license number.", "Remove the number."},
	"vehicle_number":         {"identifier", SeverityBlock, "This is a vehicle identifier (plate or VIN).", "Remove the number."},
	"device_number":          {"identifier", SeverityBlock, "This is a device identifier or serial number.", "Remove the number."},
	"unique_code":            {"identifier", SeverityBlock, "This long number or code could identify a person or their records.", "Remove the number."},
	"health_condition":       {"health", SeverityBlock, "This names a condition or diagnosis tied to the person you are answering. Saying what someone has, or had, discloses their health.", altGeneric},
	"health_symptom":         {"health", SeverityBlock, "This names a symptom tied to the person you are answering. Repeating or describing their symptoms discloses health information.", altGeneric},
	"health_procedure":       {"health", SeverityBlock, "This names a procedure or treatment tied to the person you are answering.", altGeneric},
	"health_test":            {"health", SeverityBlock, "This names a test or result tied to the person you are answering.", altGeneric},
	"health_medication":      {"health", SeverityBlock, "This names a medication tied to the person you are answering.", altGeneric},
	"care_setting":           {"health", SeverityBlock, "This names where the person was cared for (a department, unit or room), which confirms they were a patient there.", altVisit},
	"insurance_billing":      {"health", SeverityBlock, "This is an insurance or billing detail about the person you are answering. Payment information is protected health information.", "Invite them to contact your billing office privately instead."},
	"health_echo":            {"health", SeverityBlock, "This repeats a health detail from the patient's own post. Their public disclosure does not allow you to repeat it.", altGeneric},
	"family_health":          {"health", SeverityBlock, "This ties health information to the patient's family member. Family members' information is protected too.", altGeneric},
	"records_disclosure":     {"records", SeverityBlock, "This says you looked at or know the patient's records. That confirms they are a patient and discloses what the records hold.", altVisit},
	"patient_in_post":        {"identifier", SeverityBlock, "This post identifies a patient. Stories about patients need their written HIPAA authorization and should go through your compliance officer.", "Remove the patient's name and details, or publish only with a signed authorization."},
	"relationship_confirmed": {"relationship", SeverityWarn, "This confirms the person is or was your patient. Even without details, confirming the relationship is a disclosure; a neutral reply is safer.", altVisit},
	"tone_defensive":         {"tone", SeverityWarn, "This sounds defensive or blames the reviewer. Arguing in public escalates complaints and tends to lead to disclosures.", altTone},
	"no_offline_invitation":  {"tone", SeverityWarn, "The reviewer is unhappy and this reply doesn't invite them to continue privately. Offer your own phone or email so the conversation leaves the public page.", altOffline},
	"medical_advice":         {"advice", SeverityWarn, "This gives medical advice in public. Advice belongs in a private conversation with the patient's care team.", altAdvice},
	"guarantee":              {"promise", SeverityWarn, "This promises or guarantees an outcome. Outcome guarantees are misleading and can become a liability.", altPromise},
	"profanity":              {"tone", SeverityWarn, "This word is profanity. Keep public replies and posts professional.", "Remove the word."},
	"possible_disclosure":    {"review", SeverityBlock, "The guard's learned check reads this as describing the person's own visit, condition, treatment or records, in words its rules do not know. Replies and posts must not confirm or describe anyone's care. If it refers to their care, rewrite it in general terms.", altGeneric},
	"possible_concern":       {"review", SeverityWarn, "The guard's learned check finds this text close to ones reviewers flagged: it may confirm a visit, sound defensive, give advice, promise an outcome or answer a complaint without inviting the person to talk privately. Read it once more before publishing.", ""},
	"banned_phrase":          {"policy", SeverityBlock, "Your organization's policy does not allow this phrase.", ""},
	"required_phrase":        {"policy", SeverityWarn, "Your organization's policy requires this text to include a required phrase.", ""},
}

// wholeText rules describe the text as a whole rather than a span problem.
var wholeText = map[string]bool{"no_offline_invitation": true, "required_phrase": true}

// specificity breaks ties between overlapping findings of equal severity: the rule that says
// more about the problem wins ("ending in 4821" is an SSN fragment, not just a number).
var specificity = map[string]int{
	"patient_in_post": 9, "records_disclosure": 9, "visit_specifics": 8, "family_health": 8, "care_action": 4, "treatment_outcome": 2,
	"ssn": 8, "mrn": 8, "health_plan_number": 8, "account_number": 7, "license_number": 7,
	"vehicle_number": 7, "device_number": 7, "email": 8, "url": 7, "ip_address": 7, "phone": 7,
	"street_address": 7, "zip_code": 6, "city_state": 6, "age_over_89": 7, "date": 5, "time": 5,
	"health_echo": 6, "health_medication": 5, "health_procedure": 5, "health_test": 5,
	"health_condition": 5, "health_symptom": 4, "care_setting": 4, "insurance_billing": 4,
	"person_name": 4, "reviewer_name": 5, "provider_named": 5, "unique_code": 1,
	"banned_phrase": 3, "relationship_confirmed": 3, "tone_defensive": 3, "medical_advice": 3,
	"guarantee": 3, "profanity": 3, "possible_disclosure": 1, "possible_concern": 1,
}

// RuleInfo is the public description of a rule, for documentation and user interfaces.
type RuleInfo struct {
	ID       string   `json:"id"`
	Category string   `json:"category"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// Rules lists every built-in rule with its default severity and explanation.
func Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(rules))
	for id, r := range rules {
		out = append(out, RuleInfo{ID: id, Category: r.Category, Severity: r.Severity, Message: r.Message})
	}
	sortRules(out)
	return out
}
