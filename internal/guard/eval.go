package guard

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Example is one labelled line of a guard evaluation file: a `bedside check --jsonl` input
// plus the verdict a compliance reviewer expects and, optionally, the rule that should fire.
type Example struct {
	Request
	Expect Verdict `json:"expect"`
	Rule   string  `json:"rule,omitempty"`
	Note   string  `json:"note,omitempty"`
}

// ParseExamples reads a labelled JSONL file; errors name the line.
func ParseExamples(data []byte) ([]Example, error) {
	var out []Example
	seen := map[string]int{} // id -> line, so a misses list names one example
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var ex Example
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&ex); err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		if err := ex.Validate(); err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		switch ex.Expect {
		case VerdictBlock, VerdictWarn, VerdictPass:
		default:
			return nil, fmt.Errorf("line %d: expect %q: must be block, warn or pass", n+1, ex.Expect)
		}
		if ex.Rule != "" {
			if _, ok := rules[ex.Rule]; !ok {
				return nil, fmt.Errorf("line %d: rule %q is not a guard rule", n+1, ex.Rule)
			}
		}
		if ex.ID != "" {
			if first, dup := seen[ex.ID]; dup {
				return nil, fmt.Errorf("line %d: id %q is already used on line %d", n+1, ex.ID, first)
			}
			seen[ex.ID] = n + 1
		}
		out = append(out, ex)
	}
	return out, nil
}

// Metrics are the guard's figures on a labelled set.
type Metrics struct {
	N         int
	Confusion [3][3]int // [expected][predicted], order block, warn, pass
	// BlockRecall: expected block, predicted block.
	BlockRecall float64
	// ViolationRecall: expected block or warn, predicted block or warn.
	ViolationRecall float64
	// FalseBlockRate and FalseWarnRate: share of compliant (expected pass) texts blocked / warned.
	FalseBlockRate, FalseWarnRate float64
	// RuleHits / RuleTotal: lines with an expected rule where that rule fired.
	RuleHits, RuleTotal int
	Misses              []Miss
}

// Miss is an example whose verdict (or expected rule) was not met.
type Miss struct {
	Example Example
	Got     Result
}

func vIndex(v Verdict) int {
	switch v {
	case VerdictBlock:
		return 0
	case VerdictWarn:
		return 1
	}
	return 2
}

// Evaluate runs the guard on every example.
func (g *Guard) Evaluate(exs []Example) Metrics {
	var m Metrics
	for _, ex := range exs {
		r := g.Check(ex.Input())
		r.ID = ex.ID
		m.Tally(ex.Expect, r.Verdict)
		ok := r.Verdict == ex.Expect
		if ex.Rule != "" {
			m.RuleTotal++
			found := false
			for _, f := range r.Findings {
				if f.Rule == ex.Rule {
					found = true
				}
			}
			if found {
				m.RuleHits++
			} else {
				ok = false
			}
		}
		if !ok {
			m.Misses = append(m.Misses, Miss{Example: ex, Got: r})
		}
	}
	m.rates()
	return m
}

// Tally counts one text's expected and predicted verdicts; the rates follow once every text
// is counted (Evaluate, Add).
func (m *Metrics) Tally(expect, got Verdict) {
	m.N++
	m.Confusion[vIndex(expect)][vIndex(got)]++
}

// Add merges o's counts into m and recomputes the rates (misses are not merged).
func (m *Metrics) Add(o Metrics) {
	m.N += o.N
	for i := range m.Confusion {
		for j := range m.Confusion[i] {
			m.Confusion[i][j] += o.Confusion[i][j]
		}
	}
	m.RuleHits += o.RuleHits
	m.RuleTotal += o.RuleTotal
	m.rates()
}

// rates derives the four figures of the quality bars from the confusion matrix.
func (m *Metrics) rates() {
	c := m.Confusion
	m.BlockRecall = ratio(c[0][0], c[0][0]+c[0][1]+c[0][2])
	m.ViolationRecall = ratio(c[0][0]+c[0][1]+c[1][0]+c[1][1], c[0][0]+c[0][1]+c[0][2]+c[1][0]+c[1][1]+c[1][2])
	pass := c[2][0] + c[2][1] + c[2][2]
	m.FalseBlockRate = ratio(c[2][0], pass)
	m.FalseWarnRate = ratio(c[2][1], pass)
}

// Summary is the four figures on one line.
func (m Metrics) Summary() string {
	return fmt.Sprintf("block recall %.3f, violations %.3f, compliant blocked %.3f, warned %.3f",
		m.BlockRecall, m.ViolationRecall, m.FalseBlockRate, m.FalseWarnRate)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Bars are the quality bars of PRODUCT.md for the guard.
var Bars = struct{ BlockRecall, ViolationRecall, FalseBlock, FalseWarn float64 }{0.97, 0.95, 0.03, 0.10}

// MeetsBars reports which bars m fails, if any.
func (m Metrics) MeetsBars() []string {
	var out []string
	if m.BlockRecall < Bars.BlockRecall {
		out = append(out, fmt.Sprintf("block recall %.3f < %.2f", m.BlockRecall, Bars.BlockRecall))
	}
	if m.ViolationRecall < Bars.ViolationRecall {
		out = append(out, fmt.Sprintf("violation recall %.3f < %.2f", m.ViolationRecall, Bars.ViolationRecall))
	}
	if m.FalseBlockRate > Bars.FalseBlock {
		out = append(out, fmt.Sprintf("false-block rate %.3f > %.2f", m.FalseBlockRate, Bars.FalseBlock))
	}
	if m.FalseWarnRate > Bars.FalseWarn {
		out = append(out, fmt.Sprintf("false-warn rate %.3f > %.2f", m.FalseWarnRate, Bars.FalseWarn))
	}
	return out
}
