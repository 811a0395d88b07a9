# Encrypts order records before they go to the object store.
import os
import ssl

import aiohttp
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_records(key, records):
    aesgcm = AESGCM(key)
    out = []
    for r in records:
        nonce = os.urandom(12)
        out.append(nonce + aesgcm.encrypt(nonce, r, None))
    return out


def session():
    ctx = ssl.create_default_context(cafile="/etc/ssl/store-ca.pem")
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx))
