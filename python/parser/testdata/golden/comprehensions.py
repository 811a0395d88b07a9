a = [x for x in y]
b = [x for x in y if x]
c = [x for x in y if x if not x]
d = [x * y for x in a for y in b]
e = [x for x in a if x for y in b if y]
f = {x for x in y}
g = {k: v for k, v in d.items()}
h = {k: v for k in a if k for v in b}
i = (x for x in y)
j = [[x for x in row] for row in m]
k = [(x, y) for x, y in pairs]
l = [x for x, in singles]
m = [x for *x, y in z]
o = [x for x in (lambda: y)()]
p = [x for x in y if (z := x)]
q = [y := x for x in range(3)]
r = [i for i in range(3) if i if i > 0]
