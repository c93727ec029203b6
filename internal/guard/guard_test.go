package guard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func mustGuard(t testing.TB, p *Policy) *Guard {
	t.Helper()
	g, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func rulesOf(r Result) map[string]bool {
	m := map[string]bool{}
	for _, f := range r.Findings {
		m[f.Rule] = true
	}
	return m
}

// TestOnlyCaregiversSayWhoTreated: naming a directory caregiver the reviewer did not name
// blocks (TestContextDecides); the same sentence naming a receptionist or a practice manager,
// or a caregiver the reviewer named, does not.
func TestOnlyCaregiversSayWhoTreated(t *testing.T) {
	g := mustGuard(t, nil)
	for _, c := range []struct{ context, role string }{
		{"Check-in was quick and friendly", "front desk receptionist"},
		{"The office runs so smoothly", "practice manager"},
		{"Rosa was very gentle", "dental hygienist"},
	} {
		r := g.Check(Input{Kind: KindReply, Text: "Thank you! Rosa will be so happy to hear that.", Context: c.context,
			Staff: []StaffMember{{Name: "Rosa Delgado", Role: c.role}}})
		if rulesOf(r)["visit_specifics"] || r.Verdict == VerdictBlock {
			t.Errorf("%s, %q: %s %+v; want no block", c.role, c.context, r.Verdict, r.Findings)
		}
	}
}

// TestCountedSlotsAreNotTreatment: "three more MRI slots" counts appointments on offer, not the
// reader's treatment (treatmentLeft); whatever the learned check makes of it, no rule blocks.
// TestAdjectivesAreNoUnits: "the most critical people" is no critical care unit, a physical
// therapy practice's own therapists are the practice, and with no allow-list a dental team is
// taken for the organization (the learned check may still flag it; the rule does not).
func TestAdjectivesAreNoUnits(t *testing.T) {
	g := mustGuard(t, nil)
	for _, in := range []Input{
		{Kind: KindReply, Text: "We're sorry you feel that way, but we treat the most critical people first.", Context: "Long wait, rude staff."},
		{Kind: KindReply, Text: "Thank you! Our physical therapists love what they do.", Context: "Wonderful people.", Allow: []string{"northgatept.com"}},
		{Kind: KindReply, Text: "Thank you! We'll share this with our dental team.", Context: "Best dentist in town."},
	} {
		if rulesOf(g.Check(in))["care_setting"] {
			t.Errorf("%q: care_setting; want no unit", in.Text)
		}
	}
}

func TestCountedSlotsAreNotTreatment(t *testing.T) {
	r := mustGuard(t, nil).Check(Input{Kind: KindReply, Text: "We have three more MRI slots open this Saturday morning.", Context: "Do you have weekend appointments?"})
	for _, f := range r.Findings {
		if f.Severity == SeverityBlock && f.Category == "health" {
			t.Errorf("%s blocks %q; want no health rule", f.Rule, f.Text)
		}
	}
}

func TestContextDecides(t *testing.T) {
	g := mustGuard(t, nil)
	cases := []struct {
		name string
		in   Input
		want Verdict
		rule string
	}{
		{"education post passes", Input{Kind: KindPost, Text: "Schedule your mammogram today!"}, VerdictPass, ""},
		{"marketing event date passes", Input{Kind: KindPost, Text: "Join Dr. Rivera's webinar on February 12 about heart health."}, VerdictPass, ""},
		{"same words tied to the person block", Input{Kind: KindReply, Text: "We hope your mammogram went well. Please call us with questions.", Context: "Great staff!"}, VerdictBlock, "health_test"},
		{"post about an identifiable patient blocks", Input{Kind: KindPost, Text: "Our patient John Smith, after his spinal injury, walked again!"}, VerdictBlock, "patient_in_post"},
		{"a span of opening hours is not a visit time", Input{Kind: KindReply, Text: "¡Sí! Los sábados atendemos de 9 a.m. a 1 p.m. en nuestras clínicas.", Context: "¿Atienden los sábados?"}, VerdictPass, ""},
		{"hours in English too", Input{Kind: KindReply, Text: "Walk-ins are welcome Monday through Friday, 7am–4pm.", Context: "Do you take walk-ins?"}, VerdictPass, ""},
		{"times of the reader's own visit still block", Input{Kind: KindReply, Text: "Sorry you waited from 2pm to 5pm. Please call us.", Context: "Waited 3 hours"}, VerdictBlock, "time"},
		{"a clinical unit that hears the reader's thanks says where they were cared for", Input{Kind: KindReply, Text: "Thank you for these kind words. We'll share them with our NICU nursing team.", Context: "Thank you to the NICU nurses who took care of my daughter!"}, VerdictBlock, "care_setting"},
		{"even a unit the reader did not name", Input{Kind: KindReply, Text: "Thank you, Nora! Our cardiology team will be thrilled to hear this.", Context: "Great doctors, great staff"}, VerdictBlock, "care_setting"},
		{"the same thanks to the team passes", Input{Kind: KindReply, Text: "Thank you for these kind words. We'll share them with our nursing team.", Context: "Thank you to the NICU nurses who took care of my daughter!"}, VerdictPass, ""},
		{"a unit that answers a general question passes", Input{Kind: KindReply, Text: "Yes, two visitors can be added to a baby's list by the parents. Our NICU team can explain the details.", Context: "Can grandparents visit in the NICU?"}, VerdictPass, ""},
		{"a caregiver from the staff directory the reviewer did not name says who treated them", Input{Kind: KindReply, Text: "Thank you! Rosa will be so happy to hear that.", Context: "Hygienist was very gentle", Staff: []StaffMember{{Name: "Rosa Delgado", Role: "dental hygienist"}}}, VerdictBlock, "visit_specifics"},
		{"a condition the reader is now free of is still theirs", Input{Kind: KindReply, Text: "It's been wonderful watching you go seizure-free for a whole year.", Context: "I love this clinic"}, VerdictBlock, "health_condition"},
		{"a street named for someone is a street", Input{Kind: KindReply, Text: "Donors can park free in the Education Center lot off Lowell Avenue.", Context: "Where do donors park?"}, VerdictPass, ""},
		{"a hospital named for its town is not the reader's street", Input{Kind: KindReply, Text: "Your words will be shared with everyone at Granite Falls Medical Center.", Context: "Great care"}, VerdictPass, ""},
		{"the reader's street still is", Input{Kind: KindReply, Text: "We mailed the form to your home on Granite Falls Road.", Context: "Never got my form"}, VerdictBlock, "street_address"},
		{"a unit that reacts to the reader says where they were cared for", Input{Kind: KindReply, Text: "Our bariatric team is so proud of you!", Context: "Down 80 pounds this year."}, VerdictBlock, "care_setting"},
		{"being proud of the unit does not", Input{Kind: KindReply, Text: "We're proud of our surgical team and all our staff. Thank you for the recommendation!", Context: "Highly recommend this office. Great surgeons."}, VerdictPass, ""},
		{"an ambiguous first name from a town is a person", Input{Kind: KindPost, Text: "A big thank-you to our 1,000th robotic prostatectomy patient, Don from Riverton, for celebrating the milestone with us today!"}, VerdictBlock, "patient_in_post"},
		{"a patient story with a hometown names one person", Input{Kind: KindPost, Text: "Congratulations to Jim, a retired mail carrier from Oak Hollow, who's already walking after his hip replacement."}, VerdictBlock, ""},
		{"advice about the reader's own medicine", Input{Kind: KindReply, Text: "That's wonderful news! Keep taking that lisinopril.", Context: "Blood pressure finally down!"}, VerdictBlock, "health_medication"},
		{"a treatment counted down is the reader's", Input{Kind: KindReply, Text: "We're thankful for you! Only two more infusions to go!", Context: "Thankful for this team"}, VerdictBlock, "health_procedure"},
		{"a why-question answered in general terms is not an echo", Input{Kind: KindReply, Text: "Great question! X-ray frequency depends on each person's risk for cavities and gum disease.", Context: "Why do you need x-rays every year?"}, VerdictPass, ""},
		{"a billing word in an invitation is not an echo", Input{Kind: KindReply, Text: "We understand how frustrating unexpected charges are, and we'd like to go over this with you privately. Please call our billing team at (555) 016-8484.", Context: "Charged me twice for one visit!", Allow: []string{"(555) 016-8484"}}, VerdictPass, ""},
		{"a heart for the work is no heart condition", Input{Kind: KindReply, Text: "Thank you for your heart for this work! Volunteer training runs every quarter.", Context: "How can I volunteer?"}, VerdictPass, ""},
		{"hearing an opinion is no hearing loss", Input{Kind: KindReply, Text: "We understand that hearing a different opinion can be surprising, and questions are always welcome here.", Context: "The doctor disagreed with my last doctor."}, VerdictPass, ""},
		{"a description is no name at the start of a sentence", Input{Kind: KindReply, Text: "Thank you! Volunteer training runs every quarter.", Context: "How do I become a volunteer?", Reviewer: "Volunteer hopeful"}, VerdictPass, ""},
		{"a name still is", Input{Kind: KindReply, Text: "Dolores, we're sorry for the frustration. Please call our office manager.", Context: "Rude front desk.", Reviewer: "Dolores K."}, VerdictWarn, "reviewer_name"},
		{"the reader's hometown is a town", Input{Kind: KindReply, Text: "Thanks for the kind words, and we hope the drive home to Pine Hollow was a quieter one!", Context: "Great ER"}, VerdictBlock, "city_state"},
		{"a street is not a hometown", Input{Kind: KindReply, Text: "Welcome back to Main Street clinic!", Context: "Great staff"}, VerdictPass, ""},
		{"an age over 89 in a word", Input{Kind: KindReply, Text: "We love hearing from our nonagenarian friends.", Context: "At my age I've seen many hospitals, this one is the best."}, VerdictBlock, "age_over_89"},
		{"what the nurses documented is the record", Input{Kind: KindReply, Text: "That's not what happened. Our nurses documented everything.", Context: "Nobody checked on me all night."}, VerdictBlock, "records_disclosure"},
		{"an office named with clinical words is an office", Input{Kind: KindReply, Text: "Thank you for taking a moment to write this. We'll pass your kind words to our financial counseling team.", Context: "They helped me sort out my bill."}, VerdictPass, ""},
		{"a dental team at a health center is a unit", Input{Kind: KindReply, Text: "Thank you! Our dental team will be thrilled to read this.", Context: "Great clinic, the dentist was gentle.", Allow: []string{"unitysquarehealth.org"}}, VerdictBlock, "care_setting"},
		{"a dental team at a dental office is the office", Input{Kind: KindReply, Text: "Thank you! Our dental team will be thrilled to read this.", Context: "Great office, the dentist was gentle.", Allow: []string{"brightsmiledental.com"}}, VerdictPass, ""},
		{"a unit that will see the reader's words", Input{Kind: KindReply, Text: "Thank you for these kind words. Our oncology nurses are angels indeed, and we'll make sure they see this.", Context: "Wonderful nurses."}, VerdictBlock, "care_setting"},
		{"the reader's birth is theirs", Input{Kind: KindReply, Text: "Thank you for the beautiful review of your birth with us!", Context: "Best experience."}, VerdictBlock, "health_condition"},
		{"a clinical unit answering the reader's complaint says where they were cared for", Input{Kind: KindReply, Text: "We're sorry for the long wait. Our emergency department sees the sickest children first.", Context: "We waited FOUR hours in your ER with a screaming toddler."}, VerdictBlock, "care_setting"},
		{"a clinical program that helped the reader", Input{Kind: KindReply, Text: "Thank you! We're glad our binge eating disorder program was a good fit.", Context: "This place changed my life."}, VerdictBlock, "care_setting"},
		{"questions about a service are an offer", Input{Kind: KindReply, Text: "Thanks for considering St. Brigid! Our nurse navigators are happy to answer any questions about our surgical services. Call (555) 012-4400 to learn more.", Context: "Thinking of having my hip done at st brigid, anyone have experience?", Allow: []string{"(555) 012-4400"}}, VerdictPass, ""},
		{"plural teams speak of a service line", Input{Kind: KindReply, Text: "Thank you! We're honored to serve this region, and our trauma teams will appreciate the support.", Context: "Best hospital around."}, VerdictPass, ""},
		{"the reader's own stay in that department is", Input{Kind: KindReply, Text: "We're sorry your NICU stay was hard. Please call us.", Context: "The NICU was awful"}, VerdictBlock, "health_echo"},
		{"a billing word answered in general terms is not an echo", Input{Kind: KindReply, Text: "We're sorry to read this. Billing concerns matter to us and we'd like to look into it directly. Please call (555) 012-6060.", Context: "Worst lab ever, billed me twice", Allow: []string{"(555) 012-6060"}}, VerdictPass, ""},
		{"a bill sent to collections is a complaint that needs an invitation", Input{Kind: KindReply, Text: "We're sorry to hear this and will look into our billing process.", Context: "Billing sent me to collections without warning"}, VerdictWarn, "no_offline_invitation"},
		{"a UK number on the allow-list is the organization's own", Input{Kind: KindReply, Text: "We're sorry to read this. Please contact our PALS team on 01632 960555 so we can look into this for you.", Context: "Lost my mum's glasses on the ward and nobody cares", Allow: []string{"01632 960555"}}, VerdictPass, ""},
		{"a UK number that is not is a phone number", Input{Kind: KindReply, Text: "Thanks! We rang you back on 07700 900123 as you asked.", Context: "Great service"}, VerdictBlock, "phone"},
		{"a Spanish doctor's title names the provider", Input{Kind: KindReply, Text: "¡Muchas gracias! Se las compartiremos a la Dra. Morales.", Context: "¡Gracias a la Dra. Morales por cuidar a mi bebé!"}, VerdictWarn, "provider_named"},
		{"a privilege to serve you confirms the relationship", Input{Kind: KindReply, Text: "It was a privilege to serve you and your family.", Context: "Wonderful nurses."}, VerdictWarn, "relationship_confirmed"},
		{"echo of the patient's own words blocks", Input{Kind: KindReply, Text: "We're sorry about the migraines. Please contact our office.", Context: "Nobody listened about my migraines."}, VerdictBlock, "health_echo"},
		{"records disclosure blocks", Input{Kind: KindReply, Text: "Our records show you cancelled. Please call us.", Context: "They cancelled on me!"}, VerdictBlock, "records_disclosure"},
		{"bare relationship warns", Input{Kind: KindReply, Text: "Thank you for choosing us for your care!", Context: "Nice staff."}, VerdictWarn, "relationship_confirmed"},
		{"reviewer name warns", Input{Kind: KindReply, Text: "Thanks so much, Maria!", Context: "Lovely people.", Reviewer: "Maria Gonzalez"}, VerdictWarn, "reviewer_name"},
		{"negative without invitation warns", Input{Kind: KindReply, Text: "We're sorry to hear that.", Context: "Rude staff, terrible service."}, VerdictWarn, "no_offline_invitation"},
		{"negative with invitation passes", Input{Kind: KindReply, Text: "We're sorry to hear that. Please contact our Patient Relations team.", Context: "Rude staff, terrible service."}, VerdictPass, ""},
		{"org phone passes", Input{Kind: KindPost, Text: "Call 555-010-4400 to book.", Allow: []string{"(555) 010-4400"}}, VerdictPass, ""},
		{"other phone blocks", Input{Kind: KindPost, Text: "Call 555-010-9999 to book.", Allow: []string{"(555) 010-4400"}}, VerdictBlock, "phone"},
		{"partial SSN blocks", Input{Kind: KindReply, Text: "Confirm the SSN ending in 4821 when you call us."}, VerdictBlock, "ssn"},
		{"age over 89 blocks", Input{Kind: KindReply, Text: "Your 94-year-old grandmother was lovely. Call us anytime."}, VerdictBlock, "age_over_89"},
		{"defensive tone warns", Input{Kind: KindReply, Text: "That is not true; our staff followed protocol. Please call us.", Context: "Rude!"}, VerdictWarn, "tone_defensive"},
		{"guarantee warns", Input{Kind: KindPost, Text: "Painless whitening, results guaranteed!"}, VerdictWarn, "guarantee"},
		{"reaction to the reader's own treatment blocks", Input{Kind: KindReply, Text: "So glad the new knee is holding up!", Context: "Great team."}, VerdictBlock, "health_condition"},
		{"reaction to a facility passes", Input{Kind: KindReply, Text: "We're thrilled the new MRI suite is getting great feedback.", Context: "Beautiful imaging center."}, VerdictPass, ""},
		{"bare weekday of a visit blocks", Input{Kind: KindReply, Text: "We saw you Tuesday and it was great to catch up!", Context: "Great team."}, VerdictBlock, "date"},
		{"recurring weekdays pass", Input{Kind: KindReply, Text: "Our imaging center offers MRI appointments on Saturdays.", Context: "Do you do MRIs on weekends?"}, VerdictPass, ""},
		{"amount tied to the reader blocks", Input{Kind: KindReply, Text: "The $180 you were charged was your deductible. Please call us.", Context: "Overcharged!"}, VerdictBlock, "insurance_billing"},
		{"general question is not echoed", Input{Kind: KindReply, Text: "Yes, our urology team performs vasectomies. Call us to book.", Context: "Do you do vasectomies?"}, VerdictPass, ""},
		{"ordinal birthday over 89 blocks", Input{Kind: KindPost, Text: "Happy 101st birthday to Mrs. Helen Park!"}, VerdictBlock, "age_over_89"},
		{"lower-case reviewer first name warns", Input{Kind: KindReply, Text: "thanks maria! hope to see you soon", Context: "Love it.", Reviewer: "Maria Lopez"}, VerdictWarn, "reviewer_name"},
		{"relative confirmed as a patient blocks", Input{Kind: KindReply, Text: "We saw your husband in the lobby!", Context: "Great team."}, VerdictBlock, "visit_specifics"},
		{"ZIP after a label blocks", Input{Kind: KindReply, Text: "We mailed it to zip code 62704. Call us anytime.", Context: "Great."}, VerdictBlock, "zip_code"},
		{"ZIP+4 after a state blocks", Input{Kind: KindReply, Text: "We have you in Springfield IL 62704-1234 now. Call us anytime.", Context: "Great."}, VerdictBlock, "zip_code"},
		{"named person with tied health in a post blocks", Input{Kind: KindPost, Text: "Thank you, Mr. Okoro, for the kind note after your knee surgery!"}, VerdictBlock, "patient_in_post"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := g.Check(c.in)
			if r.Verdict != c.want {
				t.Fatalf("verdict %s, want %s; findings %+v", r.Verdict, c.want, r.Findings)
			}
			if c.rule != "" && !rulesOf(r)[c.rule] {
				t.Fatalf("rule %s did not fire; findings %+v", c.rule, r.Findings)
			}
			if r.Findings == nil {
				t.Fatal("findings must be [] not null")
			}
		})
	}
}

func TestFindingsExplainThemselves(t *testing.T) {
	g := mustGuard(t, nil)
	r := g.Check(Input{Kind: KindReply, Text: "Hi Mrs. Thompson, we reviewed your chart from March 3 and your diabetes looks better.", Reviewer: "x"})
	if len(r.Findings) < 3 {
		t.Fatalf("want several findings, got %+v", r.Findings)
	}
	for _, f := range r.Findings {
		if f.Message == "" || f.Category == "" || f.Rule == "" {
			t.Errorf("finding lacks explanation: %+v", f)
		}
		if f.Text != r.Findings[0].Text && f.Start >= f.End {
			t.Errorf("bad span %+v", f)
		}
	}
}

func TestPolicy(t *testing.T) {
	data := []byte(`version: 1
name: Mercy Valley
allow:
  - "(555) 010-4400"
  - https://mercyvalley.org
staff:
  - name: Dr. Ana Rivera
    role: Cardiologist
banned_phrases:
  - phrase: best hospital in the state
    severity: warn
required_phrases:
  - phrase: Patient Relations
    kinds: [reply]
custom_patterns:
  - id: claim_ref
    pattern: 'CLM-[0-9]{6}'
    message: Claim references are internal.
severity:
  relationship_confirmed: off
  tone_defensive: block
`)
	p, err := ParsePolicy(data)
	if err != nil {
		t.Fatal(err)
	}
	g := mustGuard(t, p)
	if !strings.HasPrefix(g.PolicyVersion(), "sha256:") || g.PolicyVersion() == mustGuard(t, nil).PolicyVersion() {
		t.Fatalf("policy version %q must be a content hash distinct from the default", g.PolicyVersion())
	}
	r := g.Check(Input{Kind: KindReply, Text: "Thank you for your visit! We are the best hospital in the state. Ref CLM-123456. Call 555-010-4400 or see mercyvalley.org."})
	got := rulesOf(r)
	for _, want := range []string{"banned_phrase", "required_phrase", "claim_ref"} {
		if !got[want] {
			t.Errorf("rule %s did not fire: %+v", want, r.Findings)
		}
	}
	if got["relationship_confirmed"] || got["phone"] || got["url"] {
		t.Errorf("severity off or allow-list ignored: %+v", r.Findings)
	}
	r = g.Check(Input{Kind: KindReply, Text: "That is not true. Please contact Patient Relations."})
	if r.Verdict != VerdictBlock {
		t.Errorf("severity override to block ignored: %+v", r)
	}
	r = g.Check(Input{Kind: KindPost, Text: "Welcome Dr. Ana Rivera, our new cardiologist!"})
	if r.Verdict != VerdictPass {
		t.Errorf("staff announcement should pass: %+v", r)
	}
}

func TestPolicyErrorsNameLine(t *testing.T) {
	bad := map[string]string{
		"version: 1\nseverity:\n  tone_defensiv: warn\n":                   "line 3",
		"allow:\n  - a\ncustom_patterns:\n  - id: x1\n    pattern: '(['\n": "line 5",
		"version: 1\nbogus: true\n":                                        "line 2",
		"severity:\n  tone_defensive: maybe\n":                             "line 2",
		"allow: [\n":                                                       "line",
	}
	for in, want := range bad {
		_, err := ParsePolicy([]byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParsePolicy(%q) = %v, want error mentioning %q", in, err, want)
		}
	}
}

func TestExamplePolicyParses(t *testing.T) {
	data, err := os.ReadFile("../../docs/policy.example.yaml")
	if err != nil {
		t.Fatalf("the documented example policy must exist: %v", err)
	}
	if _, err := ParsePolicy(data); err != nil {
		t.Fatal(err)
	}
}

func TestDisclosures(t *testing.T) {
	g := mustGuard(t, nil)
	fs := g.Disclosures("I'm Jane Doe, my MRN is 4482913 and I was treated for pneumonia on 3/14/2024. Call me at 555-222-3333.")
	got := map[string]bool{}
	for _, f := range fs {
		got[f.Rule] = true
	}
	for _, want := range []string{"person_name", "mrn", "health_condition", "date", "phone"} {
		if !got[want] {
			t.Errorf("Disclosures missed %s: %+v", want, fs)
		}
	}
}

func checkSpans(t testing.TB, text string, fs []Finding) {
	for _, f := range fs {
		if f.Start < 0 || f.Start >= f.End || f.End > len(text) {
			t.Fatalf("bad span %d-%d for len %d: %+v", f.Start, f.End, len(text), f)
		}
		if !utf8.RuneStart(text[f.Start]) || f.End < len(text) && !utf8.RuneStart(text[f.End]) {
			t.Fatalf("span %d-%d not on rune boundaries", f.Start, f.End)
		}
	}
}

// labelledSets lists every labelled set with the level the test holds it to. Development sets
// (tuned on) must meet the PRODUCT.md bars (block recall >= 0.97, violations caught >= 0.95,
// compliant blocked <= 3 %, warned <= 10 %). The held-out sets do NOT meet them yet (see
// docs/BENCHMARKS.md; issue 3 stays open until they do): until then each is held at its
// measured level, so no change can make held-out quality worse, and the gap to the bars is
// logged on every run. holdout, holdout2 and holdout3 were written by the guard's authors
// before tuning rounds; holdout_independent and holdout_independent2 were written by someone
// who never read the code (holdout_independent2 is held at its rules-only figure: the learned
// second opinion is off by default and was measured on it once, see docs/BENCHMARKS.md).
// dev9 is held at its measured level because its last misses were deliberately not fitted.
// When a set improves, raise its floor; when it meets the bars, set it to bars.
var labelledSets = []struct {
	file  string
	floor Metrics // minimum recalls and maximum false rates
}{
	{"testdata/dev.jsonl", bars}, {"testdata/dev2.jsonl", bars}, {"testdata/dev3.jsonl", bars},
	{"testdata/dev4.jsonl", bars}, {"testdata/dev5.jsonl", bars}, {"testdata/dev6.jsonl", bars},
	{"testdata/dev7.jsonl", bars}, {"testdata/dev8.jsonl", bars}, {"testdata/dev10.jsonl", bars},
	{"testdata/dev9.jsonl", Metrics{BlockRecall: 0.939, ViolationRecall: 0.931, FalseBlockRate: 0.03, FalseWarnRate: 0.10}},
	// Written by an engineer who never read the guard; measured once before any tuning, it is
	// development data for the next round (its sealed twin, testdata/sealed/, is not listed
	// and must not be evaluated until that round ends).
	{"testdata/dev_external.jsonl", Metrics{BlockRecall: 0.876, ViolationRecall: 0.896, FalseBlockRate: 0.04, FalseWarnRate: 0.008}},
	{"testdata/holdout.jsonl", Metrics{BlockRecall: 0.980, ViolationRecall: 0.975, FalseBlockRate: 0, FalseWarnRate: 0}},
	{"testdata/holdout2.jsonl", Metrics{BlockRecall: 0.909, ViolationRecall: 0.930, FalseBlockRate: 0.025, FalseWarnRate: 0.013}},
	{"testdata/holdout3.jsonl", Metrics{BlockRecall: 0.803, ViolationRecall: 0.873, FalseBlockRate: 0, FalseWarnRate: 0}},
	{"testdata/holdout_independent.jsonl", Metrics{BlockRecall: 0.860, ViolationRecall: 0.887, FalseBlockRate: 0.034, FalseWarnRate: 0}},
	// Written by the author of dev_external without reading the code; sealed until measured
	// once, after round 4 (docs/BENCHMARKS.md), and held at that level.
	{"testdata/holdout_external.jsonl", Metrics{BlockRecall: 0.684, ViolationRecall: 0.824, FalseBlockRate: 0.034, FalseWarnRate: 0.012}},
	{"testdata/holdout_independent2.jsonl", Metrics{BlockRecall: 0.875, ViolationRecall: 0.893, FalseBlockRate: 0.024, FalseWarnRate: 0.036}},
	// Written by a fourth outside engineer for training the second opinion; its untuned first
	// pass, rules alone: block recall 0.565, violations 0.740, compliant blocked 6.0 %, warned
	// 3.0 %. The level is in-sample (the second opinion trains on it).
	{"testdata/dev11.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.06, FalseWarnRate: 0.03}},
	// A fifth outside writer; first pass with the rules alone 0.687 / 0.797 / 2.9 % / 2.0 %,
	// and with the second opinion as committed before it joined training (e3a79fc)
	// 0.892 / 0.895 / 7.4 % / 2.0 %: the first whole-system measurement on an unseen writer.
	{"testdata/dev12.jsonl", Metrics{BlockRecall: 0.985, ViolationRecall: 0.97, FalseBlockRate: 0.03, FalseWarnRate: 0.02}},
	// A sixth outside writer's set, sealed in testdata/sealed/ until its single measurement at
	// fcea0c5: block recall 0.925, violations 0.900, compliant blocked 6.7 %, warned 0.8 %
	// (rules alone 0.725 / 0.800 / 3.3 %). In-sample since it joined training.
	{"testdata/holdout_fresh.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.034, FalseWarnRate: 0.01}},
	// A seventh outside writer, many hard compliant replies (condolences, Spanish, answers to
	// general questions). First pass at 100773d: 0.971 / 0.921 / 7.7 % / 2.3 % (rules alone
	// 0.736 / 0.814 / 4.5 %; 2.7 % after the opening-hours fix). In-sample since.
	{"testdata/dev13.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.028, FalseWarnRate: 0.025}},
	// A ninth outside writer, 55 % hard compliant texts. First pass at 8159db2:
	// 0.953 / 0.924 / 9.8 % / 3.3 % (rules alone 0.700 / 0.778 / 4.7 %). In-sample since.
	{"testdata/dev14.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.037, FalseWarnRate: 0.034}},
	// A tenth outside writer, a quarter in Spanish. First pass at a2880d2: 0.937 / 0.925 /
	// 4.8 % / 4.4 % (rules alone 0.577 / 0.639 / 2.0 %). In-sample since.
	{"testdata/dev15.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.021, FalseWarnRate: 0.021}},
	// An eleventh outside writer's set, sealed in testdata/sealed/ until its single
	// measurement at ac37950 (the session's final figure): 0.950 / 0.894 / 2.5 % / 3.3 %
	// (rules alone 0.800 / 0.839 / 0.8 %). In-sample since.
	{"testdata/holdout_fresh2.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.009, FalseWarnRate: 0.009}},
	// A twelfth outside writer's set, sealed until its single measurement on the session's
	// final code (0be4ff0): 0.960 / 0.960 / 4.0 % / 3.0 % (rules alone 0.790 / 0.893 / 1.0 %).
	// In-sample since.
	{"testdata/holdout_fresh3.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.011, FalseWarnRate: 0.021}},
	// A thirteenth outside writer's set, sealed until its single measurement on 64fd0b3:
	// 0.949 / 0.973 / 2.0 % / 3.0 % (rules alone 0.727 / 0.853 / 2.0 %). In-sample since.
	{"testdata/holdout_fresh4.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.99, FalseBlockRate: 0.021, FalseWarnRate: 0.011}},
	// A fourteenth outside writer's set, sealed until its single measurement on f065cc5:
	// 0.950 / 0.960 / 3.0 % / 2.0 % (rules alone 0.810 / 0.847 / 3.0 %). In-sample since.
	{"testdata/holdout_fresh5.jsonl", Metrics{BlockRecall: 0.98, ViolationRecall: 0.97, FalseBlockRate: 0.031, FalseWarnRate: 0.021}},
	// Session 3's outside writers. dev16: behavioral health, recovery, women's and sexual
	// health, a tenth in Spanish; first pass at 910fa1a: 0.926 / 0.870 / 1.0 % / 3.0 % (rules
	// alone 0.640 / 0.680 / 0.5 %). In-sample since.
	{"testdata/dev16.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.96, FalseBlockRate: 0.011, FalseWarnRate: 0.031}},
	// dev17: an auditor's hardest cases, half at the line; first pass at 910fa1a: 0.897 /
	// 0.916 / 3.0 % / 4.0 % (rules alone 0.560 / 0.712 / 1.5 %). In-sample since.
	{"testdata/dev17.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.96, FalseBlockRate: 0.016, FalseWarnRate: 0.041}},
	// dev18: casual outpatient practices, emoji, five languages; first pass at 53aa06b: 0.869
	// / 0.890 / 4.5 % / 4.0 % (rules alone 0.663 / 0.780 / 3.5 %). In-sample since.
	{"testdata/dev18.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.011, FalseWarnRate: 0.041}},
	// Session 3's sealed sets, each run once on 9d039a0 and moved up: holdout_fresh6 (a hospital
	// system's reputation team) 0.920 / 0.933 / 4.0 % / 7.0 % (rules alone 0.773 / 0.813 /
	// 2.0 %); holdout_fresh7 (community health centers) 0.864 / 0.905 / 3.9 % / 3.9 % (rules
	// alone 0.682 / 0.797 / 2.0 %). In-sample since.
	{"testdata/holdout_fresh6.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.98, FalseBlockRate: 0.011, FalseWarnRate: 0.031}},
	{"testdata/holdout_fresh7.jsonl", Metrics{BlockRecall: 0.98, ViolationRecall: 0.99, FalseBlockRate: 0.011, FalseWarnRate: 0.03}},
	// Session 3's second batch of outside writers, first passes: dev19 (an academic medical
	// center) 0.960 / 0.947 / 4.0 % / 5.5 % at 8c353f0+ (rules alone 0.789 / 0.847 / 3.0 %);
	// dev20 (urgent care, retail clinics, a telehealth app) 0.960 / 0.957 / 2.0 % / 2.0 % at
	// ebf74a3 (rules 0.817 / 0.863 / 1.0 %); dev21 (nursing homes, hospice, home health)
	// 0.960 / 0.886 / 5.0 % / 0.5 % at a305d75 (rules 0.736 / 0.742 / 4.0 %). In-sample since.
	{"testdata/dev19.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.97, FalseBlockRate: 0.011, FalseWarnRate: 0.056}},
	{"testdata/dev20.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.98, FalseBlockRate: 0.011, FalseWarnRate: 0.021}},
	{"testdata/dev21.jsonl", Metrics{BlockRecall: 0.99, ViolationRecall: 0.95, FalseBlockRate: 0.021, FalseWarnRate: 0.006}},
	// Session 3's later sealed sets, each run once and moved up in session 4 (figures are
	// block recall / violations caught / compliant blocked / warned; docs/BENCHMARKS.md):
	// holdout_fresh8 (a regional health system's patient experience office) and
	// holdout_fresh9 (a specialty physician group) at fcd69eb, 0.920 / 0.980 / 1.0 % / 1.0 %
	// and 0.875 / 0.953 / 2.0 % / 1.0 %; holdout_fresh10 (a children's hospital) and
	// holdout_fresh11 (a safety-net hospital) at dfc3812, 0.942 / 0.953 / 1.0 % / 4.0 % and
	// 0.989 / 0.960 / 2.0 % / 2.0 %; holdout_fresh12 (a community hospital) and
	// holdout_fresh13 (dental, eye and hearing clinics) at 0bdf845, 0.989 / 0.993 / 3.0 % /
	// 5.0 % and 0.909 / 0.967 / 1.0 % / 3.0 %. In-sample since.
	{"testdata/holdout_fresh8.jsonl", bars}, {"testdata/holdout_fresh9.jsonl", bars},
	{"testdata/holdout_fresh10.jsonl", bars}, {"testdata/holdout_fresh11.jsonl", bars},
	{"testdata/holdout_fresh12.jsonl", bars}, {"testdata/holdout_fresh13.jsonl", bars},
	// Session 4's outside writers, with the clinical-unit convention in their brief. dev22
	// (physicians answering their own reviews) first pass at 1bf198c: 0.943 / 0.950 / 2.5 % /
	// 2.0 % (rules alone 0.651 / 0.773 / 2.0 %); dev23 (EMS, trauma, student health) at da1fab6:
	// 0.977 / 0.973 / 5.5 % / 6.0 % (rules alone 0.718 / 0.789 / 4.5 %). In-sample since.
	{"testdata/dev22.jsonl", bars}, {"testdata/dev23.jsonl", bars},
	// Session 4's first sealed sets, with the clinical-unit convention in their brief, each run
	// once on ee41bfc and moved up: holdout_fresh14 (rural critical-access hospitals) 0.864 /
	// 0.933 / 2.0 % / 3.0 % (rules alone 0.625 / 0.780 / 1.0 %); holdout_fresh15 (a health
	// system with its own health plan) 0.886 / 0.940 / 1.0 % / 8.0 % (rules 0.659 / 0.807 /
	// 1.0 %); holdout_fresh16 (plastic surgery, med spas, fertility on Instagram) 0.932 / 0.947
	// / 1.0 % / 2.0 % (rules 0.648 / 0.787 / 0.0 %). In-sample since.
	{"testdata/holdout_fresh14.jsonl", bars}, {"testdata/holdout_fresh15.jsonl", bars},
	{"testdata/holdout_fresh16.jsonl", bars},
	// dev24 (veterans' clinics and county public health), first pass at a77ef49: 0.926 / 0.946
	// / 1.0 % / 4.5 % (rules alone 0.737 / 0.802 / 1.0 %). In-sample since.
	{"testdata/dev24.jsonl", bars},
	// Session 4's second sealed trio, each run once on 8156edf and moved up: holdout_fresh17
	// (federally qualified health centers) 0.932 / 0.933 / 2.0 % / 3.0 % (rules alone 0.750 /
	// 0.800 / 1.0 %); holdout_fresh18 (an orthopedic and spine hospital) 0.955 / 0.967 / 1.0 %
	// / 6.0 % (rules 0.750 / 0.893 / 0.0 %); holdout_fresh19 (a women's and children's
	// hospital system) 0.920 / 0.900 / 4.0 % / 2.0 % (rules 0.614 / 0.707 / 1.0 %). In-sample
	// since.
	{"testdata/holdout_fresh17.jsonl", bars}, {"testdata/holdout_fresh18.jsonl", bars},
	{"testdata/holdout_fresh19.jsonl", bars},
	// dev25 (a heart and vascular institute), first pass at 0130568: 0.953 / 0.946 / 3.0 % /
	// 5.0 % (rules alone 0.744 / 0.809 / 1.0 %). In-sample since.
	{"testdata/dev25.jsonl", bars},
	// Session 4's third sealed trio, each run once on 2174214 and moved up: holdout_fresh20
	// (behavioral health and addiction treatment) 0.898 / 0.967 / 3.0 % / 4.0 % (rules alone
	// 0.614 / 0.787 / 1.0 %); holdout_fresh21 (a regional cancer center network) 0.818 /
	// 0.940 / 3.0 % / 3.0 % (rules 0.568 / 0.767 / 2.0 %); holdout_fresh22 (app-based primary
	// care and pediatrics) 0.852 / 0.947 / 3.0 % / 2.0 % (rules 0.625 / 0.787 / 2.0 %).
	// In-sample since.
	{"testdata/holdout_fresh20.jsonl", bars}, {"testdata/holdout_fresh21.jsonl", bars},
	{"testdata/holdout_fresh22.jsonl", bars},
	// Session 4's fourth sealed trio, each run once on 7f61363 and moved up in session 5:
	// holdout_fresh23 (home health, hospice, skilled nursing) 0.920 / 0.907 / 0.0 % / 3.0 %
	// (rules alone 0.648 / 0.707 / 0.0 %); holdout_fresh24 (urgent care and occupational
	// health) 0.943 / 0.940 / 0.0 % / 4.0 % (rules 0.693 / 0.780 / 0.0 %); holdout_fresh25
	// (transplant, neurology, rare disease, children's rehab) 0.955 / 0.967 / 3.0 % / 6.0 %
	// (rules 0.693 / 0.787 / 1.0 %). In-sample since.
	{"testdata/holdout_fresh23.jsonl", bars}, {"testdata/holdout_fresh24.jsonl", bars},
	{"testdata/holdout_fresh25.jsonl", bars},
	// Session 5. dev26 (clinicians answering health questions and complaints in comments),
	// first pass at 8028531: 0.949 / 0.950 / 5.5 % / 3.5 % (rules alone 0.737 / 0.790 /
	// 3.0 %). In-sample since.
	{"testdata/dev26.jsonl", bars},
	// Session 5's sealed trio, each run once on f9bc2c8 and moved up: holdout_fresh26 (a
	// kidney care company) 0.965 / 0.961 / 2.0 % / 7.1 % (rules alone 0.698 / 0.803 / 0.0 %);
	// holdout_fresh27 (a pharmacy chain) 0.943 / 0.940 / 1.0 % / 7.0 % (rules 0.713 / 0.780 /
	// 0.0 %); holdout_fresh28 (a hospital's backlog of angry reviews) 0.955 / 0.948 / 3.1 % /
	// 5.2 % (rules 0.818 / 0.877 / 2.1 %). In-sample since.
	{"testdata/holdout_fresh26.jsonl", bars}, {"testdata/holdout_fresh27.jsonl", bars},
	{"testdata/holdout_fresh28.jsonl", bars},
	// Session 5's second sealed trio, each run once on faf04c3 and moved up: holdout_fresh29
	// (a tribal health system) 0.977 / 0.980 / 4.0 % / 3.0 % (rules alone 0.761 / 0.847 /
	// 3.0 %); holdout_fresh30 (a gastroenterology group) 0.955 / 0.960 / 3.0 % / 5.0 % (rules
	// 0.727 / 0.813 / 2.0 %); holdout_fresh31 (a university hospital's social-media comment
	// replies) 0.898 / 0.920 / 3.0 % / 3.0 % (rules 0.659 / 0.760 / 2.0 %). In-sample since.
	{"testdata/holdout_fresh29.jsonl", bars}, {"testdata/holdout_fresh30.jsonl", bars},
	{"testdata/holdout_fresh31.jsonl", bars},
	// Session 5's third sealed trio, each run once on ab4f712 and moved up in session 6:
	// holdout_fresh32 (a dermatology group) 0.854 / 0.954 / 5.1 % / 2.0 % (rules alone 0.528 /
	// 0.762 / 4.0 %); holdout_fresh33 (an NHS trust, British English) 0.920 / 0.913 / 9.0 % /
	// 3.0 % (rules 0.705 / 0.753 / 8.0 %; 3.0 % blocked after the domain fix a2c945d);
	// holdout_fresh34 (community clinics, half in Spanish) 0.886 / 0.913 / 4.0 % / 2.0 % (rules
	// 0.648 / 0.740 / 2.0 %). In-sample since.
	{"testdata/holdout_fresh32.jsonl", bars}, {"testdata/holdout_fresh33.jsonl", bars},
	{"testdata/holdout_fresh34.jsonl", bars},
	// Session 6. dev27 (eye care and cosmetic skin), first pass at 850097d with session 6's
	// first rule fixes: 0.943 / 0.963 / 1.5 % / 2.0 % (rules alone 0.743 / 0.860 / 1.0 %).
	// In-sample since.
	{"testdata/dev27.jsonl", bars},
	// Session 6's sealed trio 8, run once on 6d83eea (docs/BENCHMARKS.md): holdout_fresh35 (ENT,
	// allergy, audiology, sleep) 0.920 / 0.927 / 2.0 % / 4.0 % (rules alone 0.682);
	// holdout_fresh36 (imaging and lab centers) 0.955 / 0.973 / 1.0 % / 4.0 % (0.750);
	// holdout_fresh37 (border hospital, Spanish and Spanglish) 0.955 / 0.940 / 5.0 % / 3.0 %
	// (0.761). In-sample since session 7.
	{"testdata/holdout_fresh35.jsonl", bars}, {"testdata/holdout_fresh36.jsonl", bars},
	{"testdata/holdout_fresh37.jsonl", bars},
	// Session 7's sealed trio 9, run once on 8e02f28 (docs/BENCHMARKS.md): holdout_fresh38
	// (urology and men's health) 0.952 / 0.956 / 2.5 % / 3.3 % (rules alone 0.733);
	// holdout_fresh39 (outpatient rehab and integrative care) 0.914 / 0.983 / 1.7 % / 3.3 %
	// (0.638); holdout_fresh40 (foundation, recruiting and community relations, mostly posts)
	// 0.990 / 0.978 / 9.2 % / 2.5 % (0.800). In-sample since.
	{"testdata/holdout_fresh38.jsonl", bars}, {"testdata/holdout_fresh39.jsonl", bars},
	{"testdata/holdout_fresh40.jsonl", bars},
	// Session 7's sealed trio 10, run once on c9889f3 (docs/BENCHMARKS.md): holdout_fresh41
	// (hospital content marketing, mostly posts) 0.962 / 0.978 / 2.5 % / 1.7 % (rules alone
	// 0.695); holdout_fresh42 (sexual health and infectious disease) 0.952 / 0.972 / 2.5 % /
	// 3.3 % (0.610); holdout_fresh43 (pediatric developmental and behavioral health) 0.953 /
	// 0.950 / 3.4 % / 0.8 % (0.575). In-sample since.
	{"testdata/holdout_fresh41.jsonl", bars}, {"testdata/holdout_fresh42.jsonl", bars},
	{"testdata/holdout_fresh43.jsonl", bars},
	// Session 7's sealed trio 11, run once on aaebf33 (docs/BENCHMARKS.md): holdout_fresh44
	// (an academic system's review backlog) 1.000 / 0.983 / 0.8 % / 1.7 % (rules alone 0.819);
	// holdout_fresh45 (women's health) 0.914 / 0.971 / 1.6 % / 0.8 % (0.629); holdout_fresh46
	// (senior primary care and memory clinic) 0.951 / 0.950 / 1.7 % / 3.3 % (0.767).
	// In-sample since.
	{"testdata/holdout_fresh44.jsonl", bars}, {"testdata/holdout_fresh45.jsonl", bars},
	{"testdata/holdout_fresh46.jsonl", bars},
	// Written by the project for the second opinion: the everyday compliant replies (apologies
	// with an invitation, thanks) it must never flag.
	{"testdata/contrast.jsonl", Metrics{BlockRecall: 0, ViolationRecall: 0, FalseBlockRate: 0, FalseWarnRate: 0}},
}

// bars are the PRODUCT.md quality bars for the guard.
var bars = Metrics{BlockRecall: 0.97, ViolationRecall: 0.95, FalseBlockRate: 0.03, FalseWarnRate: 0.10}

// TestLabelledSets evaluates every labelled set against its level (see labelledSets) and
// checks every finding's span. Every listed file also trains the second opinion, so these
// figures are in-sample and only catch regressions; what the guard does on a writer it has
// not seen is measured by `go generate ./internal/guard` (leave one file out) and by the
// sealed sets in testdata/sealed/.
func TestLabelledSets(t *testing.T) {
	g := mustGuard(t, nil)
	for _, set := range labelledSets {
		data, err := os.ReadFile(set.file)
		if err != nil {
			t.Fatal(err)
		}
		exs, err := ParseExamples(data)
		if err != nil {
			t.Fatal(err)
		}
		m := g.Evaluate(exs)
		t.Logf("%s: n=%d block recall %.3f violation recall %.3f false-block %.3f false-warn %.3f; bars: %v",
			set.file, m.N, m.BlockRecall, m.ViolationRecall, m.FalseBlockRate, m.FalseWarnRate, m.MeetsBars())
		const eps = 1e-9
		f := set.floor
		if m.BlockRecall < f.BlockRecall-eps || m.ViolationRecall < f.ViolationRecall-eps ||
			m.FalseBlockRate > f.FalseBlockRate+eps || m.FalseWarnRate > f.FalseWarnRate+eps {
			t.Errorf("%s fell below its level: block recall %.3f (min %.3f), violations %.3f (min %.3f), false-block %.3f (max %.3f), false-warn %.3f (max %.3f)",
				set.file, m.BlockRecall, f.BlockRecall, m.ViolationRecall, f.ViolationRecall, m.FalseBlockRate, f.FalseBlockRate, m.FalseWarnRate, f.FalseWarnRate)
		}
		for _, ex := range exs {
			r := g.Check(ex.Input())
			checkSpans(t, ex.Text, r.Findings)
		}
	}
}

// TestEverySetIsListed keeps labelledSets complete: a new labelled file must get a level.
func TestEverySetIsListed(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.jsonl")
	listed := map[string]bool{}
	for _, s := range labelledSets {
		listed[s.file] = true
	}
	for _, f := range files {
		if !listed[filepath.ToSlash(f)] {
			t.Errorf("%s is not in labelledSets", f)
		}
	}
}

// TestPolicyVersionCoversLexicons: results computed with different word lists must name
// different policy versions, without anyone remembering to bump a constant.
func TestPolicyVersionCoversLexicons(t *testing.T) {
	before := hashVersion(nil)
	saved := healthText
	healthText += "\nnewly added condition"
	after := hashVersion(nil)
	healthText = saved
	if before == after {
		t.Fatal("a lexicon change did not change the policy version")
	}
	if hashVersion(nil) != before || hashVersion([]byte("allow: []")) == before {
		t.Fatal("policy version must depend on exactly the rules, lexicons and policy file")
	}
}

// TestPeopleInPosts: the rules alone (second opinion off) tell patients from staff in posts.
func TestPeopleInPosts(t *testing.T) {
	checkRulesAlone(t, []ruleCase{
		{"a named person's care told in the third person", Input{Kind: KindPost, Text: "Sending love to Jonah from Corvallis, who's three months into his cancer treatment with us!"}, VerdictBlock, "patient_in_post"},
		{"a role before a name makes it staff", Input{Kind: KindPost, Text: "Congratulations to nurse Jenny Park on her retirement after 30 years in our ICU!"}, VerdictPass, ""},
		{"an appositive role makes it staff", Input{Kind: KindPost, Text: "Our sports dietitian, Kelsey Moran, RD, sees athletes of all ages at our Lakewood clinic."}, VerdictPass, ""},
		{"but 'your therapist, Jenna' names the reader's own provider", Input{Kind: KindReply, Text: "We've passed your concerns on to your therapist, Jenna. Please call us at (555) 012-9090.", Context: "I don't feel like my therapist listens", Allow: []string{"(555) 012-9090"}}, VerdictBlock, "person_name"},
	})
}

// TestToneAdviceAndInvitations: the rules alone (second opinion off) on arguing with critics,
// medicine instructions in posts and replies that apologize without an invitation.
func TestToneAdviceAndInvitations(t *testing.T) {
	checkRulesAlone(t, []ruleCase{
		{"a post arguing with critics is defensive", Input{Kind: KindPost, Text: "To everyone spreading lies about our ER online: check your facts before you post."}, VerdictWarn, "tone_defensive"},
		{"a post answering complaints with a fix is not", Input{Kind: KindPost, Text: "We heard you about parking. Our new garage opens Monday with 400 free spaces."}, VerdictPass, ""},
		{"a post telling readers to start a medicine is advice", Input{Kind: KindPost, Text: "Heart health tip: if you're over 50, start taking a baby aspirin every morning."}, VerdictWarn, "medical_advice"},
		{"a post on taking medicines as prescribed is education", Input{Kind: KindPost, Text: "Take antibiotics exactly as prescribed, even if you feel better."}, VerdictPass, ""},
		{"first aid with a medicine is education", Input{Kind: KindPost, Text: "Know the signs of an overdose. Call 911, give naloxone if you have it, and stay with them until help arrives."}, VerdictPass, ""},
		{"stopping by is no medicine instruction", Input{Kind: KindPost, Text: "Stop by our pharmacy to pick up your free naloxone kit."}, VerdictPass, ""},
		{"telling a reader who asked for help what to do is advice", Input{Kind: KindReply, Text: "Try chewing gum and yawning a lot. It should clear up in a day or two.", Context: "my ears keep popping after flying, help"}, VerdictWarn, "medical_advice"},
		{"an offer about us is not", Input{Kind: KindReply, Text: "Give us a call at (555) 014-7710 and a nurse can talk it through.", Context: "my ears keep popping after flying, help", Allow: []string{"(555) 014-7710"}}, VerdictPass, ""},
		{"a process is not", Input{Kind: KindReply, Text: "Absolutely. Go to https://cornercarerx.com/transfer and we'll handle the rest.", Context: "Can I move my prescriptions to you?", Allow: []string{"cornercarerx.com"}}, VerdictPass, ""},
		{"an apology answers a complaint in words the cues do not know", Input{Kind: KindReply, Text: "We're sorry to hear this. We'll share it with our leadership.", Context: "Pediatrician didn't seem to care at all. Won't be back."}, VerdictWarn, "no_offline_invitation"},
		{"praise that turns still needs an invitation", Input{Kind: KindReply, Text: "We're sorry to hear this. Scheduling is something we're always working to improve.", Context: "Therapists are great, but they keep changing the schedule last minute."}, VerdictWarn, "no_offline_invitation"},
		{"trouble reaching us invites nothing", Input{Kind: KindReply, Text: "We're sorry about the trouble reaching us. We've added staff to the phones.", Context: "Nobody answered the phone for two days."}, VerdictWarn, "no_offline_invitation"},
		{"condolences need no invitation", Input{Kind: KindReply, Text: "We're so sorry for your loss. Our thoughts are with you.", Context: "My father passed last month. He loved the nurses here."}, VerdictPass, ""},
	})
}

// TestSessionFiveShapes: the rules alone on the shapes session 5 added from cross-validation
// misses and measured sealed sets (docs/GUARD.md, "Session 5 shapes"), each beside a case the
// rule must leave alone: general answers, identifiers, units, kinds of care, hours and dates,
// signatures and public lines.
// TestSessionSixShapes pins the shapes found in session 6 (docs/GUARD.md, "Session 6 shapes").
func TestSessionSevenShapes(t *testing.T) {
	checkRulesAlone(t, []ruleCase{
		{"a word opening a sentence after a time is no name", Input{Kind: KindPost, Text: "Tour de la maternidad para futuras mamas y papas: cada primer sabado del mes a las 10 am. Conoce las salas de parto y resuelve tus dudas."}, VerdictPass, ""},
		{"a greeting, then an unknown name, is still a name", Input{Kind: KindReply, Text: "Hello Quillon, thank you for the kind words.", Context: "great"}, VerdictBlock, "person_name"},
		{"a program's title after the word program", Input{Kind: KindPost, Text: "¡Graduación del programa Dulce Vida! 25 participantes completaron las 10 semanas de clases sobre diabetes."}, VerdictPass, ""},
		{"a person after a program is still a person", Input{Kind: KindPost, Text: "Maria Lopez joined our diabetes program after her stroke."}, VerdictBlock, "patient_in_post"},
		{"a weekday's menu item is everyone's", Input{Kind: KindReply, Text: "We'll let our kitchen crew know. They take their Friday frybread seriously!", Context: "cafeteria has the best frybread on Fridays"}, VerdictPass, ""},
		{"the reader's weekday appointment is theirs", Input{Kind: KindReply, Text: "We'll see you at your Friday appointment!", Context: "good"}, VerdictBlock, "date"},
		{"a check-in tablet is no medicine", Input{Kind: KindReply, Text: "Thanks! We're glad the new check-in tablets are making things easier.", Context: "Easy check in on the tablet."}, VerdictPass, ""},
		{"an invitation to confirm coverage", Input{Kind: KindReply, Text: "We accept several Medicaid plans. Please call (555) 011-5578 to confirm coverage for your specific plan.", Context: "do you take Medicaid?", Allow: []string{"(555) 011-5578"}}, VerdictPass, ""},
		{"coverage we confirmed is the reader's", Input{Kind: KindReply, Text: "We confirmed your coverage with Aetna last week.", Context: "billing mess"}, VerdictBlock, "insurance_billing"},
		{"a manager's signature, even one the directory lists as a nurse", Input{Kind: KindReply, Text: "Thank you for the great review! — Marcus Hale, Nurse Manager", Context: "5 stars. Clean, fast, friendly.", Staff: []StaffMember{{Name: "Marcus Hale", Role: "nurse manager"}}}, VerdictPass, ""},
		{"an award title is no name", Input{Kind: KindPost, Text: "Our receptionist Dana Fox was named Employee of the Month for her calm, kind approach with patients and families."}, VerdictPass, ""},
		{"a hyphenated county is a place", Input{Kind: KindPost, Text: "Thanks to 1,200 donors, Tri-County Medical Center's new 3T MRI is up and running."}, VerdictPass, ""},
		{"a hyphenated first name is still a name", Input{Kind: KindPost, Text: "Please pray for Mary-Kate, who had her surgery today."}, VerdictBlock, "patient_in_post"},
		{"our group's possessive is no person's", Input{Kind: KindPost, Text: "Our Auxiliary's famous jewelry and scrubs sale is back! All proceeds fund patient-comfort items."}, VerdictPass, ""},
		{"a symptom the reader had, opening a sentence after 'some'", Input{Kind: KindReply, Text: "Thanks for the honest feedback. Some swelling in the first week is normal, but please call our nurse line at (555) 012-6060 if it hasn't settled.", Context: "Doc was great but I had more swelling than expected.", Allow: []string{"(555) 012-6060"}}, VerdictBlock, "health_echo"},
		{"the same sentence answering a question", Input{Kind: KindReply, Text: "Some swelling after a vasectomy is normal. Please call our nurse line at (555) 012-6060 with questions.", Context: "Is swelling normal after a vasectomy?", Allow: []string{"(555) 012-6060"}}, VerdictPass, ""},
		{"the hour the reader went home, repeated", Input{Kind: KindReply, Text: "Glad we could get you home by 6! Thanks for the kind words.", Context: "Kidney stone at 2am, ER got me in and out by 6."}, VerdictBlock, "time"},
		{"our opening hours are not the reader's", Input{Kind: KindReply, Text: "We're open until 8 on weekdays, so come by after 6 if that's easier.", Context: "they close by 6, I work till 6"}, VerdictPass, ""},
		{"the reader's birthday, repeated", Input{Kind: KindReply, Text: "Happy belated birthday! Thanks for spending part of it with us.", Context: "Came in on my birthday of all days lol"}, VerdictBlock, "date"},
		{"a client's name that is also a place", Input{Kind: KindPost, Text: "This year our client Jordan, 11, will read the poem he's been practicing with us all fall!"}, VerdictBlock, "patient_in_post"},
		{"a Patient Advocacy office is no name", Input{Kind: KindReply, Text: "We're sorry to read this. Please call our Patient Advocacy office at (555) 010-2323.", Context: "terrible", Allow: []string{"(555) 010-2323"}}, VerdictPass, ""},
		{"a unit named for PrEP", Input{Kind: KindReply, Text: "This means so much — we'll make sure our PrEP nurses see it!", Context: "The PrEP nurses here are unreal. Thank you!!"}, VerdictBlock, "health_echo"},
		{"a developmental term the parent used, repeated", Input{Kind: KindReply, Text: "Thank you so much! Supporting nonverbal kids like yours is at the heart of what we do.", Context: "Thank you for believing in my nonverbal 5 year old."}, VerdictBlock, "health_echo"},
		{"developmental terms in education", Input{Kind: KindPost, Text: "Speech delays are common, and early intervention helps. Talk to your pediatrician if your toddler isn't using words by 18 months."}, VerdictPass, ""},
		{"a quotation's speaker is a person", Input{Kind: KindPost, Text: "\"It was a second chance,\" says Quillon Brandt, who had a stent placed here in December."}, VerdictBlock, "patient_in_post"},
		{"a condition in the reviewer's own handle, written back", Input{Kind: KindReply, Text: "Thank you, eczema_warrior_88! We're so glad you found us.", Context: "these ppl get it. 10/10", Reviewer: "eczema_warrior_88"}, VerdictBlock, "health_condition"},
		{"a handle with no condition is only a name", Input{Kind: KindReply, Text: "Thanks lab_rat_lou! We appreciate you.", Context: "great", Reviewer: "lab_rat_lou"}, VerdictWarn, "reviewer_name"},
		{"ear wax, repeated", Input{Kind: KindReply, Text: "Ha! Ear wax can make a huge difference. Thanks for the review!", Context: "Came in for ear wax removal, out in 10 min and can hear again lol"}, VerdictBlock, "health_echo"},
		{"the hearing aid the reader chose", Input{Kind: KindReply, Text: "Wonderful! The rechargeable Phonak Lumity model you chose is one of our favorites.", Context: "Love my new aids"}, VerdictBlock, "health_procedure"},
		{"a post that names someone, then speaks of their health to them", Input{Kind: KindPost, Text: "A big thank-you to Daniel Mills of the Greenfield Fire Department! Thank you for letting our team manage your blood pressure for 20 years."}, VerdictBlock, "patient_in_post"},
		{"a named winner, then advice to everyone", Input{Kind: KindPost, Text: "Congratulations to Daniel Mills, winner of our 5K! Regular exercise keeps blood pressure in check."}, VerdictPass, ""},
		{"a holiday wished is no date", Input{Kind: KindReply, Text: "¡Feliz Día de las Madres a usted también!", Context: "Feliz día a todas las mamás que trabajan en la clínica!"}, VerdictPass, ""},
		{"a holiday the reader spent with us is", Input{Kind: KindReply, Text: "We're so glad we could care for you on Mother's Day.", Context: "good"}, VerdictBlock, "date"},
		{"our member, named, in a post", Input{Kind: KindPost, Text: "Congratulations to our member Walter Greene on one year smoke-free through our quit program!"}, VerdictBlock, "patient_in_post"},
		{"member services is an office", Input{Kind: KindPost, Text: "Medicare open enrollment is here! Our member services team can help you compare plans."}, VerdictPass, ""},
		{"a clinic named for a toy is an event", Input{Kind: KindPost, Text: "Join us for the Teddy Bear Clinic on Saturday! Kids can bring a stuffed friend for a checkup."}, VerdictPass, ""},
	})
}

func TestSessionSixShapes(t *testing.T) {
	checkRulesAlone(t, []ruleCase{
		{"encouraging others is about others", Input{Kind: KindReply, Text: "Thank you for encouraging others to book their yearly skin exam!", Context: "Had two melanomas removed here, get checked people"}, VerdictPass, ""},
		{"the reader's own exam is theirs", Input{Kind: KindReply, Text: "Thank you for trusting us with your yearly skin exam!", Context: "Great office"}, VerdictBlock, "health_procedure"},
		{"others who waited are not a generic audience", Input{Kind: KindReply, Text: "We're glad our team caught the thyroid problem others missed.", Context: "Ten years here"}, VerdictBlock, ""},
		{"a free consultation is an offer", Input{Kind: KindReply, Text: "A free consultation is the best way to talk through your goals. Call (555) 018-2525.", Context: "How long does Botox last?", Allow: []string{"(555) 018-2525"}}, VerdictPass, ""},
		{"the reader's consultation is not", Input{Kind: KindReply, Text: "Your consultation went so well, we can't wait to see the results!", Context: "Great staff"}, VerdictBlock, ""},
		{"our team's training is no patient story", Input{Kind: KindPost, Text: "Our billing team just completed customer-service training. Next time you call, say hi to Rosa, Tyler and Mei!"}, VerdictPass, ""},
		{"a patient who completed treatment is", Input{Kind: KindPost, Text: "Congratulations to Tyler, who completed chemotherapy this week!"}, VerdictBlock, ""},
		{"our own new address", Input{Kind: KindReply, Text: "Our new office is at 410 Harbor Avenue, Suite 200. Call (555) 014-3300 for directions!", Context: "where is your new office??", Allow: []string{"(555) 014-3300"}}, VerdictPass, ""},
		{"the reader's address is theirs", Input{Kind: KindReply, Text: "We mailed the forms to you at 410 Harbor Avenue.", Context: "never got my forms"}, VerdictBlock, "street_address"},
		{"eye-care terms tied to the reader", Input{Kind: KindReply, Text: "We're sorry the dilation drops left you blurry for so long. Please call us.", Context: "Waited forever"}, VerdictBlock, "health_procedure"},
		{"eye-care terms in education", Input{Kind: KindPost, Text: "Diabetic retinopathy often has no early symptoms. A dilated eye exam once a year can catch it."}, VerdictPass, ""},
		{"treatments counted as the reader counted them", Input{Kind: KindReply, Text: "Six sessions well spent — thanks for the love!", Context: "6 sessions and my tattoo is gone"}, VerdictBlock, "health_echo"},
		{"how long the reader's care took, repeated", Input{Kind: KindReply, Text: "Four months is a great timeline — we're thrilled!", Context: "Dr Osei fixed my cystic acne in like 4 months"}, VerdictBlock, "visit_specifics"},
		{"a wait answered is not their care", Input{Kind: KindReply, Text: "Two weeks is too long for anyone to wait. Call us at (555) 014-5582.", Context: "2 weeks to get a callback", Allow: []string{"(555) 014-5582"}}, VerdictPass, ""},
		{"booking a session repeats no count", Input{Kind: KindReply, Text: "Thank you! You can book a session online anytime.", Context: "6 sessions and my tattoo is gone"}, VerdictPass, ""},
		{"who saw the reader, in Spanish", Input{Kind: KindReply, Text: "Hablamos con la Dra. Ibáñez, quien la atendió. Llámenos al (555) 016-1515.", Context: "Mala experiencia", Allow: []string{"(555) 016-1515"}}, VerdictBlock, ""},
		{"a doctor the reader named without accents is the one they named", Input{Kind: KindReply, Text: "Lamentamos leer esto. El Dr. Ramírez es uno de nuestros médicos. Llámenos al (555) 013-4410.", Context: "El doctor Ramirez muy grosero", Allow: []string{"(555) 013-4410"}}, VerdictWarn, "provider_named"},
		{"a language is no tumour", Input{Kind: KindReply, Text: "Todas las familias merecen información en su idioma.", Context: "Nadie me explicó nada en español."}, VerdictPass, ""},
		{"a British unit", Input{Kind: KindReply, Text: "Thank you so much — our A&E team will really appreciate this.", Context: "5 stars for the A&E staff"}, VerdictBlock, "care_setting"},
		{"feelings are no symptom", Input{Kind: KindReply, Text: "We are so sorry for the pain in your words. Please call us at (555) 015-6678.", Context: "Nobody came. I'm so angry.", Allow: []string{"(555) 015-6678"}}, VerdictPass, ""},
		{"a schedule answering a general question", Input{Kind: KindReply, Text: "Yes, all our clinics keep normal hours Thanksgiving week, with some shifts moved to Wednesday.", Context: "Is the clinic open on Thanksgiving?"}, VerdictPass, ""},
		{"the reader's room number, repeated bare", Input{Kind: KindReply, Text: "So sorry about the TV in 212! Please call us.", Context: "room 212 had a broken tv the whole time"}, VerdictBlock, "care_setting"},
		{"the reader's ZIP, repeated bare", Input{Kind: KindReply, Text: "We're looking at sites in 48213 for next year!", Context: "could you open a clinic closer to 48213? 40 mins to you"}, VerdictBlock, "zip_code"},
		{"the reader's ZIP, opening the reply", Input{Kind: KindReply, Text: "48213 is on our list for next year!", Context: "open a clinic closer to 48213 please"}, VerdictBlock, "zip_code"},
		{"the reader's account, repeated bare", Input{Kind: KindReply, Text: "We've recalled account 88314 from collections.", Context: "acct 88314 went to collections"}, VerdictBlock, "account_number"},
		{"a price is no ZIP", Input{Kind: KindReply, Text: "Our new price list saves families up to 12000 a year. Call us to learn more.", Context: "I paid $12000 out of pocket last year, ridiculous"}, VerdictPass, ""},
		{"a sentence opening on the reader's condition is about it", Input{Kind: KindReply, Text: "Panic attacks are real medical events, and our providers are trained to take them seriously.", Context: "Came in for a panic attack and the doctor acted like I was faking."}, VerdictBlock, "health_echo"},
		{"one opening on a service asked about is not", Input{Kind: KindReply, Text: "Flu shots are free for all students and staff.", Context: "are flu shots actually free or is there a catch lol"}, VerdictPass, ""},
		{"when our phone lines are busy", Input{Kind: KindReply, Text: "We're sorry — we know how frustrating the 8am rush is. Please call after 11am, when lines are quieter.", Context: "Cant get through on the phone at 8am"}, VerdictPass, ""},
		{"visiting hours asked about, signed off with thanks", Input{Kind: KindReply, Text: "Parents can be with their child at any time, and other visitors are welcome from 2pm to 7pm daily.", Context: "Anyone know what time visiting is on the children's ward? thanks"}, VerdictPass, ""},
		{"a thank-you is no question", Input{Kind: KindReply, Text: "Our promotoras enjoy their Thursday visits with him.", Context: "thank u for visiting my grandpa at home"}, VerdictBlock, "date"},
		{"a visit date answering one is not", Input{Kind: KindReply, Text: "We've checked, and the MRI from Tuesday has been read.", Context: "Has my MRI been read yet?"}, VerdictBlock, ""},
	})
}

func TestSessionFiveShapes(t *testing.T) {
	checkRulesAlone(t, []ruleCase{
		{"a question without its mark is still general", Input{Kind: KindReply, Text: "Colds usually come on gradually, while flu tends to hit suddenly. Questions? Call us.", Context: "Whats the difference between a cold and the flu"}, VerdictPass, ""},
		{"a statement opening with a question word is not a question", Input{Kind: KindReply, Text: "Stopping dialysis is such a hard choice. We're glad we could step in right away for her.", Context: "when we stopped dialysis for mom, Redwing stepped in right away"}, VerdictBlock, ""},
		{"asking to get a vaccine asks about a service", Input{Kind: KindReply, Text: "In general, COVID-19 and flu vaccines can safely be given at the same visit.", Context: "Can I get my covid and flu shot same day?"}, VerdictPass, ""},
		{"asking about one's own results does not", Input{Kind: KindReply, Text: "Sorry your flu is so bad. Please call us.", Context: "Can I get my flu test results? I have the flu"}, VerdictBlock, "health_echo"},
		{"an eponymous disease is no person", Input{Kind: KindPost, Text: "Aspirin is not recommended for children because of its link to Reye's syndrome."}, VerdictPass, ""},
		{"an age opening a sentence", Input{Kind: KindReply, Text: "At 92, you deserve every minute of their time!", Context: "The nurses treated me like a queen"}, VerdictBlock, "age_over_89"},
		{"a capacity is no age", Input{Kind: KindPost, Text: "At 50, it's time to start colon cancer screening. At 100% capacity our ER still sees everyone."}, VerdictPass, ""},
		{"a unit named for its patients is a unit", Input{Kind: KindReply, Text: "We'll pass your kind words on to our women's health nurses.", Context: "Great visit"}, VerdictBlock, "care_setting"},
		{"a team for veterans is not", Input{Kind: KindReply, Text: "Thank you! Our women veterans team will be thrilled to hear this.", Context: "Great help with my benefits"}, VerdictPass, ""},
		{"a clinic named for a medicine is a unit", Input{Kind: KindReply, Text: "Thank you! We'll share this with the staff at our ketamine clinic.", Context: "Life changing"}, VerdictBlock, "care_setting"},
		{"a clinic's hours are business", Input{Kind: KindReply, Text: "Our cardiology clinic is open Saturdays.", Context: "Great docs"}, VerdictPass, ""},
		{"sports medicine is no medicine", Input{Kind: KindReply, Text: "Thank you! Our sports medicine team had a blast cheering on the runners.", Context: "Fun race"}, VerdictPass, ""},
		{"a journey from the reader's home names it", Input{Kind: KindReply, Text: "Thank you for driving in from Oak Ridge every week!", Context: "Love my nurses"}, VerdictBlock, "city_state"},
		{"towns families come from in a post are no one's", Input{Kind: KindPost, Text: "Families travel from Greenville, Dayton and beyond to see our pediatric heart team."}, VerdictPass, ""},
		{"a holiday is the date of a visit", Input{Kind: KindReply, Text: "We're glad we could be there over the Thanksgiving weekend.", Context: "Hospice was there for us"}, VerdictBlock, "date"},
		{"a holiday greeting is not", Input{Kind: KindReply, Text: "Happy Thanksgiving from all of us! Our clinics are closed on Labor Day.", Context: "Great team"}, VerdictPass, ""},
		{"a Spanish unit follows its head", Input{Kind: KindReply, Text: "Gracias. Compartiremos esto con nuestro equipo de cardiología.", Context: "Excelente"}, VerdictBlock, "care_setting"},
		{"a Spanish office is no unit", Input{Kind: KindReply, Text: "Gracias. Para preguntas, llame a nuestro equipo de facturación.", Context: "Excelente"}, VerdictPass, ""},
		{"the kind of care the reader gets is theirs", Input{Kind: KindReply, Text: "Thank you for trusting us with your mental health care.", Context: "Best place"}, VerdictBlock, "health_condition"},
		{"the kind of care in a post is a service", Input{Kind: KindPost, Text: "Mental health care is health care. Heart care close to home: our new clinic opens Monday."}, VerdictPass, ""},
		{"a record number in our own address", Input{Kind: KindReply, Text: "You can view them here: https://portal.nskidney.com/results?patient=884213.", Context: "How do I see my results online?", Allow: []string{"nskidney.com"}}, VerdictBlock, "mrn"},
		{"a campaign code in our own address is not", Input{Kind: KindPost, Text: "Book online at https://nskidney.com/book?ref=2024 today.", Allow: []string{"nskidney.com"}}, VerdictPass, ""},
		{"the reader's own times, repeated", Input{Kind: KindReply, Text: "A wait from 9 p.m. to 5 a.m. is unacceptable, and we apologize. Please call (555) 016-2020.", Context: "Waited in the ER from 9pm to 5am. Absolute joke.", Allow: []string{"(555) 016-2020"}}, VerdictBlock, "time"},
		{"opening hours asked about are not", Input{Kind: KindReply, Text: "We're open 9 a.m. to 5 p.m. on weekdays. Call (555) 016-2020 with questions.", Context: "Waited outside from 8am, you open at 9am?? ridiculous", Allow: []string{"(555) 016-2020"}}, VerdictPass, ""},
		{"an age in decades", Input{Kind: KindReply, Text: "Caring for patients in their nineties with dignity is what we strive for.", Context: "My grandmother was treated with such dignity."}, VerdictBlock, "age_over_89"},
		{"a score at the start of a reply is no date", Input{Kind: KindReply, Text: "7/10 is respectable, we're calling a rematch!", Context: "I got 7/10 on your quiz lol"}, VerdictPass, ""},
		{"a manager signing is not the provider seen", Input{Kind: KindReply, Text: "Thank you for the great review! — Marcus Hale, Nurse Manager", Context: "5 stars. Clean, fast, friendly."}, VerdictPass, ""},
		{"a clinician signing is", Input{Kind: KindReply, Text: "Keep up those band exercises for the shoulder! — Jess, PT", Context: "Great PT"}, VerdictBlock, ""},
		{"welcoming the reader into a club of patients", Input{Kind: KindReply, Text: "Welcome to the glasses-free life!", Context: "Best decision ever"}, VerdictBlock, "treatment_outcome"},
		{"welcoming them to the organization is not", Input{Kind: KindReply, Text: "Welcome to the neighborhood! Call (555) 016-2020 to meet our team.", Context: "Just moved here", Allow: []string{"(555) 016-2020"}}, VerdictPass, ""},
		{"a hyphenated, two-label domain on the allow-list is ours", Input{Kind: KindPost, Text: "More at www.thornleigh-pennock.nhs.uk and www.fenwickbridgecharity.org.uk.", Allow: []string{"www.thornleigh-pennock.nhs.uk", "www.fenwickbridgecharity.org.uk"}}, VerdictPass, ""},
		{"visiting hours asked about are hours", Input{Kind: KindReply, Text: "Parents can be with their child at any time, and other visitors are welcome from 2pm to 7pm daily.", Context: "What are visiting hours on the children's ward?"}, VerdictPass, ""},
		{"a recurring time is no visit", Input{Kind: KindReply, Text: "It certainly is! Hospital Radio broadcasts every evening from 6pm. Call (555) 016-2020 to volunteer.", Context: "Is the hospital radio still going?", Allow: []string{"(555) 016-2020"}}, VerdictPass, ""},
		{"an echo written without accents is still an echo", Input{Kind: KindReply, Text: "Lamentamos que no le hayan explicado bien. La presión alta se puede controlar.", Context: "Me dijeron que tenia la presion alta y ni me explicaron nada"}, VerdictBlock, "health_echo"},
		{"a Spanish account number", Input{Kind: KindReply, Text: "Su cuenta 44817 tiene un saldo pendiente. Llámenos al (555) 013-9001.", Context: "Me negaron el servicio", Allow: []string{"(555) 013-9001"}}, VerdictBlock, "account_number"},
		{"a dermatology treatment is the reader's", Input{Kind: KindReply, Text: "So glad your basal cell excision healed so nicely!", Context: "Great surgeon"}, VerdictBlock, ""},
		{"a toll-free public line is no patient's number", Input{Kind: KindPost, Text: "Poison Help is available 24/7 at 1-800-222-1222. Save it in your phone today."}, VerdictPass, ""},
		{"a local number still is", Input{Kind: KindPost, Text: "Call Maria's cell at 555-013-9988 for rides."}, VerdictBlock, "phone"},
	})
}

type ruleCase struct {
	name string
	in   Input
	want Verdict
	rule string
}

// checkRulesAlone runs cases through a guard whose second opinion is off.
func checkRulesAlone(t *testing.T, cases []ruleCase) {
	t.Helper()
	p := DefaultPolicy()
	p.Severity = map[string]Severity{"possible_disclosure": SeverityOff, "possible_concern": SeverityOff}
	g := mustGuard(t, p)
	for _, c := range cases {
		r := g.Check(c.in)
		if r.Verdict != c.want {
			t.Errorf("%s: %s, want %s; %+v", c.name, r.Verdict, c.want, r.Findings)
			continue
		}
		if c.rule != "" && !hasRule(r.Findings, c.rule) {
			t.Errorf("%s: no %s finding in %+v", c.name, c.rule, r.Findings)
		}
	}
}

func hasRule(fs []Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// TestPossessedWordsExplainThemselves: a body part or care word that counts only because it is
// the reader's is explained as such, not as a condition ("your new contacts" is no diagnosis).
func TestPossessedWordsExplainThemselves(t *testing.T) {
	g := mustGuard(t, nil)
	r := g.Check(Input{Kind: KindReply, Text: "Glad the new contacts are more comfortable, and that your knee feels stronger.", Context: "Great visit."})
	found := 0
	for _, f := range r.Findings {
		if f.Text == "contacts" || f.Text == "knee" {
			found++
			if f.Message != possessedMessage {
				t.Errorf("%q: message %q, want the possessed-word message", f.Text, f.Message)
			}
		}
	}
	if found != 2 {
		t.Errorf("want findings on both possessed words, got %+v", r.Findings)
	}
	r = g.Check(Input{Kind: KindReply, Text: "We hope your migraine has eased.", Context: "Migraine all week."})
	for _, f := range r.Findings {
		if f.Message == possessedMessage {
			t.Errorf("a condition got the possessed-word message: %+v", f)
		}
	}
}

// TestParseExamplesRejectsBadLines: a labelled set with a repeated id or an unknown verdict is
// refused with the line that is wrong, so a misses list never names two examples at once.
func TestParseExamplesRejectsBadLines(t *testing.T) {
	ok := `{"id": "a", "kind": "reply", "text": "Thanks!", "expect": "pass"}`
	for _, c := range []struct{ data, want string }{
		{ok + "\n" + ok, `line 2: id "a" is already used on line 1`},
		{`{"id": "b", "kind": "reply", "text": "Thanks!", "expect": "maybe"}`, `line 1: expect "maybe"`},
	} {
		_, err := ParseExamples([]byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseExamples(%q) error = %v, want it to contain %q", c.data, err, c.want)
		}
	}
	if exs, err := ParseExamples([]byte(ok)); err != nil || len(exs) != 1 {
		t.Errorf("ParseExamples(one good line) = %d examples, %v", len(exs), err)
	}
}
