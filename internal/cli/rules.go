package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules"
)

// Version is krait's version.
const Version = "0.1.0"

// ruleJSON is a rule in "krait rules --format json".
type ruleJSON struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Title      string         `json:"title"`
	Severity   string         `json:"severity"`
	Confidence string         `json:"confidence"`
	CWE        int            `json:"cwe,omitempty"`
	Default    bool           `json:"default"`
	Since      string         `json:"since"`
	Why        string         `json:"why"`
	Bad        string         `json:"bad_example"`
	Good       string         `json:"good_example"`
	Notes      string         `json:"notes,omitempty"`
	Options    map[string]any `json:"options,omitempty"`
	Aliases    []string       `json:"aliases,omitempty"`
}

func ruleToJSON(r *analysis.Rule) ruleJSON {
	j := ruleJSON{ID: r.ID, Name: r.Name, Title: r.Title, Severity: r.Severity.String(), Confidence: r.Confidence.String(),
		CWE: r.CWE, Default: r.Default, Since: r.Since, Why: r.Why, Bad: r.Bad, Good: r.Good, Notes: r.Notes,
		Options: optionDefaults(r.Options)}
	if strings.HasPrefix(r.ID, "B") {
		j.Aliases = []string{"S" + r.ID[1:]}
	}
	return j
}

// optionDefaults returns a rule's options by their configuration names,
// with their default values.
func optionDefaults(opts any) map[string]any {
	if opts == nil {
		return nil
	}
	v := reflect.ValueOf(opts).Elem()
	t := v.Type()
	out := make(map[string]any)
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		out[name] = v.Field(i).Interface()
	}
	return out
}

// runRules implements "krait rules [--format text|json] [PREFIX...]".
func runRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("krait rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "text, json or markdown")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return exitError
	}
	var list []*analysis.Rule
	if len(pos) == 0 {
		list = rules.All()
	} else {
		list, err = rules.Select(rules.Selection{Select: pos})
		if err != nil {
			fmt.Fprintf(stderr, "krait rules: %v\n", err)
			return exitError
		}
	}
	switch *format {
	case "json":
		out := make([]ruleJSON, len(list))
		for i, r := range list {
			out[i] = ruleToJSON(r)
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "krait rules: %v\n", err)
			return exitError
		}
	case "markdown":
		fmt.Fprint(stdout, RulesDoc(list))
	case "text":
		for _, r := range list {
			def := ""
			if !r.Default {
				def = "  (not run by default)"
			}
			cwe := ""
			if r.CWE != 0 {
				cwe = fmt.Sprintf("CWE-%d", r.CWE)
			}
			fmt.Fprintf(stdout, "%-6s %-8s %-8s %-8s %-40s %s%s\n", r.ID, r.Severity, r.Confidence, cwe, r.Name, r.Title, def)
		}
	default:
		fmt.Fprintf(stderr, "krait rules: unknown format %q (want text, json or markdown)\n", *format)
		return exitError
	}
	return exitOK
}

// runExplain implements "krait explain ID".
func runExplain(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: krait explain ID")
		return exitError
	}
	r := rules.ByID(args[0])
	if r == nil {
		if id := rules.Resolve(args[0]); id != "" {
			r = rules.ByID(id)
		}
	}
	if r == nil {
		fmt.Fprintf(stderr, "krait explain: no rule %q (see krait rules)\n", args[0])
		return exitError
	}
	fmt.Fprint(stdout, Explain(r))
	return exitOK
}

// RulesDoc returns the documentation of rules as one Markdown page:
// docs/rules.md is RulesDoc(rules.All()).
func RulesDoc(list []*analysis.Rule) string {
	var b strings.Builder
	b.WriteString("# krait's rules\n\n")
	b.WriteString("Generated from the rule definitions by `krait rules --format markdown`; do not edit.\n")
	b.WriteString("Ruff's `S` codes are accepted for Bandit's ids (`S602` is `B602`).\n\n")
	b.WriteString("| id | name | severity | confidence | CWE | title |\n| --- | --- | --- | --- | --- | --- |\n")
	for _, r := range list {
		cwe := ""
		if r.CWE != 0 {
			cwe = fmt.Sprintf("CWE-%d", r.CWE)
		}
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s | %s | %s |\n", r.ID, strings.ToLower(r.ID), r.Name, r.Severity, r.Confidence, cwe, r.Title)
	}
	for _, r := range list {
		fmt.Fprintf(&b, "\n<a id=\"%s\"></a>\n\n", strings.ToLower(r.ID))
		b.WriteString(Explain(r))
	}
	return b.String()
}

// Explain returns a rule's documentation as Markdown, the text of "krait
// explain" and of docs/rules.md.
func Explain(r *analysis.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s %s: %s\n\n", r.ID, r.Name, r.Title)
	fmt.Fprintf(&b, "Severity %s, confidence %s", r.Severity, r.Confidence)
	if r.CWE != 0 {
		fmt.Fprintf(&b, ", [CWE-%d](https://cwe.mitre.org/data/definitions/%d.html)", r.CWE, r.CWE)
	}
	if strings.HasPrefix(r.ID, "B") {
		fmt.Fprintf(&b, ". Ruff: S%s", r.ID[1:])
	}
	if !r.Default {
		b.WriteString(". Not run by default")
	}
	fmt.Fprintf(&b, ". Since %s.\n\n", r.Since)
	fmt.Fprintf(&b, "%s\n\n", r.Why)
	lang := r.ExampleLang
	if lang == "" {
		lang = "python"
	}
	fmt.Fprintf(&b, "Reported:\n\n```%s\n%s\n```\n\nInstead:\n\n```%s\n%s\n```\n", lang, r.Bad, lang, r.Good)
	if r.Notes != "" {
		fmt.Fprintf(&b, "\n%s\n", r.Notes)
	}
	if opts := optionDefaults(r.Options); len(opts) > 0 {
		names := make([]string, 0, len(opts))
		for n := range opts {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(&b, "\nOptions (`[tool.krait.rules.%s]`):\n\n", r.ID)
		for _, n := range names {
			v, _ := json.Marshal(opts[n])
			fmt.Fprintf(&b, "- `%s` = `%s`\n", n, v)
		}
	}
	return b.String()
}
