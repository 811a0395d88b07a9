package scan

import (
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/secrets"
	"github.com/krait-dev/krait/internal/source"
	"github.com/krait-dev/krait/internal/suppress"
)

// analyzeConfig scans a configuration file (source.KindConfig) for
// hardcoded secrets with the secret rules among the scan's rules. The
// file is decoded as UTF-8 (a BOM dropped) or, after a UTF-16 or UTF-32
// byte order mark, from that encoding; invalid UTF-8 becomes U+FFFD. A
// binary or oversized file gets a warning, not an error: configuration
// files are scanned for secrets only, and a .json data file that cannot be
// read should not fail the scan.
//
// Where the format has '#' comments (see secrets.HasComments), a
// "# nosec" or "# noqa: KR801" comment on a finding's line suppresses it,
// as in Python.
func analyzeConfig(e source.Entry, rules []*analysis.Rule, opt *Options) FileResult {
	secretRules := secretRulesOf(rules)
	if len(secretRules) == 0 {
		return FileResult{}
	}
	data, err := source.Read(e.Path, opt.MaxFileSize)
	if err != nil {
		if errors.Is(err, source.ErrBinary) || errors.Is(err, source.ErrTooLarge) {
			return FileResult{Warnings: []FileError{{Path: e.Path, Message: reason(e.Path, err) + ": not scanned for secrets"}}}
		}
		return FileResult{Errors: []FileError{{Path: e.Path, Message: reason(e.Path, err)}}}
	}
	text := DecodeText(data)
	ls := lineStarts(text)
	res := FileResult{Lines: len(ls)}
	if len(text) > 0 && (text[len(text)-1] == '\n' || text[len(text)-1] == '\r') {
		res.Lines--
	}
	res.Findings = secrets.ScanText(e.Path, text, secretRules)
	if len(res.Findings) == 0 {
		return res
	}
	src := &Source{Path: e.Path, Text: text, Lines: ls}
	res.Source = src
	if !opt.IgnoreNoSec && secrets.HasComments(e.Path) {
		for i := range res.Findings {
			f := &res.Findings[i]
			line := src.LineText(src.Position(f.Span.Start).TextLine)
			if d, k := lineDirective(line, opt.Resolve); d != nil && d.Covers(f.RuleID) {
				f.Suppressed = true
				f.SuppressedBy = strings.TrimSpace(line[k:])
			}
		}
	}
	return res
}

// secretRulesOf returns the secret rules (KR8xx) among rules.
func secretRulesOf(rules []*analysis.Rule) []*analysis.Rule {
	var out []*analysis.Rule
	for _, r := range rules {
		if secrets.IsSecretRule(r.ID) {
			out = append(out, r)
		}
	}
	return out
}

// lineDirective returns the suppression comment of a configuration line
// and its offset: the first '#', at the start of the line or after a
// space, that starts a # nosec or # noqa comment.
func lineDirective(line string, resolve suppress.Resolver) (*suppress.Directive, int) {
	for k := 0; k < len(line); k++ {
		if line[k] != '#' || k > 0 && line[k-1] != ' ' && line[k-1] != '\t' {
			continue
		}
		if d := suppress.ParseComment(line[k:], resolve); d != nil {
			return d, k
		}
	}
	return nil, -1
}

// DecodeText decodes a text file that source.Read returned: UTF-8 (a BOM
// dropped), or UTF-16 or UTF-32 after their byte order marks. Invalid
// UTF-8 becomes U+FFFD.
func DecodeText(data []byte) string {
	switch {
	case len(data) >= 4 && data[0] == 0xff && data[1] == 0xfe && data[2] == 0 && data[3] == 0:
		return decode32(data[4:], false)
	case len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xfe && data[3] == 0xff:
		return decode32(data[4:], true)
	case len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe:
		return decode16(data[2:], false)
	case len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff:
		return decode16(data[2:], true)
	case len(data) >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf:
		data = data[3:]
	}
	s := string(data)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

func decode16(b []byte, big bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if big {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

func decode32(b []byte, big bool) string {
	var sb strings.Builder
	for i := 0; i+4 <= len(b); i += 4 {
		var r rune
		if big {
			r = rune(b[i])<<24 | rune(b[i+1])<<16 | rune(b[i+2])<<8 | rune(b[i+3])
		} else {
			r = rune(b[i+3])<<24 | rune(b[i+2])<<16 | rune(b[i+1])<<8 | rune(b[i])
		}
		if !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
