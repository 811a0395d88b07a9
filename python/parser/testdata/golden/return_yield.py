def f():
    return
    return x
    return x, y
    return *a, b
    return *a, *b
    return (yield)
    return lambda: 1


def g():
    yield
    yield x
    yield x, y
    yield *a, b
    yield from h()
    x = yield
    x = yield y
    x = yield from z
    y = (yield)
    await_like = (yield x) + 1
    print((yield))
    f((yield x), (yield from y))
    [(yield) for _ in range(1)]
