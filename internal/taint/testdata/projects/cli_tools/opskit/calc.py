"""opskit-calc: capacity planning arithmetic at a prompt."""
import ast
import math
import sys

NAMES = {"ceil": math.ceil, "floor": math.floor, "sqrt": math.sqrt}


def evaluate(expression):
    return eval(expression, {"__builtins__": {}}, NAMES)  # want: KR603


def evaluate_literal(text):
    return ast.literal_eval(text)


def constant_capacity():
    return eval("64 * 1024", {"__builtins__": {}})  # safe: KR603 constant


def repl():
    while True:
        try:
            line = input("calc> ").strip()
        except EOFError:
            return
        if not line:
            continue
        if line == "capacity":
            print(constant_capacity())
            continue
        if line.startswith("="):
            print(evaluate_literal(line[1:]))
        else:
            print(evaluate(line))


def scale(replicas, factor):
    return eval("%d * %f" % (int(replicas), float(factor)))  # safe: KR603 int() and float()


def main():
    if len(sys.argv) == 3:
        print(scale(sys.argv[1], sys.argv[2]))
        return 0
    repl()
    return 0


if __name__ == "__main__":
    sys.exit(main())
