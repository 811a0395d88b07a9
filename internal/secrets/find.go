package secrets

import (
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/fold"
)

// Enabled says which rules run; nil means all.
type Enabled func(id string) bool

func (e Enabled) on(id string) bool { return e == nil || e(id) }

// MinValueLen is the length below which a value is not looked at: the
// shortest credential any detector reports has 8 characters.
const MinValueLen = 8

// maxKeyedLen bounds the values the keyed and generic detectors look at
// (the generic one takes 256 characters; a framework's secret key may be
// longer).
const maxKeyedLen = 1024

// MayHold reports, cheaply, whether FindValue can find anything in v in
// some context: v has a keyword of a format, or is a single word (no
// space or control character) of a length a keyed or generic detector
// takes. Callers test it before working out a value's context. A
// profile of a scan of the CPython standard library showed the binding
// of literals to names at a quarter of the secret rules' time, most of
// it for docstrings and messages, which have spaces and no keyword.
func MayHold(v string) bool {
	if len(v) < MinValueLen {
		return false
	}
	if len(v) <= maxKeyedLen && !hasSpace(v) {
		return true
	}
	return keywords.any(v)
}

// hasSpace reports whether s has a space or a control character, which
// no value of a keyed or generic detector has.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c == 0x7f {
			return true
		}
	}
	return false
}

// FindValue returns the credentials in v, a value whose context is ctx,
// for the enabled rules: provider formats anywhere in it, keyed detectors
// and the generic detector on the whole value when it is bound to a name.
// A value that holds a provider token is not reported again by the
// generic detector.
func FindValue(v string, ctx Context, enabled Enabled) []Match {
	if len(v) < MinValueLen {
		return nil
	}
	var ms []Match
	if ctx.Prose {
		if !proseWords.any(v) {
			return nil
		}
	} else if keywords.any(v) {
		ms = findFormats(v, false, enabled, ms)
	}
	if len(ms) == 0 && !ctx.Prose && (ctx.Name != "" || ctx.NearAWS) && len(v) <= maxKeyedLen && !hasSpace(v) {
		if m, ok := findKeyed(v, ctx, enabled); ok {
			ms = append(ms, m)
		}
	}
	if ctx.Prose && len(ms) == 0 {
		ms = findFormats(v, true, enabled, ms)
	}
	for i := range ms {
		ms[i].Name = ctx.Name
		if ms[i].Detector.ID == "KR828" && ctx.ServiceAccount && enabled.on("KR810") {
			ms[i].Detector = byID["KR810"]
		}
	}
	if enabled != nil {
		kept := ms[:0]
		for _, m := range ms {
			if enabled(m.Detector.ID) {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return ms
}

// window is a stretch of text a format's expression runs in.
type window struct {
	f      *Format
	d      *Detector
	lo, hi int
}

// findFormats appends the format matches in text to ms; with prose set,
// only those of Prose detectors.
func findFormats(text string, prose bool, enabled Enabled, ms []Match) []Match {
	var buf [16]hit
	hits := keywords.find(text, buf[:0])
	if len(hits) == 0 {
		return ms
	}
	var ws []window
	for _, h := range hits {
		for _, kf := range kwFormats[h.Word] {
			if prose && !kf.d.Prose {
				continue
			}
			if !enabled.on(kf.d.ID) && !(kf.d.ID == "KR828" && enabled.on("KR810")) {
				continue
			}
			start := int(h.End) - len(kf.raw)
			if kf.f.Exact && text[start:h.End] != kf.raw {
				continue
			}
			lo, hi := max(0, start-kf.f.Before), min(len(text), start+kf.f.After)
			merged := false
			for i := len(ws) - 1; i >= 0; i-- {
				if w := &ws[i]; w.f == kf.f && lo <= w.hi {
					w.hi = max(w.hi, hi)
					merged = true
					break
				}
			}
			if !merged {
				ws = append(ws, window{f: kf.f, d: kf.d, lo: lo, hi: hi})
			}
		}
	}
	first := len(ms)
	for _, w := range ws {
		f := w.f
		for _, loc := range f.Re.FindAllStringSubmatchIndex(text[w.lo:w.hi], -1) {
			for i := range loc {
				if loc[i] >= 0 {
					loc[i] += w.lo
				}
			}
			if f.Bounded && (loc[0] > 0 && tokenByte(text[loc[0]-1]) || loc[1] < len(text) && tokenByte(text[loc[1]])) {
				continue
			}
			g := f.Group
			if loc[2*g] < 0 {
				continue
			}
			m := Match{Detector: w.d, Start: loc[0], End: loc[1], SecretStart: loc[2*g], SecretEnd: loc[2*g+1],
				Confidence: f.Confidence}
			secret := text[m.SecretStart:m.SecretEnd]
			if IsVector(secret) || IsVector(text[m.Start:m.End]) {
				continue
			}
			if f.Check != nil {
				if !f.Check(text, loc, &m) {
					continue
				}
			} else if !plausibleToken(secret) {
				continue
			}
			if m.Secret == "" {
				m.Secret = secret
			}
			dup := false
			for _, o := range ms[first:] {
				if o.Detector == m.Detector && o.Start == m.Start {
					dup = true
					break
				}
			}
			if !dup {
				ms = append(ms, m)
			}
		}
	}
	if len(ms)-first > 1 {
		sort.SliceStable(ms[first:], func(i, j int) bool { return ms[first+i].Start < ms[first+j].Start })
	}
	return ms
}

// tokenByte reports whether c can continue a token: a letter, digit, '_'
// or '-'.
func tokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

// keyedStems are what a name must contain for a keyed detector or the
// generic one to look at its value.
var keyedStems = append([]string{"aws", "azure", "twilio", "mailgun", "discord", "square", "npm"}, nameStems...)

// findKeyed matches a whole value against the keyed detectors, then the
// generic one.
func findKeyed(v string, ctx Context, enabled Enabled) (Match, bool) {
	whole := Match{Start: 0, End: len(v), SecretStart: 0, SecretEnd: len(v), Secret: v}
	var n *Name
	if ctx.Name != "" && fold.ContainsAny(ctx.Name, keyedStems...) {
		n = ParseName(ctx.Name)
	}
	if n == nil && !ctx.NearAWS || IsVector(v) || IsPlaceholder(v) || IsLowQuality(v) {
		return whole, false
	}
	for _, d := range detectors {
		k := d.Keyed
		if k == nil || !enabled.on(d.ID) {
			continue
		}
		if !(n != nil && k.Name(n) || k.NearAWS && ctx.NearAWS) {
			continue
		}
		if k.Value != nil && !k.Value.MatchString(v) || k.Check != nil && !k.Check(v) {
			continue
		}
		whole.Detector, whole.Confidence = d, k.Confidence
		return whole, true
	}
	if n == nil || !enabled.on("KR831") || !n.SecretLike() {
		return whole, false
	}
	conf, ok := genericValue(v)
	if !ok || isHashLike(v) && !n.Strong() {
		return whole, false
	}
	whole.Detector, whole.Confidence = byID["KR831"], conf
	return whole, true
}

// genericValue decides whether a value bound to a secret-like name is a
// secret: 8 to 256 characters without spaces, not a URL, path, e-mail
// address, format string or identifier, of at least two classes of
// characters (lower case, upper case, digits, others), at least 3 bits of
// entropy a character and 40 in all. Values that read as words
// (readable), regular expressions and dates are not secrets either. Long,
// varied values get medium confidence, the others low. (A UUID or hex
// value is a secret only for a name that says password, secret or key:
// findKeyed.)
func genericValue(v string) (analysis.Level, bool) {
	if len(v) < MinValueLen || len(v) > 256 {
		return 0, false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c <= ' ' || c == 0x7f {
			return 0, false
		}
	}
	switch {
	case strings.Contains(v, "://"), v[0] == '/', strings.HasPrefix(v, "./"), strings.HasPrefix(v, "~/"),
		len(v) > 2 && v[1] == ':' && (v[2] == '\\' || v[2] == '/'),
		strings.Contains(v, "%s"), strings.Contains(v, "%d"), strings.Contains(v, "{}"), strings.Contains(v, "{0}"),
		strings.HasPrefix(v, "$"), looksLikeWords(v), isEmail(v), readable(v), looksLikeRegex(v), looksLikeDate(v):
		return 0, false
	}
	digits := true
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			digits = false
			break
		}
	}
	classes := charClasses(v)
	if digits || classes < 2 {
		return 0, false
	}
	e := Entropy(v)
	if e < 3.0 || e*float64(len(v)) < 40 {
		return 0, false
	}
	if len(v) >= 20 && e >= 4.0 && classes >= 3 {
		return analysis.Medium, true
	}
	return analysis.Low, true
}

// isEmail reports whether s looks like an e-mail address.
func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at:], '.') > 1 && strings.Count(s, "@") == 1
}
