# PEP 765: return/break/continue in finally are SyntaxWarnings from the
# compiler in 3.14; ast.parse accepts them.
def f():
    try:
        pass
    finally:
        return 1


for x in y:
    try:
        pass
    finally:
        break

while True:
    try:
        pass
    finally:
        continue
