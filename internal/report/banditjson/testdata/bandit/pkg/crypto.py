import hashlib
import pickle  # the next lines are deliberately unsafe


def digest(data):
	h = hashlib.md5(data)
	assert h  # nosec B101
	return pickle.loads(data), h.hexdigest()  # "quoted" \\ back\\slash
