def f(x):
	if x:
		return 1
	else:
		return	2
class C:
	def m(self):
	    pass  # tab then spaces
	x	=	[1,	2]
