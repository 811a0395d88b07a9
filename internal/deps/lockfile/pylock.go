package lockfile

import "strings"

// pylock is PEP 751's pylock.toml.
type pylock struct {
	LockVersion string `toml:"lock-version"`
	Packages    []struct {
		Name      string         `toml:"name"`
		Version   string         `toml:"version"`
		Marker    string         `toml:"marker"`
		Index     string         `toml:"index"`
		VCS       map[string]any `toml:"vcs"`
		Directory map[string]any `toml:"directory"`
		Archive   map[string]any `toml:"archive"`
	} `toml:"packages"`
}

// ParsePylock reads a pylock.toml or pylock.<name>.toml (PEP 751,
// lock-version 1.x). Packages with a vcs, directory or archive source are
// not auditable; a package without a version (allowed for source trees)
// is reported with a reason, not an error.
func ParsePylock(file string, data []byte) ([]Package, []*Error) {
	var lock pylock
	doc, err := decodeTOML(file, data, &lock)
	if err != nil {
		return nil, []*Error{err}
	}
	var pkgs []Package
	var errs []*Error
	switch {
	case lock.LockVersion == "":
		errs = append(errs, errorf(file, 0, "no lock-version: not a PEP 751 lock file"))
	case !strings.HasPrefix(lock.LockVersion, "1.") && lock.LockVersion != "1":
		errs = append(errs, errorf(file, doc.line("lock-version"), "unsupported lock-version %q (want 1.x)", lock.LockVersion))
		return nil, errs
	}
	for i, e := range lock.Packages {
		if e.Name == "" {
			errs = append(errs, errorf(file, doc.line("packages", i), "[[packages]] without a name"))
			continue
		}
		p := Package{Name: NormalizeName(e.Name), Version: e.Version, Pinned: true, File: file,
			Line: doc.line("packages", i, "version"), Markers: e.Marker}
		switch {
		case e.VCS != nil:
			u, _ := e.VCS["url"].(string)
			p.Source, p.Reason = SourceVCS, "vcs "+u
		case e.Directory != nil:
			path, _ := e.Directory["path"].(string)
			p.Source, p.Reason = SourcePath, "directory "+path
			if ed, _ := e.Directory["editable"].(bool); ed {
				p.Source = SourceEditable
			}
		case e.Archive != nil:
			u, _ := e.Archive["url"].(string)
			path, _ := e.Archive["path"].(string)
			p.Source, p.Reason = SourceURL, "archive "+u+path
		}
		if e.Version == "" {
			p.Line = doc.line("packages", i) // finish: "no version"
		}
		p.finish()
		pkgs = append(pkgs, p)
	}
	return pkgs, errs
}
