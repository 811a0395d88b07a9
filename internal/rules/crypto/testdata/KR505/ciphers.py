import os
import secrets

from Crypto.Cipher import AES, ChaCha20
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV, ChaCha20Poly1305

ZERO_IV = b"\x00" * 16
FIXED_NONCE = bytes.fromhex("000102030405060708090a0b")


def encrypt_cbc(key, data):
    cipher = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16))  # want: KR505(high/high)
    return cipher.encryptor().update(data)


def encrypt_module_constant(key, data):
    return Cipher(algorithms.AES(key), modes.CBC(ZERO_IV)).encryptor().update(data)  # want: KR505


def encrypt_ctr(key, data):
    nonce = b"0123456789abcdef"
    return Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor().update(data)  # want: KR505


def encrypt_gcm_keyword(key, data):
    return Cipher(algorithms.AES(key), modes.GCM(initialization_vector=bytes(12))).encryptor()  # want: KR505


def encrypt_chacha(key):
    return Cipher(algorithms.ChaCha20(key, "1234567890abcdef".encode()), mode=None)  # want: KR505


def encrypt_aead(key, data):
    aesgcm = AESGCM(key)
    ct = aesgcm.encrypt(FIXED_NONCE, data, None)  # want: KR505
    ct2 = ChaCha20Poly1305(key).encrypt(b"twelve bytes", data, None)  # want: KR505
    return ct, ct2


def encrypt_pycryptodome(key, data):
    a = AES.new(key, AES.MODE_CBC, b"\x00" * 16)  # want: KR505
    b = AES.new(key, AES.MODE_GCM, nonce=b"static-nonce")  # want: KR505
    c = ChaCha20.new(key=key, nonce=bytes(8))  # want: KR505
    return a, b, c


# Look-alikes that are fine.


def random_iv(key, data):
    iv = os.urandom(16)
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    nonce = secrets.token_bytes(12)
    ct = AESGCM(key).encrypt(nonce, data, None)
    return iv + cipher.encryptor().update(data), nonce + ct


def iv_from_message(key, blob):
    iv, body = blob[:16], blob[16:]
    return Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor().update(body)


def rebound_iv(key, data, iv=None):
    if iv is None:
        iv = os.urandom(16)
    return Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()


def reassigned(key):
    nonce = b""
    nonce = os.urandom(12)
    return Cipher(algorithms.AES(key), modes.CTR(nonce))


def decrypt_gcm(key, blob):
    # Decryption must use the sender's nonce: decrypt is not reported.
    return AESGCM(key).decrypt(FIXED_NONCE, blob, None)


def siv(key, data):
    # AES-SIV is built to tolerate a repeated nonce.
    return AESSIV(key).encrypt(data, [b"header"])


def pycryptodome_random(key, data):
    a = AES.new(key, AES.MODE_CBC, os.urandom(16))
    b = AES.new(key, AES.MODE_GCM)
    c = AES.new(key, AES.MODE_ECB)
    return a, b, c


class Other:
    def encrypt(self, nonce, data, aad):
        return data


Other().encrypt(b"constant", b"data", None)
modes_ = {"CBC": b"\x00" * 16}
