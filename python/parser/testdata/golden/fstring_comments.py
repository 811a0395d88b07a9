a = f"""{
    x  # a comment inside the replacement field
}"""
b = f"""{x  # trailing comment
+ 1}"""
c = f'''{
    # only a comment line
    value
}'''
d = f"{
    x  # comment in single-quoted f-string
}"
e = f"""{x = # debug with comment
}"""
