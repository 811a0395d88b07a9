def f(a, b):
    s = '''multi
line'''
    t = 'cont\
inued'
    u = 1 + \
        2
    if a:
        return b

    # comment
    return (a,
            b)
x = f(1, 2); y = f'{x}\n'
