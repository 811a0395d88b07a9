package exposure

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// KR102 reports debug pages and interactive debuggers turned on in
// application code.
var KR102 = &analysis.Rule{
	ID:    "KR102",
	Name:  "debug_mode_enabled",
	Title: "Debug mode, debugger or traceback pages enabled in application code",
	Why: "Debug modes answer errors with tracebacks that show source code, local variables, settings and " +
		"environment; Werkzeug's debugger (Flask's debug mode) goes further and runs any Python a visitor types. " +
		"Left on in a deployment, they hand out the application's internals, or the server itself.",
	Bad:  "from fastapi import FastAPI\nfrom flask import Flask\n\napp = Flask(__name__)\napp.config[\"DEBUG\"] = True\n\napi = FastAPI(debug=True)",
	Good: "import os\nfrom fastapi import FastAPI\nfrom flask import Flask\n\napp = Flask(__name__)\napp.config[\"DEBUG\"] = os.environ.get(\"FLASK_DEBUG\") == \"1\"\n\napi = FastAPI()",
	Notes: "Reported: Flask's DEBUG = True in its configuration (app.debug = True, app.config[\"DEBUG\"] = True, " +
		"app.config.update(DEBUG=True), a configuration class or module), FastAPI(debug=True), Starlette(debug=True), " +
		"tornado.web.Application(debug=True) or serve_traceback=True, werkzeug's DebuggedApplication (high severity " +
		"with evalex=True), werkzeug.serving.run_simple(use_debugger=True), bottle.debug(True) and cgitb.enable() " +
		"(unless display=0). Test files, development configuration (DevelopmentConfig, dev.py, local.py) and settings " +
		"under an if are skipped. app.run(debug=True) is Bandit's B201; Django's DEBUG is KR201.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        489,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind, ast.CallKind},
	Callees:    ruleutil.Callees("FastAPI", "Starlette", "Application", "DebuggedApplication", "run_simple", "debug", "enable"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		if ruleutil.ConfigRole(p.Path) == ruleutil.Development {
			return nil
		}
		if _, ok := n.(*ast.Module); ok {
			for _, g := range ruleutil.FlaskConfig(p) {
				if g.Role == ruleutil.Development || !g.Flask && !flaskKeys(g) {
					continue
				}
				for _, s := range g.Settings {
					if s.Key != "DEBUG" || s.Conditional {
						continue
					}
					if v, ok := p.Model.ConstBool(s.Scope, s.Value); ok && v {
						p.Reportf(s.Node, "Flask's debug mode is on: errors show tracebacks, and app.run() serves the Werkzeug debugger, which runs any code a visitor types.")
					}
				}
			}
			return nil
		}
		c := n.(*ast.Call)
		s := p.Scope()
		on := func(name string) (*ast.Keyword, bool) {
			k := semantic.CallKeyword(c, name)
			if k == nil {
				return nil, false
			}
			v, ok := p.Model.ConstBool(s, k.Value)
			return k, ok && v
		}
		switch q := ruleutil.Qual(p, c.Func); q {
		case "fastapi.FastAPI", "fastapi.applications.FastAPI", "starlette.applications.Starlette":
			if k, ok := on("debug"); ok {
				p.Report(analysis.Finding{Span: k.Span(), Severity: analysis.Medium,
					Message: "debug=True makes the app answer errors with tracebacks, showing source code and local variables to anyone."})
			}
		case "tornado.web.Application":
			for _, name := range []string{"debug", "serve_traceback"} {
				if k, ok := on(name); ok {
					p.Report(analysis.Finding{Span: k.Span(), Severity: analysis.Medium,
						Message: name + "=True makes Tornado answer errors with tracebacks, showing source code to anyone."})
					break
				}
			}
		case "werkzeug.debug.DebuggedApplication", "werkzeug.DebuggedApplication":
			if k, ok := on("evalex"); ok {
				p.Report(analysis.Finding{Span: k.Span(), Message: "DebuggedApplication(evalex=True) serves Werkzeug's interactive debugger: anyone who reaches an error page can run Python on the server."})
			} else {
				p.Report(analysis.Finding{Span: c.Span(), Severity: analysis.Medium, Message: "DebuggedApplication answers errors with tracebacks, showing source code and local variables to anyone."})
			}
		case "werkzeug.serving.run_simple", "werkzeug.run_simple":
			if k, ok := on("use_debugger"); ok {
				p.Report(analysis.Finding{Span: k.Span(), Message: "run_simple(use_debugger=True) serves Werkzeug's interactive debugger: anyone who reaches an error page can run Python on the server."})
			}
		case "bottle.debug":
			v := semantic.CallArg(c, 0, "mode")
			if v == nil {
				p.Report(analysis.Finding{Span: c.Span(), Severity: analysis.Medium, Message: "bottle.debug() turns on debug mode: errors show tracebacks to anyone."})
			} else if b, ok := p.Model.ConstBool(s, v); ok && b {
				p.Report(analysis.Finding{Span: c.Span(), Severity: analysis.Medium, Message: "bottle.debug(True) turns on debug mode: errors show tracebacks to anyone."})
			}
		case "cgitb.enable":
			v := semantic.CallArg(c, 0, "display")
			if v == nil {
				p.Report(analysis.Finding{Span: c.Span(), Severity: analysis.Medium, Message: "cgitb.enable() shows tracebacks, with source code and local variables, in the browser."})
			} else if d, ok := p.Model.ConstInt(s, v); ok && d != 0 {
				p.Report(analysis.Finding{Span: c.Span(), Severity: analysis.Medium, Message: "cgitb.enable(display=1) shows tracebacks, with source code and local variables, in the browser."})
			}
		}
		return nil
	},
}

// flaskKeys reports whether a configuration group that is not known to
// be Flask's (a config.py that does not import Flask) sets keys only
// Flask and its extensions read: DEBUG there is Flask's too.
func flaskKeys(g *ruleutil.ConfigGroup) bool {
	for _, s := range g.All() {
		for _, prefix := range []string{"SESSION_COOKIE_", "REMEMBER_COOKIE_", "WTF_", "SQLALCHEMY_", "PERMANENT_SESSION_LIFETIME"} {
			if strings.HasPrefix(s.Key, prefix) {
				return true
			}
		}
	}
	return false
}
