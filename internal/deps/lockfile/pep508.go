package lockfile

import (
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/deps/pep440"
)

// requirement is a parsed PEP 508 dependency specification.
type requirement struct {
	name    string   // as written
	extras  []string // as written
	spec    string   // normalised specifier set (">=1.0,<2"), "" for none
	url     string   // "name @ url"
	markers string   // after ";", trimmed
}

// parseRequirement parses a PEP 508 specification:
//
//	name [ "[" extras "]" ] ( "@" url | versionspec | "(" versionspec ")" ) [ ";" marker ]
//
// A URL ends at whitespace; a marker after a URL must follow whitespace,
// as PEP 508 requires ("pkg @ https://x/y.whl ; python_version<'3.9'").
// Markers are kept unevaluated.
func parseRequirement(s string) (requirement, error) {
	var r requirement
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && (isNameByte(s[i])) {
		i++
	}
	r.name = s[:i]
	if !validName(r.name) {
		if r.name == "" {
			return r, fmt.Errorf("expected a package name, found %q", s)
		}
		return r, fmt.Errorf("invalid package name %q", r.name)
	}
	rest := strings.TrimLeft(s[i:], " \t")
	if strings.HasPrefix(rest, "[") {
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return r, fmt.Errorf("unclosed [ in extras of %s", r.name)
		}
		for _, e := range strings.Split(rest[1:end], ",") {
			e = strings.TrimSpace(e)
			if e == "" {
				continue
			}
			if !validName(e) {
				return r, fmt.Errorf("invalid extra %q", e)
			}
			r.extras = append(r.extras, e)
		}
		rest = strings.TrimLeft(rest[end+1:], " \t")
	}
	if strings.HasPrefix(rest, "@") {
		rest = strings.TrimLeft(rest[1:], " \t")
		end := strings.IndexAny(rest, " \t")
		if end < 0 {
			end = len(rest)
		}
		r.url = rest[:end]
		if r.url == "" {
			return r, fmt.Errorf("no URL after @ for %s", r.name)
		}
		rest = strings.TrimLeft(rest[end:], " \t")
		if rest != "" && !strings.HasPrefix(rest, ";") {
			return r, fmt.Errorf("unexpected %q after the URL of %s", rest, r.name)
		}
	} else {
		spec, marker, _ := strings.Cut(rest, ";")
		if rest != spec {
			rest = ";" + marker
		} else {
			rest = ""
		}
		spec = strings.TrimSpace(spec)
		if strings.HasPrefix(spec, "(") {
			if !strings.HasSuffix(spec, ")") {
				return r, fmt.Errorf("unclosed ( in the version of %s", r.name)
			}
			spec = strings.TrimSpace(spec[1 : len(spec)-1])
		}
		if spec != "" {
			set, err := pep440.ParseSpecifierSet(spec)
			if err != nil {
				return r, err
			}
			r.spec = set.String()
		}
	}
	if strings.HasPrefix(rest, ";") {
		r.markers = strings.TrimSpace(rest[1:])
		if r.markers == "" {
			return r, fmt.Errorf("empty environment marker after ; for %s", r.name)
		}
	}
	return r, nil
}

func isNameByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '.' || c == '-' || c == '_'
}

// pin returns the exact version of a specifier set that pins one: a
// single "==V" without wildcard, or "===V".
func pin(spec string) (string, bool) {
	if spec == "" || strings.Contains(spec, ",") {
		return "", false
	}
	sp, err := pep440.ParseSpecifier(spec)
	if err != nil {
		return "", false
	}
	switch {
	case sp.Operator() == pep440.OpArbitrary:
		return strings.TrimPrefix(spec, "==="), true
	case sp.Operator() == pep440.OpEqual && !sp.Wildcard():
		return strings.TrimSpace(strings.TrimPrefix(spec, "==")), true
	}
	return "", false
}

// fromRequirement turns a PEP 508 requirement into a Package at file:line.
func fromRequirement(r requirement, file string, line int) Package {
	p := Package{Name: NormalizeName(r.name), File: file, Line: line, Extras: r.extras, Markers: r.markers}
	if r.url != "" {
		p.Source = urlSource(r.url)
		p.Reason = "direct reference " + r.url
	} else if v, ok := pin(r.spec); ok {
		p.Version, p.Pinned = v, true
	} else {
		p.Specifier = r.spec
	}
	p.finish()
	return p
}

// vcsPrefixes are the URL schemes pip treats as version control.
var vcsPrefixes = []string{"git+", "hg+", "svn+", "bzr+", "git://"}

// urlSource classifies a direct reference URL.
func urlSource(u string) Source {
	l := strings.ToLower(u)
	for _, p := range vcsPrefixes {
		if strings.HasPrefix(l, p) {
			return SourceVCS
		}
	}
	if strings.HasPrefix(l, "file:") {
		return SourcePath
	}
	return SourceURL
}
