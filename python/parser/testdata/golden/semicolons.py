a = 1; b = 2; c = 3
a = 1; b = 2;
import os; import sys
if a: b; c
if a: b; c;
while 0: pass; pass
def f(): x = 1; return x
for i in x: print(i); continue
class D: a = 1; b = 2
x; y; z
