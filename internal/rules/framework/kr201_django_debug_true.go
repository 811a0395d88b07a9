package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR201 reports DEBUG = True in Django settings that are not for
// development.
var KR201 = &analysis.Rule{
	ID:    "KR201",
	Name:  "django_debug_true",
	Title: "Django settings with DEBUG = True outside development",
	Why: "With DEBUG on, Django answers every error with a page that shows the traceback, local variables, " +
		"the request and most settings, and keeps every SQL query in memory. In production that hands attackers " +
		"a map of the application and sometimes its secrets.",
	Bad:  "# mysite/settings.py\nDEBUG = True\nALLOWED_HOSTS = [\"www.example.com\"]\nINSTALLED_APPS = [...]\nMIDDLEWARE = [...]",
	Good: "# mysite/settings.py\nDEBUG = os.environ.get(\"DJANGO_DEBUG\") == \"1\"\n# DEBUG = True belongs in mysite/settings/dev.py (from .base import *)",
	Notes: "Reported in Django settings modules (see the package documentation for how krait recognises them) " +
		"that are not named for development or tests (dev.py, local.py, development.py, test_settings.py, " +
		"settings_local.py, … are skipped). DEBUG = True under an if statement is not reported; an environment " +
		"lookup whose default is True (env.bool(\"DEBUG\", default=True)) is, with lower confidence, as is " +
		"DEBUG = True in base settings (base.py, common.py) that production settings may override.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        489,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		m := settingsOf(p)
		if !m.checksValues() {
			return nil
		}
		a := m.final("DEBUG")
		if a == nil || a.value == nil {
			return nil
		}
		v, fallback, ok := boolValue(p, p.Scope(), a.value)
		if !ok || !v {
			return nil
		}
		msg := "DEBUG = True in Django settings that are not for development: error pages show tracebacks, local variables and settings to anyone."
		if fallback {
			msg = "DEBUG defaults to True when the environment does not set it: a deployment that forgets the variable shows debug pages to anyone."
		}
		p.Report(analysis.Finding{Span: a.target.Span(), Message: msg, Confidence: confidenceFor(m, fallback, analysis.High)})
		return nil
	},
}
