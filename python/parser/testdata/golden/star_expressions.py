print(*a)
print(*a, *b, sep="")
x = *a, *b
x = [*a]
for x in *a, b:
    pass
for x in *a, *b:
    pass
def f():
    return *a, b
def g():
    yield *a, b
x = *a, b = c
*a, b = *c, d
{*a}
(*a,)
[*(a or b)]
[*a.b, *c[0], *d()]
