@a
def f(): pass

@a.b.c
def f(): pass

@a(b, c=d)
def f(): pass

@a[0]
def f(): pass

@(lambda fn: fn)
def f(): pass

@x if y else z
def f(): pass

@x := y
def f(): pass

@a.b(c)[d].e(f)
@second
@third()
class C:
    @property
    def p(self): pass

    @p.setter
    def p(self, v): pass

    @staticmethod
    async def s(): pass

@a or b
@not_a_keyword
@(yield)
def g(): pass

@ spaced . out ( )
def h(): pass
