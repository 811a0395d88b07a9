match values:
    case [*rest]:
        pass
    case [first, *rest]:
        pass
    case [*init, last]:
        pass
    case [a, *_, b]:
        pass
    case (*_,):
        pass
    case *all_of_them,:
        pass
