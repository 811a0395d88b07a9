// Package taint holds krait's taint rules: one per vulnerability class
// (KR6xx injection, KR7xx XSS and templates). Their findings come from
// the project-wide data-flow analysis of internal/taint, which follows
// untrusted input from where it enters (an HTTP request, the command
// line, the environment) to a sink of the class, across functions and
// modules; the rules here carry the metadata (documentation, severity,
// CWE) and turn the analysis on when selected.
package taint

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/taint"
)

// Rules returns the taint rules.
func Rules() []*analysis.Rule { return rules }

// ByClass maps the analysis's classes to their rules.
func ByClass() map[taint.Class]*analysis.Rule { return byClass }

const commonNotes = "Sources: Flask/Werkzeug request data and route parameters, Django and DRF requests and URL parameters, " +
	"FastAPI/Starlette handler parameters and Request objects, aiohttp requests; and, reported one level lower in " +
	"severity and confidence, command-line arguments, input() and environment variables. The flow is followed through " +
	"assignments, string building, containers, attributes, calls to the project's own functions in any module (and " +
	"their return values), class fields and decorators; a finding lists every step. Library calls krait has no model " +
	"for pass taint from their arguments to their result. Models are data: [tool.krait.taint] adds sources, sinks, " +
	"sanitizers and propagators."

// rule makes a taint rule; class is the analysis's class the id stands
// for, checked against taint.ClassOfRule so that the two tables agree.
func rule(id, name, title string, class taint.Class, sev, conf analysis.Level, cwe int, why, bad, good, notes string) *analysis.Rule {
	if c, ok := taint.ClassOfRule(id); !ok || c != class {
		panic("rules/taint: " + id + " is not the rule of class " + class.Kind())
	}
	return &analysis.Rule{ID: id, Name: name, Title: title, Why: why, Bad: bad, Good: good, Notes: notes + " " + commonNotes,
		Severity: sev, Confidence: conf, CWE: cwe, Since: "0.1.0", Default: true}
}

var rules = []*analysis.Rule{
	rule("KR601", "sql_injection", "SQL injection", taint.SQL, analysis.High, analysis.High, 89,
		"User input formatted into an SQL statement can end the string it was meant to be and run its own SQL: read or change any row, or worse.",
		"from flask import request\n\ndef search(db):\n    q = request.args[\"q\"]\n    return db.execute(f\"SELECT * FROM items WHERE name = '{q}'\")",
		"from flask import request\n\ndef search(db):\n    q = request.args[\"q\"]\n    return db.execute(\"SELECT * FROM items WHERE name = ?\", (q,))",
		"Sinks: DB-API execute/executemany/executescript, SQLAlchemy text() and execute, pandas.read_sql, Django raw(), extra() and RawSQL. The parameters argument of execute is not a sink. Covers Bandit's B608 (which reports every formatted query, whether or not input reaches it)."),
	rule("KR602", "command_injection", "OS command injection", taint.Shell, analysis.High, analysis.High, 78,
		"A shell parses quotes, ;, |, $( ) and backticks: input in a shell command runs the attacker's commands; input as the program to run picks the program.",
		"import subprocess\nfrom flask import request\n\ndef ping():\n    host = request.args[\"host\"]\n    return subprocess.check_output(\"ping -c 1 \" + host, shell=True)",
		"import subprocess\nfrom flask import request\n\ndef ping():\n    host = request.args[\"host\"]\n    return subprocess.check_output([\"ping\", \"-c\", \"1\", \"--\", host])",
		"Sinks: os.system, os.popen, subprocess with shell=True (or a tainted program as the first item), os.exec*/spawn*, asyncio subprocesses, paramiko exec_command. shlex.quote sanitises. Covers Bandit's B602, B604, B605 and B603."),
	rule("KR603", "code_injection", "Code injection", taint.Code, analysis.High, analysis.High, 94,
		"eval, exec and compile run Python; __import__ and import_module load the module named. Input there runs the attacker's code.",
		"from flask import request\n\ndef calc():\n    return str(eval(request.args[\"expr\"]))",
		"import ast\nfrom flask import request\n\ndef calc():\n    return str(ast.literal_eval(request.args[\"expr\"]))",
		"Covers Bandit's B307 and B102."),
	rule("KR604", "path_traversal", "Path traversal", taint.Path, analysis.High, analysis.Medium, 22,
		"A file name from input can be ../../etc/passwd or an absolute path: the program reads, writes or deletes a file the user should not reach.",
		"import os\nfrom flask import request\n\ndef download():\n    name = request.args[\"name\"]\n    return open(os.path.join(\"/srv/files\", name)).read()",
		"import os\nfrom flask import abort, request\n\nBASE = \"/srv/files\"\n\ndef download():\n    path = os.path.realpath(os.path.join(BASE, request.args[\"name\"]))\n    if not path.startswith(BASE + os.sep):\n        abort(404)\n    return open(path).read()",
		"Sinks: open and the os, shutil and pathlib file operations, send_file, FileResponse, archive and shelve opens. secure_filename and os.path.basename sanitise; realpath/abspath/normpath followed by a startswith or commonpath check that aborts is a guard."),
	rule("KR605", "open_redirect", "Open redirect", taint.Redirect, analysis.Medium, analysis.Medium, 601,
		"Redirecting to a URL from input sends users to the attacker's site from a link that shows yours (phishing, token theft).",
		"from flask import redirect, request\n\ndef login_done():\n    return redirect(request.args[\"next\"])",
		"from flask import redirect, request, url_for\nfrom urllib.parse import urlparse\n\ndef login_done():\n    target = request.args.get(\"next\", \"\")\n    if urlparse(target).netloc not in (\"\", \"example.com\"):\n        target = url_for(\"index\")\n    return redirect(target)",
		"Sinks: Flask/Werkzeug redirect, Django redirect and HttpResponseRedirect, Starlette RedirectResponse, aiohttp HTTPFound. A URL whose scheme and host are constant, and Django's url_has_allowed_host_and_scheme check, are safe."),
	rule("KR606", "ssrf", "Server-side request forgery", taint.SSRF, analysis.High, analysis.Medium, 918,
		"A server that fetches a URL from input can be made to call internal services, cloud metadata endpoints or other hosts with its own network position and credentials.",
		"import requests\nfrom flask import request\n\ndef preview():\n    return requests.get(request.args[\"url\"], timeout=5).text",
		"import requests\nfrom flask import request\n\ndef weather():\n    city = request.args[\"city\"]\n    return requests.get(\"https://api.weather.example/v1/\" + city, timeout=5).text",
		"Sinks: requests, httpx, urllib, urllib3, aiohttp client and http.client URLs. Only a tainted host is reported: input after a constant scheme and host (https://api.example.com/…) is not."),
	rule("KR607", "unsafe_deserialization", "Deserialisation of untrusted data", taint.Deserialization, analysis.High, analysis.High, 502,
		"pickle, marshal, dill, jsonpickle, unsafe YAML loaders and torch.load build objects the data chooses and can run code while doing it.",
		"import pickle\nfrom flask import request\n\ndef restore():\n    return pickle.loads(request.get_data())",
		"import json\nfrom flask import request\n\ndef restore():\n    return json.loads(request.get_data())",
		"yaml.load with SafeLoader and torch.load(weights_only=True) are safe. Covers Bandit's B301, B302, B506 and B614."),
	rule("KR608", "xpath_injection", "XPath injection", taint.XPath, analysis.Medium, analysis.High, 643,
		"Input in an XPath expression changes the query: it can select other nodes than intended, or all of them.",
		"from flask import request\nfrom lxml import etree\n\ndef find(tree):\n    return tree.xpath(\"//user[name='\" + request.args[\"name\"] + \"']\")",
		"from flask import request\nfrom lxml import etree\n\ndef find(tree):\n    return tree.xpath(\"//user[name=$name]\", name=request.args[\"name\"])",
		"Sinks: xpath() of lxml trees and elements, lxml.etree.XPath. Variables passed as keyword arguments are safe."),
	rule("KR609", "ldap_injection", "LDAP injection", taint.LDAP, analysis.High, analysis.High, 90,
		"Input in an LDAP search filter can widen it (*)(uid=*) or change its logic, exposing or matching other entries (authentication bypass).",
		"import ldap\nfrom flask import request\n\ndef lookup(conn):\n    return conn.search_s(\"dc=example,dc=com\", ldap.SCOPE_SUBTREE, \"(uid=\" + request.args[\"user\"] + \")\")",
		"import ldap\nfrom ldap.filter import escape_filter_chars\nfrom flask import request\n\ndef lookup(conn):\n    user = escape_filter_chars(request.args[\"user\"])\n    return conn.search_s(\"dc=example,dc=com\", ldap.SCOPE_SUBTREE, \"(uid=\" + user + \")\")",
		"Sinks: python-ldap search* filters, ldap3 Connection.search filters. escape_filter_chars sanitises."),
	rule("KR610", "xxe", "XML external entity injection", taint.XXE, analysis.High, analysis.Medium, 611,
		"An XML parser that resolves external entities reads local files or internal URLs named by the document, and entity expansion can exhaust memory.",
		"from flask import request\nfrom lxml import etree\n\nparser = etree.XMLParser(resolve_entities=True)\n\ndef upload():\n    return etree.fromstring(request.get_data(), parser=parser)",
		"import defusedxml.ElementTree as ET\nfrom flask import request\n\ndef upload():\n    return ET.fromstring(request.get_data())",
		"Reported for tainted documents given to lxml with a parser made with resolve_entities=True, and to xml.sax when the module enables feature_external_ges."),
	rule("KR611", "header_injection", "HTTP header or cookie injection", taint.Header, analysis.Medium, analysis.Medium, 113,
		"Input in a response header or cookie can carry line breaks that add headers or split the response, or set cookies the application did not mean to.",
		"from flask import make_response, request\n\ndef lang():\n    resp = make_response(\"ok\")\n    resp.headers[\"Content-Language\"] = request.args[\"lang\"]\n    return resp",
		"from flask import make_response, request\n\nLANGS = {\"en\", \"fr\"}\n\ndef lang():\n    resp = make_response(\"ok\")\n    lang = request.args.get(\"lang\", \"en\")\n    if lang in LANGS:\n        resp.headers[\"Content-Language\"] = lang\n    return resp",
		"Sinks: stores into response headers (Flask, Werkzeug, Django), set_cookie, add_header."),
	rule("KR612", "trust_boundary_violation", "Untrusted data stored in the session", taint.Session, analysis.Low, analysis.Medium, 501,
		"Data in the session is later trusted as if the server had put it there; storing request data unchecked lets a client plant values other code relies on.",
		"from flask import request, session\n\ndef set_role():\n    session[\"role\"] = request.form[\"role\"]",
		"from flask import request, session\n\nROLES = {\"reader\", \"editor\"}\n\ndef set_role():\n    role = request.form[\"role\"]\n    if role not in ROLES:\n        return \"bad role\", 400\n    session[\"role\"] = role",
		"Sinks: stores into flask.session and Django's request.session."),
	rule("KR701", "xss", "Cross-site scripting", taint.XSS, analysis.Medium, analysis.High, 79,
		"Input inserted into an HTML page without escaping can carry script that runs in other users' browsers with the site's rights.",
		"from flask import Flask, request\napp = Flask(__name__)\n\n@app.route(\"/hello\")\ndef hello():\n    return f\"<h1>Hello {request.args['name']}</h1>\"",
		"from flask import Flask, render_template, request\napp = Flask(__name__)\n\n@app.route(\"/hello\")\ndef hello():\n    return render_template(\"hello.html\", name=request.args[\"name\"])",
		"Sinks: strings returned by Flask views, HttpResponse and other HTML responses, Markup, mark_safe, format_html's format string. html.escape and markupsafe.escape sanitise. Covers Bandit's B308, B703 and B704."),
	rule("KR702", "template_injection", "Server-side template injection", taint.SSTI, analysis.High, analysis.High, 1336,
		"A template built from input runs the attacker's template code, which in Jinja2 and Mako reaches Python objects and from there the operating system.",
		"from flask import render_template_string, request\n\ndef greet():\n    return render_template_string(\"Hello \" + request.args[\"name\"])",
		"from flask import render_template_string, request\n\ndef greet():\n    return render_template_string(\"Hello {{ name }}\", name=request.args[\"name\"])",
		"Sinks: render_template_string, jinja2.Template, Environment.from_string, Django and Mako Template constructors."),
}

var byClass = func() map[taint.Class]*analysis.Rule {
	m := map[taint.Class]*analysis.Rule{}
	for _, r := range rules {
		if c, ok := taint.ClassOfRule(r.ID); ok {
			m[c] = r
		}
	}
	return m
}()
