match config:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": x, "b": y}:
        pass
    case {"a": x, **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, -2: _, 3j: _, None: _, True: _, b"k": _}:
        pass
    case {a.b: x, a.b.c: y}:
        pass
    case {"nested": {"deep": [z, *_]}}:
        pass
    case {"x": 1, "y": 2,}:
        pass
    case {"t": (1 | 2) as t, **kw}:
        pass
    case {"r": x, **rest,}:
        pass
