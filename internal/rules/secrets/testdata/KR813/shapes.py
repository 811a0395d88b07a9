# KR813 anthropic_api_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

ANTHROPIC_API_KEY = "sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA"  # want: KR813(high/high)
settings.anthropic_api_key = "sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA"  # want: KR813
CONFIG = {"service": "x", "credential": "sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA"}  # want: KR813
client = connect(endpoint, credential="sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA")  # want: KR813


def connect_default(credential="sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA"):  # want: KR813
    return credential


line = f"{name}: " "sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA"  # want: KR813
if credential == "sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA":  # want: KR813
    pass
stored = os.environ.get("CREDENTIAL", "sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA")  # want: KR813


def documented():
    "Call it with " "sk-ant-api03-" "KRAITFAKEpaK6B3wThAn1pslp3-ahzMwUQR3djkFnlWtyB0dhuAW7ouUSegmslcwQtupo1cnoabLSFdV4sllsiYH0GUdoAA"  # want: KR813

# Negatives: environment lookups, placeholders, documentation examples.
ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]
ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY")
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY", "")
ANTHROPIC_API_KEY = "<your-credential>"
ANTHROPIC_API_KEY = "${ANTHROPIC_API_KEY}"
ANTHROPIC_API_KEY = "sk-ant-api03-" "xxxx-xxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
