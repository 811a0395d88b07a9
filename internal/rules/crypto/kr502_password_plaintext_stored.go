package crypto

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/rules/internal/ruleutil"
	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// hashFields are attribute names that must hold a password hash.
var hashFields = map[string]bool{"password_hash": true, "hashed_password": true, "password_digest": true,
	"pw_hash": true, "pwhash": true, "passwd_hash": true, "encrypted_password": true}

// KR502 reports passwords stored as they are.
var KR502 = &analysis.Rule{
	ID:    "KR502",
	Name:  "password_plaintext_stored",
	Title: "Password stored without hashing",
	Why: "A password stored as typed is read by anyone who gets a copy of the database — a backup, a SQL " +
		"injection, a curious administrator — and, since people reuse passwords, opens their other accounts too.",
	Bad:  "User.objects.create(username=username, password=request.POST[\"password\"])\nuser.password_hash = form.password.data",
	Good: "User.objects.create_user(username=username, password=request.POST[\"password\"])\nuser.password_hash = generate_password_hash(form.password.data)",
	Notes: "Reported when a password value (see KR501) is, without going through a call: given as password= to " +
		"Django's Model.objects.create, update, get_or_create or update_or_create, or to Django's User(...) (which " +
		"store the field as is: create_user and set_password hash it); assigned to user.password in a module that " +
		"imports Django; assigned to an attribute that should hold a hash (password_hash, hashed_password); or " +
		"passed as a parameter of an INSERT or UPDATE statement that names a password column. Flask and SQLAlchemy " +
		"models often hash in a password property setter, so user.password = … outside Django is not reported.",
	Severity:   analysis.High,
	Confidence: analysis.Medium,
	CWE:        256,
	Since:      "0.1.0",
	Default:    true,
	Kinds:      []ast.Kind{ast.AssignKind, ast.CallKind},
	Callees:    ruleutil.Callees("create", "update", "get_or_create", "update_or_create", "User", "execute", "executemany"),
	Run: func(p *analysis.Pass, n ast.Node) error {
		switch n := n.(type) {
		case *ast.Assign:
			if len(n.Targets) != 1 {
				return nil
			}
			t, ok := n.Targets[0].(*ast.Attribute)
			if !ok {
				return nil
			}
			field := t.Attr.Name
			if !hashFields[field] && !(field == "password" && ruleutil.ImportsAny(p, "django")) {
				return nil
			}
			if raw(p, n.Value) {
				if fd := ruleutil.EnclosingFunc(p); fd != nil && isSetter(fd) {
					return nil
				}
				p.Reportf(n.Value, "A password is stored in %s as typed, without a password hash: anyone who reads the database reads it.", p.Text(t))
			}
		case *ast.Call:
			if a, ok := n.Func.(*ast.Attribute); ok && (a.Attr.Name == "execute" || a.Attr.Name == "executemany") {
				return sqlPassword(p, n)
			}
			if !ruleutil.ImportsAny(p, "django") {
				return nil
			}
			if !djangoCreate(p, n) {
				return nil
			}
			if k := semantic.CallKeyword(n, "password"); k != nil && raw(p, k.Value) {
				p.Reportf(k, "The password is saved as typed: Django's create()/User() store the field as is. Use create_user(), set_password() or make_password().")
			}
		}
		return nil
	},
}

// raw reports whether e is a password value that has not been through a
// hash: isPassword follows only calls that keep the text (encode, strip,
// str, format), so a value from make_password(pw) or bcrypt.hashpw(pw,
// salt) is not raw.
func raw(p *analysis.Pass, e ast.Expr) bool { return isPassword(p, p.Scope(), e) }

// isSetter reports whether a def is a property setter (@password.setter),
// where user.password = ... hashes in the model.
func isSetter(fd *ast.FunctionDef) bool {
	for _, d := range fd.DecoratorList {
		if a, ok := d.(*ast.Attribute); ok && a.Attr.Name == "setter" {
			return true
		}
	}
	return false
}

// djangoCreate reports whether c is X.objects.create(...) and the like, or
// Django's User(...).
func djangoCreate(p *analysis.Pass, c *ast.Call) bool {
	switch f := c.Func.(type) {
	case *ast.Attribute:
		switch f.Attr.Name {
		case "create", "update", "get_or_create", "update_or_create":
			if m, ok := f.Value.(*ast.Attribute); ok && m.Attr.Name == "objects" {
				return true
			}
		}
	case *ast.Name:
		if q := ruleutil.Qual(p, f); q == "django.contrib.auth.models.User" {
			return true
		}
		if _, q := ruleutil.CallOf(p, p.Scope(), f); q == "django.contrib.auth.get_user_model" {
			return true
		}
	}
	return false
}

// sqlPassword reports cursor.execute("INSERT ... password ...", (..., pw)).
func sqlPassword(p *analysis.Pass, c *ast.Call) error {
	if len(c.Args) < 2 {
		return nil
	}
	sql, ok := p.Model.ConstString(p.Scope(), c.Args[0])
	if !ok {
		return nil
	}
	l := strings.ToLower(sql)
	if !strings.Contains(l, "insert") && !strings.Contains(l, "update") {
		return nil
	}
	if !strings.Contains(l, "password") && !strings.Contains(l, "passwd") {
		return nil
	}
	var params []ast.Expr
	switch x := c.Args[1].(type) {
	case *ast.Tuple:
		params = x.Elts
	case *ast.List:
		params = x.Elts
	case *ast.Dict:
		params = x.Values
	}
	for _, e := range params {
		if raw(p, e) {
			p.Reportf(e, "A password is written to the database as typed, without a password hash: anyone who reads the table reads it.")
			return nil
		}
	}
	return nil
}
