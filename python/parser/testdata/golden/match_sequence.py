match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case x, y:
        pass
    case [x, y, *rest]:
        pass
    case (x, *_, y):
        pass
    case [*_]:
        pass
    case *first, last:
        pass
    case [1, [2, (3, *a)], {4: b}]:
        pass
    case [x, y,]:
        pass
    case 1, *_:
        pass
    case (
        a,
        b,
    ):
        pass
