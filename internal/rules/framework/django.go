package framework

import (
	"path"
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

// This file decides whether a module is Django settings and collects the
// settings it assigns.
//
// A module is Django settings when
//   - it assigns, at module level, at least three settings that only
//     Django uses (INSTALLED_APPS, MIDDLEWARE, ROOT_URLCONF, DATABASES,
//     ALLOWED_HOSTS, SECURE_*, PASSWORD_HASHERS, …), one of them
//     INSTALLED_APPS or MIDDLEWARE: a complete settings.py; or
//   - it is named like settings (settings.py, settings_prod.py, any
//     module of a settings/ package) and assigns one such setting, or
//     star-imports another module and assigns DEBUG or SECRET_KEY: one
//     part of a split settings package (settings/base.py, prod.py, …).
//
// Its role comes from its name (ruleutil.ConfigRole): development and
// test settings (dev.py, local.py, test_settings.py, …) may run with
// DEBUG = True and a throwaway key; base settings (base.py, common.py)
// are completed by the module that imports them, so settings missing from
// them are not reported; every other settings module is taken for
// production. A production module that imports all of another
// (unconditionally, "from .base import *") may inherit what it lacks, so
// missing settings are not reported for it either; an optional override
// at the end ("try: from .local import * / except ImportError: pass")
// does not count.

// djangoOnly are settings no other framework uses: a module assigning
// several is Django's settings.
var djangoOnly = map[string]bool{
	"INSTALLED_APPS": true, "MIDDLEWARE": true, "MIDDLEWARE_CLASSES": true, "ROOT_URLCONF": true,
	"WSGI_APPLICATION": true, "ASGI_APPLICATION": true, "DATABASES": true, "AUTH_PASSWORD_VALIDATORS": true,
	"TEMPLATES": true, "DEFAULT_AUTO_FIELD": true, "ALLOWED_HOSTS": true, "AUTH_USER_MODEL": true,
	"PASSWORD_HASHERS": true, "SECURE_SSL_REDIRECT": true, "SECURE_HSTS_SECONDS": true,
	"SECURE_HSTS_INCLUDE_SUBDOMAINS": true, "SECURE_HSTS_PRELOAD": true, "SECURE_CONTENT_TYPE_NOSNIFF": true,
	"SECURE_REFERRER_POLICY": true, "SECURE_PROXY_SSL_HEADER": true, "SECURE_CROSS_ORIGIN_OPENER_POLICY": true,
	"CSRF_COOKIE_SECURE": true, "CSRF_TRUSTED_ORIGINS": true, "X_FRAME_OPTIONS": true, "STATIC_ROOT": true,
	"STATICFILES_DIRS": true, "MEDIA_ROOT": true, "LANGUAGE_CODE": true, "USE_TZ": true, "USE_I18N": true,
	"SESSION_ENGINE": true, "SECURE_CSP": true,
}

// djSetting is one assignment of a setting at module level.
type djSetting struct {
	name   string
	target *ast.Name
	value  ast.Expr
	// cond is set for an assignment under an if statement.
	cond bool
}

// settingsModule is what the Django rules know of a module.
type settingsModule struct {
	isSettings bool
	role       ruleutil.Role
	// extends is set when the module star-imports another module
	// unconditionally.
	extends bool
	// assigns holds every assignment, in source order; modified names
	// are those changed in place (MIDDLEWARE += [...],
	// MIDDLEWARE.insert(0, ...)).
	assigns  []*djSetting
	modified map[string]bool
}

// settingsSlot holds the file's settingsModule once computed.
type settingsSlot struct{ m *settingsModule }

var slotKey = analysis.NewStateKey(func() any { return &settingsSlot{} })

// settingsOf returns the module's settings, computed once per file.
func settingsOf(p *analysis.Pass) *settingsModule {
	slot := p.State(slotKey).(*settingsSlot)
	if slot.m == nil {
		slot.m = collectSettings(p)
	}
	return slot.m
}

// settingsPath reports whether a path is named like Django settings.
func settingsPath(p string) bool {
	p = strings.ReplaceAll(p, "\\", "/")
	if path.Base(path.Dir(p)) == "settings" {
		return true
	}
	return ruleutil.HasWord(ruleutil.Words(strings.TrimSuffix(path.Base(p), ".py")), "settings")
}

func collectSettings(p *analysis.Pass) *settingsModule {
	m := &settingsModule{}
	// A stub (django-stubs' global_settings.pyi) declares Django's
	// defaults; it configures no site.
	if p.File.Module == nil || strings.HasSuffix(p.Path, ".pyi") {
		return m
	}
	src := p.File.Src
	named := settingsPath(p.Path)
	if !named && !strings.Contains(src, "INSTALLED_APPS") && !strings.Contains(src, "MIDDLEWARE") {
		return m
	}
	m.collect(p.File.Module.Body, false, true)
	only := map[string]bool{}
	core := false
	for _, a := range m.assigns {
		if djangoOnly[a.name] {
			only[a.name] = true
			core = core || a.name == "INSTALLED_APPS" || a.name == "MIDDLEWARE" || a.name == "MIDDLEWARE_CLASSES"
		}
	}
	switch {
	case len(only) >= 3 && core:
		m.isSettings = true
	case named && len(only) >= 1:
		m.isSettings = true
	case named && m.extends && (m.last("DEBUG") != nil || m.last("SECRET_KEY") != nil):
		m.isSettings = true
	}
	m.role = ruleutil.ConfigRole(p.Path)
	return m
}

// collect records the module-level assignments of body; cond is set
// under an if, top outside try statements.
func (m *settingsModule) collect(body []ast.Stmt, cond, top bool) {
	for _, st := range body {
		switch st := st.(type) {
		case *ast.Assign:
			for _, t := range st.Targets {
				m.assign(t, st.Value, cond)
			}
		case *ast.AnnAssign:
			if st.Value != nil {
				m.assign(st.Target, st.Value, cond)
			}
		case *ast.AugAssign:
			if n, ok := st.Target.(*ast.Name); ok {
				m.modify(n.ID)
			}
		case *ast.ExprStmt:
			// MIDDLEWARE.insert(0, ...), INSTALLED_APPS.append(...)
			if c, ok := st.Value.(*ast.Call); ok {
				if a, ok := c.Func.(*ast.Attribute); ok {
					if n, ok := a.Value.(*ast.Name); ok {
						m.modify(n.ID)
					}
				}
			}
		case *ast.ImportFrom:
			if len(st.Names) == 1 && st.Names[0].Name.Name == "*" && top && !cond {
				m.extends = true
			}
		case *ast.If:
			m.collect(st.Body, true, top)
			m.collect(st.Orelse, true, top)
		case *ast.Try:
			m.collect(st.Body, cond, false)
			for _, h := range st.Handlers {
				m.collect(h.Body, cond, false)
			}
			m.collect(st.Orelse, cond, false)
			m.collect(st.Finalbody, cond, false)
		case *ast.With:
			m.collect(st.Body, cond, top)
		}
	}
}

func (m *settingsModule) assign(t, v ast.Expr, cond bool) {
	switch t := t.(type) {
	case *ast.Name:
		if isSettingName(t.ID) {
			m.assigns = append(m.assigns, &djSetting{name: t.ID, target: t, value: v, cond: cond})
		}
	case *ast.Tuple:
		for _, x := range t.Elts {
			if n, ok := x.(*ast.Name); ok && isSettingName(n.ID) {
				m.assigns = append(m.assigns, &djSetting{name: n.ID, target: n, cond: cond})
			}
		}
	}
}

func (m *settingsModule) modify(name string) {
	if m.modified == nil {
		m.modified = map[string]bool{}
	}
	m.modified[name] = true
}

// isSettingName reports whether a name is spelled like a setting.
func isSettingName(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// last returns the last assignment of name, or nil.
func (m *settingsModule) last(name string) *djSetting {
	var found *djSetting
	for _, a := range m.assigns {
		if a.name == name {
			found = a
		}
	}
	return found
}

// final returns the assignment that decides a setting's value: the last
// one, when no assignment of it is conditional and it is not modified in
// place; nil otherwise (the value depends on a branch taken at run time).
func (m *settingsModule) final(name string) *djSetting {
	var found *djSetting
	for _, a := range m.assigns {
		if a.name == name {
			if a.cond {
				return nil
			}
			found = a
		}
	}
	if found == nil || m.modified[name] {
		return nil
	}
	return found
}

// set reports whether the module assigns name anywhere (in a branch, or
// in place).
func (m *settingsModule) set(name string) bool {
	return m.last(name) != nil || m.modified[name]
}

// checksValues reports whether the rules look at the values the module
// assigns: it is settings, and not for development.
func (m *settingsModule) checksValues() bool {
	return m.isSettings && m.role != ruleutil.Development
}

// checksMissing reports whether the rules report settings the module
// lacks: it is complete production settings.
func (m *settingsModule) checksMissing() bool {
	return m.isSettings && m.role == ruleutil.Production && !m.extends
}

// anchor returns where a finding about a missing setting goes: the
// target of the first of the given settings the module assigns, or of
// its first setting.
func (m *settingsModule) anchor(prefer ...string) ast.Node {
	for _, n := range prefer {
		for _, a := range m.assigns {
			if a.name == n {
				return a.target
			}
		}
	}
	if len(m.assigns) > 0 {
		return m.assigns[0].target
	}
	return nil
}
