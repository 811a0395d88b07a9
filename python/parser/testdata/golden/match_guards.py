match point:
    case (x, y) if x == y:
        pass
    case (x, y) if x > 0 and y > 0:
        pass
    case _ if (n := count()) > 1:
        pass
    case Point(x=x) if x in allowed:
        pass
    case [*items] if not items:
        pass
    case x if x if x else x:
        pass
    case x if lambda: x:
        pass
    case _:
        pass
