package reporttest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/krait-dev/krait/internal/analysis"
	rules "github.com/krait-dev/krait/internal/rules/secrets"
	"github.com/krait-dev/krait/internal/scan"
	"github.com/krait-dev/krait/internal/secrets"
)

// fake joins the parts of a fake credential. The tokens of Secrets are
// written in parts, with FAKE in their random part where the format
// allows, so that the repository holds no string that a secret scanner
// (krait's own included) takes for a credential. They differ from the
// rules' documented examples, which SARIF's rule descriptors quote.
func fake(parts ...string) string { return strings.Join(parts, "") }

// Secret is a credential in the sources of Secrets: the text a report
// must never show in full, and what it may show of it.
type Secret struct {
	// Path is the file it is in; Text is the secret as it is written
	// there (a private key's body with its line breaks).
	Path, Text string
}

// Shown returns the first characters of the secret that a report may
// show (secrets.Keep of them) and the rest, which it must not.
func (s Secret) Shown() (head, rest string) {
	k := secrets.Keep(utf8.RuneCountInString(s.Text))
	for i := range s.Text {
		if k == 0 {
			return s.Text[:i], s.Text[i:]
		}
		k--
	}
	return s.Text, ""
}

// Preview returns what a report shows of the secret, as secrets.Preview
// spells it: the quoted first characters and the length.
func (s Secret) Preview() (head string, length string) {
	h, _ := s.Shown()
	return "'" + h + "…'", fmt.Sprintf("(%d characters)", utf8.RuneCountInString(s.Text))
}

// Secrets returns the Result of the secret rules on two files, found by
// the real detectors (so that the spans to hide are the ones a scan
// computes): a Python module with a token in an assignment, in a dict
// and in a comment, a password bound to a name, a private key in a
// triple-quoted string, and a .env file with a password in a database
// URL and a Stripe key. It returns the secrets as well, for tests that
// check that no format shows one in full.
func Secrets(t testing.TB) (*scan.Result, []Secret) {
	t.Helper()
	aws := fake("AKIA", "FAKEKEYQ7ZR2M4W5")
	gh := fake("ghp_", "FAKETOKEN", "u8jzPde0IgxLd6GncfBAepfJBd0")
	slack := fake("xoxb-", "5930486172245-8416029375138-", "FAKETOKENKh8oOOL8dKLzdoc")
	pw := "Rd4!pWq8#nJ2vKx6"
	pemBody := fake("MIIEMSAeaf7aoO7ouZl/XHwpmf2v5ZMlPNZUr0361xQnoK6z/ukjL4ryIR+e5JHF\n",
		"tVY7/B5vk0J+y8j+KVXlzY5G3I7Ut8J2TSpaTXZ3BvhdhpACSta9o0Ab6cjLzMk1\n",
		"9s0fYSJq4VM4rho0AE0zug0kasBMgbG68j47+e71958rSTSvh/VSC2m5Sw2YLoW7")
	py := "import boto3\n\n" +
		"AWS_ACCESS_KEY_ID = \"" + aws + "\"\n" +
		"CONFIG = {\"github\": \"" + gh + "\", \"region\": \"eu-west-1\"}\n" +
		"# old slack token: " + slack + "\n" +
		"db_password = \"" + pw + "\"\n" +
		"KEY = \"\"\"-----BEGIN RSA " + "PRIVATE KEY-----\n" + pemBody + "\n-----END RSA " + "PRIVATE KEY-----\n\"\"\"\n"
	urlPw := "Tn38wMr5Yq2zCj"
	stripe := fake("sk_live_", "FAKETOKEN", "J2isAjIhKtJ0RlgLKOmx")
	env := "DATABASE_URL=postgres://app:" + urlPw + "@db.internal:5432/app\n" +
		"STRIPE_KEY=" + stripe + "\n"

	r := &scan.Result{Version: "0.1.0", Rules: rules.Rules(), Sources: map[string]*scan.Source{}}
	a := analysis.NewAnalyzer(rules.Rules(), nil)
	fr := scan.AnalyzeFile("pkg/settings.py", []byte(py), a, scan.FileOptions{})
	if len(fr.Errors) > 0 {
		t.Fatalf("pkg/settings.py: %v", fr.Errors)
	}
	r.Findings = append(r.Findings, fr.Findings...)
	r.Sources["pkg/settings.py"] = NewSource("pkg/settings.py", py)
	r.Findings = append(r.Findings, secrets.ScanText("deploy/.env", env, rules.Rules())...)
	r.Sources["deploy/.env"] = NewSource("deploy/.env", env)
	r.Files, r.Lines = 2, strings.Count(py, "\n")+strings.Count(env, "\n")
	r.Sort()
	ss := []Secret{
		{"pkg/settings.py", aws}, {"pkg/settings.py", gh}, {"pkg/settings.py", slack},
		{"pkg/settings.py", pw}, {"pkg/settings.py", pemBody},
		{"deploy/.env", urlPw}, {"deploy/.env", stripe},
	}
	if len(r.Findings) != len(ss) {
		t.Fatalf("Secrets: %d findings for %d secrets (rules: %s)", len(r.Findings), len(ss), ruleIDs(r.Findings))
	}
	return r, ss
}

func ruleIDs(fs []analysis.Finding) string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.RuleID)
	}
	return strings.Join(ids, " ")
}

// CheckRedacted fails t when out, a report of Secrets' Result, shows any
// secret beyond its first characters — any eight consecutive characters
// of the rest of it, on one of its lines, in the output as written or,
// for a JSON format, in any of its decoded strings — or lacks a secret's
// preview and length. Its messages name the secret by its number and
// preview, never by its text.
func CheckRedacted(t testing.TB, out []byte, ss []Secret) {
	t.Helper()
	texts := []string{string(out)}
	if json.Valid(out) {
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		jsonStrings(v, &b)
		texts = append(texts, b.String())
	}
	const window = 8
	for i, s := range ss {
		head, length := s.Preview()
		_, rest := s.Shown()
		leaked := -1
	scan:
		for _, line := range strings.Split(rest, "\n") {
			for j := 0; j+window <= len(line); j++ {
				for _, text := range texts {
					if strings.Contains(text, line[j:j+window]) {
						leaked = j
						break scan
					}
				}
			}
		}
		if leaked >= 0 {
			t.Errorf("secret #%d %s %s in %s: the output shows part of its hidden characters", i, head, length, s.Path)
		}
		shown := false
		for _, text := range texts {
			if strings.Contains(text, head) && strings.Contains(text, length) {
				shown = true
			}
		}
		if !shown {
			t.Errorf("secret #%d %s %s in %s: the output lacks its preview or length", i, head, length, s.Path)
		}
	}
}

// jsonStrings writes the strings (keys too) of a decoded JSON value, one
// a line.
func jsonStrings(v any, b *strings.Builder) {
	switch v := v.(type) {
	case string:
		b.WriteString(v)
		b.WriteByte('\n')
	case []any:
		for _, x := range v {
			jsonStrings(x, b)
		}
	case map[string]any:
		for k, x := range v {
			b.WriteString(k)
			b.WriteByte('\n')
			jsonStrings(x, b)
		}
	}
}
