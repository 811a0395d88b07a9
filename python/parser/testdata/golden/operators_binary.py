a + b
a - b
a * b
a @ b
a / b
a // b
a % b
a ** b
a << b
a >> b
a & b
a | b
a ^ b
a + b - c + d
a * b / c // d % e @ f
a | b ^ c & d << e >> f + g - h * i / j ** k
(a + b) * c
a + (b * c)
a - (b - c)
a ** b ** c
(a ** b) ** c
"%s" % (x,)
[1] * 3
