import os

from Crypto.Cipher import AES, ChaCha20_Poly1305
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def encrypt_all(key, records):
    aesgcm = AESGCM(key)
    nonce = os.urandom(12)
    out = []
    for record in records:
        out.append(aesgcm.encrypt(nonce, record, None))  # want: KR506(high/high)
    return out


def encrypt_two(key, a, b):
    chacha = ChaCha20Poly1305(key)
    nonce = os.urandom(12)
    first = chacha.encrypt(nonce, a, None)
    second = chacha.encrypt(nonce, b, None)  # want: KR506
    return nonce, first, second


def comprehension(key, records):
    aesgcm = AESGCM(key)
    nonce = os.urandom(12)
    return [aesgcm.encrypt(nonce, r, None) for r in records]  # want: KR506


def pycryptodome_two(key, a, b):
    nonce = os.urandom(12)
    c1 = AES.new(key, AES.MODE_GCM, nonce=nonce)
    c2 = AES.new(key, AES.MODE_GCM, nonce=nonce)  # want: KR506
    c3 = ChaCha20_Poly1305.new(key=key, nonce=nonce)  # another cipher: another keystream
    c4 = AES.new(key, AES.MODE_GCM, nonce=os.urandom(12))
    return c1, c2, c3, c4


# Fine: a fresh nonce each time.


def fresh_in_loop(key, records):
    aesgcm = AESGCM(key)
    out = []
    for record in records:
        nonce = os.urandom(12)
        out.append(nonce + aesgcm.encrypt(nonce, record, None))
    return out


def fresh_each(key, a, b):
    aesgcm = AESGCM(key)
    n1 = os.urandom(12)
    n2 = os.urandom(12)
    return aesgcm.encrypt(n1, a, None), aesgcm.encrypt(n2, b, None)


def rebound(key, a, b):
    aesgcm = AESGCM(key)
    nonce = os.urandom(12)
    first = aesgcm.encrypt(nonce, a, None)
    nonce = os.urandom(12)
    second = aesgcm.encrypt(nonce, b, None)
    return first, second


def two_keys(k1, k2, data):
    nonce = os.urandom(12)
    return AESGCM(k1), AESGCM(k2), nonce


def one_per_key(k1, k2, data):
    g1 = AESGCM(k1)
    g2 = AESGCM(k2)
    nonce = os.urandom(12)
    return g1.encrypt(nonce, data, None), g2.encrypt(nonce, data, None)


def parameter(aesgcm, nonce, data):
    # The caller chooses the nonce: one encryption is not a reuse.
    return aesgcm.encrypt(nonce, data, None)


def encrypt_decrypt_loop(key, blobs):
    aesgcm = AESGCM(key)
    out = []
    for nonce, blob in blobs:
        out.append(aesgcm.decrypt(nonce, blob, None))
    return out


def nonce_per_item(key, items):
    aesgcm = AESGCM(key)
    for nonce, data in items:
        yield aesgcm.encrypt(nonce, data, None)
