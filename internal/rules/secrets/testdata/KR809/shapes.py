# KR809 google_oauth_client_secret: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

CLIENT_SECRET = "GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn"  # want: KR809(high/high)
settings.client_secret = "GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn"  # want: KR809
CONFIG = {"service": "x", "credential": "GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn"}  # want: KR809
client = connect(endpoint, credential="GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn")  # want: KR809


def connect_default(credential="GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn"):  # want: KR809
    return credential


line = f"{name}: " "GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn"  # want: KR809
if credential == "GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn":  # want: KR809
    pass
stored = os.environ.get("CREDENTIAL", "GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn")  # want: KR809


def documented():
    "Call it with " "GOCSPX-" "KRAITFAKERg9h2qaYMI0ke8rqLMn"  # want: KR809

# Negatives: environment lookups, placeholders, documentation examples.
CLIENT_SECRET = os.environ["CLIENT_SECRET"]
CLIENT_SECRET = os.getenv("CLIENT_SECRET")
CLIENT_SECRET = os.environ.get("CLIENT_SECRET", "")
CLIENT_SECRET = "<your-credential>"
CLIENT_SECRET = "${CLIENT_SECRET}"
CLIENT_SECRET = "GOCSPX-" "xxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
