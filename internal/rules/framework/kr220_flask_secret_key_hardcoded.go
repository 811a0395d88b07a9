package framework

import (
	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/python/ast"
)

// KR220 reports a Flask SECRET_KEY written in the source.
var KR220 = &analysis.Rule{
	ID:    "KR220",
	Name:  "flask_secret_key_hardcoded",
	Title: "Flask SECRET_KEY hardcoded in the source",
	Why: "Flask signs its session cookie with SECRET_KEY; Flask-Login, Flask-WTF and itsdangerous tokens use it " +
		"too. Whoever knows the key can write a session cookie saying they are any user, and forge CSRF and " +
		"password reset tokens. A key in the repository is known to everyone who can read it.",
	Bad:  "from flask import Flask\n\napp = Flask(__name__)\napp.config[\"SECRET_KEY\"] = \"dev-secret\"",
	Good: "import os\nfrom flask import Flask\n\napp = Flask(__name__)\napp.config[\"SECRET_KEY\"] = os.environ[\"FLASK_SECRET_KEY\"]",
	Notes: "Reported for app.secret_key = …, app.config[\"SECRET_KEY\"] = …, app.config.update(SECRET_KEY=…) and " +
		"from_mapping(…), module-level SECRET_KEY in a module that imports Flask or is named like a configuration " +
		"module (config.py), and SECRET_KEY in configuration classes (class ProductionConfig: …), when the value is a " +
		"non-empty string literal or module constant, or the literal fallback of an environment lookup " +
		"(os.environ.get(\"SECRET_KEY\", \"dev\"), os.environ.get(\"SECRET_KEY\") or \"dev\"). Development and test " +
		"configurations (DevelopmentConfig, TestingConfig, test files, settings under an if) are skipped; Django " +
		"settings are KR202's.",
	Severity:   analysis.High,
	Confidence: analysis.High,
	CWE:        798,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.ModuleKind},
	Run: func(p *analysis.Pass, n ast.Node) error {
		groups := ruleutil.FlaskConfig(p)
		if len(groups) == 0 || settingsOf(p).isSettings {
			return nil
		}
		for _, g := range groups {
			if g.Role == ruleutil.Development {
				continue
			}
			for _, s := range g.Settings {
				if s.Key != "SECRET_KEY" || s.Conditional {
					continue
				}
				e, fallback := effective(s.Value)
				v, ok := p.Model.ConstString(s.Scope, e)
				if !ok || v == "" {
					continue
				}
				msg := "The Flask SECRET_KEY is hardcoded: anyone with the source can forge session cookies and signed tokens."
				conf := analysis.High
				if fallback {
					msg = "The Flask SECRET_KEY falls back to a key hardcoded in the source when the environment does not set it: sessions can then be forged."
					conf = analysis.Medium
				}
				if g.Role == ruleutil.Base {
					conf = analysis.Medium
				}
				p.Report(analysis.Finding{Span: e.Span(), Message: msg, Confidence: conf})
			}
		}
		return nil
	},
}
