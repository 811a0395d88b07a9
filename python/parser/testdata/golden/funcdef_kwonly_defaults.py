def f(*, a, b=1, c, d=2, e):
    pass


def g(x, *rest, y, z=None, w):
    pass


def h(p=1, /, q=2, *, r, s=3):
    pass


async def i(*, a=1, b):
    pass
