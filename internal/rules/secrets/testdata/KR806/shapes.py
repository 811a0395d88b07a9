# KR806 slack_webhook_url: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

SLACK_WEBHOOK = "https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC"  # want: KR806(medium/high)
settings.slack_webhook = "https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC"  # want: KR806
CONFIG = {"service": "x", "credential": "https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC"}  # want: KR806
client = connect(endpoint, credential="https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC")  # want: KR806


def connect_default(credential="https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC"):  # want: KR806
    return credential


line = f"{name}: " "https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC"  # want: KR806
if credential == "https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC":  # want: KR806
    pass
stored = os.environ.get("CREDENTIAL", "https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC")  # want: KR806


def documented():
    "Call it with " "https://hooks.slack.com/services/" "T0IURUUY0R/B0Z31D9Q6J/KRAITFAKEhXvJDD9sHQfEPhC"  # want: KR806

# Negatives: environment lookups, placeholders, documentation examples.
SLACK_WEBHOOK = os.environ["SLACK_WEBHOOK"]
SLACK_WEBHOOK = os.getenv("SLACK_WEBHOOK")
SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK", "")
SLACK_WEBHOOK = "<your-credential>"
SLACK_WEBHOOK = "${SLACK_WEBHOOK}"
SLACK_WEBHOOK = "https://hooks.slack.com/services/" "xxxxxxxxxx/xxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
