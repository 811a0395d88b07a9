a = """first
second
third"""
b = '''it's "quoted" '' ""'''
c = """a "" b ""\" c"""
d = """
    indented
        more
"""
e = '''\
no leading newline'''
f = """ends with quote\""""
g = r"""raw \
newline"""
h = """tabs	and	spaces"""
i = """unicode é 日本
second line 😀"""
