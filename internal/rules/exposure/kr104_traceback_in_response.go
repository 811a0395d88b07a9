package exposure

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// responseMakers are the last names of the calls that build an HTTP
// response (or an error the framework turns into one) from their
// arguments.
var responseMakers = map[string]bool{
	"jsonify": true, "make_response": true, "Response": true, "HttpResponse": true, "JsonResponse": true,
	"HttpResponseServerError": true, "HttpResponseBadRequest": true, "JSONResponse": true,
	"PlainTextResponse": true, "HTMLResponse": true, "ORJSONResponse": true, "UJSONResponse": true,
	"json_response": true, "abort": true, "HTTPException": true, "render_template": true,
	"render": true, "render_to_response": true, "write": true, "finish": true, "send_error": true,
}

// KR104 reports tracebacks sent back to the client.
var KR104 = &analysis.Rule{
	ID:    "KR104",
	Name:  "traceback_in_response",
	Title: "Traceback returned in an HTTP response",
	Why: "A traceback shows file paths, source lines, library versions and sometimes the values that caused the " +
		"error. Sent to the client, it maps the application for an attacker and can leak data; it belongs in the " +
		"server's log, with an id the client can quote.",
	Bad:  "import traceback\nfrom flask import jsonify\n\n@app.errorhandler(Exception)\ndef on_error(e):\n    return jsonify(error=traceback.format_exc()), 500",
	Good: "import uuid\nfrom flask import jsonify\n\n@app.errorhandler(Exception)\ndef on_error(e):\n    incident = uuid.uuid4().hex\n    logger.exception(\"incident %s\", incident)\n    return jsonify(error=\"internal error\", incident=incident), 500",
	Notes: "Reported for traceback.format_exc(), format_exception(), format_tb() and format_stack() when the text is " +
		"passed to a call that builds a response or a rendered page (jsonify, make_response, Response, HttpResponse, " +
		"JsonResponse, JSONResponse, HTTPException(detail=…), abort, render_template, handler.write), or returned " +
		"from a function in a module that imports a web framework — directly or through a local variable of the " +
		"same function.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        209,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees:    ruleutil.Callees("format_exc", "format_exception", "format_tb", "format_stack", "format_exception_only"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		switch ruleutil.Qual(p, c.Func) {
		case "traceback.format_exc", "traceback.format_exception", "traceback.format_tb", "traceback.format_stack":
		default:
			return nil
		}
		if ruleutil.IsTestPath(p.Path) {
			return nil
		}
		web := ruleutil.ImportsAny(p, webFrameworks...)
		ps := p.Parents()
		// Walk up to the statement: a response built from the text, a
		// return of it, or an assignment to a local name.
		for i := len(ps) - 1; i >= 0; i-- {
			switch x := ps[i].(type) {
			case *ast.Call:
				if isResponseMaker(x.Func, web) {
					p.Reportf(c, "The traceback is sent to the client in the response: it shows source paths, code and values to anyone who triggers the error.")
					return nil
				}
			case *ast.Return:
				if web && ruleutil.EnclosingFunc(p) != nil {
					p.Reportf(c, "The traceback is returned to the client: it shows source paths, code and values to anyone who triggers the error.")
				}
				return nil
			case *ast.Assign:
				if len(x.Targets) == 1 {
					if t, ok := x.Targets[0].(*ast.Name); ok {
						if use := responseUse(p, t, web); use != nil {
							p.Report(analysis.Finding{Span: c.Span(), Message: "The traceback, through " + t.ID + ", is sent to the client: it shows source paths, code and values to anyone who triggers the error.",
								Related: []analysis.Location{{Path: p.Path, Span: use.Span(), Message: "sent here"}}})
						}
					}
				}
				return nil
			case ast.Stmt:
				return nil
			}
		}
		return nil
	},
}

// responseUse returns a use of the local name t, later in the same
// function, that sends it to the client: an argument of a response
// maker, or (in server code) a returned value.
func responseUse(p *analysis.Pass, t *ast.Name, web bool) ast.Node {
	fn := ruleutil.EnclosingFunc(p)
	if fn == nil {
		return nil
	}
	var found ast.Node
	var stack []ast.Node
	for _, st := range fn.Body {
		ast.Inspect(st, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if nm, ok := n.(*ast.Name); ok && nm.ID == t.ID && nm.Start > t.End && nm.Ctx == ast.Load {
			outer:
				for i := len(stack) - 1; i >= 0; i-- {
					switch x := stack[i].(type) {
					case *ast.Call:
						if isResponseMaker(x.Func, web) {
							found = nm
							break outer
						}
					case *ast.Return:
						if web {
							found = nm
						}
						break outer
					case *ast.Lambda, ast.Stmt:
						break outer
					}
				}
			}
			stack = append(stack, n)
			return true
		})
	}
	return found
}

// genericMakers are response makers whose names other objects use too
// (a file's write, code.InteractiveInterpreter.write, cgitb's writer):
// they count only in modules that import a web framework.
var genericMakers = map[string]bool{"write": true, "finish": true, "send_error": true, "render": true}

// isResponseMaker reports whether a callee builds a response.
func isResponseMaker(f ast.Expr, web bool) bool {
	name := semantic.LastName(f)
	return responseMakers[name] && (web || !genericMakers[name])
}
