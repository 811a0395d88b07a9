from passlib.context import CryptContext
from passlib.hash import bcrypt, ldap_salted_sha1, md5_crypt

pwd_context = CryptContext(schemes=["md5_crypt", "bcrypt"])  # want: KR504(high/high)
pwd_context = CryptContext(schemes=["bcrypt", "ldap_salted_sha1"], default="ldap_salted_sha1")  # want: KR504
SCHEMES = ["plaintext", "argon2"]
pwd_context = CryptContext(schemes=SCHEMES)  # want: KR504
stored = md5_crypt.hash(password)  # want: KR504
stored = ldap_salted_sha1.using(salt_size=8).hash(password)  # want: KR504

# Fine: a strong default, weak schemes kept to verify old hashes.
pwd_context = CryptContext(schemes=["argon2", "bcrypt", "md5_crypt"], deprecated="auto")
pwd_context = CryptContext(schemes=["md5_crypt", "bcrypt"], default="bcrypt")
ok = md5_crypt.verify(password, old_hash)
stored = bcrypt.hash(password)
