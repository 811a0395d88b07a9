"""The staff scripting console: snippets of Python run against the shop."""
import builtins
import logging

log = logging.getLogger(__name__)

SAFE_GLOBALS = {"__builtins__": {"len": len, "sum": sum, "min": min, "max": max}}


def run_snippet(source, context):
    namespace = dict(SAFE_GLOBALS)
    namespace.update(context)
    exec(source, namespace)  # want: KR603
    return namespace.get("result")


def check_syntax(source):
    try:
        compile(source, "<snippet>", "exec")  # want: KR603
    except SyntaxError as exc:
        return str(exc)
    return None


def evaluate_total(expression):
    return builtins.eval(expression)  # want: KR603


def as_price_rule(expression):
    # Wraps a merchant's expression into a function of the price.
    return "lambda price: (" + expression + ")"


def describe(source):
    log.info("snippet submitted: %s", source[:200])
    return len(source.splitlines())
