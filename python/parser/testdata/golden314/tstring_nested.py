a = t"{t"{x}"}"
b = t'{f"{x}"}'
c = f"{t'{x}'}"
d = t"{t"{t"{t"{x}"}"}"}"
e = t"outer {f"middle {t"inner {x}"}"} outer"
g = t"{'single'} {"double"} {'''triple'''}"
h = t"{d["key"]}"
