package lockfile

import "strings"

// pdmLock is pdm.lock (lock_version 4.x): [metadata] and [[package]].
type pdmLock struct {
	Metadata struct {
		Groups      []string `toml:"groups"`
		LockVersion string   `toml:"lock_version"`
	} `toml:"metadata"`
	Package []struct {
		Name     string   `toml:"name"`
		Version  string   `toml:"version"`
		Groups   []string `toml:"groups"`
		Marker   string   `toml:"marker"`
		Git      string   `toml:"git"`
		Hg       string   `toml:"hg"`
		URL      string   `toml:"url"`
		Path     string   `toml:"path"`
		Editable bool     `toml:"editable"`
	} `toml:"package"`
}

// ParsePDMLock reads a pdm.lock. Each package is located at its version
// line and carries its groups ("default", "dev"...). A lock_version other
// than 4.x is reported, and the file still read.
func ParsePDMLock(file string, data []byte) ([]Package, []*Error) {
	var lock pdmLock
	doc, err := decodeTOML(file, data, &lock)
	if err != nil {
		return nil, []*Error{err}
	}
	var pkgs []Package
	var errs []*Error
	if !doc.has("metadata") {
		errs = append(errs, errorf(file, 0, "no [metadata] table: not a pdm.lock"))
	} else if v := lock.Metadata.LockVersion; v != "" && !strings.HasPrefix(v, "4.") {
		errs = append(errs, errorf(file, doc.line("metadata", "lock_version"), "unsupported pdm lock_version %q (want 4.x)", v))
	}
	for i, e := range lock.Package {
		line := doc.line("package", i, "version")
		if e.Name == "" {
			errs = append(errs, errorf(file, doc.line("package", i), "[[package]] without a name"))
			continue
		}
		p := Package{Name: NormalizeName(e.Name), Version: e.Version, Pinned: true, File: file, Line: line,
			Groups: e.Groups, Markers: e.Marker}
		switch {
		case e.Git != "" || e.Hg != "":
			p.Source, p.Reason = SourceVCS, "vcs "+e.Git+e.Hg
		case e.Editable:
			p.Source, p.Reason = SourceEditable, "editable "+e.Path+e.URL
		case e.URL != "":
			p.Source, p.Reason = urlSource(e.URL), "url "+e.URL
		case e.Path != "":
			p.Source, p.Reason = SourcePath, "path "+e.Path
		}
		if e.Version == "" && p.Source == SourceRegistry {
			errs = append(errs, errorf(file, doc.line("package", i), "package %s has no version", e.Name))
			continue
		}
		p.finish()
		pkgs = append(pkgs, p)
	}
	return pkgs, errs
}
