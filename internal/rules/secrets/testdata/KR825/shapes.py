# KR825 shopify_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

SHOPIFY_TOKEN = "shpat_" "a97cf820c6f690e32de7917f0a011d21"  # want: KR825(high/high)
settings.shopify_token = "shpat_" "a97cf820c6f690e32de7917f0a011d21"  # want: KR825
CONFIG = {"service": "x", "credential": "shpat_" "a97cf820c6f690e32de7917f0a011d21"}  # want: KR825
client = connect(endpoint, credential="shpat_" "a97cf820c6f690e32de7917f0a011d21")  # want: KR825


def connect_default(credential="shpat_" "a97cf820c6f690e32de7917f0a011d21"):  # want: KR825
    return credential


line = f"{name}: " "shpat_" "a97cf820c6f690e32de7917f0a011d21"  # want: KR825
if credential == "shpat_" "a97cf820c6f690e32de7917f0a011d21":  # want: KR825
    pass
stored = os.environ.get("CREDENTIAL", "shpat_" "a97cf820c6f690e32de7917f0a011d21")  # want: KR825


def documented():
    "Call it with " "shpat_" "a97cf820c6f690e32de7917f0a011d21"  # want: KR825

# Negatives: environment lookups, placeholders, documentation examples.
SHOPIFY_TOKEN = os.environ["SHOPIFY_TOKEN"]
SHOPIFY_TOKEN = os.getenv("SHOPIFY_TOKEN")
SHOPIFY_TOKEN = os.environ.get("SHOPIFY_TOKEN", "")
SHOPIFY_TOKEN = "<your-credential>"
SHOPIFY_TOKEN = "${SHOPIFY_TOKEN}"
SHOPIFY_TOKEN = "shpat_" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
