package secrets

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/token"
)

// Keep returns how many leading characters of a secret of n characters
// output may show: four, or a quarter of a shorter secret, so that a short
// password is never half shown.
func Keep(n int) int { return min(4, n/4) }

// Preview returns what output may show of a secret: its first Keep
// characters, an ellipsis and its length ("'AKIA…' (20 characters)").
func Preview(secret string) string {
	n := utf8.RuneCountInString(secret)
	k := Keep(n)
	head := secret
	for i := range secret {
		if k == 0 {
			head = secret[:i]
			break
		}
		k--
	}
	return fmt.Sprintf("'%s…' (%d characters)", sanitizeHead(head), n)
}

// sanitizeHead keeps a preview printable.
func sanitizeHead(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == '\'' {
			return '?'
		}
		return r
	}, s)
}

// RedactSpan returns the span output must mask of a secret at
// [start, end) of a text: all of it but its first Keep characters.
func RedactSpan(text string, start, end int) token.Span {
	n := utf8.RuneCountInString(text[start:end])
	skip := start
	for k := Keep(n); k > 0 && skip < end; k-- {
		_, size := utf8.DecodeRuneInString(text[skip:end])
		skip += size
	}
	return token.Span{Start: int32(skip), End: int32(end)}
}

// fingerprintIterations makes a fingerprint slow to invert: a baseline
// file holds fingerprints, and a short password's hash must not be a
// lookup away. 4096 rounds of PBKDF2-SHA256 take about a millisecond.
const fingerprintIterations = 4096

// Fingerprint identifies a secret found by a rule without revealing it:
// 32 hex digits of PBKDF2-SHA256 of the secret, salted with the rule id.
// It depends on nothing else, so a finding keeps it when its line moves,
// its file is reformatted, or its string is requoted or split.
func Fingerprint(ruleID, secret string) string {
	key, err := pbkdf2.Key(sha256.New, secret, []byte("krait-secret-v1\x00"+ruleID), fingerprintIterations, 16)
	if err != nil {
		panic(err) // only for FIPS-disallowed parameters, which these are not
	}
	return "s1:" + hex.EncodeToString(key)
}

// testDirs are the path components that mark a file as test code or
// data.
var testDirs = map[string]bool{
	"test": true, "tests": true, "testing": true, "fixtures": true, "fixture": true,
	"examples": true, "example": true, "testdata": true, "test_data": true, "__tests__": true,
	"spec": true, "specs": true, "samples": true, "sample": true,
}

// exampleExts are the extensions of copies of a configuration file that
// show its shape (.env.example, settings.py.sample).
var exampleExts = map[string]bool{
	".example": true, ".sample": true, ".template": true, ".tmpl": true, ".dist": true,
}

// IsTestPath reports whether path is test code, test data or an example:
// a component named test, tests, testing, fixtures, examples, samples or
// testdata (and a few spellings of those), a directory named test_* or
// *_test(s) (idle_test), a file test_*.py, *_test.py, tests.py or
// conftest.py, a file named example* (botocore's examples-1.json), or one
// with an extension that marks a template (.env.example, .sample,
// .template, .tmpl, .dist).
func IsTestPath(path string) bool {
	parts := strings.Split(filepath.ToSlash(path), "/")
	for i, p := range parts {
		if testDirs[strings.ToLower(p)] {
			return true
		}
		last := i == len(parts)-1
		if !last && (strings.HasPrefix(p, "test_") || strings.HasSuffix(p, "_test") || strings.HasSuffix(p, "_tests")) {
			return true
		}
		if last {
			ext := strings.ToLower(filepath.Ext(p))
			base := strings.TrimSuffix(p, filepath.Ext(p))
			if strings.HasPrefix(p, "test_") || strings.HasSuffix(base, "_test") || p == "conftest.py" || p == "tests.py" ||
				exampleExts[ext] || strings.HasPrefix(strings.ToLower(p), "example") {
				return true
			}
		}
	}
	return false
}

// TestNote ends the message of a finding in a test or example file.
const TestNote = " (in a test or example file: reported at low severity)"

// Message returns a finding's message: what was found, its preview and
// where it is bound ("assigned to AWS_KEY").
func Message(m *Match, secret, where string) string {
	what := m.Detector.What
	if m.Note != "" {
		what += " (" + m.Note + ")"
	}
	msg := "Hardcoded " + what + ": " + Preview(secret)
	if where != "" {
		msg += ", " + where
	}
	return msg
}

// Apply sets the parts of a finding that every secret finding shares:
// the match's severity and confidence, the test-path downgrade and the
// fingerprint.
func Apply(f *analysis.Finding, m *Match, rule *analysis.Rule, path string) {
	if m.Severity != analysis.Undefined {
		f.Severity = m.Severity
	}
	if m.Confidence != analysis.Undefined {
		f.Confidence = m.Confidence
	}
	if f.Severity == analysis.Undefined {
		f.Severity = rule.Severity
	}
	if IsTestPath(path) {
		f.Severity = analysis.Low
		f.Message += TestNote
	}
	f.Fingerprint = Fingerprint(m.Detector.ID, m.Secret)
}
