match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as y:
        pass
    case [a] as b:
        pass
    case {"k": v} as m:
        pass
    case (Point(x=1) as p) | (Point(y=1) as p):
        pass
    case (a | b) | c:
        pass
    case [1 | 2, (3 | 4) as q]:
        pass
    case y as z:
        pass
    case _ as w:
        pass
    case str() | bytes() as s:
        pass
