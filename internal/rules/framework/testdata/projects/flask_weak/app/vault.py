# Encrypts API credentials of users' integrations before they are stored.
import ssl

from Crypto.Cipher import AES, PKCS1_v1_5
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"\x00" * 16


def seal(key, padded):
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()  # want: KR505 KR507
    return enc.update(padded) + enc.finalize()


def wrap_key(public_key, key):
    return PKCS1_v1_5.new(public_key).encrypt(key)  # want: KR508


def partner_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: KR512
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # want: KR513
    return ctx
