x: int
y: int = 1
(z): int
(w): int = 2
a.b: str
a.b: str = "s"
a[0]: float
a[0]: float = 1.5
a.b.c[d]: list[int] = []
t: tuple[int, ...] = 1, 2
u: "forward" = None
v: int = yield
ann: lambda: 0 = 1
(p.q): int
(((r))): int = 3
