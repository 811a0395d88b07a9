// Package deps holds the rules of krait's dependency family (KR9xx). Their
// findings come from the dependency audit (internal/deps, run by "krait
// deps" and by "krait scan"), not from a syntax tree: the rules carry the
// documentation and make selection work.
package deps

import "github.com/krait-dev/krait/internal/analysis"

// Rules returns the dependency rules.
func Rules() []*analysis.Rule { return []*analysis.Rule{KR901} }

// KR901 reports dependencies that an OSV advisory says are vulnerable. It
// has no Kinds and no Run: the audit reports its findings, with the
// advisory id as their rule id.
var KR901 = &analysis.Rule{
	ID:    analysis.DependencyRule,
	Name:  "vulnerable_dependency",
	Title: "Dependency with a known vulnerability",
	Why: "A package version that a published advisory says is vulnerable brings the advisory's risk into the " +
		"application whatever its own code does: attackers read the same advisories. krait matches every " +
		"pinned, locked or installed package (requirements and constraints files, poetry.lock, Pipfile.lock, " +
		"pdm.lock, uv.lock, pylock.toml, pyproject.toml, virtualenvs with --env) against the OSV advisories " +
		"of PyPI, with PEP 440 version semantics, and reports each advisory with the release that fixes it.",
	Bad:         "# requirements.txt\ndjango==3.2.0",
	Good:        "# requirements.txt\ndjango==3.2.25",
	ExampleLang: "text",
	Notes: "Each finding is one package and one advisory: its rule_id is the advisory's id (PYSEC, else GHSA, " +
		"else another; the other ids of the records describing the same vulnerability are its aliases), " +
		"and its path and line point at the pin in the dependency file. The JSON report adds " +
		"\"package\" {name, version} and \"advisory\" {id, aliases, summary, fixed_in}; SARIF gets a rule " +
		"descriptor per advisory, linking to https://osv.dev/vulnerability/ID.\n\n" +
		"Severity comes from the advisory: the highest rating among its records' CVSS vectors and database " +
		"ratings, CRITICAL and HIGH as high, MEDIUM (GitHub's MODERATE) as medium, LOW and NONE as low. " +
		"An advisory with no CVSS vector and no rating (most PYSEC records) is reported as medium, this " +
		"rule's default.\n\n" +
		"Confidence is high when the pinned version is affected. An unpinned requirement (\"requests>=2.0\", " +
		"pyproject.toml's ranges) is audited over every version its range allows: an advisory that affects " +
		"all of them is reported with high confidence, one that affects only some is reported with low " +
		"confidence and \"may be affected\" in the message, since the version installed decides. Unpinned " +
		"requirements, and those that cannot be audited (VCS, URL, local path or editable), are listed as " +
		"warnings. A range next to a lockfile or requirements file in the same directory that pins the " +
		"same package is not audited: the pin is what gets installed.\n\n" +
		"Ignore an advisory (by its id or any alias) with [tool.krait.deps] ignore = [{id = \"PYSEC-2021-98\", " +
		"reason = \"not reachable\", expires = 2025-06-30}]: its findings are kept as suppressed; after the " +
		"expiry date the ignore stops applying and krait warns. In krait scan, --ignore KR901 (or KR9) " +
		"turns the audit off and --select KR901 runs it alone.",
	Severity:   analysis.Medium,
	Confidence: analysis.High,
	CWE:        1395,
	Since:      "0.1.0",
	Default:    true,
}
