a < b
a <= b
a > b
a >= b
a == b
a != b
a is b
a is not b
a in b
a not in b
a < b < c
a < b <= c == d != e > f >= g
a is not b not in c in d is e
1 < x < 10
(a < b) < c
a < (b < c)
x == y == z
not a < b
a < b and b < c or c < d
a < -b
-a < b
