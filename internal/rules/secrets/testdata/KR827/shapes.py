# KR827 jwt: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

AUTH_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH"  # want: KR827(medium/medium)
settings.auth_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH"  # want: KR827
CONFIG = {"service": "x", "credential": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH"}  # want: KR827
client = connect(endpoint, credential="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH")  # want: KR827


def connect_default(credential="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH"):  # want: KR827
    return credential


line = f"{name}: " "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH"  # want: KR827
if credential == "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH":  # want: KR827
    pass
stored = os.environ.get("CREDENTIAL", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH")  # want: KR827


def documented():
    "Call it with " "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "eyJzdWIiOiJrcmFpdCIsInJvbGUiOiJhZG1pbiJ9.KRAITFAKEHg-FufIhcyFtZF_aCs7LUhqQfFdSheNjKH"  # prose: not looked at for this rule

# Negatives: environment lookups, placeholders, documentation examples.
AUTH_TOKEN = os.environ["AUTH_TOKEN"]
AUTH_TOKEN = os.getenv("AUTH_TOKEN")
AUTH_TOKEN = os.environ.get("AUTH_TOKEN", "")
AUTH_TOKEN = "<your-credential>"
AUTH_TOKEN = "${AUTH_TOKEN}"
AUTH_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxx-xxxxxxxxxxx_xxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
AUTH_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"  # jwt.io's example token: not reported
