// Package config finds, reads and checks krait's configuration.
//
// # Where it is
//
// Find walks from the scan root up to the filesystem root and stops at the
// first directory that configures krait. Within one directory the
// precedence is Ruff's:
//
//	.krait.toml  >  krait.toml  >  pyproject.toml with a [tool.krait] table
//
// A pyproject.toml without [tool.krait] is skipped: the search goes on
// upward. The nearest directory wins; files are never merged. In krait.toml
// and .krait.toml the keys are at the top level; in pyproject.toml they are
// under [tool.krait], and every other table of the file is left alone.
//
// When no krait configuration exists anywhere upward, ForRoot reads Bandit's
// (see "Bandit" below) and sets Config.FromBandit.
//
// # Keys
//
//	select, ignore,
//	extend-select, extend-ignore   lists of rule id prefixes: "B", "B6", "B602", "KR", "KR6";
//	                               Ruff's "S602" is read as "B602"
//	exclude, extend-exclude        lists of globs (Ruff's syntax, relative to the file's directory)
//	per-file-ignores               table: glob = [rule id prefixes], kept in file order
//	severity, confidence, fail-on  "low", "medium" or "high" (any case)
//	[rules.ID]                     options of one rule, e.g. [tool.krait.rules.B108] tmp_dirs = [...]
//	[taint]                        sources, sinks, sanitizers, propagators: see TaintModels
//	[deps]                         ignore = [{id, reason, expires}]: see DepIgnore
//	[secrets]                      ignore = [{fingerprint, reason, expires}]: see SecretIgnore
//
// # Strictness
//
// Decoding is typed and strict. Every problem is an *Error (several come as
// an ErrorList), formatted "FILE:LINE:COL: KEY: MSG" with a 1-based line, a
// 1-based byte column and the dotted key path as written, list elements by
// 0-based index:
//
//	pyproject.toml:6:1: tool.krait.extend_select: unknown key (did you mean "extend-select"?)
//	pyproject.toml:5:10: tool.krait.select: expected a list of strings, found a string
//	pyproject.toml:5:25: tool.krait.select[2]: expected a string, found an integer
//	pyproject.toml:7:12: tool.krait.severity: invalid level "hihg": expected one of "low", "medium", "high" (did you mean "high"?)
//	pyproject.toml:2:12: expected newline but got U+0021 '!'
//
// An unknown key suggests a known one within edit distance 2, or lists the
// known keys. Values from a set list the set. TOML syntax errors, duplicate
// keys and redefined tables are reported at their place too.
//
// Per-rule options stay undecoded (with their positions) in Config.Rules
// until the rule asks for them with DecodeRuleOptions, which decodes as
// strictly into the rule's own options struct; fields the file does not
// mention keep the defaults the rule put there.
//
// # Bandit
//
// Bandit keeps its settings in [tool.bandit] of pyproject.toml (read by
// `bandit -c pyproject.toml`) and in an INI file named .bandit with a
// [bandit] section (read by `bandit -r`). ForRoot reads them, from the scan
// root upward, when there is no krait configuration; the nearest directory
// that has either wins, and when it has both they are merged, as Bandit
// merges the two. Translation:
//
//	[tool.bandit]              .bandit [bandit]            krait
//	tests = [ids]              tests = B101,B602           Select
//	skips = [ids]              skips = B101                Ignore
//	exclude_dirs = [paths]     exclude = a,b               ExtendExclude (translated, below)
//	targets = [paths]          targets, recursive          accepted, not used
//	[tool.bandit.SECTION]                                  Rules options, by the table below
//
// Ids may be given by id or by Bandit name ("assert_used"); B001 (or
// "blacklist") stands for every blacklisted call and import check, unless
// specific ones are listed with it, as in Bandit. An empty tests list selects
// every rule, as in Bandit. Unknown and retired ids, unknown keys and keys
// krait does not translate (profiles, include, log_format, the INI's level,
// format, output, ...) are warnings in Config.Warnings, not errors, because
// Bandit ignores them too; values of the wrong type are errors. Bandit's INI
// splits lists at commas without trimming spaces; krait trims.
//
// Plugin option sections become the options of these rules, with their
// option names unchanged (krait's rules take Bandit's option names):
//
//	section                                   rules                        options
//	assert_used                               B101                         skips
//	hardcoded_tmp_directory                   B108                         tmp_dirs
//	try_except_pass                           B110                         check_typed_exception
//	try_except_continue                       B112                         check_typed_exception
//	ssl_with_bad_version                      B502 B503                    bad_protocol_versions
//	weak_cryptographic_key                    B505                         weak_key_size_{dsa,ec,rsa}_{high,medium}
//	shell_injection                           B602-B607 B609               subprocess shell no_shell
//	markupsafe_xss                            B704                         allowed_calls extend_markup_names
//	ssl_with_bad_defaults                     B503                         bad_protocol_versions  (*)
//	subprocess_popen_with_shell_equals_true   B602                         subprocess shell no_shell (*)
//	subprocess_without_shell_equals_true      B603                         (*)
//	any_other_function_with_shell_equals_true B604                         (*)
//	start_process_with_a_shell                B605                         (*)
//	start_process_with_no_shell               B606                         (*)
//	start_process_with_partial_path           B607                         (*)
//	linux_commands_wildcard_injection         B609                         (*)
//	markupsafe_markup_xss                     B704                         allowed_calls extend_markup_names (*)
//
// The first eight are the sections Bandit's plugins read. (*) marks the
// sections bandit-config-generator writes (named after each plugin, as in
// shared/reference/bandit-plugin-defaults.yaml), which Bandit itself never
// reads: krait applies them to their rule, after and over the shared
// section, and warns that Bandit differs. No other Bandit check takes
// options (request_without_timeout has none). Unlike Bandit, which replaces
// a plugin's whole default configuration with the section, krait replaces
// only the options the section gives.
//
// Bandit excludes a path P (as os.walk gives it: "./src/tests/a.py" when
// scanning ".") when an exclude_dirs entry is a substring of P or
// fnmatch-matches it. The globs added to ExtendExclude keep that meaning:
//
//	Bandit entry     krait glob          excludes
//	tests            *tests*             a name containing "tests", at any depth
//	tests/           *tests/             a directory whose name ends in "tests"
//	./tests          tests*/**           what is below a top directory whose name starts with "tests"
//	./tests/         tests/**            what is below the top directory tests
//	src/legacy       **/*src/legacy*     the substring, across names
//	./src/legacy     src/legacy*         the same, anchored at the top
//	*/migrations/*   **/migrations/**    globs: "./" dropped, a lone * widened to **
//	*.egg            *.egg               globs without a slash: a name at any depth
//
// ("./tests" also excludes a top-level file tests_x.py in Bandit, which
// krait's globs cannot say without excluding such names at every depth.)
//
// Backslashes are read as slashes. An empty entry, "." or "./" (which Bandit
// matches against every path) and absolute paths are not translated; each
// gives a warning. .bandit's exclude (Bandit's -x) is translated the same
// way, and added to krait's default excludes rather than replacing them.
package config
