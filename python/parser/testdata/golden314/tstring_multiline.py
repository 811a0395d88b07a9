a = t"{x
+ y}"
b = t"{
    x
}"
c = t'''{
    x +
    y
}'''
d = t"""
line one {x}
line two {
    y
}
"""
e = t"""{
    x  # a comment inside the replacement field
}"""
g = t"""{x  # trailing comment
+ 1}"""
h = t"""{x = # debug with comment
}"""
i = (
    t"first {x} "
    t"second {y}"
)
