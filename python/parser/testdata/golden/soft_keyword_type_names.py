type = 1
type(x)
type[x]
type.x
type.x = 1
type: int = 2
type, other = 3, 4
print(type)
type += 1
type = type
type(obj).__name__
isinstance(x, type)
def type(): pass
class type: pass
x.type = type
f(type=type)
type X = int
type(X)
type[X] = 1
type * 2
type - 1
del type
import type
from type import type
