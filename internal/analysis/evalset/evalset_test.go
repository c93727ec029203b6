package evalset

import (
	"errors"
	"testing"
)

// TestLoadersMatchPublishedCounts guards the parsers: druglib must give the
// UCI counts despite its unquoted newlines, pxtextmining the documented rows.
func TestLoadersMatchPublishedCounts(t *testing.T) {
	dir, err := Dir()
	if errors.Is(err, ErrNoEvalData) {
		t.Skip("evaluation data not available: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		heldOut bool
		want    int
	}{{false, 3107}, {true, 1036}} {
		d, err := LoadDruglib(dir, c.heldOut)
		if err != nil {
			t.Fatal(err)
		}
		if len(d) != c.want {
			t.Errorf("druglib heldOut=%v: %d rows, want %d", c.heldOut, len(d), c.want)
		}
	}
	p1, err := LoadPhase1(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(p1) != 10334 {
		t.Errorf("phase1: %d rows, want 10334", len(p1))
	}
	v6, err := LoadV6(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(v6) != 7908 {
		t.Errorf("v6: %d rows, want 7908", len(v6))
	}
}

// TestDruglibRecord: a record spread over continuation lines keeps its fields apart, so the
// side-effects review never reaches the text (project-written lines in the file's layout).
func TestDruglibRecord(t *testing.T) {
	lines := []string{
		"338\tsomedrug\t6\tModerately Effective\tNo Side Effects\tnerve pain\tIt eased the pain\t\t",
		"within a week\t\t\t\t\t\t\t\t",
		"\"and I sleep better\"\t\"dry mouth at first\"\t\t\t\t\t\t\t",
		"\"and some dizziness\"\t\"Take it at night.\"\t\t\t\t\t\t\t",
	}
	fs := druglibRecord(lines)
	want := map[int]string{0: "338", 2: "6", 6: "It eased the pain\nwithin a week\nand I sleep better",
		7: "dry mouth at first\nand some dizziness", 8: "Take it at night."}
	for k, w := range want {
		if fs[k] != w {
			t.Errorf("field %d = %q, want %q", k, fs[k], w)
		}
	}
	one := druglibRecord([]string{"1\td\t9\tHighly Effective\tNo Side Effects\tacne\tCleared my skin\tnone\tGreat"})
	if one[6] != "Cleared my skin" || one[7] != "none" || one[8] != "Great" {
		t.Errorf("one-line record: %q", one)
	}
}

// TestJoinAnswers: the benefits answer ends its sentence before the comments answer begins.
func TestJoinAnswers(t *testing.T) {
	for _, c := range [][3]string{
		{"acid reflux was reduced", "I had to get off completely", "acid reflux was reduced. I had to get off completely"},
		{"Helped a lot!", "Take with food", "Helped a lot! Take with food"},
		{" none ", "", "none"},
		{"", "Works well.", "Works well."},
		{"", "", ""},
	} {
		if got := joinAnswers(c[0], c[1]); got != c[2] {
			t.Errorf("joinAnswers(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
