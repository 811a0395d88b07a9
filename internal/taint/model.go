package taint

import (
	"fmt"
	"strings"

	"github.com/krait-dev/krait/internal/config"
)

// Class is a vulnerability class: the kind of harm tainted data does at a
// sink. Each class is one rule.
type Class uint8

// The classes, in rule-id order.
const (
	SQL Class = iota
	Shell
	Code
	Path
	Redirect
	SSRF
	Deserialization
	XPath
	LDAP
	XXE
	Header
	Session
	XSS
	SSTI
	numClasses
)

// Mask is a set of classes: the classes for which a value is still
// dangerous.
type Mask uint16

// All is every class.
const All Mask = 1<<numClasses - 1

// Bit returns the mask of one class.
func (c Class) Bit() Mask { return 1 << c }

var classInfo = [numClasses]struct {
	kind string // the configuration's sink kind
	rule string // the rule id
}{
	SQL:             {"sql", "KR601"},
	Shell:           {"shell", "KR602"},
	Code:            {"code", "KR603"},
	Path:            {"path", "KR604"},
	Redirect:        {"redirect", "KR605"},
	SSRF:            {"ssrf", "KR606"},
	Deserialization: {"deserialization", "KR607"},
	XPath:           {"xpath", "KR608"},
	LDAP:            {"ldap", "KR609"},
	XXE:             {"xxe", "KR610"},
	Header:          {"header", "KR611"},
	Session:         {"session", "KR612"},
	XSS:             {"xss", "KR701"},
	SSTI:            {"ssti", "KR702"},
}

// Kind returns the class's name in configurations ("sql").
func (c Class) Kind() string { return classInfo[c].kind }

// RuleID returns the id of the class's rule ("KR601").
func (c Class) RuleID() string { return classInfo[c].rule }

// ClassOfKind returns the class of a configuration sink kind.
func ClassOfKind(kind string) (Class, bool) {
	for c := Class(0); c < numClasses; c++ {
		if classInfo[c].kind == kind {
			return c, true
		}
	}
	return 0, false
}

// ClassOfRule returns the class of a rule id.
func ClassOfRule(id string) (Class, bool) {
	for c := Class(0); c < numClasses; c++ {
		if classInfo[c].rule == id {
			return c, true
		}
	}
	return 0, false
}

// SourceKind says where untrusted data comes from.
type SourceKind uint8

// The source kinds. HTTP input is attacker-controlled; command-line and
// environment input is controlled by whoever runs the program, a weaker
// threat, reported at lower severity.
const (
	NoSource SourceKind = iota
	HTTP
	CLI
	Env
)

func (k SourceKind) String() string {
	switch k {
	case HTTP:
		return "HTTP request data"
	case CLI:
		return "command-line input"
	case Env:
		return "an environment variable"
	}
	return "user input"
}

// sinkSpec describes the dangerous arguments of a sink call.
type sinkSpec struct {
	class Class
	// args are positional indexes; kwargs keyword names. Empty both:
	// every argument.
	args   []int
	kwargs []string
	// recv makes the receiver of a method call the dangerous value
	// (pathlib.Path(x).read_text()).
	recv bool
	// special names a check that decides whether the call is a sink and
	// which value matters (shell=True, unsafe yaml loaders).
	special string
}

// Models are the taint models: where tainted data comes from, where it
// must not go, what cleans it and what passes it on. The built-in models
// come from the tables below; a project adds its own from
// [tool.krait.taint].
type Models struct {
	// disabled are the source kinds turned off ([tool.krait.taint]
	// disable-sources): their data is not tainted.
	disabled [Env + 1]bool
	// attrSources are qualified names whose value, when read, is
	// tainted (flask.request.args, sys.argv).
	attrSources map[string]SourceKind
	// callSources are calls whose result is tainted (input(),
	// os.getenv).
	callSources map[string]SourceKind
	// routeDecorators make the parameters of the functions they decorate
	// tainted: attribute names of a decorator call (app.route("/x")).
	routeDecorators map[string]bool
	// sinks by qualified name; methodSinks by method name on a receiver
	// krait cannot resolve (cursor.execute).
	sinks       map[string][]sinkSpec
	methodSinks map[string][]sinkSpec
	// sinkProp are sinks whose result still carries the input: what
	// compile() makes from tainted source is tainted code.
	sinkProp map[string]bool
	// recvSinks are method names that are sinks for a tainted receiver
	// (Path(x).read_text()).
	recvSinks map[string][]sinkSpec
	// sanitizers map a qualified name or a method name to the classes
	// its result is clean for.
	sanitizers       map[string]Mask
	methodSanitizers map[string]Mask
	// normalizers return a normalised path (realpath) that a containment
	// check can then vouch for.
	normalizers map[string]bool
	// noProp are calls whose result carries no taint (len, isinstance),
	// and methods that answer a question about their receiver
	// (startswith).
	noProp       map[string]bool
	methodNoProp map[string]bool
	// guards are calls that, when true, make their first argument safe
	// for a class (url_has_allowed_host_and_scheme).
	guards map[string]Mask
	// terminators end the current path (abort(404), sys.exit()).
	terminators map[string]bool
	// propagators are user models for calls that pass taint from some
	// arguments only.
	propagators map[string]int32
	propList    []propSpec
	// patterns are user models written with wildcards, checked when no
	// exact name matches.
	patterns []patternModel
}

type propSpec struct {
	args   []int
	kwargs []string
	toRecv bool
}

// patternModel is a user model written with wildcards: what a matching
// name is.
type patternModel struct {
	pattern string
	what    patternKind
	src     SourceKind
	spec    sinkSpec
	mask    Mask
	prop    int32
}

type patternKind uint8

const (
	patAttrSource patternKind = iota
	patCallSource
	patRoute
	patSink
	patSanitizer
	patProp
)

var httpRequestAttrs = []string{"args", "form", "values", "json", "data", "files", "cookies", "headers",
	"environ", "path", "full_path", "url", "base_url", "query_string", "view_args", "stream", "host",
	"host_url", "url_root", "script_root", "authorization", "args_list", "mimetype_params", "input_stream"}

// DefaultModels returns the built-in models.
func DefaultModels() *Models {
	m := &Models{
		attrSources:      map[string]SourceKind{},
		callSources:      map[string]SourceKind{},
		routeDecorators:  map[string]bool{},
		sinks:            map[string][]sinkSpec{},
		methodSinks:      map[string][]sinkSpec{},
		sinkProp:         map[string]bool{"compile": true, "builtins.compile": true},
		recvSinks:        map[string][]sinkSpec{},
		sanitizers:       map[string]Mask{},
		methodSanitizers: map[string]Mask{},
		normalizers:      map[string]bool{},
		noProp:           map[string]bool{},
		methodNoProp:     map[string]bool{},
		guards:           map[string]Mask{},
		terminators:      map[string]bool{},
		propagators:      map[string]int32{},
	}
	// Sources.
	for _, base := range []string{"flask.request", "flask.globals.request", "quart.request", "werkzeug.local.request"} {
		for _, a := range httpRequestAttrs {
			m.attrSources[base+"."+a] = HTTP
		}
		for _, f := range []string{"get_json", "get_data"} {
			m.callSources[base+"."+f] = HTTP
		}
	}
	m.attrSources["sys.argv"] = CLI
	m.attrSources["sys.stdin"] = CLI
	m.attrSources["os.environ"] = Env
	m.attrSources["os.environb"] = Env
	for _, f := range []string{"input", "raw_input", "builtins.input", "getpass.getpass", "fileinput.input"} {
		m.callSources[f] = CLI
	}
	for _, f := range []string{"argparse.ArgumentParser.parse_args", "argparse.ArgumentParser.parse_known_args",
		"argparse.ArgumentParser.parse_intermixed_args", "optparse.OptionParser.parse_args", "click.prompt", "typer.prompt"} {
		m.callSources[f] = CLI
	}
	for _, f := range []string{"os.getenv", "os.getenvb", "os.environ.get", "os.environ.copy"} {
		m.callSources[f] = Env
	}
	for _, d := range []string{"route", "get", "post", "put", "patch", "delete", "head", "options", "api_route", "websocket", "view"} {
		m.routeDecorators[d] = true
	}

	// Sinks.
	sink := func(class Class, names []string, args []int, kwargs ...string) {
		for _, n := range names {
			m.sinks[n] = append(m.sinks[n], sinkSpec{class: class, args: args, kwargs: kwargs})
		}
	}
	special := func(class Class, names []string, sp string) {
		for _, n := range names {
			m.sinks[n] = append(m.sinks[n], sinkSpec{class: class, special: sp})
		}
	}
	method := func(class Class, names []string, args []int, kwargs ...string) {
		for _, n := range names {
			m.methodSinks[n] = append(m.methodSinks[n], sinkSpec{class: class, args: args, kwargs: kwargs})
		}
	}
	first := []int{0}
	second := []int{1}

	// SQL.
	method(SQL, []string{"execute", "executemany", "executescript", "mogrify", "exec_driver_sql"}, first, "sql", "statement", "query", "operation")
	sink(SQL, []string{"sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text",
		"pandas.read_sql", "pandas.read_sql_query", "django.db.models.expressions.RawSQL", "django.db.models.RawSQL"}, first, "sql", "text")
	method(SQL, []string{"raw"}, first, "raw_query")
	m.methodSinks["extra"] = append(m.methodSinks["extra"], sinkSpec{class: SQL, special: "extra"})
	// Commands.
	sink(Shell, []string{"os.system", "os.popen", "os.popen2", "os.popen3", "os.popen4", "commands.getoutput",
		"commands.getstatusoutput", "subprocess.getoutput", "subprocess.getstatusoutput", "asyncio.create_subprocess_shell",
		"pty.spawn", "popen2.popen2", "popen2.popen3", "popen2.popen4"}, first, "cmd", "command")
	special(Shell, []string{"subprocess.Popen", "subprocess.call", "subprocess.check_call", "subprocess.check_output",
		"subprocess.run"}, "subprocess")
	special(Shell, []string{"asyncio.create_subprocess_exec", "os.execl", "os.execle", "os.execlp", "os.execlpe", "os.execv",
		"os.execve", "os.execvp", "os.execvpe", "os.spawnl", "os.spawnle", "os.spawnlp", "os.spawnlpe", "os.spawnv",
		"os.spawnve", "os.spawnvp", "os.spawnvpe", "os.startfile"}, "exec")
	method(Shell, []string{"exec_command"}, first, "command")
	method(Path, []string{"extractall", "extract"}, first, "path")
	// Code.
	sink(Code, []string{"eval", "exec", "compile", "__import__", "importlib.import_module", "importlib.__import__",
		"builtins.eval", "builtins.exec", "builtins.compile"}, first, "source", "name", "object")
	// Paths.
	sink(Path, []string{"open", "io.open", "codecs.open", "builtins.open", "os.open", "os.remove", "os.unlink", "os.rmdir",
		"os.removedirs", "os.mkdir", "os.makedirs", "os.listdir", "os.scandir", "os.chmod", "os.chown", "os.truncate",
		"os.walk", "os.utime", "shutil.rmtree", "shutil.make_archive", "shutil.unpack_archive",
		"shelve.open", "dbm.open", "flask.send_file", "flask.helpers.send_file", "fileinput.FileInput", "aiofiles.open",
		"django.http.FileResponse", "starlette.responses.FileResponse", "fastapi.responses.FileResponse",
		"aiohttp.web.FileResponse", "flask.send_from_directory"}, first, "file", "path", "name", "filename", "path_or_file", "directory")
	sink(Path, []string{"os.rename", "os.replace", "os.link", "os.symlink", "shutil.copy", "shutil.copy2", "shutil.copyfile",
		"shutil.copytree", "shutil.move", "shutil.copymode", "shutil.copystat"}, []int{0, 1}, "src", "dst")
	for _, n := range []string{"read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir", "mkdir",
		"touch", "iterdir", "symlink_to", "chmod"} {
		m.recvSinks[n] = append(m.recvSinks[n], sinkSpec{class: Path, recv: true})
	}
	// open(), replace() and rename() are too common as method names (a
	// str's replace, a DataFrame's rename) to be sinks on any receiver; on
	// a Path (Path(base, name).open()) they are.
	for _, n := range []string{"open", "replace", "rename"} {
		q := "pathlib.Path." + n
		m.sinks[q] = append(m.sinks[q], sinkSpec{class: Path, recv: true})
	}
	// Redirects.
	sink(Redirect, []string{"flask.redirect", "werkzeug.utils.redirect", "django.shortcuts.redirect",
		"django.http.HttpResponseRedirect", "django.http.HttpResponsePermanentRedirect", "django.http.response.HttpResponseRedirect",
		"starlette.responses.RedirectResponse", "fastapi.responses.RedirectResponse", "aiohttp.web.HTTPFound",
		"aiohttp.web.HTTPSeeOther", "aiohttp.web.HTTPTemporaryRedirect", "aiohttp.web.HTTPMovedPermanently"}, first, "location", "url", "to")
	// SSRF.
	var verbs = []string{"get", "post", "put", "patch", "delete", "head", "options"}
	var ssrf []string
	for _, lib := range []string{"requests", "httpx", "requests.Session", "requests.sessions.Session", "httpx.Client",
		"httpx.AsyncClient", "aiohttp.ClientSession"} {
		for _, v := range verbs {
			ssrf = append(ssrf, lib+"."+v)
		}
		ssrf = append(ssrf, lib+".stream")
	}
	sink(SSRF, ssrf, first, "url")
	sink(SSRF, []string{"requests.request", "httpx.request", "requests.Session.request", "httpx.Client.request",
		"httpx.AsyncClient.request", "aiohttp.ClientSession.request", "urllib3.PoolManager.request",
		"urllib3.request"}, second, "url")
	sink(SSRF, []string{"urllib.request.urlopen", "urllib.request.urlretrieve",
		"urllib2.urlopen", "http.client.HTTPConnection", "http.client.HTTPSConnection", "socket.create_connection"}, first, "url", "host", "address")
	// Deserialisation.
	sink(Deserialization, []string{"pickle.loads", "pickle.load", "cPickle.loads", "cPickle.load", "_pickle.loads",
		"dill.loads", "dill.load", "marshal.loads", "marshal.load", "jsonpickle.decode", "jsonpickle.loads",
		"pandas.read_pickle", "yaml.unsafe_load", "yaml.full_load", "yaml.unsafe_load_all", "shelve.Shelf", "shelve.open",
		"numpy.load", "joblib.load"}, first, "data", "file", "s", "string", "stream")
	special(Deserialization, []string{"yaml.load", "yaml.load_all"}, "yaml")
	special(Deserialization, []string{"torch.load"}, "torch")
	// XPath, LDAP, XXE.
	method(XPath, []string{"xpath"}, first, "_path", "path")
	sink(XPath, []string{"lxml.etree.XPath", "lxml.etree.ETXPath"}, first, "path")
	method(LDAP, []string{"search_s", "search_st", "search_ext", "search_ext_s"}, []int{2}, "filterstr")
	m.methodSinks["search"] = append(m.methodSinks["search"], sinkSpec{class: LDAP, special: "ldapsearch"})
	special(XXE, []string{"lxml.etree.fromstring", "lxml.etree.XML", "lxml.etree.parse", "lxml.etree.iterparse",
		"lxml.etree.XMLID"}, "lxml")
	special(XXE, []string{"xml.sax.parseString", "xml.sax.parse", "xml.dom.pulldom.parseString", "xml.dom.pulldom.parse",
		"xml.sax.make_parser.parse", "xml.sax.make_parser.feed", "xml.sax.expatreader.create_parser.parse"}, "sax")
	method(Path, []string{"save"}, first, "dst")
	// Headers, cookies.
	method(Header, []string{"set_cookie"}, []int{0, 1}, "key", "value", "domain", "path")
	method(Header, []string{"add_header"}, []int{0, 1})
	// XSS and templates.
	sink(XSS, []string{"markupsafe.Markup", "flask.Markup", "jinja2.Markup", "django.utils.safestring.mark_safe",
		"django.utils.safestring.SafeString", "django.utils.safestring.SafeText", "django.utils.html.format_html",
		"starlette.responses.HTMLResponse", "fastapi.responses.HTMLResponse"}, first, "content", "format_string", "s")
	special(XSS, []string{"django.http.HttpResponse", "django.http.response.HttpResponse", "aiohttp.web.Response",
		"flask.Response", "flask.make_response", "werkzeug.wrappers.Response", "starlette.responses.Response",
		"fastapi.Response", "fastapi.responses.Response"}, "response")
	sink(SSTI, []string{"flask.render_template_string", "jinja2.Template", "jinja2.environment.Template",
		"django.template.Template", "mako.template.Template", "jinja2.Environment.from_string",
		"jinja2.sandbox.SandboxedEnvironment.from_string"}, first, "source", "text")
	method(SSTI, []string{"from_string"}, first, "source")

	// Sanitizers.
	for _, n := range []string{"int", "float", "bool", "complex", "uuid.UUID", "decimal.Decimal", "fractions.Fraction",
		"ipaddress.ip_address", "ipaddress.IPv4Address", "ipaddress.IPv6Address", "datetime.date.fromisoformat",
		"datetime.datetime.fromisoformat", "datetime.datetime.strptime", "hashlib.sha256", "hashlib.md5", "hashlib.sha1",
		"hmac.new", "len", "hash", "id", "ord", "round", "abs", "bin", "hex", "oct", "base64.b64encode",
		"binascii.hexlify", "secrets.compare_digest", "hmac.compare_digest", "builtins.int"} {
		m.sanitizers[n] = All
	}
	for _, n := range []string{"shlex.quote", "pipes.quote", "shlex.join"} {
		m.sanitizers[n] |= Shell.Bit()
	}
	for _, n := range []string{"html.escape", "markupsafe.escape", "flask.escape", "jinja2.escape", "cgi.escape",
		"django.utils.html.escape", "django.utils.html.conditional_escape", "bleach.clean", "bleach.linkify",
		"django.utils.html.strip_tags", "markupsafe.Markup.escape", "markupsafe.Markup.format", "flask.Markup.format", "jinja2.Markup.format", "xml.sax.saxutils.escape"} {
		m.sanitizers[n] |= XSS.Bit()
	}
	for _, n := range []string{"werkzeug.utils.secure_filename", "werkzeug.secure_filename", "os.path.basename",
		"django.utils.text.get_valid_filename", "pathvalidate.sanitize_filename", "werkzeug.security.safe_join",
		"flask.safe_join"} {
		m.sanitizers[n] |= Path.Bit()
	}
	for _, n := range []string{"ldap.filter.escape_filter_chars", "ldap.filter.filter_format", "ldap.dn.escape_dn_chars", "ldap3.utils.conv.escape_filter_chars",
		"ldap3.utils.dn.escape_rdn"} {
		m.sanitizers[n] |= LDAP.Bit()
	}
	for _, n := range []string{"urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode"} {
		m.sanitizers[n] |= Header.Bit() | Shell.Bit() | Path.Bit() | SQL.Bit() | Code.Bit() | XSS.Bit()
	}
	// Encodings and ciphers whose output is a restricted alphabet (base64,
	// hex, a token): no line break or separator can come through into a
	// header or cookie.
	for _, n := range []string{"base64.b64encode", "base64.urlsafe_b64encode", "base64.b32encode", "base64.b16encode",
		"base64.standard_b64encode", "binascii.hexlify", "binascii.b2a_hex", "cryptography.fernet.Fernet.encrypt",
		"cryptography.fernet.MultiFernet.encrypt", "jwt.encode", "itsdangerous.URLSafeSerializer.dumps",
		"itsdangerous.URLSafeTimedSerializer.dumps", "itsdangerous.Signer.sign", "itsdangerous.TimestampSigner.sign"} {
		m.sanitizers[n] |= Header.Bit()
	}
	m.methodSanitizers["hexdigest"] |= Header.Bit()
	for _, n := range []string{"json.dumps"} {
		m.sanitizers[n] |= Shell.Bit() | Path.Bit() | Redirect.Bit() | SSRF.Bit() | Header.Bit()
	}
	m.methodSanitizers["isdigit"] = All
	for _, n := range []string{"os.path.realpath", "os.path.abspath", "os.path.normpath", "pathlib.Path.resolve",
		"posixpath.realpath", "posixpath.abspath", "posixpath.normpath"} {
		m.normalizers[n] = true
	}
	m.normalizers["resolve"] = true // Path(...).resolve()

	for _, n := range []string{"len", "isinstance", "issubclass", "hasattr", "callable", "type", "id", "hash",
		"print", "repr", "sorted", "os.path.exists", "os.path.isfile", "os.path.isdir", "os.path.islink",
		"os.path.getsize", "os.path.getmtime", "logging.info", "logging.debug", "logging.warning", "logging.error",
		"logging.exception", "logging.critical", "secrets.token_hex", "secrets.token_urlsafe", "uuid.uuid4", "time.time",
		"re.escape", "flask.jsonify", "json.dump", "flask.render_template", "django.shortcuts.render",
		"django.template.loader.render_to_string", "django.http.JsonResponse", "starlette.responses.JSONResponse",
		"fastapi.responses.JSONResponse", "aiohttp.web.json_response",
		// A row fetched by a lookup is the database's, not the key's.
		"django.shortcuts.get_object_or_404", "django.shortcuts.get_list_or_404"} {
		m.noProp[n] = true
	}
	for _, n := range []string{"TemplateResponse", "render_template", "render_to_response", "render_to_string", "render",
		"startswith", "endswith", "isdigit", "isalnum", "isalpha", "isnumeric", "isdecimal",
		"isidentifier", "islower", "isupper", "isspace", "istitle", "isascii", "count", "index", "find", "rfind",
		"rindex", "exists", "is_file", "is_dir", "is_absolute", "is_relative_to", "match_host", "info", "debug",
		"warning", "error", "exception", "critical", "log", "__len__", "__contains__", "fullmatch_bool", "has_key",
		"__eq__", "write", "append_log"} {
		m.methodNoProp[n] = true
	}
	for _, n := range []string{"flask.url_for", "django.urls.reverse", "django.shortcuts.resolve_url", "starlette.datastructures.URL.include_query_params"} {
		m.sanitizers[n] |= Redirect.Bit() | SSRF.Bit()
	}
	m.guards["django.utils.http.url_has_allowed_host_and_scheme"] = Redirect.Bit() | SSRF.Bit()
	m.guards["django.utils.http.is_safe_url"] = Redirect.Bit() | SSRF.Bit()
	for _, n := range []string{"flask.abort", "werkzeug.exceptions.abort", "sys.exit", "os._exit", "exit", "quit",
		"fastapi.HTTPException", "django.core.exceptions.PermissionDenied"} {
		m.terminators[n] = true
	}
	return m
}

// matchPattern reports whether a qualified name matches a pattern of
// dot-separated segments where "*" matches a run of identifier characters
// within a segment and a "**" segment any number of segments.
func matchPattern(pattern, name string) bool {
	return matchSegs(strings.Split(pattern, "."), strings.Split(name, "."))
}

func matchSegs(p, n []string) bool {
	for len(p) > 0 {
		if p[0] == "**" {
			for i := 0; i <= len(n); i++ {
				if matchSegs(p[1:], n[i:]) {
					return true
				}
			}
			return false
		}
		if len(n) == 0 || !matchSeg(p[0], n[0]) {
			return false
		}
		p, n = p[1:], n[1:]
	}
	return len(n) == 0
}

func matchSeg(p, s string) bool {
	if p == "" {
		return s == ""
	}
	if p[0] == '*' {
		for i := 0; i <= len(s); i++ {
			if matchSeg(p[1:], s[i:]) {
				return true
			}
		}
		return false
	}
	return s != "" && s[0] == p[0] && matchSeg(p[1:], s[1:])
}

// AddConfig adds the models of a configuration ([tool.krait.taint]).
func (m *Models) AddConfig(tm config.TaintModels) error {
	for _, k := range tm.DisableSources {
		switch k {
		case "http":
			m.disabled[HTTP] = true
		case "cli":
			m.disabled[CLI] = true
		case "env":
			m.disabled[Env] = true
		default:
			return fmt.Errorf("taint: unknown source kind %q", k)
		}
	}
	target := func(t config.TaintTarget, pm patternModel, apply func(name string)) {
		if t.Qualname != "" {
			apply(t.Qualname)
			return
		}
		pm.pattern = t.Pattern
		m.patterns = append(m.patterns, pm)
	}
	for _, s := range tm.Sources {
		kind := HTTP
		switch s.Kind {
		case "cli":
			kind = CLI
		case "env":
			kind = Env
		}
		switch s.From {
		case "attribute":
			target(s.TaintTarget, patternModel{what: patAttrSource, src: kind}, func(n string) { m.attrSources[n] = kind })
		case "parameters":
			target(s.TaintTarget, patternModel{what: patRoute}, func(n string) { m.routeDecorators[lastSegment(n)] = true })
		default:
			target(s.TaintTarget, patternModel{what: patCallSource, src: kind}, func(n string) { m.callSources[n] = kind })
		}
	}
	for _, s := range tm.Sinks {
		c, ok := ClassOfKind(s.Kind)
		if !ok {
			return fmt.Errorf("taint sink %s: unknown kind %q", s.Qualname+s.Pattern, s.Kind)
		}
		spec := sinkSpec{class: c, args: s.Args, kwargs: s.Kwargs}
		target(s.TaintTarget, patternModel{what: patSink, spec: spec}, func(n string) { m.sinks[n] = append(m.sinks[n], spec) })
	}
	for _, s := range tm.Sanitizers {
		mask := All
		if s.Kind != "" {
			c, ok := ClassOfKind(s.Kind)
			if !ok {
				return fmt.Errorf("taint sanitizer %s: unknown kind %q", s.Qualname+s.Pattern, s.Kind)
			}
			mask = c.Bit()
		}
		target(s.TaintTarget, patternModel{what: patSanitizer, mask: mask}, func(n string) { m.sanitizers[n] |= mask })
	}
	for _, p := range tm.Propagators {
		spec := propSpec{args: p.Args, kwargs: p.Kwargs, toRecv: p.To == "receiver"}
		m.propList = append(m.propList, spec)
		idx := int32(len(m.propList) - 1)
		target(p.TaintTarget, patternModel{what: patProp, prop: idx}, func(n string) { m.propagators[n] = idx })
	}
	return nil
}

func lastSegment(q string) string {
	if i := strings.LastIndexByte(q, '.'); i >= 0 {
		return q[i+1:]
	}
	return q
}
