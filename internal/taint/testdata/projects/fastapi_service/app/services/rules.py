"""Discount rules written by merchants as Python expressions."""
import pickle

ALLOWED_OPERATORS = {"+", "-", "*"}


class RuleSet:
    def __init__(self, rules):
        self.sources = rules
        self.compiled = {}

    def compile_all(self):
        for name, source in self.sources.items():
            self.compiled[name] = eval("lambda price, qty: " + source)  # want: KR603
        return self.compiled


def combine(a, op, b):
    if op not in ALLOWED_OPERATORS:
        raise ValueError(op)
    return eval(f"{float(a)} {op} {float(b)}")  # safe: KR603 allow-list and float()


def default_rule(_submitted):
    return "price * 0.9"


def apply_default(submitted, price):
    return eval(default_rule(submitted), {"__builtins__": {}}, {"price": price})  # safe: KR603 helper ignores its argument


BLANK_SNAPSHOT = pickle.dumps({"items": []})


def blank_snapshot():
    return pickle.loads(BLANK_SNAPSHOT)  # safe: KR607 constant


class Snapshot:
    def __init__(self, blob):
        self.blob = blob
        self.version = 2

    def restore(self):
        return pickle.loads(self.blob)  # want: KR607

    def header(self):
        return pickle.dumps({"version": self.version})
