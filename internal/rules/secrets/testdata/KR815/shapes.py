# KR815 groq_api_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

GROQ_API_KEY = "gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2"  # want: KR815(high/high)
settings.groq_api_key = "gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2"  # want: KR815
CONFIG = {"service": "x", "credential": "gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2"}  # want: KR815
client = connect(endpoint, credential="gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2")  # want: KR815


def connect_default(credential="gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2"):  # want: KR815
    return credential


line = f"{name}: " "gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2"  # want: KR815
if credential == "gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2":  # want: KR815
    pass
stored = os.environ.get("CREDENTIAL", "gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2")  # want: KR815


def documented():
    "Call it with " "gsk_" "KRAITFAKE7sbZd5SNHsFPDI84kCqNUKGh3XhH0hJ4zBnuRxgD9a2"  # want: KR815

# Negatives: environment lookups, placeholders, documentation examples.
GROQ_API_KEY = os.environ["GROQ_API_KEY"]
GROQ_API_KEY = os.getenv("GROQ_API_KEY")
GROQ_API_KEY = os.environ.get("GROQ_API_KEY", "")
GROQ_API_KEY = "<your-credential>"
GROQ_API_KEY = "${GROQ_API_KEY}"
GROQ_API_KEY = "gsk_" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
