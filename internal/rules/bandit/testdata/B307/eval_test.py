import ast

eval("os.getcwd()")  # want: B307(medium/high)
eval("os.chmod('%s', 0777)" % "test.txt")  # want: B307
ast.literal_eval("[1, 2]")


class Test:
    def eval(self):
        print("hi")

    def foo(self):
        self.eval()


def evaluate(eval):
    return eval("1 + 1")


def eval(x):
    return x


eval("shadowed by the def above")
