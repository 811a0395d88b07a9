from Crypto.Hash import MD2 as pycrypto_md2
from Crypto.Hash import MD4 as pycrypto_md4
from Crypto.Hash import MD5 as pycrypto_md5
from Crypto.Hash import SHA as pycrypto_sha
from Cryptodome.Hash import MD5 as pycryptodomex_md5
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes

pycrypto_md2.new()  # want: B303(medium/high)
pycrypto_md4.new()  # want: B303
pycrypto_md5.new()  # want: B303
pycrypto_sha.new()  # want: B303
pycryptodomex_md5.new()  # want: B303
hashes.MD5()  # want: B303
hashes.SHA1()  # want: B303
hashes.Hash(hashes.MD5(), backend=default_backend())  # want: B303
hashes.SHA256()
