a, *b = x
*a, b = x
*a, = x
[a, *b] = x
[*a] = x
(a, *b, c) = x
a, (b, *c), [d, *e] = x
(a, b), c = x
[a, [b, c]] = x
a.b, c[0], *d.e = x
*a[0], b = x
(a) = 1
(a.b) = 2
((a)), = 3
a, b, = 1, 2
[] = ()
() = []
for a, *b in x:
    pass
for [a, *b], c in x:
    pass
