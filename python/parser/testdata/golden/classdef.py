class A:
    pass


class B(A):
    pass


class C(A, B, metaclass=Meta, extra=1):
    x = 1

    def m(self):
        return self.x


class D(*bases, **kwds):
    pass


class E():
    pass


class F(object,):
    class Inner:
        class Deeper:
            pass


class G(A, *more, key=val, **rest): pass


class H(namedtuple("H", "a b")): pass
