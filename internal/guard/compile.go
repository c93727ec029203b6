package guard

import (
	"regexp"
	"sort"
	"strings"

	"github.com/bedsidehq/bedside/internal/profanity"
)

// allowList holds the organization's own contact details in comparable form.
type allowList struct {
	phones []string // last 10 digits
	emails []string // lower case
	hosts  []string // lower case host without www.
	texts  []string // anything else (addresses), lower case, spaces collapsed
}

// with returns a with extra added. It builds the result in buf's slices, scratch the caller
// keeps from one call to the next (a pooled scan), so a Check with an allow list allocates no
// new slices; the result aliases buf until the next call.
func (a allowList) with(extra []string, buf *allowList) allowList {
	if len(extra) == 0 {
		return a
	}
	b := allowList{phones: append(buf.phones[:0], a.phones...), emails: append(buf.emails[:0], a.emails...),
		hosts: append(buf.hosts[:0], a.hosts...), texts: append(buf.texts[:0], a.texts...)}
	for _, e := range extra {
		b.add(e)
	}
	*buf = b
	return b
}

func (a *allowList) add(e string) {
	e = strings.TrimSpace(strings.ToLower(e))
	if e == "" {
		return
	}
	switch {
	case strings.Contains(e, "@"):
		a.emails = append(a.emails, e)
		if h := e[strings.LastIndexByte(e, '@')+1:]; h != "" {
			a.hosts = append(a.hosts, h)
		}
	case digitCount([]byte(e)) >= 7 && !strings.ContainsAny(e, "abcdefghijklmnopqrstuvwxyz"):
		a.phones = append(a.phones, lastDigits(e, 10))
	case strings.Contains(e, ".") && !strings.Contains(e, " "):
		a.hosts = append(a.hosts, hostOf(e))
	default:
		a.texts = append(a.texts, strings.Join(strings.Fields(e), " "))
	}
}

func lastDigits(s string, n int) string {
	var buf [32]byte
	return string(appendLastDigits(buf[:0], s, n))
}

// appendLastDigits appends the last n digits of s to dst, so a caller that only compares
// them can keep them on its stack.
func appendLastDigits(dst []byte, s string, n int) []byte {
	start := len(dst)
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			dst = append(dst, s[i])
		}
	}
	if len(dst)-start > n {
		dst = append(dst[:start], dst[len(dst)-n:]...)
	}
	return dst
}

// tollFree: a North American toll-free number (800, 833, 844, 855, 866, 877, 888) belongs
// to an organization (Poison Help, a crisis line, a pharmacy benefit manager), never to a
// patient, so publishing one discloses no one.
func tollFree(last10 []byte) bool {
	if len(last10) != 10 || last10[0] != '8' {
		return false
	}
	a, b := last10[1], last10[2]
	return a == b && (a == '0' || a >= '3' && a <= '8')
}

func hostOf(u string) string {
	u = strings.ToLower(u)
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(u, "www.")
}

func (a allowList) hostOK(h string) bool {
	for _, x := range a.hosts {
		if h == x || strings.HasSuffix(h, "."+x) {
			return true
		}
	}
	return false
}

// allows says whether an identifier of the given rule is the organization's own.
func (a allowList) allows(rule, text string) bool {
	switch rule {
	case "phone":
		var buf [32]byte
		d := appendLastDigits(buf[:0], text, 10)
		for _, p := range a.phones {
			if p == string(d) || len(d) == 7 && strings.HasSuffix(p, string(d)) {
				return true
			}
		}
		return tollFree(d)
	case "email":
		t := strings.ToLower(text)
		for _, e := range a.emails {
			if e == t {
				return true
			}
		}
		return a.hostOK(t[strings.LastIndexByte(t, '@')+1:])
	case "url":
		return a.hostOK(hostOf(text))
	case "street_address", "city_state", "zip_code":
		t := strings.Join(strings.Fields(strings.ToLower(text)), " ")
		for _, x := range a.texts {
			if strings.Contains(x, t) || strings.Contains(t, x) {
				return true
			}
		}
	}
	return false
}

// staffSet maps the name words (first and last names) in the staff directory to whether
// one of the people with that name gives care (clinicalRoleText).
type staffSet map[string]bool

func (s staffSet) has(w string) bool { _, ok := s[w]; return ok }

// clinicalRole: role words of people who give care. Naming one of them in a reply tells
// readers who treated the reviewer; a receptionist or a practice manager does not. They are
// also role words (roleWord in scan.go): "nurse Jenny Park" is staff.
var clinicalRole = map[string]bool{"nurse": true, "nurses": true, "hygienist": true, "therapist": true,
	"tech": true, "technician": true, "technologist": true, "pt": true, "ot": true, "dentist": true,
	"doctor": true, "dr": true, "surgeon": true, "ma": true, "np": true, "pa": true, "midwife": true,
	"midwives": true, "pharmacist": true, "counselor": true, "counsellor": true, "aide": true, "cna": true,
	"rn": true, "lpn": true, "physician": true, "physicians": true, "provider": true, "phlebotomist": true,
	"dietitian": true, "nutritionist": true, "psychologist": true, "psychiatrist": true,
	"chiropractor": true, "optometrist": true, "audiologist": true, "podiatrist": true, "paramedic": true,
	"paramedics": true, "orthodontist": true, "dermatologist": true, "pediatrician": true,
	"cardiologist": true, "radiologist": true, "sonographer": true, "anesthesiologist": true,
	"obstetrician": true, "doula": true, "clinician": true, "practitioner": true, "lcsw": true,
	"lpc": true, "lmft": true, "caregiver": true, "emt": true, "hospitalist": true,
	"oncologist": true, "neurologist": true, "surgeons": true}

// clinicalRoleText says whether a directory role ("licensed clinical social worker", "RN")
// names someone who gives care.
func clinicalRoleText(role string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(role), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '-' || r == '/' || r == '(' || r == ')'
	}) {
		if clinicalRole[w] || w == "social" { // "social worker"; "social" is no title before a name
			return true
		}
	}
	return false
}

func staffWords(m StaffMember, f func(string)) {
	for _, w := range strings.FieldsFunc(strings.ToLower(m.Name), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '-'
	}) {
		if len(w) >= 2 && !honorifics[w] && !nameStop[w] {
			f(w)
		}
	}
}

// hasStaff says whether w is a name word of someone in staff, and whether one of those
// people gives care.
func hasStaff(staff []StaffMember, w string) (found, clinical bool) {
	for _, m := range staff {
		staffWords(m, func(x string) {
			if x == w {
				found = true
				clinical = clinical || clinicalRoleText(m.Role)
			}
		})
	}
	return found, clinical
}

type phraseRule struct {
	PhraseRule
	kinds map[Kind]bool
}

func (r phraseRule) applies(k Kind) bool { return len(r.kinds) == 0 || r.kinds[k] }

type customRule struct {
	PatternRule
	re    *regexp.Regexp
	kinds map[Kind]bool
}

func kindSet(ks []Kind) map[Kind]bool {
	if len(ks) == 0 {
		return nil
	}
	m := map[Kind]bool{}
	for _, k := range ks {
		m[k] = true
	}
	return m
}

// compilePolicy prepares the policy's allow-list, staff directory, phrase tries and patterns.
func (g *Guard) compilePolicy() error {
	p := g.policy
	for _, a := range p.Allow {
		g.allow.add(a)
	}
	g.staff = staffSet{}
	for _, m := range p.Staff {
		staffWords(m, func(w string) { g.staff[w] = g.staff[w] || clinicalRoleText(m.Role) })
	}
	g.phrases = &tnode{id: -1}
	for i, r := range p.BannedPhrases {
		g.banned = append(g.banned, phraseRule{PhraseRule: r, kinds: kindSet(r.Kinds)})
		g.phrases.add(r.Phrase, phBanned, i, false, nil)
	}
	for i, r := range p.RequiredPhrases {
		g.require = append(g.require, phraseRule{PhraseRule: r, kinds: kindSet(r.Kinds)})
		g.phrases.add(r.Phrase, phRequired, i, false, nil)
	}
	for _, r := range p.CustomPatterns {
		re, err := regexp.Compile(r.Pattern)
		if err != nil {
			return errorf("custom pattern %s: %w", r.ID, err)
		}
		g.custom = append(g.custom, customRule{PatternRule: r, re: re, kinds: kindSet(r.Kinds)})
	}
	return nil
}

// policyRules applies the organization's banned and required phrases, custom patterns and
// profanity.
func (s *scan) policyRules() {
	g := s.g
	kind := s.in.Kind
	if kind == "" {
		kind = KindReply
	}
	if len(g.banned)+len(g.require) > 0 {
		var found []bool
		if len(g.require) > 0 {
			found = make([]bool, len(g.require))
		}
		var hs []hit
		hs = s.d.matchAll(g.phrases, hs)
		for _, h := range hs {
			// A node may end both a banned and a required phrase with the same words; ids
			// are stored per list so look both up.
			if h.bits&phBanned != 0 {
				for i, r := range g.banned {
					if r.applies(kind) && samePhrase(r.Phrase, s.d, h) {
						msg := r.Message
						if msg == "" {
							msg = rules["banned_phrase"].Message
						}
						s.findings = append(s.findings, Finding{Rule: "banned_phrase", Category: "policy", Severity: r.Severity,
							Start: s.d.toks[h.t0].start, End: s.d.toks[h.t1-1].end, Message: msg})
						_ = i
						break
					}
				}
			}
			if h.bits&phRequired != 0 {
				for i, r := range g.require {
					if samePhrase(r.Phrase, s.d, h) {
						found[i] = true
					}
				}
			}
		}
		for i, r := range g.require {
			if found[i] || !r.applies(kind) {
				continue
			}
			start, end := trimSpan(s.in.Text)
			if start >= end {
				continue
			}
			msg := r.Message
			if msg == "" {
				msg = "Your organization's policy requires this text to include: \"" + r.Phrase + "\"."
			}
			sev := r.Severity
			if o, ok := g.policy.Severity["required_phrase"]; ok {
				sev = o
			}
			s.findings = append(s.findings, Finding{Rule: "required_phrase", Category: "policy", Severity: sev,
				Start: start, End: end, Message: msg, Alternative: "Add: \"" + r.Phrase + "\""})
		}
	}
	for _, c := range g.custom {
		if c.kinds != nil && !c.kinds[kind] {
			continue
		}
		for _, m := range c.re.FindAllStringIndex(s.in.Text, 64) {
			if m[0] < m[1] {
				s.findings = append(s.findings, Finding{Rule: c.ID, Category: c.Category, Severity: c.Severity,
					Start: m[0], End: m[1], Message: c.Message, Alternative: c.Alternative})
			}
		}
	}
	for _, m := range findProfanity(s.in.Text) {
		s.add("profanity", m.Start, m.End, "This word is profanity ("+string(m.Severity)+"). Keep public replies and posts professional.")
	}
}

func samePhrase(p string, d doc, h hit) bool {
	toks := normPhrase(p)
	if len(toks) != h.t1-h.t0 {
		return false
	}
	for i, t := range toks {
		if string(d.stem(h.t0+i)) != t {
			return false
		}
	}
	return true
}

func sortRules(r []RuleInfo) { sort.Slice(r, func(i, j int) bool { return r[i].ID < r[j].ID }) }

// findProfanity is profanity.Find; BenchmarkCheck1KBGuardOnly swaps it out to measure the
// guard's own work.
var findProfanity = profanity.Find
