# KR826 square_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

SQUARE_TOKEN = "sq0atp-" "KRAITFAKEispvgdkFSx346"  # want: KR826(high/high)
settings.square_token = "sq0atp-" "KRAITFAKEispvgdkFSx346"  # want: KR826
CONFIG = {"service": "x", "credential": "sq0atp-" "KRAITFAKEispvgdkFSx346"}  # want: KR826
client = connect(endpoint, credential="sq0atp-" "KRAITFAKEispvgdkFSx346")  # want: KR826


def connect_default(credential="sq0atp-" "KRAITFAKEispvgdkFSx346"):  # want: KR826
    return credential


line = f"{name}: " "sq0atp-" "KRAITFAKEispvgdkFSx346"  # want: KR826
if credential == "sq0atp-" "KRAITFAKEispvgdkFSx346":  # want: KR826
    pass
stored = os.environ.get("CREDENTIAL", "sq0atp-" "KRAITFAKEispvgdkFSx346")  # want: KR826


def documented():
    "Call it with " "sq0atp-" "KRAITFAKEispvgdkFSx346"  # want: KR826

# Negatives: environment lookups, placeholders, documentation examples.
SQUARE_TOKEN = os.environ["SQUARE_TOKEN"]
SQUARE_TOKEN = os.getenv("SQUARE_TOKEN")
SQUARE_TOKEN = os.environ.get("SQUARE_TOKEN", "")
SQUARE_TOKEN = "<your-credential>"
SQUARE_TOKEN = "${SQUARE_TOKEN}"
SQUARE_TOKEN = "sq0atp-" "xxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
