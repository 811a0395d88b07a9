def f():
    raise
    raise ValueError
    raise ValueError("boom")
    raise ValueError("boom") from None
    raise ValueError from exc
    raise exc.with_traceback(tb) from cause.inner
    raise (yield)
    raise a if b else c from d
