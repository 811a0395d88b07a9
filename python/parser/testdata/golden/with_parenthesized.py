with (a, b):
    pass
with (a, b) as c:
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with (a):
    pass
with (a) as b:
    pass
with (a, b,):
    pass
with (a, b), c:
    pass
with (a, b) as c, d:
    pass
with (a)(b) as c:
    pass
with (a).b as c:
    pass
with (yield):
    pass
with (a as b):
    pass
with (a, b as c):
    pass
with ():
    pass
with (x := f()) as y:
    pass
with (a for a in b):
    pass
