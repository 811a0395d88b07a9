package scan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	rules "github.com/krait-dev/krait/internal/rules/secrets"
	"github.com/krait-dev/krait/internal/source"
)

// TestAnalyzeConfig scans a .env file for secrets: a finding per secret,
// "# nosec" and "# noqa: KR831" on a line suppress its finding, and no
// message holds a secret. The values are fakes.
func TestAnalyzeConfig(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".env")
	pw := "Zq7#kLm2!vR9xT4w"
	text := "DB_PASSWORD=" + pw + "\n" +
		"ADMIN_PASSWORD=" + pw + "  # nosec\n" +
		"SMTP_PASSWORD=" + pw + "  # noqa: KR831\n" +
		"OTHER_PASSWORD=" + pw + "  # noqa: KR801\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	res := analyzeConfig(source.Entry{Path: path, Kind: source.KindConfig}, rules.Rules(), &Options{})
	if len(res.Errors) > 0 || len(res.Warnings) > 0 {
		t.Fatalf("errors %v, warnings %v", res.Errors, res.Warnings)
	}
	if len(res.Findings) != 4 || res.Source == nil || res.Lines != 4 {
		t.Fatalf("%d findings, %d lines, source %v", len(res.Findings), res.Lines, res.Source != nil)
	}
	for i, want := range []bool{false, true, true, false} {
		f := res.Findings[i]
		if f.RuleID != "KR831" || f.Suppressed != want {
			t.Errorf("line %d: %s suppressed=%v, want KR831 suppressed=%v", i+1, f.RuleID, f.Suppressed, want)
		}
		if strings.Contains(f.Message, pw) {
			t.Errorf("line %d: the message shows the secret", i+1)
		}
	}
	opt := &Options{IgnoreNoSec: true}
	for _, f := range analyzeConfig(source.Entry{Path: path, Kind: source.KindConfig}, rules.Rules(), opt).Findings {
		if f.Suppressed {
			t.Errorf("--ignore-nosec: a finding is suppressed by %q", f.SuppressedBy)
		}
	}
	// Without secret rules, configuration files are not read.
	if res := analyzeConfig(source.Entry{Path: filepath.Join(dir, "missing.env"), Kind: source.KindConfig}, nil, &Options{}); len(res.Errors) > 0 {
		t.Errorf("read without secret rules: %v", res.Errors)
	}
}

func TestDecodeText(t *testing.T) {
	for _, tc := range []struct {
		data []byte
		want string
	}{
		{[]byte("a=b\n"), "a=b\n"},
		{[]byte("\xef\xbb\xbfa=b"), "a=b"},
		{[]byte("\xff\xfea\x00=\x00b\x00"), "a=b"},
		{[]byte("\xfe\xff\x00a\x00=\x00b"), "a=b"},
		{[]byte("\xff\xfe\x00\x00a\x00\x00\x00"), "a"},
		{[]byte("\x00\x00\xfe\xff\x00\x00\x00a"), "a"},
		{[]byte("a\xffb"), "a\uFFFDb"},
	} {
		if got := DecodeText(tc.data); got != tc.want {
			t.Errorf("DecodeText(%q) = %q, want %q", tc.data, got, tc.want)
		}
	}
}
