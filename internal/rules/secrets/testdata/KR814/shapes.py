# KR814 huggingface_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

HF_TOKEN = "hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB"  # want: KR814(high/high)
settings.hf_token = "hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB"  # want: KR814
CONFIG = {"service": "x", "credential": "hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB"}  # want: KR814
client = connect(endpoint, credential="hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB")  # want: KR814


def connect_default(credential="hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB"):  # want: KR814
    return credential


line = f"{name}: " "hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB"  # want: KR814
if credential == "hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB":  # want: KR814
    pass
stored = os.environ.get("CREDENTIAL", "hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB")  # want: KR814


def documented():
    "Call it with " "hf_" "KRAITFAKEBBmmqjLmTnchLfvPqLdSbRGcB"  # want: KR814

# Negatives: environment lookups, placeholders, documentation examples.
HF_TOKEN = os.environ["HF_TOKEN"]
HF_TOKEN = os.getenv("HF_TOKEN")
HF_TOKEN = os.environ.get("HF_TOKEN", "")
HF_TOKEN = "<your-credential>"
HF_TOKEN = "${HF_TOKEN}"
HF_TOKEN = "hf_" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
