package evalset

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/bedsidehq/bedside/internal/sentiment"
)

// Polarity is the binary gold label used for sentiment recall.
type Polarity int

// Gold polarities; Other rows (neutral, mixed, unlabelled) are not scored.
const (
	Other Polarity = iota
	Negative
	Positive
)

// Comment is a labelled patient comment.
type Comment struct {
	ID       string
	Text     string
	Polarity Polarity
	// Topics are the source's own labels (pxtextmining topic columns or
	// phase 1 subcategory code); the mappings in mapping.go turn them into
	// Bedside ids.
	Topics []string
	// Stars is the v6framework FFT categorical answer turned into a 1-5
	// star rating (1 "very good" is 5 stars), nil when absent or undocumented.
	Stars *float64
}

var druglibStart = regexp.MustCompile(`^\d+\t[^\t]*\t(10|[1-9])\t`)

// LoadDruglib reads drugLibTrain_raw.tsv (heldOut=false) or
// drugLibTest_raw.tsv (heldOut=true). The text is benefitsReview and
// commentsReview as two sentences (joinAnswers); rating 1-3 is negative, 8-10
// positive.
//
// About 14 % of the rows hold unquoted newlines: the record goes on over
// continuation lines, each padded to nine tab-separated columns, whose first
// column continues the field the previous line ended in and whose next
// columns are the fields after it (druglibRecord). Joining continuation lines
// to the review whole, as this loader once did, put sideEffectsReview text
// into the review of those rows.
func LoadDruglib(dir string, heldOut bool) ([]Comment, error) {
	name := "drugLibTrain_raw.tsv"
	if heldOut {
		name = "drugLibTest_raw.tsv"
	}
	path := filepath.Join(dir, "patient-feedback", "druglib", name)
	var recs [][]string
	err := eachLine(path, func(n int, line string) error {
		switch {
		case n == 1:
		case druglibStart.MatchString(line):
			recs = append(recs, []string{line})
		case len(recs) > 0:
			recs[len(recs)-1] = append(recs[len(recs)-1], line)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Comment, 0, len(recs))
	for _, lines := range recs {
		fs := druglibRecord(lines)
		rating, _ := strconv.Atoi(fs[2])
		pol := Other
		switch {
		case rating <= 3:
			pol = Negative
		case rating >= 8:
			pol = Positive
		}
		text := joinAnswers(fs[6], fs[8])
		out = append(out, Comment{ID: fs[0], Text: text, Polarity: pol})
	}
	return out, nil
}

// joinAnswers joins two answers of one review into one text. They were separate form
// fields, so a first answer without closing punctuation ("acid reflux was reduced") ends its
// sentence rather than run into the second ("I had to get off completely").
func joinAnswers(a, b string) string {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	if !strings.ContainsRune(".!?", rune(a[len(a)-1])) {
		a += "."
	}
	return a + " " + b
}

// druglibRecord rebuilds the nine fields of a record spread over lines: the
// first line's fields as they are, then each continuation line's column j
// appended to field cur+j, where cur is the last field that held text; each
// piece is unquoted on its own.
func druglibRecord(lines []string) [9]string {
	var fs [9]string
	cur := 0
	for li, line := range lines {
		cols := strings.Split(line, "\t")
		for j, c := range cols {
			k := j
			if li > 0 {
				k = cur + j
			}
			c = unquote(c)
			if k >= len(fs) || c == "" {
				continue
			}
			if fs[k] != "" {
				fs[k] += "\n"
			}
			fs[k] += c
		}
		for k := len(fs) - 1; k >= 0; k-- {
			if strings.TrimSpace(fs[k]) != "" {
				cur = k
				break
			}
		}
	}
	return fs
}

func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	return strings.ReplaceAll(s, `""`, `"`)
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		rows = append(rows, rec)
	}
	return rows, nil
}

// LoadPhase1 reads the development pxtextmining file (phase1_text_data.csv).
// Polarity comes from criticality: <= -1 negative, >= 1 positive. Topics
// holds the subcategory code.
func LoadPhase1(dir string) ([]Comment, error) {
	rows, err := readCSV(filepath.Join(dir, "patient-feedback", "pxtextmining", "phase1_text_data.csv"))
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("phase1_text_data.csv is empty")
	}
	col := index(rows[0])
	var out []Comment
	for _, r := range rows[1:] {
		c := Comment{ID: r[col["row_index"]], Text: r[col["feedback"]], Topics: []string{r[col["code"]]}}
		if v, err := strconv.Atoi(strings.TrimSpace(r[col["criticality"]])); err == nil {
			switch {
			case v <= -1:
				c.Polarity = Negative
			case v >= 1:
				c.Polarity = Positive
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// LoadV6 reads the held-out pxtextmining file (v6framework_230831.csv).
// Comment sentiment 1-2 is positive and 4-5 negative (1 = very positive).
// Topics holds the names of the topic columns set to 1.
func LoadV6(dir string) ([]Comment, error) {
	rows, err := readCSV(filepath.Join(dir, "patient-feedback", "pxtextmining", "v6framework_230831.csv"))
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("v6framework_230831.csv is empty")
	}
	head := rows[0]
	col := index(head)
	first := col["Comment sentiment"] + 1
	var out []Comment
	for _, r := range rows[1:] {
		if len(r) < len(head) {
			continue
		}
		c := Comment{ID: r[col["Comment ID"]], Text: r[col["FFT answer"]]}
		if v, err := strconv.Atoi(strings.TrimSpace(r[col["FFT categorical answer"]])); err == nil && v >= 1 && v <= 5 {
			stars := float64(6 - v)
			c.Stars = &stars
		}
		switch strings.TrimSpace(r[col["Comment sentiment"]]) {
		case "1", "2":
			c.Polarity = Positive
		case "4", "5":
			c.Polarity = Negative
		}
		for k := first; k < len(head); k++ {
			if strings.TrimSpace(r[k]) == "1" {
				c.Topics = append(c.Topics, head[k])
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func index(head []string) map[string]int {
	m := map[string]int{}
	for i, h := range head {
		m[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	return m
}

// medicationReview is one line of a project-written medication review file
// (internal/analysis/testdata/medication/*.jsonl): druglib's form, written by
// outside writers so the druglib rules can be checked on phrasing they were
// not fitted to.
type medicationReview struct {
	ID          string `json:"id"`
	Drug        string `json:"drug"`
	Condition   string `json:"condition"`
	Rating      int    `json:"rating"`
	Benefits    string `json:"benefits"`
	SideEffects string `json:"side_effects"`
	Comments    string `json:"comments"`
}

// LoadMedicationReviews reads a medication review file and scores it as
// LoadDruglib scores druglib: the benefits and comments answers joined
// (joinAnswers), rating 1-3 negative and 8-10 positive.
func LoadMedicationReviews(path string) ([]Comment, error) {
	var out []Comment
	err := eachLine(path, func(n int, line string) error {
		if strings.TrimSpace(line) == "" {
			return nil
		}
		var r medicationReview
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return err
		}
		if r.ID == "" {
			return errors.New(`missing "id"`)
		}
		if r.Rating < 1 || r.Rating > 10 {
			return fmt.Errorf(`"rating" %d is outside 1..10`, r.Rating)
		}
		pol := Other
		switch {
		case r.Rating <= 3:
			pol = Negative
		case r.Rating >= 8:
			pol = Positive
		}
		out = append(out, Comment{ID: r.ID, Text: joinAnswers(r.Benefits, r.Comments), Polarity: pol})
		return nil
	})
	return out, err
}

// MedicationReport prints druglib-style sentiment recall on a medication review
// file (LoadMedicationReviews), beside the reference VADER's.
func MedicationReport(w io.Writer, path string) error {
	cs, err := LoadMedicationReviews(path)
	if err != nil {
		return err
	}
	hc := sentiment.New()
	ref := sentiment.Reference()
	r0 := MeasureRecall(cs, func(t string) string { return string(vaderLabel(ref.PolarityScores(t).Compound)) })
	r := MeasureRecall(cs, func(t string) string { return string(hc.Score(t, nil).Label) })
	fmt.Fprintln(w, "| file | negatives | positives | reference VADER neg / pos | Bedside neg / pos | Bedside mixed (neg/pos) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	fmt.Fprintf(w, "| %s | %d | %d | %.3f / %.3f | %.3f / %.3f | %d / %d |\n", filepath.Base(path),
		r.Negatives, r.Positives, r0.Neg(), r0.Pos(), r.Neg(), r.Pos(), r.NegMixed, r.PosMixed)
	return nil
}
