package osv

import (
	"fmt"
	"math"
	"strings"
)

// Rating is a severity as krait reports it.
type Rating struct {
	// Type is where it came from: CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu or
	// database_specific (a rating the database states, as GitHub's
	// {"severity": "HIGH"}).
	Type string
	// Vector is the CVSS vector string, "" for other types.
	Vector string
	// Score is the CVSS base score when HasScore is set.
	Score    float64
	HasScore bool
	// Rating is NONE, LOW, MEDIUM, HIGH or CRITICAL; "" when unknown.
	Rating string
}

// String returns "HIGH 7.5 (CVSS:3.1/...)", "HIGH", or the vector alone.
func (r Rating) String() string {
	var parts []string
	if r.Rating != "" {
		parts = append(parts, r.Rating)
	}
	if r.HasScore {
		parts = append(parts, fmt.Sprintf("%.1f", r.Score))
	}
	if r.Vector != "" {
		if len(parts) == 0 {
			return r.Vector
		}
		parts = append(parts, "("+r.Vector+")")
	}
	return strings.Join(parts, " ")
}

func ratingRank(r string) int {
	switch r {
	case "NONE":
		return 1
	case "LOW":
		return 2
	case "MEDIUM":
		return 3
	case "HIGH":
		return 4
	case "CRITICAL":
		return 5
	}
	return 0
}

// better reports whether r should replace cur as a finding's severity: a
// higher rating, then a higher score, then a computed score over none.
func (r Rating) better(cur Rating) bool {
	if a, b := ratingRank(r.Rating), ratingRank(cur.Rating); a != b {
		return a > b
	}
	if r.HasScore != cur.HasScore {
		return r.HasScore
	}
	if r.Score != cur.Score {
		return r.Score > cur.Score
	}
	return cur.Type == "" && r.Type != ""
}

// rate turns one severity entry into a Rating. CVSS v3.0/v3.1 and v2 base
// scores are computed per their specifications. CVSS v4 is reported as
// its vector only: its score needs FIRST's macro-vector lookup table and
// interpolation, which krait does not implement, so no rating is
// invented for it (a database_specific rating, when present, still
// applies). A malformed vector keeps the vector and no score.
func rate(s Severity) Rating {
	r := Rating{Type: s.Type}
	switch s.Type {
	case "CVSS_V3":
		r.Vector = s.Score
		if score, err := CVSS3BaseScore(s.Score); err == nil {
			r.Score, r.HasScore, r.Rating = score, true, cvss3Rating(score)
		}
	case "CVSS_V2":
		r.Vector = s.Score
		if score, err := CVSS2BaseScore(s.Score); err == nil {
			r.Score, r.HasScore, r.Rating = score, true, cvss2Rating(score)
		}
	case "CVSS_V4":
		r.Vector = s.Score
	case "Ubuntu":
		switch strings.ToLower(s.Score) {
		case "negligible":
			r.Rating = "NONE"
		case "low", "medium", "high", "critical":
			r.Rating = strings.ToUpper(s.Score)
		}
	}
	return r
}

// cvss3Rating is the qualitative severity scale of CVSS v3 (and v4).
func cvss3Rating(score float64) string {
	switch {
	case score == 0:
		return "NONE"
	case score < 4:
		return "LOW"
	case score < 7:
		return "MEDIUM"
	case score < 9:
		return "HIGH"
	}
	return "CRITICAL"
}

// cvss2Rating is NVD's scale for CVSS v2 (v2 itself defines none).
func cvss2Rating(score float64) string {
	switch {
	case score < 4:
		return "LOW"
	case score < 7:
		return "MEDIUM"
	}
	return "HIGH"
}

// cvssMetrics splits "A:x/B:y" into a map, rejecting repeats and
// malformed parts.
func cvssMetrics(vector string) (map[string]string, error) {
	m := map[string]string{}
	for _, part := range strings.Split(vector, "/") {
		k, v, ok := strings.Cut(part, ":")
		if !ok || k == "" || v == "" {
			return nil, fmt.Errorf("malformed CVSS metric %q", part)
		}
		if _, dup := m[k]; dup {
			return nil, fmt.Errorf("CVSS metric %s repeated", k)
		}
		m[k] = v
	}
	return m, nil
}

// cvss3Weights are the base metric values of CVSS v3.1 section 7.4
// (identical in v3.0). PR has two columns: scope unchanged, changed.
var cvss3Weights = map[string]map[string]float64{
	"AV": {"N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2},
	"AC": {"L": 0.77, "H": 0.44},
	"UI": {"N": 0.85, "R": 0.62},
	"C":  {"H": 0.56, "L": 0.22, "N": 0},
	"I":  {"H": 0.56, "L": 0.22, "N": 0},
	"A":  {"H": 0.56, "L": 0.22, "N": 0},
}

var cvss3PR = map[string][2]float64{"N": {0.85, 0.85}, "L": {0.62, 0.68}, "H": {0.27, 0.5}}

// CVSS3BaseScore computes the base score of a CVSS v3.0 or v3.1 vector
// ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" is 9.8) with the
// formulas of the v3.1 specification, section 7.1, and its Roundup
// (Appendix A); v3.0 vectors use v3.0's simpler round-up. Temporal and
// environmental metrics may be present and are ignored.
func CVSS3BaseScore(vector string) (float64, error) {
	ver, rest, ok := strings.Cut(vector, "/")
	if !ok || (ver != "CVSS:3.0" && ver != "CVSS:3.1") {
		return 0, fmt.Errorf("not a CVSS v3 vector: %q", vector)
	}
	m, err := cvssMetrics(rest)
	if err != nil {
		return 0, err
	}
	w := map[string]float64{}
	for k, table := range cvss3Weights {
		x, ok := table[m[k]]
		if !ok {
			return 0, fmt.Errorf("CVSS v3 vector %q: bad or missing %s", vector, k)
		}
		w[k] = x
	}
	scope := m["S"]
	if scope != "U" && scope != "C" {
		return 0, fmt.Errorf("CVSS v3 vector %q: bad or missing S", vector)
	}
	pr, ok := cvss3PR[m["PR"]]
	if !ok {
		return 0, fmt.Errorf("CVSS v3 vector %q: bad or missing PR", vector)
	}
	changed := scope == "C"
	prw := pr[0]
	if changed {
		prw = pr[1]
	}
	iss := 1 - (1-w["C"])*(1-w["I"])*(1-w["A"])
	var impact float64
	if changed {
		impact = 7.52*(iss-0.029) - 3.25*math.Pow(iss-0.02, 15)
	} else {
		impact = 6.42 * iss
	}
	exploit := 8.22 * w["AV"] * w["AC"] * prw * w["UI"]
	if impact <= 0 {
		return 0, nil
	}
	roundup := roundup31
	if ver == "CVSS:3.0" {
		roundup = func(x float64) float64 { return math.Ceil(x*10) / 10 }
	}
	if changed {
		return roundup(math.Min(1.08*(impact+exploit), 10)), nil
	}
	return roundup(math.Min(impact+exploit, 10)), nil
}

// roundup31 is CVSS v3.1 Appendix A: the smallest number with one decimal
// that is >= x, computed on integers to avoid floating-point artefacts.
func roundup31(x float64) float64 {
	i := int64(math.Round(x * 100000))
	if i%10000 == 0 {
		return float64(i) / 100000
	}
	return float64(i/10000+1) / 10
}

var cvss2Weights = map[string]map[string]float64{
	"AV": {"L": 0.395, "A": 0.646, "N": 1.0},
	"AC": {"H": 0.35, "M": 0.61, "L": 0.71},
	"Au": {"M": 0.45, "S": 0.56, "N": 0.704},
	"C":  {"N": 0, "P": 0.275, "C": 0.660},
	"I":  {"N": 0, "P": 0.275, "C": 0.660},
	"A":  {"N": 0, "P": 0.275, "C": 0.660},
}

// CVSS2BaseScore computes the base score of a CVSS v2 vector
// ("AV:N/AC:L/Au:N/C:P/I:P/A:P" is 7.5), per the v2 guide, section 3.2.1.
// An optional "(...)" wrapper or "CVSS:2.0/" prefix is accepted.
func CVSS2BaseScore(vector string) (float64, error) {
	v := strings.TrimSuffix(strings.TrimPrefix(vector, "("), ")")
	v = strings.TrimPrefix(v, "CVSS:2.0/")
	m, err := cvssMetrics(v)
	if err != nil {
		return 0, err
	}
	w := map[string]float64{}
	for k, table := range cvss2Weights {
		x, ok := table[m[k]]
		if !ok {
			return 0, fmt.Errorf("CVSS v2 vector %q: bad or missing %s", vector, k)
		}
		w[k] = x
	}
	impact := 10.41 * (1 - (1-w["C"])*(1-w["I"])*(1-w["A"]))
	exploit := 20 * w["AV"] * w["AC"] * w["Au"]
	f := 1.176
	if impact == 0 {
		f = 0
	}
	return math.Round(((0.6*impact)+(0.4*exploit)-1.5)*f*10) / 10, nil
}
