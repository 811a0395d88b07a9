package config

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		file string // file name; krait.toml when ""
		body string
		want string // the error text, the temporary directory stripped
	}{
		// TOML itself.
		{name: "syntax", body: "select = [\"B1\"\n", want: "krait.toml:1:15: array is incomplete"},
		{name: "syntax in pyproject outside tool.krait", file: "pyproject.toml", body: "[project]\nname = = 1\n", want: "pyproject.toml:2:8: unexpected character U+003D '=' at start of value"},
		{name: "duplicate key", body: "severity = \"low\"\nseverity = \"high\"\n", want: "krait.toml:2:1: severity: key severity is already defined"},
		{name: "redefined table", body: "[rules.B108]\n[rules.B108]\n", want: "krait.toml:2:2: rules.B108: table B108 already exists"},
		{name: "impossible date", body: "[[deps.ignore]]\nid = \"PYSEC-1\"\nexpires = 2027-02-30\n", want: "krait.toml:3:19: impossible date"},

		// Unknown keys.
		{name: "unknown key, suggestion", body: "selct = []\n", want: `krait.toml:1:1: selct: unknown key (did you mean "select"?)`},
		{name: "unknown key, underscore", body: "\n\nextend_select = []\n", want: `krait.toml:3:1: extend_select: unknown key (did you mean "extend-select"?)`},
		{name: "unknown key, Bandit's word", body: "skips = [\"B101\"]\n", want: `krait.toml:1:1: skips: unknown key (did you mean "ignore"?)`},
		{name: "unknown key, no suggestion", body: "colour = \"red\"\n", want: "krait.toml:1:1: colour: unknown key (expected one of select, ignore, extend-select, extend-ignore, exclude, extend-exclude, per-file-ignores, severity, confidence, fail-on, rules, taint, deps, secrets)"},
		{name: "unknown key in pyproject", file: "pyproject.toml", body: "[tool.krait]\nfail_on = \"low\"\n", want: `pyproject.toml:2:1: tool.krait.fail_on: unknown key (did you mean "fail-on"?)`},
		{name: "unknown dotted key", file: "pyproject.toml", body: "[tool]\nkrait.sevrity = \"low\"\n", want: `pyproject.toml:2:7: tool.krait.sevrity: unknown key (did you mean "severity"?)`},
		{name: "unknown subtable", file: "pyproject.toml", body: "[tool.krait.rule.B108]\ntmp_dirs = []\n", want: `pyproject.toml:1:13: tool.krait.rule: unknown key (did you mean "rules"?)`},
		{name: "unknown taint list", body: "[[taint.sink]]\nkind = \"sql\"\n", want: `krait.toml:1:9: taint.sink: unknown key (did you mean "sinks"?)`},
		{name: "unknown taint field", body: "[[taint.sinks]]\nkind = \"sql\"\nqualname = \"a.b\"\nargz = [0]\n", want: `krait.toml:4:1: taint.sinks[0].argz: unknown key (did you mean "args"?)`},
		{name: "unknown deps field", body: "[deps]\nignore = [{id = \"PYSEC-1\", reasons = \"x\"}]\n", want: `krait.toml:2:28: deps.ignore[0].reasons: unknown key (did you mean "reason"?)`},
		{name: "unknown deps key", body: "[deps]\nignores = []\n", want: `krait.toml:2:1: deps.ignores: unknown key (did you mean "ignore"?)`},

		// Wrong types.
		{name: "select not a list", body: "select = \"B6\"\n", want: "krait.toml:1:10: select: expected a list of strings, found a string"},
		{name: "select element", body: "select = [\"B6\", 602]\n", want: "krait.toml:1:17: select[1]: expected a string, found an integer"},
		{name: "nested list", body: "ignore = [[\"B6\"]]\n", want: "krait.toml:1:11: ignore[0]: expected a string, found a list"},
		{name: "exclude not a list", body: "exclude = {a = 1}\n", want: "krait.toml:1:11: exclude: expected a list of strings, found a table"},
		{name: "severity not a string", body: "severity = 3\n", want: "krait.toml:1:12: severity: expected a string, found an integer"},
		{name: "per-file-ignores not a table", body: "per-file-ignores = [\"a\"]\n", want: "krait.toml:1:20: per-file-ignores: expected a table of glob = [rule ids], found a list"},
		{name: "per-file-ignores value", body: "[per-file-ignores]\n\"a.py\" = \"B101\"\n", want: `krait.toml:2:10: per-file-ignores."a.py": expected a list of strings, found a string`},
		{name: "rules not a table", body: "rules = [1]\n", want: "krait.toml:1:9: rules: expected a table of rule options, found a list"},
		{name: "rule options not a table", body: "[rules]\nB108 = [\"/tmp\"]\n", want: "krait.toml:2:8: rules.B108: expected a table of options, found a list"},
		{name: "taint not a table", body: "taint = true\n", want: "krait.toml:1:9: taint: expected a table, found a boolean"},
		{name: "sinks not a list", body: "[taint.sinks]\nkind = \"sql\"\n", want: "krait.toml:1:1: taint.sinks: expected a list of tables, found a table"},
		{name: "sink not a table", body: "[taint]\nsinks = [\"a.b\"]\n", want: "krait.toml:2:10: taint.sinks[0]: expected a table, found a string"},
		{name: "sink args type", body: "[[taint.sinks]]\nkind = \"sql\"\nqualname = \"a.b\"\nargs = [\"0\"]\n", want: "krait.toml:4:9: taint.sinks[0].args[0]: expected an integer, found a string"},
		{name: "deps ignore not a list", body: "[deps]\nignore = \"PYSEC-1\"\n", want: "krait.toml:2:10: deps.ignore: expected a list of tables, found a string"},
		{name: "expires a date-time", body: "[deps]\nignore = [{id = \"PYSEC-1\", expires = 2027-01-31T00:00:00Z}]\n", want: "krait.toml:2:38: deps.ignore[0].expires: expected a date (YYYY-MM-DD), found a date-time"},
		{name: "expires an integer", body: "[deps]\nignore = [{id = \"PYSEC-1\", expires = 20270131}]\n", want: "krait.toml:2:38: deps.ignore[0].expires: expected a date (YYYY-MM-DD), found an integer"},
		{name: "tool.krait not a table", file: "pyproject.toml", body: "[tool]\nkrait = 1\n", want: "pyproject.toml:2:9: tool.krait: expected a table, found an integer"},

		// Values outside their set or syntax.
		{name: "severity value", body: "severity = \"hihg\"\n", want: `krait.toml:1:12: severity: invalid level "hihg": expected one of "low", "medium", "high" (did you mean "high"?)`},
		{name: "confidence value", body: "confidence = \"certain\"\n", want: `krait.toml:1:14: confidence: invalid level "certain": expected one of "low", "medium", "high"`},
		{name: "fail-on value", body: "fail-on = \"Mediun\"\n", want: `krait.toml:1:11: fail-on: invalid level "Mediun": expected one of "low", "medium", "high" (did you mean "medium"?)`},
		{name: "rule id lower case", body: "select = [\"b6\"]\n", want: `krait.toml:1:11: select[0]: invalid rule id "b6": expected B, S or KR followed by up to three digits (did you mean "B6"?)`},
		{name: "rule id too long", body: "ignore = [\"B6021\"]\n", want: `krait.toml:1:11: ignore[0]: invalid rule id "B6021": expected B, S or KR followed by up to three digits`},
		{name: "rule id unknown family", body: "extend-select = [\"E501\"]\n", want: `krait.toml:1:18: extend-select[0]: invalid rule id "E501": expected B, S or KR followed by up to three digits`},
		{name: "rule id in per-file-ignores", body: "[per-file-ignores]\n\"t/*\" = [\"B101\", \"kr1\"]\n", want: `krait.toml:2:18: per-file-ignores."t/*"[1]: invalid rule id "kr1": expected B, S or KR followed by up to three digits (did you mean "KR1"?)`},
		{name: "rule options need a full id", body: "[rules.B10]\nx = 1\n", want: `krait.toml:1:8: rules.B10: invalid rule id "B10": expected B, S or KR followed by three digits`},
		{name: "rule options given twice", body: "[rules.B108]\ntmp_dirs = []\n[rules.S108]\ntmp_dirs = []\n", want: "krait.toml:3:8: rules.S108: options for B108 already given at 1:8"},
		{name: "empty glob", body: "extend-exclude = [\"\"]\n", want: "krait.toml:1:19: extend-exclude[0]: empty glob"},
		{name: "bad glob", body: "exclude = [\"src/[a\"]\n", want: `krait.toml:1:12: exclude[0]: invalid glob "src/[a": syntax error in pattern`},
		{name: "bad glob key", body: "[per-file-ignores]\n\"[x\" = []\n", want: `krait.toml:2:1: per-file-ignores."[x": invalid glob "[x": syntax error in pattern`},
		{name: "sink without kind", body: "[[taint.sinks]]\nqualname = \"a.b\"\n", want: `krait.toml:1:1: taint.sinks[0]: missing key "kind" (one of sql, shell, code, path, redirect, ssrf, xss, ssti, deserialization, xpath, ldap, xxe, header, session)`},
		{name: "disabled source kind", body: "[taint]\ndisable-sources = [\"cli\", \"argv\"]\n", want: `krait.toml:2:27: taint.disable-sources[1]: invalid source kind "argv": expected one of "http", "cli", "env"`},
		{name: "sink kind", body: "[[taint.sinks]]\nkind = \"sqli\"\nqualname = \"a.b\"\n", want: `krait.toml:2:8: taint.sinks[0].kind: invalid kind "sqli": expected one of "sql", "shell", "code", "path", "redirect", "ssrf", "xss", "ssti", "deserialization", "xpath", "ldap", "xxe", "header", "session" (did you mean "sql"?)`},
		{name: "sanitizer kind", body: "[[taint.sanitizers]]\nkind = \"html\"\nqualname = \"a.b\"\n", want: `krait.toml:2:8: taint.sanitizers[0].kind: invalid kind "html": expected one of "sql", "shell", "code", "path", "redirect", "ssrf", "xss", "ssti", "deserialization", "xpath", "ldap", "xxe", "header", "session"`},
		{name: "target missing", body: "[[taint.sanitizers]]\nkind = \"sql\"\n", want: `krait.toml:1:1: taint.sanitizers[0]: missing key: give "qualname" or "pattern"`},
		{name: "target twice", body: "[taint]\nsources = [{qualname = \"a.b\", pattern = \"a.*\"}]\n", want: `krait.toml:2:31: taint.sources[0].pattern: "qualname" and "pattern" exclude each other`},
		{name: "bad qualname", body: "[[taint.sources]]\nqualname = \"flask..request\"\n", want: `krait.toml:2:12: taint.sources[0].qualname: invalid qualified name "flask..request": expected dotted identifiers such as "subprocess.run"`},
		{name: "bad pattern", body: "[[taint.sources]]\npattern = \"a.b**\"\n", want: `krait.toml:2:11: taint.sources[0].pattern: invalid pattern "a.b**": expected dotted identifiers with * wildcards, or ** segments, such as "myapp.**.execute"`},
		{name: "source from", body: "[[taint.sources]]\nqualname = \"a.b\"\nfrom = \"params\"\n", want: `krait.toml:3:8: taint.sources[0].from: invalid value "params": expected one of "return", "attribute", "parameters"`},
		{name: "source empty kind", body: "[[taint.sources]]\nqualname = \"a.b\"\nkind = \"\"\n", want: `krait.toml:3:8: taint.sources[0].kind: empty kind (leave it out for plain user input)`},
		{name: "propagator to", body: "[[taint.propagators]]\nqualname = \"a.b\"\nto = \"returns\"\n", want: `krait.toml:3:6: taint.propagators[0].to: invalid value "returns": expected one of "return", "receiver" (did you mean "return"?)`},
		{name: "negative arg", body: "[[taint.propagators]]\nqualname = \"a.b\"\nargs = [0, -1]\n", want: `krait.toml:3:12: taint.propagators[0].args[1]: argument position -1 is negative`},
		{name: "bad kwarg", body: "[[taint.sinks]]\nkind = \"sql\"\nqualname = \"a.b\"\nkwargs = [\"a-b\"]\n", want: `krait.toml:4:11: taint.sinks[0].kwargs[0]: invalid keyword argument name "a-b"`},
		{name: "deps missing id", body: "[[deps.ignore]]\nreason = \"x\"\n", want: `krait.toml:1:1: deps.ignore[0]: missing key "id"`},
		{name: "deps bad id", body: "[[deps.ignore]]\nid = \"PYSEC 1\"\n", want: `krait.toml:2:6: deps.ignore[0].id: invalid advisory id "PYSEC 1": expected an id such as "PYSEC-2023-1", "GHSA-…" or "CVE-…"`},
		{name: "deps bad date", body: "[[deps.ignore]]\nid = \"PYSEC-1\"\nexpires = \"2027-02-30\"\n", want: `krait.toml:3:11: deps.ignore[0].expires: invalid date "2027-02-30": day out of range`},
		{name: "deps bad date format", body: "[[deps.ignore]]\nid = \"PYSEC-1\"\nexpires = \"31.01.2027\"\n", want: `krait.toml:3:11: deps.ignore[0].expires: invalid date "31.01.2027": expected YYYY-MM-DD`},
		{name: "deps duplicate", body: "[deps]\nignore = [\n  {id = \"PYSEC-1\"},\n  {id = \"PYSEC-1\", reason = \"again\"},\n]\n", want: `krait.toml:4:9: deps.ignore[1].id: advisory PYSEC-1 already ignored at 3:3`},
		{name: "secrets ignore not a list", body: "[secrets]\nignore = \"s1:0123456789abcdef0123456789abcdef\"\n", want: "krait.toml:2:10: secrets.ignore: expected a list of tables, found a string"},
		{name: "secrets fingerprint an integer", body: "[[secrets.ignore]]\nfingerprint = 1\n", want: "krait.toml:2:15: secrets.ignore[0].fingerprint: expected a string, found an integer"},
		{name: "secrets unknown field", body: "[secrets]\nignore = [{fingerprint = \"s1:0123456789abcdef0123456789abcdef\", reasons = \"x\"}]\n", want: `krait.toml:2:65: secrets.ignore[0].reasons: unknown key (did you mean "reason"?)`},
		{name: "secrets unknown key", body: "[secrets]\nignores = []\n", want: `krait.toml:2:1: secrets.ignores: unknown key (did you mean "ignore"?)`},
		{name: "secrets missing fingerprint", body: "[[secrets.ignore]]\nreason = \"x\"\n", want: `krait.toml:1:1: secrets.ignore[0]: missing key "fingerprint"`},
		{name: "secrets bad fingerprint", body: "[[secrets.ignore]]\nfingerprint = \"s1:ABC\"\n", want: `krait.toml:2:15: secrets.ignore[0].fingerprint: invalid secret fingerprint "s1:ABC": expected "s1:" and 32 lower-case hex digits, as the "fingerprint" of a finding in krait's JSON report`},
		{name: "secrets bad date", body: "[[secrets.ignore]]\nfingerprint = \"s1:0123456789abcdef0123456789abcdef\"\nexpires = \"2027-02-30\"\n", want: `krait.toml:3:11: secrets.ignore[0].expires: invalid date "2027-02-30": day out of range`},
		{name: "secrets duplicate", body: "[secrets]\nignore = [\n  {fingerprint = \"s1:0123456789abcdef0123456789abcdef\"},\n  {fingerprint = \"s1:0123456789abcdef0123456789abcdef\", reason = \"again\"},\n]\n", want: `krait.toml:4:18: secrets.ignore[1].fingerprint: secret s1:0123456789abcdef0123456789abcdef already ignored at 3:3`},

		// Several problems: all of them, in file order.
		{
			name: "several",
			file: "pyproject.toml",
			body: "[tool.krait]\nseverity = \"x\"\nselect = \"B\"\n[tool.krait.rules.B108]\n[[tool.krait.taint.sinks]]\nkind = 1\nqualname = \"a\"\n",
			want: `pyproject.toml:2:12: tool.krait.severity: invalid level "x": expected one of "low", "medium", "high"
pyproject.toml:3:10: tool.krait.select: expected a list of strings, found a string
pyproject.toml:6:8: tool.krait.taint.sinks[0].kind: expected a string, found an integer`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := tt.file
			if name == "" {
				name = "krait.toml"
			}
			c, got := loadString(t, name, tt.body)
			if got != tt.want {
				t.Errorf("Load error:\n%s\nwant\n%s", got, tt.want)
			}
			if got != "" && c != nil {
				t.Errorf("Load returned a Config with its error")
			}
		})
	}
}

// TestErrorFields checks that the *Error carries the file, position and key
// apart, not only in its text.
func TestErrorFields(t *testing.T) {
	dir := writeTree(t, map[string]string{"pyproject.toml": "[tool.krait]\n\n  select = [\"B1\", true]\n"})
	path := filepath.Join(dir, "pyproject.toml")
	_, err := Load(path)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Load: %v, want an *Error", err)
	}
	want := Error{File: path, Line: 3, Col: 19, Key: "tool.krait.select[1]", Msg: "expected a string, found a boolean"}
	if *e != want {
		t.Errorf("error %+v, want %+v", *e, want)
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"select", "ignore", "extend-select", "severity", "fail-on", "id"}
	for _, tt := range []struct{ key, want string }{
		{"selct", "select"},
		{"slect", "select"},
		{"sleect", "select"},
		{"extend_select", "extend-select"},
		{"igonre", "ignore"}, // a transposition is two edits
		{"severty", "severity"},
		{"fail_on", "fail-on"},
		{"skips", "ignore"},
		{"tests", "select"},
		{"colour", ""},
		{"x", ""}, // too short to guess: "id" is two edits away
		{"ids", "id"},
	} {
		if got := suggest(tt.key, known); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
}
