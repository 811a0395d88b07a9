# KR807 stripe_secret_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

STRIPE_KEY = "sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI"  # want: KR807(high/high)
settings.stripe_key = "sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI"  # want: KR807
CONFIG = {"service": "x", "credential": "sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI"}  # want: KR807
client = connect(endpoint, credential="sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI")  # want: KR807


def connect_default(credential="sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI"):  # want: KR807
    return credential


line = f"{name}: " "sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI"  # want: KR807
if credential == "sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI":  # want: KR807
    pass
stored = os.environ.get("CREDENTIAL", "sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI")  # want: KR807


def documented():
    "Call it with " "sk_live_" "KRAITFAKEGIZp0BYEhsYfpTI"  # want: KR807

# Negatives: environment lookups, placeholders, documentation examples.
STRIPE_KEY = os.environ["STRIPE_KEY"]
STRIPE_KEY = os.getenv("STRIPE_KEY")
STRIPE_KEY = os.environ.get("STRIPE_KEY", "")
STRIPE_KEY = "<your-credential>"
STRIPE_KEY = "${STRIPE_KEY}"
STRIPE_KEY = "sk_live_" "xxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
