# KR801 aws_access_key_id: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

AWS_ACCESS_KEY_ID = "AKIA" "KRAITFAKESAKWPFY"  # want: KR801(high/high)
settings.aws_access_key_id = "AKIA" "KRAITFAKESAKWPFY"  # want: KR801
CONFIG = {"service": "x", "credential": "AKIA" "KRAITFAKESAKWPFY"}  # want: KR801
client = connect(endpoint, credential="AKIA" "KRAITFAKESAKWPFY")  # want: KR801


def connect_default(credential="AKIA" "KRAITFAKESAKWPFY"):  # want: KR801
    return credential


line = f"{name}: " "AKIA" "KRAITFAKESAKWPFY"  # want: KR801
if credential == "AKIA" "KRAITFAKESAKWPFY":  # want: KR801
    pass
stored = os.environ.get("CREDENTIAL", "AKIA" "KRAITFAKESAKWPFY")  # want: KR801


def documented():
    "Call it with " "AKIA" "KRAITFAKESAKWPFY"  # want: KR801

# Negatives: environment lookups, placeholders, documentation examples.
AWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_ACCESS_KEY_ID = os.getenv("AWS_ACCESS_KEY_ID")
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "")
AWS_ACCESS_KEY_ID = "<your-credential>"
AWS_ACCESS_KEY_ID = "${AWS_ACCESS_KEY_ID}"
AWS_ACCESS_KEY_ID = "AKIA" "xxxxxxxxxxxxxxxx"  # the shape, with x for every character
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # AWS's documentation example key: not reported
