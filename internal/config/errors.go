package config

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Error is a configuration problem at one place in one file: a TOML or INI
// syntax error, an unknown key, a value of the wrong type or outside its
// allowed set. Error() is "FILE:LINE:COL: KEY: MSG"; the position is left out
// when Line is 0 and the key when Key is "".
type Error struct {
	// File is the configuration file, as given to Load or found by Find.
	File string
	// Line and Col are 1-based; Col counts bytes, as CPython's columns do.
	Line, Col int
	// Key is the dotted key path as written in the file
	// ("tool.krait.rules.B108.tmp_dirs", "tool.krait.taint.sinks[0].kind");
	// list elements are written with a 0-based [index].
	Key string
	// Msg says what is wrong, and what was expected.
	Msg string
}

// Error implements error as "FILE:LINE:COL: KEY: MSG".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is what Load returns when a file has more than one problem: every
// *Error found, in file order. errors.As(err, &e) with e an *Error finds the
// first one.
type ErrorList []*Error

// Error implements error: one line per *Error.
func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// errorsOf turns collected errors into Load's result: nil, one *Error, or an
// ErrorList sorted by position (errors at the same place de-duplicated).
func errorsOf(errs []*Error) error {
	if len(errs) == 0 {
		return nil
	}
	slices.SortStableFunc(errs, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	errs = slices.CompactFunc(errs, func(a, b *Error) bool { return *a == *b })
	if len(errs) == 1 {
		return errs[0]
	}
	return ErrorList(errs)
}

// keyHints suggest krait's key for keys written in another tool's vocabulary,
// where edit distance would not find it.
var keyHints = map[string]string{
	"skips":          "ignore",
	"tests":          "select",
	"exclude_dirs":   "extend-exclude",
	"exclude-dirs":   "extend-exclude",
	"level":          "severity",
	"severity-level": "severity",
	"fail_on":        "fail-on",
}

// suggest returns the candidate closest to key when it is within edit distance
// 2 (and closer than key is long), else "". Ties go to the earlier candidate.
func suggest(key string, candidates []string) string {
	if h, ok := keyHints[key]; ok && slices.Contains(candidates, h) {
		return h
	}
	best, bestDist := "", 3
	for _, c := range candidates {
		d := editDistance(key, c)
		if d < bestDist && d < len(key) {
			best, bestDist = c, d
		}
	}
	return best
}

// unknownKeyMsg is the message for a key that is not in known.
func unknownKeyMsg(key string, known []string) string {
	if s := suggest(key, known); s != "" {
		return "unknown key (did you mean " + strconv.Quote(s) + "?)"
	}
	if len(known) == 0 {
		return "unknown key"
	}
	return "unknown key (expected one of " + strings.Join(known, ", ") + ")"
}

// oneOfMsg is the message for a string value that is not in allowed.
func oneOfMsg(what, got string, allowed []string) string {
	q := make([]string, len(allowed))
	for i, a := range allowed {
		q[i] = strconv.Quote(a)
	}
	msg := fmt.Sprintf("invalid %s %q: expected one of %s", what, got, strings.Join(q, ", "))
	if s := suggest(strings.ToLower(got), allowed); s != "" {
		msg += " (did you mean " + strconv.Quote(s) + "?)"
	}
	return msg
}

// editDistance is the Levenshtein distance between a and b, in bytes (keys
// are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
