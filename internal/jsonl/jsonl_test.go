package jsonl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

type in struct {
	ID string `json:"id"`
	N  int    `json:"n"`
}

type out struct {
	ID     string `json:"id"`
	Square int    `json:"square"`
}

func decode(raw []byte) (in, error) {
	var v in
	if err := json.Unmarshal(raw, &v); err != nil {
		return v, err
	}
	if v.ID == "" {
		return v, fmt.Errorf("id: required")
	}
	return v, nil
}

func square(v in) out { return out{ID: v.ID, Square: v.N * v.N} }

func TestOrderBadLinesAndBlanks(t *testing.T) {
	var src strings.Builder
	for i := 1; i <= 1500; i++ { // several batches
		switch {
		case i == 700:
			src.WriteString("{not json\n")
		case i == 701:
			src.WriteString(`{"n": 3}` + "\n")
		case i == 702:
			src.WriteString("   \n")
		default:
			fmt.Fprintf(&src, `{"id":"x%d","n":%d}`+"\n", i, i)
		}
	}
	src.WriteString(`{"id":"last","n":2}`) // no final newline
	var dst bytes.Buffer
	var bad []*LineError
	n, err := Process(strings.NewReader(src.String()), &dst, decode, square, func(e *LineError) { bad = append(bad, e) })
	if err != nil || n != 2 {
		t.Fatalf("Process: bad=%d err=%v", n, err)
	}
	if len(bad) != 2 || bad[0].Line != 700 || bad[1].Line != 701 || !strings.Contains(bad[1].Error(), "line 701: id: required") {
		t.Fatalf("bad lines: %v", bad)
	}
	lines := strings.Split(strings.TrimSuffix(dst.String(), "\n"), "\n")
	if len(lines) != 1500-3+1 {
		t.Fatalf("%d output lines", len(lines))
	}
	prev := 0
	for _, l := range lines[:len(lines)-1] {
		var o out
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		var i int
		fmt.Sscanf(o.ID, "x%d", &i)
		if i <= prev || o.Square != i*i {
			t.Fatalf("out of order or wrong: %s after %d", l, prev)
		}
		prev = i
	}
	if lines[len(lines)-1] != `{"id":"last","square":4}` {
		t.Fatalf("last line: %s", lines[len(lines)-1])
	}
}

func TestLongLine(t *testing.T) {
	long := `{"id":"` + strings.Repeat("a", 3<<20) + `","n":1}` + "\n"
	var dst bytes.Buffer
	n, err := Process(strings.NewReader(long), &dst, decode, square, func(*LineError) {})
	if err != nil || n != 0 || dst.Len() < 3<<20 {
		t.Fatalf("long line: %d %v %d", n, err, dst.Len())
	}
}

func TestEmptyInput(t *testing.T) {
	var dst bytes.Buffer
	n, err := Process(strings.NewReader(""), &dst, decode, square, func(*LineError) { t.Fatal("no lines, no errors") })
	if err != nil || n != 0 || dst.Len() != 0 {
		t.Fatalf("empty: %d %v %q", n, err, dst.String())
	}
}
