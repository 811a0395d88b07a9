# KR804 gitlab_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

GITLAB_TOKEN = "glpat-" "KRAITFAKEsxQH7pu2bGP"  # want: KR804(high/high)
settings.gitlab_token = "glpat-" "KRAITFAKEsxQH7pu2bGP"  # want: KR804
CONFIG = {"service": "x", "credential": "glpat-" "KRAITFAKEsxQH7pu2bGP"}  # want: KR804
client = connect(endpoint, credential="glpat-" "KRAITFAKEsxQH7pu2bGP")  # want: KR804


def connect_default(credential="glpat-" "KRAITFAKEsxQH7pu2bGP"):  # want: KR804
    return credential


line = f"{name}: " "glpat-" "KRAITFAKEsxQH7pu2bGP"  # want: KR804
if credential == "glpat-" "KRAITFAKEsxQH7pu2bGP":  # want: KR804
    pass
stored = os.environ.get("CREDENTIAL", "glpat-" "KRAITFAKEsxQH7pu2bGP")  # want: KR804


def documented():
    "Call it with " "glpat-" "KRAITFAKEsxQH7pu2bGP"  # want: KR804

# Negatives: environment lookups, placeholders, documentation examples.
GITLAB_TOKEN = os.environ["GITLAB_TOKEN"]
GITLAB_TOKEN = os.getenv("GITLAB_TOKEN")
GITLAB_TOKEN = os.environ.get("GITLAB_TOKEN", "")
GITLAB_TOKEN = "<your-credential>"
GITLAB_TOKEN = "${GITLAB_TOKEN}"
GITLAB_TOKEN = "glpat-" "xxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
