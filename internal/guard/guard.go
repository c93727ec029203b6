// Package guard is Bedside's compliance guard: it reads an outgoing reply or post and reports
// every HIPAA problem in it (identifiers, health information tied to a person, confirmation of
// the patient relationship, tone, missing take-offline invitation, advice, guarantees,
// profanity) as span-level findings a non-lawyer can act on.
//
// The package does no I/O. A Guard is compiled once from a Policy by New and is safe for
// concurrent use; Check and Disclosures run in time linear in the input length.
package guard

import (
	"cmp"
	"slices"
	"sync"
	"unicode/utf8"
)

// Kind says what an outgoing text is: a reply to a patient's review or comment, or an
// organization post. Replies are always about the person answered; posts are not unless they
// identify a patient.
type Kind string

// Kinds of outgoing text.
const (
	KindReply Kind = "reply"
	KindPost  Kind = "post"
)

// Severity of a finding.
type Severity string

// Severities. SeverityOff is only used in policy overrides to switch a rule off.
const (
	SeverityBlock Severity = "block"
	SeverityWarn  Severity = "warn"
	SeverityOff   Severity = "off"
)

// Verdict is the overall decision on a text: the most severe finding, or pass.
type Verdict string

// Verdicts.
const (
	VerdictBlock Verdict = "block"
	VerdictWarn  Verdict = "warn"
	VerdictPass  Verdict = "pass"
)

// StaffMember is one entry of the organization's staff directory. Staff names are not
// patient identifiers, so the guard does not block them.
type StaffMember struct {
	Name string `json:"name" yaml:"name"`
	Role string `json:"role,omitempty" yaml:"role"`
}

// Input is one text to check with everything the guard needs to judge its context.
type Input struct {
	Kind     Kind
	Text     string
	Context  string        // the patient's text being answered (replies)
	Reviewer string        // the reviewer's public name or handle
	Allow    []string      // the organization's own phones, emails, web addresses
	Staff    []StaffMember // optional staff directory, added to the policy's
}

// Finding is one problem on an exact span of the text.
type Finding struct {
	Rule        string   `json:"rule"`
	Category    string   `json:"category"`
	Severity    Severity `json:"severity"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Text        string   `json:"text"`
	Message     string   `json:"message"`
	Alternative string   `json:"alternative,omitempty"`
}

// Result is the guard's answer for one text. Findings is never nil so it encodes as [].
type Result struct {
	ID       string    `json:"id"`
	Verdict  Verdict   `json:"verdict"`
	Findings []Finding `json:"findings"`
	Policy   string    `json:"policy"`
}

// Request is the JSON shape of one `bedside check --jsonl` input line and of the body of
// POST /api/v1/guard/check.
type Request struct {
	ID       string        `json:"id"`
	Kind     Kind          `json:"kind"`
	Text     string        `json:"text"`
	Context  string        `json:"context,omitempty"`
	Reviewer string        `json:"reviewer,omitempty"`
	Allow    []string      `json:"allow,omitempty"`
	Staff    []StaffMember `json:"staff,omitempty"`
}

// Input converts a request into a guard input; an empty kind means a reply, the common case.
func (r Request) Input() Input {
	k := r.Kind
	if k == "" {
		k = KindReply
	}
	return Input{Kind: k, Text: r.Text, Context: r.Context, Reviewer: r.Reviewer, Allow: r.Allow, Staff: r.Staff}
}

// Validate reports why a request cannot be checked.
func (r Request) Validate() error {
	switch r.Kind {
	case "", KindReply, KindPost:
	default:
		return errorf("kind %q: must be \"reply\" or \"post\"", r.Kind)
	}
	return nil
}

// Guard is a compiled policy. It is immutable after New and safe for concurrent use.
type Guard struct {
	policy  *Policy
	version string
	lex     *lexicons
	custom  []customRule
	phrases *tnode // policy banned and required phrases
	banned  []phraseRule
	require []phraseRule
	allow   allowList
	staff   staffSet
	pool    sync.Pool     // *scan scratch state, so Check does not allocate per token
	opinion *opinionModel // the learned second opinion on texts the rules did not block (opinion.go)
}

// New compiles p (DefaultPolicy when nil) into a Guard.
func New(p *Policy) (*Guard, error) {
	if p == nil {
		p = DefaultPolicy()
	}
	g := &Guard{policy: p, version: p.Version(), lex: sharedLexicons(), opinion: sharedOpinion()}
	if err := g.compilePolicy(); err != nil {
		return nil, err
	}
	g.pool.New = func() any { return new(scan) }
	return g, nil
}

// PolicyVersion names the policy results are computed under: a hash of the policy content.
func (g *Guard) PolicyVersion() string { return g.version }

// Check runs every rule on in.Text and returns the verdict and findings, sorted by position.
func (g *Guard) Check(in Input) Result {
	s := g.pool.Get().(*scan)
	s.reset(g, in)
	s.checkAll()
	fs := s.finish()
	v := verdictOf(fs)
	if o := s.secondOpinion(g.opinion, v); len(o) > 0 {
		fs = resolve(s.in.Text, append(fs, o...))
		v = verdictOf(fs)
	}
	g.pool.Put(s)
	return Result{Verdict: v, Findings: fs, Policy: g.version}
}

// Disclosures finds identifiers and health information in arbitrary patient-written text,
// with no reply context: the analysis package reports a patient's self-disclosed PHI with it,
// and Check uses the same detectors to recognise echoes of the patient's own words.
func (g *Guard) Disclosures(text string) []Finding {
	s := g.pool.Get().(*scan)
	s.reset(g, Input{Kind: KindPost, Text: text})
	s.disclosures()
	fs := s.finish()
	g.pool.Put(s)
	return fs
}

func verdictOf(fs []Finding) Verdict {
	v := VerdictPass
	for _, f := range fs {
		switch f.Severity {
		case SeverityBlock:
			return VerdictBlock
		case SeverityWarn:
			v = VerdictWarn
		}
	}
	return v
}

// resolve keeps one finding per problem: where findings overlap, the most severe wins, then the
// most specific (longest span, then the rule's specificity rank). Spans are clamped to rune
// boundaries so callers can slice the text safely.
func resolve(text string, fs []Finding) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		f.Start, f.End = runeAlign(text, f.Start, f.End)
		if f.Start >= f.End || f.Severity == SeverityOff || f.Severity == "" {
			continue
		}
		f.Text = text[f.Start:f.End]
		if !utf8.ValidString(f.Text) {
			f.Text = toValidUTF8(f.Text)
		}
		out = append(out, f)
	}
	// slices.SortStableFunc sorts exactly as sort.SliceStable did, without its reflection
	// and allocations (a stable sort's result is fixed by the order alone).
	slices.SortStableFunc(out, func(a, b Finding) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	// Drop a finding when an overlapping one already kept is at least as severe and covers the
	// same problem; otherwise the more severe one replaces it.
	kept := out[:0]
	for _, f := range out {
		merged := false
		for k := len(kept) - 1; k >= 0 && k >= len(kept)-4; k-- {
			o := &kept[k]
			if f.Start >= o.End || o.Start >= f.End {
				continue
			}
			if !sameProblem(*o, f) {
				continue
			}
			if rank(f) > rank(*o) {
				*o = f
			}
			merged = true
			break
		}
		if !merged {
			kept = append(kept, f)
		}
	}
	slices.SortStableFunc(kept, func(a, b Finding) int { return cmp.Compare(a.Start, b.Start) })
	return kept
}

// sameProblem says whether two overlapping findings describe one problem. Whole-text findings
// (missing invitation, required phrase) never absorb span findings.
func sameProblem(a, b Finding) bool {
	return !wholeText[a.Rule] && !wholeText[b.Rule]
}

func rank(f Finding) int {
	r := 0
	if f.Severity == SeverityBlock {
		r += 1 << 20
	}
	r += specificity[f.Rule] << 12
	r += f.End - f.Start
	return r
}

func runeAlign(text string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	for start < end && start < len(text) && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && end > start && !utf8.RuneStart(text[end]) {
		end--
	}
	return start, end
}

func toValidUTF8(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}
