package lockfile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// checkInvariants holds for every parser's output on any input: names are
// normalised, lines lie inside the file, auditable packages come from an
// index with a name (and a version when pinned), errors name their file.
func checkInvariants(t *testing.T, data []byte, pkgs []Package, errs []*Error) {
	t.Helper()
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, p := range pkgs {
		if p.Name != NormalizeName(p.Name) {
			t.Fatalf("name %q not normalised", p.Name)
		}
		if p.Line < 0 || p.Line > lines {
			t.Fatalf("%s: line %d outside 1..%d", p.Name, p.Line, lines)
		}
		if p.Auditable && (p.Source != SourceRegistry || p.Name == "" || (p.Pinned && p.Version == "") || p.Line == 0) {
			t.Fatalf("auditable package %+v", p)
		}
		if !p.Auditable && p.Reason == "" {
			t.Fatalf("unauditable package without a reason: %+v", p)
		}
	}
	for _, e := range errs {
		if e.File == "" || e.Line < 0 || e.Msg == "" {
			t.Fatalf("bad error %+v", e)
		}
	}
}

func addSeeds(f *testing.F, glob string) {
	m, _ := filepath.Glob(glob)
	for _, p := range m {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func fuzzTOML(f *testing.F, glob string, parse func(string, []byte) ([]Package, []*Error)) {
	addSeeds(f, glob)
	f.Fuzz(func(t *testing.T, data []byte) {
		pkgs, errs := parse("f", data)
		checkInvariants(t, data, pkgs, errs)
	})
}

func FuzzPoetryLock(f *testing.F)  { fuzzTOML(f, "testdata/poetry*/poetry.lock", ParsePoetryLock) }
func FuzzPipfileLock(f *testing.F) { fuzzTOML(f, "testdata/pipenv/Pipfile.lock", ParsePipfileLock) }
func FuzzPDMLock(f *testing.F)     { fuzzTOML(f, "testdata/pdm/pdm.lock", ParsePDMLock) }
func FuzzUVLock(f *testing.F)      { fuzzTOML(f, "testdata/uv/uv.lock", ParseUVLock) }
func FuzzPylock(f *testing.F)      { fuzzTOML(f, "testdata/pylock/pylock.toml", ParsePylock) }
func FuzzPyproject(f *testing.F)   { fuzzTOML(f, "testdata/pyproject/pyproject.toml", ParsePyproject) }

func FuzzMetadata(f *testing.F) {
	f.Add([]byte("Metadata-Version: 2.1\nName: Django\nVersion: 3.2.0\n\nbody"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseMetadata("METADATA", data)
		var errs []*Error
		var pkgs []Package
		if err != nil {
			errs = append(errs, err)
		} else {
			pkgs = append(pkgs, p)
		}
		checkInvariants(t, data, pkgs, errs)
	})
}

// FuzzRequirements parses a requirements file that may include a second
// one (b.txt, itself able to include a.txt: cycles) from memory.
func FuzzRequirements(f *testing.F) {
	addSeeds(f, "testdata/requirements/*.txt")
	f.Add([]byte("-r b.txt\nx==1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		files := map[string][]byte{"a.txt": data, "b.txt": append([]byte("-r a.txt\n"), data...)}
		r := reqParser{read: func(p string) ([]byte, error) {
			if b, ok := files[filepath.Base(p)]; ok {
				return b, nil
			}
			return nil, os.ErrNotExist
		}}
		r.file("a.txt", false, nil, "", 0)
		// b.txt has one line more than a.txt.
		checkInvariants(t, append(data, '\n'), r.pkgs, r.errs)
	})
}

// FuzzPoetryConstraint: the conversion never panics and yields a
// specifier the PEP 440 parser accepts.
func FuzzPoetryConstraint(f *testing.F) {
	for _, s := range []string{"^1.2.3", "~1.2", ">= 1.2, < 2 || ^3.0", "1.2.*", "*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := PoetryConstraint(s)
		if err != nil {
			return
		}
		for _, alt := range splitOr(out) {
			if _, err := parseRequirement("x" + alt); err != nil && out != "" {
				t.Fatalf("PoetryConstraint(%q) = %q, which does not parse: %v", s, out, err)
			}
		}
	})
}
