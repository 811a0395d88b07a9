package config

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// banditTest is one check of Bandit 1.9.4 (shared/reference/bandit-rules.tsv),
// by id and by the name Bandit's profiles and `# nosec` also accept.
type banditTest struct {
	id, name  string
	blacklist bool // a blacklisted call or import, switched as a group by B001
}

// banditTests lists Bandit's live checks. Retired ids (banditRetired) are left
// out: Bandit does not know them either.
var banditTests = []banditTest{
	{"B001", "blacklist", false},
	{"B101", "assert_used", false},
	{"B102", "exec_used", false},
	{"B103", "set_bad_file_permissions", false},
	{"B104", "hardcoded_bind_all_interfaces", false},
	{"B105", "hardcoded_password_string", false},
	{"B106", "hardcoded_password_funcarg", false},
	{"B107", "hardcoded_password_default", false},
	{"B108", "hardcoded_tmp_directory", false},
	{"B110", "try_except_pass", false},
	{"B112", "try_except_continue", false},
	{"B113", "request_without_timeout", false},
	{"B201", "flask_debug_true", false},
	{"B202", "tarfile_unsafe_members", false},
	{"B301", "pickle", true},
	{"B302", "marshal", true},
	{"B303", "md5", true},
	{"B304", "ciphers", true},
	{"B305", "cipher_modes", true},
	{"B306", "mktemp_q", true},
	{"B307", "eval", true},
	{"B308", "mark_safe", true},
	{"B310", "urllib_urlopen", true},
	{"B311", "random", true},
	{"B312", "telnetlib", true},
	{"B313", "xml_bad_cElementTree", true},
	{"B314", "xml_bad_ElementTree", true},
	{"B315", "xml_bad_expatreader", true},
	{"B316", "xml_bad_expatbuilder", true},
	{"B317", "xml_bad_sax", true},
	{"B318", "xml_bad_minidom", true},
	{"B319", "xml_bad_pulldom", true},
	{"B321", "ftplib", true},
	{"B323", "unverified_context", true},
	{"B324", "hashlib_insecure_functions", false},
	{"B401", "import_telnetlib", true},
	{"B402", "import_ftplib", true},
	{"B403", "import_pickle", true},
	{"B404", "import_subprocess", true},
	{"B405", "import_xml_etree", true},
	{"B406", "import_xml_sax", true},
	{"B407", "import_xml_expat", true},
	{"B408", "import_xml_minidom", true},
	{"B409", "import_xml_pulldom", true},
	{"B411", "import_xmlrpclib", true},
	{"B412", "import_httpoxy", true},
	{"B413", "import_pycrypto", true},
	{"B415", "import_pyghmi", true},
	{"B501", "request_with_no_cert_validation", false},
	{"B502", "ssl_with_bad_version", false},
	{"B503", "ssl_with_bad_defaults", false},
	{"B504", "ssl_with_no_version", false},
	{"B505", "weak_cryptographic_key", false},
	{"B506", "yaml_load", false},
	{"B507", "ssh_no_host_key_verification", false},
	{"B508", "snmp_insecure_version", false},
	{"B509", "snmp_weak_cryptography", false},
	{"B601", "paramiko_calls", false},
	{"B602", "subprocess_popen_with_shell_equals_true", false},
	{"B603", "subprocess_without_shell_equals_true", false},
	{"B604", "any_other_function_with_shell_equals_true", false},
	{"B605", "start_process_with_a_shell", false},
	{"B606", "start_process_with_no_shell", false},
	{"B607", "start_process_with_partial_path", false},
	{"B608", "hardcoded_sql_expressions", false},
	{"B609", "linux_commands_wildcard_injection", false},
	{"B610", "django_extra_used", false},
	{"B611", "django_rawsql_used", false},
	{"B612", "logging_config_insecure_listen", false},
	{"B613", "trojansource", false},
	{"B614", "pytorch_load", false},
	{"B615", "huggingface_unsafe_download", false},
	{"B701", "jinja2_autoescape_false", false},
	{"B702", "use_of_mako_templates", false},
	{"B703", "django_mark_safe", false},
	{"B704", "markupsafe_markup_xss", false},
}

// banditRetired are ids Bandit has retired.
var banditRetired = []string{"B109", "B111", "B309", "B320", "B322", "B325", "B410", "B414"}

// banditSection is a plugin option section of Bandit's configuration,
// [tool.bandit.NAME], and the krait rules whose options it sets. krait's
// rules take Bandit's option names, so the options are passed on unchanged.
type banditSection struct {
	name    string
	ids     []string
	options []string
	// readsInstead is "" for the sections Bandit's plugins read (the names
	// in their @takes_config); for the sections bandit-config-generator
	// writes, named after the plugin function, it is the section Bandit
	// reads instead: Bandit ignores these, krait applies them to their rule.
	readsInstead string
}

var (
	shellOptions     = []string{"no_shell", "shell", "subprocess"}
	sslOptions       = []string{"bad_protocol_versions"}
	markupOptions    = []string{"allowed_calls", "extend_markup_names"}
	exceptOptions    = []string{"check_typed_exception"}
	weakKeyOptions   = []string{"weak_key_size_dsa_high", "weak_key_size_dsa_medium", "weak_key_size_ec_high", "weak_key_size_ec_medium", "weak_key_size_rsa_high", "weak_key_size_rsa_medium"}
	shellInjectionID = []string{"B602", "B603", "B604", "B605", "B606", "B607", "B609"}
)

// banditSections maps option sections to rule ids, from
// shared/reference/bandit-plugin-defaults.yaml (generator names) and the
// plugins' @takes_config names. When sections overlap, the later one wins
// key by key: a plugin-named section refines the shared one.
var banditSections = []banditSection{
	{"assert_used", []string{"B101"}, []string{"skips"}, ""},
	{"hardcoded_tmp_directory", []string{"B108"}, []string{"tmp_dirs"}, ""},
	{"try_except_pass", []string{"B110"}, exceptOptions, ""},
	{"try_except_continue", []string{"B112"}, exceptOptions, ""},
	{"ssl_with_bad_version", []string{"B502", "B503"}, sslOptions, ""},
	{"weak_cryptographic_key", []string{"B505"}, weakKeyOptions, ""},
	{"shell_injection", shellInjectionID, shellOptions, ""},
	{"markupsafe_xss", []string{"B704"}, markupOptions, ""},
	{"ssl_with_bad_defaults", []string{"B503"}, sslOptions, "ssl_with_bad_version"},
	{"subprocess_popen_with_shell_equals_true", []string{"B602"}, shellOptions, "shell_injection"},
	{"subprocess_without_shell_equals_true", []string{"B603"}, shellOptions, "shell_injection"},
	{"any_other_function_with_shell_equals_true", []string{"B604"}, shellOptions, "shell_injection"},
	{"start_process_with_a_shell", []string{"B605"}, shellOptions, "shell_injection"},
	{"start_process_with_no_shell", []string{"B606"}, shellOptions, "shell_injection"},
	{"start_process_with_partial_path", []string{"B607"}, shellOptions, "shell_injection"},
	{"linux_commands_wildcard_injection", []string{"B609"}, shellOptions, "shell_injection"},
	{"markupsafe_markup_xss", []string{"B704"}, markupOptions, "markupsafe_xss"},
}

// banditUntranslated are [tool.bandit] keys Bandit reads that krait does not
// translate.
var banditUntranslated = []string{"include", "plugin_name_pattern", "log_format", "profiles", "blacklist_calls", "blacklist_imports"}

// banditINIUntranslated are .bandit options Bandit reads (as command-line
// defaults) that krait does not translate; targets and recursive are
// accepted silently, since krait always scans its roots recursively.
var banditINIUntranslated = []string{"aggregate", "number", "profile", "level", "confidence", "format", "msg-template", "output", "verbose", "debug", "quiet", "ignore-nosec", "baseline", "configfile"}

// banditWarner collects the warnings of one file's translation.
type banditWarner struct{ warnings []*Error }

func (w *banditWarner) warn(pos Position, key, format string, args ...any) {
	w.warnings = append(w.warnings, &Error{File: pos.File, Line: pos.Line, Col: pos.Col, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// flush adds the warnings to c in file order.
func (w *banditWarner) flush(c *Config) {
	slices.SortStableFunc(w.warnings, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	for _, e := range w.warnings {
		c.Warnings = append(c.Warnings, e.Error())
	}
	w.warnings = nil
}

// fromBanditTOML translates pyproject.toml's [tool.bandit] table into c.
// Keys Bandit does not know, or krait does not translate, are warnings;
// values of the wrong type are errors.
func fromBanditTOML(c *Config, sec *node) error {
	var d decoder
	if sec.kind != kTable {
		d.errorf(sec.pos, sec.path(), "expected a table, found %s", sec.kind.desc())
		return errorsOf(d.errs)
	}
	w := &banditWarner{}
	defer w.flush(c)
	known := []string{"tests", "skips", "exclude_dirs", "targets"}
	for _, s := range banditSections {
		known = append(known, s.name)
	}
	known = append(known, banditUntranslated...)
	sections := map[string]*node{}
	for _, k := range sec.keys {
		e := sec.table[k]
		switch {
		case k == "tests" || k == "skips":
			elems, _ := d.stringList(e)
			items := make([]banditItem, len(elems))
			for i, el := range elems {
				items[i] = banditItem{el.str, el.pos, el.path()}
			}
			addBanditTests(c, k == "tests", items, w)
		case k == "exclude_dirs":
			elems, _ := d.stringList(e)
			for _, el := range elems {
				c.ExtendExclude = appendBanditExclude(c.ExtendExclude, el.str, el.pos, el.path(), w)
			}
		case k == "targets":
			// Bandit's default targets; krait's come from its command line.
			d.stringList(e)
		case slices.ContainsFunc(banditSections, func(s banditSection) bool { return s.name == k }):
			if e.kind != kTable {
				d.errorf(e.pos, e.path(), "expected a table of plugin options, found %s", e.kind.desc())
				continue
			}
			sections[k] = e
		case slices.Contains(banditUntranslated, k):
			w.warn(e.keyPos, e.path(), "Bandit setting not translated by krait; ignored")
		default:
			msg := "unknown Bandit setting; ignored"
			if s := suggest(k, known); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			w.warn(e.keyPos, e.path(), "%s", msg)
		}
	}
	banditRuleOptions(c, sections, w)
	return errorsOf(d.errs)
}

// banditRuleOptions turns the plugin option sections into c.Rules.
func banditRuleOptions(c *Config, sections map[string]*node, w *banditWarner) {
	for _, s := range banditSections {
		e := sections[s.name]
		if e == nil {
			continue
		}
		if s.readsInstead != "" {
			w.warn(e.keyPos, e.path(), "Bandit itself ignores this section (%s reads [tool.bandit.%s]); krait applies it to %s", strings.Join(s.ids, ", "), s.readsInstead, strings.Join(s.ids, ", "))
		}
		for _, k := range e.keys {
			if !slices.Contains(s.options, k) {
				opt := e.table[k]
				w.warn(opt.keyPos, opt.path(), "%s", strings.Replace(unknownKeyMsg(k, s.options), "unknown key", "unknown Bandit plugin option; ignored", 1))
			}
		}
		for _, id := range s.ids {
			if c.Rules == nil {
				c.Rules = map[string]*RuleOptions{}
			}
			o := c.Rules[id]
			if o == nil {
				o = &RuleOptions{ID: id, Key: e.path(), Pos: e.keyPos, table: &node{kind: kTable, parent: e.parent, name: e.name, idx: e.idx, pos: e.pos, keyPos: e.keyPos, table: map[string]*node{}}}
				c.Rules[id] = o
			}
			for _, k := range e.keys {
				if slices.Contains(s.options, k) {
					if _, ok := o.table.table[k]; !ok {
						o.table.keys = append(o.table.keys, k)
					}
					o.table.table[k] = e.table[k]
				}
			}
		}
	}
}

// finishBandit completes a translation: a test that is also skipped, which
// Bandit refuses ("Non-exclusive include/exclude test sets"), is skipped by
// krait, with a warning at the skip.
func finishBandit(c *Config) {
	w := &banditWarner{}
	for _, r := range c.refs {
		if slices.Contains(c.Select, r.id) {
			w.warn(r.pos, r.key, "%s is both in tests and in skips, which Bandit refuses; krait skips it", r.id)
		}
	}
	w.flush(c)
	c.refs = nil
	// A project configured for Bandit keeps Bandit's rule set: the Bandit
	// checks the default set leaves to the taint rules (B602, B608, ...)
	// run too, unless tests lists what runs.
	if c.Select == nil {
		c.ExtendSelect = appendNew(c.ExtendSelect, "B")
	}
}

// fromBanditINI translates the [bandit] section of a .bandit INI file into
// c, adding to what [tool.bandit] gave (Bandit unites the two).
func fromBanditINI(c *Config, sec *iniSection) error {
	w := &banditWarner{}
	defer w.flush(c)
	var errs []*Error
	known := append([]string{"targets", "exclude", "skips", "tests", "recursive"}, banditINIUntranslated...)
	for _, k := range sec.keys {
		o := sec.opts[k]
		key := "bandit." + quoteKey(k)
		switch {
		case k == "tests" || k == "skips" || k == "exclude":
			// Only the options used are interpolated, so that a broken
			// option krait ignores is no error.
			v, err := sec.interpolate(o)
			if err != nil {
				err.Key = key
				errs = append(errs, err)
				continue
			}
			if k == "exclude" {
				for _, s := range splitINIList(v) {
					c.ExtendExclude = appendBanditExclude(c.ExtendExclude, s, o.pos, key, w)
				}
				continue
			}
			var items []banditItem
			for _, s := range splitINIList(v) {
				items = append(items, banditItem{s, o.pos, key})
			}
			addBanditTests(c, k == "tests", items, w)
		case k == "targets" || k == "recursive":
		case slices.Contains(banditINIUntranslated, k):
			w.warn(o.pos, key, "Bandit option not translated by krait; ignored")
		default:
			msg := "unknown Bandit option; ignored"
			if s := suggest(k, known); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			w.warn(o.pos, key, "%s", msg)
		}
	}
	return errorsOf(errs)
}

// splitINIList splits a comma-separated INI value (which may span lines).
// Bandit splits at commas without trimming, so "B101, B601" does not skip
// B601 there; krait trims.
func splitINIList(v string) []string {
	var out []string
	for line := range strings.SplitSeq(v, "\n") {
		for s := range strings.SplitSeq(line, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// banditItem is one entry of tests or skips.
type banditItem struct {
	s   string
	pos Position
	key string
}

// addBanditTests adds the ids of tests (to Select) or skips (to Ignore, and
// to c.refs for finishBandit).
func addBanditTests(c *Config, tests bool, items []banditItem, w *banditWarner) {
	refs := banditTestIDs(items, w)
	for _, r := range refs {
		if tests {
			c.Select = appendNew(c.Select, r.id)
		} else {
			c.Ignore = appendNew(c.Ignore, r.id)
			c.refs = append(c.refs, r)
		}
	}
}

// banditTestIDs turns Bandit test ids or names into rule ids. B001 (or
// "blacklist") means every blacklist check, unless specific blacklist ids are
// listed too (Bandit: "B001,B401 means B401"). Unknown and retired ids are
// warnings, and dropped. An empty result leaves Select nil: Bandit's
// `tests = []` runs every test.
func banditTestIDs(items []banditItem, w *banditWarner) []ruleRef {
	var refs []ruleRef
	add := func(id string, it banditItem) {
		if !slices.ContainsFunc(refs, func(r ruleRef) bool { return r.id == id }) {
			refs = append(refs, ruleRef{id: id, key: it.key, pos: it.pos})
		}
	}
	var b001 *banditItem
	specific := false
	for _, it := range items {
		s := strings.TrimSpace(it.s)
		i := slices.IndexFunc(banditTests, func(t banditTest) bool { return t.id == s || t.name == s })
		switch {
		case i < 0 && slices.Contains(banditRetired, s):
			w.warn(it.pos, it.key, "%s was retired from Bandit; ignored", s)
		case i < 0:
			w.warn(it.pos, it.key, "unknown Bandit test %q; ignored", s)
		case banditTests[i].id == "B001":
			if b001 == nil {
				b001 = &it
			}
		default:
			specific = specific || banditTests[i].blacklist
			add(banditTests[i].id, it)
		}
	}
	if b001 != nil && !specific {
		for _, t := range banditTests {
			if t.blacklist {
				add(t.id, *b001)
			}
		}
	}
	return refs
}

// appendNew appends the ids not in list yet.
func appendNew(list []string, ids ...string) []string {
	for _, id := range ids {
		if !slices.Contains(list, id) {
			list = append(list, id)
		}
	}
	return list
}

// appendBanditExclude translates one exclude_dirs (or .bandit exclude) entry
// and appends the glob, or warns why it is dropped.
func appendBanditExclude(list []string, entry string, pos Position, key string, w *banditWarner) []string {
	g, why := banditExcludeGlob(entry)
	if why != "" {
		w.warn(pos, key, "exclude entry %q %s; ignored", entry, why)
		return list
	}
	return appendNew(list, g)
}

// banditExcludeGlob translates a Bandit exclude entry to a krait glob with
// the same meaning, as the package documentation tabulates; when the entry
// is not translated, why says why.
func banditExcludeGlob(entry string) (glob, why string) {
	e := strings.ReplaceAll(strings.TrimSpace(entry), `\`, "/")
	if e == "" {
		return "", "is empty (Bandit would exclude every file)"
	}
	if strings.HasPrefix(e, "/") {
		return "", "is an absolute path (krait's globs are relative to the configuration's directory)"
	}
	if strings.ContainsAny(e, "*?[") {
		for strings.HasPrefix(e, "./") {
			e = e[2:]
		}
		segs := strings.Split(e, "/")
		for i, s := range segs {
			if s == "*" {
				segs[i] = "**"
			}
		}
		return strings.Join(segs, "/"), ""
	}
	anchored := false
	for strings.HasPrefix(e, "./") {
		e, anchored = e[2:], true
	}
	trailing := strings.HasSuffix(e, "/")
	e = strings.TrimRight(e, "/")
	if e == "" || e == "." {
		return "", "names the whole tree (Bandit would exclude every file)"
	}
	end := "*"
	if trailing {
		end = "/"
	}
	slash := strings.Contains(e, "/")
	switch {
	case anchored && !slash:
		// A name alone would match at any depth; a leading "/" would
		// make an absolute path. Anchor with a slash in the middle.
		if trailing {
			return e + "/**", ""
		}
		return e + "*/**", ""
	case anchored:
		return e + end, ""
	case !slash:
		return "*" + e + end, ""
	}
	return "**/*" + e + end, ""
}
