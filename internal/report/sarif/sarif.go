// Package sarif renders a scan.Result as a SARIF 2.1.0 log, the format
// GitHub code scanning and most security dashboards read.
//
// The log has one run. tool.driver describes krait and carries a rule
// descriptor for every rule that ran, one for each advisory a dependency
// finding names (its summary as shortDescription, helpUri its osv.dev
// page; see advisoryDescriptor), and a bare one for any other id a
// finding names, sorted by id, generated from the rules' metadata:
// shortDescription is the Title, fullDescription the Why, help the Why
// with the bad and good examples, helpUri the rule's anchor in the rule
// documentation, and properties the tags ("security",
// "external/cwe/cwe-N"), the precision (from the confidence) and the
// security-severity GitHub ranks alerts by (high 8.0, medium 5.0, low
// 2.0).
//
// Each finding is a result. Its region counts columns in UTF-16 code
// units (run.columnKind "utf16CodeUnits"), endColumn being the column
// just past the span; region.snippet is the span's text and
// contextRegion the whole lines it covers. URIs are relative to
// Options.BaseDir with uriBaseId %SRCROOT% (originalUriBaseIds gives its
// file: URI when BaseDir is set); a file outside it gets an absolute
// file: URI. Notebook regions count lines of the notebook's extracted
// Python source, and the location's properties give "cell" and
// "cellLine" (and "output": true for a secret in what the cell printed,
// which the source holds after the Python text; see scan.NotebookCells).
//
// partialFingerprints.primaryLocationLineHash identifies a result across
// edits that move it: the first 32 hex digits of the SHA-256 of the rule
// id, the artifact URI and the text of the span's first line with runs
// of white space collapsed to one space and the ends trimmed (joined by
// NUL bytes), then ":" and the 1-based occurrence of that hash among the
// log's results, so identical lines of one file stay distinct. GitHub
// uses the supplied value instead of computing its own. A finding with a
// fingerprint of its own (analysis.Finding.Fingerprint, a secret's hash)
// hashes that in place of the line's text, so the result keeps its
// identity when the line is edited around the secret; that fingerprint
// itself is in the result's properties as "fingerprint", for users to
// copy into [tool.krait.secrets] ignore.
//
// Suppressed findings are results with suppressions: kind "inSource" for
// a comment in the file (# nosec, # noqa), "external" for a baseline or
// the configuration, justified by Finding.SuppressedBy. A finding with
// related locations gets a codeFlow whose threadFlow visits them in
// order, ending at the finding itself. File errors and warnings are
// toolExecutionNotifications of the single invocation, which is
// executionSuccessful only when there are no errors; their regions are
// located as results' are (UTF-16 columns, notebook lines with "cell"
// and "cellLine").
package sarif

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/scan"
)

func init() { report.Register("sarif", Write) }

// Schema and Version identify the SARIF version written.
const (
	Schema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	Version = "2.1.0"
	// SrcRoot is the uriBaseId of every relative artifact URI.
	SrcRoot = "%SRCROOT%"
	// FingerprintKey names the partial fingerprint krait computes.
	FingerprintKey = "primaryLocationLineHash"
)

// Log is a SARIF log (§3.13). The types below model the subset of SARIF
// krait writes; field order is output order.
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is one run of the tool (§3.14).
type Run struct {
	Tool               Tool                        `json:"tool"`
	Invocations        []Invocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]ArtifactLocation `json:"originalUriBaseIds,omitempty"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []Result                    `json:"results"`
}

// Tool describes the analysis tool (§3.18).
type Tool struct {
	Driver ToolComponent `json:"driver"`
}

// ToolComponent is the tool's driver (§3.19).
type ToolComponent struct {
	Name           string                `json:"name"`
	Version        string                `json:"version,omitempty"`
	InformationURI string                `json:"informationUri,omitempty"`
	Rules          []ReportingDescriptor `json:"rules"`
}

// ReportingDescriptor describes a rule (§3.49).
type ReportingDescriptor struct {
	ID                   string                  `json:"id"`
	Name                 string                  `json:"name,omitempty"`
	ShortDescription     *MultiformatMessage     `json:"shortDescription,omitempty"`
	FullDescription      *MultiformatMessage     `json:"fullDescription,omitempty"`
	Help                 *MultiformatMessage     `json:"help,omitempty"`
	HelpURI              string                  `json:"helpUri,omitempty"`
	DefaultConfiguration *ReportingConfiguration `json:"defaultConfiguration,omitempty"`
	Properties           *RuleProperties         `json:"properties,omitempty"`
}

// MultiformatMessage is a plain text message with an optional Markdown
// form (§3.12).
type MultiformatMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// ReportingConfiguration is a rule's default configuration (§3.50).
type ReportingConfiguration struct {
	Level string `json:"level"`
}

// RuleProperties is the property bag of a rule descriptor, with the keys
// GitHub code scanning reads.
type RuleProperties struct {
	Tags             []string `json:"tags,omitempty"`
	Precision        string   `json:"precision,omitempty"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

// Invocation is the run's single invocation (§3.20).
type Invocation struct {
	ExecutionSuccessful        bool           `json:"executionSuccessful"`
	ToolExecutionNotifications []Notification `json:"toolExecutionNotifications,omitempty"`
}

// Notification reports a file error or warning (§3.58).
type Notification struct {
	Level     string     `json:"level"`
	Message   Message    `json:"message"`
	Locations []Location `json:"locations,omitempty"`
}

// Message is a plain text message (§3.11).
type Message struct {
	Text string `json:"text"`
}

// Result is one finding (§3.27).
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	CodeFlows           []CodeFlow        `json:"codeFlows,omitempty"`
	Suppressions        []Suppression     `json:"suppressions,omitempty"`
	Properties          *ResultProperties `json:"properties,omitempty"`
}

// ResultProperties are krait's additions to a result (§3.8 property
// bag): the fingerprint of a secret finding, as [tool.krait.secrets]
// ignore takes it.
type ResultProperties struct {
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Location is a place in an artifact (§3.28).
type Location struct {
	PhysicalLocation *PhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *Message          `json:"message,omitempty"`
	Properties       *CellProperties   `json:"properties,omitempty"`
}

// CellProperties locate a notebook region in the notebook's terms. Output
// is set when the region is in the cell's outputs (what it printed)
// rather than its code; CellLine then counts in the outputs.
type CellProperties struct {
	Cell     int  `json:"cell"`
	CellLine int  `json:"cellLine"`
	Output   bool `json:"output,omitempty"`
}

// PhysicalLocation is a region of a file (§3.29).
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
	ContextRegion    *Region          `json:"contextRegion,omitempty"`
}

// ArtifactLocation is a file's URI (§3.4).
type ArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// Region is a span of lines and columns; columns count UTF-16 code units
// and EndColumn is exclusive (§3.30).
type Region struct {
	StartLine   int              `json:"startLine"`
	StartColumn int              `json:"startColumn,omitempty"`
	EndLine     int              `json:"endLine,omitempty"`
	EndColumn   int              `json:"endColumn,omitempty"`
	Snippet     *ArtifactContent `json:"snippet,omitempty"`
}

// ArtifactContent is a piece of a file's text (§3.3).
type ArtifactContent struct {
	Text string `json:"text"`
}

// CodeFlow is a data-flow path (§3.36).
type CodeFlow struct {
	ThreadFlows []ThreadFlow `json:"threadFlows"`
}

// ThreadFlow is the ordered steps of a code flow (§3.37).
type ThreadFlow struct {
	Locations []ThreadFlowLocation `json:"locations"`
}

// ThreadFlowLocation is one step (§3.38).
type ThreadFlowLocation struct {
	Location Location `json:"location"`
}

// Suppression says why a result is suppressed (§3.35).
type Suppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// Level returns the SARIF level for a severity: error, warning or note.
func Level(sev analysis.Level) string {
	switch sev {
	case analysis.High:
		return "error"
	case analysis.Low:
		return "note"
	}
	return "warning"
}

// SecuritySeverity returns the security-severity score GitHub reads for
// a severity ("" when undefined).
func SecuritySeverity(sev analysis.Level) string {
	switch sev {
	case analysis.High:
		return "8.0"
	case analysis.Medium:
		return "5.0"
	case analysis.Low:
		return "2.0"
	}
	return ""
}

// Precision returns SARIF's precision property for a confidence.
func Precision(conf analysis.Level) string {
	if conf == analysis.Undefined {
		return ""
	}
	return conf.String()
}

// Build converts r to a SARIF log.
func Build(r *scan.Result, opt report.Options) *Log {
	r = report.Redacted(r) // secrets are never shown (analysis.Finding.Redact)
	name, version, uri := opt.Tool(r)
	b := &builder{r: r, opt: opt, index: make(map[string]int), seen: make(map[string]int)}
	run := Run{
		Tool:       Tool{Driver: ToolComponent{Name: name, Version: version, InformationURI: uri, Rules: b.rules()}},
		ColumnKind: "utf16CodeUnits",
		Results:    make([]Result, 0, len(r.Findings)),
	}
	if opt.BaseDir != "" {
		if abs, err := filepath.Abs(opt.BaseDir); err == nil {
			base := report.FileURI(abs)
			if !strings.HasSuffix(base, "/") {
				base += "/"
			}
			run.OriginalURIBaseIDs = map[string]ArtifactLocation{SrcRoot: {URI: base}}
		}
	}
	for i := range r.Findings {
		run.Results = append(run.Results, b.result(&r.Findings[i]))
	}
	inv := Invocation{ExecutionSuccessful: len(r.Errors) == 0}
	for _, e := range r.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, b.notification("error", e))
	}
	for _, e := range r.Warnings {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, b.notification("warning", e))
	}
	run.Invocations = []Invocation{inv}
	return &Log{Schema: Schema, Version: Version, Runs: []Run{run}}
}

// Write renders r to w, indented by two spaces.
func Write(w io.Writer, r *scan.Result, opt report.Options) error {
	return report.WriteJSON(w, Build(r, opt))
}

type builder struct {
	r     *scan.Result
	opt   report.Options
	index map[string]int // rule id → index in driver.rules
	seen  map[string]int // fingerprint hash → occurrences so far
}

// rules builds the descriptors and fills b.index.
func (b *builder) rules() []ReportingDescriptor {
	rules := append([]*analysis.Rule(nil), b.r.Rules...)
	known := report.RuleIndex(b.r)
	advisories := map[string]*analysis.Finding{} // advisory id → its first finding
	for i := range b.r.Findings {
		f := &b.r.Findings[i]
		if known[f.RuleID] == nil {
			rule := &analysis.Rule{ID: f.RuleID}
			known[f.RuleID] = rule
			rules = append(rules, rule)
			if f.Advisory != nil {
				advisories[f.RuleID] = f
			}
		}
	}
	sort.SliceStable(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	out := make([]ReportingDescriptor, 0, len(rules))
	for _, rule := range rules {
		if _, dup := b.index[rule.ID]; dup {
			continue
		}
		b.index[rule.ID] = len(out)
		if f := advisories[rule.ID]; f != nil {
			out = append(out, advisoryDescriptor(f, known[analysis.DependencyRule]))
			continue
		}
		out = append(out, b.descriptor(rule))
	}
	return out
}

// advisoryDescriptor describes the advisory of dependency finding f (whose
// rule id is the advisory's id): the summary as shortDescription, the
// ids, fixes and the osv.dev page as help, helpUri the osv.dev page, and
// the level and security-severity of f's severity. The name and CWE are
// those of the dependency rule (dep, KR901) when the Result has it.
func advisoryDescriptor(f *analysis.Finding, dep *analysis.Rule) ReportingDescriptor {
	a := f.Advisory
	url := report.AdvisoryURL(a.ID)
	summary := a.Summary
	if summary == "" {
		summary = "Vulnerable dependency: " + a.ID
	}
	d := ReportingDescriptor{ID: a.ID, ShortDescription: &MultiformatMessage{Text: summary}, HelpURI: url,
		DefaultConfiguration: &ReportingConfiguration{Level: Level(f.Severity)}}
	var text, md strings.Builder
	text.WriteString(a.ID + ": " + summary)
	md.WriteString("**" + a.ID + "**: " + summary)
	if len(a.Aliases) > 0 {
		text.WriteString("\n\nAliases: " + strings.Join(a.Aliases, ", "))
		md.WriteString("\n\nAliases: " + strings.Join(a.Aliases, ", "))
	}
	if len(a.FixedIn) > 0 {
		text.WriteString("\n\nFixed in: " + strings.Join(a.FixedIn, ", "))
		md.WriteString("\n\nFixed in: " + strings.Join(a.FixedIn, ", "))
	}
	text.WriteString("\n\n" + url)
	md.WriteString("\n\n[" + a.ID + " on osv.dev](" + url + ")")
	d.Help = &MultiformatMessage{Text: text.String(), Markdown: md.String()}
	props := &RuleProperties{Tags: []string{"security", "dependency"}, SecuritySeverity: SecuritySeverity(f.Severity)}
	cwe := f.CWE
	if dep != nil {
		d.Name = dep.Name
		if cwe == 0 {
			cwe = dep.CWE
		}
	}
	if cwe > 0 {
		props.Tags = append(props.Tags, "external/cwe/cwe-"+strconv.Itoa(cwe))
	}
	d.Properties = props
	return d
}

func (b *builder) descriptor(rule *analysis.Rule) ReportingDescriptor {
	d := ReportingDescriptor{ID: rule.ID, Name: rule.Name}
	if rule.Title == "" && rule.Why == "" {
		return d // a bare descriptor for an id outside the catalogue
	}
	d.HelpURI = b.opt.RuleURL(rule.ID)
	if rule.Title != "" {
		d.ShortDescription = &MultiformatMessage{Text: rule.Title}
	}
	if rule.Why != "" {
		d.FullDescription = &MultiformatMessage{Text: rule.Why}
	}
	d.Help = help(rule)
	d.DefaultConfiguration = &ReportingConfiguration{Level: Level(rule.Severity)}
	props := &RuleProperties{Tags: []string{"security"}, Precision: Precision(rule.Confidence),
		SecuritySeverity: SecuritySeverity(rule.Severity)}
	if rule.CWE > 0 {
		props.Tags = append(props.Tags, "external/cwe/cwe-"+strconv.Itoa(rule.CWE))
	}
	d.Properties = props
	return d
}

// help renders a rule's documentation as text and Markdown.
func help(rule *analysis.Rule) *MultiformatMessage {
	var text, md strings.Builder
	lang := rule.ExampleLang
	if lang == "" {
		lang = "python"
	}
	para := func(s string) {
		if s == "" {
			return
		}
		if text.Len() > 0 {
			text.WriteString("\n\n")
			md.WriteString("\n\n")
		}
		text.WriteString(s)
		md.WriteString(s)
	}
	example := func(title, code string) {
		if code == "" {
			return
		}
		code = strings.TrimRight(code, "\n")
		if text.Len() > 0 {
			text.WriteString("\n\n")
			md.WriteString("\n\n")
		}
		text.WriteString(title + ":\n    " + strings.ReplaceAll(code, "\n", "\n    "))
		fence := "```"
		for strings.Contains(code, fence) {
			fence += "`"
		}
		md.WriteString("**" + title + "**\n\n" + fence + lang + "\n" + code + "\n" + fence)
	}
	para(rule.Why)
	example("Bad", rule.Bad)
	example("Good", rule.Good)
	para(rule.Notes)
	if text.Len() == 0 {
		return nil
	}
	return &MultiformatMessage{Text: text.String(), Markdown: md.String()}
}

func (b *builder) result(f *analysis.Finding) Result {
	pl := report.LocateFinding(b.r, f)
	loc := b.location(pl, true)
	res := Result{
		RuleID:              f.RuleID,
		RuleIndex:           b.index[f.RuleID],
		Level:               Level(f.Severity),
		Message:             Message{Text: f.Message},
		Locations:           []Location{loc},
		PartialFingerprints: map[string]string{FingerprintKey: b.fingerprint(f, pl)},
	}
	if len(f.Related) > 0 {
		var steps []ThreadFlowLocation
		for _, rel := range f.Related {
			l := b.location(report.Locate(b.r, rel.Path, rel.Span), false)
			if rel.Message != "" {
				l.Message = &Message{Text: rel.Message}
			}
			steps = append(steps, ThreadFlowLocation{Location: l})
		}
		if last := f.Related[len(f.Related)-1]; last.Path != f.Path || last.Span != f.Span {
			end := b.location(pl, false)
			end.Message = &Message{Text: f.Message}
			steps = append(steps, ThreadFlowLocation{Location: end})
		}
		res.CodeFlows = []CodeFlow{{ThreadFlows: []ThreadFlow{{Locations: steps}}}}
	}
	if f.Suppressed {
		kind := "external"
		if report.InSource(f.SuppressedBy) {
			kind = "inSource"
		}
		res.Suppressions = []Suppression{{Kind: kind, Justification: f.SuppressedBy}}
	}
	if f.Fingerprint != "" {
		res.Properties = &ResultProperties{Fingerprint: f.Fingerprint}
	}
	return res
}

// artifact returns the artifact location of path.
func (b *builder) artifact(path string) ArtifactLocation {
	uri, inside := report.URI(b.opt.BaseDir, path)
	if inside {
		return ArtifactLocation{URI: uri, URIBaseID: SrcRoot}
	}
	return ArtifactLocation{URI: uri}
}

// location converts a place; with context it adds the region's snippet
// and the whole lines as contextRegion.
func (b *builder) location(pl report.Place, context bool) Location {
	phys := &PhysicalLocation{ArtifactLocation: b.artifact(pl.Path)}
	loc := Location{PhysicalLocation: phys}
	if !pl.Known {
		return loc
	}
	phys.Region = &Region{
		StartLine: pl.Start.TextLine, StartColumn: pl.Start.Column16,
		EndLine: pl.End.TextLine, EndColumn: pl.End.Column16,
	}
	if context {
		phys.Region.Snippet = &ArtifactContent{Text: pl.Text()}
		phys.ContextRegion = &Region{StartLine: pl.Start.TextLine, EndLine: pl.End.TextLine,
			Snippet: &ArtifactContent{Text: pl.Lines()}}
	}
	if pl.Start.Cell > 0 {
		loc.Properties = &CellProperties{Cell: pl.Start.Cell, CellLine: pl.Start.Line, Output: pl.Start.Output}
	}
	return loc
}

// fingerprint computes the partial fingerprint described in the package
// comment.
func (b *builder) fingerprint(f *analysis.Finding, pl report.Place) string {
	line := ""
	if pl.Known {
		line = strings.Join(strings.Fields(pl.Src.LineText(pl.Start.TextLine)), " ")
	}
	uri, _ := report.URI(b.opt.BaseDir, f.Path)
	if f.Fingerprint != "" {
		line = f.Fingerprint // a secret's hash: stable when its line changes
	}
	sum := sha256.Sum256([]byte(f.RuleID + "\x00" + uri + "\x00" + line))
	h := hex.EncodeToString(sum[:16])
	b.seen[h]++
	return h + ":" + strconv.Itoa(b.seen[h])
}

func (b *builder) notification(level string, e scan.FileError) Notification {
	n := Notification{Level: level, Message: Message{Text: e.Message}}
	loc := Location{PhysicalLocation: &PhysicalLocation{ArtifactLocation: b.artifact(e.Path)}}
	if at := report.LocateError(b.r, &e); at.Line > 0 {
		loc.PhysicalLocation.Region = &Region{StartLine: at.TextLine, StartColumn: max(at.Column16, 0)}
		if at.Cell > 0 {
			loc.Properties = &CellProperties{Cell: at.Cell, CellLine: at.Line}
		}
	}
	n.Locations = []Location{loc}
	return n
}
