package lockfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strings"
)

type pipfileEntry struct {
	Version  string   `json:"version"`
	Markers  string   `json:"markers"`
	Extras   []string `json:"extras"`
	Hashes   []string `json:"hashes"`
	Git      string   `json:"git"`
	Hg       string   `json:"hg"`
	Svn      string   `json:"svn"`
	Bzr      string   `json:"bzr"`
	Ref      string   `json:"ref"`
	File     string   `json:"file"`
	Path     string   `json:"path"`
	Editable bool     `json:"editable"`
}

// ParsePipfileLock reads a Pipenv Pipfile.lock: the "default" and
// "develop" sections, each package located at its "version" key (or its
// name when it has none). Versions are "==V"; git, file and path entries
// are not auditable.
func ParsePipfileLock(file string, data []byte) ([]Package, []*Error) {
	var lock map[string]json.RawMessage
	if err := json.Unmarshal(data, &lock); err != nil {
		return nil, []*Error{jsonError(file, data, err)}
	}
	lines := jsonKeyLines(data)
	var pkgs []Package
	var errs []*Error
	for _, section := range []string{"default", "develop"} {
		raw, ok := lock[section]
		if !ok || string(raw) == "null" {
			continue
		}
		var entries map[string]json.RawMessage
		if err := json.Unmarshal(raw, &entries); err != nil {
			errs = append(errs, errorf(file, lines[section], "%q is not an object of packages", section))
			continue
		}
		for _, name := range orderedKeys(lines, section, entries) {
			keyLine := lines[section+"\x00"+name]
			var e pipfileEntry
			if err := json.Unmarshal(entries[name], &e); err != nil {
				errs = append(errs, errorf(file, keyLine, "package %s: %v", name, err))
				continue
			}
			line := keyLine
			if l, ok := lines[section+"\x00"+name+"\x00version"]; ok {
				line = l
			}
			p := Package{Name: NormalizeName(name), File: file, Line: line, Markers: e.Markers, Extras: e.Extras,
				Hashes: e.Hashes, Groups: []string{section}}
			vcs := e.Git + e.Hg + e.Svn + e.Bzr
			switch {
			case vcs != "":
				p.Source, p.Reason = SourceVCS, "vcs "+vcs
			case e.Editable:
				p.Source, p.Reason = SourceEditable, "editable "+e.Path+e.File
			case e.File != "":
				p.Source, p.Reason = urlSource(e.File), "file "+e.File
			case e.Path != "":
				p.Source, p.Reason = SourcePath, "path "+e.Path
			}
			v := strings.TrimSpace(e.Version)
			switch {
			case strings.HasPrefix(v, "==="):
				p.Version, p.Pinned = strings.TrimSpace(v[3:]), true
			case strings.HasPrefix(v, "=="):
				p.Version, p.Pinned = strings.TrimSpace(v[2:]), true
			case v == "" || v == "*":
				if p.Source == SourceRegistry {
					errs = append(errs, errorf(file, line, "package %s has no version", name))
					continue
				}
			default:
				p.Specifier = v
			}
			p.finish()
			pkgs = append(pkgs, p)
		}
	}
	return pkgs, errs
}

// jsonError locates a JSON syntax error.
func jsonError(file string, data []byte, err error) *Error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &Error{File: file, Line: newLineIndex(data).lineAt(int(se.Offset)), Msg: "invalid JSON: " + se.Error(), Err: err}
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &Error{File: file, Line: newLineIndex(data).lineAt(int(te.Offset)), Msg: "unexpected JSON: " + te.Error(), Err: err}
	}
	return &Error{File: file, Msg: "invalid JSON: " + err.Error(), Err: err}
}

// jsonKeyLines maps the paths of object keys, joined by NUL, to the line
// of the key ("default\x00requests\x00version"), for the first three
// levels of nesting. Keys keep document order in the "order" list of
// each object (see orderedKeys).
func jsonKeyLines(data []byte) map[string]int {
	li := newLineIndex(data)
	out := map[string]int{}
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		obj    bool
		path   string
		expect bool // next token is a key
		key    string
		n      int
	}
	var stack []*frame
	order := 0
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			return out
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		childPath := func() string {
			if top == nil {
				return ""
			}
			if top.obj {
				if top.path == "" {
					return top.key
				}
				return top.path + "\x00" + top.key
			}
			return top.path
		}
		if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
			p := childPath()
			if top != nil && top.obj {
				top.expect = true
			}
			stack = append(stack, &frame{obj: d == '{', path: p, expect: true})
			continue
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		if top != nil && top.obj && top.expect {
			top.key, _ = tok.(string)
			top.expect = false
			if strings.Count(top.path, "\x00") < 2 {
				k := top.key
				if top.path != "" {
					k = top.path + "\x00" + k
				}
				// the key token starts after whitespace and separators
				off := int(start)
				for off < len(data) && data[off] != '"' {
					off++
				}
				out[k] = li.lineAt(off)
				out["\x01order\x00"+k] = order
				order++
			}
			continue
		}
		if top != nil && top.obj {
			top.expect = true
		}
	}
}

// orderedKeys returns the keys of a section in document order.
func orderedKeys(lines map[string]int, section string, entries map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	pos := func(k string) int { return lines["\x01order\x00"+section+"\x00"+k] }
	sort.Slice(keys, func(i, j int) bool {
		if a, b := pos(keys[i]), pos(keys[j]); a != b {
			return a < b
		}
		return keys[i] < keys[j]
	})
	return keys
}
