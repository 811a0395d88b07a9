import crypt
import hashlib
from hashlib import md5 as weak

hashlib.md5(1)  # want: B324(high/high)
hashlib.md5(1).hexdigest()  # want: B324(high/high)
abc = str.replace(hashlib.md5("1"), "###")  # want: B324
print(hashlib.md5("1"))  # want: B324
hashlib.sha1(1)  # want: B324
hashlib.md4(1)  # want: B324
hashlib.sha(1)  # want: B324
weak(b"x")  # want: B324
hashlib.sha256(1)
hashlib.md5(1, usedforsecurity=False)
hashlib.sha1(1, usedforsecurity=False)
hashlib.md5(1, usedforsecurity=True)  # want: B324
hashlib.new("md5")  # want: B324(high/high)
hashlib.new("MD4", data=b"x")  # want: B324
hashlib.new("sha1")  # want: B324
hashlib.new(name="sha1")  # want: B324
hashlib.new("sha256")
hashlib.new("sha1", usedforsecurity=False)
hashlib.new(algorithm)

crypt.crypt("password", crypt.METHOD_CRYPT)  # want: B324(medium/high)
crypt.crypt("password", crypt.METHOD_MD5)  # want: B324(medium/high)
crypt.crypt("password", crypt.METHOD_BLOWFISH)  # want: B324(medium/high)
crypt.crypt("password", salt=crypt.METHOD_MD5)  # want: B324
crypt.crypt("password", crypt.METHOD_SHA512)
crypt.mksalt(crypt.METHOD_MD5)  # want: B324(medium/high)
crypt.mksalt(method=crypt.METHOD_CRYPT)  # want: B324
crypt.mksalt(crypt.METHOD_SHA256)


def digest(hashlib):
    return hashlib.md5(b"x")
