// Package osv reads Open Source Vulnerability records (OSV schema 1.6,
// https://ossf.github.io/osv-schema/) for PyPI packages and matches them
// against installed or pinned versions.
//
// The CLI uses it in three steps:
//
//  1. Get a [Source]: [Open] a database (osv.dev's bulk PyPI/all.zip, or a
//     directory of OSV JSON files), [OpenCache] the one [Update] keeps in
//     [DefaultCacheDir], or a [Client] for the osv.dev API. [OpenSource]
//     picks one from command-line options (--db, --offline).
//  2. Build one [Query] per dependency (name, and a pinned version or an
//     unpinned specifier).
//  3. Call [Audit], which fetches each package's advisories once and
//     returns one [Result] per query: grouped [Finding]s, each with its id,
//     aliases, summary, severity and fixed versions, and the smallest
//     version that fixes all of them.
//
// Matching follows the OSV evaluation algorithm on PyPI ECOSYSTEM ranges
// with PEP 440 ordering (see [Matcher]); GIT and SEMVER ranges are ignored
// for PyPI versions, since a PyPI version is neither a commit nor a SemVer.
package osv

import (
	"encoding/json"
	"time"
)

// Vulnerability is one OSV record (schema 1.6). Fields this package does
// not interpret are kept so a record survives a round trip.
type Vulnerability struct {
	SchemaVersion    string          `json:"schema_version,omitempty"`
	ID               string          `json:"id"`
	Modified         time.Time       `json:"modified"`
	Published        time.Time       `json:"published,omitzero"`
	Withdrawn        time.Time       `json:"withdrawn,omitzero"` // set: the record no longer applies
	Aliases          []string        `json:"aliases,omitempty"`
	Upstream         []string        `json:"upstream,omitempty"`
	Related          []string        `json:"related,omitempty"`
	Summary          string          `json:"summary,omitempty"`
	Details          string          `json:"details,omitempty"`
	Severity         []Severity      `json:"severity,omitempty"`
	Affected         []Affected      `json:"affected,omitempty"`
	References       []Reference     `json:"references,omitempty"`
	Credits          []Credit        `json:"credits,omitempty"`
	DatabaseSpecific json.RawMessage `json:"database_specific,omitempty"` // may hold {"severity": "HIGH"}
}

// Severity is one entry of a severity list: Type is CVSS_V2, CVSS_V3,
// CVSS_V4 or Ubuntu, Score the vector or rating string.
type Severity struct {
	Type  string `json:"type"`
	Score string `json:"score"`
}

// Affected names one affected package and its affected versions.
type Affected struct {
	Package           Package         `json:"package"`
	Severity          []Severity      `json:"severity,omitempty"`
	Ranges            []Range         `json:"ranges,omitempty"`
	Versions          []string        `json:"versions,omitempty"`
	EcosystemSpecific json.RawMessage `json:"ecosystem_specific,omitempty"`
	DatabaseSpecific  json.RawMessage `json:"database_specific,omitempty"`
}

// Package identifies a package: for PyPI, Name is the project name (in
// any spelling; this package normalises it per PEP 503).
type Package struct {
	Ecosystem string `json:"ecosystem"`
	Name      string `json:"name"`
	Purl      string `json:"purl,omitempty"`
}

// Range types of the OSV schema.
const (
	RangeEcosystem = "ECOSYSTEM"
	RangeSemver    = "SEMVER"
	RangeGit       = "GIT"
)

// Range is a list of events along one ordering (Type).
type Range struct {
	Type             string          `json:"type"`
	Repo             string          `json:"repo,omitempty"`
	Events           []Event         `json:"events"`
	DatabaseSpecific json.RawMessage `json:"database_specific,omitempty"`
}

// Event is one event of a range; exactly one field is set. Introduced "0"
// means before every version; Limit "*" means infinity.
type Event struct {
	Introduced   string `json:"introduced,omitempty"`
	Fixed        string `json:"fixed,omitempty"`
	LastAffected string `json:"last_affected,omitempty"`
	Limit        string `json:"limit,omitempty"`
}

// Reference is a link about the vulnerability (Type ADVISORY, FIX, WEB...).
type Reference struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// Credit names someone credited for the advisory.
type Credit struct {
	Name    string   `json:"name"`
	Contact []string `json:"contact,omitempty"`
	Type    string   `json:"type,omitempty"`
}

// EcosystemPyPI is the OSV ecosystem name of the Python Package Index.
const EcosystemPyPI = "PyPI"
