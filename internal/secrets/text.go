package secrets

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/fold"
	"github.com/krait-dev/krait/python/token"
)

// nearLines is how close (in lines) an AWS access key id must be for a
// 40-character value to be taken as its secret key.
const nearLines = 5

var serviceAccountRe = regexp.MustCompile(`"type"\s*:\s*"service_account"`)

// HasComments reports whether the configuration format of path has '#'
// comments, in which "# nosec" and "# noqa: KR801" suppress the findings
// of their line: everything but JSON and PEM files.
func HasComments(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".pem", ".key":
		return false
	}
	return true
}

// ScanText finds the credentials in the text of a configuration file for
// the given rules (those that are not secret rules are ignored) and
// returns them as findings, with spans into text, in text order:
//
//   - provider formats and private keys anywhere in the text, comments
//     included;
//   - keyed detectors and the generic one on the values of the
//     key-value pairs of each line (see pairs), by their keys;
//   - a private key in a Google service-account key file (a JSON object
//     with "type": "service_account") as KR810.
//
// A value that holds a provider token is reported once, by the token's
// rule. Findings in test paths (IsTestPath) are at low severity.
func ScanText(path, text string, rules []*analysis.Rule) []analysis.Finding {
	byRule := map[string]*analysis.Rule{}
	for _, r := range rules {
		if IsSecretRule(r.ID) {
			byRule[r.ID] = r
		}
	}
	if len(byRule) == 0 {
		return nil
	}
	enabled := func(id string) bool { return byRule[id] != nil }
	var ms []Match
	if keywords.any(text) {
		ms = findFormats(text, false, enabled, nil)
	}
	sa := strings.Contains(text, "service_account") && serviceAccountRe.MatchString(text)
	lines := lineStarts(text)
	var awsLines []int
	for i := range ms {
		if sa && ms[i].Detector.ID == "KR828" && enabled("KR810") {
			ms[i].Detector = byID["KR810"]
		}
		if ms[i].Detector.ID == "KR801" {
			awsLines = append(awsLines, lineOf(lines, ms[i].Start))
		}
	}
	// Values by their keys.
	var buf []pair
	for ln, start := range lines {
		end := len(text)
		if ln+1 < len(lines) {
			end = lines[ln+1]
		}
		line := strings.TrimRight(text[start:end], "\r\n")
		buf = pairs(line, buf[:0])
		for _, p := range buf {
			vs, ve := start+p.ValStart, start+p.ValEnd
			if overlaps(ms, vs, ve) {
				nameOnLine(ms, p.Key, vs, ve)
				continue
			}
			if !fold.ContainsAny(p.Key, keyedStems...) && len(awsLines) == 0 {
				continue
			}
			v := text[vs:ve]
			ctx := Context{Name: p.Key, NearAWS: near(awsLines, ln)}
			if m, ok := findKeyed(v, ctx, enabled); ok {
				m.Start, m.End, m.SecretStart, m.SecretEnd = vs, ve, vs, ve
				m.Name = p.Key
				ms = append(ms, m)
			}
		}
	}
	var out []analysis.Finding
	for i := range ms {
		m := &ms[i]
		r := byRule[m.Detector.ID]
		if r == nil {
			continue
		}
		secret := text[m.SecretStart:m.SecretEnd]
		where := ""
		if m.Name != "" {
			where = "in the value of " + m.Name
		}
		sp := token.Span{Start: int32(m.Start), End: int32(m.End)}
		f := analysis.Finding{
			RuleID: r.ID, Path: path, Span: sp, Extent: sp, Stmt: sp,
			Message:    Message(m, secret, where),
			Severity:   r.Severity,
			Confidence: r.Confidence,
			CWE:        r.CWE,
			Redact:     []token.Span{RedactSpan(text, m.SecretStart, m.SecretEnd)},
		}
		Apply(&f, m, r, path)
		out = append(out, f)
	}
	sortFindings(out)
	return out
}

// overlaps reports whether a match covers part of [s, e).
func overlaps(ms []Match, s, e int) bool {
	for i := range ms {
		if ms[i].Start < e && s < ms[i].End {
			return true
		}
	}
	return false
}

// nameOnLine records key as the name of the matches inside [s, e).
func nameOnLine(ms []Match, key string, s, e int) {
	for i := range ms {
		if ms[i].Name == "" && ms[i].Start >= s && ms[i].End <= e {
			ms[i].Name = key
		}
	}
}

func near(lines []int, ln int) bool {
	for _, l := range lines {
		if l-nearLines <= ln && ln <= l+nearLines {
			return true
		}
	}
	return false
}

// lineStarts returns the offsets at which the lines of s start ("\n",
// "\r\n" and a lone "\r" end lines).
func lineStarts(s string) []int {
	ls := []int{0}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			if i+1 < len(s) {
				ls = append(ls, i+1)
			}
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			if i+1 < len(s) {
				ls = append(ls, i+1)
			}
		}
	}
	return ls
}

// lineOf returns the 0-based line of offset off.
func lineOf(lines []int, off int) int {
	lo, hi := 0, len(lines)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if lines[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

func sortFindings(fs []analysis.Finding) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && (fs[j].Span.Start < fs[j-1].Span.Start ||
			fs[j].Span.Start == fs[j-1].Span.Start && fs[j].RuleID < fs[j-1].RuleID); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}
