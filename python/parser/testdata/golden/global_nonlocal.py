counter = 0


def bump():
    global counter
    counter += 1


def outer():
    x = y = 0

    def inner():
        nonlocal x, y
        global counter, other
        x += 1
        y += 1

    return inner


class K:
    global g
    g = 1
