package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// csrfProtect are the qualified names of Flask-WTF's CSRF extension.
var csrfProtect = map[string]bool{"flask_wtf.csrf.CSRFProtect": true, "flask_wtf.CSRFProtect": true, "flask_wtf.csrf.CsrfProtect": true}

// KR222 reports Flask-WTF's CSRF protection turned off.
var KR222 = &analysis.Rule{
	ID:    "KR222",
	Name:  "flask_csrf_disabled",
	Title: "Flask-WTF CSRF protection turned off (WTF_CSRF_ENABLED = False, csrf.exempt, Meta.csrf = False)",
	Why: "Flask-WTF's CSRF token is what stops another site from submitting the app's forms with the user's cookies. " +
		"Turning it off — for the whole app, one view, or one form — lets any page the user visits change their " +
		"email, password or data.",
	Bad:  "from flask import Flask\n\napp = Flask(__name__)\napp.config[\"WTF_CSRF_ENABLED\"] = False",
	Good: "from flask import Flask\nfrom flask_wtf.csrf import CSRFProtect\n\napp = Flask(__name__)\ncsrf = CSRFProtect(app)\n# tests may turn it off: TestingConfig.WTF_CSRF_ENABLED = False",
	Notes: "Reported for WTF_CSRF_ENABLED = False and WTF_CSRF_CHECK_DEFAULT = False in Flask configuration that is " +
		"not for development or tests (TestingConfig, test files and settings under an if are skipped), for " +
		"@csrf.exempt and csrf.exempt(blueprint) where csrf is a CSRFProtect (or, in a module that imports Flask, a " +
		"name imported from another module that says csrf: from .extensions import csrf), and for class Meta: csrf = False in a " +
		"FlaskForm.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        352,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind, ast.FunctionDefKind, ast.ClassDefKind, ast.CallKind},
	Callees:    ruleutil.Callees("exempt"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		switch n := n.(type) {
		case *ast.Module:
			groups := ruleutil.FlaskConfig(p)
			for _, g := range groups {
				if g.Role == ruleutil.Development {
					continue
				}
				for _, s := range g.Settings {
					if s.Conditional || s.Key != "WTF_CSRF_ENABLED" && s.Key != "WTF_CSRF_CHECK_DEFAULT" {
						continue
					}
					if v, fb, ok := boolValue(p, s.Scope, s.Value); ok && !v {
						msg := "WTF_CSRF_ENABLED is False: no form of the app checks a CSRF token."
						if s.Key == "WTF_CSRF_CHECK_DEFAULT" {
							msg = "WTF_CSRF_CHECK_DEFAULT is False: only views marked with csrf.protect() check a CSRF token."
						}
						p.Report(analysis.Finding{Span: s.Node.Span(), Confidence: level(fb), Message: msg})
					}
				}
			}
		case *ast.FunctionDef:
			if ruleutil.IsTestPath(p.Path) {
				return nil
			}
			for _, d := range n.DecoratorList {
				if isCSRFExempt(p, d) {
					p.Reportf(d, "@csrf.exempt turns off CSRF protection for this view: other sites can submit requests with the user's cookies.")
				}
			}
		case *ast.Call:
			if ruleutil.IsTestPath(p.Path) || len(n.Args) != 1 {
				return nil
			}
			if _, isDecorator := p.Parent().(*ast.FunctionDef); isDecorator {
				return nil
			}
			if isCSRFExempt(p, n.Func) {
				p.Reportf(n, "csrf.exempt(...) turns off CSRF protection for everything it is given: other sites can submit requests with the user's cookies.")
			}
		case *ast.ClassDef:
			return formMetaCSRF(p, n)
		}
		return nil
	},
}

// isCSRFExempt reports whether e is <CSRFProtect instance>.exempt.
func isCSRFExempt(p *analysis.Pass, e ast.Expr) bool {
	a, ok := e.(*ast.Attribute)
	if !ok || a.Attr.Name != "exempt" {
		return false
	}
	c, q := ruleutil.CallOf(p, p.Scope(), a.Value)
	if csrfProtect[q] {
		return true
	}
	// The extension is usually made in another module of the app
	// ("from .extensions import csrf"): a name imported from elsewhere
	// that says csrf, in a module that imports Flask, is taken for one.
	n, ok := a.Value.(*ast.Name)
	if c != nil || !ok || !strings.Contains(strings.ToLower(n.ID), "csrf") {
		return false
	}
	b := p.Model.Lookup(p.Scope(), n.ID, n.Start)
	return b != nil && b.Kind == semantic.ImportBinding && !strings.HasPrefix(p.Model.QualifiedName(p.Scope(), n), "flask_wtf") &&
		ruleutil.ImportsAny(p, "flask", "flask_wtf")
}

// formMetaCSRF reports "class Meta: csrf = False" inside a FlaskForm.
func formMetaCSRF(p *analysis.Pass, cd *ast.ClassDef) error {
	if cd.Name.Name != "Meta" {
		return nil
	}
	ps := p.Parents()
	if len(ps) == 0 {
		return nil
	}
	form, ok := ps[len(ps)-1].(*ast.ClassDef)
	if !ok {
		return nil
	}
	isForm := false
	for _, b := range form.Bases {
		// The form's bases are evaluated in the scope around it; the Meta
		// class is inspected in the form's scope, whose parent that is.
		if q := p.Model.QualifiedName(p.Scope().Parent, b); q == "flask_wtf.FlaskForm" || q == "flask_wtf.form.FlaskForm" || q == "flask_wtf.Form" {
			isForm = true
		}
	}
	if !isForm {
		return nil
	}
	for _, st := range cd.Body {
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		if t, ok := a.Targets[0].(*ast.Name); ok && t.ID == "csrf" {
			if v, ok := p.Model.ConstBool(p.Scope(), a.Value); ok && !v && !ruleutil.IsTestPath(p.Path) {
				p.Reportf(t, "Meta.csrf = False turns off CSRF protection for %s: other sites can submit it with the user's cookies.", form.Name.Name)
			}
		}
	}
	return nil
}
