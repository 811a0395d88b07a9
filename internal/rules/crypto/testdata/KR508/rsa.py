import rsa
from Crypto.Cipher import PKCS1_OAEP, PKCS1_v1_5
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15


def encrypt(public_key, message):
    return public_key.encrypt(message, padding.PKCS1v15())  # want: KR508(medium/high)


def decrypt(private_key, ciphertext):
    pad = PKCS1v15()
    return private_key.decrypt(ciphertext, pad)  # want: KR508


def pycryptodome(key, message):
    return PKCS1_v1_5.new(key).encrypt(message)  # want: KR508


def python_rsa(pub, priv, message):
    ct = rsa.encrypt(message, pub)  # want: KR508
    return rsa.decrypt(ct, priv)  # want: KR508


# Fine: OAEP, and PKCS#1 v1.5 signatures.


def oaep(public_key, message):
    return public_key.encrypt(
        message,
        padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    )


def sign(private_key, public_key, message, signature):
    sig = private_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    public_key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    return sig


def pycryptodome_oaep(key, message):
    return PKCS1_OAEP.new(key).encrypt(message)


def python_rsa_sign(message, priv):
    return rsa.sign(message, priv, "SHA-256")


def other_encrypt(box, message):
    return box.encrypt(message, "PKCS1v15")
