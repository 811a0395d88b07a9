package secrets

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/fold"
)

// ScanNotebookOutputs finds the credentials in the outputs of a Jupyter
// notebook's cells — what a cell printed (a token read from a vault, an
// environment dump), displayed or raised — for the given rules, as
// ScanText does for a configuration file. text is the notebook's JSON as
// it is on disk; the findings' spans index it, and only findings inside
// an "outputs" array are kept: the code cells are the Python rules' to
// scan. A notebook that is not valid JSON, or has no outputs, has no
// findings; the error says why it could not be read.
//
// Outputs are scanned in their JSON spelling, so a private key printed
// over lines is found with its "\n" escapes (checkPEM reads them), and
// base64 image data does not match the bounded token formats, whose
// neighbours there are letters and digits.
func ScanNotebookOutputs(path, text string, rules []*analysis.Rule) ([]analysis.Finding, error) {
	regions, err := outputRegions(text)
	if err != nil || len(regions) == 0 {
		return nil, err
	}
	// Most notebooks' outputs hold no keyword and no name a keyed
	// detector reads: skip the scan of the whole text then.
	candidate := false
	for _, r := range regions {
		if out := text[r[0]:r[1]]; keywords.any(out) || fold.ContainsAny(out, keyedStems...) {
			candidate = true
			break
		}
	}
	if !candidate {
		return nil, nil
	}
	var out []analysis.Finding
	for _, f := range ScanText(path, text, rules) {
		for _, r := range regions {
			if int(f.Span.Start) >= r[0] && int(f.Span.End) <= r[1] {
				out = append(out, f)
				break
			}
		}
	}
	return out, nil
}

// outputRegions returns the byte ranges of the "outputs" arrays of a
// notebook's cells, in nbformat 4 (cells at the top level) and 3 (cells
// in worksheets).
func outputRegions(text string) ([][2]int, error) {
	dec := json.NewDecoder(bytes.NewReader([]byte(text)))
	var regions [][2]int
	// cells walks an array of cells.
	cells := func() error {
		if err := expectDelim(dec, '['); err != nil {
			return err
		}
		for dec.More() {
			if err := expectDelim(dec, '{'); err != nil {
				return err
			}
			for dec.More() {
				key, err := objectKey(dec)
				if err != nil {
					return err
				}
				start := int(dec.InputOffset())
				var v json.RawMessage
				if err := dec.Decode(&v); err != nil {
					return err
				}
				if key == "outputs" {
					regions = append(regions, [2]int{start, int(dec.InputOffset())})
				}
			}
			if _, err := dec.Token(); err != nil { // '}'
				return err
			}
		}
		_, err := dec.Token() // ']'
		return err
	}
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	for dec.More() {
		key, err := objectKey(dec)
		if err != nil {
			return nil, err
		}
		switch key {
		case "cells":
			if err := cells(); err != nil {
				return nil, err
			}
		case "worksheets":
			if err := expectDelim(dec, '['); err != nil {
				return nil, err
			}
			for dec.More() {
				if err := expectDelim(dec, '{'); err != nil {
					return nil, err
				}
				for dec.More() {
					k, err := objectKey(dec)
					if err != nil {
						return nil, err
					}
					if k == "cells" {
						err = cells()
					} else {
						var v json.RawMessage
						err = dec.Decode(&v)
					}
					if err != nil {
						return nil, err
					}
				}
				if _, err := dec.Token(); err != nil {
					return nil, err
				}
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
		default:
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				return nil, err
			}
		}
	}
	return regions, nil
}

// expectDelim reads a delimiter token.
func expectDelim(dec *json.Decoder, d json.Delim) error {
	t, err := dec.Token()
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	if err != nil {
		return err
	}
	if t != d {
		return fmt.Errorf("notebook: expected %v at byte %d, found %v", d, dec.InputOffset(), t)
	}
	return nil
}

// objectKey reads the key of an object member.
func objectKey(dec *json.Decoder) (string, error) {
	t, err := dec.Token()
	if err != nil {
		return "", err
	}
	k, ok := t.(string)
	if !ok {
		return "", fmt.Errorf("notebook: expected a key at byte %d", dec.InputOffset())
	}
	return k, nil
}
