a = b = c = 1
x = y = [1, 2]
p.q = r[0] = s = t.u.v = 0
a = (b) = c
i, j = k, l = 1, 2
a = yield_value = None
x = y = z = (w := 5)
