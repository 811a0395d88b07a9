// Package secrets finds hardcoded credentials: provider tokens by their
// formats, private key blocks, passwords in database and broker URLs,
// framework secret keys and high-entropy values bound to secret-like
// names. The KR8xx rules (internal/rules/secrets) use it on Python string
// literals, with the name the AST says a value is bound to; the scan uses
// ScanText on the raw text of configuration files.
//
// Detection has two steps. A keyword prefilter (one pass of an
// Aho-Corasick automaton over the text, keywordSet) finds where a
// provider's prefix or marker occurs ("ghp_", "AKIA", "PRIVATE KEY"); the
// detector's regular expression runs only in a window around each
// occurrence. Keyed detectors (an AWS secret key is 40 base64 characters,
// nothing more) match a whole value bound to a name they accept.
//
// False alarms are filtered on the secret itself: placeholders
// ("<your-key>", "changeme", "xxxx", "${VAR}", "{{ var }}", "%(var)s",
// anything with EXAMPLE or SAMPLE in it), repeated or sequential
// characters, low entropy, and the test vectors that providers publish in
// their documentation (AWS's AKIAIOSFODNN7EXAMPLE, jwt.io's token,
// Azurite's development account key), which are listed in vectors.
//
// Nothing here prints or stores a secret: Match holds offsets, Preview
// shows the first characters and the length, and Fingerprint is a slow
// salted hash of the rule and the secret.
package secrets

import (
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
)

// Detector finds one kind of credential; its ID is the id of the rule that
// reports it.
type Detector struct {
	ID string
	// What names the credential in messages: "AWS access key id".
	What string
	// Formats are the shapes the credential has in any text.
	Formats []Format
	// Keyed, when not nil, matches a whole value bound to a name.
	Keyed *Keyed
	// Prose says the formats are distinctive enough to look for in
	// docstrings and comments too.
	Prose bool
}

// Format is a self-identifying shape of a credential: a regular expression
// tried around the occurrences of its keywords.
type Format struct {
	// Keywords are the literal markers one of which every match holds.
	// They are found in any ASCII case unless Exact is set, when the
	// occurrence must have the case written here.
	Keywords []string
	Exact    bool
	// Re is the expression; the secret is its group Group (0: the whole
	// match).
	Re    *regexp.Regexp
	Group int
	// Before and After bound the window Re runs in: from Before bytes
	// before a keyword's first byte to After bytes after it.
	Before, After int
	// Bounded rejects a match next to a letter, digit, '_' or '-' (a
	// longer run is not this token).
	Bounded bool
	// Check, when not nil, vets a match in place of the default test
	// (plausibleToken on the secret): text is the scanned text, loc the
	// submatch offsets in it, m the match, which Check may annotate. It
	// returns false to drop the match.
	Check func(text string, loc []int, m *Match) bool
	// Confidence, when set, replaces the rule's default.
	Confidence analysis.Level
}

// Keyed matches a value by the name it is bound to.
type Keyed struct {
	// Name reports whether the name (split into lower-case words, and
	// whole, in lower case) says the value is this credential.
	Name func(n *Name) bool
	// Value, when not nil, must match the whole value.
	Value *regexp.Regexp
	// Check, when not nil, vets the value.
	Check func(v string) bool
	// NearAWS accepts a value on any name, or none, when an AWS access
	// key id is next to it (KR802).
	NearAWS bool
	// Confidence, when set, replaces the rule's default.
	Confidence analysis.Level
}

// Match is one credential found in a text. Offsets index the text that
// was scanned.
type Match struct {
	Detector *Detector
	// Start and End delimit the whole match (for a private key, the
	// block from BEGIN to END).
	Start, End int
	// SecretStart and SecretEnd delimit the secret itself, which output
	// masks after its first characters (see Keep).
	SecretStart, SecretEnd int
	// Secret is the secret normalised for fingerprints: a private key's
	// body without line breaks, escapes or indentation, so that
	// reformatting keeps its fingerprint.
	Secret string
	// Name is the name the value is bound to, when known.
	Name string
	// Severity and Confidence, when set, replace the rule's defaults.
	Severity, Confidence analysis.Level
	// Note qualifies the message ("encrypted").
	Note string
}

// Context says what is known about a value.
type Context struct {
	// Name is what the value is bound to: a variable, attribute, dict
	// key, keyword argument, parameter or configuration key ("" when
	// unknown).
	Name string
	// Prose is set for docstrings and comments: only Prose detectors
	// run, and no keyed ones.
	Prose bool
	// NearAWS is set when an AWS access key id is next to the value (in
	// the same call or dict, or within a few lines).
	NearAWS bool
	// ServiceAccount is set when the value is the private key of a
	// Google service-account key file.
	ServiceAccount bool
}

// byID maps rule ids to detectors.
var byID = func() map[string]*Detector {
	m := make(map[string]*Detector, len(detectors))
	for _, d := range detectors {
		if _, dup := m[d.ID]; dup {
			panic("secrets: two detectors for " + d.ID)
		}
		m[d.ID] = d
	}
	return m
}()

// Lookup returns the detector of rule id, or nil.
func Lookup(id string) *Detector { return byID[id] }

// Detectors returns every detector, in rule id order. The slice is
// shared: callers must not modify it.
func Detectors() []*Detector { return detectors }

// IsSecretRule reports whether id is a rule of this package.
func IsSecretRule(id string) bool { return byID[id] != nil }

// The compiled prefilter: every keyword of every format, and for each
// keyword the formats that use it.
var (
	keywords   *keywordSet
	kwFormats  [][]kwFormat // keyword index → formats
	proseWords *keywordSet  // the keywords of Prose detectors only
)

type kwFormat struct {
	d   *Detector
	f   *Format
	raw string // the keyword as written
}

func init() {
	idx := map[string]int{}
	var words []string
	add := func(w string) int {
		lw := strings.ToLower(w)
		i, ok := idx[lw]
		if !ok {
			i = len(words)
			idx[lw] = i
			words = append(words, lw)
			kwFormats = append(kwFormats, nil)
		}
		return i
	}
	var prose []string
	for _, d := range detectors {
		for fi := range d.Formats {
			f := &d.Formats[fi]
			for _, w := range f.Keywords {
				i := add(w)
				kwFormats[i] = append(kwFormats[i], kwFormat{d: d, f: f, raw: w})
				if d.Prose {
					prose = append(prose, strings.ToLower(w))
				}
			}
		}
	}
	keywords = newKeywordSet(words)
	proseWords = newKeywordSet(prose)
}
