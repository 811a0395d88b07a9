package ruleutil

import (
	"path"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// slashPath returns the pass's path with forward slashes.
func slashPath(p string) string { return strings.ReplaceAll(p, "\\", "/") }

// IsTestPath reports whether a file is test code by its path: test_*.py,
// *_test.py, tests.py, conftest.py, or a file under a directory named
// test, tests or testing.
func IsTestPath(p string) bool {
	p = slashPath(p)
	base := path.Base(p)
	if strings.HasPrefix(base, "test_") || strings.HasSuffix(base, "_test.py") || base == "tests.py" || base == "conftest.py" {
		return true
	}
	for _, d := range strings.Split(path.Dir(p), "/") {
		if d == "test" || d == "tests" || d == "testing" {
			return true
		}
	}
	return false
}

// Role is what a configuration file is for, by its name.
type Role uint8

// The roles of configuration files.
const (
	// Production is any configuration that is neither of the others: what
	// a deployment runs (settings.py, prod.py, production.py, staging.py).
	Production Role = iota
	// Development configurations run on a developer's machine or in
	// tests: dev.py, local.py, development.py, test.py,
	// settings_test.py, local_settings.py, ci.py, or anything under a
	// tests directory.
	Development
	// Base configurations are completed by others (base.py, common.py,
	// defaults.py, shared.py): settings they lack may be set by the
	// module that imports them.
	Base
)

var devWords = set(`dev devel develop development local test tests testing ci debug unittest pytest e2e example sample demo`)
var baseWords = set(`base common default defaults shared global globals`)

// ConfigRole returns the role of a configuration file from its path:
// the words of its name without ".py", and whether it lies in a tests
// directory.
func ConfigRole(p string) Role {
	p = slashPath(p)
	if IsTestPath(p) {
		return Development
	}
	stem := strings.TrimSuffix(path.Base(p), ".py")
	ws := Words(stem)
	for _, w := range ws {
		if devWords[w] {
			return Development
		}
	}
	for _, w := range ws {
		if baseWords[w] {
			return Base
		}
	}
	return Production
}

// ConfigName returns a word for a class name's role, as ConfigRole does
// for a path: "DevelopmentConfig" and "TestingConfig" are Development,
// "BaseConfig" and "Config" Base, "ProductionConfig" Production.
func ConfigName(class string) Role {
	ws := Words(class)
	for _, w := range ws {
		if devWords[w] {
			return Development
		}
	}
	for _, w := range ws {
		if baseWords[w] {
			return Base
		}
	}
	return Production
}

// importsKey caches, per file, the modules it imports.
var importsKey = analysis.NewStateKey(func() any { return &imports{} })

type imports struct {
	done  bool
	names []string
}

// ImportsAny reports whether the file imports one of the given modules or
// a submodule of one ("flask" matches "import flask", "from flask import
// Flask" and "from flask.views import View"), anywhere in its statements
// (a factory may import Flask inside create_app).
func ImportsAny(p *analysis.Pass, roots ...string) bool {
	st := p.State(importsKey).(*imports)
	if !st.done {
		st.done = true
		collectImports(p.File.Module.Body, st)
	}
	for _, n := range st.names {
		for _, r := range roots {
			if n == r || strings.HasPrefix(n, r) && len(n) > len(r) && n[len(r)] == '.' {
				return true
			}
		}
	}
	return false
}

func collectImports(body []ast.Stmt, st *imports) {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.Import:
			for _, a := range s.Names {
				st.names = append(st.names, a.Name.Name)
			}
		case *ast.ImportFrom:
			if s.Level == 0 {
				for _, a := range s.Names {
					st.names = append(st.names, s.Module.Name+"."+a.Name.Name)
				}
			}
		case *ast.If:
			collectImports(s.Body, st)
			collectImports(s.Orelse, st)
		case *ast.Try:
			collectImports(s.Body, st)
			for _, h := range s.Handlers {
				collectImports(h.Body, st)
			}
			collectImports(s.Orelse, st)
			collectImports(s.Finalbody, st)
		case *ast.With:
			collectImports(s.Body, st)
		case *ast.FunctionDef:
			collectImports(s.Body, st)
		case *ast.ClassDef:
			collectImports(s.Body, st)
		}
	}
}

// ImportsWord reports whether the file imports a module or name one of
// whose words (as Words splits the dotted path) is one of words:
// ImportsWord(p, "auth") is true for "from botocore.auth import SigV4Auth".
func ImportsWord(p *analysis.Pass, words ...string) bool {
	st := p.State(importsKey).(*imports)
	if !st.done {
		st.done = true
		collectImports(p.File.Module.Body, st)
	}
	for _, n := range st.names {
		if HasWord(Words(n), words...) {
			return true
		}
	}
	return false
}
