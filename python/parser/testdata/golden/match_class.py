match shape:
    case Point():
        pass
    case Point(x):
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case Point(a, b, c=x, d=y):
        pass
    case geometry.Point(x=px):
        pass
    case a.b.c.Klass(_):
        pass
    case int() | str():
        pass
    case Point(x=Point(y=[1, 2]), z={"k": v}):
        pass
    case Point(x, y,):
        pass
    case Point(x=1,):
        pass
    case Circle(r) if r > 0:
        pass
match y:
    case a.b():
        pass
