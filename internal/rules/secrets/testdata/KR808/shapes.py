# KR808 google_api_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

GOOGLE_API_KEY = "AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK"  # want: KR808(medium/high)
settings.google_api_key = "AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK"  # want: KR808
CONFIG = {"service": "x", "credential": "AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK"}  # want: KR808
client = connect(endpoint, credential="AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK")  # want: KR808


def connect_default(credential="AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK"):  # want: KR808
    return credential


line = f"{name}: " "AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK"  # want: KR808
if credential == "AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK":  # want: KR808
    pass
stored = os.environ.get("CREDENTIAL", "AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK")  # want: KR808


def documented():
    "Call it with " "AIza" "KRAITFAKEYym8DySuahGsmnc-KVYcMWAAWK"  # want: KR808

# Negatives: environment lookups, placeholders, documentation examples.
GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]
GOOGLE_API_KEY = os.getenv("GOOGLE_API_KEY")
GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY", "")
GOOGLE_API_KEY = "<your-credential>"
GOOGLE_API_KEY = "${GOOGLE_API_KEY}"
GOOGLE_API_KEY = "AIza" "xxxxxxx-xxxxxxxxxxxxxxxx-xxxxxxxxxx"  # the shape, with x for every character
