a = None
b = True
c = False
d = ...
e = __debug__
f = NotImplemented
g = Ellipsis
h = [None, True, False, ...]
i = (None,)
if None: pass
while False: pass
x = None if True else False
print(None is None, True is not False)
