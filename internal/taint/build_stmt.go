package taint

import (
	"regexp"
	"strings"

	"github.com/krait-dev/krait/internal/semantic"
	"github.com/krait-dev/krait/python/ast"
)

// stmts builds a block.
func (x *fb) stmts(list []ast.Stmt) {
	for _, s := range list {
		x.stmt(s)
	}
}

// block builds a list of statements as a block of the IR.
func (x *fb) block(list []ast.Stmt) span {
	mark := len(x.buf)
	x.stmts(list)
	return x.close(mark)
}

// close packs the statements emitted since mark as a block.
func (x *fb) close(mark int) span {
	sp := x.b.mod.packStmts(x.buf[mark:])
	x.buf = x.buf[:mark]
	return sp
}

// emit appends statements to the block being built.
func (x *fb) emit(s ...bstmt) { x.buf = append(x.buf, s...) }

// guardSpan packs guards into the module's pool.
func (x *fb) guardSpan(gs []guard) span {
	m := x.b.mod
	sp := span{int32(len(m.guards)), int32(len(gs))}
	m.guards = append(m.guards, gs...)
	return sp
}

// stmt builds one statement, emitting its IR into the current block.
func (x *fb) stmt(s ast.Stmt) {
	pos, end := s.Span().Start, s.Span().End
	switch s := s.(type) {
	case *ast.Assign:
		if n, ok := s.Targets[0].(*ast.Name); ok && len(s.Targets) == 1 && x.isLocal(n) {
			if d, ok := s.Value.(*ast.Dict); ok && constKeys(d) {
				// d = {"k": v, ...}: one path per key.
				p := x.local(n.ID)
				x.pending = append(x.pending, bstmt{kind: sAssign, dst: p, val: -1, pos: pos, end: end})
				for i, k := range d.Keys {
					key, _ := constKey(k)
					v := x.expr(d.Values[i])
					x.pending = append(x.pending, bstmt{kind: sAssign, dst: x.child(p, key), val: v, pos: pos, end: end, label: n.ID + key})
				}
				if x.module {
					x.b.mod.Globals[x.b.mod.Name+"."+n.ID] = true
				}
				x.flush()
				return
			}
		}
		v := x.expr(s.Value)
		for _, t := range s.Targets {
			x.assignTarget(t, v, pos, end, s.Value)
		}
		x.flush()
	case *ast.AnnAssign:
		if s.Value == nil {
			return
		}
		v := x.expr(s.Value)
		x.assignTarget(s.Target, v, pos, end, s.Value)
		x.flush()
	case *ast.AugAssign:
		v := x.expr(s.Value)
		if p := x.pathOf(s.Target); p >= 0 {
			x.pending = append(x.pending, bstmt{kind: sAugment, dst: p, val: v, pos: pos, end: end, label: x.text(s.Target)})
			if x.module {
				if n, ok := s.Target.(*ast.Name); ok {
					x.pending = append(x.pending, bstmt{kind: sGlobalStore, name: x.b.mod.Name + "." + n.ID, val: x.varNode(p, pos), pos: pos})
				}
			}
		} else {
			x.assignTarget(s.Target, v, pos, end, nil)
		}
		x.flush()
	case *ast.ExprStmt:
		v := x.expr(s.Value)
		x.flush()
		if c, ok := s.Value.(*ast.Call); ok {
			x.mutation(c, pos, end)
		}
		if v >= 0 {
			x.emit(bstmt{kind: sEval, val: v, pos: pos, end: end})
		}
	case *ast.Return:
		v := x.expr(s.Value)
		x.flush()
		if x.f.View && s.Value != nil {
			body := s.Value
			if t, ok := body.(*ast.Tuple); ok && len(t.Elts) > 0 {
				body = t.Elts[0]
			}
			x.emit(bstmt{kind: sSink, class: XSS, val: x.expr(body), pos: s.Value.Span().Start, end: s.Value.Span().End,
				label: "returned as the page"})
			x.flush()
		}
		x.emit(bstmt{kind: sReturn, val: v, dst: -1, pos: pos, end: end})
	case *ast.If:
		v := x.expr(s.Test)
		x.flush()
		if v >= 0 {
			x.emit(bstmt{kind: sEval, val: v, pos: pos})
		}
		g := mark(x.guards(s.Test, true), true)
		ng := mark(x.guards(s.Test, false), false)
		gs := x.guardSpan(append(g, ng...))
		body := x.block(s.Body)
		els := x.block(s.Orelse)
		x.emit(bstmt{kind: sIf, guards: gs, body: body, els: els, pos: pos})
	case *ast.While:
		v := x.expr(s.Test)
		mark := len(x.buf)
		x.flush()
		if v >= 0 {
			x.emit(bstmt{kind: sEval, val: v, pos: pos})
		}
		// The test runs before each iteration too.
		pre := len(x.buf)
		x.buf = append(x.buf, x.buf[mark:pre]...)
		x.stmts(s.Body)
		body := x.close(pre)
		x.emit(bstmt{kind: sLoop, body: body, pos: pos})
		x.stmts(s.Orelse)
	case *ast.For:
		it := x.expr(s.Iter)
		x.flush()
		x.assignTarget(s.Target, it, s.Target.Span().Start, s.Target.Span().End, nil)
		mark := len(x.buf)
		x.flush()
		x.stmts(s.Body)
		body := x.close(mark)
		x.emit(bstmt{kind: sLoop, body: body, pos: pos})
		x.stmts(s.Orelse)
	case *ast.With:
		for _, it := range s.Items {
			v := x.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				x.assignTarget(it.OptionalVars, v, it.Start, it.End, it.ContextExpr)
			} else if v >= 0 {
				x.pending = append(x.pending, bstmt{kind: sEval, val: v, pos: it.Start})
			}
		}
		x.flush()
		x.stmts(s.Body)
	case *ast.Try:
		t := bstmt{kind: sTry, pos: pos}
		mark := len(x.buf)
		x.stmts(s.Body)
		x.stmts(s.Orelse)
		t.body = x.close(mark)
		for _, h := range s.Handlers {
			hm := len(x.buf)
			if h.Name.Name != "" {
				x.emit(bstmt{kind: sAssign, dst: x.local(h.Name.Name), val: -1, pos: h.Start})
			}
			x.stmts(h.Body)
			hs := x.close(hm)
			x.emit(bstmt{kind: sIf, body: hs, pos: h.Start})
		}
		t.els = x.close(mark)
		t.fin = x.block(s.Finalbody)
		x.emit(t)
	case *ast.Raise:
		// raise web.HTTPFound(url): the exception may be a sink.
		v := x.join([]int32{x.expr(s.Exc), x.expr(s.Cause)}, pos, 0)
		x.flush()
		if v >= 0 {
			x.emit(bstmt{kind: sEval, val: v, pos: pos})
		}
		x.emit(bstmt{kind: sStop, pos: pos})
	case *ast.Assert:
		v := x.expr(s.Test)
		x.expr(s.Msg)
		x.flush()
		if v >= 0 {
			x.emit(bstmt{kind: sEval, val: v, pos: pos})
		}
		if g := mark(x.guards(s.Test, true), true); len(g) > 0 {
			x.emit(bstmt{kind: sAssume, guards: x.guardSpan(g), pos: pos})
		}
	case *ast.Break:
		x.emit(bstmt{kind: sBreak, pos: pos})
	case *ast.Continue:
		x.emit(bstmt{kind: sContinue, pos: pos})
	case *ast.Match:
		subj := x.expr(s.Subject)
		x.flush()
		alts := len(x.buf)
		for _, c := range s.Cases {
			cm := len(x.buf)
			x.bindPattern(c.Pattern, subj)
			x.flush()
			g := x.expr(c.Guard)
			x.flush()
			if g >= 0 {
				x.emit(bstmt{kind: sEval, val: g, pos: c.Start})
			}
			x.stmts(c.Body)
			body := x.close(cm)
			x.emit(bstmt{kind: sIf, body: body, pos: c.Start})
		}
		// The cases are alternatives, like the handlers of a try.
		els := x.close(alts)
		x.emit(bstmt{kind: sTry, pos: pos, els: els})
	case *ast.FunctionDef:
		for _, d := range s.DecoratorList {
			x.expr(d)
		}
		x.flush()
		x.deferred = append(x.deferred, s)
		if x.isLocalName(s.Name.Name) {
			x.emit(bstmt{kind: sAssign, dst: x.local(s.Name.Name), val: -1, pos: pos})
		}
	case *ast.ClassDef:
		for _, d := range s.DecoratorList {
			x.expr(d)
		}
		for _, b := range s.Bases {
			x.expr(b)
		}
		x.flush()
		x.deferred = append(x.deferred, s)
	case *ast.Import, *ast.ImportFrom:
		var names []*ast.Alias
		if i, ok := s.(*ast.Import); ok {
			names = i.Names
		} else {
			names = s.(*ast.ImportFrom).Names
		}
		for _, a := range names {
			n := a.AsName.Name
			if n == "" {
				n = rootName(a.Name.Name)
			}
			if n != "*" && x.isLocalName(n) {
				x.emit(bstmt{kind: sAssign, dst: x.local(n), val: -1, pos: pos})
			}
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			x.expr(t)
		}
		x.flush()
	}
}

func (x *fb) isLocalName(name string) bool {
	return len(x.scope.Bindings(name)) > 0
}

// assignTarget binds a target to a value's node. value is the value's
// expression when known (for types, list heads and element-wise tuple
// assignment).
func (x *fb) assignTarget(t ast.Expr, v int32, pos, end int32, value ast.Expr) {
	switch t := t.(type) {
	case *ast.Name:
		p := x.local(t.ID)
		x.pending = append(x.pending, bstmt{kind: sAssign, dst: p, val: v, pos: pos, end: end, label: t.ID})
		if x.captures(t.ID) {
			x.pending = append(x.pending, bstmt{kind: sGlobalStore, name: closureKey(x.b.mod, x.scope, t.ID), val: x.varNode(p, pos), pos: pos, end: end, label: t.ID})
		}
		if x.module {
			x.pending = append(x.pending, bstmt{kind: sGlobalStore, name: x.b.mod.Name + "." + t.ID, val: v, pos: pos, end: end, label: t.ID})
			x.b.mod.Globals[x.b.mod.Name+"."+t.ID] = true
		}
		x.recordValue(t.ID, value)
	case *ast.Starred:
		x.assignTarget(t.Value, v, pos, end, nil)
	case *ast.Tuple, *ast.List:
		var elts []ast.Expr
		if tt, ok := t.(*ast.Tuple); ok {
			elts = tt.Elts
		} else {
			elts = t.(*ast.List).Elts
		}
		var vals []ast.Expr
		switch vv := value.(type) {
		case *ast.Tuple:
			vals = vv.Elts
		case *ast.List:
			vals = vv.Elts
		}
		if len(vals) == len(elts) {
			for i, e := range elts {
				x.assignTarget(e, x.expr(vals[i]), pos, end, vals[i])
			}
			return
		}
		for _, e := range elts {
			x.assignTarget(e, v, pos, end, nil)
		}
	case *ast.Attribute:
		if base, ok := t.Value.(*ast.Name); ok && x.self != "" && base.ID == x.self && x.cls != nil && x.isLocal(base) {
			p := x.child(x.local(base.ID), t.Attr.Name)
			x.pending = append(x.pending, bstmt{kind: sAssign, dst: p, val: v, pos: pos, end: end, label: x.text(t)},
				bstmt{kind: sFieldStore, name: t.Attr.Name, cls: x.cls, val: v, pos: pos, end: end, label: x.text(t)})
			return
		}
		if base, ok := t.Value.(*ast.Name); ok && x.isLocal(base) && x.types[base.ID] != "" {
			p := x.child(x.local(base.ID), t.Attr.Name)
			x.pending = append(x.pending, bstmt{kind: sAssign, dst: p, val: v, pos: pos, end: end, label: x.text(t)},
				bstmt{kind: sFieldStore, name: t.Attr.Name, label: x.types[base.ID], val: v, pos: pos, end: end})
			return
		}
		if c := x.classAttr(t); c != "" {
			x.pending = append(x.pending, bstmt{kind: sFieldStore, name: t.Attr.Name, label: c, val: v, pos: pos, end: end})
			return
		}
		if p := x.pathOf(t); p >= 0 {
			x.pending = append(x.pending, bstmt{kind: sAssign, dst: p, val: v, pos: pos, end: end, label: x.text(t)})
			return
		}
		x.expr(t.Value)
	case *ast.Subscript:
		x.subscriptStore(t, v, pos, end)
		// self.items[k] = v: the field holds v too, for the other methods.
		if a, ok := t.Value.(*ast.Attribute); ok {
			if base, ok := a.Value.(*ast.Name); ok && x.self != "" && base.ID == x.self && x.cls != nil && x.isLocal(base) {
				x.pending = append(x.pending, bstmt{kind: sFieldStore, name: a.Attr.Name, cls: x.cls, val: v, pos: pos, end: end, label: x.text(t)})
			}
		}
	}
}

// subscriptStore handles d[k] = v: a header or session store is a sink, a
// store into a local is a path update.
func (x *fb) subscriptStore(t *ast.Subscript, v int32, pos, end int32) {
	k := x.expr(t.Slice)
	base := t.Value
	if a, ok := base.(*ast.Attribute); ok {
		switch a.Attr.Name {
		case "headers":
			x.pending = append(x.pending, bstmt{kind: sSink, class: Header, val: x.join([]int32{v, k}, pos, 0), pos: pos, end: end, label: "stored in a response header"})
			return
		case "session":
			if x.isRequest(a.Value) {
				x.pending = append(x.pending, bstmt{kind: sSink, class: Session, val: v, pos: pos, end: end, label: "stored in the session"})
				return
			}
		case "cookies":
			x.pending = append(x.pending, bstmt{kind: sSink, class: Header, val: v, pos: pos, end: end, label: "stored in a cookie"})
			return
		}
	}
	if q := x.qual(base); q == "flask.session" || q == "quart.session" || strings.HasSuffix(q, ".session") && strings.HasPrefix(q, "flask") {
		x.pending = append(x.pending, bstmt{kind: sSink, class: Session, val: v, pos: pos, end: end, label: "stored in the session"})
		return
	}
	if n, ok := base.(*ast.Name); ok && x.isLocal(n) && sessionTypes[x.types[n.ID]] {
		x.pending = append(x.pending, bstmt{kind: sSink, class: Session, val: v, pos: pos, end: end, label: "stored in the session"})
		return
	}
	if n, ok := base.(*ast.Name); ok && x.isLocal(n) && (isResponseType(x.types[n.ID]) ||
		x.b.web && x.types[n.ID] == "" && (n.ID == "response" || n.ID == "resp") && x.isParamName(n.ID)) {
		// A response object, or a parameter named for one in web code.
		x.pending = append(x.pending, bstmt{kind: sSink, class: Header, val: x.join([]int32{v, k}, pos, 0), pos: pos, end: end, label: "stored in a response header"})
		return
	}
	if p := x.pathOf(t); p >= 0 {
		x.pending = append(x.pending, bstmt{kind: sAssign, dst: p, val: v, pos: pos, end: end, label: x.text(t)})
		return
	}
	if p := x.pathOf(base); p >= 0 {
		x.pending = append(x.pending, bstmt{kind: sAugment, dst: p, val: v, pos: pos, end: end, label: x.text(base)})
		return
	}
	x.expr(base)
}

// viewsetActions are the methods of a Django REST framework viewset that
// its router calls with the URL's parameters.
var viewsetActions = map[string]bool{"list": true, "retrieve": true, "create": true, "update": true, "partial_update": true, "destroy": true}

// sessionTypes are the calls that return a session object (aiohttp_session).
var sessionTypes = map[string]bool{"aiohttp_session.get_session": true, "aiohttp_session.new_session": true}

// isResponseType reports whether a variable made by t is an HTTP
// response, whose items are headers.
// constKeys reports whether a dict display has only constant keys.
func constKeys(d *ast.Dict) bool {
	for _, k := range d.Keys {
		if _, ok := constKey(k); !ok {
			return false
		}
	}
	return len(d.Keys) > 0
}

func isResponseType(t string) bool {
	switch {
	case strings.HasPrefix(t, "django.http."), strings.HasPrefix(t, "django.shortcuts.render"),
		strings.HasPrefix(t, "rest_framework.response."), t == "flask.make_response", t == "flask.Response",
		strings.HasPrefix(t, "werkzeug.wrappers."):
		return true
	}
	return false
}

// mutation turns calls that put their arguments into their receiver
// (lst.append(x), d.update(y), response.headers.add(k, v),
// session.update(d)) into statements.
func (x *fb) mutation(c *ast.Call, pos, end int32) {
	a, ok := c.Func.(*ast.Attribute)
	if !ok {
		return
	}
	var args []int32
	for _, e := range c.Args {
		args = append(args, x.expr(e))
	}
	for _, k := range c.Keywords {
		args = append(args, x.expr(k.Value))
	}
	v := x.join(args, pos, 0)
	x.flush()
	if v < 0 {
		return
	}
	if h, ok := a.Value.(*ast.Attribute); ok && h.Attr.Name == "headers" && (a.Attr.Name == "add" || a.Attr.Name == "set" || a.Attr.Name == "setdefault" || a.Attr.Name == "update" || a.Attr.Name == "extend") {
		x.emit(bstmt{kind: sSink, class: Header, val: v, pos: pos, end: end, label: "stored in a response header"})
		return
	}
	if q := x.qual(a.Value); (q == "flask.session" || q == "quart.session") && mutators[a.Attr.Name] {
		x.emit(bstmt{kind: sSink, class: Session, val: v, pos: pos, end: end, label: "stored in the session"})
		return
	}
	if s, ok := a.Value.(*ast.Attribute); ok && s.Attr.Name == "session" && mutators[a.Attr.Name] {
		if x.isRequest(s.Value) {
			x.emit(bstmt{kind: sSink, class: Session, val: v, pos: pos, end: end, label: "stored in the session"})
			return
		}
	}
	if !mutators[a.Attr.Name] {
		return
	}
	if p := x.pathOf(a.Value); p >= 0 {
		x.emit(bstmt{kind: sAugment, dst: p, val: v, pos: pos, end: end, label: x.text(a.Value)})
		return
	}
}

// recordValue remembers what a variable was assigned, for method calls on
// it: the qualified name of the call that made it (its "type"), the first
// item of a list, an entity-resolving XML parser.
func (x *fb) recordValue(name string, value ast.Expr) {
	if a, ok := value.(*ast.Await); ok {
		value = a.Value // session = await get_session(request)
	}
	switch v := value.(type) {
	case *ast.Call:
		t := x.typeOf(v)
		if t != "" {
			x.types[name] = t
		} else {
			delete(x.types, name)
		}
		if x.resolvingParser(v) {
			x.parsers[name] = true
			if x.module {
				x.b.globalParsers[name] = true
			}
		}
		if t == "argparse.ArgumentParser.parse_args" || t == "argparse.ArgumentParser.parse_known_args" ||
			strings.HasSuffix(t, ".parse_args") || strings.HasSuffix(t, ".parse_known_args") {
			x.parsed[name] = true
		}
		if x.module && t != "" {
			if x.b.globalTypes == nil {
				x.b.globalTypes = map[string]string{}
			}
			x.b.globalTypes[name] = t
		}
	case *ast.List:
		if len(v.Elts) > 0 {
			x.heads[name] = x.expr(v.Elts[0])
		}
		delete(x.types, name)
	default:
		delete(x.types, name)
	}
}

// typeOf returns the qualified name of what a call makes, as calleeOf
// resolves it, without building nodes.
func (x *fb) typeOf(c *ast.Call) string {
	switch fn := c.Func.(type) {
	case *ast.Name:
		if x.isLocal(fn) {
			return x.types[fn.ID]
		}
		return x.qual(fn)
	case *ast.Attribute:
		if base, ok := fn.Value.(*ast.Name); ok {
			if x.self != "" && base.ID == x.self && x.cls != nil && x.isLocal(base) {
				return x.cls.Name + "." + fn.Attr.Name
			}
			if x.isLocal(base) {
				if t := x.types[base.ID]; t != "" {
					return t + "." + fn.Attr.Name
				}
				return ""
			}
			if t := x.b.globalTypes[base.ID]; t != "" && x.isModuleName(base) {
				return t + "." + fn.Attr.Name
			}
		}
		if c, ok := fn.Value.(*ast.Call); ok {
			if t := x.typeOf(c); t != "" {
				return t + "." + fn.Attr.Name
			}
		}
		return x.qual(fn)
	}
	return ""
}

// bindPattern binds the captures of a match pattern to the subject.
func (x *fb) bindPattern(p ast.Pattern, subj int32) {
	ast.Inspect(p, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.MatchAs:
			if n.Name.Name != "" {
				x.pending = append(x.pending, bstmt{kind: sAssign, dst: x.local(n.Name.Name), val: subj, pos: n.Start, label: n.Name.Name})
			}
		case *ast.MatchStar:
			if n.Name.Name != "" {
				x.pending = append(x.pending, bstmt{kind: sAssign, dst: x.local(n.Name.Name), val: subj, pos: n.Start, label: n.Name.Name})
			}
		case *ast.MatchMapping:
			if n.Rest.Name != "" {
				x.pending = append(x.pending, bstmt{kind: sAssign, dst: x.local(n.Rest.Name), val: subj, pos: n.Start, label: n.Rest.Name})
			}
		}
		return true
	})
}

// mark sets the branch in which guards hold: where the whole condition of
// the if has the given truth.
func mark(gs []guard, truth bool) []guard {
	for i := range gs {
		gs[i].whenTrue = truth
	}
	return gs
}

var validators = map[string]bool{"isdigit": true, "isalnum": true, "isalpha": true, "isnumeric": true,
	"isdecimal": true, "isidentifier": true}

var anchoredRe = regexp.MustCompile(`(\$|\\Z|\\z)$`)

// guards returns what holds in the branch where test has the given truth.
func (x *fb) guards(test ast.Expr, truth bool) []guard {
	switch t := test.(type) {
	case *ast.UnaryOp:
		if t.Op == ast.Not {
			return x.guards(t.Operand, !truth)
		}
	case *ast.BoolOp:
		if t.Op == ast.And && truth || t.Op == ast.Or && !truth {
			var gs []guard
			for _, v := range t.Values {
				gs = append(gs, x.guards(v, truth)...)
			}
			return gs
		}
	case *ast.Compare:
		if len(t.Ops) != 1 {
			return nil
		}
		op, right := t.Ops[0], t.Comparators[0]
		switch op {
		case ast.In, ast.NotIn:
			p := x.pathOf(t.Left)
			if p < 0 || !x.collection(right) {
				return nil
			}
			if (op == ast.In) == truth {
				return []guard{{path: p, mask: All, whenTrue: truth}}
			}
		case ast.Eq, ast.NotEq:
			l, r := t.Left, right
			if isConstLike(l) {
				l, r = r, l
			}
			if c, ok := l.(*ast.Call); ok && strings.HasSuffix(x.qual(c.Func), "commonpath") && len(c.Args) == 1 {
				var gs []guard
				if lst, ok := c.Args[0].(*ast.List); ok && (op == ast.Eq) == truth {
					for _, e := range lst.Elts {
						if p := x.pathOf(e); p >= 0 {
							gs = append(gs, guard{path: p, mask: Path.Bit(), whenTrue: truth, normalized: true})
						}
					}
				}
				return gs
			}
			p := x.pathOf(l)
			if p < 0 || !isConstLike(r) {
				return nil
			}
			if (op == ast.Eq) == truth {
				return []guard{{path: p, mask: All, whenTrue: truth}}
			}
		}
	case *ast.Call:
		if !truth {
			return nil
		}
		if a, ok := t.Func.(*ast.Attribute); ok {
			switch {
			case validators[a.Attr.Name]:
				if p := x.pathOf(a.Value); p >= 0 {
					return []guard{{path: p, mask: All, whenTrue: true}}
				}
			case a.Attr.Name == "startswith":
				if p := x.pathOf(a.Value); p >= 0 {
					return []guard{{path: p, mask: Path.Bit(), whenTrue: true, normalized: true}}
				}
			case a.Attr.Name == "is_relative_to":
				if p := x.pathOf(a.Value); p >= 0 {
					return []guard{{path: p, mask: Path.Bit(), whenTrue: true, normalized: true}}
				}
			case a.Attr.Name == "fullmatch" || a.Attr.Name == "match":
				q := x.qual(a)
				if (q == "re.fullmatch" || q == "re.match") && len(t.Args) >= 2 {
					if s, ok := x.b.model.ConstString(x.scope, t.Args[0]); ok && (q == "re.fullmatch" || anchoredRe.MatchString(s)) {
						if p := x.pathOf(t.Args[1]); p >= 0 {
							return []guard{{path: p, mask: All, whenTrue: true}}
						}
					}
					return nil
				}
				if len(t.Args) >= 1 && q == "" {
					if p := x.pathOf(t.Args[0]); p >= 0 {
						return []guard{{path: p, mask: All, whenTrue: true}}
					}
				}
			}
		}
		q := x.qual(t.Func)
		if q == "isinstance" && len(t.Args) == 2 {
			if p := x.pathOf(t.Args[0]); p >= 0 && safeTypes(semantic.DottedName(t.Args[1]), t.Args[1]) {
				return []guard{{path: p, mask: All, whenTrue: true}}
			}
			return nil
		}
		if mask, ok := x.b.models.guards[q]; ok {
			arg := semantic.CallArg(t, 0, "url")
			if p := x.pathOf(arg); p >= 0 {
				return []guard{{path: p, mask: mask, whenTrue: true}}
			}
		}
	}
	return nil
}

func safeTypes(name string, e ast.Expr) bool {
	switch name {
	case "int", "float", "bool", "uuid.UUID", "UUID", "decimal.Decimal":
		return true
	}
	if t, ok := e.(*ast.Tuple); ok {
		for _, x := range t.Elts {
			if !safeTypes(semantic.DottedName(x), x) {
				return false
			}
		}
		return len(t.Elts) > 0
	}
	return false
}

func isConstLike(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant:
		return true
	case *ast.Name:
		// ALL_CAPS names are constants by convention.
		return strings.ToUpper(e.ID) == e.ID && strings.ContainsAny(e.ID, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	case *ast.Attribute:
		return strings.ToUpper(e.Attr.Name) == e.Attr.Name && strings.ContainsAny(e.Attr.Name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	}
	return false
}

// collection reports whether an expression is an allow-list: a display of
// constants, or a name or attribute (a constant collection, a setting).
func (x *fb) collection(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Subscript:
		// current_app.config["ALLOWED"], SETTINGS["formats"]
		return x.collection(e.Value)
	case *ast.Set:
		for _, v := range e.Elts {
			if !x.b.model.IsConstant(x.scope, v) {
				return false
			}
		}
		return true
	case *ast.List, *ast.Tuple:
		return x.b.model.IsConstant(x.scope, e)
	case *ast.Dict:
		return true
	case *ast.Name:
		return !x.isParamName(e.ID)
	case *ast.Attribute:
		return true
	case *ast.Call:
		// dict.keys(), a function returning the allowed values
		return true
	}
	return false
}

func (x *fb) isParamName(name string) bool {
	for _, p := range x.f.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

// function builds a def (a function, or a method when x is a class body).
func (x *fb) function(d *ast.FunctionDef) {
	x.functionIn(d, nil)
}

func (x *fb) functionIn(d *ast.FunctionDef, cls *PyClass) {
	b := x.b
	name := x.f.Name
	switch {
	case cls != nil:
		name = cls.Name + "." + d.Name.Name
	case x.module:
		name = b.mod.Name + "." + d.Name.Name
	default:
		name = strings.TrimSuffix(name, ".<module>") + ".<locals>." + d.Name.Name
	}
	f := &Func{Name: name, Mod: b.mod, Class: cls, Start: d.Start, nodeLo: int32(len(b.mod.nodes))}
	b.mod.Funcs = append(b.mod.Funcs, f)
	scope := b.model.ScopeOf(d)
	if scope == nil {
		f.nodeHi = f.nodeLo
		return
	}
	y := b.newFunc(f, scope, cls)
	route, htmlView, static := false, false, false
	converters := map[string]Mask{}
	classMethod := false
	for _, dec := range d.DecoratorList {
		q := b.model.QualifiedName(x.scope, dec)
		if q == "staticmethod" || q == "classmethod" {
			static = true
			classMethod = q == "classmethod"
		}
		if c, ok := dec.(*ast.Call); ok && b.web {
			if a, ok := c.Func.(*ast.Attribute); ok && b.models.routeDecorators[a.Attr.Name] {
				route = true
				htmlView = b.htmlViews
				if len(c.Args) > 0 {
					if pattern, ok := b.model.ConstString(x.scope, c.Args[0]); ok {
						for _, mm := range converterRe.FindAllStringSubmatch(pattern, -1) {
							converters[mm[2]] = converterClean(mm[1])
						}
					}
				}
				for _, k := range c.Keywords {
					if k.Arg.Name == "response_class" && strings.HasSuffix(semantic.DottedName(k.Value), "HTMLResponse") {
						htmlView = true
					}
				}
			}
		}
	}
	if cls != nil && cls.View && httpMethods[d.Name.Name] {
		route, htmlView = true, true
	}
	urlParams := cls != nil && cls.URLView && (httpMethods[d.Name.Name] || viewsetActions[d.Name.Name])
	f.View = htmlView
	f.Route = route
	f.ClassMethod = classMethod && cls != nil
	args := d.Args
	var all []*ast.Arg
	if args != nil {
		all = append(append([]*ast.Arg(nil), args.PosOnlyArgs...), args.Args...)
	}
	defaults := map[*ast.Arg]ast.Expr{}
	if args != nil {
		for i, def := range args.Defaults {
			if j := len(all) - len(args.Defaults) + i; j >= 0 && j < len(all) {
				defaults[all[j]] = def
			}
		}
		for i, a := range args.KwOnlyArgs {
			if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
				defaults[a] = args.KwDefaults[i]
			}
		}
	}
	addParam := func(a *ast.Arg, star, kwstar bool) {
		p := Param{Name: a.Arg.Name, Var: y.local(a.Arg.Name), Star: star, KwStar: kwstar}
		if len(f.Params) == 0 && cls != nil && !static {
			p.Self = true
			y.self = a.Arg.Name
		}
		if len(f.Params) == 0 && cls != nil && classMethod {
			y.clsParam = a.Arg.Name
		}
		ann := ""
		if a.Annotation != nil {
			ann = b.model.QualifiedName(x.scope, a.Annotation)
		}
		if requestTypes[ann] || b.web && ann == "" && (p.Name == "request" || p.Name == "req") {
			p.Request = true
		}
		dep, isInjected := x.dependency(defaults[a], a.Annotation, 0)
		p.Dep = dep
		if b.web && !p.Self && !p.Request && !notInputTypes[ann] && !isInjected {
			p.Input = true
			p.InputClean = x.annotationClean(a.Annotation)
		}
		if urlParams && p.Input && len(f.Params) >= 2 && f.Params[1].Request {
			p.Source = HTTP // a URL kwarg of a class-based view
			p.Clean = p.InputClean
		}
		if route && p.Input {
			p.Source = HTTP
			p.Clean = converters[p.Name] | x.annotationClean(a.Annotation)
			if p.Clean == 0 {
				p.Type = x.annotationType(a.Annotation)
			}
		}
		f.Params = append(f.Params, p)
	}
	for _, a := range all {
		addParam(a, false, false)
	}
	if args != nil {
		if args.VarArg != nil {
			addParam(args.VarArg, true, false)
		}
		for _, a := range args.KwOnlyArgs {
			addParam(a, false, false)
		}
		if args.KwArg != nil {
			addParam(args.KwArg, false, true)
		}
	}
	mark := len(y.buf)
	for _, p := range f.Params {
		if y.captures(p.Name) {
			// A parameter a nested function reads.
			y.emit(bstmt{kind: sGlobalStore, name: closureKey(b.mod, scope, p.Name), val: y.varNode(p.Var, d.Start), pos: d.Start, label: p.Name})
		}
	}
	y.stmts(d.Body)
	f.body = y.close(mark)
	f.nodeHi = int32(len(b.mod.nodes))
	y.buildDeferred()
	b.release(y)
}

// annotationClean returns the classes a parameter's type annotation makes
// it safe for: a framework that validates parameters by their type
// (FastAPI) only passes an int, a UUID or one of a Literal's values.
func (x *fb) annotationClean(ann ast.Expr) Mask {
	switch a := ann.(type) {
	case nil:
		return 0
	case *ast.Subscript:
		q := x.b.model.QualifiedName(x.scope, a.Value)
		switch q {
		case "typing.Literal", "typing_extensions.Literal":
			return All
		case "typing.Annotated", "typing_extensions.Annotated", "typing.Optional":
			if t, ok := a.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
				return x.annotationClean(t.Elts[0])
			}
			return x.annotationClean(a.Slice)
		}
		return 0
	case *ast.BinOp: // int | None
		if a.Op == ast.BitOr {
			l, r := x.annotationClean(a.Left), x.annotationClean(a.Right)
			if isNoneExpr(a.Left) {
				return r
			}
			if isNoneExpr(a.Right) {
				return l
			}
			return l & r
		}
	}
	switch x.b.model.QualifiedName(x.scope, ann) {
	case "int", "float", "bool", "uuid.UUID", "datetime.date", "datetime.datetime", "datetime.time",
		"decimal.Decimal", "pydantic.UUID4", "pydantic.PositiveInt", "pydantic.conint", "pydantic.StrictInt":
		return All
	}
	return 0
}

// annotationType returns the qualified name of the class an annotation
// names, through Annotated[T, ...], Optional[T] and T | None.
func (x *fb) annotationType(ann ast.Expr) string {
	for depth := 0; depth < 8; depth++ {
		switch a := ann.(type) {
		case nil:
			return ""
		case *ast.Subscript:
			switch x.b.model.QualifiedName(x.scope, a.Value) {
			case "typing.Annotated", "typing_extensions.Annotated", "typing.Optional":
				if t, ok := a.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
					ann = t.Elts[0]
				} else {
					ann = a.Slice
				}
				continue
			}
			return ""
		case *ast.BinOp:
			if a.Op != ast.BitOr {
				return ""
			}
			switch {
			case isNoneExpr(a.Right):
				ann = a.Left
			case isNoneExpr(a.Left):
				ann = a.Right
			default:
				return ""
			}
			continue
		case *ast.Name, *ast.Attribute:
			return x.b.model.QualifiedName(x.scope, ann)
		}
		return ""
	}
	return ""
}

func isNoneExpr(e ast.Expr) bool {
	c, ok := e.(*ast.Constant)
	return ok && c.Value.Kind == ast.NoneValue
}

var httpMethods = map[string]bool{"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true}

// dependency reports whether FastAPI injects a parameter (Depends(...) or
// Security(...) as its default, in Annotated[T, Depends(...)], or in a
// name bound to that) and the qualified name of the function it injects it
// from ("" when none is named: Depends() of the annotated class).
func (x *fb) dependency(def, ann ast.Expr, depth int) (dep string, injected bool) {
	if depth > 4 {
		return "", false
	}
	if c, ok := def.(*ast.Call); ok {
		q := x.qual(c.Func)
		if strings.HasSuffix(q, "Depends") || strings.HasSuffix(q, "Security") {
			if fn := semantic.CallArg(c, 0, "dependency"); fn != nil {
				return x.qual(fn), true
			}
			return "", true
		}
	}
	switch a := ann.(type) {
	case *ast.Subscript:
		switch x.b.model.QualifiedName(x.scope, a.Value) {
		case "typing.Annotated", "typing_extensions.Annotated":
			if t, ok := a.Slice.(*ast.Tuple); ok {
				for _, e := range t.Elts[1:] {
					if q, ok := x.dependency(e, nil, depth+1); ok {
						return q, true
					}
				}
			}
		}
	case *ast.Name:
		if b := x.b.model.Lookup(x.scope, a.ID, a.Start); b != nil && b.Kind == semantic.AssignBinding && b.Value != nil {
			return x.dependency(nil, b.Value, depth+1)
		}
	}
	return "", false
}

// class builds a class definition and its methods.
func (x *fb) class(d *ast.ClassDef) {
	b := x.b
	name := b.mod.Name + "." + d.Name.Name
	if x.cls != nil {
		name = x.cls.Name + "." + d.Name.Name
	} else if !x.module {
		name = strings.TrimSuffix(x.f.Name, ".<module>") + ".<locals>." + d.Name.Name
	}
	cls := &PyClass{Name: name, Methods: map[string]*Func{}, mod: b.mod}
	for _, base := range d.Bases {
		q := b.model.QualifiedName(x.scope, base)
		cls.Bases = append(cls.Bases, q)
		switch q {
		case "flask.views.MethodView", "flask.views.View", "quart.views.MethodView":
			cls.View = true
		}
		if strings.HasPrefix(q, "rest_framework.") || strings.HasPrefix(q, "django.views.") {
			cls.URLView = true
		}
	}
	b.mod.Classes = append(b.mod.Classes, cls)
	scope := b.model.ScopeOf(d)
	if scope == nil {
		return
	}
	y := b.newFunc(x.f, scope, cls)
	y.module = false
	for _, s := range d.Body {
		switch s := s.(type) {
		case *ast.Assign:
			// Class-level string constants (Config.API_URL), for URLs
			// other modules build from them.
			if len(s.Targets) == 1 {
				if t, ok := s.Targets[0].(*ast.Name); ok {
					if v, ok := b.model.ConstString(scope, s.Value); ok {
						b.mod.Consts[name+"."+t.ID] = strings.Clone(v)
					}
				}
			}
		case *ast.AnnAssign:
			if t, ok := s.Target.(*ast.Name); ok {
				if m := y.annotationClean(s.Annotation); m != 0 {
					if cls.Fields == nil {
						cls.Fields = map[string]Mask{}
					}
					cls.Fields[t.ID] = m
				} else if typ := y.annotationType(s.Annotation); typ != "" {
					if cls.FieldTypes == nil {
						cls.FieldTypes = map[string]string{}
					}
					cls.FieldTypes[t.ID] = typ
				}
			}
		case *ast.FunctionDef:
			n := len(b.mod.Funcs)
			y.functionIn(s, cls)
			if len(b.mod.Funcs) > n {
				cls.Methods[s.Name.Name] = b.mod.Funcs[n]
			}
		case *ast.ClassDef:
			y.class(s)
		}
	}
	b.release(y)
}

// isClsParam reports whether n is the cls parameter of a classmethod.
func (x *fb) isClsParam(n *ast.Name) bool {
	return x.clsParam != "" && n.ID == x.clsParam && x.isLocal(n)
}

// routes finds Django URL registrations in a module's calls: path(),
// re_path() and url() with a view.
var djangoRouteFuncs = map[string]bool{"django.urls.path": true, "django.urls.re_path": true, "django.conf.urls.url": true,
	"django.urls.conf.path": true, "django.urls.conf.re_path": true}

var converterRe = regexp.MustCompile(`<(?:(\w+):)?(\w+)>`)
var groupRe = regexp.MustCompile(`\(\?P<(\w+)>`)

// route records a URL registration: Django's path(), re_path() and url()
// with a view, Flask's add_url_rule with a view_func. Build calls it for
// every call of the module, in its one walk over the tree.
func (b *builder) route(c *ast.Call) {
	mod, m := b.mod, b.model
	if len(c.Args) < 1 {
		return
	}
	var view ast.Expr
	if a, ok := c.Func.(*ast.Attribute); ok && a.Attr.Name == "add_url_rule" {
		// Flask: app.add_url_rule(rule, endpoint, view_func) or
		// view_func=...: its converters clean the parameters as a
		// decorator's would.
		view = semantic.CallArg(c, 2, "view_func")
	} else if len(c.Args) >= 2 && routeNames[semantic.LastName(c.Func)] && djangoRouteFuncs[m.QualifiedName(m.Module, c.Func)] {
		view = c.Args[1]
	}
	if view == nil {
		return
	}
	pattern, _ := m.ConstString(m.Module, c.Args[0])
	if vc, ok := view.(*ast.Call); ok {
		if a, ok := vc.Func.(*ast.Attribute); ok && a.Attr.Name == "as_view" {
			view = a.Value
		} else {
			return
		}
	}
	vq := m.QualifiedName(m.Module, view)
	if vq == "" {
		return
	}
	r := Route{View: vq, Params: map[string]Mask{}, Pos: c.Start}
	for _, mm := range converterRe.FindAllStringSubmatch(pattern, -1) {
		r.Params[mm[2]] = converterClean(mm[1])
	}
	for _, mm := range groupRe.FindAllStringSubmatch(pattern, -1) {
		r.Params[mm[1]] = 0
	}
	mod.Routes = append(mod.Routes, r)
}

// converterClean returns the classes a URL converter (Flask's and
// Django's <int:id>) makes its parameter safe for.
func converterClean(kind string) Mask {
	switch kind {
	case "int", "float", "uuid":
		return All
	case "slug":
		return Path.Bit() | Shell.Bit()
	}
	return 0
}

// routeNames are the last names of the Django route functions, checked
// before a call's qualified name is worked out.
var routeNames = map[string]bool{"path": true, "re_path": true, "url": true}
