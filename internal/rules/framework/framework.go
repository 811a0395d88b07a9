// Package framework holds krait's KR2xx rules: the configuration of web
// frameworks — Django settings (the static counterparts of "manage.py
// check --deploy"), Flask and Flask-WTF configuration, CORS, cookies,
// and Starlette/FastAPI middleware.
//
// Django settings are recognised as django.go describes: a module that
// assigns several settings only Django uses (INSTALLED_APPS,
// MIDDLEWARE, ROOT_URLCONF, …), or a module of a settings/ package or
// named *settings*.py that assigns one. Development and test settings
// (dev.py, local.py, test_settings.py, …) are skipped; settings that are
// missing are reported once per complete production settings module, on
// its first setting (or on MIDDLEWARE for the middleware rules).
//
// Flask configuration is what ruleutil.FlaskConfig collects:
// app.config[…] = …, app.config.update(…), configuration classes and
// configuration modules.
package framework

import "github.com/krait-dev/krait/internal/analysis"

// Rules returns the KR2xx rules.
func Rules() []*analysis.Rule {
	return []*analysis.Rule{
		KR201, KR202, KR203, KR204, KR205, KR206, KR207, KR208, KR209, KR210,
		KR211, KR212, KR213, KR214,
		KR220, KR221, KR222, KR223, KR224, KR225,
	}
}
