package secrets_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	rules "github.com/krait-dev/krait/internal/rules/secrets"
	"github.com/krait-dev/krait/internal/secrets"
)

var (
	wantRe = regexp.MustCompile(`#\s*want([+-]\d+)?:\s*(.*)$`)
	itemRe = regexp.MustCompile(`^([A-Z]+[0-9]+)(?:\(([a-z]+)(?:/([a-z]+))?\))?$`)
)

// unsplit removes the "@@" markers that keep the testdata's tokens from
// being tokens in the repository (see testdata/config/.env).
func unsplit(s string) string { return strings.ReplaceAll(s, "@@", "") }

type want struct {
	line     int
	id       string
	sev, con string
	met      bool
}

// wants reads the expectations of a configuration testdata file: "#
// want: ID(severity/confidence)" comments, or for formats without
// comments a FILE.want beside it with "LINE: IDS" lines.
func wants(t *testing.T, path, text string) []*want {
	var out []*want
	add := func(line int, items string) {
		for _, item := range strings.Fields(items) {
			m := itemRe.FindStringSubmatch(item)
			if m == nil {
				t.Fatalf("%s:%d: bad item %q", path, line, item)
			}
			out = append(out, &want{line: line, id: m[1], sev: m[2], con: m[3]})
		}
	}
	if data, err := os.ReadFile(path + ".want"); err == nil {
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			n, items, _ := strings.Cut(l, ":")
			ln, err := strconv.Atoi(strings.TrimSpace(n))
			if err != nil {
				t.Fatalf("%s.want: %q", path, l)
			}
			add(ln, items)
		}
		return out
	}
	for i, l := range strings.Split(text, "\n") {
		if m := wantRe.FindStringSubmatch(l); m != nil {
			ln := i + 1
			if m[1] != "" {
				d, _ := strconv.Atoi(m[1])
				ln += d
			}
			add(ln, m[2])
		}
	}
	return out
}

// TestConfigFiles scans every file of testdata/config as a configuration
// file named as its base name says ("tests__x.yaml" is tests/x.yaml,
// below app/) and compares the findings with the expectations.
func TestConfigFiles(t *testing.T) {
	// Glob's "*" matches names with a leading dot too (.env, .npmrc).
	files, _ := filepath.Glob(filepath.Join("testdata", "config", "*"))
	sort.Strings(files)
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, ".want") {
			continue
		}
		n++
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			text := unsplit(string(data))
			path := "app/" + strings.ReplaceAll(filepath.Base(file), "__", "/")
			ws := wants(t, file, text)
			lines := lineStarts(text)
			for _, f := range secrets.ScanText(path, text, rules.Rules()) {
				line := sort.Search(len(lines), func(i int) bool { return lines[i] > int(f.Span.Start) })
				checkRedaction(t, text, f)
				matched := false
				for _, w := range ws {
					if w.met || w.line != line || w.id != f.RuleID {
						continue
					}
					if w.sev != "" && w.sev != f.Severity.String() || w.con != "" && w.con != f.Confidence.String() {
						t.Errorf("%s:%d: %s is %s/%s, want %s/%s", path, line, f.RuleID, f.Severity, f.Confidence, w.sev, w.con)
					}
					w.met, matched = true, true
					break
				}
				if !matched {
					t.Errorf("%s:%d: unexpected %s: %s", path, line, f.RuleID, f.Message)
				}
			}
			for _, w := range ws {
				if !w.met {
					t.Errorf("%s:%d: expected %s, not reported", path, w.line, w.id)
				}
			}
		})
	}
	if n < 10 {
		t.Errorf("only %d configuration testdata files", n)
	}
}

// checkRedaction checks what a finding shows of its secret: its message
// has a preview, not the secret, and Redact covers all of it but the
// first characters.
func checkRedaction(t *testing.T, text string, f analysis.Finding) {
	t.Helper()
	if len(f.Redact) != 1 {
		t.Errorf("%s: Redact = %v", f.RuleID, f.Redact)
		return
	}
	r := f.Redact[0]
	hidden := text[r.Start:r.End]
	// The messages name the finding by its offset, never by the text of
	// its message, which would print the secret if it leaked.
	if len(hidden) < 4 || strings.Contains(f.Message, hidden) {
		t.Errorf("%s at byte %d: the message shows the hidden text", f.RuleID, f.Span.Start)
	}
	if !strings.Contains(f.Message, "characters)") {
		t.Errorf("%s at byte %d: the message has no preview", f.RuleID, f.Span.Start)
	}
	if !strings.HasPrefix(f.Fingerprint, "s1:") || strings.Contains(f.Fingerprint, hidden) {
		t.Errorf("%s at byte %d: bad fingerprint", f.RuleID, f.Span.Start)
	}
}

func lineStarts(s string) []int {
	ls := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}
