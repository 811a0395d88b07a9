for i in range(3):
    pass
else:
    print("no break")

for k, v in d.items():
    continue
else: pass

for x in *a, *b:
    pass

for (a, b) in pairs: pass

for x, in y:
    pass

for x.attr in y:
    pass

for x[0] in y:
    pass
