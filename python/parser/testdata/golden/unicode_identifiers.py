ﬁ = 1
ﬁle = ﬁ + 1
ｘ = 2
ｆｕｌｌ = ｘ
ℌ = 3
ℌello = ℌ
é = 4
café = é
変数 = 5
Ω = 6
Ω = 7
µ = 8
ª = 9
ǅ = 10
ℕ = 12
𝔘𝔫𝔦 = 13
def ﬁnd(ｐａｒａｍ, *ａｒｇｓ, ｋｗ=ℌ): return ｐａｒａｍ
class Ｋｌａｓｓ: ｆｉｅｌｄ: int = 1
obj.ﬁeld = ℌ.attr
import ｍｏｄ as ℳ
from ｐｋｇ import ｎａｍｅ as ｎ
f(ｋｅｙ=1)
print(ｘ, ﬁ, é)
