a = "a" "b"
b = "a" 'b' """c""" '''d'''
c = b"a" b"b"
d = b"a" rb"\d" Br'\w'
e = u"a" "b"
g = "a" u"b"
h = u"a" u"b"
i = "" ""
j = u"" ""
k = r"\d" "\n"
l = ("a"
     "b"
     "c")
m = "a" \
    "b"
n = ("first"  # comment
     # full-line comment
     "second")
o = u"a" "b" f"{x}"
p = "a" u"b" f"{x}"
q = f"{x}" u"a" "b"
r = u"" f""
s = "" u"x"
