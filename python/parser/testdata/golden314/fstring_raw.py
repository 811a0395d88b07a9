a = rf"\d{x}"
b = fr"\n{x}\t"
c = Rf"{x}\\"
d = fR"\{x}"
e = RF"{x}\N{BULLET}"
g = FR"\N{x}"
h = rF"\x41{x}"
i = Fr'''\u00e9{x}'''
j = rf"{x!r:\n}"
k = rf"{{\d}}{x}"
l = rf"{'\n'}" if False else rf"{x}"
m = rf"""
\path\{name}\file
"""
