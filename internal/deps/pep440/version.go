// Package pep440 implements the version identifiers and version specifiers of
// PEP 440 (https://peps.python.org/pep-0440/), as the Python packaging
// library (packaging 24) interprets them.
//
// A [Version] is parsed once and then compared with [Compare]; its
// [Version.String] is the normalised form. A [Specifier] is one clause such
// as ">=1.2" or "==1.*"; a [SpecifierSet] is a comma-separated list of them,
// all of which must match.
//
// Deliberate limits, each documented where it applies: numeric components
// must fit in a uint64 (packaging accepts arbitrary integers; no real
// release uses more than 20 digits), and only ASCII letters are matched
// case-insensitively (Python's re module also folds a few non-ASCII letters,
// such as U+017F LATIN SMALL LETTER LONG S, into "s").
package pep440

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// PreKind is the kind of a pre-release segment, in PEP 440 order.
type PreKind uint8

// Pre-release kinds, ordered so that PreAlpha < PreBeta < PreRC.
const (
	PreNone  PreKind = iota // not a pre-release
	PreAlpha                // "a"; spelt a, alpha
	PreBeta                 // "b"; spelt b, beta
	PreRC                   // "rc"; spelt rc, c, pre, preview
)

// String returns the normalised spelling of k ("a", "b", "rc"), or "" for
// PreNone.
func (k PreKind) String() string {
	return [...]string{"", "a", "b", "rc"}[k]
}

// Version is a parsed PEP 440 version. The zero Version is "0". Versions are
// immutable values: the slices they hold are never modified after Parse.
type Version struct {
	epoch   uint64
	release []uint64
	preKind PreKind
	pre     uint64
	hasPost bool
	post    uint64
	hasDev  bool
	dev     uint64
	local   []localSeg // nil when there is no local label
}

// localSeg is one dot-separated part of a local version label. Numeric
// parts compare as integers and sort after alphanumeric ones (PEP 440
// "Local version identifiers").
type localSeg struct {
	num   uint64
	str   string // lowercased; "" for a numeric part
	isNum bool
}

// ParseError reports a string that is not a PEP 440 version.
type ParseError struct {
	Input string // the string given to Parse
	Msg   string // what is wrong, e.g. "unexpected "x" at offset 3"
}

// Error returns the message with the input quoted.
func (e *ParseError) Error() string {
	return fmt.Sprintf("invalid PEP 440 version %q: %s", e.Input, e.Msg)
}

// ErrTooLarge is wrapped by a ParseError for a numeric component that does
// not fit in a uint64.
var ErrTooLarge = errors.New("number too large")

// MustParse is Parse for constants known to be valid; it panics otherwise.
func MustParse(s string) Version {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// preWords and postWords are the spellings PEP 440 accepts, longest first
// so that a prefix ("a" of "alpha", "pre" of "preview") never wins over the
// whole word.
var preWords = []struct {
	word string
	kind PreKind
}{
	{"preview", PreRC}, {"alpha", PreAlpha}, {"beta", PreBeta},
	{"pre", PreRC}, {"rc", PreRC}, {"a", PreAlpha}, {"b", PreBeta}, {"c", PreRC},
}

var postWords = []string{"post", "rev", "r"}

// Parse parses a version in any spelling PEP 440 accepts and normalises:
//
//	[v][N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]
//
// with the pre-release spellings alpha, beta, c, pre and preview, the post
// spellings rev and r and the implicit "1.0-1", optional "." "-" "_"
// separators before and inside each suffix, implicit 0 numbers ("1.0a" is
// "1.0a0"), any letter case and surrounding whitespace. This is the grammar
// of packaging's VERSION_PATTERN, implemented by hand because a regexp
// match costs more than the whole comparison on the matcher's hot path.
func Parse(s string) (Version, error) {
	p := parser{in: s, s: lowerASCII(strings.TrimFunc(s, unicode.IsSpace))}
	v, err := p.version()
	if err != nil {
		return Version{}, err
	}
	return v, nil
}

// lowerASCII lowercases ASCII letters only; other bytes make the version
// invalid anyway.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

type parser struct {
	in string // original input, for errors
	s  string // trimmed, lowercased
	i  int
}

func (p *parser) errorf(format string, args ...any) error {
	return &ParseError{Input: p.in, Msg: fmt.Sprintf(format, args...)}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isSep(c byte) bool   { return c == '.' || c == '-' || c == '_' }
func isAlnum(c byte) bool { return isDigit(c) || ('a' <= c && c <= 'z') }

func (p *parser) peek(k int) byte {
	if p.i+k < len(p.s) {
		return p.s[p.i+k]
	}
	return 0
}

// number reads [0-9]+ at p.i.
func (p *parser) number() (uint64, error) {
	start := p.i
	for p.i < len(p.s) && isDigit(p.s[p.i]) {
		p.i++
	}
	if start == p.i {
		return 0, p.errorf("expected a number at offset %d", start)
	}
	n, err := strconv.ParseUint(p.s[start:p.i], 10, 64)
	if err != nil {
		return 0, &ParseError{Input: p.in, Msg: fmt.Sprintf("%v: %s", ErrTooLarge, p.s[start:p.i])}
	}
	return n, nil
}

// optNumber reads an optional [-_.]?[0-9]* after a suffix word; the
// separator is taken even when no digits follow, as the regular expression
// does ("1.0a-" is "1.0a0").
func (p *parser) optNumber() (uint64, error) {
	if isSep(p.peek(0)) {
		p.i++
	}
	if isDigit(p.peek(0)) {
		return p.number()
	}
	return 0, nil
}

// word returns the index of the first of words that starts at offset at,
// and the offset after it; -1 when none does.
func (p *parser) word(words []string, at int) (int, int) {
	for k, w := range words {
		if strings.HasPrefix(p.s[at:], w) {
			return k, at + len(w)
		}
	}
	return -1, at
}

func (p *parser) version() (Version, error) {
	var v Version
	if p.peek(0) == 'v' {
		p.i++
	}
	n, err := p.number()
	if err != nil {
		return v, err
	}
	if p.peek(0) == '!' {
		p.i++
		v.epoch = n
		if n, err = p.number(); err != nil {
			return v, err
		}
	}
	// One allocation for the release: count its numbers first.
	count := 1
	for j := p.i; j+1 < len(p.s) && p.s[j] == '.' && isDigit(p.s[j+1]); {
		count++
		for j++; j < len(p.s) && isDigit(p.s[j]); j++ {
		}
	}
	v.release = make([]uint64, 1, count)
	v.release[0] = n
	for p.peek(0) == '.' && isDigit(p.peek(1)) {
		p.i++
		if n, err = p.number(); err != nil {
			return v, err
		}
		v.release = append(v.release, n)
	}
	// pre: [-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?[0-9]*
	at := p.i
	if isSep(p.peek(0)) {
		at++
	}
	for _, w := range preWords {
		if strings.HasPrefix(p.s[at:], w.word) {
			p.i = at + len(w.word)
			v.preKind = w.kind
			if v.pre, err = p.optNumber(); err != nil {
				return v, err
			}
			break
		}
	}
	// post: -[0-9]+ | [-_.]?(post|rev|r)[-_.]?[0-9]*
	if p.peek(0) == '-' && isDigit(p.peek(1)) {
		p.i++
		v.hasPost = true
		if v.post, err = p.number(); err != nil {
			return v, err
		}
	} else {
		at = p.i
		if isSep(p.peek(0)) {
			at++
		}
		if k, end := p.word(postWords, at); k >= 0 {
			p.i = end
			v.hasPost = true
			if v.post, err = p.optNumber(); err != nil {
				return v, err
			}
		}
	}
	// dev: [-_.]?dev[-_.]?[0-9]*
	at = p.i
	if isSep(p.peek(0)) {
		at++
	}
	if strings.HasPrefix(p.s[at:], "dev") {
		p.i = at + 3
		v.hasDev = true
		if v.dev, err = p.optNumber(); err != nil {
			return v, err
		}
	}
	// local: \+[a-z0-9]+([-_.][a-z0-9]+)*
	if p.peek(0) == '+' {
		p.i++
		for {
			start := p.i
			for p.i < len(p.s) && isAlnum(p.s[p.i]) {
				p.i++
			}
			if start == p.i {
				return v, p.errorf("empty local version segment at offset %d", start)
			}
			seg := p.s[start:p.i]
			if n, err := strconv.ParseUint(seg, 10, 64); err == nil {
				v.local = append(v.local, localSeg{num: n, isNum: true})
			} else if allDigits(seg) {
				return v, &ParseError{Input: p.in, Msg: fmt.Sprintf("%v: %s", ErrTooLarge, seg)}
			} else {
				v.local = append(v.local, localSeg{str: seg})
			}
			if !isSep(p.peek(0)) {
				break
			}
			p.i++
		}
	}
	if p.i != len(p.s) {
		return v, p.errorf("unexpected %q at offset %d", p.s[p.i:], p.i)
	}
	return v, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// String returns the normalised form of v: "1!2.0rc1.post2.dev3+ubuntu.1".
// Parse(v.String()) equals v, and String is idempotent.
func (v Version) String() string {
	var b strings.Builder
	if v.epoch != 0 {
		b.WriteString(strconv.FormatUint(v.epoch, 10))
		b.WriteByte('!')
	}
	if len(v.release) == 0 {
		b.WriteByte('0')
	}
	for i, n := range v.release {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(strconv.FormatUint(n, 10))
	}
	if v.preKind != PreNone {
		b.WriteString(v.preKind.String())
		b.WriteString(strconv.FormatUint(v.pre, 10))
	}
	if v.hasPost {
		b.WriteString(".post")
		b.WriteString(strconv.FormatUint(v.post, 10))
	}
	if v.hasDev {
		b.WriteString(".dev")
		b.WriteString(strconv.FormatUint(v.dev, 10))
	}
	if v.local != nil {
		b.WriteByte('+')
		b.WriteString(v.Local())
	}
	return b.String()
}

// Canonical returns the normal form with trailing zeros of the release
// dropped ("1.0.0" and "1" both give "1"; "1.0rc1" gives "1rc1"), as
// packaging's canonicalize_version does: two versions are Equal exactly
// when their Canonical strings are the same, which makes it a map key.
func (v Version) Canonical() string {
	r := trimZeros(v.release)
	if len(r) == 0 {
		r = []uint64{0}
	}
	c := v
	c.release = r
	return c.String()
}

// Epoch returns the epoch (0 when absent).
func (v Version) Epoch() uint64 { return v.epoch }

// Release returns a copy of the release segment: [1, 2, 0] for "1.2.0".
func (v Version) Release() []uint64 {
	if len(v.release) == 0 {
		return []uint64{0}
	}
	return append([]uint64(nil), v.release...)
}

// Pre returns the pre-release kind and number; kind is PreNone when v is
// not an a/b/rc pre-release (it may still be a dev release).
func (v Version) Pre() (PreKind, uint64) { return v.preKind, v.pre }

// Post returns the post-release number and whether there is one.
func (v Version) Post() (uint64, bool) { return v.post, v.hasPost }

// Dev returns the dev-release number and whether there is one.
func (v Version) Dev() (uint64, bool) { return v.dev, v.hasDev }

// Local returns the normalised local label ("ubuntu.1"), or "".
func (v Version) Local() string {
	parts := make([]string, len(v.local))
	for i, s := range v.local {
		if s.isNum {
			parts[i] = strconv.FormatUint(s.num, 10)
		} else {
			parts[i] = s.str
		}
	}
	return strings.Join(parts, ".")
}

// HasLocal reports whether v has a local label.
func (v Version) HasLocal() bool { return v.local != nil }

// IsPrerelease reports whether v is a pre-release or a dev release, the
// versions that specifiers exclude by default (packaging's is_prerelease).
func (v Version) IsPrerelease() bool { return v.preKind != PreNone || v.hasDev }

// IsPostRelease reports whether v has a post-release segment.
func (v Version) IsPostRelease() bool { return v.hasPost }

// IsDevRelease reports whether v has a dev-release segment.
func (v Version) IsDevRelease() bool { return v.hasDev }

// Public returns v without its local label.
func (v Version) Public() Version {
	v.local = nil
	return v
}

// Base returns the epoch and release of v only ("1!2.0" of "1!2.0rc1+x").
func (v Version) Base() Version {
	return Version{epoch: v.epoch, release: v.release}
}

// Equal reports whether a and b are the same version under PEP 440
// ("1.0" == "1.0.0" == "v1.0"; local labels take part).
func Equal(a, b Version) bool { return Compare(a, b) == 0 }

// Compare returns -1, 0 or +1 as a sorts before, equal to or after b in PEP
// 440 order, as packaging's _cmpkey defines it: epoch; release with
// trailing zeros ignored; then a dev release of the final version
// (1.0.dev1), the pre-releases (a < b < rc, by number; a pre-release's own
// dev releases before it), the final release, its post releases (each
// after its own dev releases); last the local label (absent < present;
// numeric parts after alphanumeric ones, shorter before longer).
func Compare(a, b Version) int {
	if c := cmpU(a.epoch, b.epoch); c != 0 {
		return c
	}
	ra, rb := trimZeros(a.release), trimZeros(b.release)
	for i := 0; i < len(ra) || i < len(rb); i++ {
		var x, y uint64
		if i < len(ra) {
			x = ra[i]
		}
		if i < len(rb) {
			y = rb[i]
		}
		if c := cmpU(x, y); c != 0 {
			return c
		}
	}
	// Pre-release key: a dev release of the final version ("1.0.dev1")
	// sorts before all its pre-releases; no pre-release sorts after them.
	if c := cmpI(a.preRank(), b.preRank()); c != 0 {
		return c
	}
	if a.preKind != PreNone {
		if c := cmpU(a.pre, b.pre); c != 0 {
			return c
		}
	}
	if a.hasPost != b.hasPost {
		if a.hasPost {
			return 1
		}
		return -1
	}
	if c := cmpU(a.post, b.post); c != 0 {
		return c
	}
	if a.hasDev != b.hasDev {
		if a.hasDev {
			return -1
		}
		return 1
	}
	if c := cmpU(a.dev, b.dev); c != 0 {
		return c
	}
	return compareLocal(a.local, b.local)
}

// preRank orders the pre-release part: -1 for a dev release of a final
// version, 1..3 for a, b, rc, 4 for none.
func (v Version) preRank() int {
	switch {
	case v.preKind != PreNone:
		return int(v.preKind)
	case !v.hasPost && v.hasDev:
		return -1
	default:
		return 4
	}
}

func compareLocal(a, b []localSeg) int {
	if (a == nil) != (b == nil) {
		if a == nil {
			return -1
		}
		return 1
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		switch {
		case x.isNum && y.isNum:
			if c := cmpU(x.num, y.num); c != 0 {
				return c
			}
		case x.isNum:
			return 1
		case y.isNum:
			return -1
		default:
			if c := strings.Compare(x.str, y.str); c != 0 {
				return c
			}
		}
	}
	return cmpI(len(a), len(b))
}

func trimZeros(r []uint64) []uint64 {
	for len(r) > 0 && r[len(r)-1] == 0 {
		r = r[:len(r)-1]
	}
	return r
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpI(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
