package banditjson

// kind is how Bandit implements a check, which decides its test_name and
// the page that documents it.
type kind uint8

const (
	plugin          kind = iota // a plugin function: test_name is its name
	blacklistCall               // an entry of Bandit's call blacklist (B3xx)
	blacklistImport             // an entry of Bandit's import blacklist (B4xx)
)

// check is one of Bandit's checks.
type check struct {
	kind kind
	// name is the plugin function's name (Bandit's test_name, which can
	// differ from the name -t/-s and profiles use: B324 is "hashlib") or
	// the blacklist entry's name.
	name string
}

// checks lists Bandit 1.9.4's checks by id (shared/reference/bandit-rules.tsv,
// with the plugin function names of bandit/plugins/*.py).
var checks = map[string]check{
	"B101": {plugin, "assert_used"},
	"B102": {plugin, "exec_used"},
	"B103": {plugin, "set_bad_file_permissions"},
	"B104": {plugin, "hardcoded_bind_all_interfaces"},
	"B105": {plugin, "hardcoded_password_string"},
	"B106": {plugin, "hardcoded_password_funcarg"},
	"B107": {plugin, "hardcoded_password_default"},
	"B108": {plugin, "hardcoded_tmp_directory"},
	"B110": {plugin, "try_except_pass"},
	"B112": {plugin, "try_except_continue"},
	"B113": {plugin, "request_without_timeout"},
	"B201": {plugin, "flask_debug_true"},
	"B202": {plugin, "tarfile_unsafe_members"},
	"B301": {blacklistCall, "pickle"},
	"B302": {blacklistCall, "marshal"},
	"B303": {blacklistCall, "md5"},
	"B304": {blacklistCall, "ciphers"},
	"B305": {blacklistCall, "cipher_modes"},
	"B306": {blacklistCall, "mktemp_q"},
	"B307": {blacklistCall, "eval"},
	"B308": {blacklistCall, "mark_safe"},
	"B310": {blacklistCall, "urllib_urlopen"},
	"B311": {blacklistCall, "random"},
	"B312": {blacklistCall, "telnetlib"},
	"B313": {blacklistCall, "xml_bad_cElementTree"},
	"B314": {blacklistCall, "xml_bad_ElementTree"},
	"B315": {blacklistCall, "xml_bad_expatreader"},
	"B316": {blacklistCall, "xml_bad_expatbuilder"},
	"B317": {blacklistCall, "xml_bad_sax"},
	"B318": {blacklistCall, "xml_bad_minidom"},
	"B319": {blacklistCall, "xml_bad_pulldom"},
	"B321": {blacklistCall, "ftplib"},
	"B323": {blacklistCall, "unverified_context"},
	"B324": {plugin, "hashlib"},
	"B401": {blacklistImport, "import_telnetlib"},
	"B402": {blacklistImport, "import_ftplib"},
	"B403": {blacklistImport, "import_pickle"},
	"B404": {blacklistImport, "import_subprocess"},
	"B405": {blacklistImport, "import_xml_etree"},
	"B406": {blacklistImport, "import_xml_sax"},
	"B407": {blacklistImport, "import_xml_expat"},
	"B408": {blacklistImport, "import_xml_minidom"},
	"B409": {blacklistImport, "import_xml_pulldom"},
	"B411": {blacklistImport, "import_xmlrpclib"},
	"B412": {blacklistImport, "import_httpoxy"},
	"B413": {blacklistImport, "import_pycrypto"},
	"B415": {blacklistImport, "import_pyghmi"},
	"B501": {plugin, "request_with_no_cert_validation"},
	"B502": {plugin, "ssl_with_bad_version"},
	"B503": {plugin, "ssl_with_bad_defaults"},
	"B504": {plugin, "ssl_with_no_version"},
	"B505": {plugin, "weak_cryptographic_key"},
	"B506": {plugin, "yaml_load"},
	"B507": {plugin, "ssh_no_host_key_verification"},
	"B508": {plugin, "snmp_insecure_version_check"},
	"B509": {plugin, "snmp_crypto_check"},
	"B601": {plugin, "paramiko_calls"},
	"B602": {plugin, "subprocess_popen_with_shell_equals_true"},
	"B603": {plugin, "subprocess_without_shell_equals_true"},
	"B604": {plugin, "any_other_function_with_shell_equals_true"},
	"B605": {plugin, "start_process_with_a_shell"},
	"B606": {plugin, "start_process_with_no_shell"},
	"B607": {plugin, "start_process_with_partial_path"},
	"B608": {plugin, "hardcoded_sql_expressions"},
	"B609": {plugin, "linux_commands_wildcard_injection"},
	"B610": {plugin, "django_extra_used"},
	"B611": {plugin, "django_rawsql_used"},
	"B612": {plugin, "logging_config_insecure_listen"},
	"B613": {plugin, "trojansource"},
	"B614": {plugin, "pytorch_load"},
	"B615": {plugin, "huggingface_unsafe_download"},
	"B701": {plugin, "jinja2_autoescape_false"},
	"B702": {plugin, "use_of_mako_templates"},
	"B703": {plugin, "django_mark_safe"},
	"B704": {plugin, "markupsafe_markup_xss"},
}
