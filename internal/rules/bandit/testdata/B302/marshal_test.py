import marshal

serialized = marshal.dumps({"a": 1})
marshal.loads(serialized)  # want: B302(medium/high)
marshal.load(open("f", "rb"))  # want: B302
