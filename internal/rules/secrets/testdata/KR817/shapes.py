# KR817 npm_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

NPM_TOKEN = "npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq"  # want: KR817(high/high)
settings.npm_token = "npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq"  # want: KR817
CONFIG = {"service": "x", "credential": "npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq"}  # want: KR817
client = connect(endpoint, credential="npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq")  # want: KR817


def connect_default(credential="npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq"):  # want: KR817
    return credential


line = f"{name}: " "npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq"  # want: KR817
if credential == "npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq":  # want: KR817
    pass
stored = os.environ.get("CREDENTIAL", "npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq")  # want: KR817


def documented():
    "Call it with " "npm_" "KRAITFAKEUYE7s2qEzgScIdYeMm0mkDaJViq"  # want: KR817

# Negatives: environment lookups, placeholders, documentation examples.
NPM_TOKEN = os.environ["NPM_TOKEN"]
NPM_TOKEN = os.getenv("NPM_TOKEN")
NPM_TOKEN = os.environ.get("NPM_TOKEN", "")
NPM_TOKEN = "<your-credential>"
NPM_TOKEN = "${NPM_TOKEN}"
NPM_TOKEN = "npm_" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
