// Package jsonl is the one JSON Lines pipeline of the command line (`bedside check --jsonl`,
// `bedside analyze --jsonl`): it reads lines of any length, decodes each, runs the work on all
// cores, and writes one output line per good input line, in input order. A bad line is reported
// with its number and produces no output; the lines after it are still processed.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// batchSize bounds memory: at most this many lines are held at once.
const batchSize = 512

// LineError is a bad input line.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Process reads JSON Lines from r and writes, for every line that decode accepts, the JSON of
// work's result to w. Blank lines are skipped. bad is called, in input order, for every line
// decode rejects; Process returns the number of such lines, or an error when reading or
// writing fails. work must be safe for concurrent use.
func Process[In, Out any](r io.Reader, w io.Writer, decode func([]byte) (In, error), work func(In) Out, bad func(*LineError)) (int, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	bw := bufio.NewWriterSize(w, 1<<20)
	workers := runtime.GOMAXPROCS(0)
	type item struct {
		line int
		in   In
		err  *LineError
		out  []byte
	}
	items := make([]item, 0, batchSize)
	bufs := make([]bytes.Buffer, workers)
	lineNo, nbad := 0, 0
	for eof := false; !eof; {
		items = items[:0]
		for len(items) < batchSize && !eof {
			raw, err := readLine(br)
			if err == io.EOF {
				eof = true
			} else if err != nil {
				bw.Flush()
				return nbad, fmt.Errorf("read line %d: %w", lineNo+1, err)
			}
			if len(raw) == 0 && eof {
				break
			}
			lineNo++
			raw = bytes.TrimSpace(raw)
			if len(raw) == 0 {
				continue
			}
			it := item{line: lineNo}
			if it.in, err = decode(raw); err != nil {
				it.err = &LineError{Line: lineNo, Err: err}
			}
			items = append(items, it)
		}
		var wg sync.WaitGroup
		for wk := 0; wk < workers; wk++ {
			wg.Add(1)
			go func(wk int) {
				defer wg.Done()
				buf := &bufs[wk]
				enc := json.NewEncoder(buf)
				enc.SetEscapeHTML(false)
				for k := wk; k < len(items); k += workers {
					if items[k].err != nil {
						continue
					}
					buf.Reset()
					if err := enc.Encode(work(items[k].in)); err != nil {
						items[k].err = &LineError{Line: items[k].line, Err: err}
						continue
					}
					items[k].out = append(items[k].out[:0], buf.Bytes()...)
				}
			}(wk)
		}
		wg.Wait()
		for k := range items {
			if items[k].err != nil {
				nbad++
				bad(items[k].err)
				continue
			}
			if _, err := bw.Write(items[k].out); err != nil {
				return nbad, fmt.Errorf("write: %w", err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return nbad, fmt.Errorf("write: %w", err)
	}
	return nbad, nil
}

// readLine returns the next line without its newline, however long; io.EOF comes with the
// last line when it has no newline.
func readLine(r *bufio.Reader) ([]byte, error) {
	line, err := r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		buf := append([]byte(nil), line...)
		for err == bufio.ErrBufferFull {
			line, err = r.ReadSlice('\n')
			buf = append(buf, line...)
		}
		line = buf
	} else {
		line = append([]byte(nil), line...)
	}
	return bytes.TrimRight(line, "\r\n"), err
}
