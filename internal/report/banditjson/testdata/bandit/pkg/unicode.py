s = "héllo 𝔘 日本"; v = eval(s)	# ← eval
