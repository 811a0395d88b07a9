package lockfile

import (
	"slices"
	"strings"
)

// uvLock is uv.lock (version 1): [[package]] tables with a source inline
// table, and [manifest] listing workspace members.
type uvLock struct {
	Version  int `toml:"version"`
	Manifest struct {
		Members []string `toml:"members"`
	} `toml:"manifest"`
	Package []struct {
		Name    string            `toml:"name"`
		Version string            `toml:"version"`
		Source  map[string]string `toml:"source"`
	} `toml:"package"`
}

// uvSources maps the key of a uv source table to a Source.
var uvSources = []struct {
	key    string
	source Source
}{
	{"registry", SourceRegistry},
	{"git", SourceVCS},
	{"url", SourceURL},
	{"path", SourcePath},
	{"directory", SourcePath},
	{"editable", SourceEditable},
	{"virtual", SourceEditable},
}

// ParseUVLock reads a uv.lock. Registry packages are auditable; workspace
// members and the project itself (editable or virtual sources, which may
// have no version) and git, url and path packages are not.
func ParseUVLock(file string, data []byte) ([]Package, []*Error) {
	var lock uvLock
	doc, err := decodeTOML(file, data, &lock)
	if err != nil {
		return nil, []*Error{err}
	}
	var pkgs []Package
	var errs []*Error
	if lock.Version > 1 {
		errs = append(errs, errorf(file, doc.line("version"), "uv.lock version %d is newer than this reader (1); reading it anyway", lock.Version))
	}
	members := map[string]bool{}
	for _, m := range lock.Manifest.Members {
		members[NormalizeName(m)] = true
	}
	for i, e := range lock.Package {
		if e.Name == "" {
			errs = append(errs, errorf(file, doc.line("package", i), "[[package]] without a name"))
			continue
		}
		p := Package{Name: NormalizeName(e.Name), Version: e.Version, Pinned: true, File: file,
			Line: doc.line("package", i, "version")}
		kind := ""
		for _, s := range uvSources {
			if v, ok := e.Source[s.key]; ok {
				p.Source, kind = s.source, s.key
				if s.source != SourceRegistry {
					p.Reason = kind + " source " + v
				}
				break
			}
		}
		if kind == "" && len(e.Source) > 0 {
			keys := make([]string, 0, len(e.Source))
			for k := range e.Source {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			p.Source, p.Reason = SourceURL, "unknown source "+strings.Join(keys, ",")
		}
		if members[p.Name] || kind == "editable" || kind == "virtual" {
			p.Source = SourceEditable
			p.Reason = "workspace member (" + kind + " source " + e.Source[kind] + ")"
			if kind == "" {
				p.Reason = "workspace member"
			}
		}
		if e.Version == "" {
			if p.Source == SourceRegistry {
				errs = append(errs, errorf(file, doc.line("package", i), "package %s has no version", e.Name))
				continue
			}
			p.Line = doc.line("package", i)
		}
		p.finish()
		pkgs = append(pkgs, p)
	}
	return pkgs, errs
}
