a = t"a" t"b"
b = t"{x}" t"{y}"
c = t"" t"{x}" t"" t""
d = t"{x}" t"lit" t"{y}"
e = (t"{x}"
     t"middle"
     t"{y}")
g = t"a" \
    t"{b}"
h = t'{x}' t'''tri''' t"""ple{y}"""
i = t"{x}" rt"\d" Rt"\w{y}"
j = t"x" t"{a=}" t"y"
