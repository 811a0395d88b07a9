# KR821 mailgun_api_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

MAILGUN_API_KEY = "key-" "906752aba002df953234b90d04b79d0c"  # want: KR821(high/medium)
settings.mailgun_api_key = "key-" "906752aba002df953234b90d04b79d0c"  # want: KR821
CONFIG = {"service": "x", "credential": "key-" "906752aba002df953234b90d04b79d0c"}  # want: KR821
client = connect(endpoint, credential="key-" "906752aba002df953234b90d04b79d0c")  # want: KR821


def connect_default(credential="key-" "906752aba002df953234b90d04b79d0c"):  # want: KR821
    return credential


line = f"{name}: " "key-" "906752aba002df953234b90d04b79d0c"  # want: KR821
if credential == "key-" "906752aba002df953234b90d04b79d0c":  # want: KR821
    pass
stored = os.environ.get("CREDENTIAL", "key-" "906752aba002df953234b90d04b79d0c")  # want: KR821


def documented():
    "Call it with " "key-" "906752aba002df953234b90d04b79d0c"  # want: KR821

# Negatives: environment lookups, placeholders, documentation examples.
MAILGUN_API_KEY = os.environ["MAILGUN_API_KEY"]
MAILGUN_API_KEY = os.getenv("MAILGUN_API_KEY")
MAILGUN_API_KEY = os.environ.get("MAILGUN_API_KEY", "")
MAILGUN_API_KEY = "<your-credential>"
MAILGUN_API_KEY = "${MAILGUN_API_KEY}"
MAILGUN_API_KEY = "key-" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
