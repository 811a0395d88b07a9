package exposure

import (
	"path"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// KR103 reports servers started on every network interface.
var KR103 = &analysis.Rule{
	ID:    "KR103",
	Name:  "server_bind_all_interfaces",
	Title: "Server listens on all network interfaces (0.0.0.0, ::)",
	Why: "A server bound to 0.0.0.0 or :: accepts connections on every interface of the machine, public ones " +
		"included. A development server, an admin endpoint or an unauthenticated internal API started that way is " +
		"reachable by anyone who can route to the host.",
	Bad:  "if __name__ == \"__main__\":\n    app.run(host=\"0.0.0.0\", port=8000)",
	Good: "if __name__ == \"__main__\":\n    app.run(host=os.environ.get(\"BIND_HOST\", \"127.0.0.1\"), port=8000)",
	Notes: "Unlike Bandit's B104, which reports every \"0.0.0.0\" string, this rule follows the address — a literal or a " +
		"module constant (HOST = \"0.0.0.0\") — into the calls that start a server: app.run(host=…), uvicorn.run and " +
		"uvicorn.Config, aiohttp's web.run_app, werkzeug's run_simple, wsgiref's make_server, waitress.serve (host " +
		"or listen), asyncio.start_server and loop.create_server, Tornado's listen(address=…), sock.bind((host, " +
		"port)) and the servers of socketserver and http.server (any class named *Server given a (host, port) " +
		"tuple), and bind = \"0.0.0.0:8000\" in a gunicorn configuration file. An empty host counts where it means " +
		"every interface (socket addresses, asyncio). An environment lookup with a default " +
		"(os.environ.get(\"HOST\", \"0.0.0.0\")) is deliberate configuration and is not reported; test files are skipped.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        1327,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind, ast.CallKind},
	Callees: func(any) []string {
		return []string{"run", "Config", "run_app", "run_simple", "make_server", "serve", "start_server",
			"create_server", "start_unix_server", "listen", "bind", "HTTPServer", "ThreadingHTTPServer", "TCPServer",
			"UDPServer", "ThreadingTCPServer", "ThreadingUDPServer", "ForkingTCPServer", "ForkingUDPServer",
			"WSGIServer", "SimpleXMLRPCServer", "DocXMLRPCServer", "ThreadedHTTPServer", "ThreadedTCPServer",
			"HTTPSServer", "Server"}
	},
	Run: func(p *analysis.Pass, n ast.Node) error {
		if ruleutil.IsTestPath(p.Path) {
			return nil
		}
		if m, ok := n.(*ast.Module); ok {
			return gunicornBind(p, m)
		}
		c := n.(*ast.Call)
		s := p.Scope()
		written, _ := p.Model.CalleeNames(s, c)
		q := ruleutil.Qual(p, c.Func)
		var host ast.Expr
		empty := false // "" means every interface here
		switch {
		case q == "uvicorn.run" || q == "uvicorn.Config" || q == "hypercorn.Config":
			host = semantic.CallArg(c, -1, "host")
		case q == "aiohttp.web.run_app":
			host = semantic.CallArg(c, -1, "host")
		case q == "werkzeug.serving.run_simple" || q == "werkzeug.run_simple":
			host = semantic.CallArg(c, 0, "hostname")
		case q == "wsgiref.simple_server.make_server":
			host = semantic.CallArg(c, 0, "host")
		case q == "waitress.serve":
			host = semantic.CallArg(c, -1, "host")
			if host == nil {
				if k := semantic.CallKeyword(c, "listen"); k != nil {
					if v, ok := p.Model.ConstString(s, k.Value); ok {
						for _, l := range strings.Fields(v) {
							if h := hostOf(l); h == "0.0.0.0" || h == "*" || h == "[::]" {
								report(p, k.Value, l)
								return nil
							}
						}
					}
				}
				return nil
			}
		case q == "asyncio.start_server" || written == "create_server" || written == "start_server":
			host, empty = semantic.CallArg(c, 1, "host"), true
		case written == "run":
			// app.run(host="0.0.0.0"): Flask, Quart, Sanic. A positional
			// host only where the module is a Flask app.
			if k := semantic.CallKeyword(c, "host"); k != nil {
				host = k.Value
			} else if len(c.Args) > 0 && ruleutil.ImportsAny(p, "flask", "quart") {
				if _, isAttr := c.Func.(*ast.Attribute); isAttr {
					host = c.Args[0]
				}
			}
		case written == "listen":
			// Tornado: app.listen(8888, address="0.0.0.0")
			host = semantic.CallArg(c, 1, "address")
			empty = true
		case written == "bind":
			if len(c.Args) == 1 {
				host, empty = tupleHost(c.Args[0]), true
			}
		case strings.HasSuffix(written, "Server"):
			if len(c.Args) > 0 {
				host, empty = tupleHost(semantic.CallArg(c, 0, "server_address")), true
			}
		}
		if host == nil {
			return nil
		}
		if v, ok := constHost(p, s, host); ok && (allInterfaces(v) || empty && v == "") {
			report(p, host, v)
		}
		return nil
	},
}

// constHost returns an address known statically: a literal or a
// module constant, not the default of an environment lookup.
func constHost(p *analysis.Pass, s *semantic.Scope, e ast.Expr) (string, bool) {
	return p.Model.ConstString(s, e)
}

// allInterfaces reports whether an address is the wildcard.
func allInterfaces(h string) bool {
	switch h {
	case "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0":
		return true
	}
	return false
}

// tupleHost returns the host of a (host, port) tuple display.
func tupleHost(e ast.Expr) ast.Expr {
	if t, ok := e.(*ast.Tuple); ok && len(t.Elts) >= 2 {
		return t.Elts[0]
	}
	return nil
}

// hostOf returns the host of "host:port".
func hostOf(l string) string {
	if i := strings.LastIndexByte(l, ':'); i >= 0 {
		return l[:i]
	}
	return l
}

func report(p *analysis.Pass, at ast.Node, addr string) {
	shown := addr
	if shown == "" {
		shown = "\"\" (every interface)"
	}
	p.Reportf(at, "The server listens on %s: it is reachable on every network interface of the host, public ones included.", shown)
}

// gunicornBind reports bind = "0.0.0.0:8000" in gunicorn.conf.py,
// gunicorn_config.py and the like.
func gunicornBind(p *analysis.Pass, m *ast.Module) error {
	base := path.Base(strings.ReplaceAll(p.Path, "\\", "/"))
	if !strings.HasPrefix(base, "gunicorn") {
		return nil
	}
	for _, st := range m.Body {
		a, ok := st.(*ast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		if t, ok := a.Targets[0].(*ast.Name); !ok || t.ID != "bind" {
			continue
		}
		vals := []ast.Expr{a.Value}
		switch l := a.Value.(type) {
		case *ast.List:
			vals = l.Elts
		case *ast.Tuple:
			vals = l.Elts
		}
		for _, v := range vals {
			if s, ok := p.Model.ConstString(p.Scope(), v); ok {
				if h := hostOf(s); allInterfaces(h) || h == "" && strings.HasPrefix(s, ":") {
					report(p, v, s)
				}
			}
		}
	}
	return nil
}
