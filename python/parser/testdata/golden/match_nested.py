def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            match (x, y):
                case (0, 0):
                    return "origin"
                case _:
                    return "elsewhere"
        case {"type": "key", "key": str() as key} if key.isalpha():
            return key
        case Event(kind="scroll", delta=d) if d:
            for _ in range(d):
                pass
        case [Event() as first, *others]:
            return first, others
        case None:
            return None


class Handler:
    def run(self, cmd):
        match cmd.split():
            case ["go", direction]:
                return direction
            case ["quit" | "exit"]:
                return None
