import hashlib
import hmac
from getpass import getpass

from Crypto.Hash import SHA256
from flask import request


def register(username, password):
    digest = hashlib.sha256(password.encode()).hexdigest()  # want: KR501(high/high)
    salted = hashlib.sha512(salt + password.encode()).hexdigest()  # want: KR501
    h = hashlib.md5()
    h.update(password.encode("utf-8"))  # want: KR501
    keyed = hmac.new(SECRET, new_password.encode(), hashlib.sha256).hexdigest()  # want: KR501
    named = hashlib.new("sha1", password.encode())  # want: KR501
    return digest, salted, h, keyed, named


def from_form():
    pw = request.form["password"]
    data = pw.encode()
    return hashlib.sha3_256(data).hexdigest()  # want: KR501


def from_prompt():
    return SHA256.new(getpass().encode()).hexdigest()  # want: KR501


def fine(password, body, username):
    checksum = hashlib.sha256(body).hexdigest()
    user_hash = hashlib.md5(username.encode()).hexdigest()
    length = hashlib.sha256(str(len(password)).encode())
    again = hashlib.sha256(password_hash.encode())
    cache_key = hashlib.sha1(f"{username}:{request.path}".encode()).hexdigest()
    d = {}
    d.update(password)
    return checksum, user_hash, length, again, cache_key
