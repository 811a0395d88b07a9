f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1: x
f = lambda x, y=2: x
f = lambda *args: args
f = lambda **kw: kw
f = lambda *args, **kw: (args, kw)
f = lambda *, a: a
f = lambda *, a=1, b: a
f = lambda a, /: a
f = lambda a, /, b: a
f = lambda a=1, /, b=2, *c, d, e=5, **f: 0
f = lambda a, b=1, /, *, c, **d: 0
f = lambda x,: x
f = lambda *a,: a
f = lambda: (yield)
f = lambda: lambda: lambda y: y
f = lambda x: x if x else lambda: x
f = (lambda x: x)(1)
g = [lambda: i for i in range(3)]
h = lambda x=lambda y=0: y: x
