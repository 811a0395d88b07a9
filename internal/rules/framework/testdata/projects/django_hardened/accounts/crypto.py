import hashlib


def derive_key(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)


def file_checksum(data):
    return hashlib.sha256(data).hexdigest()
