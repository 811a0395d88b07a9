// Package banditjson renders a scan.Result in the layout of Bandit's
// JSON formatter (bandit -f json), for tools that consume Bandit's
// reports.
//
// The output matches Bandit 1.9.4 byte for byte where krait knows what
// Bandit would print: keys sorted and two-space indentation as Python's
// json.dumps(sort_keys=True, indent=2) writes them, non-ASCII characters
// as \uXXXX escapes (ensure_ascii), no final newline. The top level has
// "errors" ({filename, reason} per file error), "generated_at" (UTC,
// from Options.Now), "metrics" and "results".
//
// results holds the unsuppressed findings, of every rule (krait's own
// too), sorted by filename as Bandit sorts them. Each has Bandit's keys:
// "code" is the lines around the finding as Bandit's Issue.get_code
// gives them with its default of three lines (from the line before
// line_number to one past the span, each prefixed with its number and a
// space); "col_offset"/"end_col_offset" are CPython's 0-based UTF-8 byte
// columns of the span's start and end; "line_number" is Finding.Line when
// set, else the span's first line; "line_range" the lines of
// Finding.Extent (the node Bandit inspected; the span when unset);
// "test_name" the plugin function's name (or "blacklist" for Bandit's
// blacklist checks, as Bandit reports them); "more_info" Bandit's
// documentation page for Bandit's ids and krait's for the others. A
// dependency finding (test_id the advisory's id) has test_name
// "vulnerable_dependency" (KR901) and the advisory's osv.dev page. In a
// notebook, lines count in the notebook's extracted Python source (Bandit
// does not scan notebooks), after which come the outputs of the cells in
// which secrets were found (see scan.NotebookCells).
//
// metrics has an entry per file whose source the Result holds, with
// "loc" counted as Bandit counts it (lines that are neither blank nor
// comments), "nosec" (findings suppressed by a bare # nosec),
// "skipped_tests" (findings suppressed by a # nosec naming ids) and the
// SEVERITY.* and CONFIDENCE.* counts of its findings; a file with errors
// and no findings (one Bandit would skip) has only the first three, as
// in Bandit. "_totals" sums them. Files the Result has no source for
// have no entry, so the totals cover only the files with findings or
// errors.
package banditjson

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/python/token"
)

func init() { report.Register("bandit-json", Write) }

// BanditVersion is the Bandit release whose output is reproduced; its
// documentation URLs contain it.
const BanditVersion = "1.9.4"

// timeFormat is Bandit's TS_FORMAT.
const timeFormat = "2006-01-02T15:04:05Z"

// Write renders r to w.
func Write(w io.Writer, r *scan.Result, opt report.Options) error {
	r = report.Redacted(r) // secrets are never shown (analysis.Finding.Redact)
	doc := obj{
		"errors":       errorsOf(r),
		"generated_at": opt.Time().Format(timeFormat),
		"metrics":      metrics(r),
		"results":      results(r, &opt),
	}
	var b strings.Builder
	encode(&b, doc, 0)
	_, err := io.WriteString(w, b.String())
	return err
}

func errorsOf(r *scan.Result) list {
	out := list{}
	for _, e := range r.Errors {
		out = append(out, obj{"filename": e.Path, "reason": e.Message})
	}
	return out
}

// ranks are Bandit's RANKING.
var ranks = []analysis.Level{analysis.Undefined, analysis.Low, analysis.Medium, analysis.High}

func rank(l analysis.Level) string { return strings.ToUpper(l.String()) }

func metrics(r *scan.Result) obj {
	files := map[string]obj{}
	scanned := map[string]bool{}
	for _, f := range r.Findings {
		scanned[f.Path] = true
	}
	failed := map[string]bool{}
	for _, e := range r.Errors {
		failed[e.Path] = true
	}
	for path, src := range r.Sources {
		m := obj{"loc": loc(src), "nosec": 0, "skipped_tests": 0}
		if scanned[path] || !failed[path] {
			for _, l := range ranks {
				m["SEVERITY."+rank(l)] = 0
				m["CONFIDENCE."+rank(l)] = 0
			}
		}
		files[path] = m
	}
	for _, f := range r.Findings {
		m := files[f.Path]
		if m == nil {
			continue
		}
		switch {
		case !f.Suppressed:
			m["SEVERITY."+rank(f.Severity)] = m["SEVERITY."+rank(f.Severity)].(int) + 1
			m["CONFIDENCE."+rank(f.Confidence)] = m["CONFIDENCE."+rank(f.Confidence)].(int) + 1
		case report.Blanket(f.SuppressedBy):
			m["nosec"] = m["nosec"].(int) + 1
		case report.InSource(f.SuppressedBy):
			m["skipped_tests"] = m["skipped_tests"].(int) + 1
		}
	}
	totals := obj{"loc": 0, "nosec": 0, "skipped_tests": 0}
	for _, l := range ranks {
		totals["SEVERITY."+rank(l)] = 0
		totals["CONFIDENCE."+rank(l)] = 0
	}
	out := obj{"_totals": totals}
	for path, m := range files {
		for k, v := range m {
			totals[k] = totals[k].(int) + v.(int)
		}
		out[path] = m
	}
	return out
}

// loc counts the lines that are neither blank nor comments, as Bandit's
// Metrics.count_locs does.
func loc(src *scan.Source) int {
	n := 0
	for i := 1; report.HasLine(src, i); i++ {
		if src.InOutput(i) {
			continue // a notebook cell's outputs are not code
		}
		t := strings.Trim(src.LineText(i), " \t\n\r\v\f")
		if t != "" && t[0] != '#' {
			n++
		}
	}
	return n
}

func results(r *scan.Result, opt *report.Options) list {
	rules := report.RuleIndex(r)
	var fs []*analysis.Finding
	for i := range r.Findings {
		if !r.Findings[i].Suppressed {
			fs = append(fs, &r.Findings[i])
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Path < fs[j].Path })
	out := list{}
	for _, f := range fs {
		out = append(out, result(r, opt, rules, f))
	}
	return out
}

func result(r *scan.Result, opt *report.Options, rules map[string]*analysis.Rule, f *analysis.Finding) obj {
	rule := rules[f.RuleID]
	pl := report.LocateFinding(r, f)
	lineno := pl.Start.TextLine
	if f.Line > 0 {
		lineno = f.Line
	}
	// Bandit's line_range covers the node the check inspected (for a
	// string, its parent): Finding.Extent when set.
	ext := pl
	if f.Extent != (token.Span{}) {
		ext = report.Locate(r, f.Path, f.Extent)
	}
	lines := list{}
	if ext.Known {
		for n := ext.Start.TextLine; n <= ext.End.TextLine; n++ {
			lines = append(lines, n)
		}
	}
	cwe := obj{}
	if f.CWE > 0 {
		cwe = obj{"id": f.CWE, "link": "https://cwe.mitre.org/data/definitions/" + strconv.Itoa(f.CWE) + ".html"}
	}
	testName, moreInfo := describe(opt, rule, f.RuleID)
	if f.Advisory != nil && rule == nil {
		// A dependency finding: its test is KR901, its documentation
		// the advisory's page.
		testName, moreInfo = "", report.AdvisoryURL(f.Advisory.ID)
		if dep := rules[analysis.DependencyRule]; dep != nil {
			testName = dep.Name
		}
	}
	return obj{
		"code":             code(pl.Src, lineno, len(lines)),
		"col_offset":       pl.ByteColumn(pl.StartOff, pl.Start.TextLine),
		"end_col_offset":   pl.ByteColumn(pl.EndOff, pl.End.TextLine),
		"filename":         f.Path,
		"issue_confidence": rank(f.Confidence),
		"issue_cwe":        cwe,
		"issue_severity":   rank(f.Severity),
		"issue_text":       f.Message,
		"line_number":      lineno,
		"line_range":       lines,
		"more_info":        moreInfo,
		"test_id":          f.RuleID,
		"test_name":        testName,
	}
}

// code reproduces Issue.get_code(max_lines=3): lines from lineno-1 (at
// least 1) through ranges+1 more, stopping at the end of the file, each
// as "N text\n".
func code(src *scan.Source, lineno, ranges int) string {
	if src == nil {
		return ""
	}
	const maxLines = 3
	lmin := max(1, lineno-maxLines/2)
	lmax := lmin + ranges + maxLines - 1
	var b strings.Builder
	for n := lmin; n < lmax && report.HasLine(src, n); n++ {
		b.WriteString(strconv.Itoa(n) + " " + src.LineText(n) + "\n")
	}
	return b.String()
}

// describe returns the test_name and more_info of a finding, as
// bandit.core.docs_utils.get_url builds the URL for Bandit's ids.
func describe(opt *report.Options, rule *analysis.Rule, id string) (testName, moreInfo string) {
	base := "https://bandit.readthedocs.io/en/" + BanditVersion + "/"
	c, ok := checks[id]
	if !ok {
		if rule != nil {
			testName = rule.Name
		}
		if strings.HasPrefix(id, "B") {
			return testName, base
		}
		return testName, opt.RuleURL(id)
	}
	if c.kind == plugin {
		return c.name, base + "plugins/" + strings.ToLower(id) + "_" + c.name + ".html"
	}
	anchor, name := strings.ToLower(id), c.name
	switch id {
	case "B304", "B305":
		anchor, name = "b304-b305", "ciphers-and-modes"
	case "B313", "B314", "B315", "B316", "B317", "B318", "B319", "B320":
		anchor = "b313-b320"
	}
	page := "blacklist_calls"
	if c.kind == blacklistImport {
		page = "blacklist_imports"
	}
	ext := "blacklists/" + page + ".html#" + anchor + "-" + strings.ReplaceAll(name, "_", "-")
	return "blacklist", base + strings.ToLower(ext)
}

// obj and list are JSON values; encode writes them as Python's json
// module does.
type (
	obj  map[string]any
	list []any
)

// encode writes v as json.dumps(v, sort_keys=True, indent=2,
// separators=(",", ": ")) at nesting depth.
func encode(b *strings.Builder, v any, depth int) {
	nl := func(d int) {
		b.WriteByte('\n')
		b.WriteString(strings.Repeat("  ", d))
	}
	switch v := v.(type) {
	case obj:
		if len(v) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(depth + 1)
			quote(b, k)
			b.WriteString(": ")
			encode(b, v[k], depth+1)
		}
		nl(depth)
		b.WriteByte('}')
	case list:
		if len(v) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				b.WriteByte(',')
			}
			nl(depth + 1)
			encode(b, x, depth+1)
		}
		nl(depth)
		b.WriteByte(']')
	case string:
		quote(b, v)
	case int:
		b.WriteString(strconv.Itoa(v))
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case nil:
		b.WriteString("null")
	default:
		panic(fmt.Sprintf("banditjson: cannot encode %T", v))
	}
}

// quote writes s as Python's json.dumps quotes a str with ensure_ascii:
// the short escapes for " \ \b \f \n \r \t, and \uXXXX (lower-case hex,
// surrogate pairs beyond the BMP) for everything outside ' '…'~'.
func quote(b *strings.Builder, s string) {
	const hex = "0123456789abcdef"
	u := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hex[r>>12&0xf])
		b.WriteByte(hex[r>>8&0xf])
		b.WriteByte(hex[r>>4&0xf])
		b.WriteByte(hex[r&0xf])
	}
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= ' ' && r <= '~':
			b.WriteRune(r)
		case r >= 0x10000:
			r -= 0x10000
			u(0xd800 + r>>10)
			u(0xdc00 + r&0x3ff)
		default:
			u(r)
		}
	}
	b.WriteByte('"')
}
