package lockfile

import (
	"fmt"
	"strings"
)

// poetryLock is the part of poetry.lock that matters here. Lock files of
// version 1.x put hashes in [metadata.files] and a category ("main",
// "dev") on each package; 2.x put files in each package and, since Poetry
// 2.0 (lock 2.1), a groups list and markers.
type poetryLock struct {
	Package []struct {
		Name     string   `toml:"name"`
		Version  string   `toml:"version"`
		Category string   `toml:"category"`
		Groups   []string `toml:"groups"`
		Markers  any      `toml:"markers"` // string, or a table of group → marker
		Develop  bool     `toml:"develop"`
		Source   struct {
			Type      string `toml:"type"`
			URL       string `toml:"url"`
			Reference string `toml:"reference"`
		} `toml:"source"`
	} `toml:"package"`
	Metadata struct {
		LockVersion string `toml:"lock-version"`
	} `toml:"metadata"`
}

// ParsePoetryLock reads a poetry.lock (lock-version 1.x or 2.x). Each
// package is located at its version line. Packages from git, url, file
// and directory sources are not auditable; "legacy" sources (private
// indexes) are.
func ParsePoetryLock(file string, data []byte) ([]Package, []*Error) {
	var lock poetryLock
	doc, err := decodeTOML(file, data, &lock)
	if err != nil {
		return nil, []*Error{err}
	}
	var pkgs []Package
	var errs []*Error
	if v := lock.Metadata.LockVersion; v != "" && !strings.HasPrefix(v, "1.") && !strings.HasPrefix(v, "2.") {
		errs = append(errs, errorf(file, doc.line("metadata", "lock-version"), "unsupported poetry lock-version %q (want 1.x or 2.x)", v))
	}
	for i, e := range lock.Package {
		line := doc.line("package", i, "version")
		if e.Name == "" || e.Version == "" {
			errs = append(errs, errorf(file, doc.line("package", i), "[[package]] without a %s", missing(e.Name, e.Version)))
			continue
		}
		p := Package{Name: NormalizeName(e.Name), Version: e.Version, Pinned: true, File: file, Line: line}
		switch {
		case len(e.Groups) > 0:
			p.Groups = e.Groups
		case e.Category != "":
			p.Groups = []string{e.Category}
		}
		switch m := e.Markers.(type) {
		case string:
			p.Markers = m
		case map[string]any:
			var parts []string
			for _, g := range p.Groups {
				if s, ok := m[g].(string); ok {
					parts = append(parts, s)
				}
			}
			p.Markers = strings.Join(parts, " or ")
		}
		switch e.Source.Type {
		case "", "legacy", "pypi":
		case "git", "hg", "svn", "bzr":
			p.Source, p.Reason = SourceVCS, fmt.Sprintf("%s source %s", e.Source.Type, e.Source.URL)
		case "url":
			p.Source, p.Reason = SourceURL, "url source "+e.Source.URL
		case "file", "directory":
			p.Source, p.Reason = SourcePath, e.Source.Type+" source "+e.Source.URL
			if e.Develop {
				p.Source, p.Reason = SourceEditable, "develop = true directory "+e.Source.URL
			}
		default:
			p.Source, p.Reason = SourceURL, "unknown source type "+e.Source.Type
		}
		p.finish()
		pkgs = append(pkgs, p)
	}
	return pkgs, errs
}

func missing(name, version string) string {
	switch {
	case name == "" && version == "":
		return "name and version"
	case name == "":
		return "name"
	}
	return "version"
}
