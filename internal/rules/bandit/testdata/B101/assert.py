def check(user):
    assert user.is_admin  # want: B101(low/high)
    assert user, "message"  # want: B101
    assert (  # want: B101
        user.a
        and user.b
    )
    x = "assert not a statement"
    if x:
        assert x  # nosec
    assert x  # nosec B101
    assert x  # noqa: S101
    assert x  # nosec: B602  # want: B101
