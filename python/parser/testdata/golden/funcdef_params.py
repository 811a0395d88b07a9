def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1): pass
def f4(a=1, b=2): pass
def f5(*args): pass
def f6(**kwargs): pass
def f7(*args, **kwargs): pass
def f8(a, *args, b, c=3, **kwargs): pass
def f9(a: int, b: str = "x", *args: tuple, c: float, d: bool = True, **kw: dict) -> None: pass
def f10(a,): pass
def f11(*, a): pass
def f12(*, a=1, b, c=2,): pass
def f13(a, /): pass
def f14(a, /, b): pass
def f15(a=1, /, b=2, *, c, d=4): pass
def f16(a, b=1, /, c=2, *d, e, f=6, **g) -> "ret": pass
def f17(*args: *Ts): pass
def f18(
    self,
    value,  # comment
    *,
    flag=False,
):
    return value
def f19(a, /, *, b): pass
def f20(a, b, /, **c): pass
def f21(a=(1, 2), b=[x for x in y], c=lambda: 0): pass
