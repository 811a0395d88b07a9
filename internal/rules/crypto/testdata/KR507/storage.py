import os

from Crypto.Cipher import AES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_cbc(key, data):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # want: KR507(medium/medium)
    return iv + enc.update(padded) + enc.finalize()


def encrypt_ctr(key, data):
    nonce = os.urandom(16)
    return Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor().update(data)  # want: KR507


def encrypt_pycryptodome(key, data):
    return AES.new(key, AES.MODE_CBC, os.urandom(16)).encrypt(data)  # want: KR507


def encrypt_ofb(key, data):
    return AES.new(key, mode=AES.MODE_OFB).encrypt(data)  # want: KR507


# Authenticated modes are fine.


def encrypt_gcm(key, data):
    nonce = os.urandom(12)
    a = AESGCM(key).encrypt(nonce, data, None)
    b = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
    c = AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)
    d = AES.new(key, AES.MODE_EAX)
    return a, b, c, d


class modes_like:
    @staticmethod
    def CBC(iv):
        return iv


modes_like.CBC(b"iv")
