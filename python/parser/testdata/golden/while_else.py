while x:
    x -= 1
else:
    print("done")

while (n := next(it, None)) is not None:
    if n:
        break
else:
    pass

while 1: pass
else: pass
