package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// boolSetting is the state of a bool setting in a settings module.
type boolSetting uint8

const (
	settingUnknown boolSetting = iota // set to something krait cannot evaluate, or in a branch
	settingOn                         // True
	settingOff                        // False, or defaults to False in an environment lookup
	settingUnset                      // not assigned at all
)

// boolState returns the state of a bool setting and the assignment that
// decides it.
func boolState(p *analysis.Pass, m *settingsModule, name string) (boolSetting, *djSetting, bool) {
	if !m.set(name) {
		return settingUnset, nil, false
	}
	a := m.final(name)
	if a == nil || a.value == nil {
		return settingUnknown, nil, false
	}
	v, fallback, ok := boolValue(p, p.Scope(), a.value)
	switch {
	case !ok:
		return settingUnknown, a, false
	case v:
		return settingOn, a, fallback
	}
	return settingOff, a, fallback
}

// reportOff reports a bool setting that is False in settings not for
// development, and one that is unset (Django's default being False) in
// complete production settings, where one finding lists every unset
// setting of the rule.
func reportOff(p *analysis.Pass, m *settingsModule, names []string, off func(name string, fallback bool) string, unset func(names []string) string) {
	if !m.checksValues() {
		return
	}
	var missing []string
	for _, name := range names {
		st, a, fallback := boolState(p, m, name)
		switch st {
		case settingOff:
			p.Report(analysis.Finding{Span: a.target.Span(), Message: off(name, fallback),
				Confidence: confidenceFor(m, fallback, p.Rule.Confidence)})
		case settingUnset:
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 && m.checksMissing() {
		if at := m.anchor(); at != nil {
			p.Report(analysis.Finding{Span: at.Span(), Message: unset(missing)})
		}
	}
}

// list joins setting names for a message.
func list(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// are is "is" or "are" for a list of names.
func are(names []string) string {
	if len(names) == 1 {
		return "is"
	}
	return "are"
}

// targetOf returns the node to report a setting on.
func targetOf(a *djSetting) ast.Node { return a.target }
