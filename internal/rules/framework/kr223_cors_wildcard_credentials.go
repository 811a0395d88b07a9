package framework

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

var corsMiddleware = map[string]bool{
	"starlette.middleware.cors.CORSMiddleware": true,
	"fastapi.middleware.cors.CORSMiddleware":   true,
}

// KR223 reports CORS configured to accept any origin with credentials.
var KR223 = &analysis.Rule{
	ID:    "KR223",
	Name:  "cors_wildcard_with_credentials",
	Title: "CORS allows any origin with credentials",
	Why: "With a wildcard origin and credentials allowed, flask-cors, Starlette's CORSMiddleware and " +
		"django-cors-headers answer every site's request by echoing its Origin back with " +
		"Access-Control-Allow-Credentials: true. Any page the user visits can then call the API with the user's " +
		"cookies and read the answers: their data, their CSRF tokens, anything the API returns.",
	Bad:  "from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\napp = FastAPI()\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=[\"*\"],\n    allow_credentials=True,\n)",
	Good: "from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\napp = FastAPI()\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=[\"https://app.example.com\"],\n    allow_credentials=True,\n)",
	Notes: "Reported for flask_cors.CORS(…) and @cross_origin(…) with supports_credentials=True and origins \"*\" " +
		"(their default), also per resource; for Starlette's and FastAPI's CORSMiddleware (app.add_middleware or " +
		"Middleware(…)) with allow_credentials=True and allow_origins containing \"*\" or an allow_origin_regex that " +
		"matches any origin (\".*\", \"https://.*\"); and for django-cors-headers settings CORS_ALLOW_ALL_ORIGINS (or " +
		"CORS_ORIGIN_ALLOW_ALL) = True, or an any-origin CORS_ALLOWED_ORIGIN_REGEXES, with CORS_ALLOW_CREDENTIALS = " +
		"True. A wildcard without credentials is not reported: public APIs use it on purpose.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        942,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind, ast.CallKind},
	Callees:    ruleutil.Callees("CORS", "cross_origin", "add_middleware", "Middleware", "CORSMiddleware"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		if _, ok := n.(*ast.Module); ok {
			return djangoCORS(p)
		}
		c := n.(*ast.Call)
		switch q := ruleutil.Qual(p, c.Func); q {
		case "flask_cors.CORS", "flask_cors.cross_origin", "flask_cors.extension.CORS", "flask_cors.decorator.cross_origin":
			flaskCORS(p, c)
			return nil
		case "starlette.middleware.Middleware":
			if len(c.Args) > 0 && corsMiddleware[ruleutil.Qual(p, c.Args[0])] {
				starletteCORS(p, c)
			}
			return nil
		default:
			if corsMiddleware[q] {
				starletteCORS(p, c)
				return nil
			}
		}
		if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "add_middleware" && len(c.Args) > 0 && corsMiddleware[ruleutil.Qual(p, c.Args[0])] {
			starletteCORS(p, c)
		}
		return nil
	},
}

// Origin matching: a literal list (Starlette's allow_origins), a regular
// expression (allow_origin_regex, django-cors-headers' regexes), or
// either (flask-cors takes both in origins).
const (
	literalOrigins = 1 << iota
	regexOrigins
)

// anyOrigin reports whether an origins value allows every origin: "*" or
// a list holding it (literal), or a regular expression matching anything
// (regex).
func anyOrigin(p *analysis.Pass, s *semantic.Scope, e ast.Expr, mode int) bool {
	match := func(v string) bool {
		return mode&literalOrigins != 0 && v == "*" || mode&regexOrigins != 0 && anyRegex(v)
	}
	if v, ok := p.Model.ConstString(s, e); ok {
		return match(v)
	}
	var elts []ast.Expr
	switch l := e.(type) {
	case *ast.List:
		elts = l.Elts
	case *ast.Tuple:
		elts = l.Elts
	case *ast.Set:
		elts = l.Elts
	}
	for _, x := range elts {
		if v, ok := p.Model.ConstString(s, x); ok && match(v) {
			return true
		}
	}
	return false
}

// anyRegex reports whether a regular expression for origins matches any
// origin: ".*", "^.*$", "https?://.*", "(.*)".
func anyRegex(r string) bool {
	r = strings.TrimPrefix(r, "^")
	r = strings.TrimSuffix(r, "$")
	for _, scheme := range []string{"(https?://)?", "https?://", "https?:\\/\\/", "https://", "http://", "https:\\/\\/"} {
		if strings.HasPrefix(r, scheme) {
			r = r[len(scheme):]
			break
		}
	}
	switch r {
	case ".*", ".+", "(.*)", "(.+)", "[^/]*", "[^/]+":
		return true
	}
	return false
}

// flaskCORS checks flask_cors.CORS(app, origins=..., supports_credentials=...,
// resources=...) and @cross_origin(...).
func flaskCORS(p *analysis.Pass, c *ast.Call) {
	s := p.Scope()
	creds := false
	if k := semantic.CallKeyword(c, "supports_credentials"); k != nil {
		creds, _ = p.Model.ConstBool(s, k.Value)
	}
	origins := ast.Expr(nil)
	if k := semantic.CallKeyword(c, "origins"); k != nil {
		origins = k.Value
	}
	topAny := origins == nil || anyOrigin(p, s, origins, literalOrigins|regexOrigins)
	if ruleutil.HasUnpacking(c) {
		return
	}
	if k := semantic.CallKeyword(c, "resources"); k != nil {
		if d, ok := k.Value.(*ast.Dict); ok {
			for i, key := range d.Keys {
				opts, ok := d.Values[i].(*ast.Dict)
				if key == nil || !ok {
					continue
				}
				rAny, rCreds := topAny, creds
				for j, ok := range opts.Keys {
					name, _ := p.Model.ConstString(s, ok)
					switch name {
					case "origins":
						rAny = anyOrigin(p, s, opts.Values[j], literalOrigins|regexOrigins)
					case "supports_credentials":
						rCreds, _ = p.Model.ConstBool(s, opts.Values[j])
					}
				}
				if rAny && rCreds {
					p.Reportf(d.Values[i], "CORS for this resource allows any origin with credentials: flask-cors echoes the caller's Origin, so any site can read responses made with the user's cookies.")
				}
			}
			return
		}
	}
	if topAny && creds {
		p.Reportf(c, "CORS allows any origin with supports_credentials=True: flask-cors echoes the caller's Origin, so any site can read responses made with the user's cookies.")
	}
}

// starletteCORS checks CORSMiddleware keyword arguments.
func starletteCORS(p *analysis.Pass, c *ast.Call) {
	s := p.Scope()
	k := semantic.CallKeyword(c, "allow_credentials")
	if k == nil {
		return
	}
	if v, ok := p.Model.ConstBool(s, k.Value); !ok || !v {
		return
	}
	o := semantic.CallKeyword(c, "allow_origins")
	r := semantic.CallKeyword(c, "allow_origin_regex")
	if o != nil && anyOrigin(p, s, o.Value, literalOrigins) || r != nil && anyOrigin(p, s, r.Value, regexOrigins) {
		p.Reportf(c, "CORSMiddleware allows any origin with allow_credentials=True: Starlette echoes the caller's Origin, so any site can read responses made with the user's cookies.")
	}
}

// djangoCORS checks django-cors-headers settings.
func djangoCORS(p *analysis.Pass) error {
	m := settingsOf(p)
	if !m.checksValues() {
		return nil
	}
	if st, _, _ := boolState(p, m, "CORS_ALLOW_CREDENTIALS"); st != settingOn {
		return nil
	}
	for _, name := range []string{"CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"} {
		if st, a, fb := boolState(p, m, name); st == settingOn {
			p.Report(analysis.Finding{Span: a.target.Span(), Confidence: confidenceFor(m, fb, analysis.High),
				Message: name + " = True with CORS_ALLOW_CREDENTIALS = True: any site can read responses made with the user's cookies."})
			return nil
		}
	}
	for _, name := range []string{"CORS_ALLOWED_ORIGIN_REGEXES", "CORS_ORIGIN_REGEX_WHITELIST"} {
		if a := m.final(name); a != nil && a.value != nil && anyOrigin(p, p.Scope(), a.value, regexOrigins) {
			p.Report(analysis.Finding{Span: a.target.Span(), Confidence: confidenceFor(m, false, analysis.High),
				Message: name + " matches any origin, with CORS_ALLOW_CREDENTIALS = True: any site can read responses made with the user's cookies."})
			return nil
		}
	}
	return nil
}
