package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/python/ast"
)

// KR204 reports SECURE_SSL_REDIRECT off or unset.
var KR204 = &analysis.Rule{
	ID:    "KR204",
	Name:  "django_ssl_redirect_off",
	Title: "Django does not redirect plain HTTP to HTTPS (SECURE_SSL_REDIRECT)",
	Why: "Without SECURE_SSL_REDIRECT, a request that arrives over plain HTTP is served over plain HTTP: the pages, " +
		"and any cookie not marked Secure, travel in clear text, and a network attacker can rewrite them.",
	Bad:  "# mysite/settings.py\nSECURE_SSL_REDIRECT = False",
	Good: "# mysite/settings.py\nSECURE_SSL_REDIRECT = True\nSECURE_PROXY_SSL_HEADER = (\"HTTP_X_FORWARDED_PROTO\", \"https\")  # behind a proxy",
	Notes: "Django's security.W008. Reported when the setting is False in Django settings that are not for development, " +
		"and, once per module, when it is not set at all in complete production settings (on the module's first " +
		"setting; see the package documentation for which modules are complete). If the load balancer or proxy " +
		"already redirects HTTP to HTTPS, set the option anyway or suppress the finding with a note saying so.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        319,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		reportOff(p, settingsOf(p), []string{"SECURE_SSL_REDIRECT"},
			func(string, bool) string {
				return "SECURE_SSL_REDIRECT is off: requests over plain HTTP are served over plain HTTP."
			},
			func([]string) string {
				return "SECURE_SSL_REDIRECT is not set (Django's default is False): requests over plain HTTP are served over plain HTTP."
			})
		return nil
	},
}
