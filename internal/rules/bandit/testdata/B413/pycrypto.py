from Crypto.Cipher import AES  # want: B413(high/high)
from Crypto.Hash import SHA256  # want: B413
from Crypto import Random  # want: B413
import Crypto.PublicKey.RSA  # want: B413
from Crypto.Util import Counter  # want: B413
import Cryptodome.Cipher
