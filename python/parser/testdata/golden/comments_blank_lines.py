# leading comment

# another

def f():
    # comment at body indentation
    x = 1
        # over-indented comment
# under-indented comment
    y = 2

    
    return x + y  # trailing comment
    # comment at end of block


class C:

    # comment after blank line

    a = 1
#
#!
#-*- not a cookie on line 16 -*-
z = [
    1,  # one
# two
            2,
]
