// Package baseline records a scan's findings so that later scans report
// only new ones. A finding is identified by its rule, its file and a
// fingerprint of the text of its line (whitespace-normalised), counted as a
// multiset: moving code up or down, or editing other lines, keeps it
// matched; editing the flagged line itself makes it new. A finding that
// carries a fingerprint of its own (a secret's hash) is keyed by that
// instead, and stays matched when its line changes around the secret.
//
// Bandit's JSON reports are accepted as baselines too, matched as Bandit
// matches them: by file, test id and message, without line numbers.
package baseline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Version is the baseline file format version.
const Version = 1

// Entry is one finding in a baseline.
type Entry struct {
	RuleID      string `json:"rule_id"`
	Path        string `json:"path"`
	Fingerprint string `json:"fingerprint"`
	// Line and Message are informative only; matching ignores them.
	Line    int    `json:"line"`
	Message string `json:"message"`
}

// File is a baseline file.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// Finding is what the baseline needs to know about a finding.
type Finding struct {
	RuleID, Path, LineText, Message string
	Line                            int
	// Fingerprint, when set (analysis.Finding.Fingerprint: the secret
	// rules' hash of the secret), identifies the finding instead of its
	// line's text, so that it stays matched when the line is edited
	// around the secret or reformatted.
	Fingerprint string
}

// fingerprint returns the fingerprint the baseline keys f by.
func (f *Finding) fingerprint() string {
	if f.Fingerprint != "" {
		return f.Fingerprint
	}
	return Fingerprint(f.RuleID, f.Path, f.LineText)
}

// Fingerprint returns the fingerprint of a finding: a hash of its rule,
// its path and its line's text with runs of whitespace collapsed.
func Fingerprint(ruleID, path, lineText string) string {
	h := sha256.New()
	h.Write([]byte(ruleID))
	h.Write([]byte{0})
	h.Write([]byte(filepath.ToSlash(path)))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(strings.Fields(lineText), " ")))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Write writes findings as a baseline file at path, atomically.
func Write(path string, findings []Finding) error {
	bf := File{Version: Version, Tool: "krait", Findings: make([]Entry, 0, len(findings))}
	for _, f := range findings {
		bf.Findings = append(bf.Findings, Entry{RuleID: f.RuleID, Path: filepath.ToSlash(f.Path),
			Fingerprint: f.fingerprint(), Line: f.Line, Message: f.Message})
	}
	data, err := json.MarshalIndent(bf, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".krait-baseline-*")
	if err != nil {
		return fmt.Errorf("writing baseline %s: %w", path, err)
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("writing baseline %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing baseline %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing baseline %s: %w", path, err)
	}
	return nil
}

// Baseline is a loaded baseline: a multiset of finding keys.
type Baseline struct {
	counts map[string]int
	bandit bool
}

// Load reads a baseline written by Write, or a Bandit JSON report.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("baseline %s: not a JSON object: %w", path, err)
	}
	b := &Baseline{counts: make(map[string]int)}
	if _, ok := probe["results"]; ok {
		var br struct {
			Results []struct {
				Filename  string `json:"filename"`
				TestID    string `json:"test_id"`
				IssueText string `json:"issue_text"`
			} `json:"results"`
		}
		if err := json.Unmarshal(data, &br); err != nil {
			return nil, fmt.Errorf("baseline %s: Bandit report: %w", path, err)
		}
		b.bandit = true
		for _, r := range br.Results {
			b.counts[banditKey(r.TestID, r.Filename, r.IssueText)]++
		}
		return b, nil
	}
	var bf File
	if err := json.Unmarshal(data, &bf); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if bf.Version != Version {
		return nil, fmt.Errorf("baseline %s: unsupported version %d (want %d)", path, bf.Version, Version)
	}
	for _, e := range bf.Findings {
		if e.RuleID == "" || e.Fingerprint == "" {
			return nil, errors.New("baseline " + path + ": entry without rule_id or fingerprint")
		}
		b.counts[key(e.RuleID, e.Path, e.Fingerprint)]++
	}
	return b, nil
}

func key(rule, path, fp string) string {
	return rule + "\x00" + filepath.ToSlash(path) + "\x00" + fp
}

func banditKey(rule, path, text string) string {
	return rule + "\x00" + filepath.ToSlash(filepath.Clean(path)) + "\x00" + text
}

// Match reports whether f is in the baseline, consuming one occurrence:
// a baseline with one entry matches one finding, even if the same line
// text appears twice.
func (b *Baseline) Match(f Finding) bool {
	var k string
	if b.bandit {
		k = banditKey(f.RuleID, f.Path, f.Message)
	} else {
		k = key(f.RuleID, f.Path, f.fingerprint())
	}
	if b.counts[k] > 0 {
		b.counts[k]--
		return true
	}
	return false
}
