a = f"{f"{f"{f"{f"{x}"}"}"}"}"
b = f'{f"{f'{f"{1}"}'}"}'
c = f"""{f'''{f"{f'{x}'}"}'''}"""
d = f"outer {f"middle {f"inner {x} inner"} middle"} outer"
e = f"{f"{x:{f"{w}"}}"}"
g = f"{f"{f"{f"{f"{f"{f"{f"{x}"}"}"}"}"}"}"}"
h = f"{x:{y:{z}}}" if False else f"{x:{y}}"
