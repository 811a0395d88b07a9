# Encrypts order records before they go to the object store.
import os

import aiohttp
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_records(key, records):
    aesgcm = AESGCM(key)
    nonce = os.urandom(12)
    return [nonce + aesgcm.encrypt(nonce, r, None) for r in records]  # want: KR506


def session():
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False))  # want: KR512
