# KR831 generic_secret: random-looking literals bound to secret-like names.
import os

import requests

db_password = "Zq7#kLm2!vR9xT4w"  # want: KR831(medium/low)
DB_PASSWORD = "Zq7#kLm2!vR9xT4w"  # want: KR831
settings.apiToken = "Zq7#kLm2!vR9xT4w"  # want: KR831
config = {"password": "Zq7#kLm2!vR9xT4w"}  # want: KR831
requests.post(url, auth_token="Zq7#kLm2!vR9xT4w")  # want: KR831
long = {"client_secret": "v8Kq2LmZ7xR4tN9wB3cY6dF1gH5jP0sU"}  # want: KR831(medium/medium)


def login(user, password="Zq7#kLm2!vR9xT4w"):  # want: KR831
    return user, password


def connect(*, private_key="Zq7#kLm2!vR9xT4w"):  # want: KR831
    return private_key


header = f"{user}:" "Zq7#kLm2!vR9xT4w"  # a part of an f-string bound to no name
secret = f"{prefix}Zq7#kLm2!vR9xT4w"  # want: KR831
if password == "Zq7#kLm2!vR9xT4w":  # want: KR831
    pass
DB_PASSWORD = os.environ.get("DB_PASSWORD", "Zq7#kLm2!vR9xT4w")  # want: KR831
DB_PASSWORD = os.getenv("DB_PASSWORD", "Zq7#kLm2!vR9xT4w")  # want: KR831


def get_api_key():
    return "Zq7#kLm2!vR9xT4w"  # want: KR831


# Negatives: environment lookups and names that are not values.
DB_PASSWORD = os.environ["DB_PASSWORD"]
DB_PASSWORD = os.getenv("DB_PASSWORD")
DB_PASSWORD = os.environ.get("DB_PASSWORD")
password_field = "Zq7#kLm2!vR9xT4w"
token_url = "Zq7#kLm2!vR9xT4w"
is_secret = "Zq7#kLm2!vR9xT4w"
request_id = "Zq7#kLm2!vR9xT4w"
password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"
# Placeholders and values that are not random.
password = "changeme"
password = "<password>"
password = "${DB_PASSWORD}"
password = "{{ db_password }}"
password = "%(password)s"
password = "xxxxxxxxxxxx"
password = "aaaaaaaaaaaa"
password = "12345678"
password = "abcdefghijkl"
password = "hunter2!"
password = ""
password = None
token = "NAME_OF_TOKEN"
password = "password_for_the_ldap_bind"
token = "https://example.org/oauth/token"
token = "/var/run/secrets/token"
token = "admin@example.org"
password = "Enter the password: "
password = "%s:%s"
# Docstrings are prose: no generic detection in them.


def f():
    """password=Zq7#kLm2!vR9xT4w"""
