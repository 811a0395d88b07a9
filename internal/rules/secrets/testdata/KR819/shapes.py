# KR819 twilio_credential: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

TWILIO_API_KEY = "SK" "33cbc2888024bc8af8c256dc41f7b13a"  # want: KR819(high/medium)
settings.twilio_api_key = "SK" "33cbc2888024bc8af8c256dc41f7b13a"  # want: KR819
CONFIG = {"service": "x", "credential": "SK" "33cbc2888024bc8af8c256dc41f7b13a"}  # want: KR819
client = connect(endpoint, credential="SK" "33cbc2888024bc8af8c256dc41f7b13a")  # want: KR819


def connect_default(credential="SK" "33cbc2888024bc8af8c256dc41f7b13a"):  # want: KR819
    return credential


line = f"{name}: " "SK" "33cbc2888024bc8af8c256dc41f7b13a"  # want: KR819
if credential == "SK" "33cbc2888024bc8af8c256dc41f7b13a":  # want: KR819
    pass
stored = os.environ.get("CREDENTIAL", "SK" "33cbc2888024bc8af8c256dc41f7b13a")  # want: KR819


def documented():
    "Call it with " "SK" "33cbc2888024bc8af8c256dc41f7b13a"  # want: KR819

# Negatives: environment lookups, placeholders, documentation examples.
TWILIO_API_KEY = os.environ["TWILIO_API_KEY"]
TWILIO_API_KEY = os.getenv("TWILIO_API_KEY")
TWILIO_API_KEY = os.environ.get("TWILIO_API_KEY", "")
TWILIO_API_KEY = "<your-credential>"
TWILIO_API_KEY = "${TWILIO_API_KEY}"
TWILIO_API_KEY = "SK" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
