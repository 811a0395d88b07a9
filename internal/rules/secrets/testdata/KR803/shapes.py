# KR803 github_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

GITHUB_TOKEN = "ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg"  # want: KR803(high/high)
settings.github_token = "ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg"  # want: KR803
CONFIG = {"service": "x", "credential": "ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg"}  # want: KR803
client = connect(endpoint, credential="ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg")  # want: KR803


def connect_default(credential="ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg"):  # want: KR803
    return credential


line = f"{name}: " "ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg"  # want: KR803
if credential == "ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg":  # want: KR803
    pass
stored = os.environ.get("CREDENTIAL", "ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg")  # want: KR803


def documented():
    "Call it with " "ghp_" "KRAITFAKEcwcMgvxMpz3maqLjNFqRpGimmZg"  # want: KR803

# Negatives: environment lookups, placeholders, documentation examples.
GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]
GITHUB_TOKEN = os.getenv("GITHUB_TOKEN")
GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "")
GITHUB_TOKEN = "<your-credential>"
GITHUB_TOKEN = "${GITHUB_TOKEN}"
GITHUB_TOKEN = "ghp_" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
