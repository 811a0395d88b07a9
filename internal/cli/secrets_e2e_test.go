package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// fakeGitHubToken is a GitHub token of the right shape, built at run time
// so that the repository holds no whole token.
const fakeGitHubToken = "ghp_" + "KRAITFAKEpQ2vX9mL4rT7yB1nC6dF3hJ8kZ0"

// tokenHidden is the part of fakeGitHubToken that no output may show:
// everything after the preview.
const tokenHidden = "pQ2vX9mL4rT7yB1nC6dF3hJ8kZ0"

// TestScanNotebookOutputSecret: a token that a cell printed is reported
// at the notebook, in that cell's outputs, with the line within them, in
// every format, masked; a per-file ignore applies to it.
func TestScanNotebookOutputSecret(t *testing.T) {
	inTempDir(t)
	cell := codeCell("import os\n", "print(os.environ)\n")
	cell["outputs"] = []any{
		map[string]any{"output_type": "stream", "name": "stdout", "text": []string{"HOME=/root\n", "token: " + fakeGitHubToken + "\n"}},
	}
	write(t, ".", "nb.ipynb", notebook(markdownCell("# Env\n"), cell))

	code, rep, _ := scanJSON(t, "--select", "KR8", ".")
	if code != exitFindings {
		t.Errorf("exit %d, want 1", code)
	}
	expectFindings(t, "notebook output", rep, "KR803 nb.ipynb:2")
	if len(rep.Findings) == 1 {
		f := rep.Findings[0]
		if f.Cell != 2 || !f.Output || f.Column != 8 || f.EndLine != 2 || f.EndColumn != 8+len(fakeGitHubToken) {
			t.Errorf("KR803: %+v; want cell 2, output, 2:8 to 2:%d", f, 8+len(fakeGitHubToken))
		}
		if !strings.HasPrefix(f.Snippet, "token: ghp_") || strings.Contains(f.Snippet, tokenHidden[:8]) {
			t.Errorf("snippet %q: want the line, masked", f.Snippet)
		}
		if !strings.HasPrefix(f.Fingerprint, "s1:") {
			t.Errorf("fingerprint %q", f.Fingerprint)
		}
	}

	for _, format := range []string{"text", "json", "sarif", "github", "bandit-json"} {
		_, out, _ := run("scan", "--select", "KR8", "--format", format, ".")
		if strings.Contains(out, tokenHidden[:8]) {
			t.Errorf("%s: the token is shown:\n%s", format, out)
		}
		switch format {
		case "text":
			if !strings.Contains(out, "nb.ipynb:cell 2 output:2:8: KR803 ") {
				t.Errorf("text: no nb.ipynb:cell 2 output:2:8 header in\n%s", out)
			}
		case "github":
			if !strings.HasPrefix(out, "::error file=nb.ipynb,title=KR803::cell 2 output, line 2: ") {
				t.Errorf("github: %q", out)
			}
		case "sarif":
			var log struct {
				Runs []struct {
					Results []struct {
						Locations []struct {
							Properties struct {
								Cell     int  `json:"cell"`
								CellLine int  `json:"cellLine"`
								Output   bool `json:"output"`
							} `json:"properties"`
						} `json:"locations"`
						Properties struct {
							Fingerprint string `json:"fingerprint"`
						} `json:"properties"`
					} `json:"results"`
				} `json:"runs"`
			}
			if err := json.Unmarshal([]byte(out), &log); err != nil {
				t.Fatal(err)
			}
			if len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
				t.Fatalf("sarif: %s", out)
			}
			r := log.Runs[0].Results[0]
			if p := r.Locations[0].Properties; p.Cell != 2 || p.CellLine != 2 || !p.Output || !strings.HasPrefix(r.Properties.Fingerprint, "s1:") {
				t.Errorf("sarif: %+v", r)
			}
		}
	}

	// The Python rules see the code cell only: the output is not Python.
	_, rep, _ = scanJSON(t, ".")
	expectFindings(t, "with B", rep, "KR803 nb.ipynb:2")

	write(t, ".", "krait.toml", "[per-file-ignores]\n\"*.ipynb\" = [\"KR8\"]\n")
	code, rep, _ = scanJSON(t, "--select", "KR8", ".")
	if code != exitOK || len(rep.Findings) != 1 || !rep.Findings[0].Suppressed {
		t.Errorf("per-file ignore: exit %d, %+v", code, rep.Findings)
	}
}

// TestScanSecretsIgnore: [secrets] ignore suppresses a secret by its
// fingerprint, and keeps doing so when its line moves; the suppressed
// finding stays in JSON and SARIF, naming the ignore. An expired ignore
// no longer applies and gives a warning.
func TestScanSecretsIgnore(t *testing.T) {
	inTempDir(t)
	write(t, ".", "app.py", "import os\n\nTOKEN = \""+fakeGitHubToken+"\"\n")
	code, rep, _ := scanJSON(t, "--select", "KR803", ".")
	expectFindings(t, "before", rep, "KR803 app.py:3")
	if code != exitFindings || len(rep.Findings) != 1 {
		t.Fatalf("exit %d, %+v", code, rep.Findings)
	}
	fp := rep.Findings[0].Fingerprint
	if !strings.HasPrefix(fp, "s1:") || len(fp) != 35 {
		t.Fatalf("fingerprint %q", fp)
	}

	write(t, ".", "krait.toml", "[secrets]\nignore = [{fingerprint = \""+fp+"\", reason = \"revoked\"}]\n")
	// The secret moves down and into another statement.
	write(t, ".", "app.py", "import os\n\n\ndef token():\n    return os.environ.get(\"T\", \""+fakeGitHubToken+"\")\n")
	code, rep, _ = scanJSON(t, "--select", "KR803", ".")
	if got := strings.Join(reported(rep, true), ", "); got != "KR803 app.py:5 (suppressed)" {
		t.Errorf("moved: findings %s, want KR803 app.py:5 (suppressed)", got)
	}
	if code != exitOK {
		t.Errorf("exit %d, want 0", code)
	}
	if f := rep.Findings; len(f) == 1 && (f[0].SuppressedBy == nil || *f[0].SuppressedBy != "secrets.ignore (krait.toml:2): revoked" || f[0].Fingerprint != fp) {
		t.Errorf("suppressed_by %v, fingerprint %q", f[0].SuppressedBy, f[0].Fingerprint)
	}
	_, out, _ := run("scan", "--select", "KR803", "--format", "sarif", ".")
	if !strings.Contains(out, `"justification": "secrets.ignore (krait.toml:2): revoked"`) || !strings.Contains(out, `"fingerprint": "`+fp+`"`) {
		t.Errorf("sarif: no suppression or fingerprint in\n%s", out)
	}
	_, out, _ = run("scan", "--select", "KR803", ".")
	if strings.Contains(out, "KR803") {
		t.Errorf("text: the ignored secret is shown:\n%s", out)
	}

	write(t, ".", "krait.toml", "[secrets]\nignore = [{fingerprint = \""+fp+"\", expires = 2020-01-31}]\n")
	code, out, _ = run("scan", "--select", "KR803", ".")
	if code != exitFindings || !strings.Contains(out, "secrets.ignore of "+fp+" expired on 2020-01-31") {
		t.Errorf("expired: exit %d\n%s", code, out)
	}
}
