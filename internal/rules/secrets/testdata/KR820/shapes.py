# KR820 sendgrid_api_key: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

SENDGRID_API_KEY = "SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM"  # want: KR820(high/high)
settings.sendgrid_api_key = "SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM"  # want: KR820
CONFIG = {"service": "x", "credential": "SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM"}  # want: KR820
client = connect(endpoint, credential="SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM")  # want: KR820


def connect_default(credential="SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM"):  # want: KR820
    return credential


line = f"{name}: " "SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM"  # want: KR820
if credential == "SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM":  # want: KR820
    pass
stored = os.environ.get("CREDENTIAL", "SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM")  # want: KR820


def documented():
    "Call it with " "SG." "KRAITFAKEdpDQI8YsfYKuR.9JFgK0eJfgovEg55su8v9kP2dMPPVlu8TfmrmHuHqUM"  # want: KR820

# Negatives: environment lookups, placeholders, documentation examples.
SENDGRID_API_KEY = os.environ["SENDGRID_API_KEY"]
SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY")
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "")
SENDGRID_API_KEY = "<your-credential>"
SENDGRID_API_KEY = "${SENDGRID_API_KEY}"
SENDGRID_API_KEY = "SG." "xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
