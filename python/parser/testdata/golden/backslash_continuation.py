x = 1 + \
    2
y = \
3
if a and \
   b:
    pass
if a:
    z = 1 + \
2
    w = 3
def f(a, \
      b):
    return a \
        + b
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
s = "a" \
    "b"
t = [1, \
     2]
u = 1 \
    if x \
    else 2
    
from os import \
    path
