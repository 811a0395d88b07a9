match x:
    case _: pass
match x, y:
    case _: pass
match x, y,:
    case _: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match (x, y):
    case _: pass
match -x:
    case _: pass
match [a, b]:
    case _: pass
match {1: 2}:
    case _: pass
match f(x):
    case _: pass
match x.y[z]:
    case _: pass
match x := y:
    case _: pass
match not x:
    case _: pass
match lambda: x:
    case _: pass
match a if b else c:
    case _: pass
match await_ + 1:
    case _: pass
