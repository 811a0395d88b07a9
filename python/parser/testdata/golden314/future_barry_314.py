from __future__ import barry_as_FLUFL
# In 3.14 ast.parse honours this future: '<>' is the not-equal operator.
1 <> 2
a <> b <> c
