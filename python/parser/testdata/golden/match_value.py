match color:
    case Color.RED:
        pass
    case Color.GREEN | Color.BLUE:
        pass
    case mod.sub.Enum.VALUE:
        pass
    case [Color.RED, x]:
        pass
    case {Color.RED: y}:
        pass
    case _:
        pass
