x = "é"; s = f"é{x}ü{x!r:>{w}}ß"
t = f"日本{x=}語"
u = (f"first {x}"
     f"second {
         x
     } tail")
v = f"""
é {x}
  {f"{x}"} é
"""
w = call(arg, f"{x:{'é'}}", key=f"{x!a}")
y = f"{x}" f"""{
x}""" "é"
z = f"a{x}b" "c{d}" f"e{f}g"
