case = 1
case(x)
case[x]
case.x
print(case)
_ = 1
_(x)
_[0]
_.attr
print(_)
_, _ = 1, 2
for _ in range(3): pass
__ = _
_x = _
def _(): return _
class _: pass
match x:
    case case:
        pass
match x:
    case _:
        _ = 1
match _:
    case _ if _:
        case = _
match match:
    case match:
        pass
match case:
    case type:
        type = case
