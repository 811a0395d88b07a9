# Encrypts API credentials of users' integrations before they are stored.
import os
import ssl

from Crypto.Cipher import PKCS1_OAEP
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def wrap_key(public_key, key):
    return PKCS1_OAEP.new(public_key).encrypt(key)


def partner_context():
    ctx = ssl.create_default_context(cafile="/etc/ssl/partner-ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
