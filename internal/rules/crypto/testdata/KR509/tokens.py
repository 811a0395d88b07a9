import random
import secrets
import string
from random import choice, randint

rng = random.Random()
sysrng = random.SystemRandom()


def new_reset_code():
    reset_code = "".join(random.choices(string.digits, k=6))  # want: KR509(medium/high)
    return reset_code


def make_salt():
    salt = random.randbytes(16)  # want: KR509
    return salt


def issue(user):
    user.api_token = "".join(choice(string.ascii_letters) for _ in range(32))  # want: KR509(medium/medium)
    user.session_id = rng.getrandbits(128)  # want: KR509
    return {"password": str(randint(100000, 999999))}  # want: KR509


def generate_password(length=12):  # a returned value takes the function's name
    return "".join(random.choice(string.ascii_letters) for _ in range(length))  # want: KR509(medium/high)


def otp_flow(user):
    n = random.randint(0, 999999)  # want: KR509
    user.otp = f"{n:06d}"
    return n


def keyword(send):
    send(verification_code=random.randint(1000, 9999))  # want: KR509


def key_bytes():
    key = random.getrandbits(256).to_bytes(32, "big")  # want: KR509
    iv = bytes(random.randrange(256) for _ in range(16))  # want: KR509
    return key, iv


# Fine: the secrets module, SystemRandom, and random values that are not
# secrets.


def good_code():
    reset_code = f"{secrets.randbelow(10**6):06d}"
    salt = secrets.token_bytes(16)
    token = secrets.token_urlsafe(32)
    nonce = sysrng.getrandbits(96)
    return reset_code, salt, token, nonce


def schedule(items):
    delay = random.uniform(0.5, 1.5)
    sample = random.sample(items, 3)
    colour = random.choice(["red", "green"])
    port = random.randint(1024, 65535)
    random.shuffle(items)
    return delay, sample, colour, port


def described():
    token_length = random.randint(16, 32)
    password_min = random.randint(8, 12)
    key = random.choice(["a", "b"])  # a dict key, not a cipher key
    return token_length, password_min, key


def lexer():
    next_token = random.choice(["(", ")"])
    return next_token


def pick_item(items):
    i = random.randrange(len(items))
    label = str(i)
    return items[i], label


def _make_boundary(text=None):
    # email.generator: a MIME boundary, not a secret.
    token = random.randrange(2**63)
    boundary = ("=" * 15) + ("%019d" % token) + "=="
    return boundary
