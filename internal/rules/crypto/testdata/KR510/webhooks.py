import hashlib
import hmac
import token
import tokenize

from flask import request

API_TOKEN = "configured-elsewhere"


def verify_webhook(key, body):
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    if request.headers["X-Signature"] == expected:  # want: KR510(medium/high)
        return True
    return hmac.digest(key, body, "sha256") != request.headers.get("X-Hub-Signature")  # want: KR510(medium/high)


def check_token(provided, user):
    if provided == user.api_token:  # want: KR510(medium/medium)
        return True
    return False


def check_signature(sig, message, key):
    return sig == compute(message, key)  # want: KR510(medium/high)


def check_password_hash(user, candidate):
    return hashlib.sha256(candidate.encode()).hexdigest() == user.password_hash  # want: KR510(medium/high)


# Fine: compare_digest, constants, lengths, checksums, token kinds.


def good(key, body, provided, user):
    expected = hmac.new(key, body, hashlib.sha256).hexdigest()
    ok1 = hmac.compare_digest(request.headers["X-Signature"], expected)
    ok2 = hmac.compare_digest(provided, user.api_token)
    return ok1 and ok2


def trivial(sig, tok):
    if sig is None or sig == "":
        return False
    if len(sig) == 64 and tok != None:
        return True
    return tok == API_TOKEN


def checksum(data, published):
    return hashlib.sha256(data).hexdigest() == published


def lexer(tok, tokens):
    if tok.type == tokenize.NAME or tok == token.OP:
        return True
    return tokens == []


def digest_kinds(a, b):
    return hashlib.md5(a).hexdigest() == hashlib.md5(b).hexdigest()


class Handler:
    def __init__(self, sig_chld):
        self._sig_chld = sig_chld

    def replace(self, handler):
        # asyncio: a signal handler, not a signature.
        return handler != self._sig_chld


class Parameter:
    def __eq__(self, other):
        # inspect.BoundArguments: two objects' fields.
        return self.signature == other.signature and self.token == other.token


def register(data, password1, password2):
    # distutils: the typed password against its confirmation.
    while data["password"] != data["confirm"]:
        data["confirm"] = input()
    return password1 != password2


def abc_cache(cache_token, current_token):
    return cache_token != current_token


class Lexer:
    def next(self, token):
        return token == self.eof


def deliver_challenge(connection, authkey, message):
    # multiprocessing.connection (3.11) compared the HMAC with ==.
    digest = hmac.new(authkey, message, "md5").digest()
    response = connection.recv_bytes(256)
    return response == digest  # want: KR510(medium/high)


TOKEN_DATA = str("data")


def lex(token):
    # jinja2's lexer: token kinds are constants by their spelling.
    return token == TOKEN_DATA
