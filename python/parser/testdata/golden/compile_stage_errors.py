# Every statement here is accepted by ast.parse but rejected later by the
# compiler/symbol table, so a parser that mirrors ast.parse must accept it.
from __future__ import braces
from __future__ import nonexistent_feature
return 1
yield 1
await x
break
continue
nonlocal x
global g
global g
def f(a, a): pass
lambda a, a: 0
def k(*, a, a): pass
f(a=1, a=2)
*a = b
a, *b, *c = d
x = *a
__debug__ = 1
del __debug__
__debug__ += 1
def d(__debug__): pass
f(__debug__=1)
x.__debug__ = 1
def h():
    from x import *
    v = 1
    global v
class C:
    nonlocal y
    [(z := 1) for _ in w]
match x:
    case _: pass
    case 1: pass
match x:
    case y | z: pass
match x:
    case [a, a]: pass
match x:
    case {"a": 1, "a": 2}: pass
match x:
    case Point(x=1, x=2): pass
async with a: pass
async for a in b: pass
[x async for x in y]
def t[T, T](): pass
type X[T, T] = int
try:
    pass
except* E:
    break
[i := 0 for i in x]
[q for q in (r := [1])]
def m():
    await x
    [await x for x in y]
async def n():
    yield from x
    yield 1
    return 2
lambda: await x
from __future__ import annotations
*a
f"{*a}"
match x:
    case f"{a}": pass
match x:
    case [a, *b, *c]: pass
