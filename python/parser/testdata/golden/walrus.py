if x := f():
    pass
if (x := f()) is not None:
    pass
elif y := g():
    pass
while chunk := read():
    pass
while (n := n - 1) > 0:
    pass
y = (z := 1)
print(w := 2)
f(a, b := 3, c=(d := 4))
[y := f(x), y ** 2]
{y := 1}
{(k := 1): (v := 2)}
a[i := 0]
a[(j := 1):]
[v for x in data if (v := g(x))]
[(u := x) for x in data]
[t := x for x in data]
(g := x for x in data)
lambda: (q := 1)
assert (m := 1)
del_me = [n := 1, n]
match (p := subject):
    case _:
        pass
with (r := ctx()) as s:
    pass
print(f"{(pos := 1)}")
def fn(arg=(default := 1)) -> (ret := int):
    return (r2 := arg)
@dec := make()
def decorated(): pass
if any((found := x) > 0 for x in y):
    pass
z = y if (cond := True) else w
res = [(s := s + x) for x in values]
