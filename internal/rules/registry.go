// Package rules is krait's rule catalogue: every rule of every family,
// and the selection of the rules a scan runs.
package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/bandit"
	"github.com/krait-dev/krait/internal/rules/crypto"
	"github.com/krait-dev/krait/internal/rules/deps"
	"github.com/krait-dev/krait/internal/rules/exposure"
	"github.com/krait-dev/krait/internal/rules/framework"
	"github.com/krait-dev/krait/internal/rules/secrets"
	rulestaint "github.com/krait-dev/krait/internal/rules/taint"
)

// All returns every rule, sorted by id. The slice is shared: callers must
// not modify it.
func All() []*analysis.Rule { return all }

var all = func() []*analysis.Rule {
	var rs []*analysis.Rule
	rs = append(rs, bandit.Rules()...)
	rs = append(rs, exposure.Rules()...)
	rs = append(rs, framework.Rules()...)
	rs = append(rs, crypto.Rules()...)
	rs = append(rs, deps.Rules()...)
	rs = append(rs, secrets.Rules()...)
	rs = append(rs, rulestaint.Rules()...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}()

var byID = func() map[string]*analysis.Rule {
	m := make(map[string]*analysis.Rule, len(all))
	for _, r := range all {
		m[r.ID] = r
	}
	return m
}()

// ByID returns the rule with the given id (Ruff's S aliases accepted:
// S602 is B602), or nil.
func ByID(id string) *analysis.Rule { return byID[Canonical(id)] }

// Canonical turns an id or id prefix into krait's spelling: upper case,
// with Ruff's S prefix turned into Bandit's B.
func Canonical(id string) string {
	id = strings.ToUpper(strings.TrimSpace(id))
	if strings.HasPrefix(id, "S") && len(id) > 1 && id[1] >= '0' && id[1] <= '9' {
		return "B" + id[1:]
	}
	return id
}

// Selection is what a scan was asked to run: rule id prefixes to select,
// add and ignore ("ALL" selects everything).
type Selection struct {
	Select, ExtendSelect, Ignore []string
}

// Select returns the rules a selection enables, sorted by id. Without
// Select, the default rules are the starting set. Conflicts are settled
// as in Ruff: the most specific (longest) matching prefix decides, and an
// ignore wins over a select of the same length. Prefixes that match no
// rule are an error.
func Select(sel Selection) ([]*analysis.Rule, error) {
	type prefix struct {
		p      string
		enable bool
	}
	var ps []prefix
	for _, group := range []struct {
		list   []string
		enable bool
	}{{sel.Select, true}, {sel.ExtendSelect, true}, {sel.Ignore, false}} {
		for _, s := range group.list {
			c := Canonical(s)
			if c == "" {
				continue
			}
			if c != "ALL" && !matchesAny(c) {
				return nil, fmt.Errorf("unknown rule or prefix %q", s)
			}
			ps = append(ps, prefix{c, group.enable})
		}
	}
	var out []*analysis.Rule
	for _, r := range all {
		on := r.Default && len(sel.Select) == 0
		best := -1
		for _, p := range ps {
			n := len(p.p)
			if p.p == "ALL" {
				n = 0
			} else if !strings.HasPrefix(r.ID, p.p) {
				continue
			}
			if n > best || n == best && !p.enable {
				best = n
				on = p.enable
			}
		}
		if on {
			out = append(out, r)
		}
	}
	return out, nil
}

func matchesAny(prefix string) bool {
	for _, r := range all {
		if strings.HasPrefix(r.ID, prefix) {
			return true
		}
	}
	return false
}

// nameAliases are Bandit test names that differ from the rules' names:
// the plugin function names Bandit accepts in # nosec comments where the
// catalogue uses the documented name, and "blacklist", Bandit's B001,
// which names no finding.
var nameAliases = map[string]string{
	"snmp_insecure_version_check": "B508",
	"snmp_crypto_check":           "B509",
	"blacklist":                   "B001",
}

var byName = func() map[string]string {
	m := make(map[string]string, len(all)+len(nameAliases))
	for _, r := range all {
		m[r.Name] = r.ID
	}
	for n, id := range nameAliases {
		m[n] = id
	}
	return m
}()

// Resolve returns the id of the rule a word of a suppression comment
// names: a rule id (or Ruff alias, any case) or a Bandit test name. It
// returns "" for a word that names no rule. B001 (Bandit's blocklist
// driver) resolves to itself and matches no finding.
func Resolve(word string) string {
	if r := ByID(word); r != nil {
		return r.ID
	}
	if c := Canonical(word); c == "B001" {
		return c
	}
	return byName[word]
}
