del a
del a, b
del a, b,
del a.b
del a[0]
del a[1:2]
del a[1:2, ::3]
del (a)
del (a, b)
del [a, b]
del (a), [b, (c, [d])]
del a.b.c[d].e
del ()
del []
del f().x
del f()[0]
del (a.b), (c[0])
