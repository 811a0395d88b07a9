from Crypto.Cipher import ARC2 as pycrypto_arc2
from Crypto.Cipher import ARC4 as pycrypto_arc4
from Crypto.Cipher import Blowfish as pycrypto_blowfish
from Crypto.Cipher import DES as pycrypto_des
from Crypto.Cipher import XOR as pycrypto_xor
from Cryptodome.Cipher import DES as pycryptodomex_des
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms

pycrypto_arc2.new(key, pycrypto_arc2.MODE_CFB, iv)  # want: B304(high/high)
pycrypto_arc4.new(key)  # want: B304
pycrypto_blowfish.new(key, pycrypto_blowfish.MODE_CBC, iv)  # want: B304
pycrypto_des.new(key, pycrypto_des.MODE_OFB, iv)  # want: B304
pycrypto_xor.new(key)  # want: B304
pycryptodomex_des.new(key)  # want: B304
Cipher(algorithms.ARC4(key), mode=None)  # want: B304
Cipher(algorithms.Blowfish(key), mode=None)  # want: B304
Cipher(algorithms.CAST5(key), mode=None)  # want: B304
Cipher(algorithms.IDEA(key), mode=None)  # want: B304
Cipher(algorithms.SEED(key), mode=None)  # want: B304
Cipher(algorithms.TripleDES(key), mode=None)  # want: B304
Cipher(algorithms.AES(key), mode=None)
