from Crypto.PublicKey import DSA as pycrypto_dsa
from Crypto.PublicKey import RSA as pycrypto_rsa
from Cryptodome.PublicKey import DSA as pycryptodomex_dsa
from Cryptodome.PublicKey import RSA as pycryptodomex_rsa
from cryptography.hazmat import backends
from cryptography.hazmat.primitives.asymmetric import dsa
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric import rsa

# Correct
dsa.generate_private_key(key_size=2048, backend=backends.default_backend())
ec.generate_private_key(curve=ec.SECP384R1, backend=backends.default_backend())
rsa.generate_private_key(public_exponent=65537, key_size=2048, backend=backends.default_backend())
pycrypto_dsa.generate(bits=2048)
pycrypto_rsa.generate(bits=2048)
pycryptodomex_dsa.generate(bits=2048)
pycryptodomex_rsa.generate(bits=2048)
dsa.generate_private_key(2048, backends.default_backend())
ec.generate_private_key(ec.SECP256K1, backends.default_backend())
rsa.generate_private_key(3, 2048, backends.default_backend())
pycrypto_dsa.generate(2048)
pycryptodomex_rsa.generate(2048)
rsa.generate_private_key(public_exponent=65537, backend=backends.default_backend())

# Also correct: without keyword args
dsa.generate_private_key(4096, backends.default_backend())

# Incorrect: weak key sizes
dsa.generate_private_key(key_size=1024, backend=backends.default_backend())  # want: B505(medium/high)
ec.generate_private_key(curve=ec.SECT163R2, backend=backends.default_backend())  # want: B505(medium/high)
rsa.generate_private_key(public_exponent=65537, key_size=1024, backend=backends.default_backend())  # want: B505(medium/high)
pycrypto_dsa.generate(bits=1024)  # want: B505(medium/high)
pycrypto_rsa.generate(bits=1024)  # want: B505(medium/high)
pycryptodomex_dsa.generate(bits=1024)  # want: B505
pycryptodomex_rsa.generate(bits=1024)  # want: B505
dsa.generate_private_key(512, backends.default_backend())  # want: B505(high/high)
ec.generate_private_key(ec.SECT163R2, backends.default_backend())  # want: B505(medium/high)
rsa.generate_private_key(3, 512, backends.default_backend())  # want: B505(high/high)
pycrypto_dsa.generate(512)  # want: B505(high/high)
pycrypto_rsa.generate(512)  # want: B505(high/high)

# Bandit does not see a curve instance
ec.generate_private_key(ec.SECP192R1(), backends.default_backend())
ec.generate_private_key(curve=ec.SECP192R1(), backend=backends.default_backend())

# Not a literal size
rsa.generate_private_key(public_exponent=65537, key_size=size)
