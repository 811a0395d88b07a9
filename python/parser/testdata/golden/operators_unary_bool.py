not a
-a
+a
~a
- - a
not not a
-~+a
a and b
a or b
a and b and c
a or b or c
a and b or c and d
a or b and c or d
(a or b) and c
not a and not b
not (a and b)
x = a and (b or c) and d
y = -1
z = - 1
w = -1j
v = +-+-1
