# KR805 slack_token: the credential in the shapes code holds it, then negatives.
# Each token is split in two literals so that this file holds no token
# that other scanners (or push protection) would flag; the AST joins them.
import os

SLACK_BOT_TOKEN = "xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF"  # want: KR805(high/high)
settings.slack_bot_token = "xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF"  # want: KR805
CONFIG = {"service": "x", "credential": "xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF"}  # want: KR805
client = connect(endpoint, credential="xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF")  # want: KR805


def connect_default(credential="xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF"):  # want: KR805
    return credential


line = f"{name}: " "xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF"  # want: KR805
if credential == "xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF":  # want: KR805
    pass
stored = os.environ.get("CREDENTIAL", "xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF")  # want: KR805


def documented():
    "Call it with " "xoxb-" "4821937560134-7305918264027-KRAITFAKEC2huH9HhMuHHvqF"  # want: KR805

# Negatives: environment lookups, placeholders, documentation examples.
SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_BOT_TOKEN = os.getenv("SLACK_BOT_TOKEN")
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "")
SLACK_BOT_TOKEN = "<your-credential>"
SLACK_BOT_TOKEN = "${SLACK_BOT_TOKEN}"
SLACK_BOT_TOKEN = "xoxb-" "xxxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"  # the shape, with x for every character
