# KR816 llm_api_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

PERPLEXITY_API_KEY = "pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4"  # want: KR816(high/high)
settings.perplexity_api_key = "pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4"  # want: KR816
CONFIG = {"service": "x", "credential": "pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4"}  # want: KR816
client = connect(endpoint, credential="pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4")  # want: KR816


def connect_default(credential="pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4"):  # want: KR816
    return credential


line = f"{name}: " "pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4"  # want: KR816
if credential == "pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4":  # want: KR816
    pass
stored = os.environ.get("CREDENTIAL", "pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4")  # want: KR816


def documented():
    "Call it with " "pplx-" "KRAITFAKEaIumeeoeC6XmNTlENPbViGjiJd8jEv1y9NYCCB4"  # want: KR816

# Negatives: environment lookups, placeholders, documentation examples.
PERPLEXITY_API_KEY = os.environ["PERPLEXITY_API_KEY"]
PERPLEXITY_API_KEY = os.getenv("PERPLEXITY_API_KEY")
PERPLEXITY_API_KEY = os.environ.get("PERPLEXITY_API_KEY", "")
PERPLEXITY_API_KEY = "<your-credential>"
PERPLEXITY_API_KEY = "${PERPLEXITY_API_KEY}"
PERPLEXITY_API_KEY = "pplx-" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
