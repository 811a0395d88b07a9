package lockfile

import (
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// ParseRequirements reads a pip requirements file and, recursively, the
// files it includes with -r/--requirement and -c/--constraint (paths
// relative to the including file; an include cycle is an error at the
// including line). constraints marks every package of the top file as a
// constraint (for constraints*.txt).
//
// The line syntax is pip's: "\" continues a line; "#" at the start of a
// line or after whitespace starts a comment; options (--index-url,
// --hash=..., ...) are recognised and ignored except -r, -c and -e; the
// rest is a PEP 508 requirement, a URL (VCS or archive), or a local
// path. ==V and ===V pin; anything else is an unpinned specifier. An
// unknown option or a malformed requirement is an error at its line, and
// parsing goes on.
func ParseRequirements(path string, constraints bool) ([]Package, []*Error) {
	r := reqParser{read: os.ReadFile}
	r.file(path, constraints, nil, "", 0)
	return r.pkgs, r.errs
}

// reqParser holds the state of one ParseRequirements call.
type reqParser struct {
	read    func(string) ([]byte, error)
	pkgs    []Package
	errs    []*Error
	visited map[string]bool
}

func (r *reqParser) errorf(file string, line int, format string, args ...any) {
	r.errs = append(r.errs, errorf(file, line, format, args...))
}

// file parses one file; stack holds the files being included (for cycle
// detection), from and fromLine the including line.
func (r *reqParser) file(p string, constraint bool, stack []string, from string, fromLine int) {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = filepath.Clean(p)
	}
	for i, s := range stack {
		if s == abs {
			chain := append(append([]string{}, stack[i:]...), abs)
			for k := range chain {
				chain[k] = filepath.Base(chain[k])
			}
			r.errorf(from, fromLine, "include cycle: %s", strings.Join(chain, " -> "))
			return
		}
	}
	if r.visited == nil {
		r.visited = map[string]bool{}
	}
	if r.visited[abs] {
		return // included twice (not a cycle): its packages are already in
	}
	r.visited[abs] = true
	data, err := r.read(p)
	if err != nil {
		if from != "" {
			r.errorf(from, fromLine, "cannot read included file: %v", err)
		} else {
			r.errorf(p, 0, "%v", err)
		}
		return
	}
	r.parse(p, string(data), constraint, append(stack, abs))
}

// logicalLine is a requirements line after joining continuations and
// removing comments, with the number of its first physical line.
type logicalLine struct {
	n    int
	text string
}

// stripComment removes what pip's COMMENT_RE, `(^|\s+)#.*$`, matches: a
// "#" at the start of the line or after whitespace, and what follows.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\f' || s[i-1] == '\v' || s[i-1] == '\r') {
			return s[:i]
		}
	}
	return s
}

// logicalLines implements pip's join_lines and ignore_comments.
func logicalLines(text string) []logicalLine {
	text = strings.TrimPrefix(text, "\ufeff")
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	var out []logicalLine
	var cur []string
	start := 0
	for i, line := range lines {
		n := i + 1
		isComment := strings.HasPrefix(strings.TrimLeft(line, " \t"), "#")
		if !strings.HasSuffix(line, "\\") || isComment {
			if isComment {
				line = " " + line
			}
			if cur != nil {
				cur = append(cur, line)
				out = append(out, logicalLine{start, strings.Join(cur, "")})
				cur = nil
			} else {
				out = append(out, logicalLine{n, line})
			}
			continue
		}
		if cur == nil {
			start = n
		}
		cur = append(cur, strings.TrimRight(line, "\\"))
	}
	if cur != nil {
		out = append(out, logicalLine{start, strings.Join(cur, "")})
	}
	for i := range out {
		out[i].text = strings.TrimSpace(stripComment(out[i].text))
	}
	return out
}

// reqOptions lists pip's requirements-file options: whether each takes a
// value. -r, -c and -e are handled by the parser; the others are ignored.
var reqOptions = map[string]bool{
	"-i": true, "--index-url": true, "--extra-index-url": true, "--no-index": false,
	"-f": true, "--find-links": true, "--no-binary": true, "--only-binary": true,
	"--prefer-binary": false, "--require-hashes": false, "--pre": false, "--trusted-host": true,
	"--use-feature": true, "-Z": false, "--always-unzip": false,
	"-r": true, "--requirement": true, "-c": true, "--constraint": true, "-e": true, "--editable": true,
	// per-requirement options
	"--hash": true, "--global-option": true, "--config-settings": true, "--install-option": true,
}

func (r *reqParser) parse(file, text string, constraint bool, stack []string) {
	for _, ll := range logicalLines(text) {
		if ll.text == "" {
			continue
		}
		args, opts := splitArgsOptions(ll.text)
		parsed, err := parseOptions(opts)
		if err != nil {
			r.errorf(file, ll.n, "%v", err)
			continue
		}
		if args == "" {
			r.optionLine(file, ll.n, parsed, constraint, stack)
			continue
		}
		p, err := requirementLine(args, file, ll.n)
		if err != nil {
			r.errorf(file, ll.n, "%v", err)
			continue
		}
		for _, o := range parsed {
			switch o.name {
			case "--hash":
				p.Hashes = append(p.Hashes, o.value)
			case "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
				"--extra-index-url", "-f", "--find-links", "--no-index", "--trusted-host":
				r.errorf(file, ll.n, "option %s cannot follow a requirement on the same line", o.name)
			}
		}
		p.Constraint = constraint
		r.pkgs = append(r.pkgs, p)
	}
}

type option struct{ name, value string }

// splitArgsOptions is pip's break_args_options: the requirement is the
// space-separated tokens before the first one starting with "-".
func splitArgsOptions(line string) (string, []string) {
	tokens := strings.Fields(line)
	for i, t := range tokens {
		if strings.HasPrefix(t, "-") {
			return strings.Join(tokens[:i], " "), tokens[i:]
		}
	}
	return strings.Join(tokens, " "), nil
}

// parseOptions parses "--name=value", "--name value", "-rfile", "-r file".
func parseOptions(tokens []string) ([]option, error) {
	var out []option
	for i := 0; i < len(tokens); i++ {
		t := tokens[i]
		name, value, hasValue := strings.Cut(t, "=")
		if !strings.HasPrefix(t, "--") && len(t) > 2 && !hasValue {
			name, value, hasValue = t[:2], t[2:], true // -rfile
		}
		takes, known := reqOptions[name]
		if !known {
			return nil, fmt.Errorf("unknown option %s", name)
		}
		if takes && !hasValue {
			if i+1 >= len(tokens) {
				return nil, fmt.Errorf("option %s needs a value", name)
			}
			i++
			value = tokens[i]
		}
		if !takes && hasValue {
			return nil, fmt.Errorf("option %s takes no value", name)
		}
		out = append(out, option{name, value})
	}
	return out, nil
}

func (r *reqParser) optionLine(file string, line int, opts []option, constraint bool, stack []string) {
	for _, o := range opts {
		switch o.name {
		case "-r", "--requirement", "-c", "--constraint":
			if strings.Contains(o.value, "://") {
				r.errorf(file, line, "%s %s: remote requirement files are not fetched", o.name, o.value)
				continue
			}
			inc := o.value
			if !filepath.IsAbs(inc) {
				inc = filepath.Join(filepath.Dir(file), filepath.FromSlash(inc))
			}
			isC := o.name == "-c" || o.name == "--constraint"
			r.file(inc, constraint || isC, stack, file, line)
		case "-e", "--editable":
			p := editable(o.value, file, line)
			p.Constraint = constraint
			r.pkgs = append(r.pkgs, p)
		case "--hash":
			r.errorf(file, line, "--hash without a requirement")
		}
	}
}

// requirementLine parses the requirement part of a line: a PEP 508
// specification, a URL (with #egg=name) or a local path.
func requirementLine(s, file string, line int) (Package, error) {
	if looksLikeURL(s) || looksLikePath(s) {
		return directPackage(s, file, line), nil
	}
	req, err := parseRequirement(s)
	if err != nil {
		return Package{}, err
	}
	return fromRequirement(req, file, line), nil
}

func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	for _, p := range vcsPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, p := range []string{"http://", "https://", "file:", "ftp://"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// looksLikePath follows pip: a separator in it, or a leading ".", or an
// archive name.
func looksLikePath(s string) bool {
	spec, _, _ := strings.Cut(s, ";")
	spec = strings.TrimSpace(spec)
	if at := strings.IndexByte(spec, '@'); at > 0 {
		name, _, _ := strings.Cut(spec[:at], "[")
		if validName(strings.TrimSpace(name)) {
			return false // "name @ url", PEP 508
		}
	}
	return strings.ContainsAny(spec, "/\\") || strings.HasPrefix(spec, ".") ||
		strings.HasSuffix(spec, ".whl") || strings.HasSuffix(spec, ".tar.gz") || strings.HasSuffix(spec, ".zip")
}

// directPackage builds the Package of a URL or path requirement. Its
// name comes from "#egg=name", or a wheel or sdist file name
// (name-version-...), or the last path element.
func directPackage(s, file string, line int) Package {
	ref, markers, _ := strings.Cut(s, ";")
	ref = strings.TrimSpace(ref)
	p := Package{File: file, Line: line, Markers: strings.TrimSpace(markers)}
	if looksLikeURL(ref) {
		p.Source = urlSource(ref)
	} else {
		p.Source = SourcePath
	}
	p.Name = nameFromReference(ref)
	p.Pinned = false
	p.Reason = "direct reference " + ref
	p.finish()
	return p
}

func editable(ref, file string, line int) Package {
	p := Package{File: file, Line: line, Source: SourceEditable, Name: nameFromReference(ref)}
	p.Reason = "editable install of " + ref
	p.finish()
	return p
}

var eggRE = regexp.MustCompile(`[#&]egg=([A-Za-z0-9._-]+)`)

func nameFromReference(ref string) string {
	if m := eggRE.FindStringSubmatch(ref); m != nil {
		n, _, _ := strings.Cut(m[1], "[")
		return NormalizeName(n)
	}
	p := ref
	if u, err := url.Parse(ref); err == nil && u.Path != "" {
		p = u.Path
	}
	base := path.Base(strings.TrimRight(filepath.ToSlash(p), "/"))
	base, _, _ = strings.Cut(base, "@")
	for _, ext := range []string{".whl", ".tar.gz", ".zip", ".tar.bz2", ".tgz"} {
		if strings.HasSuffix(base, ext) {
			name, _, _ := strings.Cut(strings.TrimSuffix(base, ext), "-")
			return NormalizeName(name)
		}
	}
	base = strings.TrimSuffix(base, ".git")
	if base == "." || base == "/" || !validName(base) {
		return ""
	}
	return NormalizeName(base)
}
