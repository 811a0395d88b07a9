# code.InteractiveInterpreter and cgitb write tracebacks to a console or
# a file: write() is a response only in a module that imports a web
# framework.
import sys
import traceback


class Interpreter:
    def write(self, data):
        sys.stderr.write(data)

    def showtraceback(self):
        lines = traceback.format_exception(*sys.exc_info())
        self.write("".join(lines))


def handle(out, info):
    doc = "".join(traceback.format_exception(*info))
    out.write(doc)
