package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/config"
	"github.com/krait-dev/krait/internal/deps/lockfile"
	"github.com/krait-dev/krait/internal/deps/osv"
	"github.com/krait-dev/krait/internal/deps/pep440"
	"github.com/krait-dev/krait/internal/rules"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/internal/source"
	"github.com/krait-dev/krait/python/token"
)

const depsUsage = `usage: krait deps [options] [PATH...]

Audits the project's dependencies against the OSV advisories of PyPI and
reports each vulnerable package with its advisory and the release that
fixes it. A PATH that is a directory (default .) is searched for
dependency files: requirements*.txt, constraints*.txt, requirements/*.txt,
poetry.lock, Pipfile.lock, pdm.lock, uv.lock, pylock.toml, pylock.*.toml
and pyproject.toml (not in .git, .venv, venv, node_modules, build, dist,
site-packages, .tox, .nox). A PATH that is a file is read as its name says,
any other name as a requirements file. Options may come before or after
the paths.

Packages:
  --env PATH            also audit what is installed in a virtualenv or a
                        site-packages directory (repeatable)
Advisories (default: the database krait db update keeps in the user cache):
  --db PATH             a zip or directory of OSV JSON records (osv.dev's
                        PyPI/all.zip)
  --api                 query the osv.dev API instead of a local database
  --api-url URL         the API's address (default https://api.osv.dev)
  --offline             never open a network connection (refuses --api)
Thresholds:
  --severity LEVEL      report findings of at least this severity (low|medium|high)
  --confidence LEVEL    report findings of at least this confidence ("may be
                        affected" findings have low confidence)
  --fail-on LEVEL       exit 1 only for findings of at least this severity (default low)
Output:
  --format FORMAT       text, json, sarif, bandit-json or github (default text)
  --output FILE         write the report to FILE (atomically) instead of stdout
  --show-suppressed     show suppressed findings in the text format
  -q, --quiet           print only findings and errors (no summary, no
                        warnings)
  -v, --verbose         also print the configuration, the database and timings
Other:
  --config FILE         use this configuration file instead of searching for one
  --baseline FILE       report only findings not in a baseline written earlier
  --write-baseline FILE write the findings to a baseline file
  --exit-zero           exit 0 even when there are findings

Each finding's rule id is the advisory's id; unpinned and unauditable
requirements are warnings. [tool.krait.deps] ignore = [{id, reason,
expires}] in the configuration ignores advisories.

Exit codes: 0 clean, 1 findings at or above --fail-on or dependency files
that could not be read, 2 usage, configuration or database error (no
database yet: run krait db update, or pass --db or --api).
`

// depsFlags are the dependency audit's options, shared by krait deps and
// krait scan.
type depsFlags struct {
	db, apiURL   string
	api, offline bool
	envs         pathList // krait deps only
}

// pathList collects the values of a repeatable flag whose values are
// paths (not split at commas, which paths may contain).
type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, " ") }
func (p *pathList) Set(s string) error { *p = append(*p, s); return nil }

func (d *depsFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&d.db, "db", "", "")
	fs.BoolVar(&d.api, "api", false, "")
	fs.StringVar(&d.apiURL, "api-url", "", "")
	fs.BoolVar(&d.offline, "offline", false, "")
}

// check rejects contradictory database options, and a --db that does not
// exist (krait scan would otherwise notice only if dependency files need
// it).
func (d *depsFlags) check(sf *scanFlags) int {
	switch {
	case d.api && d.offline:
		return sf.fail("--api queries osv.dev over the network; it cannot be used with --offline")
	case d.api && d.db != "":
		return sf.fail("--api and --db both choose the advisory data: pass one")
	case d.apiURL != "" && !d.api:
		return sf.fail("--api-url needs --api")
	}
	if d.db != "" {
		if _, err := os.Stat(d.db); err != nil {
			return sf.fail("--db: %v", err)
		}
	}
	return exitOK
}

// errNoDatabase is the error of openSource when neither --db nor --api is
// given and the cache holds no database; its text says what to do.
var errNoDatabase = errors.New("no OSV database")

// openSource opens the advisory data the flags choose and describes it for
// -v. Nothing here connects: API requests happen during the audit.
func (d *depsFlags) openSource() (osv.Source, func() error, string, error) {
	opts := osv.SourceOptions{DBPath: d.db, API: d.api, APIURL: d.apiURL, Offline: d.offline,
		HTTP: &http.Client{Timeout: 2 * time.Minute}}
	src, closeSrc, err := osv.OpenSource(opts)
	if errors.Is(err, osv.ErrNoDatabase) {
		dir, _ := osv.DefaultCacheDir()
		if d.offline {
			return nil, closeSrc, "", fmt.Errorf("%w in %s, and --offline forbids the API: run `krait db update` once while online, or pass --db PATH", errNoDatabase, dir)
		}
		return nil, closeSrc, "", fmt.Errorf("%w in %s: run `krait db update` to download it, or pass --db PATH (a local copy) or --api (query osv.dev)", errNoDatabase, dir)
	}
	if err != nil {
		return nil, closeSrc, "", err
	}
	switch s := src.(type) {
	case *osv.DB:
		return src, closeSrc, fmt.Sprintf("OSV database %s (%d records)", s.Path(), s.Len()), nil
	case *osv.Client:
		url := s.BaseURL
		if url == "" {
			url = osv.DefaultAPIURL
		}
		return src, closeSrc, "OSV API " + url, nil
	}
	return src, closeSrc, "OSV advisories", nil
}

// runDeps implements "krait deps".
func runDeps(args []string, stdout, stderr io.Writer) int {
	sf := &scanFlags{stdout: stdout, stderr: stderr, getenv: os.Getenv,
		isTerminal: func() bool { return isTerminal(stdout) }}
	fs := flag.NewFlagSet("krait deps", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	help := sf.registerCommon(fs)
	fs.Var(&sf.deps.envs, "env", "")
	roots, err := parseInterspersed(fs, args)
	if err != nil {
		fmt.Fprintf(stderr, "krait: %v\n\n%s", err, depsUsage)
		return exitError
	}
	if *help {
		fmt.Fprint(stdout, depsUsage)
		return exitOK
	}
	sf.roots = roots
	return sf.runDeps()
}

func (sf *scanFlags) runDeps() int {
	start := time.Now()
	roots := sf.roots
	if len(roots) == 0 && len(sf.deps.envs) == 0 {
		roots = []string{"."}
	}
	cfg, code := sf.loadConfig(configRoot(roots))
	if cfg == nil {
		return code
	}
	out, code := sf.outputs(cfg)
	if code != exitOK {
		return code
	}
	if code := sf.deps.check(sf); code != exitOK {
		return code
	}
	src, closeSrc, desc, err := sf.deps.openSource()
	defer closeSrc()
	if err != nil {
		return sf.fail("%v", err)
	}

	res := &scan.Result{Version: Version, Sources: map[string]*scan.Source{}}
	if r := rules.ByID(analysis.DependencyRule); r != nil {
		res.Rules = []*analysis.Rule{r}
	}
	var files []lockfile.File
	for _, root := range roots {
		st, err := os.Stat(root)
		if err != nil {
			res.Errors = append(res.Errors, scan.FileError{Path: root, Message: pathReason(root, err)})
			continue
		}
		if !st.IsDir() {
			k := lockfile.KindOf(root)
			if k == 0 {
				k = lockfile.KindRequirements // as pip -r reads it
			}
			files = append(files, lockfile.File{Path: root, Kind: k})
			continue
		}
		// The files krait scan would audit: .gitignore and the
		// configuration's excludes apply, as they do there.
		dopt := source.Options{Kinds: []source.Kind{source.KindDependency}, ExtendExclude: anchor(cfg.ExtendExclude, cfg.Dir())}
		if cfg.Exclude != nil {
			dopt.Exclude = anchor(cfg.Exclude, cfg.Dir())
		}
		entries, derrs := source.Discover([]string{root}, dopt)
		for _, e := range derrs {
			res.Errors = append(res.Errors, scan.FileError{Path: e.Path, Message: pathReason(e.Path, e)})
		}
		n := len(files)
		for _, e := range entries {
			if k := lockfile.KindOf(e.Path); e.Kind == source.KindDependency && k != 0 {
				files = append(files, lockfile.File{Path: e.Path, Kind: k})
			}
		}
		if len(derrs) == 0 && len(files) == n {
			res.Warnings = append(res.Warnings, scan.FileError{Path: root, Message: "no dependency files found"})
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	in := depsInput{files: files, envs: sf.deps.envs, ignores: cfg.Deps.Ignore, perFile: perFileIgnores(cfg),
		severity: out.severity, confidence: out.confidence, now: time.Now(), rule: rules.ByID(analysis.DependencyRule)}
	audit, err := in.audit(ctx, func() (osv.Source, string, error) { return src, desc, nil })
	if err != nil {
		return sf.fail("dependency audit: %v", err)
	}
	audit.mergeInto(res)
	res.Sort()
	return sf.finish(res, cfg, out, func(failing int) {
		audit.verbose(sf.stderr)
		fmt.Fprintf(sf.stderr, "krait: %d findings (%d at or above %s), %d errors in %v\n",
			len(res.Findings), failing, out.failOn, len(res.Errors), time.Since(start).Round(time.Millisecond))
	})
}

// pathReason is the message of an error about path, without the path.
func pathReason(path string, err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	msg := err.Error()
	if i := strings.Index(msg, path+": "); i >= 0 {
		msg = msg[i+len(path)+2:]
	}
	return msg
}

// scanDeps runs the dependency audit of krait scan over the dependency
// files under the roots, with the scan's excludes, and merges it into res.
// Without dependency files, or when they declare no packages, nothing
// changes. Without a database the audit
// is skipped with one warning; a failed audit is an error of the scan.
// It returns the audit's statistics for -v, nil when it did not run.
func (sf *scanFlags) scanDeps(res *scan.Result, rule *analysis.Rule, opt *scan.Options, cfg *config.Config) *depsOutcome {
	dopt := opt.Discover
	dopt.Kinds = []source.Kind{source.KindDependency}
	entries, _ := source.Discover(opt.Roots, dopt) // discovery errors: reported by the scan's own discovery
	var files []lockfile.File
	for _, e := range entries {
		if e.Kind != source.KindDependency {
			continue
		}
		if k := lockfile.KindOf(e.Path); k != 0 {
			files = append(files, lockfile.File{Path: e.Path, Kind: k})
		}
	}
	if len(files) == 0 {
		return nil
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var closeSrc func() error
	in := depsInput{files: files, ignores: cfg.Deps.Ignore, perFile: opt.PerFileIgnores,
		severity: opt.Severity, confidence: opt.Confidence, now: time.Now(), rule: rule}
	audit, err := in.audit(ctx, func() (osv.Source, string, error) {
		src, c, desc, err := sf.deps.openSource()
		closeSrc = c
		return src, desc, err
	})
	if closeSrc != nil {
		defer closeSrc()
	}
	switch {
	case errors.Is(err, errNoDatabase):
		res.Warnings = append(res.Warnings, scan.FileError{Path: files[0].Path,
			Message: "dependency audit skipped: no OSV database (run krait db update, or pass --db or --api)"})
		res.Sort()
		return nil
	case err != nil:
		res.Errors = append(res.Errors, scan.FileError{Path: files[0].Path, Message: "dependency audit failed: " + err.Error()})
		res.Sort()
		return nil
	case audit.packages == 0 && len(audit.errors) == 0:
		return nil // pyproject.toml files without dependencies: the scan stays as it was
	}
	audit.mergeInto(res)
	res.Rules = append(res.Rules, rule)
	res.Sort()
	return audit
}

// depsInput is what one dependency audit reads and how its findings are
// filtered.
type depsInput struct {
	files   []lockfile.File // dependency files, found or named
	envs    []string        // installed environments (--env)
	ignores []config.DepIgnore
	perFile []scan.PerFileIgnore
	// severity and confidence drop the findings below them.
	severity, confidence analysis.Level
	now                  time.Time // decides which ignores have expired
	// rule is KR901, whose CWE the findings carry.
	rule *analysis.Rule
}

// depsOutcome is a dependency audit's contribution to a scan.Result, and
// its statistics.
type depsOutcome struct {
	findings         []analysis.Finding
	errors, warnings []scan.FileError
	sources          map[string]*scan.Source // the files with findings, errors or warnings
	files, lines     int                     // every file read, and their lines
	packages         int                     // packages declared
	queries          int                     // packages audited
	source           string                  // the advisory data, for -v
	elapsed          time.Duration
}

// mergeInto adds the outcome to res (which the caller sorts).
func (o *depsOutcome) mergeInto(res *scan.Result) {
	res.Findings = append(res.Findings, o.findings...)
	res.Errors = append(res.Errors, o.errors...)
	res.Warnings = append(res.Warnings, o.warnings...)
	res.Files += o.files
	res.Lines += o.lines
	if res.Sources == nil {
		res.Sources = map[string]*scan.Source{}
	}
	for p, s := range o.sources {
		res.Sources[p] = s
	}
}

// verbose prints the audit's statistics (-v).
func (o *depsOutcome) verbose(w io.Writer) {
	src := o.source
	if src == "" {
		src = "no advisory data needed"
	}
	fmt.Fprintf(w, "krait: dependency audit: %d files, %d packages, %d audited against %s, %d findings, in %v\n",
		o.files, o.packages, o.queries, src, len(o.findings), o.elapsed.Round(time.Millisecond))
}

// audit loads the packages, audits those that can be audited against the
// source open returns (called only when there is something to audit) and
// turns the results into findings located at the pins:
//
//   - one finding per package and advisory (aliases grouped), its RuleID
//     the advisory id, its severity the advisory's (medium, KR901's
//     default, when the advisory rates none), confidence high for an
//     affected pin or a range whose every version is affected, low for
//     "may be affected";
//   - a warning per unpinned requirement and per requirement that cannot be
//     audited (VCS, URL, local or editable; not for the editable entries
//     of lockfiles, which are the project's own code), and per problem
//     the matcher had with a package's ranges;
//   - the located parse errors of the files, as errors;
//   - findings of an advisory that [tool.krait.deps] ignores are
//     suppressed ("deps.ignore: reason"); an expired ignore does not apply
//     and gives a warning at its place in the configuration.
//
// An unpinned requirement is not audited when a file in the same
// directory pins the same package (pyproject.toml's ranges next to its
// lockfile): the pin is what gets installed.
func (in *depsInput) audit(ctx context.Context, open func() (osv.Source, string, error)) (*depsOutcome, error) {
	start := time.Now()
	out := &depsOutcome{sources: map[string]*scan.Source{}}
	pkgs, perrs := lockfile.Load(in.files)
	for _, env := range in.envs {
		ps, es := lockfile.Environment(env)
		pkgs = append(pkgs, ps...)
		perrs = append(perrs, es...)
	}
	pkgs = dropSuperseded(pkgs)
	out.packages = len(pkgs)

	texts := newDepTexts()
	for _, f := range in.files {
		texts.get(f.Path)
	}
	var qs []osv.Query
	var qpkgs []*lockfile.Package
	for i := range pkgs {
		p := &pkgs[i]
		texts.get(p.File)
		if !p.Auditable {
			if p.Source == lockfile.SourceEditable && lockfile.KindOf(p.File).IsLock() {
				continue // the project's own code (a uv workspace member, a Poetry develop directory)
			}
			name := p.Name
			if name == "" {
				name = "requirement"
			}
			out.warn(texts, p.File, p.Line, fmt.Sprintf("%s: not audited: %s", name, p.Reason))
			continue
		}
		if !p.Pinned {
			out.warn(texts, p.File, p.Line, fmt.Sprintf("%s is not pinned (%s): audited over every version the range allows; "+
				"advisories that affect only some of them are reported as \"may be affected\"", p.Name, rangeText(p.Specifier)))
		}
		qs = append(qs, osv.Query{Name: p.Name, Version: p.Version, Specifier: p.Specifier})
		qpkgs = append(qpkgs, p)
	}
	out.queries = len(qs)
	for _, e := range perrs {
		texts.get(e.File)
		fe := scan.FileError{Path: e.File, Line: e.Line, Message: e.Msg}
		out.errors = append(out.errors, fe)
		out.keep(texts, e.File)
	}

	if len(qs) > 0 {
		src, desc, err := open()
		if err != nil {
			return nil, err
		}
		out.source = desc
		results, err := osv.Audit(ctx, src, qs)
		if err != nil {
			return nil, err
		}
		for i, r := range results {
			p := qpkgs[i]
			for _, w := range r.Warnings {
				out.warn(texts, p.File, p.Line, fmt.Sprintf("%s: %s", packageLabel(p), w))
			}
			for _, f := range r.Findings {
				df := in.finding(texts, p, &f)
				if df.Severity < in.severity || df.Confidence < in.confidence {
					continue
				}
				out.findings = append(out.findings, df)
				out.keep(texts, p.File)
			}
		}
	}
	out.warnings = append(out.warnings, in.expiredIgnores()...)
	out.files, out.lines = texts.count()
	out.elapsed = time.Since(start)
	return out, nil
}

// warn adds a warning at a package's line.
func (o *depsOutcome) warn(texts *depTexts, path string, line int, msg string) {
	o.warnings = append(o.warnings, scan.FileError{Path: path, Line: line, Message: msg})
	o.keep(texts, path)
}

// keep puts the text of path into the outcome's sources, for snippets.
func (o *depsOutcome) keep(texts *depTexts, path string) {
	if s := texts.get(path); s != nil {
		o.sources[path] = s
	}
}

// dropSuperseded removes the unpinned requirements that a file in the same
// directory pins.
func dropSuperseded(pkgs []lockfile.Package) []lockfile.Package {
	type key struct{ dir, name string }
	pinned := map[key]bool{}
	for _, p := range pkgs {
		if p.Pinned && p.Version != "" {
			pinned[key{filepath.Dir(p.File), p.Name}] = true
		}
	}
	out := pkgs[:0]
	for _, p := range pkgs {
		if p.Auditable && !p.Pinned && pinned[key{filepath.Dir(p.File), p.Name}] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// finding converts one advisory of package p.
func (in *depsInput) finding(texts *depTexts, p *lockfile.Package, f *osv.Finding) analysis.Finding {
	span := texts.lineSpan(p.File, p.Line)
	summary := oneLine(f.Summary)
	df := analysis.Finding{
		RuleID:     f.ID,
		Path:       p.File,
		Span:       span,
		Extent:     span,
		Stmt:       span,
		Message:    advisoryMessage(p, f, summary),
		Severity:   advisorySeverity(f.Severity),
		Confidence: analysis.High,
		CWE:        1395,
		Package:    &analysis.Package{Name: p.Name, Version: p.Version},
		Advisory:   &analysis.Advisory{ID: f.ID, Aliases: f.Aliases, Summary: summary, FixedIn: f.FixedIn},
	}
	if in.rule != nil {
		df.CWE = in.rule.CWE
	}
	if !p.Pinned {
		df.Package.Specifier = p.Specifier
	}
	if f.Certainty == osv.MayBeAffected {
		df.Confidence = analysis.Low
	}
	if ig := in.ignoreOf(f); ig != nil {
		df.Suppressed = true
		df.SuppressedBy = "deps.ignore"
		if ig.Reason != "" {
			df.SuppressedBy += ": " + ig.Reason
		}
		return df
	}
	for _, pf := range in.perFile {
		if !pf.Match(df.Path) {
			continue
		}
		for _, id := range pf.IDs {
			if id == "ALL" || strings.HasPrefix(analysis.DependencyRule, id) {
				df.Suppressed = true
				df.SuppressedBy = "per-file-ignores"
				if pf.Source != "" {
					df.SuppressedBy += " (" + pf.Source + ")"
				}
				return df
			}
		}
	}
	return df
}

// ignoreOf returns the unexpired ignore that names f's id or one of its
// aliases, or nil.
func (in *depsInput) ignoreOf(f *osv.Finding) *config.DepIgnore {
	for i := range in.ignores {
		ig := &in.ignores[i]
		if ig.Expired(in.now) {
			continue
		}
		if strings.EqualFold(ig.ID, f.ID) {
			return ig
		}
		for _, a := range f.Aliases {
			if strings.EqualFold(ig.ID, a) {
				return ig
			}
		}
	}
	return nil
}

// expiredIgnores warns about each ignore whose date has passed, at its
// place in the configuration.
func (in *depsInput) expiredIgnores() []scan.FileError {
	var out []scan.FileError
	for _, ig := range in.ignores {
		if ig.Expired(in.now) {
			out = append(out, scan.FileError{Path: ig.Pos.File, Line: ig.Pos.Line, Column: ig.Pos.Col,
				Message: fmt.Sprintf("deps.ignore of %s expired on %s: it no longer applies", ig.ID, ig.Expires)})
		}
	}
	return out
}

// advisorySeverity maps an advisory's rating to a level: CRITICAL and HIGH
// are high, MEDIUM medium, LOW and NONE low; no rating is KR901's default,
// medium.
func advisorySeverity(r osv.Rating) analysis.Level {
	switch r.Rating {
	case "CRITICAL", "HIGH":
		return analysis.High
	case "MEDIUM":
		return analysis.Medium
	case "LOW", "NONE":
		return analysis.Low
	}
	return analysis.Medium
}

// packageLabel names a package as messages do: "django 3.2.0", "requests
// >=2.0,<3", "requests (any version)".
func packageLabel(p *lockfile.Package) string {
	if p.Pinned {
		return p.Name + " " + p.Version
	}
	if p.Specifier == "" {
		return p.Name + " (any version)"
	}
	return p.Name + " " + p.Specifier
}

func rangeText(spec string) string {
	if spec == "" {
		return "any version"
	}
	return spec
}

// advisoryMessage is a finding's message, given the advisory's summary
// on one line: "django 3.2.0: PYSEC-2021-98: summary (fixed in 3.2.4)", with "may be affected by" before the id when
// only some of the versions an unpinned range allows are affected.
func advisoryMessage(p *lockfile.Package, f *osv.Finding, summary string) string {
	var b strings.Builder
	b.WriteString(packageLabel(p))
	b.WriteString(": ")
	if f.Certainty == osv.MayBeAffected {
		b.WriteString("may be affected by ")
	}
	b.WriteString(f.ID)
	if s := shortSummary(summary); s != "" {
		b.WriteString(": " + s)
	}
	b.WriteString(" (" + fixText(p, f.FixedIn) + ")")
	return b.String()
}

// fixText says which release fixes an advisory: for a pin, the smallest
// fixed version above it; for a range, every fixed version.
func fixText(p *lockfile.Package, fixed []string) string {
	if len(fixed) == 0 {
		return "no fixed version"
	}
	if !p.Pinned {
		return "fixed in " + strings.Join(fixed, ", ")
	}
	cur, err := pep440.Parse(p.Version)
	if err != nil {
		return "fixed in " + strings.Join(fixed, ", ")
	}
	for _, v := range fixed { // PEP 440-sorted
		if fv, err := pep440.Parse(v); err == nil && pep440.Compare(fv, cur) > 0 {
			return "fixed in " + v
		}
	}
	return "no fixed version above " + p.Version
}

// maxSummary bounds the summary in a message: PYSEC records have no
// summary, and their details' first line can be a long paragraph (the
// advisory's summary keeps all of it).
const maxSummary = 160

// shortSummary cuts s at a word boundary before maxSummary bytes, adding
// "…", when it is longer. (Not at its first sentence: that is often "An
// issue was discovered in Django 2.2 before 2.2.26, ...".)
func shortSummary(s string) string {
	if len(s) <= maxSummary {
		return s
	}
	cut := strings.LastIndexByte(s[:maxSummary], ' ')
	if cut < maxSummary/2 {
		cut = maxSummary
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// oneLine returns the first line of s with runs of white space collapsed.
// (Profiled: with strings.Fields on every summary this was 8% of a
// 500-package audit; most summaries need no change.)
func oneLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// depTexts reads each file of an audit once, for line spans, snippets and
// the line count.
type depTexts struct {
	m     map[string]*scan.Source
	order []string
}

func newDepTexts() *depTexts { return &depTexts{m: map[string]*scan.Source{}} }

// get returns the text of path, reading it the first time; nil when it
// cannot be read (the parser reports that).
func (t *depTexts) get(path string) *scan.Source {
	if path == "" {
		return nil
	}
	if s, ok := t.m[path]; ok {
		return s
	}
	var s *scan.Source
	if data, err := os.ReadFile(path); err == nil {
		text := string(data)
		s = &scan.Source{Path: path, Text: text, Lines: newlineStarts(text)}
	}
	t.m[path] = s
	t.order = append(t.order, path)
	return s
}

// count returns the number of files read and their lines.
func (t *depTexts) count() (files, lines int) {
	for _, p := range t.order {
		if s := t.m[p]; s != nil {
			files++
			n := len(s.Lines)
			if int(s.Lines[n-1]) == len(s.Text) {
				n-- // the last line start is the end of the text
			}
			lines += n
		}
	}
	return files, lines
}

// lineSpan returns the span of the 1-based line n of path without its
// indentation, a trailing line continuation and white space: the pin.
func (t *depTexts) lineSpan(path string, n int) token.Span {
	s := t.get(path)
	if s == nil || n < 1 || n > len(s.Lines) {
		return token.Span{}
	}
	start := int(s.Lines[n-1])
	end := len(s.Text)
	if n < len(s.Lines) {
		end = int(s.Lines[n])
	}
	line := s.Text[start:end]
	trimmed := strings.TrimLeft(line, " \t\f\v")
	start += len(line) - len(trimmed)
	trimmed = strings.TrimRight(trimmed, " \t\f\v\r\n")
	if c := strings.TrimRight(strings.TrimSuffix(trimmed, "\\"), " \t"); c != "" {
		trimmed = c
	}
	return token.Span{Start: int32(start), End: int32(start + len(trimmed))}
}

// newlineStarts returns the offset of each line of s, lines ending at
// "\n" as the dependency file parsers count them.
func newlineStarts(s string) []int32 {
	ls := []int32{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			ls = append(ls, int32(i+1))
		}
	}
	return ls
}
