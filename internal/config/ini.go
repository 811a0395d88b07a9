package config

import (
	"fmt"
	"strings"
)

// iniFile is an INI file read as Python's configparser.ConfigParser() reads
// it with its defaults, which is how Bandit reads .bandit: [section] headers;
// "key = value" or "key: value" split at the first = or :; keys lower-cased;
// full-line comments starting with # or ; (no inline comments); a line
// indented deeper than its option's line continues the value; a [DEFAULT]
// section whose options every section inherits; "%%" and "%(key)s"
// interpolation. Duplicate sections and options are errors, as under
// configparser's strict mode.
type iniFile struct {
	file     string
	sections map[string]*iniSection
	defaults *iniSection
}

// iniSection is one [section] with its options in file order.
type iniSection struct {
	name string
	pos  Position
	keys []string
	opts map[string]*iniOption
}

// iniOption is one option; lines holds the value's lines until joined.
type iniOption struct {
	key   string
	pos   Position // of the key
	lines []string
	value string
}

func newINISection(name string, pos Position) *iniSection {
	return &iniSection{name: name, pos: pos, opts: map[string]*iniOption{}}
}

// parseINI reads an INI file; syntax errors are *Error values.
func parseINI(file string, data []byte) (*iniFile, error) {
	data = stripBOM(data)
	f := &iniFile{file: file, sections: map[string]*iniSection{}, defaults: newINISection("DEFAULT", Position{File: file, Line: 1, Col: 1})}
	var errs []*Error
	var cur *iniSection
	var opt *iniOption
	indent := -1 // indentation of the current option's line
	seenSection := map[string]bool{}
	lines := strings.Split(string(data), "\n")
	for i, line := range lines {
		line = strings.TrimSuffix(line, "\r")
		pos := func(col int) Position { return Position{File: file, Line: i + 1, Col: col + 1} }
		value := strings.TrimSpace(line)
		comment := strings.HasPrefix(value, "#") || strings.HasPrefix(value, ";")
		if comment || value == "" {
			if !comment && opt != nil {
				opt.lines = append(opt.lines, "")
			}
			continue
		}
		lead := len(line) - len(strings.TrimLeft(line, " \t\f\v"))
		if opt != nil && lead > indent {
			opt.lines = append(opt.lines, value)
			continue
		}
		indent = lead
		opt = nil
		if strings.HasPrefix(value, "[") && strings.Contains(value[1:], "]") && strings.LastIndex(value, "]") > 1 {
			name := value[1:strings.LastIndex(value, "]")]
			if name == "DEFAULT" {
				cur = f.defaults
				continue
			}
			if seenSection[name] {
				errs = append(errs, &Error{File: file, Line: i + 1, Col: lead + 1, Msg: fmt.Sprintf("section [%s] already given", name)})
			}
			seenSection[name] = true
			if f.sections[name] == nil {
				f.sections[name] = newINISection(name, pos(lead))
			}
			cur = f.sections[name]
			continue
		}
		if cur == nil {
			errs = append(errs, &Error{File: file, Line: i + 1, Col: lead + 1, Msg: "expected a [section] header before options"})
			// Like configparser, give up: nothing else can be read.
			return nil, errorsOf(errs)
		}
		d := strings.IndexAny(value, "=:")
		if d < 0 || strings.TrimSpace(value[:d]) == "" {
			errs = append(errs, &Error{File: file, Line: i + 1, Col: lead + 1, Msg: fmt.Sprintf("expected key = value, found %q", value)})
			continue
		}
		key := strings.ToLower(strings.TrimSpace(value[:d]))
		if _, dup := cur.opts[key]; dup {
			errs = append(errs, &Error{File: file, Line: i + 1, Col: lead + 1, Key: joinKey(quoteKey(cur.name), key), Msg: "option already given"})
			continue
		}
		opt = &iniOption{key: key, pos: pos(lead), lines: []string{strings.TrimSpace(value[d+1:])}}
		cur.keys = append(cur.keys, key)
		cur.opts[key] = opt
	}
	for _, s := range append([]*iniSection{f.defaults}, mapValues(f.sections)...) {
		for _, o := range s.opts {
			o.value = strings.TrimRight(strings.Join(o.lines, "\n"), " \t\r\n")
			o.lines = nil
		}
	}
	if err := errorsOf(errs); err != nil {
		return nil, err
	}
	return f, nil
}

func mapValues(m map[string]*iniSection) []*iniSection {
	out := make([]*iniSection, 0, len(m))
	for _, s := range m {
		out = append(out, s)
	}
	return out
}

// section returns section name with [DEFAULT]'s options merged in and
// values interpolated, or nil when the file (which may be nil) lacks it.
// Interpolation errors are reported by interpolate.
func (f *iniFile) section(name string) *iniSection {
	if f == nil {
		return nil
	}
	s := f.sections[name]
	if s == nil {
		return nil
	}
	out := newINISection(s.name, s.pos)
	for _, k := range s.keys {
		out.keys = append(out.keys, k)
		out.opts[k] = s.opts[k]
	}
	for _, k := range f.defaults.keys {
		if _, ok := out.opts[k]; !ok {
			out.keys = append(out.keys, k)
			out.opts[k] = f.defaults.opts[k]
		}
	}
	return out
}

// maxInterpolated bounds the length of an interpolated value: without a
// bound, "a = %(b)s%(b)s…", "b = %(c)s%(c)s…", … grows exponentially (as it
// does in configparser).
const maxInterpolated = 1 << 16

// interpolate expands the value of option o as configparser's
// BasicInterpolation does: "%%" is "%", "%(key)s" is key's value (itself
// expanded, at most 10 levels deep).
func (s *iniSection) interpolate(o *iniOption) (string, *Error) {
	budget := maxInterpolated
	return s.expand(o, o.value, 0, &budget)
}

func (s *iniSection) expand(o *iniOption, v string, depth int, budget *int) (string, *Error) {
	if depth > 10 {
		return "", &Error{File: o.pos.File, Line: o.pos.Line, Col: o.pos.Col, Key: o.key, Msg: "interpolation nested too deeply (a reference loop?)"}
	}
	var b strings.Builder
	write := func(s string) *Error {
		if *budget -= len(s); *budget < 0 {
			return &Error{File: o.pos.File, Line: o.pos.Line, Col: o.pos.Col, Key: o.key, Msg: fmt.Sprintf("interpolated value longer than %d bytes", maxInterpolated)}
		}
		b.WriteString(s)
		return nil
	}
	for {
		i := strings.IndexByte(v, '%')
		if i < 0 {
			if err := write(v); err != nil {
				return "", err
			}
			return b.String(), nil
		}
		if err := write(v[:i]); err != nil {
			return "", err
		}
		v = v[i:]
		switch {
		case strings.HasPrefix(v, "%%"):
			if err := write("%"); err != nil {
				return "", err
			}
			v = v[2:]
		case strings.HasPrefix(v, "%("):
			end := strings.Index(v, ")s")
			if end < 0 {
				return "", &Error{File: o.pos.File, Line: o.pos.Line, Col: o.pos.Col, Key: o.key, Msg: fmt.Sprintf("bad interpolation %q", v)}
			}
			ref := strings.ToLower(v[2:end])
			r := s.opts[ref]
			if r == nil {
				return "", &Error{File: o.pos.File, Line: o.pos.Line, Col: o.pos.Col, Key: o.key, Msg: fmt.Sprintf("%%(%s)s refers to no option of [%s]", ref, s.name)}
			}
			// The budget counts the bytes written at every level, so the
			// work done is bounded too, not only the result.
			sub, err := s.expand(o, r.value, depth+1, budget)
			if err != nil {
				return "", err
			}
			b.WriteString(sub)
			v = v[end+2:]
		default:
			return "", &Error{File: o.pos.File, Line: o.pos.Line, Col: o.pos.Col, Key: o.key, Msg: "'%' must be followed by '%' or '(', found " + fmt.Sprintf("%q", v)}
		}
	}
}
