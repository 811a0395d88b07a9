match command:
    case x:
        pass
match command:
    case _:
        pass
match command:
    case (x):
        pass
match command:
    case ((_)):
        pass
match command:
    case [x, _, y]:
        pass
    case {"k": x, "j": _}:
        pass
