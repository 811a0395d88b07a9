import os
if x:
    y = 1
    z = 2

    
w = 1+ 2
def g():
    return 3
