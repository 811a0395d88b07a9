if a:
 b = 1
 if c:
      d = 2
      if e:
        f = 3
 g = 4
if h:
            i = 5
            for j in k:
             while l:
                          m = 6
n = 7
class A:
  def f(self):
     if x:
        return 1
     else:
          return 2
  def g(self):
   pass
