a = f"{x
+ y}"
b = f"{
    x
}"
c = f'''{
    x +
    y
}'''
d = f"""
line one {x}
line two {
    y
}
"""
e = f"{
    a,
    b,
}"
g = f"""{x:
}"""
h = (
    f"first {x} "
    f"second {y}"
)
i = f"""{
    {'k': 1}['k']
}"""
j = f"""text
{x=}
end"""
