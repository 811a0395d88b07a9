type X = int
type Y = list[int] | None
type Z[T] = list[T]
type W[T: int] = dict[str, T]
type V[T: (int, str), *Ts, **P] = Callable[P, tuple[T, *Ts]]
type U[T = int] = T
type S[*Ts = *tuple[int]] = tuple[*Ts]
type R[**P = [int]] = Callable[P, None]
type Q = lambda: 0
type Recursive = list[Recursive] | int
type Multi = (
    int
    | str
)
type type = type
type match = match
type case[case] = case
if True:
    type Inner = int
def f():
    type Local = str
class C:
    type Member = bytes
