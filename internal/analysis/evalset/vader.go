package evalset

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// VaderFile names one VADER ground-truth corpus.
type VaderFile struct {
	Name    string // tweets, movieReviewSnippets, amazonReviewSnippets, nytEditorialSnippets
	HeldOut bool
}

// VaderFiles lists the four corpora with their split.
var VaderFiles = []VaderFile{
	{"tweets", false},
	{"movieReviewSnippets", false},
	{"amazonReviewSnippets", true},
	{"nytEditorialSnippets", true},
}

// VaderItem is one ground-truth text with the reference Python VADER 3.3.2
// compound score.
type VaderItem struct {
	ID          string
	GroundTruth float64 // mean human rating, -4..4
	Text        string
	RefCompound float64
}

// LoadVader reads a ground-truth file joined with its reference scores.
func LoadVader(dir string, f VaderFile) ([]VaderItem, error) {
	gtPath := filepath.Join(dir, "vader", "ground_truth", f.Name+"_GroundTruth.txt")
	refPath := filepath.Join(dir, "vader", "reference_scores", f.Name+".tsv")
	ref := map[string]float64{}
	err := eachLine(refPath, func(n int, line string) error {
		if n == 1 {
			return nil
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 3 {
			return fmt.Errorf("want >= 3 fields, got %d", len(fs))
		}
		v, err := strconv.ParseFloat(fs[2], 64)
		if err != nil {
			return fmt.Errorf("compound: %w", err)
		}
		ref[fs[0]] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	var items []VaderItem
	err = eachLine(gtPath, func(n int, line string) error {
		fs := strings.SplitN(line, "\t", 3)
		if len(fs) < 3 {
			return fmt.Errorf("want 3 fields, got %d", len(fs))
		}
		gt, err := strconv.ParseFloat(fs[1], 64)
		if err != nil {
			return fmt.Errorf("rating: %w", err)
		}
		rc, ok := ref[fs[0]]
		if !ok {
			return fmt.Errorf("id %s has no reference score", fs[0])
		}
		items = append(items, VaderItem{ID: fs[0], GroundTruth: gt, Text: fs[2], RefCompound: rc})
		return nil
	})
	return items, err
}

// eachLine calls fn for every line (1-based n) of a file, without the
// trailing newline or carriage return.
func eachLine(path string, fn func(n int, line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		if err := fn(n, strings.TrimRight(sc.Text(), "\r")); err != nil {
			return fmt.Errorf("%s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}
