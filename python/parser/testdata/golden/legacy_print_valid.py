import sys
print >>sys.stderr, "x"
print >> f, x
print
print (x)
print ("a", "b")
print(x),
exec("code")
exec ("code")
exec
print, x
print ; x
(print) >> f
