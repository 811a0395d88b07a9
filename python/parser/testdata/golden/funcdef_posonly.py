def pos(a, b, /):
    pass


def pos_default(a, b=2, /):
    pass


def pos_mixed(a, b=2, /, c=3, *, d, e=5):
    pass


def pos_ann(a: int, /, b: str = "s") -> None:
    pass


def pos_star(a, /, *args, **kwargs):
    pass


class C:
    def method(self, other, /):
        return self


lam = lambda a, /: a
