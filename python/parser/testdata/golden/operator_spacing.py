a=b+c-d*e/f//g%h**i@j
a+=1;a-=1;a*=1;a/=1;a//=1;a%=1;a**=1;a@=1;a<<=1;a>>=1;a&=1;a|=1;a^=1
x=-1;y=+1;z=~1;w=not-1
c=a<b<=c>d>=e==f!=g
d=a<<b>>c&d|e^f
e=a**-b
f=lambda:0
g=a if-b else+c
h=[1,2,3][::-1]
i={1:2,**j}
k=(*l,)
m=a.b.c(d)[e]
n=1if 2else 3
o=f(*p,**q)
