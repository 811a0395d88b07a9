package exposure

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// logMethods are the methods of loggers (logging, structlog, loguru)
// that write a message.
var logMethods = map[string]bool{"debug": true, "info": true, "warning": true, "warn": true, "error": true,
	"exception": true, "critical": true, "fatal": true, "log": true, "success": true, "trace": true, "msg": true}

// loggerFactories are the calls that return a logger.
var loggerFactories = map[string]bool{"logging.getLogger": true, "logging.getLoggerClass": true,
	"structlog.get_logger": true, "structlog.getLogger": true, "structlog.stdlib.get_logger": true,
	"logging.LoggerAdapter": true, "logging.Logger": true}

// KR101 reports logging calls whose arguments hold passwords, tokens,
// keys or credentials.
var KR101 = &analysis.Rule{
	ID:    "KR101",
	Name:  "sensitive_data_logged",
	Title: "Password, token, secret key or credentials written to a log",
	Why: "Logs are copied to files, aggregators, support tickets and backups, and read by many more people than the " +
		"database is. A password or token in a log line is a credential anyone with log access can use, long after " +
		"the request that logged it.",
	Bad:  "logger.info(\"login attempt user=%s password=%s\", username, password)\nlogger.debug(\"headers: %s\", request.headers)",
	Good: "logger.info(\"login attempt user=%s\", username)\nlogger.debug(\"token ends with %s\", token[-4:])",
	Notes: "A call is a logging call when its receiver is the logging module, a logger (logging.getLogger(…), " +
		"structlog.get_logger(…), loguru's logger, or a name or attribute called logger or log), or, in modules that " +
		"import a web framework, print. An argument is reported when it is a name, attribute, dict key " +
		"(data[\"password\"], data.get(\"password\")) or f-string field whose name says password, token, API key, " +
		"secret, credentials, authorization or session id, when it follows \"password=\" or \"token: \" in the format " +
		"string, or when it is a request's headers or cookies as a whole. Names that describe rather than hold a " +
		"secret (password_length, token_type, next_token, is_password, password_hash) are not reported, and neither " +
		"is a token whose own name says it is of another kind after \"token: \" (starting_token, next_token), nor " +
		"are arguments passed through another call (len(password), mask(token)) or sliced (token[-4:]). Confidence is " +
		"medium for tokens (the word is also a lexer's) and high otherwise.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        532,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.CallKind},
	Callees: func(any) []string {
		names := []string{"print"}
		for m := range logMethods {
			names = append(names, m)
		}
		return names
	},
	Run: func(p *analysis.Pass, n ast.Node) error {
		c := n.(*ast.Call)
		args := c.Args
		switch f := c.Func.(type) {
		case *ast.Name:
			q := ruleutil.Qual(p, f)
			switch {
			case q == "print":
				if !ruleutil.ImportsAny(p, webFrameworks...) {
					return nil
				}
			case strings.HasPrefix(q, "logging.") && logMethods[q[len("logging."):]]:
				if q == "logging.log" {
					args = skipOne(args)
				}
			default:
				return nil
			}
		case *ast.Attribute:
			if !logMethods[f.Attr.Name] || !isLogger(p, f.Value) {
				return nil
			}
			if f.Attr.Name == "log" {
				args = skipOne(args)
			}
		default:
			return nil
		}
		sc := &scanner{p: p, s: p.Scope()}
		if len(args) > 0 {
			if format, ok := p.Model.ConstString(sc.s, args[0]); ok {
				// logger.info("password=%s", pw): the format's text names
				// the arguments it is followed by.
				sc.format(format, args[1:], true)
				args = nil
			}
		}
		for _, a := range args {
			sc.expr(a, NotHinted)
		}
		for _, k := range c.Keywords {
			if k.Arg.Name == "extra" {
				sc.expr(k.Value, NotHinted)
			}
		}
		if sc.found != nil {
			conf := analysis.High
			if sc.kind == ruleutil.Token {
				conf = analysis.Medium
			}
			p.Report(analysis.Finding{Span: sc.found.Span(), Confidence: conf,
				Message: "This logging call writes " + sc.what + " (" + ruleutil.Truncate(p.Text(sc.found), 40) + ") to the log, where anyone who reads the logs can use it."})
		}
		return nil
	},
}

func skipOne(xs []ast.Expr) []ast.Expr {
	if len(xs) == 0 {
		return xs
	}
	return xs[1:]
}

// isLogger reports whether e, the receiver of .info(...) and the like, is
// a logger.
func isLogger(p *analysis.Pass, e ast.Expr) bool {
	switch q := ruleutil.Qual(p, e); {
	case q == "logging" || q == "structlog" || q == "loguru.logger":
		return true
	case q != "":
		// An imported logger: "from app import log", "from .log import logger".
		return loggerName(q[strings.LastIndexByte(q, '.')+1:])
	}
	if _, q := ruleutil.CallOf(p, p.Scope(), e); q != "" {
		return loggerFactories[q] || strings.HasSuffix(q, ".getLogger") || strings.HasSuffix(q, ".get_logger")
	}
	switch x := e.(type) {
	case *ast.Name:
		b := p.Model.Lookup(p.Scope(), x.ID, x.Start)
		if b != nil && b.Kind == semantic.AssignBinding && b.Value != nil {
			// Bound to something that is not a logger factory call.
			if _, isCall := b.Value.(*ast.Call); !isCall {
				return false
			}
		}
		return loggerName(x.ID)
	case *ast.Attribute:
		return loggerName(x.Attr.Name)
	}
	return false
}

// loggerName reports whether a name is a logger's: logger, log, LOG,
// _logger, access_log, audit_logger.
func loggerName(name string) bool {
	ws := ruleutil.Words(name)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	return last == "logger" || last == "log" || last == "log_"
}

// Hint is what a format string says of the argument that fills a
// placeholder: nothing, or a kind of secret ("password=%s").
type Hint = ruleutil.Secret

// NotHinted is the hint of a placeholder the format says nothing about.
const NotHinted = ruleutil.NotSecret

// scanner looks through the arguments of one logging call for the first
// sensitive value.
type scanner struct {
	p     *analysis.Pass
	s     *semantic.Scope
	found ast.Node
	kind  ruleutil.Secret
	what  string
}

func (sc *scanner) report(n ast.Node, k ruleutil.Secret, what string) {
	if sc.found == nil {
		sc.found, sc.kind, sc.what = n, k, what
	}
}

// passThrough are calls whose result shows their argument: str(x),
// repr(x), x.decode(), json.dumps(x).
var passThrough = map[string]bool{"str": true, "repr": true, "bytes": true, "format": true, "dict": true,
	"vars": true, "json.dumps": true, "pprint.pformat": true}

var passMethods = map[string]bool{"decode": true, "encode": true, "strip": true, "lower": true, "upper": true,
	"items": true, "copy": true, "to_dict": true, "dict": true}

// expr looks at one argument; hint is what the format string says of
// it.
func (sc *scanner) expr(e ast.Expr, hint Hint) {
	if sc.found != nil || e == nil {
		return
	}
	switch x := e.(type) {
	case *ast.Constant:
		return
	case *ast.Name:
		if hint != NotHinted && !sc.constant(x) && !ruleutil.Describes(x.ID) && !otherToken(x.ID) {
			sc.report(x, hint, hint.String())
			return
		}
		if k := ruleutil.ClassifyName(x.ID); k != ruleutil.NotSecret && sc.isValue(x) {
			sc.report(x, k, k.String())
		}
	case *ast.Attribute:
		if hint != NotHinted && !ruleutil.Describes(x.Attr.Name) && !otherToken(x.Attr.Name) {
			sc.report(x, hint, hint.String())
			return
		}
		if sc.requestPart(x) {
			sc.report(x, ruleutil.Credentials, "the request's "+x.Attr.Name+" (Authorization, Cookie)")
			return
		}
		if k := ruleutil.ClassifyName(x.Attr.Name); k != ruleutil.NotSecret {
			sc.report(x, k, k.String())
		}
	case *ast.Subscript:
		if _, sliced := x.Slice.(*ast.Slice); sliced {
			return // token[-4:]: a part, on purpose
		}
		key, isKey := sc.p.Model.ConstString(sc.s, x.Slice)
		if hint != NotHinted && !(isKey && ruleutil.Describes(key)) {
			sc.report(x, hint, hint.String())
			return
		}
		if isKey {
			if k := ruleutil.ClassifyName(key); k != ruleutil.NotSecret {
				sc.report(x, k, k.String())
			}
			return
		}
		sc.expr(x.Value, NotHinted)
	case *ast.Call:
		sc.call(x, hint)
	case *ast.JoinedStr:
		sc.fstring(x)
	case *ast.BinOp:
		switch x.Op {
		case ast.Mod:
			if f, ok := sc.p.Model.ConstString(sc.s, x.Left); ok {
				var args []ast.Expr
				if t, ok := x.Right.(*ast.Tuple); ok {
					args = t.Elts
				} else {
					args = []ast.Expr{x.Right}
				}
				sc.format(f, args, true)
				return
			}
		case ast.Add:
			// "password=" + pw
			if l, ok := sc.p.Model.ConstString(sc.s, x.Left); ok {
				sc.expr(x.Right, formatHint(l))
				return
			}
			sc.expr(x.Left, hint)
			sc.expr(x.Right, hint)
		}
	case *ast.Dict:
		for i, k := range x.Keys {
			if k == nil {
				sc.expr(x.Values[i], NotHinted)
				continue
			}
			h := NotHinted
			if key, ok := sc.p.Model.ConstString(sc.s, k); ok {
				h = ruleutil.ClassifyName(key)
			}
			sc.expr(x.Values[i], h)
		}
	case *ast.Tuple:
		for _, el := range x.Elts {
			sc.expr(el, NotHinted)
		}
	case *ast.List:
		for _, el := range x.Elts {
			sc.expr(el, NotHinted)
		}
	case *ast.IfExp:
		sc.expr(x.Body, hint)
		sc.expr(x.Orelse, hint)
	case *ast.Starred:
		sc.expr(x.Value, hint)
	}
}

// call looks at a call argument: .get("password"), and calls that show
// their argument (str(pw), pw.decode()); other calls (len, mask, a hash)
// are taken to hide it.
func (sc *scanner) call(x *ast.Call, hint Hint) {
	if a, ok := x.Func.(*ast.Attribute); ok {
		switch {
		case a.Attr.Name == "get" && len(x.Args) >= 1:
			if key, ok := sc.p.Model.ConstString(sc.s, x.Args[0]); ok {
				k := ruleutil.ClassifyName(key)
				if hint != NotHinted {
					k = hint
				}
				if k != ruleutil.NotSecret {
					sc.report(x, k, k.String())
				}
			}
			return
		case passMethods[a.Attr.Name]:
			sc.expr(a.Value, hint)
			return
		case a.Attr.Name == "format":
			if f, ok := sc.p.Model.ConstString(sc.s, a.Value); ok {
				sc.format(f, x.Args, false)
				for _, k := range x.Keywords {
					sc.expr(k.Value, ruleutil.ClassifyName(k.Arg.Name))
				}
				return
			}
		}
	}
	if passThrough[ruleutil.Qual(sc.p, x.Func)] {
		for _, a := range x.Args {
			sc.expr(a, hint)
		}
	}
}

// fstring looks at the fields of an f-string, each with the hint of the
// text before it.
func (sc *scanner) fstring(x *ast.JoinedStr) {
	prev := ""
	for _, v := range x.Values {
		switch v := v.(type) {
		case *ast.Constant:
			prev = v.Value.Str
		case *ast.FormattedValue:
			sc.expr(v.Value, formatHint(prev))
			prev = ""
		}
	}
}

// format looks at the arguments of a %-format ("user=%s password=%s") or
// of str.format ("token: {}") by the text before each placeholder.
func (sc *scanner) format(f string, args []ast.Expr, percent bool) {
	var hints []Hint
	var named []string
	prev := 0
	for i := 0; i < len(f); i++ {
		if percent && f[i] == '%' {
			if i+1 < len(f) && f[i+1] == '%' {
				i++
				continue
			}
			if i+1 < len(f) && f[i+1] == '(' {
				// %(password)s: the key names the value.
				if j := strings.IndexByte(f[i:], ')'); j > 0 {
					named = append(named, f[i+2:i+j])
				}
			}
			hints = append(hints, formatHint(f[prev:i]))
			prev = i + 1
		}
		if !percent && f[i] == '{' {
			if i+1 < len(f) && f[i+1] == '{' {
				i++
				continue
			}
			hints = append(hints, formatHint(f[prev:i]))
			prev = i + 1
		}
	}
	if named != nil && len(args) == 1 {
		// "%(user)s %(password)s" % {...}: a dict display's keys say what
		// its values are; for another mapping (locals(), a variable) the
		// format's keys do.
		if _, isDict := args[0].(*ast.Dict); isDict {
			sc.expr(args[0], NotHinted)
			return
		}
		for _, k := range named {
			if kind := ruleutil.ClassifyName(k); kind != ruleutil.NotSecret {
				sc.report(args[0], kind, kind.String())
				return
			}
		}
		return
	}
	for i, a := range args {
		h := NotHinted
		if i < len(hints) {
			h = hints[i]
		}
		sc.expr(a, h)
	}
}

// formatHint returns the kind of secret the text before a placeholder
// names: "password=", "Token: ", "api_key='", "Authorization: Bearer ".
func formatHint(text string) Hint {
	t := strings.TrimRight(text, " '\"")
	t = strings.TrimSuffix(t, "Bearer")
	t = strings.TrimSuffix(t, "bearer")
	t = strings.TrimRight(t, " ")
	if !strings.HasSuffix(t, "=") && !strings.HasSuffix(t, ":") {
		return NotHinted
	}
	t = strings.TrimRight(t[:len(t)-1], " ")
	// The word before the separator.
	i := len(t)
	for i > 0 {
		c := t[i-1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' {
			i--
			continue
		}
		break
	}
	return ruleutil.ClassifyName(t[i:])
}

// isValue reports whether a name holds a value (not an import, def or
// class, which have sensitive-sounding names too: secrets, getpass).
func (sc *scanner) isValue(n *ast.Name) bool {
	b := sc.p.Model.Lookup(sc.s, n.ID, n.Start)
	if b == nil {
		return true
	}
	switch b.Kind {
	case semantic.ImportBinding, semantic.FunctionBinding, semantic.ClassBinding:
		return false
	}
	return true
}

// constant reports whether a name is bound to a literal (a placeholder
// such as "***" logged after "password=").
func (sc *scanner) constant(n *ast.Name) bool {
	return sc.p.Model.IsConstant(sc.s, n)
}

// requestPart reports whether e is a request's headers or cookies as a
// whole: request.headers, request.META, request.COOKIES, self.request.headers.
func (sc *scanner) requestPart(a *ast.Attribute) bool {
	switch a.Attr.Name {
	case "headers", "META", "COOKIES", "cookies":
	default:
		return false
	}
	switch q := ruleutil.Qual(sc.p, a.Value); q {
	case "flask.request", "quart.request", "bottle.request":
		return true
	}
	name := ruleutil.LastName(sc.p, a.Value)
	return name == "request" || name == "req"
}

// otherToken reports whether a name says it is a token of a kind that is
// no secret (starting_token, next_token, lexer_token): after "token: "
// in a message, the argument's own name is the more specific.
func otherToken(name string) bool {
	ws := ruleutil.Words(name)
	return ruleutil.HasWord(ws, "token") && ruleutil.ClassifyWords(ws) == ruleutil.NotSecret
}
