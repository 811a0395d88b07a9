a[*b]
a[*b, c]
a[b, *c]
a[*b, *c]
a[*b,]
x: tuple[*Ts]
y: Array[int, *Shape]
def f(*args: *tuple[int, ...]): pass
z = a[*b] = c
del a[*b]
a[*b] += 1
