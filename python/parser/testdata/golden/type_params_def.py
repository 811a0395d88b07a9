def f[T](x: T) -> T:
    return x


def g[T: int](x: T): pass
def h[T: (int, str)](x: T): pass
def i[*Ts](*args: *Ts): pass
def j[**P](fn: Callable[P, int]) -> Callable[P, int]: pass
def k[T, *Ts, **P](): pass
def l[T,](): pass
def m[T = int](): pass
def n[T: int = bool](): pass
def o[T: (int, str) = str](): pass
def p[*Ts = *tuple[int, str]](): pass
def q[**P = [int, str]](): pass
def r[**P = ...](): pass
def s[T, U = T, *Vs = *tuple[()], **Q = []](): pass
async def t[T](x: T) -> T: return x
@decorator
def u[
    T: "Forward",
    U,
](): pass
def v[T: Sequence[int] | None](): pass
def w[T: lambda: 0 = lambda: 1](): pass
