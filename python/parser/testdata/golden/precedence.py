-a ** b
(-a) ** b
a ** -b
-a ** -b
not a == b
not a in b
a if b else c if d else e
(a if b else c) if d else e
a if (b if c else d) else e
lambda: a if b else c
a or b if c else d
-a.b
-a[0]
-a()
~a ** b
2 ** 3 ** 4
a + b * c ** d
a << b + c
a & b | c ^ d
a | b & c
a == b | c
not a or b and not c
a * -b
a - -b
a + +b
1 + 2 * 3 - 4 / 5
await_ = 1


async def f():
    await x ** 2
    -await x
    await x + await y
    await x.y
    await x[0] ** await y
    not await x
