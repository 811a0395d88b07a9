import builtins

exec("x = 1")  # want: B102(medium/high)
exec(compile(src, "<string>", "exec"))  # want: B102
builtins.exec(code)


def run(exec):
    # a parameter named exec is not the builtin
    exec(code)


class Runner:
    def exec(self, code):
        return code

    def go(self):
        self.exec("x")  # a method, not the builtin


def later():
    exec(code)  # want: B102
