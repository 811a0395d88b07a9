#!/usr/bin/env python3
"""Report AST node classes and fields that the golden corpus never exercises.

Usage: python coverage.py [DIR]   (default: python/parser/testdata/golden)

Parses every DIR/*.py with this CPython (the corpus is generated with 3.13)
and prints one line per
  * concrete node class of the ast module never seen,
  * (class, field) pair never seen with a non-empty value (not None, not []),
  * extra variant never seen (expression contexts per node kind, Constant
    value types, AnnAssign.simple 0/1, conversions, ImportFrom.level,
    comprehension.is_async, None holes in Dict.keys / kw_defaults, ...).
Prints nothing when everything is covered.  Things ast.parse(mode="exec")
cannot produce (other modes, type comments) are not required.
"""

import ast
import glob
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)),
                           "python", "parser", "testdata", "golden")

# Never produced by ast.parse(source) in "exec" mode without type_comments.
UNREACHABLE_CLASSES = {"Expression", "Interactive", "FunctionType", "TypeIgnore"}
UNREACHABLE_FIELDS = {("Module", "type_ignores")} | {
    (cls, "type_comment") for cls in (
        "FunctionDef", "AsyncFunctionDef", "Assign", "For", "AsyncFor",
        "With", "AsyncWith", "arg")}


def node_classes():
    """Concrete node classes defined by the C _ast module (no deprecated aliases)."""
    import _ast
    classes = {}
    for name in dir(_ast):
        obj = getattr(_ast, name)
        if isinstance(obj, type) and issubclass(obj, ast.AST) and obj is not ast.AST:
            classes[name] = obj
    abstract = {c.__name__ for c in classes.values()
                for sub in c.__subclasses__() if sub.__name__ in classes}
    return {n: c for n, c in classes.items() if n not in abstract}


def wanted_variants():
    v = set()
    for cls in ("Name", "Attribute", "Subscript", "List", "Tuple"):
        for ctx in ("Load", "Store", "Del"):
            v.add("%s.ctx=%s" % (cls, ctx))
    v |= {"Starred.ctx=Load", "Starred.ctx=Store"}
    for t in ("str", "bytes", "int", "float", "complex", "bool:True",
              "bool:False", "NoneType", "ellipsis"):
        v.add("Constant.value:" + t)
    v |= {"Constant.kind='u'", "AnnAssign.simple=0", "AnnAssign.simple=1",
          "FormattedValue.conversion=-1", "FormattedValue.conversion=115",
          "FormattedValue.conversion=114", "FormattedValue.conversion=97",
          "FormattedValue.format_spec", "ImportFrom.level=0",
          "ImportFrom.level>0", "ImportFrom.module=None",
          "comprehension.is_async=0", "comprehension.is_async=1",
          "Dict.keys has None", "arguments.kw_defaults has None",
          "arguments.kw_defaults has value", "keyword.arg=None",
          "alias.name='*'", "MatchSingleton.value:None",
          "MatchSingleton.value:True", "MatchSingleton.value:False",
          "MatchAs.pattern=None,name=None", "MatchAs.pattern=None,name",
          "MatchAs.pattern,name", "MatchStar.name=None", "MatchStar.name",
          "MatchMapping.rest", "Raise.exc=None", "Raise.cause",
          "Return.value=None", "Yield.value=None", "Slice.all None",
          "ExceptHandler.type=None", "ExceptHandler.name",
          "withitem.optional_vars=None", "withitem.optional_vars"}
    return v


def seen_variants(node, out):
    name = type(node).__name__
    ctx = getattr(node, "ctx", None)
    if ctx is not None:
        out.add("%s.ctx=%s" % (name, type(ctx).__name__))
    if name == "Constant":
        val = node.value
        if isinstance(val, bool):
            out.add("Constant.value:bool:%s" % val)
        else:
            out.add("Constant.value:" + type(val).__name__)
        if node.kind == "u":
            out.add("Constant.kind='u'")
    elif name == "AnnAssign":
        out.add("AnnAssign.simple=%d" % node.simple)
    elif name == "FormattedValue":
        out.add("FormattedValue.conversion=%d" % node.conversion)
        if node.format_spec is not None:
            out.add("FormattedValue.format_spec")
    elif name == "ImportFrom":
        out.add("ImportFrom.level=0" if node.level == 0 else "ImportFrom.level>0")
        if node.module is None:
            out.add("ImportFrom.module=None")
    elif name == "comprehension":
        out.add("comprehension.is_async=%d" % node.is_async)
    elif name == "Dict":
        if any(k is None for k in node.keys):
            out.add("Dict.keys has None")
    elif name == "arguments":
        if any(d is None for d in node.kw_defaults):
            out.add("arguments.kw_defaults has None")
        if any(d is not None for d in node.kw_defaults):
            out.add("arguments.kw_defaults has value")
    elif name == "keyword" and node.arg is None:
        out.add("keyword.arg=None")
    elif name == "alias" and node.name == "*":
        out.add("alias.name='*'")
    elif name == "MatchSingleton":
        out.add("MatchSingleton.value:%s" % node.value)
    elif name == "MatchAs":
        out.add("MatchAs.%s,%s" % ("pattern" if node.pattern else "pattern=None",
                                   "name" if node.name else "name=None"))
    elif name == "MatchStar":
        out.add("MatchStar.name" if node.name else "MatchStar.name=None")
    elif name == "MatchMapping" and node.rest:
        out.add("MatchMapping.rest")
    elif name == "Raise":
        if node.exc is None:
            out.add("Raise.exc=None")
        if node.cause is not None:
            out.add("Raise.cause")
    elif name in ("Return", "Yield") and node.value is None:
        out.add("%s.value=None" % name)
    elif name == "Slice" and node.lower is node.upper is node.step is None:
        out.add("Slice.all None")
    elif name == "ExceptHandler":
        if node.type is None:
            out.add("ExceptHandler.type=None")
        if node.name:
            out.add("ExceptHandler.name")
    elif name == "withitem":
        out.add("withitem.optional_vars" if node.optional_vars is not None
                else "withitem.optional_vars=None")


def main(argv):
    directory = argv[0] if argv else DEFAULT_DIR
    classes = node_classes()
    seen_classes = set()
    seen_fields = set()
    variants = set()
    paths = sorted(glob.glob(os.path.join(directory, "*.py")))
    if not paths:
        print("no .py files in %s" % directory)
        return 1
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse(data)
        except (SyntaxError, ValueError) as exc:
            sys.stderr.write("coverage.py: Python %d.%d cannot parse %s (%s); "
                             "run this with CPython 3.13\n"
                             % (sys.version_info[0], sys.version_info[1], path, exc))
            return 2
        for node in ast.walk(tree):
            name = type(node).__name__
            seen_classes.add(name)
            for field in node._fields:
                value = getattr(node, field, None)
                if value is not None and value != []:
                    seen_fields.add((name, field))
            seen_variants(node, variants)
    missing = []
    for name in sorted(classes):
        if name in UNREACHABLE_CLASSES:
            continue
        if name not in seen_classes:
            missing.append("class %s" % name)
            continue
        for field in classes[name]._fields:
            if (name, field) in UNREACHABLE_FIELDS:
                continue
            if (name, field) not in seen_fields:
                missing.append("field %s.%s" % (name, field))
    for v in sorted(wanted_variants() - variants):
        missing.append("variant %s" % v)
    for line in missing:
        print(line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
