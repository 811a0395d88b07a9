match = 1
match(x)
match[x]
match[x] = 1
match.x
match.x = 2
match, case = 1, 2
print(match, case)
match = match + match
match * 2
match -1
match(x).y
match[a:b]
match: int = 3
match += 1
del match
import re
re.match(p, s)
x = match
def match(match=match): return match
class match: pass
def f(*, match, case): pass
f(match=1, case=2)
for match in matches: pass
with x as match: pass
lambda match: match
[match for match in matches]
match.case.type._
not match
match if case else type
match
