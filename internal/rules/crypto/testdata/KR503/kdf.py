import hashlib

import argon2
import bcrypt
from Crypto.Protocol.KDF import PBKDF2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from passlib.context import CryptContext
from passlib.hash import bcrypt as passlib_bcrypt, pbkdf2_sha256
from werkzeug.security import generate_password_hash

ITERATIONS = 100_000

hashlib.pbkdf2_hmac("sha256", password, salt, 10_000)  # want: KR503(medium/high)
hashlib.pbkdf2_hmac("sha256", password, salt, ITERATIONS)  # want: KR503
hashlib.pbkdf2_hmac("sha1", password, salt, iterations=600_000)  # want: KR503
hashlib.pbkdf2_hmac("sha512", password, salt, 210_000)
hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)
hashlib.pbkdf2_hmac("sha256", password, salt, iterations)

PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=390_000)  # want: KR503
PBKDF2HMAC(algorithm=hashes.SHA512(), length=32, salt=salt, iterations=210_000)
PBKDF2(password, salt, 32)  # want: KR503
PBKDF2(password, salt, 32, count=2_000_000)

hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1)  # want: KR503
hashlib.scrypt(password, salt=salt, n=2**17, r=8, p=1)
Scrypt(salt=salt, length=32, n=2**10, r=8, p=1)  # want: KR503
Scrypt(salt=salt, length=32, n=2**14, r=8, p=5)

bcrypt.gensalt(rounds=10)  # want: KR503
bcrypt.gensalt(10)  # want: KR503
bcrypt.gensalt()
bcrypt.gensalt(rounds=14)

argon2.PasswordHasher(time_cost=1, memory_cost=8192)  # want: KR503
argon2.PasswordHasher()
argon2.PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)

passlib_bcrypt.using(rounds=8)  # want: KR503
pbkdf2_sha256.using(rounds=29000)  # want: KR503
CryptContext(schemes=["bcrypt"], bcrypt__rounds=10)  # want: KR503
CryptContext(schemes=["bcrypt"], bcrypt__rounds=13)

generate_password_hash(password, method="pbkdf2:sha256:50000")  # want: KR503
generate_password_hash(password, "sha256")  # want: KR503
generate_password_hash(password, method="scrypt:1024:8:1")  # want: KR503
generate_password_hash(password)
generate_password_hash(password, method="pbkdf2:sha256")
generate_password_hash(password, method="scrypt")
