package bandit

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// Bandit's blocklists (B3xx calls, B4xx imports) are tables: each entry is
// one rule. As in Bandit, a node is reported by the first enabled entry
// that matches it, in table order: "import pickle, subprocess" gives B403
// only (Bandit's behaviour, kept for these ids), and ignoring B403 lets
// B404 report it.

// blEntry is one blocklist entry.
type blEntry struct {
	id, name string
	cwe      int
	level    analysis.Level
	// names are matched exactly against a call's qualified name, and as
	// prefixes of an imported module's name (Bandit compares text:
	// "import pickletools" starts with "pickle").
	names []string
	msg   string // {name} is replaced by the matched name
	title string
	why   string
	bad   string
	good  string
}

const xmlCallMsg = "Using {name} to parse untrusted XML data is known to be vulnerable to XML attacks. Replace {name} with its defusedxml equivalent function or make sure defusedxml.defuse_stdlib() is called"

const xmlImportMsg = "Using {name} to parse untrusted XML data is known to be vulnerable to XML attacks. Replace {name} with the equivalent defusedxml package, or make sure defusedxml.defuse_stdlib() is called."

const xmlWhy = "The standard library's XML parsers expand entities and may fetch external ones, so a crafted document can exhaust memory (billion laughs) or read local files (XXE). defusedxml offers the same functions with those features disabled."

var callBlacklist = []blEntry{
	{id: "B301", name: "pickle", cwe: 502, level: analysis.Medium,
		names: []string{"pickle.loads", "pickle.load", "pickle.Unpickler", "dill.loads", "dill.load", "dill.Unpickler", "shelve.open", "shelve.DbfilenameShelf", "jsonpickle.decode", "jsonpickle.unpickler.decode", "jsonpickle.unpickler.Unpickler", "pandas.read_pickle"},
		msg:   "Pickle and modules that wrap it can be unsafe when used to deserialize untrusted data, possible security issue.",
		title: "Deserialization with pickle or a module that wraps it",
		why:   "Unpickling runs code chosen by whoever wrote the data: a pickle can call any function on load. Data from a user, a network peer or a shared store must never be unpickled.",
		bad:   "import pickle\nsession = pickle.loads(request.cookies[\"session\"])",
		good:  "import json\nsession = json.loads(request.cookies[\"session\"])"},
	{id: "B302", name: "marshal", cwe: 502, level: analysis.Medium,
		names: []string{"marshal.load", "marshal.loads"},
		msg:   "Deserialization with the marshal module is possibly dangerous.",
		title: "Deserialization with marshal",
		why:   "marshal is an internal format for .pyc files; it is not safe against malformed or malicious data and can crash the interpreter or build unexpected code objects.",
		bad:   "import marshal\nobj = marshal.loads(blob)",
		good:  "import json\nobj = json.loads(blob)"},
	{id: "B303", name: "md5", cwe: 327, level: analysis.Medium,
		names: []string{"Crypto.Hash.MD2.new", "Crypto.Hash.MD4.new", "Crypto.Hash.MD5.new", "Crypto.Hash.SHA.new", "Cryptodome.Hash.MD2.new", "Cryptodome.Hash.MD4.new", "Cryptodome.Hash.MD5.new", "Cryptodome.Hash.SHA.new", "cryptography.hazmat.primitives.hashes.MD5", "cryptography.hazmat.primitives.hashes.SHA1"},
		msg:   "Use of insecure MD2, MD4, MD5, or SHA1 hash function.",
		title: "Weak hash function (MD2, MD4, MD5, SHA-1) from a crypto library",
		why:   "MD2, MD4, MD5 and SHA-1 have practical collision attacks; they must not protect integrity or authenticity (signatures, certificates, tokens). hashlib calls are B324's.",
		bad:   "from cryptography.hazmat.primitives import hashes\ndigest = hashes.Hash(hashes.MD5())",
		good:  "from cryptography.hazmat.primitives import hashes\ndigest = hashes.Hash(hashes.SHA256())"},
	{id: "B304", name: "ciphers", cwe: 327, level: analysis.High,
		names: []string{"Crypto.Cipher.ARC2.new", "Crypto.Cipher.ARC4.new", "Crypto.Cipher.Blowfish.new", "Crypto.Cipher.DES.new", "Crypto.Cipher.XOR.new", "Cryptodome.Cipher.ARC2.new", "Cryptodome.Cipher.ARC4.new", "Cryptodome.Cipher.Blowfish.new", "Cryptodome.Cipher.DES.new", "Cryptodome.Cipher.XOR.new", "cryptography.hazmat.primitives.ciphers.algorithms.ARC4", "cryptography.hazmat.primitives.ciphers.algorithms.Blowfish", "cryptography.hazmat.primitives.ciphers.algorithms.CAST5", "cryptography.hazmat.primitives.ciphers.algorithms.IDEA", "cryptography.hazmat.primitives.ciphers.algorithms.SEED", "cryptography.hazmat.primitives.ciphers.algorithms.TripleDES"},
		msg:   "Use of insecure cipher {name}. Replace with a known secure cipher such as AES.",
		title: "Weak cipher (RC2, RC4, Blowfish, DES, 3DES, CAST5, IDEA, SEED, XOR)",
		why:   "These ciphers have small keys or blocks, or known biases; traffic or data they protect can be decrypted. Use AES-GCM or ChaCha20-Poly1305.",
		bad:   "from Crypto.Cipher import DES\ncipher = DES.new(key, DES.MODE_ECB)",
		good:  "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\ncipher = AESGCM(key)"},
	{id: "B305", name: "cipher_modes", cwe: 327, level: analysis.Medium,
		names: []string{"cryptography.hazmat.primitives.ciphers.modes.ECB"},
		msg:   "Use of insecure cipher mode {name}.",
		title: "ECB cipher mode",
		why:   "ECB encrypts equal blocks to equal ciphertext, so patterns of the plaintext show through and blocks can be reordered undetected.",
		bad:   "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nc = Cipher(algorithms.AES(key), modes.ECB())",
		good:  "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nc = AESGCM(key)"},
	{id: "B306", name: "mktemp_q", cwe: 377, level: analysis.Medium,
		names: []string{"tempfile.mktemp"},
		msg:   "Use of insecure and deprecated function (mktemp).",
		title: "tempfile.mktemp",
		why:   "mktemp returns a name that does not exist yet; another process can create that file first (a symlink to a file you can write) before you open it.",
		bad:   "import tempfile\npath = tempfile.mktemp()\nopen(path, \"w\").write(data)",
		good:  "import tempfile\nwith tempfile.NamedTemporaryFile(\"w\", delete=False) as f:\n    f.write(data)"},
	{id: "B307", name: "eval", cwe: 78, level: analysis.Medium,
		names: []string{"eval"},
		msg:   "Use of possibly insecure function - consider using safer ast.literal_eval.",
		title: "eval",
		why:   "eval runs any Python expression; on text an attacker influences it runs their code. ast.literal_eval accepts only literals.",
		bad:   "value = eval(request.args[\"value\"])",
		good:  "import ast\nvalue = ast.literal_eval(request.args[\"value\"])"},
	{id: "B308", name: "mark_safe", cwe: 79, level: analysis.Medium,
		names: []string{"django.utils.safestring.mark_safe"},
		msg:   "Use of mark_safe() may expose cross-site scripting vulnerabilities and should be reviewed.",
		title: "django.utils.safestring.mark_safe",
		why:   "mark_safe turns off Django's autoescaping for a string; any user data inside it reaches the page as HTML. B703 looks at what is marked safe.",
		bad:   "from django.utils.safestring import mark_safe\nhtml = mark_safe(\"<b>%s</b>\" % name)",
		good:  "from django.utils.html import format_html\nhtml = format_html(\"<b>{}</b>\", name)"},
	{id: "B310", name: "urllib_urlopen", cwe: 22, level: analysis.Medium,
		names: []string{"urllib.request.urlopen", "urllib.request.urlretrieve", "urllib.request.URLopener", "urllib.request.FancyURLopener", "six.moves.urllib.request.urlopen", "six.moves.urllib.request.urlretrieve", "six.moves.urllib.request.URLopener", "six.moves.urllib.request.FancyURLopener"},
		msg:   "Audit url open for permitted schemes. Allowing use of file:/ or custom schemes is often unexpected.",
		title: "urllib URL opening without a scheme check",
		why:   "urlopen follows file:// and other schemes as well as http(s); a URL from a user can read local files.",
		bad:   "from urllib.request import urlopen\ndata = urlopen(url).read()",
		good:  "from urllib.parse import urlparse\nfrom urllib.request import urlopen\nif urlparse(url).scheme not in (\"http\", \"https\"):\n    raise ValueError(url)\ndata = urlopen(url).read()  # nosec B310"},
	{id: "B311", name: "random", cwe: 330, level: analysis.Low,
		names: []string{"random.Random", "random.random", "random.randrange", "random.randint", "random.choice", "random.choices", "random.uniform", "random.triangular", "random.randbytes", "random.sample", "random.randrange", "random.getrandbits"},
		msg:   "Standard pseudo-random generators are not suitable for security/cryptographic purposes.",
		title: "Pseudo-random generator used where it may need to be secure",
		why:   "The random module's Mersenne Twister is predictable from its output; tokens, passwords, keys and nonces need the secrets module.",
		bad:   "import random\ntoken = \"\".join(random.choice(ALPHABET) for _ in range(32))",
		good:  "import secrets\ntoken = secrets.token_urlsafe(32)"},
	{id: "B312", name: "telnetlib", cwe: 319, level: analysis.High,
		names: []string{"telnetlib.Telnet"},
		msg:   "Telnet-related functions are being called. Telnet is considered insecure. Use SSH or some other encrypted protocol.",
		title: "Telnet connection",
		why:   "Telnet sends everything, passwords included, in clear text.",
		bad:   "import telnetlib\ntn = telnetlib.Telnet(host)",
		good:  "import paramiko\nclient = paramiko.SSHClient()"},
	{id: "B313", name: "xml_bad_cElementTree", cwe: 20, level: analysis.Medium,
		names: []string{"xml.etree.cElementTree.parse", "xml.etree.cElementTree.iterparse", "xml.etree.cElementTree.fromstring", "xml.etree.cElementTree.XMLParser"},
		msg:   xmlCallMsg,
		title: "XML parsing with xml.etree.cElementTree",
		why:   xmlWhy,
		bad:   "import xml.etree.cElementTree as ET\ntree = ET.fromstring(body)",
		good:  "import defusedxml.ElementTree as ET\ntree = ET.fromstring(body)"},
	{id: "B314", name: "xml_bad_ElementTree", cwe: 20, level: analysis.Medium,
		names: []string{"xml.etree.ElementTree.parse", "xml.etree.ElementTree.iterparse", "xml.etree.ElementTree.fromstring", "xml.etree.ElementTree.XMLParser"},
		msg:   xmlCallMsg,
		title: "XML parsing with xml.etree.ElementTree",
		why:   xmlWhy,
		bad:   "import xml.etree.ElementTree as ET\ntree = ET.fromstring(body)",
		good:  "import defusedxml.ElementTree as ET\ntree = ET.fromstring(body)"},
	{id: "B315", name: "xml_bad_expatreader", cwe: 20, level: analysis.Medium,
		names: []string{"xml.sax.expatreader.create_parser"},
		msg:   xmlCallMsg,
		title: "XML parsing with xml.sax.expatreader",
		why:   xmlWhy,
		bad:   "import xml.sax.expatreader\nparser = xml.sax.expatreader.create_parser()",
		good:  "import defusedxml.expatreader\nparser = defusedxml.expatreader.create_parser()"},
	{id: "B316", name: "xml_bad_expatbuilder", cwe: 20, level: analysis.Medium,
		names: []string{"xml.dom.expatbuilder.parse", "xml.dom.expatbuilder.parseString"},
		msg:   xmlCallMsg,
		title: "XML parsing with xml.dom.expatbuilder",
		why:   xmlWhy,
		bad:   "from xml.dom import expatbuilder\ndoc = expatbuilder.parseString(body)",
		good:  "from defusedxml import expatbuilder\ndoc = expatbuilder.parseString(body)"},
	{id: "B317", name: "xml_bad_sax", cwe: 20, level: analysis.Medium,
		names: []string{"xml.sax.parse", "xml.sax.parseString", "xml.sax.make_parser"},
		msg:   xmlCallMsg,
		title: "XML parsing with xml.sax",
		why:   xmlWhy,
		bad:   "import xml.sax\nxml.sax.parseString(body, handler)",
		good:  "import defusedxml.sax\ndefusedxml.sax.parseString(body, handler)"},
	{id: "B318", name: "xml_bad_minidom", cwe: 20, level: analysis.Medium,
		names: []string{"xml.dom.minidom.parse", "xml.dom.minidom.parseString"},
		msg:   xmlCallMsg,
		title: "XML parsing with xml.dom.minidom",
		why:   xmlWhy,
		bad:   "from xml.dom import minidom\ndoc = minidom.parseString(body)",
		good:  "from defusedxml import minidom\ndoc = minidom.parseString(body)"},
	{id: "B319", name: "xml_bad_pulldom", cwe: 20, level: analysis.Medium,
		names: []string{"xml.dom.pulldom.parse", "xml.dom.pulldom.parseString"},
		msg:   xmlCallMsg,
		title: "XML parsing with xml.dom.pulldom",
		why:   xmlWhy,
		bad:   "from xml.dom import pulldom\nevents = pulldom.parseString(body)",
		good:  "from defusedxml import pulldom\nevents = pulldom.parseString(body)"},
	{id: "B321", name: "ftplib", cwe: 319, level: analysis.High,
		names: []string{"ftplib.FTP"},
		msg:   "FTP-related functions are being called. FTP is considered insecure. Use SSH/SFTP/SCP or some other encrypted protocol.",
		title: "FTP connection",
		why:   "FTP sends credentials and data in clear text.",
		bad:   "import ftplib\nftp = ftplib.FTP(host)",
		good:  "import paramiko\nsftp = paramiko.SFTPClient.from_transport(transport)"},
	{id: "B323", name: "unverified_context", cwe: 295, level: analysis.Medium,
		names: []string{"ssl._create_unverified_context"},
		msg:   "By default, Python will create a secure, verified ssl context for use in such classes as HTTPSConnection. However, it still allows using an insecure context via the _create_unverified_context that  reverts to the previous behavior that does not validate certificates or perform hostname checks.",
		title: "SSL context that does not verify certificates",
		why:   "ssl._create_unverified_context turns off certificate and host name checks, so anyone on the path can impersonate the server.",
		bad:   "import ssl\nctx = ssl._create_unverified_context()",
		good:  "import ssl\nctx = ssl.create_default_context()"},
}

var importBlacklist = []blEntry{
	{id: "B401", name: "import_telnetlib", cwe: 319, level: analysis.High,
		names: []string{"telnetlib"},
		msg:   "A telnet-related module is being imported.  Telnet is considered insecure. Use SSH or some other encrypted protocol.",
		title: "Import of telnetlib",
		why:   "Telnet sends everything, passwords included, in clear text.",
		bad:   "import telnetlib", good: "import paramiko"},
	{id: "B402", name: "import_ftplib", cwe: 319, level: analysis.High,
		names: []string{"ftplib"},
		msg:   "A FTP-related module is being imported.  FTP is considered insecure. Use SSH/SFTP/SCP or some other encrypted protocol.",
		title: "Import of ftplib",
		why:   "FTP sends credentials and data in clear text.",
		bad:   "import ftplib", good: "import paramiko"},
	{id: "B403", name: "import_pickle", cwe: 502, level: analysis.Low,
		names: []string{"pickle", "cPickle", "dill", "shelve"},
		msg:   "Consider possible security implications associated with {name} module.",
		title: "Import of pickle, cPickle, dill or shelve",
		why:   "These modules deserialize by running code the data chooses; an import is a reminder to check that no untrusted data reaches them (B301 reports the calls).",
		bad:   "import pickle", good: "import json"},
	{id: "B404", name: "import_subprocess", cwe: 78, level: analysis.Low,
		names: []string{"subprocess"},
		msg:   "Consider possible security implications associated with the subprocess module.",
		title: "Import of subprocess",
		why:   "A reminder that the module runs commands; B602–B607 look at the calls.",
		bad:   "import subprocess", good: "import subprocess  # nosec B404: commands are fixed lists"},
	{id: "B405", name: "import_xml_etree", cwe: 20, level: analysis.Low,
		names: []string{"xml.etree.cElementTree", "xml.etree.ElementTree"},
		msg:   xmlImportMsg, title: "Import of xml.etree",
		why: xmlWhy, bad: "import xml.etree.ElementTree as ET", good: "import defusedxml.ElementTree as ET"},
	{id: "B406", name: "import_xml_sax", cwe: 20, level: analysis.Low,
		names: []string{"xml.sax"},
		msg:   xmlImportMsg, title: "Import of xml.sax",
		why: xmlWhy, bad: "import xml.sax", good: "import defusedxml.sax"},
	{id: "B407", name: "import_xml_expat", cwe: 20, level: analysis.Low,
		names: []string{"xml.dom.expatbuilder"},
		msg:   xmlImportMsg, title: "Import of xml.dom.expatbuilder",
		why: xmlWhy, bad: "from xml.dom import expatbuilder", good: "from defusedxml import expatbuilder"},
	{id: "B408", name: "import_xml_minidom", cwe: 20, level: analysis.Low,
		names: []string{"xml.dom.minidom"},
		msg:   xmlImportMsg, title: "Import of xml.dom.minidom",
		why: xmlWhy, bad: "from xml.dom import minidom", good: "from defusedxml import minidom"},
	{id: "B409", name: "import_xml_pulldom", cwe: 20, level: analysis.Low,
		names: []string{"xml.dom.pulldom"},
		msg:   xmlImportMsg, title: "Import of xml.dom.pulldom",
		why: xmlWhy, bad: "from xml.dom import pulldom", good: "from defusedxml import pulldom"},
	{id: "B411", name: "import_xmlrpclib", cwe: 20, level: analysis.High,
		names: []string{"xmlrpc"},
		msg:   "Using {name} to parse untrusted XML data is known to be vulnerable to XML attacks. Use defusedxml.xmlrpc.monkey_patch() function to monkey-patch xmlrpclib and mitigate XML vulnerabilities.",
		title: "Import of xmlrpc",
		why:   "xmlrpc parses XML from the network with the standard library's parsers (see B405); defusedxml.xmlrpc.monkey_patch() hardens them.",
		bad:   "import xmlrpc.client", good: "import xmlrpc.client\nimport defusedxml.xmlrpc\ndefusedxml.xmlrpc.monkey_patch()"},
	{id: "B412", name: "import_httpoxy", cwe: 284, level: analysis.High,
		names: []string{"wsgiref.handlers.CGIHandler", "twisted.web.twcgi.CGIScript", "twisted.web.twcgi.CGIDirectory"},
		msg:   "Consider possible security implications associated with {name} module.",
		title: "Import of a CGI handler open to httpoxy",
		why:   "Under CGI, a request's Proxy header becomes the HTTP_PROXY environment variable, so an attacker can route the application's outgoing requests through their proxy (httpoxy).",
		bad:   "from wsgiref.handlers import CGIHandler", good: "from wsgiref.simple_server import make_server"},
	{id: "B413", name: "import_pycrypto", cwe: 327, level: analysis.High,
		names: []string{"Crypto.Cipher", "Crypto.Hash", "Crypto.IO", "Crypto.Protocol", "Crypto.PublicKey", "Crypto.Random", "Crypto.Signature", "Crypto.Util"},
		msg:   "The pyCrypto library and its module {name} are no longer actively maintained and have been deprecated. Consider using pyca/cryptography library.",
		title: "Import of pyCrypto",
		why:   "pyCrypto is unmaintained and has known vulnerabilities (CVE-2013-7459).",
		bad:   "from Crypto.Cipher import AES", good: "from cryptography.hazmat.primitives.ciphers.aead import AESGCM"},
	{id: "B415", name: "import_pyghmi", cwe: 319, level: analysis.High,
		names: []string{"pyghmi"},
		msg:   "An IPMI-related module is being imported. IPMI is considered insecure. Use an encrypted protocol.",
		title: "Import of pyghmi (IPMI)",
		why:   "IPMI authentication is weak (RAKP hashes can be cracked offline) and sessions are often unencrypted.",
		bad:   "from pyghmi.ipmi import command", good: "# manage the machine through an encrypted API such as Redfish over HTTPS"},
}

// blacklistByName maps a qualified name to the entries that list it, in
// table order (calls first).
var blacklistByName = func() map[string][]*blEntry {
	m := make(map[string][]*blEntry)
	for _, tab := range [][]blEntry{callBlacklist, importBlacklist} {
		for i := range tab {
			e := &tab[i]
			for _, q := range e.names {
				if l := m[q]; len(l) == 0 || l[len(l)-1] != e {
					m[q] = append(m[q], e)
				}
			}
		}
	}
	return m
}()

// blacklistRules returns one rule per blocklist entry.
func blacklistRules() []*analysis.Rule {
	var rs []*analysis.Rule
	for i := range callBlacklist {
		rs = append(rs, blRule(&callBlacklist[i], false))
	}
	for i := range importBlacklist {
		rs = append(rs, blRule(&importBlacklist[i], true))
	}
	return rs
}

func blRule(e *blEntry, isImport bool) *analysis.Rule {
	kinds := []ast.Kind{ast.CallKind}
	callees := lastNames(e.names)
	if isImport {
		callees = append(callees, "__import__", "import_module")
	}
	how := "a call whose qualified name is one of: "
	if isImport {
		kinds = []ast.Kind{ast.ImportKind, ast.ImportFromKind, ast.CallKind}
		how = "an import of a module whose name starts with one of these (and __import__ or importlib.import_module of one of them by name): "
	}
	notes := "Bandit blocklist entry " + e.name + "; reports " + how + strings.Join(e.names, ", ") + ". " +
		"As in Bandit, a node is reported by the first enabled blocklist entry that matches it."
	if isImport {
		notes += " Names are compared as text prefixes, as Bandit does (\"import pickletools\" matches pickle), and only the first blocklisted name of an import statement is reported."
	}
	return &analysis.Rule{
		ID: e.id, Name: e.name, Title: e.title, Why: e.why, Bad: e.bad, Good: e.good, Notes: notes,
		Severity: e.level, Confidence: analysis.High, CWE: e.cwe, Since: "0.1.0", Default: true,
		Kinds:   kinds,
		Callees: func(any) []string { return callees },
		Run: func(p *analysis.Pass, n ast.Node) error {
			m, name := blacklistMatch(p, n)
			if m == e {
				p.Reportf(n, "%s", strings.ReplaceAll(e.msg, "{name}", name))
			}
			return nil
		},
	}
}

// blacklistMatch returns the first enabled blocklist entry that matches n
// and the name Bandit puts in the message; the blocklist rules share one
// lookup per node.
func blacklistMatch(p *analysis.Pass, n ast.Node) (*blEntry, string) {
	st := state(p)
	if st.blNode != n {
		st.blNode = n
		st.bl, st.blName = blacklistFind(p, n)
	}
	return st.bl, st.blName
}

func blacklistFind(p *analysis.Pass, n ast.Node) (*blEntry, string) {
	switch n := n.(type) {
	case *ast.Call:
		name, ok := blacklistCallName(p, n)
		if !ok {
			return nil, ""
		}
		for _, e := range blacklistByName[name] {
			if p.Enabled(e.id) {
				return e, name
			}
		}
	case *ast.Import:
		return importMatch(p, "", n.Names)
	case *ast.ImportFrom:
		prefix := ""
		if n.Module.Name != "" {
			prefix = n.Module.Name + "."
		}
		return importMatch(p, prefix, n.Names)
	}
	return nil, ""
}

func importMatch(p *analysis.Pass, prefix string, names []*ast.Alias) (*blEntry, string) {
	for i := range importBlacklist {
		e := &importBlacklist[i]
		if !p.Enabled(e.id) {
			continue
		}
		for _, a := range names {
			for _, q := range e.names {
				if strings.HasPrefix(prefix+a.Name.Name, q) {
					return e, a.Name.Name
				}
			}
		}
	}
	return nil, ""
}

// blacklistCallName returns the name Bandit's blocklist compares for a
// call: the module named by __import__("x") or importlib.import_module("x"),
// else the callee's qualified name. ok is false when Bandit's check fails
// on the call (importlib.import_module() without a name).
func blacklistCallName(p *analysis.Pass, n *ast.Call) (string, bool) {
	if f, isName := n.Func.(*ast.Name); isName && f.ID == "__import__" {
		if len(n.Args) == 0 {
			return "", true
		}
		if c, ok := n.Args[0].(*ast.Constant); ok && c.Value.Kind == ast.StrValue {
			return c.Value.Str, true
		}
		return "UNKNOWN", true
	}
	c := newCall(p, n)
	if c.qual == "importlib.import_module" || c.qual == "importlib.__import__" {
		if len(n.Args) > 0 {
			s, _ := argValue(n.Args[0]).str()
			return s, true
		}
		if c.hasKeyword("name") {
			s, _ := c.kwValue("name").str()
			return s, true
		}
		return "", false
	}
	return c.qual, true
}
