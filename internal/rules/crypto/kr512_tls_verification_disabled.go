package crypto

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// KR512 reports TLS client contexts that do not verify certificates or
// host names.
var KR512 = &analysis.Rule{
	ID:    "KR512",
	Name:  "tls_verification_disabled",
	Title: "TLS context with CERT_NONE or check_hostname = False",
	Why: "TLS protects a connection only if the client checks that the certificate is valid and names the host it " +
		"meant to reach. With verify_mode = CERT_NONE or check_hostname = False, anyone on the path can present " +
		"their own certificate and read or change the traffic.",
	Bad:  "import ssl\n\nctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE",
	Good: "import ssl\n\nctx = ssl.create_default_context(cafile=\"/etc/ssl/internal-ca.pem\")  # trust a private CA instead",
	Notes: "Reported for ctx.verify_mode = ssl.CERT_NONE and ctx.check_hostname = False (unless ctx is a server " +
		"context: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) or create_default_context(ssl.Purpose.CLIENT_AUTH), which " +
		"verify no client certificate by default), for cert_reqs=ssl.CERT_NONE (or \"CERT_NONE\") given to " +
		"ssl.wrap_socket, urllib3's PoolManager, ProxyManager, HTTPSConnectionPool and connection_from_url, for " +
		"aiohttp's TCPConnector(ssl=False) or verify_ssl=False, and for ssl._create_default_https_context = " +
		"ssl._create_unverified_context, which turns verification off for the whole process. requests' verify=False " +
		"is Bandit's B501; ssl._create_unverified_context() is B323. Test files are skipped: test servers run with " +
		"self-signed certificates. Not reported either: a class that is itself a context without deriving from " +
		"ssl.SSLContext setting its own default (urllib3's PyOpenSSLContext: self.check_hostname = False), and an " +
		"assignment under an if that tests the enclosing function's parameter or self's attribute naming a TLS " +
		"option (if cert_reqs == ssl.CERT_REQUIRED: … else: ctx.check_hostname = False; if not server_hostname:): " +
		"that code carries out its caller's choice, and the caller's cert_reqs=CERT_NONE is what is reported.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        295,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.AssignKind, ast.CallKind},
	Callees:    ruleutil.Callees("wrap_socket", "PoolManager", "ProxyManager", "HTTPSConnectionPool", "connection_from_url", "proxy_from_url", "TCPConnector"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		if ruleutil.IsTestPath(p.Path) {
			return nil // test servers use self-signed certificates
		}
		s := p.Scope()
		switch n := n.(type) {
		case *ast.Assign:
			if len(n.Targets) != 1 {
				return nil
			}
			t, ok := n.Targets[0].(*ast.Attribute)
			if !ok {
				return nil
			}
			if contextImplementation(p, t) || choiceOfCaller(p) {
				return nil
			}
			switch t.Attr.Name {
			case "verify_mode":
				if ruleutil.Qual(p, n.Value) == "ssl.CERT_NONE" && !serverContext(p, s, t.Value) {
					p.Reportf(n, "verify_mode = CERT_NONE accepts any certificate: anyone on the path can impersonate the server.")
				}
			case "check_hostname":
				if v, ok := p.Model.ConstBool(s, n.Value); ok && !v && !serverContext(p, s, t.Value) {
					p.Reportf(n, "check_hostname = False accepts a valid certificate for any host: anyone with a certificate can impersonate the server.")
				}
			case "_create_default_https_context":
				if ruleutil.Qual(p, t.Value) == "ssl" && ruleutil.Qual(p, n.Value) == "ssl._create_unverified_context" {
					p.Reportf(n, "Replacing ssl._create_default_https_context with _create_unverified_context turns off certificate checks for every HTTPS connection of the process.")
				}
			}
		case *ast.Call:
			switch q := ruleutil.Qual(p, n.Func); q {
			case "aiohttp.TCPConnector", "aiohttp.connector.TCPConnector":
				for _, kw := range []string{"ssl", "verify_ssl"} {
					if k := semantic.CallKeyword(n, kw); k != nil {
						if v, ok := p.Model.ConstBool(s, k.Value); ok && !v {
							p.Reportf(k, "%s=False turns off certificate checks: anyone on the path can impersonate the server.", kw)
							return nil
						}
					}
				}
			case "ssl.wrap_socket", "urllib3.PoolManager", "urllib3.ProxyManager", "urllib3.HTTPSConnectionPool",
				"urllib3.connection_from_url", "urllib3.proxy_from_url", "urllib3.poolmanager.PoolManager",
				"urllib3.connectionpool.HTTPSConnectionPool", "urllib3.connectionpool.connection_from_url":
				if k := semantic.CallKeyword(n, "cert_reqs"); k != nil && certNone(p, s, k.Value) {
					p.Reportf(k, "cert_reqs=CERT_NONE accepts any certificate: anyone on the path can impersonate the server.")
				}
			}
		}
		return nil
	},
}

// certNone reports whether e is ssl.CERT_NONE or the string "CERT_NONE"
// (or "NONE", as urllib3 accepts).
func certNone(p *analysis.Pass, s *semantic.Scope, e ast.Expr) bool {
	if p.Model.QualifiedName(s, e) == "ssl.CERT_NONE" {
		return true
	}
	v, ok := p.Model.ConstString(s, e)
	return ok && (v == "CERT_NONE" || v == "NONE" || v == "none")
}

// serverContext reports whether e is a server-side SSL context, which
// does not ask clients for certificates by default.
func serverContext(p *analysis.Pass, s *semantic.Scope, e ast.Expr) bool {
	c, q := ruleutil.CallOf(p, s, e)
	if c == nil {
		return false
	}
	switch q {
	case "ssl.SSLContext":
		if a := semantic.CallArg(c, 0, "protocol"); a != nil {
			return p.Model.QualifiedName(s, a) == "ssl.PROTOCOL_TLS_SERVER"
		}
	case "ssl.create_default_context":
		if a := semantic.CallArg(c, 0, "purpose"); a != nil {
			return p.Model.QualifiedName(s, a) == "ssl.Purpose.CLIENT_AUTH"
		}
	}
	return false
}

// contextImplementation reports whether an assignment sets an attribute
// of self in a class that does not derive from ssl.SSLContext: such a
// class implements the context interface (urllib3's PyOpenSSLContext, a
// fallback SSLContext(object) shim) and sets its own default; it turns
// nothing off for a caller, who configures the instance afterwards. A
// subclass of ssl.SSLContext turning checks off in __init__ is reported.
func contextImplementation(p *analysis.Pass, t *ast.Attribute) bool {
	if n, ok := t.Value.(*ast.Name); !ok || n.ID != "self" {
		return false
	}
	ps := p.Parents()
	for i := len(ps) - 1; i >= 0; i-- {
		if cd, ok := ps[i].(*ast.ClassDef); ok {
			for _, b := range cd.Bases {
				if q := ruleutil.Qual(p, b); q == "ssl.SSLContext" || semantic.LastName(b) == "SSLContext" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// tlsOptionWords are words of parameters and attributes that carry a
// caller's TLS choice: cert_reqs, assert_hostname, assert_fingerprint,
// server_hostname, verify, ssl_verify.
var tlsOptionWords = []string{"cert", "reqs", "verify", "hostname", "fingerprint"}

// choiceOfCaller reports whether the node is under an if (within its
// function) whose test reads a parameter of the function, or an
// attribute of self, that names a TLS option:
//
//	if cert_reqs == ssl.CERT_REQUIRED: ... else: context.check_hostname = False
//	if not server_hostname: sslcontext.check_hostname = False
//
// Such code implements an option of its API; the call that asks for
// CERT_NONE is the place to report.
func choiceOfCaller(p *analysis.Pass) bool {
	ps := p.Parents()
	for i := len(ps) - 1; i >= 0; i-- {
		switch n := ps[i].(type) {
		case *ast.If:
			if testsOption(p, n.Test) {
				return true
			}
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		}
	}
	return false
}

func testsOption(p *analysis.Pass, test ast.Expr) bool {
	found := false
	ast.Inspect(test, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Name:
			if ruleutil.HasWord(ruleutil.Words(x.ID), tlsOptionWords...) {
				// Any binding of the function's: cert_reqs may be rebound
				// ("cert_reqs = ssl.CERT_REQUIRED if cert_reqs is None
				// else cert_reqs") and is still the parameter's value.
				for _, b := range p.Scope().Bindings(x.ID) {
					if b.Kind == semantic.ParamBinding {
						found = true
					}
				}
			}
		case *ast.Attribute:
			if v, ok := x.Value.(*ast.Name); ok && v.ID == "self" && ruleutil.HasWord(ruleutil.Words(x.Attr.Name), tlsOptionWords...) {
				found = true
			}
		}
		return true
	})
	return found
}
