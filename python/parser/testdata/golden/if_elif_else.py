if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

if a:
    if b:
        pass
    else:
        pass
else:
    if c:
        pass
    elif d:
        pass

if x := f():
    pass
elif y := g():
    pass
