class A[T]:
    pass


class B[T: int, U: (str, bytes)](Base[T], metaclass=M):
    x: T


class C[*Ts](Generic):
    pass


class D[**P]:
    pass


class E[T = int, *Ts = *tuple[int], **P = [int]]:
    pass


class F[T](Base):
    def method[U](self, x: T, y: U) -> U:
        return y

    class Nested[V]:
        pass


@dataclass
class G[T,]: pass
