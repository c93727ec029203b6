package guard

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Policy is an organization's guard configuration, parsed and validated by ParsePolicy. The
// zero value plus DefaultPolicy's version is the built-in behaviour.
type Policy struct {
	Name            string              // display name of the organization or policy
	Allow           []string            // the organization's own phones, emails, web addresses
	Staff           []StaffMember       // staff directory: these names are not patients
	BannedPhrases   []PhraseRule        // phrases that must never appear
	RequiredPhrases []PhraseRule        // phrases (disclaimers) that must appear
	CustomPatterns  []PatternRule       // organization-specific identifiers and wording
	Severity        map[string]Severity // rule id -> block | warn | off
	version         string
}

// PhraseRule is a banned or required phrase. Matching is case-insensitive on whole words.
type PhraseRule struct {
	Phrase   string
	Message  string
	Severity Severity
	Kinds    []Kind // empty: both replies and posts
}

// PatternRule is an organization-specific regular expression (RE2 syntax).
type PatternRule struct {
	ID          string
	Pattern     string
	Category    string
	Severity    Severity
	Message     string
	Alternative string
	Kinds       []Kind
}

// rulesVersion names the generation of the guard's code rules; bump it with every change to
// a rule's behaviour. The lexicons and the learned model need no bump: their content is part of
// the version (see hashVersion), so results computed under different guard builds name
// different versions.
const rulesVersion = "bedside-guard/8"

// DefaultPolicy is the built-in policy: every rule at its documented severity, empty
// allow-list and staff directory.
func DefaultPolicy() *Policy {
	return &Policy{version: hashVersion(nil)}
}

// Version is the policy version results name: "sha256:" and the first 16 hex digits of the
// hash of the built-in rule version and the policy file's bytes.
func (p *Policy) Version() string {
	if p.version == "" {
		p.version = hashVersion(nil)
	}
	return p.version
}

func hashVersion(data []byte) string {
	h := sha256.New()
	for _, part := range []string{rulesVersion, healthText, phrasesText, namesText, opinionFingerprint()} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	h.Write(data)
	return "sha256:" + hex.EncodeToString(h.Sum(nil))[:16]
}

// ParsePolicy parses a YAML or JSON policy file (JSON is YAML). Errors name the line and the
// reason, e.g. "policy line 7: severity: rule \"tone_defensiv\" is not a guard rule".
func ParsePolicy(data []byte) (*Policy, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	p := &Policy{version: hashVersion(data)}
	if len(doc.Content) == 0 {
		return p, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, lineErr(root, "the policy must be a mapping of keys (allow, staff, banned_phrases, ...)")
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var err error
		switch k.Value {
		case "version":
			if v.Value != "1" {
				err = lineErr(v, "version: only format version 1 is supported")
			}
		case "name":
			p.Name, err = scalar(v, "name")
		case "allow":
			p.Allow, err = stringList(v, "allow")
		case "staff":
			p.Staff, err = parseStaff(v)
		case "banned_phrases":
			p.BannedPhrases, err = parsePhrases(v, "banned_phrases", SeverityBlock)
		case "required_phrases":
			p.RequiredPhrases, err = parsePhrases(v, "required_phrases", SeverityWarn)
		case "custom_patterns":
			p.CustomPatterns, err = parsePatterns(v)
		case "severity":
			p.Severity, err = parseSeverity(v)
		default:
			err = lineErr(k, fmt.Sprintf("unknown key %q (known: version, name, allow, staff, banned_phrases, required_phrases, custom_patterns, severity)", k.Value))
		}
		if err != nil {
			return nil, err
		}
	}
	return p, nil
}

// policyError carries the line of the offending node.
type policyError struct {
	line   int
	reason string
}

func (e *policyError) Error() string { return fmt.Sprintf("policy line %d: %s", e.line, e.reason) }

func lineErr(n *yaml.Node, reason string) error { return &policyError{line: n.Line, reason: reason} }

func errorf(format string, a ...any) error { return fmt.Errorf(format, a...) }

func scalar(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", lineErr(n, what+": must be a single value")
	}
	return n.Value, nil
}

func stringList(n *yaml.Node, what string) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, lineErr(n, what+": must be a list")
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		s, err := scalar(c, what+" entry")
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(s) == "" {
			return nil, lineErr(c, what+": empty entry")
		}
		out = append(out, s)
	}
	return out, nil
}

func parseStaff(n *yaml.Node) ([]StaffMember, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, lineErr(n, "staff: must be a list of {name, role}")
	}
	var out []StaffMember
	for _, c := range n.Content {
		if c.Kind == yaml.ScalarNode {
			out = append(out, StaffMember{Name: c.Value})
			continue
		}
		var m StaffMember
		if err := eachField(c, "staff entry", func(k string, v *yaml.Node) error {
			var err error
			switch k {
			case "name":
				m.Name, err = scalar(v, "staff name")
			case "role":
				m.Role, err = scalar(v, "staff role")
			default:
				err = lineErr(v, fmt.Sprintf("staff entry: unknown key %q (known: name, role)", k))
			}
			return err
		}); err != nil {
			return nil, err
		}
		if strings.TrimSpace(m.Name) == "" {
			return nil, lineErr(c, "staff entry: name is required")
		}
		out = append(out, m)
	}
	return out, nil
}

func eachField(n *yaml.Node, what string, f func(k string, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return lineErr(n, what+": must be a mapping")
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if err := f(n.Content[i].Value, n.Content[i+1]); err != nil {
			return err
		}
	}
	return nil
}

func parseSev(n *yaml.Node, what string, allowOff bool) (Severity, error) {
	s := Severity(strings.ToLower(n.Value))
	switch s {
	case SeverityBlock, SeverityWarn:
		return s, nil
	case SeverityOff:
		if allowOff {
			return s, nil
		}
	}
	if allowOff {
		return "", lineErr(n, fmt.Sprintf("%s: %q is not block, warn or off", what, n.Value))
	}
	return "", lineErr(n, fmt.Sprintf("%s: %q is not block or warn", what, n.Value))
}

func parseKinds(n *yaml.Node) ([]Kind, error) {
	list, err := stringList(n, "kinds")
	if err != nil {
		return nil, err
	}
	var out []Kind
	for i, s := range list {
		k := Kind(s)
		if k != KindReply && k != KindPost {
			return nil, lineErr(n.Content[i], fmt.Sprintf("kinds: %q is not reply or post", s))
		}
		out = append(out, k)
	}
	return out, nil
}

func parsePhrases(n *yaml.Node, what string, def Severity) ([]PhraseRule, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, lineErr(n, what+": must be a list")
	}
	var out []PhraseRule
	for _, c := range n.Content {
		r := PhraseRule{Severity: def}
		if c.Kind == yaml.ScalarNode {
			r.Phrase = c.Value
		} else if err := eachField(c, what+" entry", func(k string, v *yaml.Node) error {
			var err error
			switch k {
			case "phrase":
				r.Phrase, err = scalar(v, "phrase")
			case "message":
				r.Message, err = scalar(v, "message")
			case "severity":
				r.Severity, err = parseSev(v, "severity", false)
			case "kinds":
				r.Kinds, err = parseKinds(v)
			default:
				err = lineErr(v, fmt.Sprintf("%s entry: unknown key %q (known: phrase, message, severity, kinds)", what, k))
			}
			return err
		}); err != nil {
			return nil, err
		}
		if len(normPhrase(r.Phrase)) == 0 {
			return nil, lineErr(c, what+": phrase has no words")
		}
		out = append(out, r)
	}
	return out, nil
}

var ruleIDPattern = regexp.MustCompile(`^[a-z][a-z0-9_]{1,47}$`)

func parsePatterns(n *yaml.Node) ([]PatternRule, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, lineErr(n, "custom_patterns: must be a list")
	}
	var out []PatternRule
	for _, c := range n.Content {
		r := PatternRule{Severity: SeverityBlock, Category: "custom"}
		var patNode *yaml.Node
		if err := eachField(c, "custom_patterns entry", func(k string, v *yaml.Node) error {
			var err error
			switch k {
			case "id":
				r.ID, err = scalar(v, "id")
				if err == nil && !ruleIDPattern.MatchString(r.ID) {
					err = lineErr(v, fmt.Sprintf("id %q: use 2-48 lowercase letters, digits and _", r.ID))
				}
				if err == nil && rules[r.ID].Category != "" {
					err = lineErr(v, fmt.Sprintf("id %q: already a built-in rule; choose another", r.ID))
				}
			case "pattern":
				patNode = v
				r.Pattern, err = scalar(v, "pattern")
			case "category":
				r.Category, err = scalar(v, "category")
			case "severity":
				r.Severity, err = parseSev(v, "severity", false)
			case "message":
				r.Message, err = scalar(v, "message")
			case "alternative":
				r.Alternative, err = scalar(v, "alternative")
			case "kinds":
				r.Kinds, err = parseKinds(v)
			default:
				err = lineErr(v, fmt.Sprintf("custom_patterns entry: unknown key %q (known: id, pattern, category, severity, message, alternative, kinds)", k))
			}
			return err
		}); err != nil {
			return nil, err
		}
		if r.ID == "" {
			return nil, lineErr(c, "custom_patterns entry: id is required")
		}
		if patNode == nil || r.Pattern == "" {
			return nil, lineErr(c, "custom_patterns entry: pattern is required")
		}
		re, err := regexp.Compile(r.Pattern)
		if err != nil {
			return nil, lineErr(patNode, "pattern: "+err.Error())
		}
		if re.MatchString("") {
			return nil, lineErr(patNode, "pattern: matches the empty string, so it would flag every text")
		}
		if r.Message == "" {
			r.Message = "This matches your organization's pattern " + r.ID + "."
		}
		out = append(out, r)
	}
	return out, nil
}

func parseSeverity(n *yaml.Node) (map[string]Severity, error) {
	out := map[string]Severity{}
	err := eachField(n, "severity", func(k string, v *yaml.Node) error {
		if _, ok := rules[k]; !ok {
			return lineErr(v, fmt.Sprintf("severity: rule %q is not a guard rule (see docs/GUARD.md)", k))
		}
		s, err := parseSev(v, "severity of "+k, true)
		out[k] = s
		return err
	})
	return out, err
}

// opinionFingerprint is a digest of the generated second-opinion model, for hashVersion.
var opinionFingerprint = sync.OnceValue(func() string {
	h := sha256.New()
	fmt.Fprint(h, opinionBias)
	for _, w := range opinionWeights {
		fmt.Fprintf(h, "%s %v\n", w.feat, w.w)
	}
	return hex.EncodeToString(h.Sum(nil))
})
