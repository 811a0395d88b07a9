package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/baseline"
	"github.com/krait-dev/krait/internal/config"
	"github.com/krait-dev/krait/internal/report"
	_ "github.com/krait-dev/krait/internal/report/all" // the output formats
	"github.com/krait-dev/krait/internal/rules"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/internal/source"
	"github.com/krait-dev/krait/internal/taint"
)

const scanUsage = `usage: krait [scan] [options] [PATH...]

Scans the Python files and notebooks under each PATH (default .) and
reports what the rules find; rule KR901 audits the dependency files there
against the OSV advisories (see krait deps --help). Options may come
before or after the paths.

Rule selection (ids or prefixes: B, B6, B602, KR; Ruff's S602 = B602; ALL):
  --select IDS          run only these rules (replaces the default set)
  --extend-select IDS   add rules to the selection
  --ignore IDS          do not run these rules
Thresholds:
  --severity LEVEL      report findings of at least this severity (low|medium|high)
  --confidence LEVEL    report findings of at least this confidence
  --fail-on LEVEL       exit 1 only for findings of at least this severity (default low)
Output:
  --format FORMAT       text, json, sarif, bandit-json or github (default text)
  --output FILE         write the report to FILE (atomically) instead of stdout
  --show-suppressed     show suppressed findings in the text format
  -q, --quiet           print only findings and errors (no summary, no
                        warnings)
  -v, --verbose         also print the configuration used and timings
Files:
  --exclude GLOBS       replace the default excludes
  --extend-exclude GLOBS  add excludes
  --no-gitignore        do not honour .gitignore files
  --config FILE         use this configuration file instead of searching for one
Suppression and baselines:
  --ignore-nosec        ignore # nosec and # noqa comments
  --baseline FILE       report only findings not in a baseline written earlier
  --write-baseline FILE write the findings to a baseline file: all of
                        them, those --baseline matches too (so both may
                        name one file to update it), but not those that
                        # nosec or the configuration suppresses
Dependency audit (rule KR901; krait deps --help tells more):
  --db PATH             OSV advisories from a zip or directory of OSV JSON
                        (default: the database krait db update keeps)
  --api                 query the osv.dev API instead of a local database
  --offline             never open a network connection
Other:
  --jobs N              files analysed in parallel (default: all cores)
  --exit-zero           exit 0 even when there are findings

Exit codes: 0 clean, 1 findings at or above --fail-on or files that could
not be analysed, 2 usage, configuration or internal error.
`

// listFlag collects comma-separated values, from repeated flags too.
type listFlag struct {
	vals []string
	set  bool
}

func (l *listFlag) String() string { return strings.Join(l.vals, ",") }

func (l *listFlag) Set(s string) error {
	l.set = true
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			l.vals = append(l.vals, v)
		}
	}
	return nil
}

type scanFlags struct {
	sel, extendSelect, ignore    listFlag
	exclude, extendExclude       listFlag
	severity, confidence, failOn string
	format, output               string
	baseline, writeBaseline      string
	configFile                   string
	jobs                         int
	noGitignore, ignoreNosec     bool
	showSuppressed, exitZero     bool
	quiet, verbose               bool
	deps                         depsFlags
	roots                        []string
	stdout, stderr               io.Writer
	isTerminal                   func() bool
	getenv                       func(string) string
}

// parseInterspersed parses flags that may come before or after the
// positional arguments ("--" ends the flags).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func runScan(args []string, stdout, stderr io.Writer) int {
	sf := &scanFlags{stdout: stdout, stderr: stderr, getenv: os.Getenv,
		isTerminal: func() bool { return isTerminal(stdout) }}
	fs := flag.NewFlagSet("krait scan", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&sf.sel, "select", "")
	fs.Var(&sf.extendSelect, "extend-select", "")
	fs.Var(&sf.ignore, "ignore", "")
	fs.Var(&sf.exclude, "exclude", "")
	fs.Var(&sf.extendExclude, "extend-exclude", "")
	fs.IntVar(&sf.jobs, "jobs", 0, "")
	fs.IntVar(&sf.jobs, "j", 0, "")
	fs.BoolVar(&sf.noGitignore, "no-gitignore", false, "")
	fs.BoolVar(&sf.ignoreNosec, "ignore-nosec", false, "")
	help := sf.registerCommon(fs)
	roots, err := parseInterspersed(fs, args)
	if err != nil {
		fmt.Fprintf(stderr, "krait: %v\n\n%s", err, scanUsage)
		return exitError
	}
	if *help {
		fmt.Fprint(stdout, scanUsage)
		return exitOK
	}
	sf.roots = roots
	return sf.run()
}

// registerCommon registers the flags krait scan and krait deps share:
// thresholds, output, baselines, configuration, verbosity, the
// dependency audit's options and -h. It returns the -h flag.
func (sf *scanFlags) registerCommon(fs *flag.FlagSet) *bool {
	fs.StringVar(&sf.severity, "severity", "", "")
	fs.StringVar(&sf.confidence, "confidence", "", "")
	fs.StringVar(&sf.failOn, "fail-on", "", "")
	fs.StringVar(&sf.format, "format", "", "")
	fs.StringVar(&sf.output, "output", "", "")
	fs.StringVar(&sf.output, "o", "", "")
	fs.StringVar(&sf.baseline, "baseline", "", "")
	fs.StringVar(&sf.writeBaseline, "write-baseline", "", "")
	fs.StringVar(&sf.configFile, "config", "", "")
	fs.BoolVar(&sf.showSuppressed, "show-suppressed", false, "")
	fs.BoolVar(&sf.exitZero, "exit-zero", false, "")
	fs.BoolVar(&sf.quiet, "quiet", false, "")
	fs.BoolVar(&sf.quiet, "q", false, "")
	fs.BoolVar(&sf.verbose, "verbose", false, "")
	fs.BoolVar(&sf.verbose, "v", false, "")
	sf.deps.register(fs)
	help := fs.Bool("help", false, "")
	fs.BoolVar(help, "h", false, "")
	return help
}

// fail prints a usage or configuration error and returns exit code 2.
func (sf *scanFlags) fail(format string, args ...any) int {
	fmt.Fprintf(sf.stderr, "krait: "+format+"\n", args...)
	return exitError
}

func (sf *scanFlags) run() int {
	start := time.Now()
	roots := sf.roots
	if len(roots) == 0 {
		roots = []string{"."}
	}
	cfg, code := sf.loadConfig(configRoot(roots))
	if cfg == nil {
		return code
	}

	// Rules.
	sel := rules.Selection{Select: cfg.Select, ExtendSelect: cfg.ExtendSelect}
	sel.Ignore = append(append([]string(nil), cfg.Ignore...), cfg.ExtendIgnore...)
	if sf.sel.set {
		sel.Select = sf.sel.vals
		if len(sel.Select) == 0 {
			return sf.fail("--select: no rule ids given")
		}
	}
	sel.ExtendSelect = append(sel.ExtendSelect, sf.extendSelect.vals...)
	sel.Ignore = append(sel.Ignore, sf.ignore.vals...)
	selected, err := rules.Select(sel)
	if err != nil {
		return sf.fail("%v", err)
	}
	ruleOpts, err := decodeRuleOptions(cfg)
	if err != nil {
		return sf.configError(err)
	}
	// KR901 inspects no syntax tree: the dependency audit below runs it;
	// the taint rules are the project-wide data-flow analysis's.
	var depRule *analysis.Rule
	taintRules := map[taint.Class]*analysis.Rule{}
	pyRules := selected[:0:0]
	for _, r := range selected {
		if r.ID == analysis.DependencyRule {
			depRule = r
			continue
		}
		if c, ok := taint.ClassOfRule(r.ID); ok {
			taintRules[c] = r
			continue
		}
		pyRules = append(pyRules, r)
	}

	out, code := sf.outputs(cfg)
	if code != exitOK {
		return code
	}
	if code := sf.deps.check(sf); code != exitOK {
		return code
	}

	opt := scan.Options{
		Roots:       roots,
		Rules:       pyRules,
		RuleOptions: ruleOpts,
		Jobs:        sf.jobs,
		IgnoreNoSec: sf.ignoreNosec,
		Severity:    out.severity,
		Confidence:  out.confidence,
		Resolve:     rules.Resolve,
		Version:     Version,
		Discover: source.Options{
			NoGitignore: sf.noGitignore,
			Kinds:       []source.Kind{source.KindPython, source.KindNotebook},
		},
	}
	if len(taintRules) > 0 {
		opt.Taint = taint.DefaultModels()
		if err := opt.Taint.AddConfig(cfg.Taint); err != nil {
			return sf.fail("%s: %v", cfg.Path, err)
		}
		opt.TaintRules = taintRules
	}
	if sf.jobs < 0 {
		return sf.fail("--jobs: must be at least 1")
	}
	switch {
	case sf.exclude.set:
		opt.Discover.Exclude = sf.exclude.vals
	case cfg.Exclude != nil:
		opt.Discover.Exclude = anchor(cfg.Exclude, cfg.Dir())
	}
	opt.Discover.ExtendExclude = append(anchor(cfg.ExtendExclude, cfg.Dir()), sf.extendExclude.vals...)
	opt.PerFileIgnores = perFileIgnores(cfg)
	var expired []scan.FileError
	opt.SecretIgnores, expired = secretIgnores(cfg, time.Now())
	// The secret rules (KR8xx) also read configuration files.
	for _, r := range pyRules {
		if strings.HasPrefix(r.ID, "KR8") {
			opt.Discover.Kinds = append(opt.Discover.Kinds, source.KindConfig)
			break
		}
	}

	res := scan.Run(opt)
	if len(expired) > 0 {
		res.Warnings = append(res.Warnings, expired...)
		res.Sort()
	}
	var audit *depsOutcome
	if depRule != nil {
		audit = sf.scanDeps(res, depRule, &opt, cfg)
	}

	return sf.finish(res, cfg, out, func(failing int) {
		fmt.Fprintf(sf.stderr, "krait: %d rules, %d files, %d lines, %d findings (%d at or above %s), %d errors in %v\n",
			len(res.Rules), res.Files, res.Lines, len(res.Findings), failing, out.failOn, len(res.Errors), time.Since(start).Round(time.Millisecond))
		if audit != nil {
			audit.verbose(sf.stderr)
		}
	})
}

// configRoot returns the root the configuration is searched from: the
// first of roots that exists, or else the working directory. A missing
// root is the scan's to report, as an error naming it as given, whatever
// its place among the roots ("krait scan nope ." and "krait scan . nope"
// do the same).
func configRoot(roots []string) string {
	for _, r := range roots {
		if _, err := os.Stat(r); err == nil {
			return r
		}
	}
	return "."
}

// loadConfig finds and loads the configuration (--config, or the nearest
// from root up) and prints its warnings. On failure it returns nil and
// the exit code.
func (sf *scanFlags) loadConfig(root string) (*config.Config, int) {
	var cfg *config.Config
	var err error
	if sf.configFile != "" {
		cfg, err = config.Load(sf.configFile)
	} else {
		cfg, err = config.ForRoot(root)
	}
	if err != nil {
		return nil, sf.configError(err)
	}
	if err := cfg.CheckRuleIDs(prefixExists); err != nil {
		return nil, sf.configError(err)
	}
	if !sf.quiet {
		for _, w := range cfg.Warnings {
			fmt.Fprintf(sf.stderr, "krait: warning: %s\n", w)
		}
	}
	return cfg, exitOK
}

// outputSettings are the thresholds, format and baseline a report is
// written with.
type outputSettings struct {
	severity, confidence, failOn analysis.Level
	format                       string
	base                         *baseline.Baseline
}

// outputs resolves the thresholds (flags over configuration), the format
// and the baseline.
func (sf *scanFlags) outputs(cfg *config.Config) (outputSettings, int) {
	var o outputSettings
	var err error
	if o.severity, err = level("severity", sf.severity, cfg.Severity); err != nil {
		return o, sf.fail("%v", err)
	}
	if o.confidence, err = level("confidence", sf.confidence, cfg.Confidence); err != nil {
		return o, sf.fail("%v", err)
	}
	if o.failOn, err = level("fail-on", sf.failOn, cfg.FailOn); err != nil {
		return o, sf.fail("%v", err)
	}
	if o.failOn == analysis.Undefined {
		o.failOn = analysis.Low
	}
	o.format = sf.format
	if o.format == "" {
		o.format = report.DefaultFormat
	}
	if _, err := report.Lookup(o.format); err != nil {
		return o, sf.fail("--format: %v", err)
	}
	if sf.baseline != "" {
		if o.base, err = baseline.Load(sf.baseline); err != nil {
			return o, sf.fail("--baseline: %v", err)
		}
	}
	return o, exitOK
}

// perFileIgnores converts the configuration's per-file-ignores.
func perFileIgnores(cfg *config.Config) []scan.PerFileIgnore {
	var out []scan.PerFileIgnore
	for _, pf := range cfg.PerFileIgnores {
		m := source.NewMatcher([]string{pf.Glob}, cfg.Dir())
		out = append(out, scan.PerFileIgnore{Match: m.Match, IDs: pf.IDs,
			Source: fmt.Sprintf("%s:%d", pf.Pos.File, pf.Pos.Line)})
	}
	return out
}

// secretIgnores converts the configuration's [secrets] ignores that
// apply at now, and warns about each one whose date has passed, at its
// place in the configuration.
func secretIgnores(cfg *config.Config, now time.Time) ([]scan.SecretIgnore, []scan.FileError) {
	var out []scan.SecretIgnore
	var expired []scan.FileError
	for _, ig := range cfg.Secrets.Ignore {
		if ig.Expired(now) {
			expired = append(expired, scan.FileError{Path: ig.Pos.File, Line: ig.Pos.Line, Column: ig.Pos.Col,
				Message: fmt.Sprintf("secrets.ignore of %s expired on %s: it no longer applies", ig.Fingerprint, ig.Expires)})
			continue
		}
		by := fmt.Sprintf("secrets.ignore (%s:%d)", shortPath(ig.Pos.File), ig.Pos.Line)
		if ig.Reason != "" {
			by += ": " + ig.Reason
		}
		out = append(out, scan.SecretIgnore{Fingerprint: ig.Fingerprint, SuppressedBy: by})
	}
	return out, expired
}

// shortPath returns path relative to the working directory when it is
// inside it, else as it is.
func shortPath(path string) string {
	wd, err := os.Getwd()
	if err != nil || !filepath.IsAbs(path) {
		return path
	}
	rel, err := filepath.Rel(wd, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return path
	}
	return rel
}

// finish applies the baseline, writes the baseline and the report, and
// returns the exit code; verbose, with -v, prints the run's statistics
// given the number of findings at or above --fail-on.
func (sf *scanFlags) finish(res *scan.Result, cfg *config.Config, o outputSettings, verbose func(failing int)) int {
	// The new baseline holds every current finding that nothing else
	// suppresses (# nosec, per-file-ignores, deps.ignore), those the old
	// baseline matches included: it is written before the old one is
	// applied, so that --baseline F --write-baseline F updates F instead
	// of dropping what F already covered.
	if sf.writeBaseline != "" {
		dir := filepath.Dir(sf.writeBaseline)
		var bf []baseline.Finding
		for i := range res.Findings {
			if f := &res.Findings[i]; !f.Suppressed {
				bf = append(bf, baselineFinding(f, res, dir))
			}
		}
		if err := baseline.Write(sf.writeBaseline, bf); err != nil {
			return sf.fail("--write-baseline: %v", err)
		}
	}
	if o.base != nil {
		dir := filepath.Dir(sf.baseline)
		for i := range res.Findings {
			f := &res.Findings[i]
			if f.Suppressed {
				continue
			}
			if o.base.Match(baselineFinding(f, res, dir)) {
				f.Suppressed = true
				f.SuppressedBy = "baseline"
			}
		}
	}

	ropt := report.Options{ShowSuppressed: sf.showSuppressed, Quiet: sf.quiet}
	if sf.output == "" && sf.isTerminal() && sf.getenv("NO_COLOR") == "" {
		ropt.Color = true
	}
	var err error
	if sf.output != "" {
		err = report.WriteFile(sf.output, o.format, res, ropt)
	} else {
		err = report.Write(sf.stdout, o.format, res, ropt)
	}
	if err != nil {
		return sf.fail("writing the report: %v", err)
	}

	failing := 0
	for i := range res.Findings {
		if f := &res.Findings[i]; !f.Suppressed && f.Severity >= o.failOn {
			failing++
		}
	}
	if sf.verbose {
		src := cfg.Path
		if src == "" {
			src = "none (defaults)"
		}
		fmt.Fprintf(sf.stderr, "krait: configuration: %s\n", src)
		verbose(failing)
	}
	if sf.output != "" && !sf.quiet {
		fmt.Fprintf(sf.stderr, "krait: wrote %s report to %s\n", o.format, sf.output)
	}
	switch {
	case len(res.Errors) > 0:
		return exitFindings // an incomplete scan never looks clean
	case failing > 0 && !sf.exitZero:
		return exitFindings
	}
	return exitOK
}

// configError reports a configuration problem, one line per error.
func (sf *scanFlags) configError(err error) int {
	var list config.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintf(sf.stderr, "krait: %v\n", e)
		}
		return exitError
	}
	return sf.fail("%v", err)
}

// baselineFinding describes a finding for the baseline: its path relative
// to the baseline file's directory, so that the baseline works from any
// working directory.
func baselineFinding(f *analysis.Finding, res *scan.Result, dir string) baseline.Finding {
	path := f.Path
	if abs, err := filepath.Abs(path); err == nil {
		if d, err := filepath.Abs(dir); err == nil {
			if rel, err := filepath.Rel(d, abs); err == nil {
				path = rel
			}
		}
	}
	bf := baseline.Finding{RuleID: f.RuleID, Path: filepath.ToSlash(path), Message: f.Message, Fingerprint: f.Fingerprint}
	if src := res.Sources[f.Path]; src != nil {
		p := src.Position(f.Span.Start)
		bf.Line = p.Line
		bf.LineText = src.LineText(p.TextLine)
	}
	return bf
}

// level parses a threshold given on the command line or else in the
// configuration.
func level(name, flagValue, configValue string) (analysis.Level, error) {
	v := flagValue
	if v == "" {
		v = configValue
	}
	if v == "" {
		return analysis.Undefined, nil
	}
	l, err := analysis.ParseLevel(v)
	if err != nil {
		return 0, fmt.Errorf("--%s: %v", name, err)
	}
	return l, nil
}

// prefixExists reports whether a rule id prefix matches a rule.
func prefixExists(prefix string) bool {
	for _, r := range rules.All() {
		if strings.HasPrefix(r.ID, rules.Canonical(prefix)) {
			return true
		}
	}
	return false
}

// decodeRuleOptions decodes the configured options of every rule, into a
// copy of its defaults. Options for a rule without options are an error.
func decodeRuleOptions(cfg *config.Config) (map[string]any, error) {
	out := make(map[string]any)
	var errs config.ErrorList
	for _, r := range rules.All() {
		if cfg.Rules[r.ID] == nil {
			continue
		}
		var dst any = &struct{}{}
		if r.Options != nil {
			v := reflect.New(reflect.TypeOf(r.Options).Elem())
			v.Elem().Set(reflect.ValueOf(r.Options).Elem())
			dst = v.Interface()
		}
		if err := cfg.DecodeRuleOptions(r.ID, dst); err != nil {
			var list config.ErrorList
			var one *config.Error
			switch {
			case errors.As(err, &list):
				errs = append(errs, list...)
			case errors.As(err, &one):
				errs = append(errs, one)
			default:
				return nil, err
			}
			continue
		}
		if r.Options != nil {
			out[r.ID] = dst
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// anchor makes the globs of a configuration file that name paths (those
// with a "/") relative to the file's directory, as Ruff does, by turning
// them into absolute globs; globs of names match at any depth as they
// are. Command-line globs stay relative to the scan root.
func anchor(globs []string, dir string) []string {
	if dir == "" {
		return append([]string(nil), globs...)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return append([]string(nil), globs...)
	}
	out := make([]string, 0, len(globs))
	for _, g := range globs {
		trimmed := strings.TrimSuffix(g, "/")
		if strings.Contains(trimmed, "/") && !filepath.IsAbs(g) {
			g = filepath.ToSlash(filepath.Join(abs, strings.TrimPrefix(g, "./"))) + map[bool]string{true: "/", false: ""}[strings.HasSuffix(g, "/")]
		}
		out = append(out, g)
	}
	return out
}
