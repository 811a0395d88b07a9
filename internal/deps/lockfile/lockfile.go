// Package lockfile reads the dependency declarations of Python projects:
// requirements and constraints files, poetry.lock, Pipfile.lock, pdm.lock,
// uv.lock, pylock.toml (PEP 751), pyproject.toml, and installed
// environments (virtualenvs and site-packages directories).
//
// Every parser returns one Package per dependency, located at the line
// that pins it, and located errors: a malformed entry is an *Error naming
// its file and line, and parsing goes on with the next entry (a TOML or
// JSON syntax error ends its file, since nothing after it can be trusted).
//
// The CLI's flow is the scanner's file discovery (source.Discover with
// source.KindDependency, and [KindOf] for each file's kind), then [Load]
// (parse them all, de-duplicating packages reached
// through several -r includes), or [Parse] for one path given on the
// command line, or [Environment] for a virtualenv; then it turns each
// auditable Package into an osv.Query.
package lockfile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Source says where a package comes from.
type Source uint8

// Package sources. Only registry packages are matched against advisories.
const (
	SourceRegistry Source = iota // an index such as PyPI (or a mirror)
	SourceVCS                    // git+https://..., {git = ...}
	SourceURL                    // an archive URL
	SourcePath                   // a local file or directory
	SourceEditable               // an editable install (-e, develop = true, uv's editable/virtual members)
)

// String returns "registry", "vcs", "url", "path" or "editable".
func (s Source) String() string {
	return [...]string{"registry", "vcs", "url", "path", "editable"}[s]
}

// Package is one dependency as a file declares or an environment has it.
type Package struct {
	// Name is the PEP 503-normalised name ("django-rest-framework").
	Name string
	// Version is the pinned, locked or installed version as written
	// ("2.31.0"); "" for an unpinned requirement.
	Version string
	// Pinned is set when Version is exact: "==V" (not a wildcard) or
	// "===V" in a requirement, and every lockfile and installed entry.
	Pinned bool
	// Specifier is the PEP 440 specifier set of an unpinned requirement
	// (">=2.0,<3"; "" allows any version). Poetry constraints are
	// converted ("^1.2" is ">=1.2,<2.0.0"); a Poetry "A || B" union is
	// kept as PEP 440 sets joined by " || ", as osv.Query accepts.
	Specifier string
	// File and Line locate the pin: the requirement line, the lockfile
	// entry's version line (or its table header when it has none), the
	// METADATA Version header.
	File string
	Line int
	// Extras are the requested extras, as written.
	Extras []string
	// Markers is the environment marker, unevaluated ("python_version <
	// \"3.8\""); lockfiles give theirs when they record one.
	Markers string
	// Groups names the dependency groups or extras sections the package
	// belongs to when the file has them ("dev", "docs", "main").
	Groups []string
	// Hashes are the --hash values of a requirement line.
	Hashes []string
	// Constraint marks a package from a constraints file (-c): it limits
	// the version that gets installed but installs nothing by itself.
	Constraint bool
	// Source says where the package comes from.
	Source Source
	// Auditable is set when the package can be matched against the
	// advisories of the package index: a registry package with a name
	// (and, for pinned packages, a version). Reason says why not.
	Auditable bool
	Reason    string
}

// Error is a problem at a place in a file. Line is 0 when the problem is
// with the file as a whole (it cannot be read, it is not valid TOML...).
type Error struct {
	File string
	Line int
	Msg  string
	Err  error // the underlying error, if any
}

// Error returns "file:line: msg", or "file: msg" when Line is 0.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

func errorf(file string, line int, format string, args ...any) *Error {
	e := &Error{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			e.Err = err
		}
	}
	return e
}

// Kind is a kind of dependency file.
type Kind uint8

// The dependency file kinds.
const (
	KindRequirements Kind = iota + 1 // requirements*.txt, requirements/*.txt
	KindConstraints                  // constraints*.txt
	KindPoetryLock                   // poetry.lock
	KindPipfileLock                  // Pipfile.lock
	KindPDMLock                      // pdm.lock
	KindUVLock                       // uv.lock
	KindPylock                       // pylock.toml, pylock.*.toml
	KindPyproject                    // pyproject.toml
)

var kindNames = map[Kind]string{
	KindRequirements: "requirements", KindConstraints: "constraints", KindPoetryLock: "poetry.lock",
	KindPipfileLock: "Pipfile.lock", KindPDMLock: "pdm.lock", KindUVLock: "uv.lock",
	KindPylock: "pylock.toml", KindPyproject: "pyproject.toml",
}

// String returns the kind's usual file name ("poetry.lock") or
// "requirements"/"constraints".
func (k Kind) String() string { return kindNames[k] }

// IsLock reports whether the kind pins every package (a lockfile) rather
// than declaring ranges.
func (k Kind) IsLock() bool {
	return k == KindPoetryLock || k == KindPipfileLock || k == KindPDMLock || k == KindUVLock || k == KindPylock
}

// fileNames is the table of dependency file names: a base-name glob
// (path.Match syntax), optionally only inside a directory of a given
// name. The first match wins.
var fileNames = []struct {
	glob   string
	parent string // "" for any directory
	kind   Kind
}{
	{"poetry.lock", "", KindPoetryLock},
	{"Pipfile.lock", "", KindPipfileLock},
	{"pdm.lock", "", KindPDMLock},
	{"uv.lock", "", KindUVLock},
	{"pylock.toml", "", KindPylock},
	{"pylock.*.toml", "", KindPylock},
	{"pyproject.toml", "", KindPyproject},
	{"requirements*.txt", "", KindRequirements},
	{"constraints*.txt", "", KindConstraints},
	{"*.txt", "requirements", KindRequirements},
}

// KindOf returns the kind of the dependency file at path by its name, or 0
// when the name is not one of a dependency file.
func KindOf(path string) Kind {
	base := filepath.Base(path)
	parent := filepath.Base(filepath.Dir(path))
	for _, e := range fileNames {
		if ok, _ := filepath.Match(e.glob, base); ok && (e.parent == "" || e.parent == parent) {
			return e.kind
		}
	}
	return 0
}

// File is a dependency file and its kind (see KindOf).
type File struct {
	Path string
	Kind Kind
}

// Parse reads the dependency file at path, choosing the parser by its
// name (KindOf); a name Parse does not know is read as a requirements
// file, as pip does with -r.
func Parse(path string) ([]Package, []*Error) {
	k := KindOf(path)
	if k == 0 {
		k = KindRequirements
	}
	return ParseKind(path, k)
}

// ParseKind reads path as a file of kind k.
func ParseKind(path string, k Kind) ([]Package, []*Error) {
	if k == KindRequirements || k == KindConstraints {
		return ParseRequirements(path, k == KindConstraints)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, []*Error{errorf(path, 0, "%v", err)}
	}
	switch k {
	case KindPoetryLock:
		return ParsePoetryLock(path, data)
	case KindPipfileLock:
		return ParsePipfileLock(path, data)
	case KindPDMLock:
		return ParsePDMLock(path, data)
	case KindUVLock:
		return ParseUVLock(path, data)
	case KindPylock:
		return ParsePylock(path, data)
	case KindPyproject:
		return ParsePyproject(path, data)
	}
	return nil, []*Error{errorf(path, 0, "unknown dependency file kind %d", k)}
}

// Load parses every file and concatenates the results in file order. A
// package reached twice at the same file and line (a requirements file
// both given and included with -r) is kept once.
func Load(files []File) ([]Package, []*Error) {
	var pkgs []Package
	var errs []*Error
	type key struct {
		file string
		line int
		name string
	}
	seen := map[key]bool{}
	seenErr := map[string]bool{}
	for _, f := range files {
		ps, es := ParseKind(f.Path, f.Kind)
		for _, p := range ps {
			k := key{filepath.Clean(p.File), p.Line, p.Name}
			if !seen[k] {
				seen[k] = true
				pkgs = append(pkgs, p)
			}
		}
		for _, e := range es {
			if s := e.Error(); !seenErr[s] {
				seenErr[s] = true
				errs = append(errs, e)
			}
		}
	}
	return pkgs, errs
}

// NormalizeName returns the PEP 503 normalised form of a project name:
// lowercase, each run of "-", "_" and "." replaced by one "-".
func NormalizeName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	sep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == '-' || c == '_' || c == '.' {
			if !sep {
				b.WriteByte('-')
			}
			sep = true
			continue
		}
		sep = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// validName reports whether s is a PEP 508 project name:
// ^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$, case-insensitively.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !alnum && ((c != '.' && c != '-' && c != '_') || i == 0 || i == len(s)-1) {
			return false
		}
	}
	return true
}

// finish sets Auditable and Reason from Source, Name and Version. A
// lockfile entry without a version is pinned only when it comes from an
// index (and then not auditable: "no version").
func (p *Package) finish() {
	if p.Pinned && p.Version == "" && p.Source != SourceRegistry {
		p.Pinned = false
	}
	switch {
	case p.Source != SourceRegistry:
		p.Auditable = false
		if p.Reason == "" {
			p.Reason = "not from a package index (" + p.Source.String() + ")"
		}
	case p.Name == "":
		p.Auditable, p.Reason = false, "no package name"
	case p.Pinned && p.Version == "":
		p.Auditable, p.Reason = false, "no version"
	default:
		p.Auditable, p.Reason = true, ""
	}
}
