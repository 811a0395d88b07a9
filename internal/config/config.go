package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
)

// Config is krait's configuration for one scan root. The zero Config (no file
// found) means: built-in defaults everywhere.
//
// A nil list means "not set"; a non-nil empty list was written as [] (so
// select = [] selects nothing, while no select keeps the default set).
type Config struct {
	// Path is the file the configuration was read from, "" when none was
	// found. Relative globs are relative to its directory (Dir).
	Path string
	// FromBandit is set when the configuration was translated from
	// [tool.bandit] in pyproject.toml or a .bandit INI file, because no krait
	// configuration exists.
	FromBandit bool
	// Sources lists every file read, Path first: a Bandit translation can
	// merge pyproject.toml's [tool.bandit] with the .bandit next to it.
	Sources []string

	// Select, Ignore, ExtendSelect and ExtendIgnore are rule id prefixes:
	// "B", "B6", "B602", "KR", "KR6". Ruff's aliases ("S602", "S6") are
	// accepted and stored with B ("B602", "B6").
	Select, Ignore, ExtendSelect, ExtendIgnore []string
	// Exclude replaces krait's default excludes; ExtendExclude adds to them.
	// Both are globs with Ruff's exclude syntax, as internal/source matches
	// them: a pattern without "/" matches a file or directory name at any
	// depth; one with "/" matches the whole path relative to Dir (the
	// project root, as in Ruff); a trailing "/" matches directories only;
	// "*" and "?" stay within a name, a "**" name matches any number of
	// names. Patterns are checked for syntax only.
	Exclude, ExtendExclude []string
	// PerFileIgnores are the [per-file-ignores] entries in file order.
	PerFileIgnores []PerFileIgnore
	// Severity and Confidence are the report thresholds, FailOn the exit-code
	// threshold: "low", "medium", "high", or "" when unset.
	Severity, Confidence, FailOn string
	// Rules holds per-rule options keyed by canonical rule id ("B108"),
	// undecoded: each rule decodes its own with DecodeRuleOptions.
	Rules map[string]*RuleOptions
	// Taint holds user additions to the built-in taint models.
	Taint TaintModels
	// Deps holds the dependency audit's settings.
	Deps DepsConfig
	// Secrets holds the secret rules' settings (ignores by fingerprint).
	Secrets SecretsConfig

	// Warnings are problems that do not stop the scan, formatted like
	// errors: keys a Bandit configuration has but krait does not translate.
	// A krait configuration never has warnings; its unknown keys are errors.
	Warnings []string

	// refs are the rule ids the configuration mentions, for CheckRuleIDs.
	refs []ruleRef
}

// PerFileIgnore ignores rules in the files matching a glob.
type PerFileIgnore struct {
	// Glob has the syntax of Config.Exclude.
	Glob string
	// IDs are rule id prefixes, as in Config.Select.
	IDs []string
	// Pos is where the glob is written.
	Pos Position
}

// RuleOptions are the options given for one rule, kept undecoded with their
// positions until the rule decodes them into its own options struct.
type RuleOptions struct {
	// ID is the canonical rule id ("B108" for S108 too).
	ID string
	// Key is the dotted key of the table the options came from:
	// "tool.krait.rules.B108", or "tool.bandit.hardcoded_tmp_directory".
	Key string
	// Pos is where that table starts.
	Pos Position
	// table holds the option entries, each with its own path and position
	// (a Bandit translation may take them from several sections).
	table *node
}

// Keys returns the option names given, in file order.
func (o *RuleOptions) Keys() []string {
	return slices.Clone(o.table.keys)
}

// ruleRef is one rule id written in the configuration.
type ruleRef struct {
	id  string
	key string
	pos Position
}

// Dir returns the directory of Path, against which relative globs are
// matched; "" when no file was found.
func (c *Config) Dir() string {
	if c.Path == "" {
		return ""
	}
	return filepath.Dir(c.Path)
}

// DecodeRuleOptions strictly decodes the options given for ruleID (a
// canonical id or a Ruff alias) into dst, a non-nil pointer to a struct with
// `toml` tags. An unknown option or a value of the wrong type is an *Error
// (or an ErrorList) naming file, line and key. When no options were given,
// dst is left untouched, so it keeps its defaults; so are the fields the
// options do not mention. A rule without options can decode into a pointer
// to an empty struct to reject stray ones. Safe for concurrent use.
func (c *Config) DecodeRuleOptions(ruleID string, dst any) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("config: DecodeRuleOptions(%q): destination must be a non-nil pointer, not %T", ruleID, dst)
	}
	id, ok := canonicalRuleID(ruleID, true)
	if !ok {
		return fmt.Errorf("config: DecodeRuleOptions: invalid rule id %q", ruleID)
	}
	opts := c.Rules[id]
	if opts == nil {
		return nil
	}
	var d decoder
	d.decode(opts.table, rv.Elem())
	return errorsOf(d.errs)
}

// CheckRuleIDs reports, as *Error values at their places, the rule ids and
// prefixes of the configuration that match no rule; exists says whether a
// prefix matches at least one rule of the catalogue.
func (c *Config) CheckRuleIDs(exists func(prefix string) bool) error {
	var errs []*Error
	for _, r := range c.refs {
		if !exists(r.id) {
			errs = append(errs, &Error{File: r.pos.File, Line: r.pos.Line, Col: r.pos.Col, Key: r.key, Msg: fmt.Sprintf("no rule matches %q", r.id)})
		}
	}
	return errorsOf(errs)
}

// File names searched in each directory by Find, in order of precedence.
const (
	dotKraitToml = ".krait.toml"
	kraitToml    = "krait.toml"
	pyproject    = "pyproject.toml"
	dotBandit    = ".bandit"
)

// Find looks for krait's configuration from root (a directory, or a file
// whose directory is used) upward to the filesystem root, and returns the
// first file found, or "" when there is none. Within one directory the
// precedence is Ruff's: .krait.toml, then krait.toml, then pyproject.toml;
// a pyproject.toml without a [tool.krait] table is skipped (the search goes
// on upward). A pyproject.toml that is not valid TOML is an error, since it
// cannot be told whether it configures krait.
func Find(root string) (string, error) {
	dir, err := startDir(root)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range []string{dotKraitToml, kraitToml} {
			p := filepath.Join(dir, name)
			if ok, err := isFile(p); err != nil {
				return "", err
			} else if ok {
				return p, nil
			}
		}
		p := filepath.Join(dir, pyproject)
		doc, err := readTOMLIfExists(p)
		if err != nil {
			return "", err
		}
		if doc.lookup("tool", "krait") != nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// ForRoot returns the configuration for a scan root: Find then Load. When no
// krait configuration exists, it looks from root upward for a Bandit
// configuration and translates it (see the package documentation): in the
// nearest directory that has a pyproject.toml with [tool.bandit] or a
// .bandit file with a [bandit] section; when it has both, they are merged as
// Bandit merges `-c pyproject.toml` with .bandit. Else it returns an empty
// Config.
func ForRoot(root string) (*Config, error) {
	p, err := Find(root)
	if err != nil {
		return nil, err
	}
	if p != "" {
		return Load(p)
	}
	dir, err := startDir(root)
	if err != nil {
		return nil, err
	}
	for {
		pp := filepath.Join(dir, pyproject)
		doc, err := readTOMLIfExists(pp)
		if err != nil {
			return nil, err
		}
		tomlSec := doc.lookup("tool", "bandit")
		ip := filepath.Join(dir, dotBandit)
		ini, err := readINIIfExists(ip)
		if err != nil {
			return nil, err
		}
		iniSec := ini.section("bandit")
		if tomlSec != nil || iniSec != nil {
			c := &Config{FromBandit: true}
			if tomlSec != nil {
				c.Path = pp
				c.Sources = append(c.Sources, pp)
				if err := fromBanditTOML(c, tomlSec); err != nil {
					return nil, err
				}
			}
			if iniSec != nil {
				if c.Path == "" {
					c.Path = ip
				}
				c.Sources = append(c.Sources, ip)
				if err := fromBanditINI(c, iniSec); err != nil {
					return nil, err
				}
			}
			finishBandit(c)
			return c, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return &Config{}, nil
		}
		dir = parent
	}
}

// Load reads the configuration file at path. Its base name says how:
//
//   - pyproject.toml: the [tool.krait] table; when there is none,
//     [tool.bandit] translated (FromBandit); when neither exists, an empty
//     Config.
//   - any other *.toml (krait.toml, .krait.toml): krait's keys at the top
//     level.
//   - .bandit, *.ini, *.cfg: Bandit's INI [bandit] section, translated.
//
// Every problem is reported, each as an *Error naming file, line, column and
// key; several come as an ErrorList.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return load(path, data)
}

// load is Load on the file's contents.
func load(path string, data []byte) (*Config, error) {
	base := filepath.Base(path)
	c := &Config{Path: path, Sources: []string{path}}
	switch {
	case base == pyproject:
		doc, err := parseTOML(path, data)
		if err != nil {
			return nil, err
		}
		if k := doc.lookup("tool", "krait"); k != nil {
			if err := decodeKrait(c, k); err != nil {
				return nil, err
			}
			return c, nil
		}
		if b := doc.lookup("tool", "bandit"); b != nil {
			c.FromBandit = true
			if err := fromBanditTOML(c, b); err != nil {
				return nil, err
			}
			finishBandit(c)
		}
		return c, nil
	case strings.HasSuffix(base, ".toml"):
		doc, err := parseTOML(path, data)
		if err != nil {
			return nil, err
		}
		if err := decodeKrait(c, doc); err != nil {
			return nil, err
		}
		return c, nil
	case base == dotBandit || strings.HasSuffix(base, ".ini") || strings.HasSuffix(base, ".cfg"):
		ini, err := parseINI(path, data)
		if err != nil {
			return nil, err
		}
		c.FromBandit = true
		sec := ini.section("bandit")
		if sec == nil {
			c.Warnings = append(c.Warnings, path+": no [bandit] section; nothing to read")
			return c, nil
		}
		if err := fromBanditINI(c, sec); err != nil {
			return nil, err
		}
		finishBandit(c)
		return c, nil
	}
	return nil, fmt.Errorf("config: %s: unsupported file name (want pyproject.toml, *.toml, .bandit, *.ini or *.cfg)", path)
}

// startDir is the absolute directory a search starts from.
func startDir(root string) (string, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("config: %w", err)
	}
	if !fi.IsDir() {
		abs = filepath.Dir(abs)
	}
	return abs, nil
}

// isFile reports whether p is an existing regular file (or a link to one).
func isFile(p string) (bool, error) {
	fi, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("config: %w", err)
	}
	return fi.Mode().IsRegular(), nil
}

// readTOMLIfExists parses the TOML file p; nil when it does not exist.
func readTOMLIfExists(p string) (*node, error) {
	ok, err := isFile(p)
	if !ok || err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return parseTOML(p, data)
}

// readINIIfExists parses the INI file p; nil when it does not exist.
func readINIIfExists(p string) (*iniFile, error) {
	ok, err := isFile(p)
	if !ok || err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return parseINI(p, data)
}
