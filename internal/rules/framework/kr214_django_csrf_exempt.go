package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

const csrfExempt = "django.views.decorators.csrf.csrf_exempt"

// KR214 reports Django views exempted from CSRF protection.
var KR214 = &analysis.Rule{
	ID:    "KR214",
	Name:  "django_csrf_exempt",
	Title: "Django view exempted from CSRF protection (csrf_exempt)",
	Why: "csrf_exempt turns off the CSRF check for a view: any site the user visits can make their browser post to " +
		"it with their cookies, and the view acts as if the user asked. That is right only for endpoints that " +
		"authenticate without cookies (signed webhooks, token APIs).",
	Bad:  "from django.views.decorators.csrf import csrf_exempt\n\n@csrf_exempt\ndef change_email(request):\n    request.user.email = request.POST[\"email\"]\n    request.user.save()",
	Good: "def change_email(request):  # CsrfViewMiddleware checks the token\n    ...\n\n# a webhook that verifies its own signature may be exempt; say so:\n@csrf_exempt  # nosec KR214: Stripe signature checked below\ndef stripe_webhook(request):\n    ...",
	Notes: "Reported for @csrf_exempt on a function or class, csrf_exempt(view) in URL configurations, and " +
		"method_decorator(csrf_exempt, …) on class-based views, when csrf_exempt is Django's (resolved through " +
		"imports). Test files are skipped.",
	Severity:   analysis.Medium,
	Confidence: analysis.Medium,
	CWE:        352,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.FunctionDefKind, ast.ClassDefKind, ast.CallKind},
	Callees:    ruleutil.Callees("csrf_exempt", "method_decorator"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		var decorators []ast.Expr
		switch n := n.(type) {
		case *ast.FunctionDef:
			decorators = n.DecoratorList
		case *ast.ClassDef:
			decorators = n.DecoratorList
		case *ast.Call:
			if ruleutil.IsTestPath(p.Path) {
				return nil
			}
			switch ruleutil.Qual(p, n.Func) {
			case csrfExempt:
				p.Reportf(n, "csrf_exempt turns off CSRF protection for this view: other sites can submit requests with the user's cookies.")
			case "django.utils.decorators.method_decorator":
				if len(n.Args) > 0 && ruleutil.Qual(p, n.Args[0]) == csrfExempt {
					p.Reportf(n, "method_decorator(csrf_exempt) turns off CSRF protection for this view: other sites can submit requests with the user's cookies.")
				}
			}
			return nil
		}
		if len(decorators) == 0 || ruleutil.IsTestPath(p.Path) {
			return nil
		}
		for _, d := range decorators {
			if _, isCall := d.(*ast.Call); isCall {
				continue // reported as a call
			}
			// Decorators are evaluated in the enclosing scope, which is the
			// scope being inspected for a def or class statement.
			if ruleutil.Qual(p, d) == csrfExempt {
				p.Reportf(d, "@csrf_exempt turns off CSRF protection for this view: other sites can submit requests with the user's cookies.")
			}
		}
		return nil
	},
}
