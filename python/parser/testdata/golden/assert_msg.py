assert x
assert x, "message"
assert x == y, f"{x} != {y}"
assert (x, y)
assert isinstance(x, int), (
    "long message "
    "split across lines"
)
assert not x, x
assert (x := 1), x
