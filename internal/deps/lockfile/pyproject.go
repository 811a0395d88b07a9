package lockfile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

// pyproject holds the dependency tables of pyproject.toml.
type pyproject struct {
	Project struct {
		Dependencies         []string            `toml:"dependencies"`
		OptionalDependencies map[string][]string `toml:"optional-dependencies"`
	} `toml:"project"`
	DependencyGroups map[string][]any `toml:"dependency-groups"`
	Tool             struct {
		Poetry struct {
			Dependencies    map[string]any `toml:"dependencies"`
			DevDependencies map[string]any `toml:"dev-dependencies"`
			Group           map[string]struct {
				Dependencies map[string]any `toml:"dependencies"`
			} `toml:"group"`
		} `toml:"poetry"`
	} `toml:"tool"`
}

// ParsePyproject reads the dependencies a pyproject.toml declares:
// [project] dependencies and optional-dependencies (PEP 621),
// [dependency-groups] (PEP 735; {include-group = ...} entries are
// skipped, the included group being read on its own), and Poetry's
// [tool.poetry.dependencies], dev-dependencies and
// group.<name>.dependencies, whose constraints are turned into PEP 440
// (see PoetryConstraint). The python entry of Poetry is not a package.
// Each package is located at its array element or key.
func ParsePyproject(file string, data []byte) ([]Package, []*Error) {
	var pp pyproject
	doc, err := decodeTOML(file, data, &pp)
	if err != nil {
		return nil, []*Error{err}
	}
	var pkgs []Package
	var errs []*Error
	pep508 := func(reqs []string, group string, path ...any) {
		for i, s := range reqs {
			line := doc.line(append(path, i)...)
			r, err := parseRequirement(s)
			if err != nil {
				errs = append(errs, errorf(file, line, "%v", err))
				continue
			}
			p := fromRequirement(r, file, line)
			if group != "" {
				p.Groups = []string{group}
			}
			pkgs = append(pkgs, p)
		}
	}
	pep508(pp.Project.Dependencies, "", "project", "dependencies")
	for _, g := range sortedKeys(pp.Project.OptionalDependencies) {
		pep508(pp.Project.OptionalDependencies[g], g, "project", "optional-dependencies", g)
	}
	for _, g := range sortedKeys(pp.DependencyGroups) {
		for i, item := range pp.DependencyGroups[g] {
			line := doc.line("dependency-groups", g, i)
			switch item := item.(type) {
			case string:
				r, err := parseRequirement(item)
				if err != nil {
					errs = append(errs, errorf(file, line, "%v", err))
					continue
				}
				p := fromRequirement(r, file, line)
				p.Groups = []string{g}
				pkgs = append(pkgs, p)
			case map[string]any:
				if _, ok := item["include-group"]; !ok {
					errs = append(errs, errorf(file, line, "dependency group %s: a table entry must be {include-group = ...}", g))
				}
			default:
				errs = append(errs, errorf(file, line, "dependency group %s: entry must be a string", g))
			}
		}
	}
	poetry := func(deps map[string]any, group string, path ...any) {
		for _, name := range sortedKeys(deps) {
			if strings.EqualFold(name, "python") {
				continue
			}
			ps, es := poetryDependency(file, doc, name, deps[name], group, append(path, name))
			pkgs = append(pkgs, ps...)
			errs = append(errs, es...)
		}
	}
	poetry(pp.Tool.Poetry.Dependencies, "main", "tool", "poetry", "dependencies")
	poetry(pp.Tool.Poetry.DevDependencies, "dev", "tool", "poetry", "dev-dependencies")
	for _, g := range sortedKeys(pp.Tool.Poetry.Group) {
		poetry(pp.Tool.Poetry.Group[g].Dependencies, g, "tool", "poetry", "group", g, "dependencies")
	}
	// Tables decode into maps: put packages and errors back in file order.
	sort.SliceStable(pkgs, func(i, j int) bool { return pkgs[i].Line < pkgs[j].Line })
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
	return pkgs, errs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// poetryDependency reads one Poetry dependency: a constraint string, a
// table ({version, extras, markers, optional, git, path, url, develop}),
// or an array of such tables (multiple-constraint dependencies, one
// Package each).
func poetryDependency(file string, doc *tomlDoc, name string, v any, group string, path []any) ([]Package, []*Error) {
	line := doc.line(path...)
	mk := func(line int) Package {
		return Package{Name: NormalizeName(name), File: file, Line: line, Groups: []string{group}}
	}
	constraint := func(p *Package, c string) *Error {
		spec, err := PoetryConstraint(c)
		if err != nil {
			return errorf(file, p.Line, "%s: %v", name, err)
		}
		if v, ok := pin(spec); ok {
			p.Version, p.Pinned = v, true
		} else {
			p.Specifier = spec
		}
		return nil
	}
	table := func(t map[string]any, line int) (Package, *Error) {
		p := mk(line)
		for _, k := range []string{"git", "url", "path", "file"} {
			if s, ok := t[k].(string); ok {
				switch k {
				case "git":
					p.Source = SourceVCS
				case "url":
					p.Source = SourceURL
				default:
					p.Source = SourcePath
					if d, _ := t["develop"].(bool); d {
						p.Source = SourceEditable
					}
				}
				p.Reason = k + " = " + s
				break
			}
		}
		if m, ok := t["markers"].(string); ok {
			p.Markers = m
		}
		if ex, ok := t["extras"].([]any); ok {
			for _, e := range ex {
				if s, ok := e.(string); ok {
					p.Extras = append(p.Extras, s)
				}
			}
		}
		if c, ok := t["version"].(string); ok && p.Source == SourceRegistry {
			if err := constraint(&p, c); err != nil {
				return p, err
			}
		}
		p.finish()
		return p, nil
	}
	switch v := v.(type) {
	case string:
		p := mk(line)
		if err := constraint(&p, v); err != nil {
			return nil, []*Error{err}
		}
		p.finish()
		return []Package{p}, nil
	case map[string]any:
		p, err := table(v, line)
		if err != nil {
			return nil, []*Error{err}
		}
		return []Package{p}, nil
	case []any:
		var out []Package
		var errs []*Error
		for i, item := range v {
			t, ok := item.(map[string]any)
			l := doc.line(append(path, i)...)
			if !ok {
				errs = append(errs, errorf(file, l, "%s: a multiple-constraint entry must be a table", name))
				continue
			}
			p, err := table(t, l)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			out = append(out, p)
		}
		return out, errs
	}
	return nil, []*Error{errorf(file, line, "%s: a dependency must be a string, a table or an array of tables", name)}
}

// PoetryConstraint converts a Poetry version constraint into a PEP 440
// specifier set, as poetry-core interprets it:
//
//	^1.2.3 → >=1.2.3,<2.0.0   ^0.2.3 → >=0.2.3,<0.3.0   ^0.0.3 → >=0.0.3,<0.0.4
//	^1.2 → >=1.2,<2.0   ^0.0 → >=0.0,<0.1   ^0 → >=0,<1
//	~1.2.3 → >=1.2.3,<1.3.0   ~1.2 → >=1.2,<1.3   ~1 → >=1,<2
//	1.2.3 → ==1.2.3   =1.2.3 → ==1.2.3   1.2.* → ==1.2.*   * → "" (any)
//
// PEP 440 clauses (>=, <, !=, ~=, ==) pass through. Clauses joined by ","
// or spaces must all hold; alternatives joined by "||" (or "|") are kept
// as sets joined by " || ", since PEP 440 has no union.
func PoetryConstraint(c string) (string, error) {
	var alts []string
	for _, alt := range splitOr(c) {
		var clauses []string
		for _, part := range splitAnd(alt) {
			out, err := poetryClause(part)
			if err != nil {
				return "", err
			}
			if out != "" {
				clauses = append(clauses, out)
			}
		}
		set, err := pep440.ParseSpecifierSet(strings.Join(clauses, ","))
		if err != nil {
			return "", err
		}
		if set.Len() == 0 {
			return "", nil // one alternative allows everything
		}
		alts = append(alts, set.String())
	}
	return strings.Join(alts, " || "), nil
}

func splitOr(c string) []string {
	c = strings.ReplaceAll(c, "||", "|")
	return strings.Split(c, "|")
}

// splitAnd splits on commas and on spaces that do not follow an operator
// (">= 1.2, <2" and ">=1.2 <2" are both two clauses).
func splitAnd(s string) []string {
	var parts []string
	for _, f := range strings.Split(s, ",") {
		toks := strings.Fields(f)
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if strings.Trim(t, "<>=!~^") == "" && i+1 < len(toks) {
				t += toks[i+1]
				i++
			}
			parts = append(parts, t)
		}
	}
	return parts
}

func poetryClause(c string) (string, error) {
	c = strings.TrimSpace(c)
	switch {
	case c == "" || c == "*":
		return "", nil
	case strings.HasPrefix(c, "^"):
		return caret(strings.TrimSpace(c[1:]))
	case strings.HasPrefix(c, "~=") || strings.HasPrefix(c, "==") || strings.HasPrefix(c, "!=") ||
		strings.HasPrefix(c, ">") || strings.HasPrefix(c, "<"):
		if strings.HasSuffix(c, ".*") && !strings.HasPrefix(c, "==") && !strings.HasPrefix(c, "!=") {
			return "", fmt.Errorf("wildcard in %q", c)
		}
		return c, nil
	case strings.HasPrefix(c, "~"):
		return tilde(strings.TrimSpace(c[1:]))
	case strings.HasPrefix(c, "="):
		return "==" + strings.TrimSpace(c[1:]), nil
	case strings.HasSuffix(c, ".*") || strings.HasSuffix(c, ".x"):
		return "==" + strings.TrimSuffix(strings.TrimSuffix(c, ".*"), ".x") + ".*", nil
	}
	return "==" + c, nil
}

// release returns the release numbers of v as written and its precision.
func release(v string) ([]uint64, error) {
	pv, err := pep440.Parse(v)
	if err != nil {
		return nil, err
	}
	return pv.Release(), nil
}

func joinRelease(r []uint64) string {
	parts := make([]string, len(r))
	for i, n := range r {
		parts[i] = fmt.Sprint(n)
	}
	return strings.Join(parts, ".")
}

// caret: the next version that changes the left-most non-zero number of
// major.minor.patch (poetry-core's next_breaking).
func caret(v string) (string, error) {
	r, err := release(v)
	if err != nil {
		return "", err
	}
	var upper []uint64
	switch {
	case r[0] > 0 || len(r) == 1:
		upper = append([]uint64{r[0] + 1}, zeros(len(r)-1)...)
	case r[1] > 0 || len(r) == 2:
		upper = append([]uint64{0, r[1] + 1}, zeros(len(r)-2)...)
	default:
		upper = append([]uint64{0, 0, r[2] + 1}, zeros(len(r)-3)...)
	}
	return ">=" + v + ",<" + joinRelease(upper), nil
}

// tilde: ~1 is the next major, ~1.2 and ~1.2.3 the next minor.
func tilde(v string) (string, error) {
	r, err := release(v)
	if err != nil {
		return "", err
	}
	var upper []uint64
	if len(r) == 1 {
		upper = []uint64{r[0] + 1}
	} else {
		upper = append([]uint64{r[0], r[1] + 1}, zeros(len(r)-2)...)
	}
	return ">=" + v + ",<" + joinRelease(upper), nil
}

func zeros(n int) []uint64 {
	if n <= 0 {
		return nil
	}
	return make([]uint64, n)
}
